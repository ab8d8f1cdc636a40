"""Session 38 entity audit of non-Yemen news (levant seeds 3131, 3132): general causes fixed as
data or rules. Sentences written for the tests."""

import pytest

from core.pipeline import analyze

DAY = "2015-08-01"


def _entities(text: str, label: str) -> list[tuple[str, dict]]:
    return [(s.text, s.attrs or {}) for s in analyze(text, DAY, "").entities if s.label == label]


# ---------------------------------------------------------------- armed actors

def test_the_national_army_is_the_libyan_one_in_libyan_news() -> None:
    """«الجيش الوطني» alone is Yemen's government army in Yemeni news and Haftar's LNA in Libyan news."""
    text = ("وقال مصدر عسكري ليبي إن طائرات الجيش الوطني قصفت مواقع المتشددين في مدينة بنغازي شرق ليبيا، "
            "وتقدمت قوات الجيش الوطني في حي الليثي.")
    assert {a.get("name_en") for t, a in _entities(text, "ARMED_ACTOR") if "الجيش الوطني" in t} == \
        {"LNA: Libyan National Army"}


@pytest.mark.parametrize("text", [
    "وتقدمت قوات الجيش الوطني والمقاومة الشعبية في مديرية صرواح بمحافظة مأرب اليمنية بعد معارك مع الحوثيين.",
    "وقال الجيش الوطني إنه سيطر على مواقع جديدة.",
])
def test_the_national_army_stays_yemen_s_in_yemeni_or_unplaced_news(text: str) -> None:
    assert {a.get("name_en") for t, a in _entities(text, "ARMED_ACTOR") if "الجيش الوطني" in t} == \
        {"Military Forces of Yemen (2012-)"}


# ---------------------------------------------------------------- casualties

@pytest.mark.parametrize("text", [
    "وأصيب جيران المهاجم بصدمة كبيرة بعد الحادث.",
    "وأصيبت عائلات الضحايا بخيبة أمل من نتائج التحقيق.",
    "وأصيب المسلحون بحالة من الرعب عند وصول التعزيزات.",
])
def test_a_state_of_mind_is_no_wound(text: str) -> None:
    assert _entities(text, "CASUALTY") == []


@pytest.mark.parametrize("text, count", [
    ("وأصيب خمسة آخرون ثلاثة منهم بحالة حرجة في القصف.", 5),
    ("وأصيب شخصان بجروح وأصيب آخرون بالهلع.", 2),
    ("وأصيب ثلاثة جنود بجروح في انفجار عبوة ناسفة.", 3),
])
def test_wounds_stay_wounds(text: str, count: int) -> None:
    assert [(a.get("role"), a.get("count")) for _, a in _entities(text, "CASUALTY")] == [("injured", count)]


# ---------------------------------------------------------------- persons

@pytest.mark.parametrize("text, person", [
    ("Next Previous سالم عبدالله الحربي – عين اليوم  باشرت فرق الدفاع المدني حريقا في مستودع بمحافظة جدة.",
     "سالم عبدالله الحربي"),
    ("Previous فهد سعد القحطاني – الرياض  أعلنت الشرطة القبض على شخصين.", "فهد سعد القحطاني"),
])
def test_a_latin_navigation_word_is_no_part_of_a_byline_name(text: str, person: str) -> None:
    assert [t for t, _ in _entities(text, "PERSON")] == [person]
