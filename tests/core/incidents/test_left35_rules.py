"""Rules added in session 35 for shapes earlier versions left alone (left35): a nationality adjective
on a strike noun names the striker («الغارات التركية»); no default actor of another country
(Yemen's Popular Resistance in an Egyptian report); a person's home town («من مدينة X يدعى …», «ينحدر من X») is not the event's place.

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



def _actor_names(text: str) -> dict[str, str]:
    an = analyze(text, MONDAY)
    return {text[s.start:s.end]: s.attrs.get("name_en", "") for s in an.entities if s.label == "ARMED_ACTOR"}


def test_an_article_of_no_cue_country_is_the_country_its_nationality_adjectives_name() -> None:
    """A Tunisian report names no country cue of actors.json: «الحرس الوطني» is Tunisia's (its
    nationality adjectives tell), not Saudi Arabia's by default."""
    text = ("قتل ثلاثة من عناصر الحرس الوطني في هجوم شنه مسلحون على دورية في جبل الشعانبي غرب البلاد، "
            "وقالت وزارة الداخلية التونسية إن القوات التونسية تلاحق المهاجمين.")
    assert "Saudi" not in _actor_names(text)["الحرس الوطني"]
    assert "Tunisia" in _actor_names(text)["الحرس الوطني"]


def test_no_yemeni_default_in_another_country() -> None:
    """«الثوار» in an Egyptian report (Egypt is no country it lists) is no Popular Resistance of Yemen."""
    text = "قالت السلطات المصرية إن الثوار هاجموا مركزا للشرطة في القاهرة أمس وقتلوا شرطيين."
    assert _actor_names(text).get("الثوار", "") != "Popular Resistance"


def test_the_yemeni_default_stays_in_yemen_and_in_an_article_of_no_country() -> None:
    yemen = "قالت مصادر محلية إن الثوار هاجموا مواقع الميليشيات في مدينة تعز أمس."
    assert _actor_names(yemen)["الثوار"] == "Popular Resistance"
    nowhere = "قالت مصادر محلية إن الثوار هاجموا مواقع المسلحين أمس."
    assert _actor_names(nowhere)["الثوار"] == "Popular Resistance"


@pytest.mark.parametrize("origin", [
    "وقال مسؤول إن منفذ التفجير شاب في العشرين من العمر من مدينة الموصل يدعى أحمد صالح.",
    "وأضافت المصادر أن الانتحاري ينحدر من مدينة الموصل وأنه فجر حزامه الناسف وسط المصلين.",
])
def test_a_persons_home_town_is_not_the_events_place(origin: str) -> None:
    text = "قتل 18 شخصا في تفجير انتحاري استهدف مسجدا في العراق أمس. " + origin
    assert [i.location.admin1_en for i in analyze(text, MONDAY).incidents if i.location and i.location.admin1_en] == []


def test_a_place_after_min_with_no_naming_word_still_places() -> None:
    """«قتل خمسة من مدينة الموصل في القصف»: no word of naming after it, the place stays."""
    text = "قتل خمسة مدنيين من مدينة الموصل في قصف جوي أمس."
    assert [i.location.admin1_en for i in analyze(text, MONDAY).incidents if i.location] == ["Ninewa"]
