"""Entity audit 31 of fresh articles (Yemen seed 2741, other wars seed 2742): the lexicon defects
behind its errors, each on sentences written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _entities(text: str) -> list[tuple[str, str, dict]]:
    return [(s.label, s.text, s.attrs or {}) for s in analyze(text, "2015-08-01", "").entities]


def _of(text: str, label: str) -> list[tuple[str, dict]]:
    return [(t, a) for lab, t, a in _entities(text) if lab == label]


# ---------------------------------------------------------------- actors


def test_an_alliance_of_politics_is_no_coalition() -> None:
    # bare «التحالف» is the Saudi-led (or the anti-IS) coalition; with an adjective of politics it is
    # a strategic partnership or a parliamentary bloc, no armed actor
    for text in (
        "ودعا الكاتب إلى تعزيز التحالف الاستراتيجي مع مصر في مواجهة الإرهاب.",
        "وقال النائب عن التحالف الكردستاني إن البرلمان سيصوت على القانون غدا.",
        "ورفض التحالف الشيعي في البرلمان العراقي مشروع القرار.",
        "وأعلنت كتلة التحالف المدني الديمقراطي دعمها للإصلاحات.",
    ):
        assert _of(text, "ARMED_ACTOR") == [], text
    # the coalition itself stays
    actors = _of("وشن طيران التحالف غارات على مواقع الحوثيين في صعدة.", "ARMED_ACTOR")
    assert any(a.get("name_en") == "Operation Restoring Hope" for _, a in actors)


def test_pkk_in_letters() -> None:
    # the PKK spelt in its Turkish letters («بي كا كا»), as Turkish officials call it
    actors = _of("واتهمت أنقرة منظمة بي كا كا بتنفيذ الهجوم على مخفر الدرك، وقالت إن ب ك ك لن تفلت.", "ARMED_ACTOR")
    assert [a.get("name_en") for _, a in actors] == ["PKK: Kurdistan Workers Party"] * 2


# ---------------------------------------------------------------- organisations


def test_turkish_parties() -> None:
    text = ("وهاجم رئيس حزب الشعب الجمهوري الحكومة، فيما دعا حزب ديمقراطية الشعوب وحزب الحركة القومية "
            "إلى جلسة طارئة. وقال حزب الشعوب الديمقراطي إن الحكومة تتحمل المسؤولية.")
    orgs = [(t, a.get("name_en")) for t, a in _of(text, "ORGANIZATION")]
    assert ("حزب الشعب الجمهوري", "Republican People's Party (CHP)") in orgs
    assert ("حزب ديمقراطية الشعوب", "Peoples' Democratic Party (HDP)") in orgs
    assert ("حزب الشعوب الديمقراطي", "Peoples' Democratic Party (HDP)") in orgs
    assert ("حزب الحركة القومية", "Nationalist Movement Party (MHP)") in orgs


# ---------------------------------------------------------------- sources


def test_broadcasters_as_sources() -> None:
    # a broadcaster after an attribution cue is the report's source
    text = "وقال قيادي في الحشد الشعبي لراديو سوا إن المسلحين انسحبوا، وذكرت قناة سي ان ان ترك أن الحدود أغلقت."
    sources = {t: a for t, a in _of(text, "SOURCE")}
    assert sources["راديو سوا"].get("name_en") == "Radio Sawa"
    assert sources["سي ان ان ترك"].get("name_en") == "CNN Türk"


def test_war_media_cell_whole() -> None:
    # Iraq's «خلية الإعلام الحربي» (War Media Cell) was cut to «الإعلام الحربي»
    text = "وأعلنت خلية الإعلام الحربي مقتل عشرين مسلحا بضربة جوية جنوبي الرمادي."
    assert [t for t, _ in _of(text, "SOURCE")] == ["خلية الإعلام الحربي"]


def test_sources_by_nationality_and_office() -> None:
    # «مصادر تركية», «مصدر قضائي», «مسؤول ملاحي»: the whole phrase, not only «مصادر»
    text = ("وقالت مصادر تركية إن المحادثات فشلت، وذكر مصدر قضائي أن المحكمة أجلت الجلسة، "
            "وأفاد مسؤول ملاحي أن أول طائرة حطت في المطار.")
    sources = [t for t, _ in _of(text, "SOURCE")]
    assert sources == ["مصادر تركية", "مصدر قضائي", "مسؤول ملاحي"]
    text = "وأكدت مصادر يمنية أن الهدنة انهارت."
    assert [t for t, _ in _of(text, "SOURCE")] == ["مصادر يمنية"]
