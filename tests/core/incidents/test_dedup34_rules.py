"""One event told twice (session 34, dedup): a toll told again under a place carried on, and a lead
placed by its country alone told again at a town of that country.

Sentences written for the tests; the real pipeline reads them with the codability model switched
off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 23)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.sub_event_type, i.location.admin1_en if i.location else "", i.fatalities) for i in an.incidents]


def test_a_toll_told_again_under_a_carried_place_is_the_same_blast() -> None:
    """The bombing «أوقع 25 قتيلا في سروج», a sentence naming another town of the province, then «وكان
    الإقليم قد شهد تفجيرا انتحاريا أسفر عن مقتل 25 شخصا»: the same bombing with the same dead, not a
    second one at the town named last."""
    text = ("قالت السلطات إن تفجيرا انتحاريا تبناه تنظيم داعش أوقع 25 قتيلا في سروج يوم الاثنين. "
            "وعثرت الشرطة على جثتي شرطيين في منزلهما بمنطقة جيلانبينار. "
            "وكان الإقليم قد شهد تفجيرا انتحاريا أمس الأول أسفر عن مقتل 25 شخصا وإصابة العشرات.")
    bombs = [c for c in _coded(text) if c[0] == "Suicide bomb"]
    assert bombs == [("Suicide bomb", "Sanliurfa", 25)], _coded(text)


def test_another_toll_under_a_carried_place_stays_another_blast() -> None:
    """The same words with another toll: nothing says it is the first bombing told again."""
    text = ("قالت السلطات إن تفجيرا انتحاريا تبناه تنظيم داعش أوقع 25 قتيلا في سروج يوم الاثنين. "
            "وعثرت الشرطة على جثتي شرطيين في منزلهما بمنطقة جيلانبينار. "
            "وكان الإقليم قد شهد تفجيرا انتحاريا أمس الأول أسفر عن مقتل 7 أشخاص وإصابة العشرات.")
    bombs = [c for c in _coded(text) if c[0] == "Suicide bomb"]
    assert len(bombs) == 2, _coded(text)


def test_a_lead_placed_by_its_country_then_told_at_its_town_is_one_blast() -> None:
    """«قتل 9 أشخاص عندما هاجم انتحاريان سوقا في شمال العراق», a sentence of background, then «وقال
    رئيس بلدية طوز خورماتو إن مهاجما انتحاريا فجر حزامه الناسف في السوق»: one bombing in Salah ad
    Din, not a placeless one beside it."""
    text = ("قال مسؤول محلي إن 9 أشخاص على الأقل قتلوا اليوم عندما هاجم انتحاريان سوقا مزدحما في شمال العراق. "
            "ولم تعلن أي جهة على الفور المسؤولية. "
            "ويتأهب الجيش لهجوم على مدن الأنبار. "
            "وقال رئيس بلدية طوز خورماتو إن مهاجما انتحاريا فجر حزامه الناسف وسط السوق.")
    bombs = [c for c in _coded(text) if c[0] == "Suicide bomb"]
    assert bombs == [("Suicide bomb", "Salah al-Din", 9)], _coded(text)


# ---------------------------------------------------------------- one toll told in other words


@pytest.mark.parametrize("text, killed", [
    # the militants' toll told again with another noun of militants: once
    ("قتلت قوات الأمن اثنين من العناصر الإرهابية في تبادل لإطلاق النار خلال مداهمة بمدينة العريش أمس. "
     "وأوضح المصدر أن القوات تمكنت من قتل فردين إرهابيين كانا يختبئان في مزرعة بالمدينة.", 2),
    # soldiers told again as «عسكريين»: once
    ("قتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش في مدينة رفح. "
     "وقال مصدر أمني إن ثلاثة عسكريين لقوا حتفهم في الهجوم.", 3),
    # soldiers, then militants with the same figure: two groups, they add up
    ("قتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش في مدينة رفح. "
     "وقال مصدر أمني إن ثلاثة مسلحين قتلوا في الهجوم.", 6),
])
def test_the_same_toll_told_with_another_noun_of_its_kind_counts_once(text: str, killed: int) -> None:
    coded = _coded(text)
    assert len(coded) == 1 and coded[0][2] == killed, coded


# ---------------------------------------------------------------- a summary, then the blast


def test_a_summary_then_the_blast_with_the_same_figures_is_one_blast() -> None:
    """«أفادت مصادر بمقتل 9 مدنيين وإصابة 14 آخرين في أعمال عنف شهدتها مدينة بعقوبة», then the blast
    with the same dead and injured: one explosion, not an attack on civilians beside it."""
    text = ("أفادت مصادر أمنية أمس بمقتل 9 مدنيين وإصابة 14 آخرين في أعمال عنف شهدتها مدينة بعقوبة. "
            "وأشارت المصادر إلى مقتل 9 مدنيين وإصابة 14 آخرين في انفجار عبوة ناسفة داخل مقهى في منطقة العروبة.")
    coded = _coded(text)
    assert [c[0] for c in coded] == ["Remote explosive/landmine/IED"], coded
    (incident,) = analyze(text, DAY, "").incidents
    assert (incident.fatalities, incident.injured) == (9, 14)  # «وإصابة 14 آخرين» told twice: 14


def test_a_summary_with_other_figures_is_not_folded() -> None:
    """Other injured in the detail: nothing says the summary told that blast."""
    text = ("أفادت مصادر أمنية أمس بمقتل 9 مدنيين وإصابة 14 آخرين في أعمال عنف شهدتها مدينة بعقوبة. "
            "وأشارت المصادر إلى مقتل 9 مدنيين وإصابة 30 آخرين في انفجار عبوة ناسفة داخل مقهى في منطقة العروبة.")
    assert len(_coded(text)) == 2, _coded(text)


# ---------------------------------------------------------------- a toll told back over a list of places


def test_a_toll_told_back_over_the_quarters_it_fell_on_is_one_shelling() -> None:
    """«ارتفعت حصيلة قتلى القذائف التي سقطت على دمشق الى 9 قتلى», then «… جراء القذائف التي اطلقتها
    الفصائل على حيي المزة وركن الدين والميدان الى 9 قتلى»: the same shelling with its quarters told,
    one incident with its 9 dead (it had been the lead and three shares of 3)."""
    text = ("ارتفعت حصيلة قتلى القذائف الصاروخية التي سقطت على احياء عدة في دمشق امس الى 9 قتلى. "
            "وافادت الوكالة عن ارتفاع حصيلة القتلى جراء القذائف التي اطلقتها الفصائل على حي المزة وحي ركن الدين "
            "وحي الميدان في دمشق الى 9 قتلى.")
    coded = _coded(text)
    assert coded == [("Shelling/artillery/missile attack", "Damascus", 9)], coded
