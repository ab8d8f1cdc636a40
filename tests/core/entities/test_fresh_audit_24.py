"""Entity audit 24 of fresh articles (seed 2321): the general defects behind its errors, each on
sentences written for the test."""

from __future__ import annotations

from core.document import Span
from core.entities import dates, lexicon, numbers, places
from core.pipeline import analyze
from core.text.normalize import normalize_token


def _doc(text: str):
    return analyze(text, "2015-08-01", "", until="tokenise").doc


def _entities(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in analyze(text, "2015-08-01", "").entities]


# ---------------------------------------------------------------- places


def test_a_name_after_a_demonstrative_is_a_common_noun() -> None:
    # «تلك الصومعة» (that hermitage) was al-Bayda's district, «ذلك المفتاح» (that key) Hajjah's
    text = "وقفنا طويلا أمام تلك الصومعة، ثم أمسك بهذا المنزل ونظر إلى ذلك البستان."
    assert [s.text for s in places.find(_doc(text))] == []
    # after a head, or a country's name after a demonstrative («هذا العراق»), the place stays
    text = "وقصفت الطائرات مديرية الصومعة في البيضاء، وقال إن هذا العراق لم يعد كما كان."
    assert [s.text for s in places.find(_doc(text))] == ["مديرية الصومعة", "البيضاء", "العراق"]
    # «كذلك» (also) is no demonstrative
    assert [s.text for s in places.find(_doc("وتعرضت كذلك الحديدة لقصف عنيف."))] == ["الحديدة"]


def test_the_key_and_the_crossing_need_a_head_to_be_places() -> None:
    text = "قال إن الحوار هو المفتاح لحل الأزمة، وإن العبور إلى الضفة الأخرى صعب."
    assert [s.text for s in places.find(_doc(text))] == []
    text = "سيطر المسلحون على مديرية المفتاح في محافظة حجة."
    assert [s.attrs["admin1_en"] for s in places.find(_doc(text)) if s.text == "مديرية المفتاح"] == ["Hajjah"]


# ---------------------------------------------------------------- numbers, casualties


def test_the_one_with_the_article_is_no_count() -> None:
    # «لتتوالى سقوط بقية المحافظات الواحدة تلو الأخرى» counted one person killed
    text = "وتوالى سقوط المدن الواحدة تلو الأخرى بعد أن بقيت الأسرة الواحدة في بيتها."
    assert [s.text for s in numbers.find(_doc(text))] == []
    assert [s for s in analyze(text, "2015-08-01", "").entities if s.label == "CASUALTY"] == []
    # the bare word still counts
    assert [s.attrs["value"] for s in numbers.find(_doc("قتل جندي واحد وأصيب اثنان."))] == [1, 2]


# ---------------------------------------------------------------- dates


def test_a_year_after_a_part_of_it_is_a_date() -> None:
    found = [(s.text, s.attrs["iso"], s.attrs["precision"]) for s in dates.find(_doc("كتب المقال في أوائل 2006 ونشر في أواخر 2007."))]
    assert found == [("أوائل 2006", "2006-01-01", 4), ("أواخر 2007", "2007-01-01", 4)]
    assert [s.text for s in numbers.find(_doc("كتب المقال في أوائل 2006."))] == ["2006"]  # the number stays under the date
    assert "NUMBER" not in [label for label, _ in _entities("كتب المقال في أوائل 2006.")]


# ---------------------------------------------------------------- persons (tag level)


def _norms(words: list[str]) -> list[str]:
    return [normalize_token(w) for w in words]


def test_a_run_is_cut_before_lam_plus_a_first_name() -> None:
    from core.entities.consistency import first_names, name_inner_waw, split_joined_names

    words = ["الأمير", "محمد", "بن", "سلمان", "لأحمد", "علي", "صالح"]
    tags = ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "I-PERS", "I-PERS"]
    assert split_joined_names(_norms(words), tags, first_names(), name_inner_waw()) == \
        ["O", "B-PERS", "I-PERS", "I-PERS", "B-PERS", "I-PERS", "I-PERS"]
    # names that start with «ل» stay whole («لؤي», «لينا» are in FIRST; «لطفي» is no «ل» + a name)
    for name in ("محمد لؤي الخطيب", "سالم لطفي باشرين"):
        w = name.split()
        assert split_joined_names(_norms(w), ["B-PERS", "I-PERS", "I-PERS"], first_names(), name_inner_waw()) == \
            ["B-PERS", "I-PERS", "I-PERS"], name


def test_waw_plus_the_surname_of_a_person_named_in_full_starts_a_second_name() -> None:
    from core.entities.consistency import document_surnames, first_names, name_inner_waw, split_joined_names

    sentences = [_norms(["قال", "مارتن", "ديمبسي", "إن"]), _norms(["انضم", "كارتر", "وديمبسي", "إلى", "كيري"])]
    tagged = [["O", "B-PERS", "I-PERS", "O"], ["O", "B-PERS", "I-PERS", "O", "B-PERS"]]
    names = first_names() | document_surnames(sentences, tagged)
    assert "ديمبسي" in names
    assert split_joined_names(sentences[1], tagged[1], names, name_inner_waw()) == ["O", "B-PERS", "B-PERS", "O", "B-PERS"]
    # without the full name in the document the run stays (a foreign name may hold «و» words)
    assert split_joined_names(sentences[1], tagged[1], first_names(), name_inner_waw()) == tagged[1]


def test_the_second_name_starts_after_its_proclitic() -> None:
    from core.entities.bio import tagged_spans
    from core.entities.consistency import first_names

    text = "حذر محمد بن سلمان لأحمد علي صالح، وانضم كارتر وديمبسي إلى الجلسة."
    doc = _doc(text)
    toks = doc.sentence_tokens()[0]
    tags = ["O", "B-PERS", "I-PERS", "I-PERS", "B-PERS", "I-PERS", "I-PERS", "O", "O", "B-PERS", "B-PERS", "O", "O", "O"]
    assert len(tags) == len(toks)
    names = first_names() | {"ديمبسي"}
    spans = tagged_spans(doc, toks, tags, [0.9] * len(toks), {"PERS": "PERSON"}, "model", names)
    assert [s.text for s in spans] == ["محمد بن سلمان", "أحمد علي صالح", "كارتر", "ديمبسي"]


def test_a_name_run_on_into_an_organisation_of_the_document_ends_before_it() -> None:
    from core.entities.consistency import harmonise

    sentences = [_norms(["صوت", "الكونغرس", "على", "الاتفاق"]), _norms(["ودعا", "كارتر", "الكونغرس", "لدعمه"]),
                 _norms(["وقال", "أعضاء", "الكونغرس", "إن"])]
    tagged = [(["O", "B-ORG", "O", "O"], []), (["O", "B-PERS", "I-PERS", "O"], []), (["O", "O", "B-ORG", "O"], [])]
    out = harmonise(sentences, tagged)
    assert out[1][0] == ["O", "B-PERS", "B-ORG", "O"]
    # a surname the document never reads alone as an organisation stays in the name
    tagged = [(["O", "O", "O", "O"], []), (["O", "B-PERS", "I-PERS", "O"], []), (["O", "O", "O", "O"], [])]
    assert harmonise(sentences, tagged)[1][0] == ["O", "B-PERS", "I-PERS", "O"]


def test_a_compound_name_with_allah_is_one_name() -> None:
    from core.entities.bio import tagged_spans
    from core.entities.consistency import extend_names_left

    words = ["المياه", "وهبة", "الله", "علي", "شريم", "وزير"]
    assert extend_names_left(_norms(words), ["O", "O", "B-MISC", "B-PERS", "I-PERS", "O"]) == \
        ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]
    assert extend_names_left(_norms(["الشيخ", "جار", "الله", "عمر"]), ["O", "O", "O", "B-PERS"]) == \
        ["O", "B-PERS", "I-PERS", "I-PERS"]
    # God's name before a name with no compound word stays out («والله محمد», «بسم الله محمد»)
    assert extend_names_left(_norms(["بسم", "الله", "محمد"]), ["O", "B-MISC", "B-PERS"]) == ["O", "B-MISC", "B-PERS"]
    doc = _doc("ووزير المياه وهبة الله علي شريم.")
    toks = doc.sentence_tokens()[0]
    tags = ["O", "O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]
    spans = tagged_spans(doc, toks, tags, [0.9] * len(toks), {"PERS": "PERSON"}, "model")
    assert [s.text for s in spans] == ["هبة الله علي شريم"]


# ---------------------------------------------------------------- persons (span level)


def test_two_or_three_words_before_a_comma_and_an_office_are_a_name() -> None:
    from core.entities.surnames import bare_surnames, named_before_office

    text = ("وأوضح جوناثان ريكمان، المتحدث باسم البعثة، أن الوفد وصل. "
            "وقال سالم عبده الزبيدي، وزير النقل، إن المطار جاهز. وأضاف ريكمان أن الرحلات ستبدأ.")
    doc = _doc(text)
    found = named_before_office(doc, [])
    assert [s.text for s in found] == ["جوناثان ريكمان", "سالم عبده الزبيدي"]
    assert "ريكمان" in [s.text for s in bare_surnames(doc, found)][2:]
    # a PERSON span inside the name gives way to it; a place or a clause is no name
    inner = doc.span(text.index("ريكمان"), text.index("ريكمان") + 6, "PERSON", "model")
    assert [s.text for s in named_before_office(doc, [inner])][0] == "جوناثان ريكمان"
    for other in ("وقال مصدر عسكري، مسؤول عن الجبهة، إن", "وقال إن الوضع، رئيس الوزراء قال", "وقالت في اليمن، وزير"):
        assert named_before_office(_doc(other), []) == []
    place = "وقال سكان عدن، رئيس الحي قال"
    doc = _doc(place)
    aden = doc.span(place.index("عدن"), place.index("عدن") + 3, "LOCATION", "gazetteer")
    assert named_before_office(doc, [aden]) == [aden]


def test_a_name_opens_with_no_definite_word_after_a_preposition() -> None:
    from core.entities.surnames import without_definite_lead

    text = "وتم تكريم الصحيفة ممثلة بالمحرر محارب الفريدي."
    doc = _doc(text)
    start = text.index("بالمحرر")
    span = doc.span(start, len(text) - 1, "PERSON", "model")
    assert without_definite_lead(doc, span).text == "محارب الفريدي"
    kept = doc.span(text.index("محارب"), len(text) - 1, "PERSON", "model")
    assert without_definite_lead(doc, kept) is kept
    place = doc.span(start, len(text) - 1, "LOCATION", "model")
    assert without_definite_lead(doc, place) is place


# ---------------------------------------------------------------- lexicons


def _lexicon(text: str) -> list[tuple[str, str, str]]:
    return [(s.label, s.text, s.attrs.get("name_en", "")) for s in lexicon.find(_doc(text))]


def test_shin_bet_and_sky_news_are_organisations() -> None:
    assert ("ORGANIZATION", "شين بيت", "Shin Bet (Israel Security Agency)") in \
        _lexicon("واعتقل جهاز الأمن الداخلي الإسرائيلي (شين بيت) المشتبه بهما.")
    assert ("SOURCE", "سكاي نيوز", "Sky News Arabia") in _lexicon("ووفقا لسكاي نيوز هبطت الطائرة في المطار.")


def test_venice_is_no_rifle_and_the_kalashnikov_is_one() -> None:
    assert [x for x in _lexicon("وشارك الفنان في بينالي البندقية وفي مهرجان البندقية السينمائي.") if x[0] == "WEAPON"] == []
    assert ("WEAPON", "البندقية", "Small arms") in _lexicon("وأطلق المسلح النار من البندقية.")
    assert ("WEAPON", "كلاشينكوف", "Small arms") in _lexicon("وكان يحمل كلاشينكوف على كتفه.")
