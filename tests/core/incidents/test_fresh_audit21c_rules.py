"""Rules added after the fresh-article audit c21 (seeds 2171–2172: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return [(i.location.admin1_en, i.fatalities) for i in analyze(text, DAY).incidents if i.location]


def test_a_village_told_clauses_after_its_district_is_where_the_fight_was() -> None:
    """«في مديرية حزم العدين …، وأوقعوا 30 قتيلا …، وذلك في كمين نصبوه في قرية الوزيرية»: the
    village (unknown to the gazetteer, or put in the district by its neighbours) is where in the
    district the ambush was — one clash with the whole toll, not two sharing it half and half."""
    text = ("ففي اشتباكات دارت في مديرية حزم العدين بمحافظة إب، تمكن الثوار من تدمير ثلاثة أطقم للحوثيين، "
            "وأوقعوا 30 قتيلا و44 جريحا في صفوفهم، وذلك في كمين نصبوه لهم في قرية الوزيرية.")
    assert _tolls(text) == [("Ibb", 30)]
    text = ("وفي مواجهات عنيفة شهدتها مديرية حزم العدين، تمكن رجال المقاومة من إعطاب مدرعتين للمتمردين، "
            "وقتلوا 24 منهم وجرحوا عشرات آخرين، وذلك في كمين محكم نصبوه في قرية المشاعب بطريق الجراحي.")
    assert _tolls(text) == [("Ibb", 24)]


def test_a_district_and_a_village_listed_together_stay_two_places() -> None:
    """«في مديرية حزم العدين وقرية الوزيرية»: items of one list are two places, as before."""
    text = "قصفت طائرات التحالف أمس مواقع للحوثيين في مديرية حزم العدين وقرية الوزيرية بمحافظة إب."
    assert len(_tolls(text)) == 2
