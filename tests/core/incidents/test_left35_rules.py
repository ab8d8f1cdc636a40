"""Rules added in session 35 for shapes earlier versions left alone (left35): a nationality adjective
on a strike noun names the striker («الغارات التركية»).

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("rules_alone")

MONDAY = date(2015, 8, 10)


def _actors(text: str) -> list[tuple[str, str]]:
    an = analyze(text, MONDAY)
    return [(text[s.start:s.end], s.attrs.get("name_en", "")) for s in an.entities if s.label == "ARMED_ACTOR"]


def _actor1(text: str) -> list[str]:
    return [i.actor1.name_en if i.actor1 else "" for i in analyze(text, MONDAY).incidents]


@pytest.mark.parametrize("phrase, flyer", [
    ("الغارات التركية", "Turkey"),
    ("الغارات الجوية التركية", "Turkey"),
    ("غارات روسية", "Russia"),
    ("الضربات الأمريكية", "United States"),
])
def test_a_nationality_adjective_on_strikes_names_the_striker(phrase: str, flyer: str) -> None:
    text = f"دمرت {phrase} مخزنا للأسلحة تابعا للمسلحين في بلدة تل أبيض بمحافظة الرقة أمس، وقتلت ستة منهم."
    assert any(flyer in name for name in _actor1(text))


def test_the_adjective_alone_is_the_actor_span() -> None:
    text = "قتل أربعة مسلحين في القصف التركي على قرية حدودية شمال العراق."
    assert ("التركي", "Military Forces of Turkey (2002-)") in _actors(text)


def test_the_adjective_must_agree_in_definiteness() -> None:
    """«الغارات تركية» is a sentence (the strikes are Turkish), no strike and its flyer."""
    text = "قالت المصادر إن الغارات تركية وإنها استهدفت مواقع المسلحين."
    assert not [a for a in _actors(text) if a[0] == "تركية"]


def test_a_nationality_after_another_noun_is_not_the_striker() -> None:
    """«الحدود التركية» after a strike: the adjective belongs to the border."""
    text = "أسفرت غارات على مواقع قرب الحدود التركية عن مقتل خمسة مسلحين."
    assert not [a for a in _actors(text) if a[0] == "التركية"]
