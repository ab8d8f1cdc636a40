"""Rules added after a coder's reading of protest articles outside Yemen (session 35, sampler seed
2931). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents import codability
from core.pipeline import analyze

MONDAY = date(2015, 8, 10)


# -- protests abroad told by a crowd verb: coded whatever the codability model says ---------------

@pytest.fixture
def model_says_no(monkeypatch: pytest.MonkeyPatch) -> None:
    """The codability model on, scoring every candidate 0.05 (below any threshold)."""
    monkeypatch.setattr(codability, "ENABLED", True)
    monkeypatch.setattr(codability, "probabilities", lambda rows: [0.05] * len(rows))


def _coded_and_aside(text: str) -> tuple[list[str], list[str]]:
    an = analyze(text, MONDAY)
    return [i.sub_event_type for i in an.incidents], [i.sub_event_type for i in an.set_aside]


@pytest.mark.usefixtures("model_says_no")
@pytest.mark.parametrize("text", [
    "وتجمع نحو خمسمئة متظاهر أمام مبنى البرلمان في العاصمة الأردنية عمان للمطالبة بإصلاحات.",
    "وخرج مئات المحتجين إلى ساحة التحرير في بغداد مطالبين بتحسين الكهرباء.",
    "واحتشد آلاف الطلاب أمام مقر الحكومة في مدينة أثينا رافعين لافتات ضد التقشف.",
])
def test_a_protest_abroad_told_by_a_crowd_verb_is_coded_whatever_the_model(text: str) -> None:
    """«تجمع نحو خمسمئة متظاهر أمام … في عمان»: a crowd verb in the past tells the protest, its
    place named in the clause, no day of its own (so not `protected`) — coded though the model
    scores it low."""
    kept, aside = _coded_and_aside(text)
    assert kept == ["Peaceful protest"], (kept, aside)


@pytest.mark.usefixtures("model_says_no")
def test_protesters_wounded_abroad_are_coded_whatever_the_model() -> None:
    text = "وخلال المسيرة الأسبوعية في قرية بلعين، أصيب ثلاثة متظاهرين بالرصاص المطاطي لجيش الاحتلال."
    kept, aside = _coded_and_aside(text)
    assert kept == ["Excessive force against protesters"], (kept, aside)


@pytest.mark.usefixtures("model_says_no")
@pytest.mark.parametrize("text", [
    # named only by its noun: left to the model
    "وتحدث الوزير عن الاحتجاجات الواسعة في مدينة البصرة ضد انقطاع الكهرباء.",
    # a crowd verb, but weeks back
    "وكان مئات المتظاهرين قد تجمعوا في الأول من يوليو أمام مبنى المحافظة في مدينة البصرة.",
    # Yemen: the model's own war, its word stands
    "وتجمع مئات المتظاهرين أمام مبنى المحافظة في مدينة تعز.",
])
def test_other_protests_stay_with_the_model(text: str) -> None:
    kept, aside = _coded_and_aside(text)
    assert not kept, (kept, aside)


# -- the rules alone below: the codability model off ---------------------------------------------

def _kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, MONDAY).incidents]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("text", [
    "ألقى محتجون زجاجات حارقة على مركز للشرطة في مدينة البصرة أمس.",
    "واستخدمت الشرطة قنابل الصوت لإبعاد المتظاهرين الذين ردوا عليها بالحجارة قرب مبنى البلدية في مدينة الخليل أمس.",
    "وبينما كان محتجون يلقون الحجارة أمام البرلمان في أثينا أمس، أقر النواب الاتفاق.",
])
def test_protesters_throwing_stones_or_fire_bombs_are_a_riot(text: str) -> None:
    """«ألقى محتجون زجاجات حارقة», «المتظاهرين الذين ردوا … بالحجارة»: a violent demonstration, not a
    peaceful protest."""
    kinds = _kinds(text)
    assert ("Riots", "Violent demonstration") in kinds and not any(e == "Protests" for e, _ in kinds), kinds


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("text", [
    # stones thrown by others
    "ألقى مستوطنون زجاجات حارقة على منزل في قرية دوما أمس، وتظاهر الأهالي في مدينة نابلس تنديدا بالجريمة.",
    # no stones at all
    "تظاهر آلاف المحتجين أمس في ساحة التحرير ببغداد ورفعوا لافتات تطالب بمحاسبة الفاسدين.",
])
def test_a_protest_beside_no_stones_of_its_own_stays_a_protest(text: str) -> None:
    kinds = _kinds(text)
    assert ("Protests", "Peaceful protest") in kinds and not any(e == "Riots" for e, _ in kinds), kinds


@pytest.mark.usefixtures("rules_alone")
def test_an_arrest_a_protest_denounces_is_no_intervention() -> None:
    """«تظاهر المئات … احتجاجا على اعتقال أطفال بتهمة رشق الحجارة»: the arrest and the stones are what
    the protest denounces — a peaceful protest, no intervention, no riot."""
    kinds = _kinds("تظاهر المئات أمس في مدينة الخليل احتجاجا على اعتقال أطفال بتهمة رشق الحجارة.")
    assert kinds == [("Protests", "Peaceful protest")], kinds
    kinds = _kinds("تظاهر المئات أمس في مدينة رام الله تنديدا باعتقال نائب في المجلس التشريعي.")
    assert kinds == [("Protests", "Peaceful protest")], kinds


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("text", [
    "وانخفضت صادرات النفط من ميناء البصرة أمس بسبب احتجاجات العمال.",
    "ولا تزال الموانئ النفطية في رأس لانوف مغلقة جراء الإضراب.",
])
def test_a_protest_named_as_a_cause_is_no_event(text: str) -> None:
    assert not _kinds(text), _kinds(text)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("text", [
    "أحالت النيابة في القاهرة أمس عشرين متهما إلى المحاكمة بتهمة تدبير تجمهر مسلح.",
    "ضبطت الأجهزة الأمنية في مدينة طنطا أمس خمسة من عناصر الجماعة بتهمة التحريض على الشغب.",
])
def test_a_protest_or_riot_in_a_charge_is_no_event(text: str) -> None:
    assert not any(e in ("Protests", "Riots") for e, _ in _kinds(text)), _kinds(text)


@pytest.mark.usefixtures("rules_alone")
def test_an_arrest_with_a_charge_of_stone_throwing_stays_an_arrest() -> None:
    kinds = _kinds("اعتقلت الشرطة أمس في مدينة الخليل خمسة شبان بتهمة رشق الحجارة على دورية.")
    assert kinds == [("Strategic developments", "Arrests")], kinds


@pytest.mark.usefixtures("rules_alone")
def test_a_protest_out_for_a_cause_stays() -> None:
    """«خرج آلاف المحتجين … بسبب تراكم النفايات»: «بسبب» before the protest's own cause."""
    assert _kinds("خرج آلاف المحتجين في بيروت أمس بسبب تراكم النفايات.") == [("Protests", "Peaceful protest")]


# -- one or two protesters hit: their count ---------------------------------------------------------

@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("أصيب متظاهران برصاص الشرطة مساء أمس في مدينة الكوت خلال احتجاج على انقطاع الكهرباء.", 0, 2),
    ("قتل محتج وأصيب ثلاثة آخرون برصاص قوات الأمن أمس في مدينة العمارة خلال تظاهرة.", 1, 3),
    ("قتل معتصمان برصاص الشرطة أمس خلال اعتصام أمام مبنى المحافظة في مدينة الحلة.", 2, 0),
])
def test_one_or_two_protesters_hit_are_counted(text: str, killed: int, injured: int) -> None:
    """«قتل محتج» is one dead, «أصيب متظاهران» two wounded (singular and dual protester nouns count
    like «جندي», «جنديان»), not a toll of unknown size; one protester hit («محتج», «معتصمان») is force
    against protesters, like «متظاهر»."""
    inc = analyze(text, MONDAY).incidents
    assert [i.sub_event_type for i in inc] == ["Excessive force against protesters"], inc
    assert (inc[0].fatalities or 0, inc[0].injured or 0) == (killed, injured), (inc[0].fatalities, inc[0].injured, inc[0].flags)
