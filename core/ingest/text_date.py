"""The publication date an article states in its head: a dateline or a date line, or None.

Files without date metadata (.txt, most .docx and .pdf) are imported undated, and every incident
date, anchored on the article's date («أمس», «الثلاثاء»), is then unknown. Many such files state
their date in their first lines: «صنعاء - الثلاثاء 21 يوليو 2015 - قتل…», «الأحد 2015/8/2», «نشر في
03-08-2015», «الثلاثاء 5 شوال 1436هـ الموافق 21 يوليو 2015م». This reads that date, and nothing
else: an unknown date is better than a wrong one, so a date is taken only

- from the first HEAD_LINES non-empty lines (the first LINE_CHARS characters of each), never from
  deeper in the body, where dates are the events' or history's;
- when it names a day, a month and a year (`core.entities.dates`: month names of every region,
  numeric dates, Arabic-Indic digits, Hijri dates);
- when it stands where a dateline stands: first on its line, or after at most PREFIX_WORDS words
  closed by a separator («صنعاء -», «عدن (اليمن) -», «الرياض:»), or after a publication cue («نشر
  في», «بتاريخ», «تاريخ النشر:»); and the line goes on after it only past a separator, a time or
  «الموافق». «ثورة 26 سبتمبر 1962 غيرت…» is no dateline, nor «في 21 سبتمبر 2014، سيطر…» (a line
  opened by a preposition: the sentence dates its event); a date after «آخر تحديث» is not the
  publication date;
- when the weekday written with it, if any, is its weekday; a Hijri date alone is read only with
  its weekday, which also settles the day (Hijri calendars differ by a day between countries);
  a Hijri-Gregorian pair gives the Gregorian date, and is refused when the two are days apart;
- when it is not in the future, and the text names no full date more than a year after it (a
  history date that happens to lead a line);
- when the head's datelines agree (those after a publication cue win over the others).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

from core.entities.dates import DateHit, sentence_dates, weekday_of
from core.text.normalize import normalize_token
from core.text.tokens import Token, tokenize

HEAD_LINES = 4  # non-empty lines looked at: title, standfirst, byline, dateline
HEAD_CHARS = 800  # never further into the text than this
LINE_CHARS = 200  # a dateline is at the start of its line: a long paragraph's rest is body
PREFIX_WORDS = 4  # «عدن (اليمن) -», «صنعاء - خاص -»: a place, an agency
HISTORY_SPAN = timedelta(days=366)  # a later full date in the text by more than this: history
BODY_CHARS = 5000  # how far the text is searched for those later dates

_SEPARATORS = "-–—:|،,(/[«"
_CLOSERS = "-–—:|،,()[]/»"
_TIME = re.compile(r"\s*\d{1,2}:\d{2}")
# publication cues, normalised (`normalize_token` of each word)
_CUES = tuple(
    tuple(normalize_token(w) for w in cue.split())
    for cue in ("نشر في", "نشر بتاريخ", "نشرت في", "نشرت بتاريخ", "تم النشر في", "تم النشر", "تاريخ النشر",
                "تاريخ نشر", "تاريخ", "بتاريخ", "نشر", "منشور في", "published on", "published", "date")
)
# a later version's date, not the publication's
_UPDATE_WORDS = frozenset(normalize_token(w) for w in ("تحديث", "التحديث", "تعديل", "التعديل", "حدث", "عدل",
                                                       "updated", "update", "modified"))
_AFTER_WORDS = frozenset(normalize_token(w) for w in ("الموافق", "الساعة", "الساعه", "م", "هـ", "ه"))
_DAY_WORD = normalize_token("يوم")
# words that open a sentence dating its event, not a dateline: «في 21 سبتمبر 2014، سيطر الحوثيون»,
# «منذ 26 مارس 2015 - تشن…»; «في» after a place stays a dateline («القاهرة في 21 يوليو 2015 (أ ش أ)»)
_SENTENCE_OPENERS = frozenset(normalize_token(w) for w in (
    "في", "منذ", "حتى", "قبل", "بعد", "خلال", "من", "إلى", "الى", "عن", "على", "مع", "مطلع", "أواخر", "أوائل",
    "منتصف", "نهاية", "بداية", "ابتداء", "اعتبارا"))
# news agencies that close a dateline («القاهرة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس»)
_AGENCIES = frozenset(" ".join(normalize_token(w) for w in a.split()) for a in (
    "واس", "سبأ", "رويترز", "أ ف ب", "ا ف ب", "أ.ف.ب", "د ب أ", "الأناضول", "قنا", "وام", "بنا", "كونا", "سانا", "معا",
    "يو بي آي", "شينخوا", "الفرنسية", "الألمانية", "أ ش أ", "وفا", "نا", "عمون", "بترا", "خاص"))
# words a name made of a date follows (a date there is history, not a dateline): «ثورة 26 سبتمبر»
_NAMED_AFTER = frozenset(normalize_token(w) for w in (
    "ثورة", "ذكرى", "عيد", "حرب", "أحداث", "احداث", "اتفاق", "اتفاقية", "مبادرة", "انتفاضة", "حركة", "جمعة", "مجزرة",
    "قصر", "شارع", "ميدان", "ساحة", "جامعة", "مدرسة", "مستشفى", "ملعب", "معسكر", "لواء", "مدينة", "حي", "جسر"))


@dataclass(frozen=True, slots=True)
class TextDate:
    """A date read from the article's head: ISO, and where it is written (offsets in the text)."""

    iso: str
    start: int
    end: int
    quote: str  # the date as written («الثلاثاء 21 يوليو 2015»)
    cued: bool = False  # after a publication cue («نشر في»)

    @property
    def words(self) -> str:
        """The quote on one line, its spaces collapsed, as reports and notes show it."""
        return " ".join(self.quote.split())


def date_in_text(text: str, *, today: Date | None = None) -> TextDate | None:
    """The publication date the head of `text` states (see the module's rules), or None."""
    today = today or Date.today()
    found: list[TextDate] = []
    lines = 0
    for line in re.finditer(r"[^\n\r\u2028\u2029]+", text[:HEAD_CHARS]):
        if not line.group().strip():
            continue
        lines += 1
        if lines > HEAD_LINES:
            break
        found += _line_dates(text, line.start(), min(line.end(), line.start() + LINE_CHARS))
    cued = [d for d in found if d.cued]
    found = cued or found
    if not found or len({d.iso for d in found}) > 1:
        return None
    first = found[0]
    day = Date.fromisoformat(first.iso)
    if day > today + timedelta(days=1) or _later_date_in(text, day + HISTORY_SPAN, today):
        return None
    return first


def _line_dates(text: str, start: int, end: int) -> list[TextDate]:
    """The datelines of one line (text[start:end])."""
    line = text[start:end]
    tokens = tokenize(line, start)
    hits = sentence_dates(line, tokens, start, None)
    full = [h for h in hits if h.attrs.get("iso") and h.attrs.get("precision") == 1 and not h.attrs.get("relative")]
    out = []
    for group in _groups(text, full):
        a, b = group[0].start, group[-1].end
        weekday, a = _weekday_before(text, tokens, a, start)
        prefix = _prefix(text[start:a])
        if not _is_dateline(prefix, _suffix(text[b:end])):
            continue
        iso = _group_iso(group, weekday)
        if iso is not None:
            out.append(TextDate(iso, a, b, text[a:b], prefix == "cue"))
    return out


def _groups(text: str, hits: list[DateHit]) -> list[list[DateHit]]:
    """Dates written as one: «5 شوال 1436هـ الموافق 21 يوليو 2015م», «١٦ شوال ١٤٣٦هـ - ٢ أغسطس ٢٠١٥م»."""
    groups: list[list[DateHit]] = []
    for hit in hits:
        between = text[groups[-1][-1].end:hit.start] if groups else None
        if between is not None and _joins(between):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


def _joins(between: str) -> bool:
    words = [normalize_token(w) for w in re.split(r"[\s\-–—/،,()\[\]|:]+", between) if w]
    return len(between) <= 20 and all(w in _AFTER_WORDS for w in words)


def _weekday_before(text: str, tokens: list[Token], start: int, line_start: int) -> tuple[int | None, int]:
    """(weekday, start): the weekday written at or just before `start` («الأحد 2015/8/2», «الأحد،
    2 أغسطس»), and where the date with it starts."""
    at = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    if at < len(tokens) and tokens[at].start == start:
        day = weekday_of(tokens[at])
        if day is not None:
            return day, start
    k = at - 1
    while k >= 0 and tokens[k].is_punct and tokens[k].text in "،,-–—":
        k -= 1
    if k >= 0:
        day = weekday_of(tokens[k])
        if day is not None:
            first = tokens[k - 1] if k >= 1 and tokens[k - 1].norm == _DAY_WORD else tokens[k]
            return day, first.start
    return None, start


def _prefix(prefix: str) -> str | None:
    """What the line before the date is: "cue" (a publication cue: «نشر في»), "lead" (nothing: the
    date leads the line), "head" (a short place-and-agency head closed by a separator: «صنعاء -»),
    "bare" (a place without separator: «القاهرة 25 شوال…»); None when it makes the date no
    dateline (a sentence, a heading, an update date)."""
    bare = prefix.strip()
    if not bare:
        return "lead"
    words = [normalize_token(w) for w in re.findall(r"[^\s\-–—:|،,()\[\]/«»]+", bare)]
    if any(w in _UPDATE_WORDS for w in words[-3:]):
        return None
    for cue in _CUES:
        if tuple(words[-len(cue):]) == cue and len(words) - len(cue) <= 2:
            return "cue"
    if words and (_opener(words[0]) or (_opener(words[-1]) and words[-1] != normalize_token("في"))):
        return None  # «في 21 سبتمبر 2014، …», «وبعد 26 مارس 2015 - …»: the sentence dates its event
    if bare[-1] in _SEPARATORS and len(words) <= PREFIX_WORDS:
        return "head"
    if len(words) <= 2 and not any(w.lstrip("و") in _NAMED_AFTER for w in words):
        return "bare"
    return None


def _opener(word: str) -> bool:
    """A word of `_SENTENCE_OPENERS`, bare or after «و» («وفي», «ومنذ»)."""
    return word in _SENTENCE_OPENERS or (word[:1] == "و" and word[1:] in _SENTENCE_OPENERS)


def _suffix(rest: str) -> str | None:
    """What follows the date on its line: "end" (nothing), "closer" (a separator, a time,
    «الموافق»), "agency" (a few words closed by a separator: «واس /», «أ ف ب -»); None (a sentence
    goes on: the date is part of it)."""
    bare = rest.strip()
    if not bare:
        return "end"
    if bare[0] in _CLOSERS or _TIME.match(bare) or normalize_token(bare.split()[0]) in _AFTER_WORDS:
        return "closer"
    head = re.match(r"[^\-–—:|،,()\[\]/«»]*", bare)
    if head and head.end() < len(bare) and len(head.group().split()) <= 3:
        return "agency"
    if " ".join(normalize_token(w) for w in re.findall(r"[^\s.()]+", bare)) in _AGENCIES:
        return "agency"  # «… 2015م واس» at the end of the line
    return None


def _is_dateline(prefix: str | None, suffix: str | None) -> bool:
    if prefix is None or suffix is None:
        return False
    return prefix != "bare" or suffix != "end"  # «ثورة 26 سبتمبر 1962» alone on a line is a heading


def _group_iso(group: list[DateHit], weekday: int | None) -> str | None:
    """The Gregorian date of a dateline's dates (None when they disagree or its weekday is not theirs)."""
    gregorian = {h.attrs["iso"] for h in group if h.attrs.get("calendar") == "gregorian"}
    hijri = [Date.fromisoformat(h.attrs["iso"]) for h in group if h.attrs.get("calendar") == "hijri"]
    if len(gregorian) > 1:
        return None
    if gregorian:
        day = Date.fromisoformat(gregorian.pop())
        if any(abs((h - day).days) > 2 for h in hijri):
            return None
        return day.isoformat() if weekday is None or day.weekday() == weekday else None
    if weekday is None or len(set(hijri)) != 1:
        return None  # a Hijri date alone may be a day off: only its weekday says which day
    matches = [d for d in (hijri[0], hijri[0] - timedelta(days=1), hijri[0] + timedelta(days=1)) if d.weekday() == weekday]
    return matches[0].isoformat() if matches else None


def _later_date_in(text: str, after: Date, today: Date) -> bool:
    """Whether the text names a full date later than `after` and not in the future (the head's
    date is then history, or at least not the publication date)."""
    body = text[:BODY_CHARS]
    if not re.search(r"\d", body):
        return False
    for hit in sentence_dates(body, tokenize(body), 0, None):
        iso = hit.attrs.get("iso")
        if iso and hit.attrs.get("precision") == 1 and not hit.attrs.get("relative"):
            if after < Date.fromisoformat(iso) <= today:
                return True
    return False


# What a line holding only a dateline may hold besides its place head, dates, weekdays and agencies.
_DATELINE_PUNCT = re.compile(r"[\s\-–—:|،,()\[\]/«».]+")
_HEAD_END = re.compile(r"[\-–—:|،,]")


def is_dateline_only(line: str) -> bool:
    """Whether `line` is only a dateline, no headline: a short head (a place, at most PREFIX_WORDS
    words, «عدن (اليمن)», «القاهرة في») then nothing but separators, full dates, weekdays, times,
    «الموافق» and agencies — «عدن - الأحد 7 أغسطس 2016», «بغداد (رويترز) -», «صنعاء - خاص»,
    «الرياض 12 مارس 2016 واس», «الأحد 2015/8/2»: a line with a date, an agency or a closing separator
    after its head and nothing else. A headline («عدن: مقتل خمسة في انفجار», «الحوثيون يقصفون تعز»,
    «صنعاء - الثلاثاء 21 يوليو 2015 - قتل عشرة») or a name made of a date («ثورة 26 سبتمبر 1962»)
    is not one."""
    line = line.strip()
    if not line or len(line) > LINE_CHARS:
        return False
    tokens = tokenize(line, 0)
    covered: list[tuple[int, int]] = []
    for hit in sentence_dates(line, tokens, 0, None):
        if hit.attrs.get("iso") and hit.attrs.get("precision") == 1 and not hit.attrs.get("relative"):
            covered.append((hit.start, hit.end))
    for token in tokens:
        if weekday_of(token) is not None or token.norm in _AFTER_WORDS or token.norm == _DAY_WORD:
            covered.append((token.start, token.end))
    covered += [(m.start(), m.end()) for m in _TIME.finditer(line)]
    agency = _agency_spans(line)
    covered += agency
    starts = [a for a, _ in covered]
    separator = _HEAD_END.search(line)
    head_end = min(starts + ([separator.start()] if separator else []) + [len(line)])
    head = [normalize_token(w) for w in re.findall(r"[^\s\-–—:|،,()\[\]/«»]+", line[:head_end])]
    if len(head) > PREFIX_WORDS or (head and _opener(head[0])) or any(w.lstrip("و") in _NAMED_AFTER for w in head):
        return False  # a sentence, or a name made of a date: «ثورة 26 سبتمبر 1962»
    rest = "".join(" " if any(a <= k < b for a, b in covered) else ch for k, ch in enumerate(line))[head_end:]
    if _DATELINE_PUNCT.sub("", rest):
        return False  # words after the head that are no date, weekday or agency: a headline
    return bool(covered) or line[-1] in "-–—:|"


def _agency_spans(line: str) -> list[tuple[int, int]]:
    """Where `line` names a news agency («واس», «أ ف ب», «(رويترز)»): runs of its words that are one."""
    words = list(re.finditer(r"[^\s\-–—:|،,()\[\]/«»]+", line))
    spans = []
    k = 0
    while k < len(words):
        for n in (3, 2, 1):
            run = words[k:k + n]
            if len(run) == n and " ".join(normalize_token(w.group()) for w in run) in _AGENCIES:
                spans.append((run[0].start(), run[-1].end()))
                k += n
                break
        else:
            k += 1
    return spans
