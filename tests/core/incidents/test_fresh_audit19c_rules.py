"""Rules added after the third fresh-article audit of round nineteen (a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 4)
BATTLE = "Battles"
REGAINED = "Government regains territory"


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY).incidents]


def test_a_taking_told_in_a_dated_relative_clause_is_the_event() -> None:
    """«… معسكر كذا، الذي سيطرت عليه المقاومة أمس، بعد معارك …»: a relative clause dated to a
    day tells the taking; undated («معسكر استولى عليه الحوثيون») it only describes the place."""
    assert kinds("عثر مقاتلو المقاومة الشعبية على مخزن أسلحة في معسكر الصدرين بمحافظة الضالع، "
                 "الذي سيطرت عليه المقاومة أمس، بعد معارك عنيفة مع الحوثيين.") == [(BATTLE, REGAINED)]
    assert (BATTLE, REGAINED) not in kinds(
        "دارت اشتباكات أمس بين المقاومة والحوثيين قرب معسكر الصدرين بمحافظة الضالع الذي سيطر عليه الحوثيون في أبريل.")


def test_a_recapture_one_took_part_in_is_achieved() -> None:
    """«شارك ألفا مقاتل في استعادة معسكر …»: taking part in the recapture tells it done, not a topic."""
    assert (BATTLE, REGAINED) in kinds(
        "وقال قائد ميداني إن ألفي مقاتل من المقاومة شاركوا في استعادة معسكر الصدرين بمحافظة الضالع أمس.")


def test_a_weapon_with_a_nationality_adjective_names_its_army() -> None:
    """«المدفعية السعودية», «مقاتلات تركية», «طائرات الأباتشي السعودية»: the weapon and the
    adjective are the country's military, the doer of the shelling or the strike."""
    [shelling] = analyze("قصفت المدفعية السعودية أمس مواقع الحوثيين في مديرية حرض بمحافظة حجة.", DAY).incidents
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert shelling.actor1 is not None and shelling.actor1.name_en.startswith("Military Forces of Saudi Arabia")
    [strike] = analyze("شنت طائرات الأباتشي السعودية أمس غارات على تجمعات الحوثيين في مديرية باقم بمحافظة صعدة.", DAY).incidents
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.actor1 is not None and strike.actor1.name_en.startswith("Military Forces of Saudi Arabia")
    spans = [s for s in analyze("وأغارت مقاتلات تركية فجر أمس على مواقع التنظيم.", DAY).entities if s.label == "ARMED_ACTOR"]
    assert [(s.text, s.attrs.get("id"), s.attrs.get("weapon_category")) for s in spans] \
        == [("مقاتلات تركية", "turkey_military", "aircraft")]



def test_fighting_as_a_purpose_is_no_fight() -> None:
    """«جندهم الحوثيون للقتال في صفوفهم», «أرسلوا مقاتلين لقتال المقاومة»: the purpose «ل» before
    the noun of fighting tells an aim; the fight told beside it stays."""
    assert kinds("وقال مصدر إن الحوثيين جندوا أمس مئات الأطفال في مديرية الشمايتين بمحافظة تعز للقتال في صفوفهم.") == []
    assert kinds("اندلع قتال عنيف أمس بين المقاومة والحوثيين في مديرية الشمايتين بمحافظة تعز. "
                 "وأرسل الحوثيون مقاتلين لقتال المقاومة.") == [(BATTLE, "Armed clash")]
