"""Entity audit 34 of fresh non-Yemen articles (levant seeds 2901, 2902): the general defects behind
its errors, each on sentences written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _entities(text: str, day: str = "2015-08-06") -> list[tuple[str, str, dict]]:
    return [(s.label, s.text, s.attrs or {}) for s in analyze(text, day, "").entities]


def _of(text: str, label: str, day: str = "2015-08-06") -> list[tuple[str, dict]]:
    return [(t, a) for lab, t, a in _entities(text, day) if lab == label]


# ---------------------------------------------------------------- a month with «عام YYYY» after it


def test_a_month_takes_the_year_named_after_it() -> None:
    cases = {
        "سُجن الرجل في شهر نوفمبر (تشرين الثاني) عام 2012 بعد محاكمة قصيرة.": ("2012-11-01", "نوفمبر (تشرين الثاني) عام 2012"),
        "بدأت الحملة في سبتمبر عام 2010 واستمرت أشهرا.": ("2010-09-01", "سبتمبر عام 2010"),
        "وصل الوفد في 12 فبراير من العام 2013 إلى العاصمة.": ("2013-02-12", "12 فبراير من العام 2013"),
        "انتهت المفاوضات في يناير سنة 2009م دون اتفاق.": ("2009-01-01", "يناير سنة 2009م"),
        "افتتح المسجد في شهر شعبان من عام 1434 هـ.": (None, "شعبان من عام 1434 هـ"),
    }
    for text, (iso, span) in cases.items():
        found = _of(text, "DATE")
        assert [t for t, _ in found] == [span], text
        if iso:
            assert found[0][1]["iso"] == iso, text


def test_a_month_and_a_year_of_the_other_calendar_stay_apart() -> None:
    # a Gregorian month with a Hijri year (or the reverse) is no single date: each keeps its own reading
    found = _of("وقعت الحادثة في 5 مارس سنة 1436 هـ قرب الحدود.", "DATE")
    assert [t for t, _ in found] == ["5 مارس", "سنة 1436 هـ"]
    found = _of("صام الناس رمضان عام 2014 في حر شديد.", "DATE")
    assert "رمضان عام 2014" not in [t for t, _ in found]
