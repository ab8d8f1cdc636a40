"""core.entities.consistency: one name, one reading per document (pure function, no model)."""

from __future__ import annotations

import sys
from pathlib import Path

from core.entities.consistency import harmonise


def run(sentences: list[str], tags: list[str], blocked: tuple[str, ...] = ()) -> list[list[str]]:
    """Sentences and tag rows as space-separated strings (confidences not computed)."""
    tagged = [(row.split(), []) for row in tags]
    return [t for t, _ in harmonise([s.split() for s in sentences], tagged, blocked)]


def test_a_name_tagged_once_is_tagged_where_the_tagger_left_it_out() -> None:
    out = run(["قال البنك التجاري اليوم", "وأعلن البنك التجاري أرباحه"],
              ["O B-ORG I-ORG O", "O O O O"])
    assert out == [["O", "B-ORG", "I-ORG", "O"], ["O", "B-ORG", "I-ORG", "O"]]


def test_nothing_found_nothing_changed() -> None:
    assert run(["ذهب الولد الى المدرسه"], ["O O O O"]) == [["O", "O", "O", "O"]]


def test_ordinary_words_are_never_propagated() -> None:
    tags = ["B-PERS O", "O O O"]
    assert run(["دين قال", "هذا دين كبير"], tags, blocked=("دين",))[1] == ["O", "O", "O"]
    assert run(["دين قال", "هذا دين كبير"], tags)[1] == ["O", "B-PERS", "O"]


def test_an_occurrence_touching_another_entity_or_inside_one_is_left_alone() -> None:
    # «البنك التجاري» right before a tagged place would merge two names: left as it is
    out = run(["البنك التجاري", "البنك التجاري قطر"], ["B-ORG I-ORG", "O O B-LOC"])
    assert out[1] == ["O", "O", "B-LOC"]
    # already part of a longer entity: untouched
    out = run(["البنك التجاري", "البنك التجاري الدولي"], ["B-ORG I-ORG", "B-ORG I-ORG I-ORG"])
    assert out[1] == ["B-ORG", "I-ORG", "I-ORG"]


def test_the_surname_of_full_names_is_a_person_alone() -> None:
    # two full names ending in it (half a vote each), or one and the name once alone
    out = run(["الرئيس اميل لحود", "واستقبل نسيب لحود", "وقال لحود"], ["O B-PERS I-PERS", "O B-PERS I-PERS", "O O"])
    assert out[2] == ["O", "B-PERS"]
    # one overrun span's last word is not enough («… بن سعد وكيل» made «وكيل» a person everywhere)
    out = run(["الامير منصور بن سعد وكيل", "استقبل وكيل الوزارة"], ["O B-PERS I-PERS I-PERS I-PERS", "O O O"])
    assert out[1] == ["O", "O", "O"]


def test_a_tie_between_types_is_not_propagated() -> None:
    out = run(["سلتيك", "سلتيك", "فاز سلتيك"], ["B-ORG", "B-LOC", "O O"])
    assert out[2] == ["O", "O"]


def test_propagation_prefers_the_longest_voted_string_and_takes_the_majority_type() -> None:
    out = run(["نادي الوداد", "الوداد", "الوداد", "الوداد فاز", "فاز نادي الوداد"],
              ["B-ORG I-ORG", "B-ORG", "B-ORG", "B-LOC O", "O O O"])
    assert out[4] == ["O", "B-ORG", "I-ORG"]


def test_a_minority_reading_is_relabelled_to_the_documents_majority() -> None:
    out = run(["سلتيك", "سلتيك", "سلتيك"], ["B-ORG", "B-ORG", "B-LOC"])
    assert out[2] == ["B-ORG"]
    # one vote against one: no majority, nothing relabelled
    assert run(["سلتيك", "سلتيك"], ["B-ORG", "B-LOC"]) == [["B-ORG"], ["B-LOC"]]


def test_propagated_tokens_carry_the_voting_spans_confidence() -> None:
    tagged = [(["O", "B-ORG", "I-ORG"], [0.9, 0.8, 0.6]), (["O", "O", "O"], [])]
    out = harmonise([["قال", "البنك", "التجاري"], ["ان", "البنك", "التجاري"]], tagged)
    assert out[1] == (["O", "B-ORG", "I-ORG"], [0.0, 0.7, 0.7])
    assert tagged[1] == (["O", "O", "O"], [])  # the input is not modified


def test_ordinary_strings_come_from_the_labelled_training_sentences() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "build_scripts"))
    import ner_data

    sentences = [
        (["دين", "كبير"], ["O", "O"]),
        (["قال", "دين"], ["O", "B-PERS"]),
        (["هذا", "دين"], ["O", "O"]),
        (["زار", "عمان"], ["O", "B-LOC"]),
        (["في", "عمان"], ["O", "B-LOC"]),
        (["البنك", "التجاري"], ["B-ORG", "I-ORG"]),
        (["البنك", "التجاري", "الدولي"], ["B-ORG", "I-ORG", "I-ORG"]),
        (["البنك", "التجاري", "المصري"], ["B-ORG", "I-ORG", "I-ORG"]),
    ]
    sentences += [(["الرئيس", "جاك", "شيراك"], ["O", "B-PERS", "I-PERS"])] * 3
    got = ner_data.ordinary_strings(sentences)
    assert "شيراك" not in got and "جاك" in got  # a surname is a name inside a full name; a first name is not
    assert "دين" in got  # once a name in three
    assert "عمان" not in got  # always a name
    assert "البنك التجاري" in got  # a name by itself once in three
    assert "الدولي" not in got  # seen once only


def test_the_shipped_list_holds_ordinary_words_not_names() -> None:
    from core.entities.consistency import ordinary_strings
    from core.text.normalize import normalize_token

    shipped = ordinary_strings()
    assert len(shipped) > 1000
    assert normalize_token("دين") in shipped and normalize_token("الذي") in shipped
    assert not {normalize_token(w) for w in ("مصر", "بغداد", "الأمم المتحدة")} & shipped


def test_joined_names_are_cut_at_waw_plus_a_first_name_only() -> None:
    from core.entities.consistency import first_names, name_inner_waw, split_joined_names
    from core.text.normalize import normalize_token

    def cut(words: list[str], tags: list[str]) -> list[str]:
        return split_joined_names([normalize_token(w) for w in words], tags, first_names(), name_inner_waw())

    assert cut(["محادثات", "سولانا", "ولاريجاني"], ["O", "B-PERS", "I-PERS"]) == ["O", "B-PERS", "B-PERS"]
    assert cut(["علي", "ومحمد", "الأحمد"], ["B-PERS", "I-PERS", "I-PERS"]) == ["B-PERS", "B-PERS", "I-PERS"]
    # one name with a word that starts with «و» (review: «محمد وجدي الأسعد», «ثيو والكوت» were cut)
    for name in ("محمد وجدي الأسعد", "محمد وليد الحسيني", "أحمد وائل الشامي", "عادل وهبي", "ثيو والكوت",
                 "محمد ولد عبد العزيز", "سعد بن أبي وقاص", "كايل ووكر"):
        words = name.split()
        assert cut(words, ["B-PERS"] + ["I-PERS"] * (len(words) - 1)) == ["B-PERS"] + ["I-PERS"] * (len(words) - 1), name
    assert cut(["تويوتا", "وجنرال", "موتورز"], ["B-ORG", "I-ORG", "I-ORG"]) == ["B-ORG", "I-ORG", "I-ORG"]  # persons only
    assert cut(["عبد", "وال"], ["B-PERS", "I-PERS"]) == ["B-PERS", "I-PERS"]  # «ال» is in FIRST, «وال» is no name


def test_the_second_of_two_joined_names_starts_after_the_waw() -> None:
    from core.pipeline import analyze

    for text, names in (("إن محادثات سولانا ولاريجاني لا يمكن أن تستمر.", ["سولانا", "لاريجاني"]),
                        ("وقال المحامي محمد وجدي الأسعد إن القضية مستمرة.", ["محمد وجدي الأسعد"])):
        spans = [s for s in analyze(text, "2015-07-29", until="entities").entities if s.label == "PERSON"]
        assert [s.text for s in spans] == names
        assert all(text[s.start:s.end] == s.text for s in spans)


def test_the_inner_waw_words_come_from_training_counts() -> None:
    import ner_data

    sentences = [(["محمد", "ولد", "عبد"], ["B-PERS", "I-PERS", "I-PERS"])] * 3
    sentences += [(["سولانا", "ولاريجاني"], ["B-PERS", "B-PERS"])] * 2 + [(["وليد"], ["B-PERS"])]
    assert ner_data.name_inner_waw(sentences) == ["ولد"]


def test_a_compound_first_name_before_a_name_is_part_of_it() -> None:
    from core.entities.consistency import extend_names_left
    from core.text.normalize import normalize_token

    def extend(words: list[str], tags: list[str]) -> list[str]:
        return extend_names_left([normalize_token(w) for w in words], tags)

    assert extend(["للرئيس", "عبدربه", "منصور", "هادي"], ["O", "O", "B-PERS", "I-PERS"]) == \
        ["O", "B-PERS", "I-PERS", "I-PERS"]
    assert extend(["الشيخ", "عبد", "ربه", "الكبسي"], ["O", "O", "O", "B-PERS"]) == ["O", "B-PERS", "I-PERS", "I-PERS"]
    assert extend(["عبدالله", "عبدالرحمن", "الحسني"], ["O", "B-PERS", "I-PERS"]) == ["B-PERS", "I-PERS", "I-PERS"]
    # a word that is no compound name, a span of another type, a name already whole: unchanged
    assert extend(["الرئيس", "منصور", "هادي"], ["O", "B-PERS", "I-PERS"]) == ["O", "B-PERS", "I-PERS"]
    assert extend(["عبدالله", "بيروت"], ["O", "B-LOC"]) == ["O", "B-LOC"]
    assert extend(["عبده", "سالم"], ["O", "B-PERS"]) == ["O", "B-PERS"]  # four letters: «عبده» may be a word


def test_the_president_is_named_from_his_compound_first_name() -> None:
    from core.pipeline import analyze

    text = "وقالت الحكومة الموالية للرئيس عبدربه منصور هادي إن القوات تقدمت."
    names = [s.text for s in analyze(text, "2015-08-05", until="entities").entities if s.label == "PERSON"]
    assert names == ["عبدربه منصور هادي"]


def test_a_first_name_before_a_fathers_compound_name_is_part_of_the_name() -> None:
    # audit 19 (fresh articles): «وقوات المخلوع علي عبدالله صالح» was tagged from «عبدالله»
    from core.entities.consistency import extend_names_left
    from core.text.normalize import normalize_token

    firsts = frozenset({"علي", "محمد", "ال", "شيخ"})

    def extend(words: list[str], tags: list[str], not_names: frozenset[int] = frozenset()) -> list[str]:
        return extend_names_left([normalize_token(w) for w in words], tags, firsts, not_names)

    assert extend(["المخلوع", "علي", "عبدالله", "صالح"], ["O", "O", "B-PERS", "I-PERS"]) == \
        ["O", "B-PERS", "I-PERS", "I-PERS"]
    assert extend(["العقيد", "محمد", "عبد", "الكريم"], ["O", "O", "B-PERS", "I-PERS"]) == \
        ["O", "B-PERS", "I-PERS", "I-PERS"]
    # the preposition «على» folds to «علي»: written so it stays out; so does a title, a non-name, a
    # span that opens with no compound name
    assert extend(["ورد", "على", "عبدالله", "صالح"], ["O", "O", "B-PERS", "I-PERS"], frozenset({1})) == \
        ["O", "O", "B-PERS", "I-PERS"]
    assert extend(["شيخ", "عبدالله", "صالح"], ["O", "B-PERS", "I-PERS"]) == ["O", "B-PERS", "I-PERS"]
    assert extend(["قال", "علي", "صالح"], ["O", "O", "B-PERS"]) == ["O", "O", "B-PERS"]


def test_saleh_is_named_with_his_first_name_and_on_is_no_name() -> None:
    from core.pipeline import analyze

    text = "وقال إن ميليشيات الحوثيين وقوات المخلوع علي عبدالله صالح تحاصر المدينة، وإن الهجوم على عبدالله صالح فشل."
    names = [s.text for s in analyze(text, "2015-08-05", until="entities").entities if s.label == "PERSON"]
    assert "علي عبدالله صالح" in names and not any(n.startswith("على") for n in names)


def test_a_first_name_after_waw_before_a_fathers_compound_name_joins_it() -> None:
    # audit 19b (fresh article): «يكسر الحوثيون وعلي عبدالله صالح الهدنة» was the person «عبدالله صالح»
    from core.entities.consistency import extend_names_left
    from core.pipeline import analyze
    from core.text.normalize import normalize_token

    firsts = frozenset({"علي", "محمد"})
    words = ["الحوثيون", "وعلي", "عبدالله", "صالح"]
    assert extend_names_left([normalize_token(w) for w in words], ["O", "O", "B-PERS", "I-PERS"], firsts) == \
        ["O", "B-PERS", "I-PERS", "I-PERS"]
    text = "وقال السفير إن الحوثيين وعلي عبدالله صالح خرقوا الهدنة، وإن الرد وعلى عبدالله صالح أن يعرف ذلك."
    names = [s.text for s in analyze(text, "2015-08-05", until="entities").entities if s.label == "PERSON"]
    assert "علي عبدالله صالح" in names and not any(n.startswith(("و", "على")) for n in names)


def test_a_bare_kunya_takes_the_nisba_after_it() -> None:
    # audit 21 (fresh article): «أبو أسامة العراقي», «أبو حمزة الفرنسي» were tagged as «أبو أسامة», «أبو حمزة»
    from core.entities.consistency import extend_kunya_right
    from core.text.normalize import normalize_token

    def tags_of(text: str, tags: list[str]) -> list[str]:
        return extend_kunya_right([normalize_token(w) for w in text.split()], tags)

    assert tags_of("وقتل أبو سعد المصري أمس", ["O", "B-PERS", "I-PERS", "O", "O"]) == \
        ["O", "B-PERS", "I-PERS", "I-PERS", "O"]
    assert tags_of("ونجا وأبو خالد الشامي", ["O", "B-PERS", "I-PERS", "O"]) == ["O", "B-PERS", "I-PERS", "I-PERS"]
    # a relative pronoun, an undefined word, or a longer name is left alone
    assert tags_of("قتل أبو علي الذي قاد المجموعة", ["O", "B-PERS", "I-PERS", "O", "O", "O"])[3] == "O"
    assert tags_of("قتل أبو علي في الغارة", ["O", "B-PERS", "I-PERS", "O", "O"])[3] == "O"
    assert tags_of("قال محمد علي اليمني", ["O", "B-PERS", "I-PERS", "O"])[3] == "O"
    # «الحوثي» after a kunya stays the actor's word (the incident step names the side by it)
    assert tags_of("قتل أبو يحيى الحوثي", ["O", "B-PERS", "I-PERS", "O"])[3] == "O"


def test_names_are_cut_and_stretched_at_ranks_and_at_a_prayer_for_the_dead() -> None:
    # audit 21 (fresh articles): «… الشحي والعريف», «… الحبسي -رحمهم الله» ran on; «العريف أول جمعة
    # جوهر جمعة الحمادي» was tagged from the second «جمعة»
    from core.entities.consistency import names_after_ranks

    norms = "نعي الرقيب اول سالم حمد الكعبي والعريف اول راشد سعيد النعيمي - رحمهم الله - امس".split()
    tags = "O O O B-PERS I-PERS I-PERS I-PERS I-PERS O B-PERS I-PERS I-PERS I-PERS I-PERS O O".split()
    texts = list(norms)  # the eulogy written with «ه»
    assert names_after_ranks(norms, tags, texts) == \
        "O O O B-PERS I-PERS I-PERS O O B-PERS I-PERS I-PERS O O O O O".split()
    norms = "شيع العريف اول جمعه جوهر جمعه الحمادي".split()
    assert names_after_ranks(norms, "O O O O O B-PERS I-PERS".split()) == "O O O B-PERS I-PERS I-PERS I-PERS".split()
    # the name «رحمة الله», written with «ة», stays a name; no rank, nothing stretched
    assert names_after_ranks(["قالت", "رحمه", "الله", "سالم"], ["O", "B-PERS", "I-PERS", "I-PERS"],
                             ["قالت", "رحمة", "الله", "سالم"]) == ["O", "B-PERS", "I-PERS", "I-PERS"]
    assert names_after_ranks(["في", "الجندي", "في", "اليمن"], ["O", "O", "O", "O"]) == ["O", "O", "O", "O"]


def test_martyrs_named_after_their_ranks_in_the_pipeline() -> None:
    from core.pipeline import analyze

    text = ("ونعت القيادة الشهداء الرقيب أول سالم محمد علي الكعبي والعريف أول حمد سعيد راشد النعيمي "
            "-رحمهم الله- الذين استشهدوا أمس. وشيعت الجموع جثمان الشهيد العريف أول جمعة جوهر جمعة الحمادي.")
    persons = [s.text for s in analyze(text, "2015-08-01").entities if s.label == "PERSON"]
    assert persons == ["سالم محمد علي الكعبي", "حمد سعيد راشد النعيمي", "جمعة جوهر جمعة الحمادي"]


def test_no_name_is_stretched_over_a_clause_after_a_rank() -> None:
    # a bare rank before a clause («قال اللواء إن محمد …») and «على» after a rank stretch nothing
    from core.entities.consistency import names_after_ranks

    norms = "قال اللواء ان محمد الحوثي هدد".split()
    assert names_after_ranks(norms, "O O O B-PERS I-PERS O".split()) == "O O O B-PERS I-PERS O".split()
    norms = "حصل العريف اول علي وسام محمد سالم".split()
    texts = "حصل العريف أول على وسام محمد سالم".split()
    assert names_after_ranks(norms, "O O O O O B-PERS I-PERS".split(), texts) == "O O O O O B-PERS I-PERS".split()


def test_a_family_name_spelt_like_a_rank_is_no_cut() -> None:
    # «الجندي», «المساعد», «الوكيل», «النقيب» end many names: only a rank after «و» (the next
    # martyr's) or with its qualifier cuts a run
    from core.entities.consistency import names_after_ranks

    for norms in ("قال محمد علي الجندي ان".split(), "وصرح عبدالله المساعد بذلك".split(), "واكد احمد الوكيل ان".split()):
        tags = ["O"] + ["B-PERS"] + ["I-PERS"] * (len(norms) - 3) + ["O"]
        assert names_after_ranks(norms, tags) == tags, norms
    norms = "الشهيد خالد الشحي العريف اول جمعه الحمادي".split()
    tags = "O B-PERS I-PERS I-PERS I-PERS I-PERS I-PERS".split()
    assert names_after_ranks(norms, tags) == "O B-PERS I-PERS O O B-PERS I-PERS".split()
