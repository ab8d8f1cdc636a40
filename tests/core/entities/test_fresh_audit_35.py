"""Entity audit 35 of fresh non-Yemen articles (levant seeds 2941, 2942): the general defects behind
its errors, each on sentences written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _entities(text: str, day: str = "2015-08-06") -> list[tuple[str, str, dict]]:
    return [(s.label, s.text, s.attrs or {}) for s in analyze(text, day, "").entities]


def _of(text: str, label: str, day: str = "2015-08-06") -> list[tuple[str, dict]]:
    return [(t, a) for lab, t, a in _entities(text, day) if lab == label]


# ---------------------------------------------------------------- «بعده» is no «عدة» (several)


def test_a_word_ending_in_the_pronoun_is_no_vague_count() -> None:
    for text in ("وصل المسعفون بعده بساعة إلى مكان الحادث.",
                 "أوفى الوزير بوعده وزار المدرسة.",
                 "غادر الوفد القاعة وتبعه الصحافيون بعده مباشرة."):
        assert _of(text, "NUMBER") == [], text
    # «عدة» written with its «ة» stays, behind a proclitic too
    for text in ("أطلق المسلحون عدة قذائف على الحي.", "ضربت الطائرات الموقع بعدة صواريخ.",
                 "استمر القصف لعدة ساعات."):
        assert [a["kind"] for _, a in _of(text, "NUMBER")] == ["vague"], text


def test_a_count_after_the_pronoun_word_is_read() -> None:
    found = _of("انفجرت العبوة الأولى وقتل بعده ثلاثة من المارة.", "CASUALTY")
    assert [(a["role"], a["count"]) for _, a in found] == [("killed", 3)]
