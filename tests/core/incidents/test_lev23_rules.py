"""Rules added after the pass over fresh non-Yemen articles of session 39 (seeds 3201 and 3211:
Turkey's PKK war, Syria, Iraq, Libya, Palestine).

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 22)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.event_type, i.sub_event_type, i.location.admin1_en if i.location else "") for i in an.incidents]


# ---------------------------------------------------------------- fire opened on a force, no one hurt


@pytest.mark.parametrize("text", [
    "فتح مسلحون مجهولون النار على مركز للشرطة في مدينة أضنة فجر اليوم ولاذوا بالفرار.",
    "وأطلق مقاتلون النار على دورية للجيش قرب مدينة درعا مساء أمس دون وقوع إصابات.",
    "أطلق مسلحون النار على قوات الأمن في مدينة بعقوبة أمس ثم انسحبوا.",
])
def test_fire_opened_on_a_force_is_a_battle(text: str) -> None:
    """«فتح مسلحون النار على مركز للشرطة …»: shots fired at police, soldiers or a post with no one
    hurt told no event at all (no trigger word; the casualty words carry shootings only when someone
    is hit). «النار على» + a word of a force or its post is an attack on an armed party: a battle."""
    coded = _coded(text)
    assert [c[:2] for c in coded] == [("Battles", "Armed clash")]


def test_fire_opened_on_a_relative_stays_no_battle() -> None:
    """A man who shot his brother is no attack on a force: the new phrases name a force or its post."""
    text = "أطلق رجل النار على شقيقه بسبب خلاف عائلي في حي سكني بمدينة الدمام أمس."
    assert not any(c[0] == "Battles" for c in _coded(text))


# ---------------------------------------------------------------- a capital after «و» + a government verb


def test_capital_after_conjunction_and_government_verb_is_no_place() -> None:
    """«… في سوريا ووافقت أنقرة على …»: the capital after a verb of what a government does is the
    government (location._government_named), also when «و/ف» is glued to the verb; a strike told in
    Syria was placed in Ankara."""
    text = "وقصفت مقاتلات تركية مخازن أسلحة لتنظيم داعش في سوريا ووافقت أنقرة على فتح قاعدة جوية أمام التحالف."
    an = analyze(text, DAY, "")
    assert not any(i.location and i.location.admin1_en == "Ankara" for i in an.incidents)
