"""Place rules added after the audit of fresh articles about Arab conflicts other than Yemen's
(session 25, seed 2361): an article's main country must not move a place its own sentence puts
elsewhere.

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.sub_event_type, i.location.admin1_en if i.location else "", i.actor1 and i.actor1.name_en,
             i.actor2 and i.actor2.name_en) for i in an.incidents]


def test_islamic_state_is_named_by_the_country_it_acts_in() -> None:
    """ACLED names the Islamic State by the country of the event: Turkish jets striking it in Syria,
    told in a report mostly about Turkey, hit "Islamic State (Syria)", not "(Turkey)"; and
    «مدينة منبج بريف حلب» is Aleppo's Manbij although the article's country is Turkey."""
    text = ("أعلنت الحكومة التركية في أنقرة أن مقاتلات تركية قصفت أمس مواقع لتنظيم داعش في مدينة منبج بريف حلب. "
            "وقال رئيس الوزراء التركي إن تركيا لن تسمح بتهديد أمنها، وإن الشرطة التركية اعتقلت عشرات المشتبهين "
            "في إسطنبول وأنقرة.")
    strikes = [c for c in _coded(text) if c[0] == "Air/drone strike"]
    assert strikes == [("Air/drone strike", "Halab", "Military Forces of Turkey (2002-)", "Islamic State (Syria)")]


def test_a_town_given_another_country_lends_no_region() -> None:
    """«مدينة سوروتش التركية … قرب الحدود مع مدينة كوباني السورية»: the unknown town is Turkish,
    says its adjective, so Kobani (Aleppo) does not lend it its governorate."""
    text = ("قتل 30 شخصا وأصيب مئة آخرون أمس في تفجير انتحاري استهدف مركزا ثقافيا في مدينة سوروتش التركية "
            "قرب الحدود مع مدينة كوباني السورية.")
    an = analyze(text, DAY, "")
    assert not [i for i in an.incidents + an.set_aside if i.location and i.location.admin1_en == "Halab"]
    # without the adjective, a place the gazetteer lacks still takes the region of the place beside it
    text = "قتل 30 شخصا أمس في تفجير انتحاري استهدف مركزا ثقافيا في بلدة المرسومة قرب مدينة كوباني."
    assert [i.location.admin1_en for i in analyze(text, DAY, "").incidents] == ["Halab"]
