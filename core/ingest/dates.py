"""Publication dates as exports write them → ISO yyyy-mm-dd, or None when not certain.

An unknown date is better than a wrong one, since incident dates are anchored on it: a
layout is read only when it names a day, a month and a year without ambiguity. Read: ISO 8601,
day-first numeric dates, RFC 2822 (RSS, e-mail: "Mon, 03 Aug 2015 22:00:00 -0500"), and
Arabic dates with month names, Egyptian/Gulf («3 أغسطس 2015»), Levantine/Iraqi («3 آب 2015»,
«3 كانون الثاني 2015») or Maghrebi («3 أوت 2015»), digits Arabic-Indic or not. A date with a
time zone is the publisher's calendar day (its own offset), not UTC's.
"""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from core.text.normalize import fold

# Day-first numeric layouts seen in news exports.
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")

# Month names as written (folded before matching: hamza, alef and diacritic variants meet).
_ARABIC_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "جانفي"),
    2: ("فبراير", "شباط", "فيفري"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "إبريل", "نيسان", "أفريل"),
    5: ("مايو", "أيار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويلية"),
    8: ("أغسطس", "آب", "أوت"),
    9: ("سبتمبر", "أيلول"),
    10: ("أكتوبر", "تشرين الأول"),
    11: ("نوفمبر", "تشرين الثاني"),
    12: ("ديسمبر", "كانون الأول"),
}
_MONTH_OF = {fold(name): month for month, names in _ARABIC_MONTHS.items() for name in names}
_MONTH = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_MONTH_OF, key=len, reverse=True))
# «3 آب 2015», «3 آب (أغسطس) 2015», «03 أغسطس، 2015», «3-أغسطس-2015»; the day and year alone.
_ARABIC_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*[-/]?\s*({_MONTH})(?:\s*[(/]\s*(?:{_MONTH})\s*\)?)?\s*[-/,،]?\s*(\d{{4}})(?!\d)"
)
# Epoch timestamps taken as dates only in this range: others are counts, ids or garbage.
_EPOCH_YEARS = (1990, 2100)


def normalize_date(value: object) -> str | None:
    """ISO date (yyyy-mm-dd) from a date, datetime or a string in a layout listed above; None
    for anything else. A bare number is not a sure date here (see `date_from_epoch`)."""
    if value is None or isinstance(value, (int, float)):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, Date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    head = text.split()[0].split("T")[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(head, fmt).date().isoformat()
        except ValueError:
            continue
    return _rfc2822(text) or _arabic(text)


def iso_date(value: object) -> str:
    """`normalize_date`'s ISO date of a date the user gave (`import --date`, a date set on articles);
    ValueError when it cannot be read."""
    date = normalize_date(value)
    if date is None:
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    return date


def date_from_epoch(value: object) -> str | None:
    """The UTC date of a Unix timestamp in seconds or milliseconds (a number, or a string of
    9 to 13 digits), when it falls between 1990 and 2100; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{9,13}", value.strip()):
        value = int(value.strip())
    if not isinstance(value, (int, float)) or value != value:  # NaN
        return None
    for seconds in (value, value / 1000):  # milliseconds, as JavaScript writes them
        try:
            moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            continue
        if _EPOCH_YEARS[0] <= moment.year < _EPOCH_YEARS[1]:
            return moment.date().isoformat()
    return None


def _rfc2822(text: str) -> str | None:
    if not re.search(r"\d{4}", text):  # parsedate accepts two-digit years; we do not
        return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _arabic(text: str) -> str | None:
    match = _ARABIC_DATE.search(fold(text))
    if match is None:
        return None
    day, month, year = match.groups()
    try:
        return Date(int(year), _MONTH_OF[" ".join(month.split())], int(day)).isoformat()
    except ValueError:  # 31 شباط
        return None
