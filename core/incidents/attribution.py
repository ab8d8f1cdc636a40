"""When and according to whom: an event's date and the source the article attributes it to.

Reported speech is kept, not dropped: «وأشار المركز الإعلامي إلى أن …» makes «المركز الإعلامي»
the incident's `source`. SOURCE spans from the lexicon come first; otherwise the words between an
attribution verb and «أن/إن/إلى» (at most five). «المصدر», «المركز» alone refer back to the
last full source named.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import timedelta

from core.document import Document, Span
from core.entities.matcher import normalized
from core.incidents.lexicons import word_set
from core.text.tokens import Token

PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


class SourceFinder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.spans = [s for s in doc.entities if s.label == "SOURCE"]
        self.verbs = word_set("attribution_verbs")
        self.ends = word_set("attribution_ends")
        self.relay_verbs = word_set("relay_verbs")
        self.relay_ends = word_set("relay_ends")
        self.anaphoric = word_set("anaphoric_sources")
        self.full: list[str] = []  # sources named in full so far, latest last

    def for_sentence(self, start: int, end: int, tokens: list[Token]) -> str:
        text = ""
        spans = [s for s in self.spans if start <= s.start < end]
        if spans:
            text = spans[0].text
        else:
            text = self._from_verb(tokens)
        if not text:
            return ""
        words = [normalized(w) for w in text.split()]
        if len(words) == 1 and words[0] in self.anaphoric:  # «وأضاف المركز»: the last one so named
            same = [f for f in self.full if normalized(f.split()[0]) == words[0]]
            return (same or self.full or [text])[-1]
        self.full.append(text)
        return text

    def _from_verb(self, tokens: list[Token]) -> str:
        for i, tok in enumerate(tokens):
            stem = tok.norm[1:] if tok.norm[:1] in "وف" and len(tok.norm) > 3 else tok.norm
            if tok.norm not in self.verbs and stem not in self.verbs:
                continue
            words: list[Token] = []
            for nxt in tokens[i + 1: i + 7]:
                if nxt.norm in self.ends or nxt.is_punct:
                    break
                words.append(nxt)
            else:
                continue
            if self.relay_verbs & {tok.norm, stem} and nxt.norm not in self.relay_ends:
                continue  # «نقل المظاهرة على الهواء», «نقل الجرحى إلى المستشفى»: carried, not told
            if words:
                return self.doc.text[words[0].start: words[-1].end]
        return ""


def date_of(dates: list[Span], doc_date: Date | None) -> tuple[str | None, int, bool]:
    """(iso date, time precision, explicit) from the DATE spans of a sentence, else the article's. A
    day after the article's own dates no event that happened when a later span of the sentence is a
    day of it or before («يستعد نشطاء لتنظيم مظاهرات يوم الجمعة المقبل في بغداد التي شهدت الأربعاء
    الماضي مظاهرة»: the Wednesday); told alone, it stays (the codability model reads it as a plan)."""
    if doc_date is not None:
        today = doc_date.isoformat()
        days = [str(s.attrs["iso"])[:10] for s in dates if s.attrs.get("iso") and _precision(s) == 1]
        if days and days[0] > today and any(d <= today for d in days[1:]):
            dates = [s for s in dates if not (s.attrs.get("iso") and _precision(s) == 1 and str(s.attrs["iso"])[:10] > today)]
    dates = [s for k, s in enumerate(dates) if not _weekday_named_again(s, dates[k + 1:])]
    for span in dates:
        iso = span.attrs.get("iso")
        if iso and span.attrs.get("since"):
            continue  # «منذ عام 2011»: since when, not when the event of the sentence happened
        if iso:
            precision = span.attrs.get("precision", 1)
            if isinstance(precision, str):
                precision = PRECISION.get(precision, 1)
            if int(precision or 1) >= 4 and doc_date is not None and _year_covers(str(iso)[:10], doc_date):
                continue  # «هذا العام 2015», «1436هـ» around the article says nothing about the day
            return str(iso)[:10], int(precision or 1), True
    if doc_date is not None:
        return doc_date.isoformat(), 1, False
    return None, 1, False


def _weekday_named_again(span: Span, later: list[Span]) -> bool:
    """A bare weekday with the calendar day right after it («أثناء صلاة الجمعة يوم 26 يونيو»,
    «الجمعة الموافق 26 يونيو»): the weekday was read as the last such day before the article; the
    calendar day says which one it was. A day word after it is no calendar day («أن يوم الجمعة لم يعد
    اليوم المحدد»: «اليوم» is the article's day, the weekday is the one meant)."""
    if span.attrs.get("weekday") is None or not later:
        return False
    nxt = later[0]
    return (nxt.attrs.get("weekday") is None and bool(nxt.attrs.get("iso")) and _precision(nxt) == 1
            and 0 <= nxt.start - span.end <= 10 and any(ch.isdigit() for ch in nxt.text))


def _precision(span: Span) -> int:
    precision = span.attrs.get("precision", 1)
    return PRECISION.get(precision, 1) if isinstance(precision, str) else int(precision or 1)


def _year_covers(iso: str, day: Date) -> bool:
    """Does the year starting on `iso` (Gregorian, or Hijri: 354 days) hold `day`?"""
    try:
        start = Date.fromisoformat(iso)
    except ValueError:
        return False
    return start <= day <= period_end(start, 4)


def period_end(day: Date, precision: int) -> Date:
    """The last day of the period a date of this precision starts: the day itself (1), its week
    (2), its month (3), its year (4: Gregorian from 1 January, else a Hijri year begun that day —
    at least 354 days)."""
    if precision >= 4:  # a Gregorian year starts on 1 January; a Hijri one lasts 354 or 355 days
        return day.replace(month=12, day=31) if (day.month, day.day) == (1, 1) else day + timedelta(days=353)
    if precision == 3:
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if precision == 2:
        return day + timedelta(days=6)
    return day
