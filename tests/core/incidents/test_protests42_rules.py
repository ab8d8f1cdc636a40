"""Protests, riots and arrests (session 42, protests12): a coder's reading of 16 protest-pool articles
outside Yemen (sampler seeds 3171, 3181). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.document import Document
from core.entities import titles
from core.pipeline import analyze
from core.text.sentences import split_sentences
from core.text.tokens import tokenize

SUNDAY = date(2015, 8, 2)


def _doc(text: str) -> Document:
    doc = Document(text)
    doc.sentences = split_sentences(text)
    doc.tokens = [t for s, e in doc.sentences for t in tokenize(text[s:e], offset=s)]
    return doc


def _names(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in titles.find(_doc(text))]


def _kinds(text: str) -> list[tuple[str, str]]:
    an = analyze(text, SUNDAY)
    return sorted((i.event_type, i.sub_event_type) for i in an.incidents)


# -- a group's own name, quoted after a phrase saying it calls itself so --------------------------------------

def test_a_self_given_name_is_one_organization() -> None:
    assert _names("وانضم عشرات من أنصار حركة تطلق على نفسها «حرروا البلاد» إلى المسيرة.") == [("حرروا البلاد", "ORGANIZATION")]
    assert _names("واعتقلت الشرطة أعضاء مجموعة أطلقت على نفسها \"كتيبة الفجر\" أمس.") == [("كتيبة الفجر", "ORGANIZATION")]
    assert _names("وقال شاب يسمي نفسه «أبو علي» إن الوضع هادئ.") == [("أبو علي", "ORGANIZATION")]


def test_no_naming_phrase_no_name() -> None:
    """«نفسه» alone before a quote is no naming: a bomber «فجر نفسه «في وسط الحشد»» quotes where."""
    assert _names("وقالت الشرطة إن انتحاريا فجر نفسه «في وسط مجموعة من الطلاب» أمس.") == []
    assert _names("ووجدت نفسها «أكثر شخص فاشل في العالم» بعد طلاقها.") == []


def test_a_deed_word_inside_a_self_given_name_is_no_deed() -> None:
    """«استرد»/«حرروا» inside the quoted name of a group is no territory regained (both were, before)."""
    for name in ("استرد بلادنا", "حرروا الشمال"):
        text = (f"وتظاهر أمس نحو مئتي شخص من أنصار جماعة تطلق على نفسها «{name}» في وسط مدينة ملبورن "
                "للمطالبة بوقف الهجرة.")
        assert _kinds(text) == [("Protests", "Peaceful protest")]


# -- a strike alone is no protest ---------------------------------------------------------------------------

def _protest_kinds(text: str) -> list[tuple[str, str]]:
    an = analyze(text, SUNDAY)
    return sorted((i.event_type, i.sub_event_type) for i in an.incidents + an.set_aside if i.event_type == "Protests")


def test_workers_staying_away_is_no_protest() -> None:
    """ACLED codes a demonstration, not a strike: «أضرب …», «الإضرابات كلفت …» alone tell none (both were, before)."""
    assert _protest_kinds("أضرب طيارون ومضيفون في شركة الطيران الإيطالية في أنحاء البلاد اليوم الجمعة "
                          "مما أجبر الشركة على إلغاء رحلات.") == []
    assert _protest_kinds("وذكر المعهد في دراسة نشرها أمس أن الإضرابات خلال الأشهر الستة الأولى من العام "
                          "كلفت البلاد نحو مليون يوم عمل.") == []


def test_a_strike_with_a_march_or_a_hunger_strike_stays() -> None:
    assert _protest_kinds("وأضرب عمال مصنع الإسمنت في مدينة البصرة أمس ونظموا وقفة احتجاجية أمام مبنى المحافظة.") \
        == [("Protests", "Peaceful protest")]
    assert _protest_kinds("وأضرب عشرات المعتقلين عن الطعام في سجن عوفر أمس احتجاجا على اعتقالهم الإداري.") \
        == [("Protests", "Peaceful protest")]
