"""Figures told one after another in one clause, each with its own place after it (session 40,
branch `lev25`): «سقط 15 قتيلا في قصف على بلدة X، و3 قتلى في قصف على مدينة Y» is 15 at X and 3 at Y,
not one figure shared evenly (7 and 7, the 3 added to Y) nor, for a kind not split by its list
(an attack told by its dead alone), the sum at the first place.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 20)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _tolls(text: str) -> dict[str, int | None]:
    return {i.location.name_en: i.fatalities for i in analyze(text, DAY).incidents if i.location is not None}


def test_each_shelling_figure_goes_to_the_place_told_after_it() -> None:
    text = "وسقط 15 قتيلا في قصف على بلدة سراقب، و3 قتلى في قصف على مدينة منبج."
    assert _tolls(text) == {"Saraqib": 15, "Manbij": 3}


def test_each_figure_of_an_attack_keeps_its_own_town() -> None:
    """An attack told by its dead alone was one event at the first town with both figures added."""
    text = "كما سقط 9 قتلى بينهم طفلان في بلدة سراقب، و4 قتلى في مدينة منبج في محافظة حلب."
    got = _tolls(text)
    assert got.get("Saraqib") == 9
    assert got.get("Manbij") in (4, None)  # its own figure, or not coded; never added to Saraqib's


def test_figures_told_before_the_list_are_still_one_toll_shared() -> None:
    """Both figures before the places (no place in the first figure's stretch): shared as before."""
    text = "قتل 5 جنود و3 مدنيين في اشتباكات في سراقب ومنبج."
    assert _tolls(text) == {"Saraqib": 4, "Manbij": 4}


def test_two_figures_at_one_town_are_not_split() -> None:
    text = "وسقط 7 قتلى في قصف على بلدة سراقب، و2 من المسعفين في قصف آخر على البلدة نفسها."
    got = _tolls(text)
    assert list(got) == ["Saraqib"]


def _places(text: str) -> list[str]:
    return [i.location.name_en for i in analyze(text, DAY).incidents if i.location is not None]


def test_a_capital_after_a_verb_of_saying_is_its_government_not_the_place() -> None:
    """«بعد أن قالت أنقرة إنها …»: the government speaking; the strikes are in Syria."""
    text = "وقصفت مقاتلات تركية مواقع للتنظيم داخل سوريا بعد أن قالت أنقرة إنها ستتخذ كل الإجراءات."
    assert "Ankara" not in _places(text)
    text = "واستهدفت غارات روسية مواقع للمعارضة داخل سوريا أمس، وتؤكد موسكو أنها تضرب الإرهاب وحده."
    assert "Moscow" not in _places(text)


def test_a_capital_as_the_place_of_a_blast_stays_the_place() -> None:
    text = "وقتل ثلاثة جنود في انفجار سيارة مفخخة في دمشق أمس."
    assert _places(text) == ["Damascus"]


def _toll(text: str) -> tuple[int | None, int | None]:
    got = [(i.fatalities, i.injured) for i in analyze(text, DAY).incidents]
    assert len(got) == 1
    return got[0]


def test_policemen_in_the_ين_form_after_a_word_of_death_are_two() -> None:
    """«مقتل شرطيين» is two policemen (the «-ين» form looks like a plural, which had counted none)."""
    text = "أسفر انفجار عبوة ناسفة في مدينة بعقوبة عن مقتل شرطيين وإصابة ثلاثة مارة."
    assert _toll(text) == (2, 3)


def test_a_number_before_or_after_the_policemen_is_the_count() -> None:
    assert _toll("أسفر انفجار عبوة ناسفة في مدينة بعقوبة عن مقتل خمسة شرطيين.")[0] == 5
    assert _toll("أسفر انفجار عبوة ناسفة في مدينة بعقوبة عن مقتل شرطيين اثنين.")[0] == 2


def test_a_toll_turning_to_another_matter_is_not_the_last_events() -> None:
    """«من جهة أخرى» + a toll with no place of its own: another matter, not more dead of the clash."""
    text = ("وقال مصدر أمني إن 6 مسلحين قتلوا أثناء محاولتهم الهجوم على القوات العراقية قرب قضاء الشرقاط.\n"
            "من جهة أخرى أعلنت مصادر أمنية أن 9 عناصر من داعش قتلوا كما تم تدمير مخبأ تابع لهم.")
    assert _tolls(text) == {"Shirqat": 6}


def test_a_toll_after_the_event_with_no_such_opener_is_still_its_own() -> None:
    text = ("وقال مصدر أمني إن اشتباكات عنيفة اندلعت بين القوات العراقية ومسلحي داعش قرب قضاء الشرقاط.\n"
            "وأضاف المصدر أن 9 عناصر من داعش قتلوا خلال الاشتباكات.")
    assert _tolls(text) == {"Shirqat": 9}


def test_a_nearby_village_is_no_village_named_qrybh() -> None:
    """«في قصف على قرية قريبة من مدينة X»: the adjective «قريبة» names no place (the village Qrybh had
    split the shelling in two and halved its toll)."""
    assert _tolls("وقتل ثلاثة مدنيين في قصف على قرية قريبة من مدينة الرمادي.") == {"Ramadi": 3}
