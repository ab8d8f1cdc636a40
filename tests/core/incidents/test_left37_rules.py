"""Shapes earlier sessions left (session 37, s37-left): foreign civilians named by their
nationality, the reporting army no side, Iran's regime words. Sentences written for the tests in
the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _sides(text: str) -> list[tuple[str, str, str]]:
    an = analyze(text, MONDAY)
    return [(i.sub_event_type, i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in an.incidents]


# -- foreign civilians: ACLED names civilians abroad by their nationality ------------------------

@pytest.mark.parametrize("text, civilians", [
    ("قتل ثلاثة سياح تشيكيين أمس في هجوم شنه مسلحون مجهولون على حافلة سياحية قرب مدينة الأقصر.",
     "Civilians (Czech Republic)"),
    ("أصيب أربعة مواطنين أتراك بجروح أمس في انفجار عبوة ناسفة استهدفت سيارتهم في مدينة الموصل.",
     "Civilians (Turkey)"),
    ("قتل مسلحون مجهولون أمس ثلاثة سياح ألمان في هجوم على فندق في مدينة سوسة التونسية.",
     "Civilians (Germany)"),
])
def test_foreign_civilians_take_their_nationality(text: str, civilians: str) -> None:
    """«سياح تشيكيين», «مواطنين أتراك», «سياح ألمان» (tourists are civilians; a broken plural is a
    nationality form too): "Civilians (Czech Republic)", not the civilians of the place's country
    nor no victim at all."""
    sides = _sides(text)
    assert sides and sides[0][2] == civilians, sides


def test_broken_plural_agrees_in_definiteness() -> None:
    """«الألمان» is definite and «ألمان» (read «المان») indefinite: the nationality still agrees."""
    from core.entities.lexicon import lexicons
    from core.entities.matcher import pattern_key

    nat = lexicons().nationalities
    assert nat[" ".join(pattern_key("ألمان"))] == ("Germany", True)
    assert nat[" ".join(pattern_key("الأتراك"))] == ("Turkey", True)


def test_local_civilians_unchanged() -> None:
    """Tourists of no nationality told are the place's civilians."""
    sides = _sides("قتل مسلحون مجهولون أمس ثلاثة سياح في هجوم على فندق في مدينة سوسة التونسية.")
    assert sides and sides[0][2] == "Civilians (Tunisia)", sides


# -- the reporting party is the source, not a side ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("قتل مسلحون أمس عشرة مدنيين في هجوم على قرية قرب مدينة مايدوغوري، بحسب ما أعلن الجيش النيجيري.",
     ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
    ("وقتل أمس سبعة مدنيين في هجوم شنه مسلحون على سوق في مدينة العريش، وفق ما ذكر الجيش المصري.",
     ("Unidentified Armed Group (Egypt)", "Civilians (Egypt)")),
    ("وقال الجيش في بيان إن انتحاريا فجر نفسه أمس في سوق مزدحم بمدينة مايدوغوري ما أسفر عن مقتل 15 شخصا.",
     ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
    ("وقال الجيش التركي في بيان إن مسلحين من حزب العمال الكردستاني فجروا أمس عبوة ناسفة على طريق في ولاية"
     " هكاري ما أدى إلى مقتل ثلاثة مدنيين.", ("PKK: Kurdistan Workers Party", "Civilians (Turkey)")),
])
def test_reporting_army_is_no_side(text: str, expected: tuple[str, str]) -> None:
    """«…، بحسب ما أعلن الجيش», «قال الجيش في بيان إن انتحاريا …», «إن مسلحين من حزب العمال …»: the army
    told the event; it neither did it nor was hit."""
    sides = _sides(text)
    assert sides and sides[0][1:] == expected, sides


@pytest.mark.parametrize("text, army", [
    ("وذكر الجيش التركي في بيان أن مسلحين من حزب العمال الكردستاني اقتحموا أمس موقعا عسكريا في منطقة"
     " دوغو بايزيد بولاية أغري.", "Military Forces of Turkey (2002-)"),
    ("وقتل أمس خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش في شمال سيناء، بحسب ما أعلن الجيش المصري.",
     "Military Forces of Egypt (2014-)"),
    ("وقال الجيش النيجيري إن قواته قتلت أمس عشرين مسلحا من جماعة بوكو حرام في هجوم على معسكر قرب مايدوغوري.",
     "Military Forces of Nigeria"),
])
def test_reporting_army_that_is_a_side_stays(text: str, army: str) -> None:
    """Soldiers among the dead are the reporting army's own; «إن قواته قتلت» tells the army acted."""
    sides = _sides(text)
    assert sides and army in sides[0][1:], sides


# -- a regime's forces with its nationality adjective ---------------------------------------------

@pytest.mark.parametrize("text, army", [
    ("قتل أمس ستة عناصر من جيش النظام الإيراني في اشتباكات مع فصائل المعارضة في ريف حلب الجنوبي.",
     "Military Forces of Iran (1989-)"),
    ("وقصفت قوات النظام السوري أمس بلدة داريا بالبراميل المتفجرة ما أدى إلى مقتل سبعة مدنيين.",
     "Military Forces of Syria (2000-)"),
])
def test_regime_forces_take_the_adjectives_country(text: str, army: str) -> None:
    """«جيش النظام الإيراني»: the nationality adjective after the regime word names whose forces
    they are — Iran's, not Syria's (whose regime «النظام» alone names)."""
    sides = _sides(text)
    assert sides and army in sides[0][1:], sides


def test_regime_forces_entity() -> None:
    from core.entities.lexicon import lexicons  # noqa: F401  (the phrases load with the lexicon)

    an = analyze("اشتبكت وحدات كردية مع جيش النظام الإيراني قرب الحدود.", MONDAY)
    spans = [e for e in an.entities if e.text == "جيش النظام الإيراني"]
    assert spans and spans[0].attrs.get("country") == "Iran", [(e.text, e.attrs) for e in an.entities]


# -- a party's sources are a source, not a side ---------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("وأفادت مصادر بالجيش الحر بأن قوات النظام قصفت أمس بلدة داريا في ريف دمشق ما أدى إلى مقتل سبعة مدنيين.",
     "مصادر بالجيش الحر"),
])
def test_party_sources_are_no_side(text: str, source: str) -> None:
    """«مصادر بالجيش الحر» are the party's sources, like «مصادر في الجيش الحر»:
    one SOURCE span, and the party neither shelled nor was shelled."""
    an = analyze(text, MONDAY)
    assert [e.text for e in an.entities if e.label == "SOURCE"] == [source]
    sides = [(i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "") for i in an.incidents]
    assert sides == [("Military Forces of Syria (2000-)", "Civilians (Syria)")], sides


def test_resistance_sources_glued() -> None:
    """«أفادت مصادر بالمقاومة بأن الحوثيين قصفوا …»: the Houthis shelled; the Resistance only told it."""
    sides = _sides("وأفادت مصادر بالمقاومة بأن الحوثيين قصفوا أمس حي الروضة في مدينة تعز بقذائف الهاون.")
    assert sides and sides[0][1] == "Houthis (Ansar Allah)" and sides[0][2] != "Popular Resistance", sides


def test_party_after_sources_and_min_acts() -> None:
    """«قالت مصادر من المقاومة إن قواتها ألقت القبض على …»: the party speaks of its own forces acting
    (not absorbed into the source)."""
    an = analyze("وقالت مصادر من المقاومة الشعبية إن قواتها ألقت القبض أمس على قيادي حوثي في مدينة عدن.", MONDAY)
    arrests = [i for i in an.incidents if i.sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor1 and arrests[0].actor1.name_en == "Popular Resistance", \
        [i.summary_en for i in an.incidents]


def test_sources_from_a_place_stay_generic() -> None:
    """«مصادر من داخل المدينة» names no party: the bare generic source."""
    an = analyze("وقالت مصادر من داخل المدينة إن قوات النظام قصفت أمس بلدة داريا في ريف دمشق.", MONDAY)
    assert [(e.text, e.attrs.get("kind")) for e in an.entities if e.label == "SOURCE"] == [("مصادر", "generic")]


# -- a coalition phrase of no reading names no party ----------------------------------------------

@pytest.mark.parametrize("text", [
    "قتلت قوات التحالف أمس عشرة مسلحين من حركة طالبان في غارة جوية على ولاية هلمند جنوب أفغانستان.",
    "وقالت الشرطة الأفغانية إن قوات التحالف قصفت أمس قرية في ولاية ننغرهار ما أسفر عن مقتل سبعة مدنيين.",
])
def test_unread_coalition_is_no_transliterated_party(text: str) -> None:
    """«قوات التحالف» in Afghanistan (no reading of the phrase there): no actor named by its Arabic
    spelled in Latin letters ("Qawat At Tahalf"), and the police that told it do not take its place."""
    an = analyze(text, MONDAY)
    assert an.incidents
    for i in an.incidents:
        for actor in (i.actor1, i.actor2):
            assert actor is None or actor.name_en, (actor, i.summary_en)
        assert "Tahalf" not in i.summary_en and "Police" not in i.summary_en, i.summary_en


def test_read_coalition_keeps_its_name() -> None:
    sides = _sides("وشنت قوات التحالف أمس غارات على مواقع لتنظيم داعش قرب مدينة الرمادي ما أسفر عن مقتل عشرين مسلحا.")
    assert sides and sides[0][1] == "International Coalition against the Islamic State", sides
