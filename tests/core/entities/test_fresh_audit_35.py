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


# ---------------------------------------------------------------- «12 سوريا»: twelve Syrians


def test_a_country_spelt_like_its_nisba_after_a_count_from_eleven_is_the_people() -> None:
    for text in ("قتل 14 سوريا في غارة على بلدة حدودية.",
                 "أصيب خمسة عشر بريطانيا في الحادث.",
                 "كان بين الضحايا ثلاثون بريطانيا وعشرة فرنسيين.",
                 "شمل الاستطلاع 1250 ألمانيا من مختلف الأعمار.",
                 "اعتقلت الشرطة ٢٠ تركيا قرب الحدود."):
        assert _of(text, "LOCATION") == [], text


def test_a_country_after_a_year_or_a_small_number_stays_a_place() -> None:
    # a year is no count; below eleven a count takes the plural («خمسة سوريين»), so «سوريا» is the country
    found = _of("زار الرئيس في 2009 تركيا للمرة الأولى.", "LOCATION")
    assert [a.get("name_en") for _, a in found] == ["Turkey"]
    found = _of("عاد 5 إلى سوريا بعد أشهر من الغياب.", "LOCATION")
    assert [a.get("name_en") for _, a in found] == ["Syria"]
    found = _of("وصل الوفد إلى سوريا في 12 تموز.", "LOCATION")
    assert [a.get("name_en") for _, a in found] == ["Syria"]


# ---------------------------------------------------------------- «بعقوبة»: a penalty or Baqubah


def test_baqubah_is_a_penalty_outside_news_of_iraq() -> None:
    for text in ("وطالبت النيابة في الرياض بعقوبة رادعة بحق المتهم.",
                 "وقضت المحكمة في جدة بعقوبة تعزيرية على الجاني."):
        found = _of(text, "LOCATION")
        assert "بعقوبة" not in [t for t, _ in found], text
    found = _of("انفجرت سيارة مفخخة في بعقوبة شمال شرقي بغداد.", "LOCATION")
    assert [a.get("name_en") for _, a in found] == ["Baqubah", "Baghdad"]
    found = _of("قتل ثلاثة أشخاص في انفجار بمدينة بعقوبة.", "LOCATION")
    assert [a.get("name_en") for _, a in found] == ["Baqubah"]
