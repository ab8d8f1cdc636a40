"""Numbers: digits, words, compounds, duals, vague counts and qualifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.entities import numbers
from core.entities.numbers import digits_value, dual_stem, parse_number
from core.pipeline import analyze
from core.text.normalize import normalize_token


def _numbers(text: str):
    return [(s.text, s.attrs["value"]) for s in numbers.find(analyze(text, until="tokenise").doc)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ثلاثة", 3),
        ("ثلاث", 3),
        ("عشر", 10),
        ("عشرة", 10),
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("ثلاثة عشر", 13),
        ("تسعة عشر", 19),
        ("عشرون", 20),
        ("عشرين", 20),
        ("خمسة وعشرين", 25),
        ("ثلاث وأربعون", 43),
        ("مائة", 100),
        ("مئتين", 200),
        ("ثلاثمائة", 300),
        ("ثلاث مئة", 300),
        ("مائة وخمسون", 150),
        ("مائة وخمسة وعشرون", 125),
        ("مائة وثلاثة عشر", 113),
        ("ألف", 1000),
        ("ألفين", 2000),
        ("ثلاثة آلاف", 3000),
        ("ثلاثة آلاف وخمسمائة", 3500),
        ("عشرين ألف", 20000),
        ("مليون", 1000000),
        ("12", 12),
        ("١٢", 12),
        ("١٢٬٥٠٠", 12500),
        ("12,000", 12000),
        ("3.5", 3.5),
        ("٣٫٥", 3.5),
        ("3 آلاف", 3000),
        ("1.5 مليون", 1500000),
        ("عشرات", 10),
        ("العشرات", 10),
        ("مئات", 100),
        ("آلاف", 1000),
        ("عشرات الآلاف", 10000),
        ("dozens", 12),
        ("جنديين", 2),
        ("عربتان", 2),
        ("امرأتين", 2),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_clitics_and_context():
    assert _numbers("قتل وثلاثة جنود بخمسة صواريخ") == [("ثلاثة", 3), ("خمسة", 5)]
    assert parse_number("لست أدري") is None  # «ل» + «ست» is not six
    assert parse_number("أحد الجنود") is None  # «أحد» alone means «one of»
    assert parse_number("يوم الاثنين") is None  # Monday
    assert parse_number("المدنيين") is None  # a sound plural, not a dual


def test_vague_counts():
    doc = analyze("سقط عشرات القتلى وأصيب عدد من المدنيين", until="tokenise").doc
    spans = {s.text: s.attrs for s in numbers.find(doc)}
    assert spans["عشرات"] == {**spans["عشرات"], "value": 10, "vague": True}
    assert spans["عدد من"]["value"] is None and spans["عدد من"]["vague"] is True
    assert spans["عدد من"]["fallback"] == 10


def test_qualifiers_widen_the_span_not_the_value():
    doc = analyze("قتل أكثر من 12 شخصا وأصيب 22 على الأقل، ونزح قرابة الـ 300 أسرة", until="tokenise").doc
    spans = [(s.text, s.attrs["value"], s.attrs["qualifier"]) for s in numbers.find(doc)]
    assert spans == [("أكثر من 12", 12, "more_than"), ("22 على الأقل", 22, "at_least"), ("قرابة الـ 300", 300, "about")]
    assert parse_number("منذ أكثر من أسبوع") is None


def test_offsets_point_at_the_number_itself():
    text = "وقتل بثلاثة عشر صاروخا ١٥ شخصا"
    doc = analyze(text, until="tokenise").doc
    for span in numbers.find(doc):
        assert text[span.start : span.end] == span.text
    assert [s.text for s in numbers.find(doc)] == ["ثلاثة عشر", "١٥"]


def test_dual_stem():
    assert dual_stem(normalize_token("عربتين")) == normalize_token("عربة")
    assert dual_stem(normalize_token("شخصان")) == "شخص"
    assert dual_stem(normalize_token("مسلحين")) is None  # sound plural of مسلح, never a dual here


def test_digits_value():
    assert digits_value("٢٠١٥") == 2015
    assert digits_value("1,250") == 1250


@given(st.integers(min_value=0, max_value=10**9))
def test_any_ascii_or_indic_integer_reads_back(n):
    indic = str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert parse_number(str(n)) == n
    assert parse_number(indic) == n


def test_a_model_designation_is_no_number():
    # audit 18 (fresh articles): «والـf15» and «F15» gave a NUMBER «15» inside the word
    assert _numbers("شنت طائرات الأباتشي والـf15 غارات على مواقع في صعدة") == []
    assert _numbers("رصدت الصحيفة طائرات F15 و F-16 فوق الحدود") == []
    assert [v for _, v in _numbers("أطلقت 14 قذيفة بتاريخ 2015-07-28")][:1] == [14]  # plain digits stay


def test_a_scaled_number_and_a_smaller_one_after_waw_are_one_sum():
    # audit 18 (fresh article): «3 آلاف و800 شخص» was a toll of 3000 and a number 800
    from core.pipeline import analyze

    entities = analyze("وقالت اللجنة إن عدد القتلى بلغ 4 آلاف و600 شخص، وأصيب 12 ألفا و300 آخرون، وقتل ألف وأصيب 500.",
                       "2015-08-10", until="entities").entities
    assert [(s.text, s.attrs["value"]) for s in entities if s.label == "NUMBER"] == [
        ("4 آلاف و600", 4600), ("12 ألفا و300", 12300), ("ألف", 1000), ("500", 500)]
    assert [s.attrs["count"] for s in entities if s.label == "CASUALTY"] == [4600, 12300, 1000, 500]


def test_per_cent_and_a_verb_after_lam_are_no_numbers() -> None:
    # open item of audit 19 / audit 19b (fresh article): «في المائة» gave a NUMBER 100, «لم تسع» a 9
    values = [v for _, v in _numbers("وارتفعت الأسعار بنسبة 30 في المائة، و20 بالمئة في العام.")]
    assert values == [30, 20]
    assert _numbers("وقال إن الدولة لم تسع يوما إلى الحرب ولن تسع إليها.") == []
    # the numbers themselves stay
    assert [v for _, v in _numbers("وقتل تسع مدنيين وأصيب مائة آخرون.")] == [9, 100]


def test_a_dual_adjective_after_a_dual_noun_is_no_second_pair() -> None:
    # audit 19b (fresh article): «البلدين الشقيقين» gave a NUMBER 2 on the adjective, four times
    assert _numbers("وبحث الوزيران العلاقات بين البلدين الشقيقين.") == []
    assert _numbers("وقتل الجنديان الشقيقان في الهجوم.") == [("الجنديان", 2)]
    assert _numbers("وقتل الشقيقين في القصف.") == [("الشقيقين", 2)]


def test_a_designation_written_with_a_space_is_no_number():
    # audit 20 (fresh articles): «طائرة من نوع "C 130"», «طائرة سي 130» gave a NUMBER «130»
    assert _numbers('هبطت طائرة من نوع "C 130" في المطار') == []
    assert _numbers("هبطت طائرة نقل سي 130 وقاذفة بي 52 ومنظومة إس 300") == []
    # a number after an ordinary word or «في» stays
    assert [v for _, v in _numbers("وصل في 130 شاحنة إلى المدينة")] == [130]


def test_a_clock_time_is_no_number():
    # audit 21 (fresh articles): a wire's closing time «12:45 ت م» gave two NUMBERs, 12 and 45
    assert _numbers("انتهى الخبر عند 12:45 ت م") == []
    assert _numbers("وقع الانفجار في الساعة 9:05 صباحا") == []
    assert _numbers("بدأ القصف عند ٢٣:١٠ مساء") == []
    # a count next to a colon that is no time stays
    assert [v for _, v in _numbers("قال المصدر: 40 قتيلا سقطوا")] == [40]
    assert [v for _, v in _numbers("وأفاد أن حصيلة القتلى 75:")] == [75]


def test_a_definite_tens_word_as_an_ordinal_is_no_number() -> None:
    # audit 21 (fresh articles): «القمة العربية السادسة والعشرين» (the 26th) and «القرن العشرين» (the
    # 20th century) were NUMBERs of 20
    assert _numbers("وعقدت الدورة الحادية والثلاثين للمجلس في القرن العشرين.") == []
    # cardinals stay: a compound, tens after a preposition, a day of the month
    assert _numbers("وقتل خمسة وعشرون جنديا وأصيب نحو ثلاثين.") == [("خمسة وعشرون", 25), ("نحو ثلاثين", 30)]
    assert [v for _, v in _numbers("ووصلوا في العشرين من يوليو.")] == [20]  # not after a definite noun: stays


def test_a_definite_compound_number_counts_as_one() -> None:
    # «الخمسة والعشرون جنديا» (the twenty-five soldiers): the article on each word; the tens word was
    # read apart (20, then no number at all once «والعشرين» after «و» was taken for an ordinal)
    assert _numbers("وقتل الخمسة والعشرون جنديا في الهجوم.") == [("خمسة والعشرون", 25)]
    assert _numbers("وشيعت الجموع الشهداء الثلاثة والأربعين.") == [("ثلاثة والأربعين", 43)]
    # the ordinals stay no number
    assert _numbers("وعقدت القمة السادسة والعشرين في القرن الحادي والعشرين.") == []


def test_a_definite_tens_word_after_a_plural_is_a_number() -> None:
    # c75c81f took any definite tens word after a definite word for an ordinal: «تجاوز عدد القتلى
    # الخمسين» lost its toll; only nouns an ordinal qualifies (numbers.json ordinal_nouns) make one
    assert _numbers("وتجاوز عدد القتلى الخمسين في تعز.") == [("خمسين", 50)]
    assert _numbers("وأفرجت الميليشيات عن الأسرى العشرين.") == [("عشرين", 20)]
    assert _numbers("وعقدت الدورة الثلاثين للمجلس في مطلع القرن العشرين.") == []


def test_a_duals_conjunction_and_preposition_stay_out_of_its_span():
    # audit 22 (fresh article): «وقائدين حوثيين» was the NUMBER «وقائدين», conjunction and all
    spans = numbers.find(analyze("جمدت أموال زعيمهم وقائدين آخرين، وشنت الطائرات بغارتين ثم بالغارتين.", until="tokenise").doc)
    assert [(s.text, s.attrs["value"]) for s in spans] == [("قائدين", 2), ("غارتين", 2), ("الغارتين", 2)]
