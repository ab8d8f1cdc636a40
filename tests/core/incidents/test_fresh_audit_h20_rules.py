"""Rules added after the audit h20 of fresh (never-coded) war news (seeds 2081–2083): incidents a
coder would write down that the pipeline missed or got wrong, and ones it invented.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 1)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(i.sub_event_type, i.location.admin1_en if i.location else None) for i in analyze(text, DAY).incidents]


def test_a_delayed_assault_is_no_fight() -> None:
    """Why an assault is late («تأخر اقتحام المدينة», «ما أخر الهجوم», «حالت دون تقدم») tells
    a fight that has not happened yet, not an armed clash."""
    text = ("وعن تأخر عملية اقتحام مدينة زنجبار، قال القائد الميداني إن ما أخر الهجوم على المدينة "
            "هو عدم وصول التعزيزات إلى جبهة القتال في محافظة أبين.")
    assert _kinds(text) == []
    text = "وأرجع المتحدث سبب تأخير المقاومة في تنفيذ الهجوم على معسكر اللواء 35 بمحافظة تعز إلى نقص الذخيرة."
    assert _kinds(text) == []


def test_a_fight_after_a_delay_is_still_told() -> None:
    """A delay told in another clause leaves the fight of its own clause alone."""
    text = ("اندلعت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مدينة زنجبار بمحافظة أبين، "
            "فيما تأخر وصول المساعدات إلى المدينة.")
    assert ("Armed clash", "Abyan") in _kinds(text)


def test_fighters_killed_after_their_corpses_are_a_fight() -> None:
    """Fighters killed with a figure («تم قتل العشرات من عناصر المتمردين») after the same party's
    corpses told with none («جثث مسلحي الحوثيين») are fighters killed: a clash, not an attack on
    civilians."""
    text = ("وذكرت المصادر أن جثث مسلحي الحوثيين انتشرت في شوارع حي المعلا بعدن، "
            "مؤكدة أنه تم قتل العشرات من عناصر المتمردين في مبنى المحافظة.")
    kinds = _kinds(text)
    assert ("Armed clash", "Aden") in kinds
    assert not any(k == "Attack" for k, _ in kinds)


def test_a_feminine_participle_opens_a_clause() -> None:
    """«، مشيرة إلى أن …» opens a clause as «، مشيرا» does: the party driven out in the clause
    before it («لطرد المسلحين الحوثيين») is not the taker of the place told after it."""
    text = ("وتابعت الصحف العمليات العسكرية لطرد المسلحين الحوثيين من المحافظة، مشيرة إلى أن القوات "
            "الموالية للحكومة تمكنت أمس من السيطرة على مدينة لودر في محافظة أبين.")
    incidents = analyze(text, DAY).incidents
    assert [(i.sub_event_type, i.location.admin1_en) for i in incidents] == [("Government regains territory", "Abyan")]
    assert incidents[0].actor1.name_en == "Military Forces of Yemen (2012-)"


def test_shells_fired_from_the_yemeni_side_are_not_the_strikers() -> None:
    """«… فيما سقطت قذائف أطلقت من الجانب اليمني على قرى بمنطقة جازان»: the shells fired from
    across the border are not the Saudi gunships' of the clause before; the Houthis, who shell into
    Saudi Arabia, fired them."""
    text = ("استهدفت الطائرات السعودية أمس تجمعات للميليشيات الحوثية بقصف مكثف قرب الحدود، فيما سقطت "
            "عدة قذائف، أطلقت من الجانب اليمني، في أراض زراعية بمحافظة الحرث في منطقة جازان.")
    shelling = [i for i in analyze(text, DAY).incidents if i.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].location.admin1_en == "Jazan"
    assert shelling[0].actor1.name_en == "Houthis (Ansar Allah)"


def test_the_capital_taken_after_a_time_word_is_the_past() -> None:
    """«بعد سيطرتهم على العاصمة صنعاء», «منذ سيطرة الحوثيين على صنعاء»: the capital's fall
    (September 2014) dates what the sentence tells; it is no takeover of the day."""
    for text in ("وقال القيادي إن المستشارين الأجانب وصلوا إلى معسكرات الحوثيين في ذمار بعد سيطرتهم على العاصمة صنعاء.",
                 "وأكد التقرير أن المتمردين نهبوا مخازن الجيش عقب سيطرة الحوثيين على العاصمة."):
        assert not any(k.startswith("Non-state") for k, _ in _kinds(text)), text


def test_a_place_taken_after_a_time_word_is_still_told() -> None:
    """Any other place taken after a time word is the news it was: «بعد سيطرتها على مدينة الحوطة»."""
    text = "ودخلت قوات المقاومة الشعبية أمس مقر المحافظة بعد سيطرتها على مدينة الحوطة في محافظة لحج."
    assert ("Government regains territory", "Lahij") in _kinds(text)
