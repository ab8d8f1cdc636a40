"""Quoted names after a head word (core/entities/titles.py): works are MISC, papers ORGANIZATION."""

from __future__ import annotations

from core.document import Document
from core.entities import titles
from core.text.sentences import split_sentences
from core.text.tokens import tokenize


def _doc(text: str) -> Document:
    doc = Document(text)
    doc.sentences = split_sentences(text)
    doc.tokens = [t for s, e in doc.sentences for t in tokenize(text[s:e], offset=s)]
    return doc


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in titles.find(_doc(text))]


def test_titles_after_their_head_word() -> None:
    assert _found("وتقدم القناة برنامج « حوار من القلب » كل يوم.") == [("حوار من القلب", "MISC")]
    assert _found("ويعرض فيلم \"الرسالة\" مساء اليوم.") == [("الرسالة", "MISC")]
    assert _found("وذكرت صحيفة «الرياض» أن الوفد وصل.") == [("الرياض", "ORGANIZATION")]
    assert _found("وفي برنامجها «مع نور» 😀 تستضيف ضيفا.") == [("مع نور", "MISC")]  # offsets past an emoji
    text = "ونشرت في كتاب «أيام» عام 1929."
    [span] = titles.find(_doc(text))
    assert text[span.start:span.end] == "أيام" and span.source == "rule" and span.attrs["rule"] == "title"


def test_proclitics_on_the_head_are_read() -> None:
    assert _found("وبعنوان «تعظيم سلام» غنت الفرقة.") == [("تعظيم سلام", "MISC")]
    assert _found("ولصحيفة «عكاظ» قال المصدر.") == [("عكاظ", "ORGANIZATION")]


def test_definite_heads_and_quoted_speech_are_no_titles() -> None:
    # review: «وذكرت الوكالة "أن …"» became one ORGANIZATION span that swallowed the event's place
    assert _found('وذكرت الوكالة "أن طيران التحالف قصف أمس مواقع في صعدة" دون تفاصيل.') == []
    assert _found('وقالت الصحيفة "إن الحوثيين قصفوا حي المنصورة".') == []
    assert _found('وتناولت الرواية "الرسمية" الأحداث.') == []
    assert _found('ونقلت صحيفة "أن القصف مستمر".') == []  # speech even after an indefinite head
    assert _found('وقالت قناة “المسيرة إن طيران العدوان قصف أمس "مدينة صعدة" وقتل 5 مدنيين.') == []  # speech inside
    assert _found("وقدمت الفرقة عرضا بعنوان: «معركة الحب» في عدن.") == [("معركة الحب", "MISC")]  # a colon may stand between
    assert _found('فيلم «عودة "الزعيم" إلى صنعاء» يعرض اليوم.') == []  # quotes inside: not cut at the wrong one
    # straight and curly double quotes close each other (typed interchangeably)
    assert _found('وذكرت صحيفة "الرياض” أن الوفد وصل.') == [("الرياض", "ORGANIZATION")]
    assert _found('وذكرت صحيفة ”الرياض“ أن الوفد وصل.') == [("الرياض", "ORGANIZATION")]


def test_no_head_no_close_or_too_long_is_no_title() -> None:
    assert _found("وقال «إن القصف مستمر» أمس.") == []  # a quote, not a title
    assert _found("برنامج «مع نور") == []  # never closed
    assert _found("برنامج «» الجديد") == []  # empty
    long = "برنامج «" + " ".join(["كلمة"] * 9) + "»"
    assert _found(long) == []  # longer than max_words: a quotation


def test_a_one_word_self_name_phrase_is_read(monkeypatch) -> None:
    """A `self_names` phrase of one word has no word before it: its label, no IndexError."""
    tokens = tokenize("جماعة تدعى «أنصار الخير» في المدينة.")
    word = next(t for t in tokens if t.text == "تدعى")
    monkeypatch.setattr(titles, "_self_names", lambda: {word.norm: [((), "ORGANIZATION")]})
    assert titles._self_name_label(tokens, tokens.index(word)) == "ORGANIZATION"
    assert titles._self_name_label(tokens, 0) is None
