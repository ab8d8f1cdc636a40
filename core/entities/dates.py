"""DATE spans: Gregorian and Hijri dates, weekdays and relative days, resolved against the article.

An incident's date is usually written relative to publication («أمس», «يوم الثلاثاء الماضي»), so
each span carries `iso` (yyyy-mm-dd) when `doc.date` is known, with ACLED's time precision
(1 day, 2 week, 3 month; a year named alone, «عام 2009», is 4 — incidents code it as 3). News reports the past: a weekday is the latest such day on or before
the article date unless «المقبل» says otherwise, and a day-month without a year is the latest
one not after the article date (with «المقبل/القادم» after it, the next one). Words are in `resources/lexicons/dates.json`.

Hijri dates use the Umm al-Qura calendar through the `hijridate` package when it is installed
(the calendar Saudi and Yemeni papers print), else the tabular Islamic calendar, which may be a
day or two off.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from typing import Any

from core.document import Document, Span, once_per_document
from core.entities.lexicon import load_lexicon
from core.entities.matcher import PhraseMatcher, pattern_key
from core.text.clitics import proclitic_variants, variant_in
from core.text.normalize import normalize_token
from core.text.tokens import Token

LABEL = "DATE"
SOURCE = "rule"

_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# a day-month-year may be written with a space around its separators, «21 / 10 / 1436هـ», «6 - 8 - 2015»
# (965 corpus uses, every one a valid date: after «الموافق» 194, «بتاريخ» 144, «وتاريخ» 121, a weekday…);
# spaced, only with a four-digit year («10 - 20 - 30» is no date)
_NUMERIC = re.compile(
    r"(?<!\d)(?:(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?P<s2> ?[-/.] ?)(?P<m2>\d{1,2})(?P<t2> ?[-/.] ?)(?P<y2>\d{4}|\d{2}))(?!\d)"
)
_YEAR = re.compile(r"^(\d{4})(م|ه|هـ)?$")
# a year named as one right after a month gives the month its year: «أكتوبر (تشرين الأول) عام 2011», «مايو من
# العام 2014» (330 corpus uses; before, the month took the article's year and «عام 2011» stood apart)
_MONTH_YEAR_HEADS = frozenset(("عام", "العام", "سنه", "السنه"))
# words an ordinal may count instead of days: «الأسبوع الثالث من يوليو», «النصف الثاني من أغسطس»
_PERIOD_WORDS = frozenset(("الاسبوع", "اسبوع", "النصف", "الربع", "الثلث", "العشر", "الشهر", "الجزء", "الفصل", "العام",
                           "الدور", "الجوله", "الموسم", "الاسبوعين", "الايام", "اليومين"))
# a part of a month told by ordinal, «النصف الثاني من مايو», «الأسبوع الأخير من يوليو», «العشر الأواخر من رمضان»:
# the month's date (precision 3), not a bare month name left out
_PERIOD_PARTS = frozenset(("النصف", "الاسبوع", "الثلث", "العشر", "الربع"))
_PART_ORDINALS = frozenset(normalize_token(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الأخير", "الأواخر", "الأوائل", "الأوسط"))
# words a bare month name needs before it to be a date; «بين» opens a span of months («المعركة التي دمرت
# المدينة بين سبتمبر ويناير الماضيين»: 51 corpus uses, all of them months of a period)
_MONTH_CONTEXT = frozenset(("شهر", "خلال", "منذ", "مطلع", "منتصف", "اواخر", "نهايه", "اوائل", "بدايه", "في", "وفي", "حتي",
                            "بين"))


@dataclass(frozen=True, slots=True)
class DateHit:
    start: int
    end: int
    tok_start: int
    tok_end: int
    attrs: dict[str, Any]
    bare: bool = False  # a weekday with no word saying which one («الجمعة», not «الجمعة الماضية»)
    days: int | None = None  # a relative day told alone («أمس»: -1): its offset from the day of writing
    named_with: int | None = None  # a weekday named with a relative day («أمس الأحد»): that day's offset


@dataclass(frozen=True, slots=True)
class _Lexicon:
    months: PhraseMatcher[tuple[str, int]]  # ("gregorian" | "hijri", month)
    ambiguous_months: frozenset[str]
    months_after_context: frozenset[str]
    weekdays: dict[str, int]
    relative: PhraseMatcher[dict[str, int]]
    day_parts: frozenset[str]
    hijri_markers: frozenset[str]
    day_ordinals: dict[tuple[str, ...], int]  # «الثالث والعشرين» → 23 (normalised words)
    gregorian_markers: frozenset[str]
    not_today: frozenset[str]
    past: frozenset[str]
    future: frozenset[str]
    future_before: frozenset[str]
    name_heads: frozenset[str]  # «قصر 22 مايو»: a place named after a day
    not_weekday_after: dict[str, frozenset[str]] = field(default_factory=dict)  # «الله الأحد»: the One, no Sunday
    current: frozenset[str] = frozenset()  # «3 أغسطس الجاري»: the article's month, this year
    not_yesterday: frozenset[str] = frozenset()  # «في أمس الحاجة»: most pressing, no date
    not_today_after: frozenset[str] = frozenset()  # «عصر ذات اليوم», «في نفس اليوم»: that day, not today
    same_year: frozenset[str] = frozenset()  # «من العام نفسه»: a month in the year named last
    year_words: frozenset[str] = frozenset()  # «في عام 2013»: the words a year is named after
    that_before_today: frozenset[str] = frozenset()  # «ذلك»: «اليوم» after it is that day, but after …
    that_told_verbs: frozenset[str] = frozenset()  # … a verb of telling («وأوضح ذلك اليوم مدير …»: today)
    chronology_dashes: frozenset[str] = frozenset()  # «1974 - …» opening a sentence: a chronology line's year
    # normalised form → weekday it names (None: none); every token is asked, most name none
    weekday_memo: dict[str, int | None] = field(default_factory=dict, compare=False, hash=False)


def _norm_set(words: list[str]) -> frozenset[str]:
    return frozenset(" ".join(pattern_key(w)) for w in words)


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    data = load_lexicon("dates.json")
    months: PhraseMatcher[tuple[str, int]] = PhraseMatcher()
    for calendar, key in (("gregorian", "gregorian_months"), ("hijri", "hijri_months")):
        for number, names in data[key].items():
            for name in names:
                months.add(name, (calendar, int(number)))
    return _Lexicon(
        months=months,
        ambiguous_months=_norm_set(data["ambiguous_months"]),
        months_after_context=_norm_set(data.get("months_after_context", [])),
        weekdays={normalize_token(w): int(n) for n, words in data["weekdays"].items() for w in words},
        relative=PhraseMatcher(data["relative"].items()),
        day_parts=_norm_set(data["day_parts"]),
        hijri_markers=_norm_set(data["hijri_markers"]),
        day_ordinals={pattern_key(w): int(n) for w, n in data.get("day_ordinals", {}).items()},
        gregorian_markers=_norm_set(data["gregorian_markers"]),
        not_today=_norm_set(data["not_today"]),
        past=_norm_set(data["past_markers"]),
        future=_norm_set(data["future_markers"]),
        future_before=_norm_set(data["future_before"]),
        name_heads=_norm_set(data.get("name_heads", [])),
        current=_norm_set(data.get("current_markers", [])),
        not_yesterday=_norm_set(data.get("not_yesterday", [])),
        not_today_after=_norm_set(data.get("not_today_after", [])),
        same_year=_norm_set(data.get("same_year", [])),
        year_words=_norm_set(data.get("year_words", [])),
        that_before_today=_norm_set(data.get("that_before_today", [])),
        that_told_verbs=_norm_set(data.get("that_told_verbs", [])),
        chronology_dashes=frozenset(data.get("chronology_dashes", [])),
        not_weekday_after={normalize_token(w): _norm_set(before) for w, before in data.get("not_weekday_after", {}).items()},
    )


# ---------------------------------------------------------------- calendars


def tabular_hijri_to_gregorian(year: int, month: int, day: int) -> Date:
    """The arithmetic (tabular) Islamic calendar: a fallback, ±1–2 days from Umm al-Qura."""
    jd = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439.5 - 1
    return Date.fromordinal(int(jd - 1721424.5))


def hijri_to_gregorian(year: int, month: int, day: int) -> Date | None:
    """Umm al-Qura conversion when `hijridate` is installed and the date is in its range."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    try:
        from hijridate import Hijri  # optional dependency

        return Hijri(year, month, day).to_gregorian()  # type: ignore[no-any-return]
    except ImportError:
        pass
    except (ValueError, OverflowError):
        pass
    try:
        return tabular_hijri_to_gregorian(year, month, day)
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri_year(day: Date) -> int:
    try:
        from hijridate import Gregorian

        return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    except (ImportError, ValueError, OverflowError):
        return int((day.toordinal() - 227015) / 354.367) + 1  # close enough to pick a year


def _safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _month_start(day: Date, months: int) -> Date:
    index = day.year * 12 + day.month - 1 + months
    return Date(index // 12, index % 12 + 1, 1)


# ---------------------------------------------------------------- recognition


def _day_number(token: Token) -> tuple[int, int] | None:
    """(day, clitic letters) for a day-of-month token: «28», «و12»."""
    norm = token.norm
    clitic = 1 if norm[:1] == "و" else 0
    digits = norm[clitic:]
    if digits.isdigit() and 1 <= int(digits) <= 31:
        return int(digits), clitic
    return None


def _year_at(lex: _Lexicon, tokens: list[Token], j: int) -> tuple[int, int, str | None] | None:
    """(year, token_end, calendar marker) for a year at token j («2015», «1436هـ», «1436 هـ»)."""
    if j >= len(tokens):
        return None
    m = _YEAR.match(tokens[j].norm)
    if not m:
        return None
    marker = {"م": "gregorian", "ه": "hijri", "هـ": "hijri"}.get(m.group(2) or "")
    end = j + 1
    if end < len(tokens) and marker is None:
        if tokens[end].norm in lex.hijri_markers:
            marker, end = "hijri", end + 1
        elif tokens[end].norm in lex.gregorian_markers:
            marker, end = "gregorian", end + 1
    return int(m.group(1)), end, marker


MONTH_WORD = "شهر"


def _month_dates(lex: _Lexicon, tokens: list[Token], anchor: Date | None) -> list[DateHit]:
    hits: list[DateHit] = []
    for m in lex.months.find(tokens):
        if m.start != tokens[m.token_start].start:
            continue  # a month name never takes proclitics here («بشعبان» is rare, «وآب» ambiguous)
        calendar, month = m.payloads[0]
        a, b = m.token_start, m.token_end
        # «يوليو/تموز», «سبتمبر أيلول»: a second name of the same month
        if b + 1 < len(tokens) and tokens[b].text == "/":
            second = lex.months.match_at(tokens, b + 1, b + 3)
            if second is not None:
                b = second.token_end
        elif b + 2 < len(tokens) and tokens[b].text == "(":
            # «25 يناير (كانون الثاني) 2014», «أغسطس (آب) الحالي»: the second name in brackets, then the year
            second = lex.months.match_at(tokens, b + 1, b + 3)
            if (second is not None and second.payloads[0] == (calendar, month)
                    and second.token_end < len(tokens) and tokens[second.token_end].text == ")"):
                b = second.token_end + 1
        elif b < len(tokens):
            second = lex.months.match_at(tokens, b, b + 2)
            if second is not None and second.payloads[0] == (calendar, month):
                b = second.token_end
        day, clitic = None, 0
        # «العاشر من شهر أغسطس», «24 من شهر يوليو»: «شهر» between «من» and the month (495 corpus uses)
        month_word = a >= 2 and tokens[a - 1].norm == MONTH_WORD and tokens[a - 2].norm == "من"
        if month_word:
            a -= 1
        range_first = None
        found = _day_number(tokens[a - 1]) if a >= 1 else None
        if found:  # «28 يوليو»
            (day, clitic), a = found, a - 1
            if not month_word:
                # «يومي 7 و14 أكتوبر», «من 3 إلى 5 أغسطس», «بين 10 و15 مايو»: the first day of a span
                step = 1 if clitic else 2 if a >= 2 and (tokens[a - 1].norm in RANGE_TO or tokens[a - 1].text in RANGE_TO) else 0
                first = _day_number(tokens[a - step]) if step and a >= step else None
                if first is not None and first[1] == 0 and first[0] < day:
                    range_first, a, clitic = first[0], a - step, 0
        else:
            # «28 من يوليو», «الثالث والعشرين من يوليو», «الخامس من أغسطس» (an ordinal with «و» on it,
            # «والخامس من أغسطس», is left unread here, as it always was)
            before = _day_before_min(lex, tokens, a, strip_wa=False)
            if before is not None:
                day, a, clitic = before
        if day is None and month_word:
            a += 1  # no day before «من شهر»: the month as before
        part = False
        if day is None and a >= 3 and tokens[a - 1].norm == "من" and tokens[a - 3].norm.lstrip("و") in _PERIOD_PARTS \
                and (tokens[a - 2].norm in _PART_ORDINALS or (tokens[a - 2].norm,) in lex.day_ordinals):
            part, a = True, a - 3  # «النصف الثاني من مايو», «الأسبوع الأخير من يوليو»: a part of the month
        if day is not None and b < len(tokens) and tokens[b].norm in lex.past and _year_at(lex, tokens, b) is None:
            b += 1  # «الثالث والعشرين من يوليو الماضي»: the latest such day, as without the word
        year_hit = _year_at(lex, tokens, b)
        if year_hit is None and b < len(tokens):
            k = b + 1 if tokens[b].norm == "من" else b
            if month_word and k + 1 < len(tokens) and tokens[k].norm in _MONTH_YEAR_HEADS \
                    and _year_at(lex, tokens, k + 1) is None and not tokens[k + 1].norm.isdigit():
                continue  # «الخامس عشر من شهر شوال سنة ثلاث من الهجرة»: a year we cannot read, no date of ours
        if year_hit is None and b < len(tokens):
            # «أكتوبر (تشرين الأول) عام 2011», «مايو من العام 2014»: the year named as one after the month
            k = b + 1 if tokens[b].norm == "من" else b
            if k + 1 < len(tokens) and tokens[k].norm in _MONTH_YEAR_HEADS:
                year_hit = _year_at(lex, tokens, k + 1)
                hijri_year = year_hit is not None and (year_hit[2] == "hijri" or year_hit[2] is None and year_hit[0] < 1600)
                if year_hit is not None and hijri_year != (calendar == "hijri"):
                    year_hit = None  # «مارس سنة 1436هـ», «رمضان عام 2011»: the two calendars mixed, left apart
        year, current = None, False
        if year_hit is None and b < len(tokens) and tokens[b].norm in lex.current:
            current = True
            b += 1  # «3 أغسطس الجاري», «أغسطس الحالي»: this year's (a day may be ahead: «20 أغسطس الجاري»)
            if anchor is not None and calendar == "gregorian":
                year = anchor.year
            elif anchor is not None:
                year = gregorian_to_hijri_year(anchor)
        if year_hit:
            year, b, marker = year_hit
            if marker == "hijri":
                calendar = "hijri"
        coming = False
        if year is None and not current and b < len(tokens) and tokens[b].norm in lex.future:
            # «في 26 سبتمبر المقبل», «أكتوبر المقبل»: the next such day or month, not the latest one
            coming, b = True, b + 1
            if anchor is not None and calendar == "gregorian":
                year = anchor.year if (month, day or 1) > (anchor.month, anchor.day if day else 1) else anchor.year + 1
            elif anchor is not None:
                # «في الثامن من شهر ذي القعدة المقبل» (before, read as last year's): this Hijri year's if still ahead
                year = gregorian_to_hijri_year(anchor)
                told = hijri_to_gregorian(year, month, day or 1)
                if told is not None and told <= anchor:
                    year += 1
        if year is None and not current and b + 2 < len(tokens) and tokens[b].norm in ("من", "في") \
                and " ".join(t.norm for t in tokens[b + 1: b + 3]) in lex.same_year:
            # «من 21 يونيو 2013 حتى 14 أغسطس من نفس العام», «في سبتمبر من العام نفسه»: the year named last before
            named = _year_named_before(lex, tokens, a, hits, calendar)
            if named is not None:
                year, b = named, b + 3
        last_year = False
        if year is None and not current and anchor is not None and b < len(tokens):
            # «الثالث من أغسطس (آب) العام الماضي», «في 5 مارس من العام الماضي»: that day of last year
            k = b + 1 if tokens[b].norm == "من" else b
            rel = lex.relative.match_at(tokens, k, k + 3) if k < len(tokens) else None
            if rel is not None and rel.payloads[0].get("years") == -1 \
                    and not set(rel.payloads[0]) - {"years", "precision"}:
                year = (anchor.year if calendar == "gregorian" else gregorian_to_hijri_year(anchor)) - 1
                b, last_year = rel.token_end, True
        name = " ".join(t.norm for t in tokens[m.token_start : m.token_end])
        if day is None and year is None and not coming and not part:
            before = tokens[m.token_start - 1].norm if m.token_start else ""
            after = tokens[b].norm if b < len(tokens) else ""
            if after in lex.past and before != "من":  # «مارس الماضي»: the month, whatever else its name
                b += 1  # spells (not «الثاني من أغسطس الماضي», a day this does not read)
                if anchor is not None and calendar == "gregorian" and month == anchor.month:
                    year = anchor.year - 1  # «أغسطس الماضي» written in August is last year's
            elif before not in _MONTH_CONTEXT or name in lex.ambiguous_months and name not in lex.months_after_context:
                continue  # a bare month name needs «شهر/خلال/منذ…»; «آب» alone may be the town «إب»
        if day is not None and year is None and not clitic and a >= 1 and _names_a_place(lex, tokens[a - 1]):
            continue  # «قصر 22 مايو الرئاسي», «بشارع 26 سبتمبر»: a name, not the day the event happened
        # a weekday written before the day joins the span and picks the year: «الثلاثاء 28 يوليو»
        weekday = _weekday_of(lex, tokens[a - 1]) if a >= 1 and day is not None and not clitic and range_first is None else None
        if weekday is not None:
            a, clitic = a - 1, 0
        attrs = _resolve_calendar(calendar, year, month, day, anchor, weekday)
        if range_first is not None and attrs.get("iso") and attrs.get("precision") == 1:
            last = Date.fromisoformat(str(attrs["iso"]))
            attrs["iso"], attrs["until"] = last.replace(day=range_first).isoformat(), last.isoformat()
            attrs["precision"] = 2 if day - range_first < 7 else 3  # a span of days is no day of an event
        if part and attrs.get("iso"):
            attrs["part"] = True  # a half or a week of the month: the month's precision (3)
        if current or last_year or coming or day is None and year is not None and b > m.token_end and tokens[b - 1].norm in lex.past:
            attrs["relative"] = True  # «أغسطس الماضي»: its year was read from the article's date
        start = tokens[a].start + _letters_offset(tokens[a].text, clitic)
        hits.append(DateHit(start, tokens[b - 1].end, a, b, attrs))
    return hits


_YEAR_RANGE = {"gregorian": (1900, 2100), "hijri": (1300, 1500)}


def _year_named_before(lex: _Lexicon, tokens: list[Token], a: int, hits: list[DateHit], calendar: str) -> int | None:
    """The year «من العام نفسه» refers to: the last four-digit number before token `a` that is a year —
    inside a date already read in the sentence (`hits`: «في 21 يونيو 2013») or after a word for year
    (`year_words`: «في عام 2013»), within the calendar's years (`_YEAR_RANGE`). A count is skipped
    and the look goes on back («قتل أكثر من 2000 شخص في أغسطس من العام نفسه» names no year)."""
    low, high = _YEAR_RANGE.get(calendar, _YEAR_RANGE["gregorian"])
    for k in range(a - 1, -1, -1):
        y = _YEAR.match(tokens[k].norm)
        if y is None or not low <= int(y.group(1)) <= high:
            continue
        if any(h.tok_start <= k < h.tok_end for h in hits) or (k > 0 and tokens[k - 1].norm in lex.year_words):
            return int(y.group(1))
    return None


# a day-month without a year this many days after the article's date is this year's, not last year's: news
# names coming sessions, matches and deadlines so («في 12 أغسطس بلندن» of 31 July; of 222 such dates in 3,000
# corpus articles up to 45 days ahead, all but the few anniversaries such as «11 سبتمبر» were coming days)
AHEAD_DAYS = 30


def _that_day(lex: _Lexicon, tokens: list[Token], k: int) -> bool:
    """Token `k` is «ذلك» (`that_before_today`, «ب/و» on it allowed): «اليوم» after it is that day
    («منذ ذلك اليوم», «سيكون ذلك اليوم بداية …») — but not right after a verb of telling
    (`that_told_verbs`, «و» on it allowed) with no «ب/أن» after «اليوم»: «وأوضح ذلك اليوم مدير …»
    told that, today."""
    norm = tokens[k].norm
    if not (norm in lex.that_before_today or norm[:1] in "بو" and norm[1:] in lex.that_before_today):
        return False
    verb = tokens[k - 1].norm if k > 0 else ""
    if verb.removeprefix("و") in lex.that_told_verbs or verb in lex.that_told_verbs:
        after = tokens[k + 2].norm if k + 2 < len(tokens) else ""
        return after.startswith(("ب", "ان")) or not after
    return True


def _names_a_place(lex: _Lexicon, token: Token) -> bool:
    """The head of a place named after a day («قصر», «وشارع», «بمستشفى»; `name_heads`)."""
    norm = token.norm
    return any(norm[k:] in lex.name_heads for k in (0, 1, 2) if norm[:k] in ("", "و", "ب", "ل", "وب", "ول"))


def _resolve_calendar(
    calendar: str, year: int | None, month: int, day: int | None, anchor: Date | None, weekday: int | None = None
) -> dict[str, Any]:
    precision = 1 if day is not None else 3
    attrs: dict[str, Any] = {"precision": precision, "relative": year is None, "calendar": calendar, "iso": None}
    if calendar == "hijri":
        if year is None and anchor is not None:
            year = gregorian_to_hijri_year(anchor)
            first = hijri_to_gregorian(year, month, day or 1)
            if first is not None and first > anchor + timedelta(days=AHEAD_DAYS if day else 0):
                year -= 1
        if year is not None:
            resolved = hijri_to_gregorian(year, month, day or 1)
            attrs["iso"] = resolved.isoformat() if resolved else None
            attrs["hijri"] = f"{year:04d}-{month:02d}-{day or 1:02d}"
        return attrs
    if year is None and anchor is not None:
        year = anchor.year
        candidate = _safe_date(year, month, day or 1)
        if weekday is not None:  # the weekday says which year: «الخميس 30 يوليو» written on 29 July
            year = next((y for y in (year, year - 1, year + 1) if (d := _safe_date(y, month, day or 1)) and d.weekday() == weekday), year)
        elif candidate is not None and candidate > anchor + timedelta(days=AHEAD_DAYS if day else 0):
            year -= 1
    if year is not None:
        resolved = _safe_date(year, month, day or 1)
        attrs["iso"] = resolved.isoformat() if resolved else None
    return attrs


MEMO_LIMIT = 20_000


def _weekday_of(lex: _Lexicon, token: Token) -> int | None:
    memo = lex.weekday_memo
    norm = token.norm
    if norm in memo:
        return memo[norm]
    found = None
    for variant in proclitic_variants(norm)[:2]:  # «الثلاثاء», «والثلاثاء»
        if variant in lex.weekdays:
            found = lex.weekdays[variant]
            break
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[norm] = found
    return found


def weekday_of(token: Token) -> int | None:
    """The weekday (Monday = 0) a token names («الثلاثاء», «والأحد»), or None."""
    return _weekday_of(_lex(), token)


def _extend_day_part(lex: _Lexicon, tokens: list[Token], a: int, start: int) -> tuple[int, int]:
    """(token index, offset) of the span start once a day part before tokens[a] joins («صباح», «ومساء يوم»)."""
    for length in (2, 1):
        s = a - length
        if s < 0:
            continue
        words = [t.norm for t in tokens[s:a]]
        clitic = 0
        if words[0].startswith("و") and " ".join([words[0][1:], *words[1:]]) in lex.day_parts:
            clitic = 1
        elif " ".join(words) not in lex.day_parts:
            continue
        return s, tokens[s].start + _letters_offset(tokens[s].text, clitic)
    return a, start


def _letters_offset(text: str, letters: int) -> int:
    from core.entities.matcher import clitic_length

    return clitic_length(text, letters) if letters else 0


def _day_before_min(lex: _Lexicon, tokens: list[Token], a: int, strip_wa: bool) -> tuple[int, int, int] | None:
    """(day, first token, clitic letters) for a day told before the «من» at tokens[a - 1]: a number
    («12 من», «و12 من») or an ordinal («الخامس من», «الثالث والعشرين من»; not «الأسبوع الثالث من»).
    `strip_wa` also reads an ordinal with «و» on it («والخامس من الشهر الجاري»)."""
    if a < 2 or tokens[a - 1].norm != "من":
        return None
    found = _day_number(tokens[a - 2])
    if found is not None:
        day, clitic = found
        return day, a - 2, clitic
    for width in (2, 1):
        if a - 1 - width < 0:
            continue
        norms = tuple(t.norm for t in tokens[a - 1 - width: a - 1])
        clitic = 0
        if strip_wa and norms[0][:1] == "و" and norms not in lex.day_ordinals:
            norms, clitic = (norms[0][1:],) + norms[1:], 1
        ordinal = lex.day_ordinals.get(norms)
        period = a - 2 - width >= 0 and tokens[a - 2 - width].norm.lstrip("و") in _PERIOD_WORDS
        if ordinal is not None and not period:
            return ordinal, a - 1 - width, clitic
    return None


def _day_of_told_month(lex: _Lexicon, tokens: list[Token], a: int, key: str, spec: dict[str, Any]) -> tuple[int, int, int] | None:
    """(day, first token, start) for a day named before «من الشهر الجاري/الماضي»: «الخامس من الشهر
    الجاري», «والخامس من الشهر الجاري», «في 12 من الشهر الماضي» (about 190 corpus uses; before, only
    the month was read)."""
    if "months" not in spec or not key.startswith("الشهر"):
        return None
    before = _day_before_min(lex, tokens, a, strip_wa=True)
    if before is None:
        return None
    day, first, clitic = before
    return day, first, tokens[first].start + _letters_offset(tokens[first].text, clitic)


def _relative_dates(lex: _Lexicon, tokens: list[Token], taken: list[tuple[int, int]], anchor: Date | None) -> list[DateHit]:
    hits: list[DateHit] = []
    n = len(tokens)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in lex.relative.find(tokens):
        a, b = m.token_start, m.token_end
        if not free(a, b):
            continue
        key = " ".join(t.norm for t in tokens[a:b])
        if key.endswith("اليوم") and b < n and tokens[b].norm in lex.not_today:
            continue  # «اليوم الأول» is a day of something, not today
        if key == "اليوم" and a > 0 and (tokens[a - 1].norm in lex.not_today_after or _that_day(lex, tokens, a - 1)):
            continue  # «عصر ذات اليوم», «في نفس اليوم», «في ذلك اليوم»: a day told before, not today (as «اليوم نفسه»)
        if key.endswith("امس") and b < n and tokens[b].norm in lex.not_yesterday:
            continue  # «في أمس الحاجة إلى»: the superlative «أمسّ», no yesterday
        spec = m.payloads[0]
        month_day = _day_of_told_month(lex, tokens, a, key, spec)
        if month_day is not None:
            day, a, start = month_day
        else:
            a, start = _extend_day_part(lex, tokens, a, m.start)
        attrs: dict[str, Any] = {"precision": spec.get("precision", 1), "relative": True, "calendar": "gregorian", "iso": None}
        if month_day is not None:
            attrs["precision"] = 1
            if anchor is not None:
                first = _month_start(anchor, spec["months"])
                told = _safe_date(first.year, first.month, day)
                attrs["iso"] = told.isoformat() if told else None
        elif anchor is not None:
            if "years" in spec:
                attrs["iso"] = Date(anchor.year + spec["years"], 1, 1).isoformat()
            elif "months" in spec:
                attrs["iso"] = _month_start(anchor, spec["months"]).isoformat()
            elif "season_ends" in spec:
                # «الصيف الماضي»: the last season of that name already over by the article's month
                # (in August last summer is the year before's), dated to its middle month
                end = spec["season_ends"]
                attrs["iso"] = Date(anchor.year if end < anchor.month else anchor.year - 1, end - 1, 1).isoformat()
            else:
                attrs["iso"] = (anchor + timedelta(days=spec.get("days", 0))).isoformat()
        told = spec.get("days", 0) if not {"years", "months", "season_ends"} & set(spec) and attrs["precision"] == 1 else None
        hits.append(DateHit(start, tokens[b - 1].end, a, b, attrs, days=told))
        taken.append((a, b))
    for i, token in enumerate(tokens):
        weekday = _weekday_of(lex, token)
        if weekday is None or not free(i, i + 1):
            continue
        a, b = i, i + 1
        variants = proclitic_variants(token.norm)
        if i > 0 and variant_in(tokens[i - 1].norm, lex.not_weekday_after.get(token.norm, ())):
            continue  # «الله الأحد»: a name of God, no Sunday
        clitic = len(token.norm) - len(variants[1]) if variants[0] not in lex.weekdays else 0
        a, start = _extend_day_part(lex, tokens, a, token.start + _letters_offset(token.text, clitic))
        direction = 0
        if b < n and tokens[b].norm in lex.past:
            b, direction = b + 1, -1
        elif b < n and tokens[b].norm in lex.future:
            b, direction = b + 1, 1
        elif a > 0 and tokens[a - 1 - (a > 1 and tokens[a - 1].text == "(")].norm in lex.future_before:
            direction = 1  # «غدا الخميس», «بعد غد (الأحد)»: the coming one
        attrs = {"precision": 1, "relative": True, "calendar": "gregorian", "iso": None, "weekday": weekday}
        if anchor is not None:
            back = (anchor.weekday() - weekday) % 7
            if direction > 0:
                resolved = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
            elif direction < 0:
                resolved = anchor - timedelta(days=back or 7)
            else:
                resolved = anchor - timedelta(days=back)
            attrs["iso"] = resolved.isoformat()
        # «أمس (الأحد)»: the weekday in brackets after the relative day (748 corpus uses; in 171 the
        # article is dated a day after it was written and only the weekday is right)
        bracketed = a > 0 and tokens[a - 1].text == "(" and b < n and tokens[b].text == ")"
        day = next((h for h in hits if (h.tok_end == a or bracketed and h.tok_end == a - 1)
                    and h.attrs.get("precision") == 1 and "weekday" not in h.attrs
                    and h.attrs.get("relative")), None) if direction == 0 else None
        if day is not None:  # «أمس الأحد», «اليوم الاثنين»: one day, named twice; the weekday says which
            hits.remove(day)  # (an article printed the day after it was written keeps its weekdays right)
            a, start = day.tok_start, day.start
            if bracketed:
                b += 1  # the closing bracket joins the span
        hits.append(DateHit(start, tokens[b - 1].end, a, b, attrs, bare=direction == 0 and day is None,
                            named_with=day.days if day is not None else None))
        taken.append((a, b))
    return hits


_ANY_DIGIT = re.compile(r"\d")
_INDIC_DIGIT = re.compile("[٠-٩۰-۹]")  # the characters `_ASCII` changes
HIJRI_YEARS = (1300, 1500)  # a four-digit year in this range is Hijri (no Gregorian news date is)
_HIJRI_MARK = re.compile(r" ?(?:هـ|ه)(?![\u0621-\u064a])")


def _numeric_dates(text: str, offset: int, tokens: list[Token]) -> list[DateHit]:
    hits: list[DateHit] = []
    if _ANY_DIGIT.search(text) is None:  # most sentences: no digit, no numeric date
        return hits
    # translate reads every character through a dict: only a sentence with an Arabic-Indic or
    # Persian digit has one to change
    for m in _NUMERIC.finditer(text.translate(_ASCII) if _INDIC_DIGIT.search(text) else text):
        if m.group("y1"):
            y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        else:
            if len(m.group("y2")) == 2 and " " in m.group("s2") + m.group("t2"):
                continue
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
            y += 2000 if y < 100 else 0
        start, end = m.start() + offset, m.end() + offset
        if m.group("y2") and len(m.group("y2")) == 4 and HIJRI_YEARS[0] <= y <= HIJRI_YEARS[1]:
            # «12-10-1436هـ»: a day-month-year in the Hijri years is a Hijri date, its mark beside it
            resolved = hijri_to_gregorian(y, mo, d)
            if resolved is None:
                continue
            mark = _HIJRI_MARK.match(text, m.end())
            end += (mark.end() - m.end()) if mark else 0
            t0 = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
            t1 = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
            attrs = {"precision": 1, "relative": False, "calendar": "hijri", "iso": resolved.isoformat(),
                     "hijri": f"{y:04d}-{mo:02d}-{d:02d}"}
            hits.append(DateHit(start, end, t0, t1, attrs))
            continue
        resolved = _safe_date(y, mo, d)
        if resolved is None or not 1900 <= y <= 2100:
            continue
        t0 = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
        t1 = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
        attrs = {"precision": 1, "relative": False, "calendar": "gregorian", "iso": resolved.isoformat()}
        hits.append(DateHit(start, end, t0, t1, attrs))
    return hits


# words that name a year before its digits: a year («عام 1994») or a part of one («في أوائل 2006»,
# «أواخر 2014», «مطلع 2011», «منتصف 2015», a season «في صيف 2014», «شتاء 2012»: the year is what is known)
YEAR_HEADS = frozenset(normalize_token(w) for w in ("عام", "العام", "سنة", "السنة", "أوائل", "أواخر", "مطلع", "منتصف",
                                                    "صيف", "شتاء", "ربيع", "خريف"))
YEAR_PRECISION = 4  # a whole year: finer-grained than nothing, coarser than ACLED's 3 (month)
# «في» before four digits of a recent Gregorian year is a year too («ونجح الحوثيون في 2014 في بسط
# سيطرتهم», «في 2011 و2012»): in the SaudiNewsNet corpus every «في 19xx/20xx» is one (no count
# such as «في 2000 غارة»); the range keeps counts of other sizes out
IN_YEAR_HEAD = normalize_token("في")
IN_YEAR_RANGE = (1950, 2030)
# a Gregorian year named as one: above the Hijri years an unmarked «عام 1436» is read as (1300–1500),
# so «عام 1889», «وعام 1732» are dates too, not only the twentieth century's
GREGORIAN_YEARS = (1501, 2100)
# a span of years: «بين عامي 2011 و2013», «خلال العامين 2014 و2015», «بين سنتي 2014 و2015» (159 corpus uses of a dual
# head before two years; the dual names the first year like «عام»), «ما بين 1982 و1990», «بين 2009 حتى 2013» (101:
# «بين» heads a bare year only when a second one follows), «منذ 2013» (350 uses before a bare year of IN_YEAR_RANGE,
# none a count): one DATE from the first year to the second (`until_year`), precision YEAR_PRECISION — never a day
RANGE_YEAR_HEADS = frozenset(normalize_token(w) for w in ("عامي", "العامين", "عامين", "سنتي", "السنتين"))
SINCE_YEAR_HEAD = normalize_token("منذ")
BETWEEN_YEAR_HEAD = normalize_token("بين")
RANGE_TO = frozenset(normalize_token(w) for w in ("إلى", "حتى", "و", "-", "–", "لغاية"))
RANGE_YEARS = 100  # the second year of a span follows the first by at most this
# a bare year opening a sentence before a dash («1974 - مواجهات …», «1957- إلغاء …»): a chronology line
CHRONOLOGY_RANGE = (1800, 2030)


def _year_dates(lex: _Lexicon, tokens: list[Token], taken: list[tuple[int, int]]) -> list[DateHit]:
    """A year named as one: «عام 1994», «في العام 2009», «سنة 1436هـ», «منذ عام 2011», «في أوائل 2006»; a year with
    its calendar mark alone («2011م», «1436هـ»); an unmarked Gregorian year in IN_YEAR_RANGE right after «في»
    («في 2014»). Resolved to its first day, precision YEAR_PRECISION;
    a Hijri year (marked, or 1300–1500 after «عام») to the Gregorian day its 1 Muharram falls on."""
    hits: list[DateHit] = []
    # a year is the token after a head, or the token itself: only tokens at or right before one
    # that reads as a year can start a hit (most sentences have none)
    years = [j for j, tok in enumerate(tokens) if tok.norm[:1].isdecimal() and _YEAR.match(tok.norm)]  # \d is isdecimal
    for i in sorted({k for j in years for k in (j - 1, j) if k >= 0}):
        tok = tokens[i]
        variants = proclitic_variants(tok.norm)[:3]
        bare = next((v for v in variants if v in YEAR_HEADS or v in RANGE_YEAR_HEADS), None)
        in_head = bare is None and IN_YEAR_HEAD in variants
        if in_head:
            bare = IN_YEAR_HEAD
        elif bare is None and SINCE_YEAR_HEAD in variants:
            bare, in_head = SINCE_YEAR_HEAD, True  # «منذ 2013»: read as «في 2013», the same range of years
        elif bare is None and BETWEEN_YEAR_HEAD in variants and _year_range_end(lex, tokens, i + 2, 0) is not None:
            bare, in_head = BETWEEN_YEAR_HEAD, True  # «بين 2012 و2014»: only before a span of two years
        head = bare is not None
        at = i + 1 if head else i
        found = _year_at(lex, tokens, at)
        chronology = (not head and i == 0 and found is not None and found[2] is None and found[1] < len(tokens)
                      and tokens[found[1]].text in lex.chronology_dashes and CHRONOLOGY_RANGE[0] <= found[0] <= CHRONOLOGY_RANGE[1])
        if found is None or (not head and found[2] is None and not chronology):
            continue
        year, end, marker = found
        if chronology:
            end += 1  # the span holds the dash: longer than the NUMBER «1974» the digits also read as
        if in_head and (marker is not None or not IN_YEAR_RANGE[0] <= year <= IN_YEAR_RANGE[1]):
            continue  # a year with its own mark («في 2011م») is read from its own token, as before
        if not head and end > at + 1 and tokens[at + 1].norm in ("م", "ه"):
            continue  # «على بعد 2000 م» is metres: alone, a year needs its mark attached («2011م»)
        if any(not (end <= s or i >= e) for s, e in taken):
            continue
        hijri = marker == "hijri" or (marker is None and 1300 <= year <= 1500)
        first = hijri_to_gregorian(year, 1, 1) if hijri else _safe_date(year, 1, 1) \
            if GREGORIAN_YEARS[0] <= year <= GREGORIAN_YEARS[1] else None
        if first is None:
            continue
        attrs = {"precision": YEAR_PRECISION, "relative": False, "calendar": "hijri" if hijri else "gregorian",
                 "iso": first.isoformat(), "year": year}
        if bare == SINCE_YEAR_HEAD or (bare is not None and i >= 1 and SINCE_YEAR_HEAD in proclitic_variants(tokens[i - 1].norm)[:3]):
            attrs["since"] = True  # «منذ 2013», «منذ عام 2011»: when a state began, no day of an event told with it
        until = None if hijri else _year_range_end(lex, tokens, end, year)
        if until is not None:
            attrs["until_year"], end = until
        start = tok.start + _letters_offset(tok.text, len(tok.norm) - len(bare)) if bare else tok.start
        hits.append(DateHit(start, tokens[end - 1].end, i, end, attrs))
        taken.append((i, end))
    return hits


def _year_range_end(lex: _Lexicon, tokens: list[Token], j: int, year: int) -> tuple[int, int] | None:
    """(second year, token end) when tokens[j:] go on a span of years after `year` at j - 1: «و2013»,
    «و 2013», «إلى/حتى/- 2013» (unmarked or Gregorian-marked; `year` 0 reads the first year at j - 1 itself)."""
    if year == 0:
        first = _year_at(lex, tokens, j - 1)
        if first is None or first[2] is not None:
            return None
        year = first[0]
    if j >= len(tokens):
        return None
    norm = tokens[j].norm
    at = None
    if norm[:1] == "و" and norm[1:].isdecimal():
        m = _YEAR.match(norm[1:])
        if m and m.group(2) is None:
            second, end = int(m.group(1)), j + 1
            if end < len(tokens) and tokens[end].norm in lex.gregorian_markers:
                end += 1
            at = (second, end)
    elif norm in RANGE_TO or tokens[j].text in RANGE_TO:
        found = _year_at(lex, tokens, j + 1)
        if found is not None and found[2] != "hijri":
            at = (found[0], found[1])
    if at is None or not year < at[0] <= year + RANGE_YEARS or not GREGORIAN_YEARS[0] <= at[0] <= GREGORIAN_YEARS[1]:
        return None
    return at


def sentence_dates(text: str, tokens: list[Token], offset: int, anchor: Date | None) -> list[DateHit]:
    """Dates of one sentence (`text` is the sentence, starting at `offset` in the document)."""
    lex = _lex()
    hits = _numeric_dates(text, offset, tokens)
    for hit in _month_dates(lex, tokens, anchor):
        if all(hit.end <= h.start or hit.start >= h.end for h in hits):
            hits.append(hit)
    taken = [(h.tok_start, h.tok_end) for h in hits]
    hits.extend(_relative_dates(lex, tokens, taken, anchor))
    hits.extend(_year_dates(lex, tokens, taken))
    hits.sort(key=lambda h: h.start)
    return hits


@once_per_document
def dates_by_sentence(doc: Document) -> list[list[DateHit]]:
    """Dates per sentence, computed once per document (casualties reuse them to skip years)."""
    result = [
        sentence_dates(doc.text[toks[0].start : toks[-1].end], toks, toks[0].start, doc.date) if toks else []
        for toks in doc.sentence_tokens()
    ]
    _same_weekday_told_past(result, doc.date)
    _written_before_printed(result, doc.date)
    return result


WRITTEN_BEFORE = 2  # days at most between the day an article was written and its date


def _written_before_printed(result: list[list[DateHit]], anchor: Date | None) -> None:
    """«أعلن مصدر أمس الأحد مقتل 10 مسلحين … وقال إن القوات تمكنت أمس من صد الهجوم» in an article
    dated Tuesday: the weekday named with «أمس» says the article was written on Monday (printed a
    day later), so the bare «أمس» is that Sunday too, not Monday. When every relative day named with
    a weekday («أمس الأحد», «اليوم الاثنين») tells one day of writing, one or two days before the
    article's date, the relative days told alone («أمس», «اليوم», «أمس الأول») count from it."""
    if anchor is None:
        return
    hits = [h for sentence in result for h in sentence]
    written = {Date.fromisoformat(h.attrs["iso"]) - timedelta(days=h.named_with)
               for h in hits if h.named_with is not None and h.attrs.get("iso")}
    if len(written) != 1:
        return
    day = next(iter(written))
    if not timedelta(days=1) <= anchor - day <= timedelta(days=WRITTEN_BEFORE):
        return
    for h in hits:
        if h.days is not None and h.named_with is None:
            h.attrs["iso"] = (day + timedelta(days=h.days)).isoformat()


def _same_weekday_told_past(result: list[list[DateHit]], anchor: Date | None) -> None:
    """«… في القتال الذي دار مساء الجمعة» and «… في معركة يوم الجمعة الماضية», in an article of a
    Friday: the writer names one day twice, and the bare weekday is the one the article calls past
    (a week back), not the day of the article. Only the weekday of the article's own day is
    ambiguous so; «اليوم الجمعة» (a relative day named with it) stays today."""
    if anchor is None:
        return
    today, week_before = anchor.isoformat(), (anchor - timedelta(days=7)).isoformat()
    hits = [h for sentence in result for h in sentence if h.attrs.get("weekday") == anchor.weekday()]
    if not any(not h.bare and h.attrs.get("iso") == week_before for h in hits):
        return
    for h in hits:
        if h.bare and h.attrs.get("iso") == today:
            h.attrs["iso"] = week_before


def find(doc: Document) -> list[Span]:
    return [doc.span(h.start, h.end, LABEL, SOURCE, **h.attrs) for sentence in dates_by_sentence(doc) for h in sentence]
