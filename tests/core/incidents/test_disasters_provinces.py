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


def _places(text: str) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.attrs.get("kind", "")) for e in analyze(text, DAY).entities
            if e.label == "LOCATION"]


@pytest.mark.parametrize("name", ["ولاية قندوز", "إقليم قندوز", "ولاية قندز", "ولاية هرات", "ولاية قندهار"])
def test_a_province_word_reads_the_province(name: str) -> None:
    """«ولاية X», «إقليم X» before a name a city shares with its province is the province: Kunduz
    province's row spells «كندوز», its «قندوز», «قندز» come from curated.json `subdivision_fixes`."""
    text = f"قتل ثمانية جنود أفغان أمس في هجوم لحركة طالبان على نقطة تفتيش في {name}."
    assert (name, "province") in _places(text)
    assert [i.location.admin1_en for i in analyze(text, DAY).incidents] != []


def test_a_bombing_told_at_a_district_and_at_its_province_is_one() -> None:
    """A suicide bombing told «في منطقة خان آباد بولاية قندوز» and again «في قندوز»: one place,
    one incident (it was Khan Abad and Kunduz city, two incidents)."""
    text = ("فجر انتحاري نفسه أمس وسط تجمع لرجال الشرطة في منطقة خان آباد بولاية قندوز شمالي "
            "أفغانستان، ما أدى إلى مقتل 12 شخصا.\nوقال المتحدث باسم حاكم قندوز إن التفجير الانتحاري "
            "الذي وقع في قندوز أسفر عن مقتل 12 شخصا بينهم سبعة من الشرطة.")
    found = analyze(text, DAY).incidents
    assert [(i.sub_event_type, i.location.admin1_en) for i in found] == [("Suicide bomb", "Kunduz")]


def test_a_fire_no_one_set_is_no_attack() -> None:
    """A fire's dead («أسفر حريق عن مقتل …») were attacked by no one; a fire someone set
    (`arson_words`: «حريق أضرمه مستوطنون») or one shelling lit stays an event."""
    assert kinds("أسفر حريق أمس عن مقتل 15 شخصا وإصابة العشرات في ولاية هرات.") == []
    assert kinds("لقي خمسة أشخاص مصرعهم أمس في حريق شب في سوق شعبي بمدينة تعز.") == []
    assert kinds("قتل طفل فلسطيني أمس في حريق أضرمه مستوطنون في منزل عائلته بقرية دوما.") != []
    assert kinds("قتل ثلاثة مدنيين أمس في حريق اندلع إثر قصف مدفعي حوثي على حي سكني في تعز.") != []
