"""`has_arabic`: the one test of whether a text holds Arabic (the reports, the transliteration)."""

from core.text.arabic import has_arabic


def test_has_arabic_over_the_arabic_blocks():
    assert has_arabic("قصف على صعدة")
    assert has_arabic("near مطار عدن (Aden)")
    assert has_arabic("\ufefb")  # a presentation form (lam-alef)
    assert has_arabic("\u0750")  # Arabic Supplement
    assert not has_arabic("Saada, 12 killed")
    assert not has_arabic("")
    assert not has_arabic(None)
