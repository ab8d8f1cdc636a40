"""Rules added after the fresh-article audit of seed 2341 (version 24): a coder's reading of
never-coded SaudiNewsNet news.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 3)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _pairs(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.sub_event_type, i.actor1 and i.actor1.name_en, i.actor2 and i.actor2.name_en) for i in an.incidents]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة أمس في مدينة يريم بين مسلحين موالين لصالح ومسلحين حوثيين.",
    "اندلعت اشتباكات عنيفة أمس في مدينة يريم بين مسلحين موالين للرئيس المخلوع والحوثيين.",
    "اندلعت اشتباكات عنيفة أمس في مدينة يريم بين مسلحين موالين للرئيس السابق علي عبد الله صالح والحوثيين.",
    "اندلعت اشتباكات عنيفة أمس في مدينة يريم بين عناصر موالية للمخلوع صالح والحوثيين.",
    "اندلعت اشتباكات عنيفة أمس في مدينة يريم بين موالين للرئيس السابق والحوثيين.",
])
def test_armed_men_told_as_loyal_to_saleh_are_salehs_forces(text: str) -> None:
    """The indefinite «مسلحين موالين لصالح / للرئيس المخلوع / للرئيس السابق» (armed men loyal to
    Saleh) are Saleh's forces, not an unidentified armed group (and, bare «موالين لصالح», not a
    missing side)."""
    assert _pairs(text) == [("Armed clash", "Saleh Loyalist Forces", "Houthis (Ansar Allah)")]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات أمس داخل معسكر في مدينة يريم بين ضباط موالين لصالح والحوثيين.",
    "قتل وجرح عدد من الجنود أمس في اقتتال نشب في مدينة يريم بين ضباط وأفراد من قوات صالح والحوثيين.",
    "اندلعت اشتباكات أمس في مدينة يريم بين مسلحين من أنصار صالح والحوثيين.",
])
def test_between_members_of_one_ally_and_the_other_two_sides(text: str) -> None:
    """«بين ضباط [وأفراد من] X و Y»: the words naming X's members between «بين» and X still open
    the pair, so the allies Saleh and the Houthis fight each other (before: one side, with no
    opponent)."""
    assert _pairs(text) == [("Armed clash", "Saleh Loyalist Forces", "Houthis (Ansar Allah)")]


def test_former_president_elsewhere_is_no_saleh() -> None:
    """Bare «الرئيس السابق» is Saleh in Yemen's news only: in an Egyptian story the loyal armed men
    are no Saleh forces."""
    an = analyze("اشتبكت الشرطة المصرية أمس في القاهرة مع مسلحين موالين للرئيس السابق.", DAY, "")
    names = {e.attrs.get("name_en") for e in an.doc.entities if e.label == "ARMED_ACTOR"}
    assert "Saleh Loyalist Forces" not in names, names
