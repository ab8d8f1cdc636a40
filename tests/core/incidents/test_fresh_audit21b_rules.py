"""Rules added after the audit b21 of fresh (never-coded) war news (seeds 2141–2143): incidents a
coder would write down that the pipeline missed or got wrong, and ones it invented.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2015, 8, 6)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "sub_event_type", "admin1")


def test_where_a_traveller_came_from_is_not_where_the_event_was() -> None:
    """«وصل الوزير إلى عدن قادما من الرياض، بعد أن حررت المقاومة المدينة»: the city the traveller
    came from («قادما من») is neither the event's place nor what «المدينة» points back to."""
    text = "ووصل وزير الداخلية أمس إلى مدينة عدن قادما من الرياض، وذلك بعد أن حررت المقاومة الشعبية المدينة من الحوثيين."
    coded = _coded(text)
    assert ("Government regains territory", "Aden") in coded
    assert all(admin1 != "Riyadh" for _, admin1 in coded)
    text = "وزار المحافظ مدينة مأرب عائدا من جدة، بعدما قصفت طائرات التحالف مواقع الحوثيين في المدينة."
    assert _coded(text) == [("Air/drone strike", "Marib")]
    # forces coming from a place («تعزيزات قادمة من صنعاء») are no traveller: the rule leaves them
    text = "قصفت طائرات التحالف أمس تعزيزات حوثية قادمة من صنعاء."
    assert _coded(text) == [("Air/drone strike", "Amanat al Asimah")]


def _killed(text: str) -> list[tuple[str, int | None]]:
    return coded(text, DAY, "admin1", "fatalities")


def test_one_mans_death_told_by_hatfahu_or_masraahu_counts_one() -> None:
    """«لقي جندي حتفه», «الرقيب … لقي حتفه», «لقيت امرأة مصرعها»: the singular idiom of dying is one
    dead (it gave no figure at all, or none when the subject stood before it)."""
    text = "لقي جندي من حرس الحدود حتفه أمس إثر سقوط قذيفة أطلقتها الميليشيات الحوثية على مركز حدودي في جازان."
    assert _killed(text) == [("Jazan", 1)]
    text = ("وأعلنت القيادة أن العريف سالم الحربي، أحد منسوبي القوات البرية، لقي حتفه صباح أمس "
            "بمقذوف أطلقه الحوثيون على قطاع نجران.")
    assert _killed(text) == [("Najran", 1)]
    text = "لقيت امرأة مصرعها أمس في قصف مدفعي شنته الميليشيات على حي المعلا في عدن."
    assert _killed(text) == [("Aden", 1)]


def test_one_mans_death_after_a_figure_is_among_it() -> None:
    """«مقتل نحو 40 منهم … لقي القيادي أبو حسين مصرعه في الغارات»: the leader is one of the forty,
    not the whole toll nor one more."""
    text = ("شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مديرية حرض، ما أدى إلى مقتل نحو 40 منهم. "
            "وأفادت مصادر محلية أن القيادي الميداني أبو حسين لقي مصرعه في الغارات.")
    assert _killed(text) == [("Hajjah", 40)]
    text = "قتل 6 جنود بينهم ضابط لقي حتفه متأثرا بجراحه في هجوم للمسلحين على نقطة أمنية في مدينة عتق."
    assert [k for _, k in _killed(text)] == [6]


def _sides(text: str) -> list[tuple[str, str]]:
    out = []
    for i in analyze(text, DAY).incidents:
        first, second = i.side(1), i.side(2)
        out.append((first[0].name_en if first else "", second[0].name_en if second else ""))
    return out


def test_who_died_by_a_shell_is_hit_not_the_shooter() -> None:
    """The party that died is named first, the one that fired after it («… أطلقها الحوثيون», «قصف
    حوثي»): «لقي جندي سعودي حتفه», «استشهاد أحد رجال حرس الحدود» (a member's noun between «أحد» and
    the party), «قتل أحد أفراد المقاومة» (the passive after «أحد») — the dead are the side hit."""
    text = "لقي جندي سعودي حتفه فجر أمس إثر سقوط قذيفة أطلقها الحوثيون على مركز حدودي في نجران."
    assert _sides(text) == [("Houthis (Ansar Allah)", "Military Forces of Saudi Arabia (2015-)")]
    text = "وأعلنت القيادة استشهاد أحد رجال حرس الحدود أمس جراء مقذوف أطلقه الحوثيون على قطاع جازان."
    assert [s[0] for s in _sides(text)] == ["Houthis (Ansar Allah)"]
    text = "قتل أحد أفراد المقاومة الشعبية مساء أمس في قصف حوثي استهدف حي المنصورة في عدن."
    assert _sides(text) == [("Houthis (Ansar Allah)", "Popular Resistance")]


def test_a_single_person_after_qutila_died_he_did_not_fire() -> None:
    """«قتل جندي سعودي بمقذوف حوثي»: a singular indefinite person right after «قتل» is the passive's
    subject, the side hit; the nisba of the shell («حوثي») fired it."""
    text = "قتل جندي سعودي مساء أمس بمقذوف حوثي سقط على موقع عسكري في جازان."
    assert _sides(text) == [("Houthis (Ansar Allah)", "Military Forces of Saudi Arabia (2015-)")]


def test_the_saudi_national_guard_is_saudi_military() -> None:
    """«الحرس الوطني» (on the southern border: Najran, Jazan) is a force of the Saudi military, the
    side a shell fired across the border hits."""
    text = "واستشهد أحد أفراد الحرس الوطني فجر أمس إثر سقوط مقذوف أطلقه الحوثيون على موقع في قطاع نجران."
    assert _sides(text) == [("Houthis (Ansar Allah)", "Military Forces of Saudi Arabia (2015-)")]
