"""Rules added after the fresh-article audit of seed 2391 (session 26): a coder's reading of
never-coded SaudiNewsNet news.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

DAY = date(2015, 8, 7)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return coded(text, DAY, "event_type", "sub_event_type", "admin1")


# -- a bombing named in condemnations as a terrorist or criminal act ------------------------------

@pytest.mark.parametrize("text", [
    "أدان مجلس الوزراء التفجير الإرهابي الذي وقع في مدينة أبها أمس. كما استنكر المجلس العمل الإجرامي"
    " الآثم الذي استهدف مسجدا في مقر قوات الأمن الخاصة بمنطقة عسير أثناء صلاة الظهر أمس.",
    "وشجب الوزير الاعتداء الإرهابي الذي استهدف جامعا لقوات الأمن في منطقة عسير أمس، مؤكدا أن التفجير"
    " لن ينال من وحدة الصف.",
])
def test_a_terrorist_act_that_targeted_forces_is_the_bombing_not_a_clash(text: str) -> None:
    """«العمل الإجرامي الذي استهدف مسجدا في مقر قوات الأمن»: the act the condemnation names is the
    bombing the article tells («التفجير»), not an armed clash with the forces whose mosque it hit."""
    kinds = _kinds(text)
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Asir") in kinds, kinds
    assert not any(k[0] == "Battles" for k in kinds), kinds


def test_a_terrorist_act_that_happened_is_the_suicide_bombing_the_article_tells() -> None:
    """«الحادث الإرهابي الذي وقع في مسجد …»: no trigger word, yet the news of the day; in an article
    whose suicide bomber («الانتحاري») tells the blast, it is a suicide bombing at its place."""
    text = ("واستنكر الشيخ الحادث الإرهابي الأليم الذي وقع في مسجد بمقر قوات الأمن في منطقة عسير أمس."
            " وأوضح أن الانتحاري كان يرتدي حزاما ناسفا.")
    kinds = _kinds(text)
    assert ("Explosions/Remote violence", "Suicide bomb", "Asir") in kinds, kinds


@pytest.mark.parametrize("text", [
    "واستنكر الشيخ الحادث الإرهابي الذي وقع في مدينة أبها أمس، داعيا إلى الوحدة.",
    "وأدان الوزير العمل الإجرامي الذي استهدف مقرا لقوات الأمن في منطقة عسير أمس.",
])
def test_a_terrorist_act_with_no_blast_told_keeps_no_bombing(text: str) -> None:
    """With no blast word in the article the act's kind is unknown: no bombing is made up (the
    targeting verb stays what its clause makes it)."""
    assert not any(k[0] == "Explosions/Remote violence" for k in _kinds(text)), _kinds(text)
