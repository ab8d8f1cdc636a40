"""Non-Yemen pass 15 (session 37): a long stretch of fighting told as a tally («على مدى 130 يوما من
المعارك», «بعد شهور من القتال») is background, no event of its own; a deed in the same clause is still
told, and a recent fight's few days are not a stretch. Sentences written for the tests."""

from __future__ import annotations

from core.pipeline import analyze


def _types(text: str) -> list[str]:
    return [i.event_type for i in analyze(text, "2015-08-01", "").incidents]


def test_a_stretch_of_fighting_is_no_event() -> None:
    for text in ("وقال القيادي إن البلدة صمدت على مدى 90 يوما من المعارك مع تنظيم داعش في ريف الحسكة.",
                 "وعاد السكان إلى منازلهم في ريف إدلب بعد أشهر من المعارك بين الفصائل وقوات النظام.",
                 "وأنهكت ثلاث سنوات من الحرب سكان المدينة في ريف حلب الشمالي."):
        assert _types(text) == [], (text, _types(text))


def test_a_deed_after_a_stretch_is_still_told() -> None:
    types = _types("سيطرت القوات العراقية على بلدة الكرمة أمس بعد شهور من القتال مع تنظيم داعش.")
    assert types, types


def test_a_fight_told_today_stays() -> None:
    assert _types("خاض المقاتلون الأكراد معارك عنيفة مع تنظيم داعش في ريف الحسكة أمس استمرت ثلاثة أيام.") != []
