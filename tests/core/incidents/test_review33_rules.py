"""Session 33 review of the rules merged that session: where they reached past the sentences they
were written for. Sentences written for the tests in the style of the news, read with the
codability model switched off (`rules_alone`)."""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("rules_alone")

SATURDAY = date(2015, 8, 1)


def test_forces_that_went_back_to_an_airport_fought_there() -> None:
    """«عادت قوات … إلى مطار عدن وسيطرت عليه»: no aircraft flew back to a base; the airport is where
    the fight was (the return rule is for aircraft named before it: «… قبل أن تعود إلى قاعدة …»)."""
    text = "وقال مصدر إن قوات الحوثي عادت إلى مطار عدن وسيطرت عليه بعد اشتباكات مع المقاومة."
    incs = analyze(text, SATURDAY).incidents
    assert [i.location.admin1_en for i in incs if i.location is not None] == ["Aden"]


def test_a_jet_downed_or_crashed_before_its_owner_stays_a_weapon() -> None:
    """«مقاتلة» before a definite word is the verbal noun (fighting) — not right after a word of
    downing or crashing, where it is the jet of that owner in construct."""
    for text in ("أعلنت الدفاعات الجوية أنها أسقطت مقاتلة التحالف فوق المدينة.",
                 "تحطمت مقاتلة الجيش الأردني قرب مدينة الرقة."):
        an = analyze(text, SATURDAY)
        assert [s.text for s in an.entities if s.label == "WEAPON" and s.text == "مقاتلة"] == ["مقاتلة"], text
    an = analyze("ورفض المسلحون مقاتلة الجيش في المدينة.", SATURDAY)
    assert not [s for s in an.entities if s.label == "WEAPON" and s.text == "مقاتلة"]


def test_a_toll_then_a_smaller_part_told_by_the_bare_noun_keeps_the_toll() -> None:
    """«عشرة جنود ليبيين قتلوا …» then «خمسة جنود قتلوا عندما تعرضوا لهجوم»: the five are part of the
    ten (the larger of the toll and its details summed), neither 15 nor 5."""
    text = ("قال مسؤولون إن عشرة جنود ليبيين قتلوا أمس في قتال مع مسلحين في مدينة بنغازي. "
            "وقال متحدث عسكري إن خمسة جنود قتلوا عندما تعرضوا لهجوم في المدينة.")
    incs = analyze(text, SATURDAY).incidents
    assert [i.fatalities for i in incs] == [10]
