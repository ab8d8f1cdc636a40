"""A natural disaster's dead are no attack; a province word before a name a city shares (session 39).

Sentences written for the tests; the real pipeline reads them with the codability model switched
off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 10, 28)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY).incidents]


@pytest.mark.parametrize("text", [
    "قتل 20 شخصا أمس في زلزال عنيف ضرب إقليم بلوشستان جنوب غربي باكستان.",
    "أسفر زلزال بقوة ست درجات أمس عن مقتل 15 شخصا وإصابة العشرات في ولاية هرات.",
    "قتل عشرون شخصا وأصيب ثلاثون أمس في هزة أرضية ضربت إقليم بلوشستان.",
    "قتل عشرون شخصا أمس جراء الزلزال الذي ضرب شمال أفغانستان.",
    "أسفرت فيضانات أمس عن مقتل 15 شخصا وإصابة العشرات في ولاية هرات.",
    "أسفرت السيول أمس عن مقتل خمسة أشخاص في محافظة حضرموت.",
    "لقي ستة أشخاص حتفهم أمس بسبب سيول جارفة في مديرية حجة.",
    "أسفرت عاصفة رملية أمس عن مقتل ثلاثة أشخاص في محافظة المهرة.",
    "قتل تسعة أشخاص أمس في انهيار أرضي ضرب قرية جبلية شمالي باكستان.",
])
def test_a_natural_disasters_toll_is_no_attack(text: str) -> None:
    """An earthquake, a flood, torrents, a storm, a landslide killed them, no one attacked them
    (`accident_nouns`): the casualty word makes no event."""
    assert kinds(text) == []


def test_a_flood_sweeping_a_province_takes_no_territory() -> None:
    """«فيضانات اجتاحت محافظة إب», «اجتاحت السيول مدينة المكلا»: water swept the place
    (`disaster_subjects`), no one took it; troops sweeping a town still take it."""
    assert kinds("لقي ثمانية أشخاص حتفهم أمس بسبب فيضانات اجتاحت محافظة إب وسط اليمن.") == []
    assert kinds("اجتاحت السيول أمس مدينة المكلا وجرفت عشرات المنازل والسيارات.") == []
    assert kinds("اجتاحت قوات الحوثيين أمس مدينة عمران وسيطرت على معسكر اللواء 310.") != []


def test_a_bombing_beside_a_flood_is_still_coded() -> None:
    """A flood's dead and a bombing told in the same article: the bombing stays an event."""
    found = kinds("قتل ثلاثة أشخاص أمس جراء الفيضانات في محافظة إب. وفي سياق آخر قتل خمسة جنود في "
                  "تفجير انتحاري استهدف نقطة تفتيش في مدينة عدن.")
    assert found == [("Explosions/Remote violence", "Suicide bomb")]
    found = kinds("قتل ثلاثة أشخاص أمس في السيول التي اجتاحت مديرية حجة، فيما قتل خمسة جنود في تفجير "
                  "انتحاري بسيارة مفخخة استهدف نقطة تفتيش في مدينة عدن.")
    assert found == [("Explosions/Remote violence", "Suicide bomb")]
