"""Reports an analyst can hand on: Markdown and self-contained HTML.

Per scope: totals (by type, actor, governorate; corroborating reports counted once), a chart of
incidents per day, a point map, the incident table with one-line summaries in English and
Arabic, and then, per article that has any, the analyst's highlights and notes (`report_annotations`;
the Word and PDF reports list them too). Both formats are single files that open offline; Arabic parts are marked right-to-left
(`dir="rtl"` in HTML, Unicode isolates in Markdown, where table cells cannot carry attributes).

`lang` chooses the report's language (the interface's, or `marsad export --lang`): "en" writes
English headings and names with the Arabic place and summary in columns beside them; "ar" writes
a right-to-left report in Arabic — Arabic headings, totals under Arabic names (ACLED's event types
and Yemen's governorates as the Arabic interface names them, actors and places by their Arabic
names) and the Arabic summaries only.

The report's content — the incidents' order (`sorted_incidents`), the totals (`report_totals`), the
headline (`headline_lines`, `arabic_headline_lines`), the table's header and cells (`incident_header`,
`place_columns`, `people`, `arabic_place`, `arabic_people`, `casualty_counts`, `report_sources`), the map's
points (`map_svg_points`) — is public: the Word report (docx_report.py) and the annotations' Markdown build
from the same functions, so the formats never disagree.
"""

from __future__ import annotations

import base64
import importlib.resources
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from html import escape
from typing import IO, Any

from core.export.cells import text_lines
from core.export.charts import PLACE_RANK, day_chart_svg, map_svg
from core.export.figures import FIGURES, disagreement, figure_range
from core.export.scope import ExportIncident, Selection
from core.export.totals import UNKNOWN, Totals, actor_name, compute_totals, incident_day, is_rejected
from core.text.arabic import ARABIC_BLOCKS, arabic_count
from core.text.english import plural
from core.text.transliterate import (arabic_admin1, arabic_governorate, arabic_name, english_admin1, english_name,
                                     arabic_place_name, english_place, english_summary, latin, plain_name)

TOP_ACTORS = 15
LANGUAGES = ("en", "ar")
RLI, FSI, PDI = "\u2067", "\u2068", "\u2069"
_LRE, _PDF = "\u202a", "\u202c"  # a left-to-right embedding: «2015-08-05T10:00» or «12 / 22 / ?» in an Arabic line
_LRM = "\u200e"  # a strong left-to-right start: a cell of «#5 ⁨سبأ نت⁩» reads left to right (Qt's PDF too)


def place_columns(inc: dict[str, Any]) -> tuple[str, str]:
    """The incident table's Place cells, English and Arabic: the place, then its governorate unless
    the governorate is the place itself («Baghdad», not «Baghdad, Baghdad»; session 43)."""
    loc = inc.get("location") or {}
    own = governorate_is_place(loc)
    en = ", ".join(p for p in (english_place(loc), "" if own else english_admin1(loc)) if p)
    ar = "، ".join(plain_name(str(p)) for p in (loc.get("name_ar") or loc.get("text"),
                                                 None if own else loc.get("admin1_ar")) if p)
    return en, ar


def governorate_is_place(loc: dict[str, Any]) -> bool:
    """Whether a place's governorate is the place itself, maybe in another spelling (the city of
    Baghdad in Baghdad, «الضالع» "Ad Dali'" in Ad Dali): the summaries' rule, which names it once
    («in Ad Dali'»), so the report's Place cells, beside them, do too."""
    from core.incidents.model import Place
    from core.incidents.summary import same_place

    place = Place.from_dict(loc) if loc else None
    return place is not None and bool(place.text) and same_place(place)


def people(inc: dict[str, Any]) -> str:
    a1, a2 = english_name(inc.get("actor1")), english_name(inc.get("actor2"))
    return f"{a1} vs {a2}" if a1 and a2 else a1 or a2


# ---------------------------------------------------------------- the Arabic report's words

# The report's own texts in Arabic, by their English (the English report writes the keys).
ARABIC: dict[str, str] = {
    "Marsad incident report": "تقرير مرصد عن الحوادث",
    "Scope": "النطاق", "exported": "صُدِّر في",
    "By event type": "حسب نوع الحدث", "By governorate": "حسب المحافظة", "By actor": "حسب الطرف",
    "Event type": "نوع الحدث", "Governorate": "المحافظة", "Actor": "الطرف", "Incidents": "الحوادث",
    "Killed": "القتلى", "Per day": "الحوادث يومًا بيوم", "Day": "اليوم", "Incidents per day": "الحوادث في كل يوم",
    "Map": "الخريطة", "Incident locations": "مواقع الحوادث", "No dated incidents.": "لا حادثة مؤرَّخة.",
    "No incident has coordinates.": "لا إحداثيات لأي حادثة.",
    "Date": "التاريخ", "Type": "النوع", "Place": "المكان", "Actors": "الأطراف",
    "Killed / injured / captured": "قتلى / جرحى / أسرى", "Summary": "الملخص", "Reports": "البلاغات",
    "Status": "الحالة",
    "Analyst's notes": "ملاحظات المحلل", "Highlight": "تظليل", "Note": "ملاحظة", "article": "المقال",
    "(untitled)": "(بلا عنوان)",
}  # fmt: skip
ARABIC_STATUS = {"machine": "آلية", "confirmed": "مؤكَّدة", "edited": "صحّحها المحلل", "added": "أضافها المحلل",
                 "rejected": "مرفوضة"}
# The scope line's own words (core's `describe_scope`, the Export dialog's `describe_query`) in Arabic;
# the values after them — the analyst's search, a tag, a source — stay as they were typed.
_ARABIC_SCOPE_LABELS = {"from": "من", "to": "إلى", "source": "المصدر", "governorate": "المحافظة", "actor": "الطرف",
                        "event": "الحدث", "tag": "الوسم"}
_ARABIC_SCOPE_FLAGS = {"whole corpus": "المكتبة كلها", "starred": "المميّزة بنجمة", "with notes": "ذات الملاحظات",
                       "unread": "غير المقروءة"}
_END = r"(?=, |; |\Z)"  # a part of the scope ends at «, », «; » or the line's end
_SCOPE_PART = re.compile(
    rf"search “(?P<search>.*?)”{_END}"
    rf"|(?P<ids>articles?) (?P<numbers>\d+(?:, \d+)*){_END}"
    rf"|(?P<label>{'|'.join(_ARABIC_SCOPE_LABELS)}) (?P<value>.*?){_END}"
    rf"|(?P<flag>{'|'.join(_ARABIC_SCOPE_FLAGS)}){_END}"
    rf"|(?P<other>.*?){_END}",
    re.DOTALL,
)


def words(lang: str) -> Callable[[str], str]:
    """The report's text `en` in `lang` (English is the key itself)."""
    return (lambda en: ARABIC.get(en, en)) if lang == "ar" else (lambda en: en)


def arabic_scope(description: str) -> str:
    """The scope line (core's `describe_scope`, the Export dialog's) in Arabic: «المقال 5», «البحث
    «صعدة»». Only the line's own words are translated, each at the start of its part: the words
    after them are the analyst's and stay as typed (a search «“attack from air”» keeps its «from»);
    a part it does not know stays as it is."""
    out, pos = [], 0
    if description.startswith("library "):
        out.append("المكتبة: ")
        pos = len("library ")
    while True:
        m = _SCOPE_PART.match(description, pos)
        assert m is not None  # the last alternative matches anything up to the part's end
        if m["search"] is not None:
            out.append(f"البحث «{m['search']}»")
        elif m["ids"]:
            out.append(("المقال " if m["ids"] == "article" else "المقالات ") + m["numbers"].replace(", ", "، "))
        elif m["label"]:
            out.append(f"{_ARABIC_SCOPE_LABELS[m['label']]} {_arabic_scope_value(m['label'], m['value'])}")
        elif m["flag"]:
            out.append(_ARABIC_SCOPE_FLAGS[m["flag"]])
        else:
            out.append(m["other"])
        pos = m.end()
        if pos >= len(description):
            return "".join(out)
        out.append("؛ " if description.startswith("; ", pos) else ", ")
        pos += 2


def _arabic_scope_value(label: str, value: str) -> str:
    """A filter's value in the Arabic scope line: an event type and a governorate are the stored
    English names (picked from a list, not typed), so they are shown in Arabic as the report's
    tables name them («الحدث معارك», not «الحدث Battles»); the rest stay as typed."""
    if label == "event":
        return acled_arabic(value) or value
    if label == "governorate":
        return _acled_arabic()[1].get(value) or arabic_governorate(value) or value
    return value


@cache
def _acled_arabic() -> tuple[dict[str, str], dict[str, str]]:
    """ACLED's English event and sub-event types → Arabic, and Yemen's governorates (English →
    Arabic): the names the Arabic interface shows (resources/translations/acled_names_ar.json)."""
    path = importlib.resources.files("resources") / "translations" / "acled_names_ar.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {en: ar for key in ("event_types", "sub_event_types") for en, ar in data.get(key, {}).items()}
    return names, dict(data.get("governorates", {}))


def acled_arabic(value: str) -> str:
    """An ACLED event or sub-event type in Arabic (as it is when unknown)."""
    return _acled_arabic()[0].get(value, value) if value else ""


def governorate_arabic(loc: dict[str, Any]) -> str:
    """A place's governorate in Arabic: its own Arabic name, else the Arabic of its English one."""
    governorates = _acled_arabic()[1]
    return plain_name(str(loc.get("admin1_ar") or "")) or governorates.get(str(loc.get("admin1_en") or ""), "") \
        or arabic_governorate(loc.get("admin1_en")) or arabic_admin1(loc)


def _arabic_governorate_key(inc: dict[str, Any]) -> str:
    return governorate_arabic(inc.get("location") or {}) or UNKNOWN


def arabic_place(inc: dict[str, Any]) -> str:
    loc = inc.get("location") or {}
    own = governorate_is_place(loc)
    return "، ".join(p for p in (arabic_place_name(loc) if loc else "", "" if own else governorate_arabic(loc)) if p)


def arabic_people(inc: dict[str, Any]) -> str:
    a1, a2 = (arabic_name(inc.get(k)) if inc.get(k) else "" for k in ("actor1", "actor2"))
    return f"{a1} ضد {a2}" if a1 and a2 else a1 or a2


def total_names(lang: str) -> tuple[Callable[[str], str], Callable[[str], str], Callable[[str], str]]:
    """How the totals' keys (`report_totals`) are shown in `lang`: the event type's, the
    governorate's and the actor's (one definition for the Markdown and HTML writers)."""
    if lang == "ar":  # the keys are already Arabic names, but for ACLED's types and UNKNOWN
        return (lambda k: "غير معروف" if k == UNKNOWN else acled_arabic(k),
                lambda k: "غير معروفة" if k == UNKNOWN else k, str)
    return str, latin, latin


def arabic_headline_lines(t: Totals, articles: int) -> list[str]:
    incidents = arabic_count(t.incidents, ("حادثة واحدة", "حادثتان", "حوادث", "حادثةً", "حادثة"))
    source = arabic_count(articles, ("مقال واحد", "مقالين", "مقالات", "مقالًا", "مقال"))
    lines = [f"{incidents} من {source}", f"القتلى {t.fatalities}، الجرحى {t.injured}، الأسرى {t.captured}"]
    if t.unknown_fatalities:
        lines.append(f"حوادث فيها قتلى بلا عدد (تُحسب صفرًا): {t.unknown_fatalities}")
    if t.folded_reports:
        lines.append(f"بلاغات مؤيِّدة حُسبت مرة واحدة مع الحادثة التي تؤكدها: {t.folded_reports}")
    if t.rejected:
        lines.append(f"حوادث مرفوضة مدرجة مشطوبةً وخارج كل مجموع: {t.rejected}")
    return lines


def undated_note(n: int, lang: str) -> str:
    """Under the per-day chart, which has a bar for each day only: the incidents it leaves out
    (the bundled sample's article is undated: the chart showed 3 of the report's 10 incidents)."""
    if lang == "ar":
        return f"حوادث بلا تاريخ ليست في الرسم: {n}"
    return plural(f"Not in the chart: {n} incident(s) without a date.", n)


def day_label(day: str, lang: str) -> str:
    """A row of the per-day table: the day, or «بلا تاريخ» for the undated in the Arabic report."""
    return "بلا تاريخ" if lang == "ar" and day == UNKNOWN else day


def unmapped_note(n: int, lang: str) -> str:
    if lang == "ar":
        return f"حوادث بلا إحداثيات ليست على الخريطة: {n}"
    return plural(f"Not on the map: {n} incident(s) without coordinates.", n)


def report_totals(records: list[ExportIncident], lang: str) -> Totals:
    """Totals under the report language's names: the Arabic report counts actors and governorates
    by their Arabic names."""
    if lang == "ar":
        return compute_totals(records, actor=_arabic_actor_key(records), place=_arabic_governorate_key)
    return compute_totals(records)


def _arabic_actor_key(records: list[ExportIncident]) -> Callable[[dict[str, Any] | None], str]:
    """Actors counted as the English report counts them (one canonical actor, whatever its Arabic
    wording in each article: «ميليشيات الحوثي والمخلوع صالح» and «الحوثيين» are both the Houthis),
    each shown by the Arabic name most of its mentions carry (the first on a tie)."""
    names: dict[str, Counter[str]] = {}
    for record in records:
        for key in ("actor1", "actor2"):
            actor = record.incident.get(key)
            if actor:
                names.setdefault(actor_name(actor), Counter())[arabic_name(actor)] += 1
    shown = {en: counts.most_common(1)[0][0] for en, counts in names.items()}
    return lambda a: shown.get(actor_name(a), arabic_name(a)) if a else ""


def left_to_right(text: str) -> str:
    """`text` (a time, counts) kept left to right inside Arabic: an embedding, which Qt's PDF
    honours too (it ignores the isolates)."""
    return f"{_LRE}{text}{_PDF}"


def check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}; choose one of {', '.join(LANGUAGES)}")


def unknown_mark(lang: str) -> str:
    """The report's mark for a figure not known: «؟» in Arabic."""
    return "؟" if lang == "ar" else "?"


def casualty_counts(inc: dict[str, Any], lang: str = "en") -> str:
    """«killed / injured / captured», «?» for not reported. In the Arabic report the figures run right
    to left like the column's heading «قتلى / جرحى / أسرى» (killed at the right) with the Arabic «؟»:
    kept left to right, the killed would stand under the heading's captured."""
    unknown = unknown_mark(lang)

    def show(v: Any) -> str:
        return unknown if v is None else str(v)

    return f"{show(inc.get('fatalities'))} / {show(inc.get('injured'))} / {show(inc.get('captured'))}"


def figures_note(rec: ExportIncident, lang: str = "en") -> str:
    """When the reports of a corroborated incident give different figures: which, and that the lowest
    is coded (as the ACLED CSV's notes say), so the report's summary — the representative report's,
    with its own figures — is not read against the coded «killed / injured / captured» as a mistake.
    "" when the reports agree or there is one report."""
    spans = [(key, span) for key in FIGURES if (span := figure_range(rec.reports, key)) and span[0] != span[1]]
    if not spans:
        return ""
    if lang == "ar":
        names = {"fatalities": "القتلى", "injured": "الجرحى", "captured": "الأسرى"}
        parts = "، ".join(f"{names[key]} من {lo} إلى {hi}" for key, (lo, hi) in spans)
        return f"(تختلف أرقام التقارير: {parts}؛ رُمِّز أدناها)"
    return f"({disagreement(rec.reports)}; the lowest is coded)"


def report_summary(rec: ExportIncident, lang: str = "en") -> str:
    """The incident's summary in the report's incident table: the English (lang "en") or Arabic one,
    followed by `figures_note` when its reports' figures differ."""
    inc = rec.incident
    summary = english_summary(inc) if lang == "en" else str(inc.get("summary_ar") or "")
    note = figures_note(rec, lang)
    return f"{summary} {note}" if summary and note else summary or note


# The bundled sample's source (resources/samples/samples.json): data in the library, but words Marsad
# itself wrote, so the interface (gui.i18n.source_name) and the Arabic reports show them in Arabic.
SAMPLE_SOURCE = "Bundled sample (user's reference article)"
SAMPLE_SOURCE_AR = "عيّنة مرفقة (مقال مرجعي للمستخدم)"


def source_name(source: str, lang: str = "en") -> str:
    """An article's source as a report in `lang` names it: the bundled sample's in Arabic in the
    Arabic report, any other as it was imported."""
    return SAMPLE_SOURCE_AR if lang == "ar" and source == SAMPLE_SOURCE else source


def report_sources(rec: ExportIncident, isolate: bool = True, lang: str = "en") -> list[str]:
    """One line per report: «#5 سبأ نت» (the article, then its publisher). `isolate`: the source name
    isolated («#5 ⁨سبأ نت⁩»), else an Arabic name would pull the article number and the "; " between
    reports into right-to-left order (Word takes no marks: the docx report sets run directions)."""
    out = []
    for art, _ in rec.reports:
        source = source_name((art.get("source") or "").strip(), lang)
        name = f"{FSI}{source}{PDI}" if isolate else source
        out.append(f"#{art.get('id')} {name}" if source else f"#{art.get('id')}")
    return out


def map_svg_points(records: Iterable[ExportIncident], lang: str = "en") -> list[dict[str, Any]]:
    points = []
    for rec in records:
        if is_rejected(rec):
            continue  # not an incident: listed in the table only
        loc = rec.incident.get("location") or {}
        lat, lon = loc.get("lat"), loc.get("lon")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90 and -180 <= lon <= 180:
            label = arabic_place_name(loc) if lang == "ar" else english_place(loc)
            # a dot several places share is named after the most general one, or their governorate
            admin1 = plain_name(str(loc.get("admin1_ar") or "")) if lang == "ar" else str(loc.get("admin1_en") or "")
            points.append({"lon": lon, "lat": lat, "label": label, "fatalities": rec.incident.get("fatalities") or 0,
                           "rank": PLACE_RANK.get(str(loc.get("kind") or ""), 0), "admin1": admin1})
    return points


@dataclass(frozen=True, slots=True)
class ArticleNotes:
    """One article's highlights and notes as a report lists them, after the incidents: its title,
    date, «article 5» and source (`meta`: «2015-08-05 · article 5 · عكاظ»), and (head, quote, note)
    per highlight (its colour in the head) then per free note (no quote)."""

    title: str
    published: str
    article: str
    source: str
    items: list[tuple[str, str, str]]

    @property
    def meta(self) -> str:
        # the date first: after an Arabic word its digits are Arabic numbers, and read «05-08-2015»
        return " · ".join(m for m in (self.published, self.article, self.source) if m)


def report_annotations(selection: Selection, lang: str = "en") -> list[ArticleNotes]:
    """The analyst's highlights and notes of the scope's articles that have any, in the scope's
    order (the rows `annotation_rows` gives xlsx, JSON and the notes-* formats), worded in `lang`."""
    from core.export.annotations import ARABIC_COLOURS, annotation_rows

    tr = words(lang)
    out = []
    for bundle in selection.bundles:
        items = []
        for row in annotation_rows([bundle]):
            if row["kind"] == "highlight":
                colour = (ARABIC_COLOURS.get(row["colour"], row["colour"]) if lang == "ar" else row["colour"])
                head = f"{tr('Highlight')} ({colour})" if colour else tr("Highlight")
                items.append((head, str(row["quote"]), str(row["note"])))
            elif str(row["note"]).strip():
                items.append((tr("Note"), "", str(row["note"])))
        if items:
            art = bundle.article
            out.append(ArticleNotes(str(art.get("title") or "").strip() or tr("(untitled)"),
                                    str(art.get("published") or "")[:10], f"{tr('article')} {art.get('id')}",
                                    source_name((art.get("source") or "").strip(), lang), items))
    return out


def sorted_incidents(records: list[ExportIncident]) -> list[ExportIncident]:
    return sorted(records, key=lambda r: (incident_day(r) or "9999", r.article.get("id") or 0, _position(r.number)))


def _position(number: int | str) -> tuple[int, int, str]:
    """Machine incidents (numbered from 1) before the analyst's («a<override id>», in the order
    they were added): the two kinds of number never meet in one comparison."""
    if isinstance(number, int):
        return (0, number, "")
    digits = str(number).lstrip("a")
    return (1, int(digits), "") if digits.isdigit() else (2, 0, str(number))


def headline_lines(t: Totals, articles: int) -> list[str]:
    lines = [
        plural(f"{t.incidents} incident(s) from {articles} article(s)", t.incidents, articles),
        f"{t.fatalities} killed, {t.injured} injured, {t.captured} captured",
    ]
    if t.unknown_fatalities:
        lines.append(plural(f"{t.unknown_fatalities} incident(s) with deaths but no number (counted as 0)", t.unknown_fatalities))
    if t.folded_reports:
        confirm = "it confirms" if t.folded_reports == 1 else "they confirm"  # «1 … report … the incident they confirm»
        lines.append(plural(f"{t.folded_reports} corroborating report(s) counted once with the incident {confirm}", t.folded_reports))
    if t.rejected:
        lines.append(plural(f"{t.rejected} rejected incident(s) listed, struck through, and left out of every count", t.rejected))
    return lines


# ---------------------------------------------------------------- Markdown

def _md(text: Any) -> str:
    s = "" if text is None else str(text)
    s = s.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return "".join("\\" + ch if ch in "\\`*_[]<>|#" else ch for ch in s)


def _md_ar(text: str) -> str:
    return f"{RLI}{_md(text)}{PDI}" if text else ""


def _md_table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _svg_image(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f"![{alt}](data:image/svg+xml;base64,{data})"


def write_report_md(out: IO[str], selection: Selection, *, lang: str = "en") -> int:
    """The report in Markdown, in `lang` ("en" or "ar"); returns the incidents listed."""
    check_lang(lang)
    ar, tr = lang == "ar", words(lang)
    text = _md_ar if ar else _md  # Markdown has no direction: Arabic lines and cells are isolated
    records = sorted_incidents(selection.incidents)
    t = report_totals(records, lang)
    mark = unknown_mark(lang)  # a killed cell's deaths of unknown number: «12 + ?»
    w = out.write
    scope = arabic_scope(selection.description) if ar else selection.description
    w(f"# {tr('Marsad incident report')}\n\n")
    when = selection.exported_at.isoformat(timespec="seconds")
    w(text(f"{tr('Scope')}: {scope} · {tr('exported')} {left_to_right(when) if ar else when}") + "\n\n")
    headline = arabic_headline_lines(t, len(selection.bundles)) if ar else headline_lines(t, len(selection.bundles))
    w("".join(f"- {text(line)}\n" for line in headline))
    kind, gov, who = total_names(lang)
    w(f"\n## {tr('By event type')}\n\n")
    w(_md_table([tr("Event type"), tr("Incidents"), tr("Killed")],
                ([text(kind(k)), str(n), t.killed("event_type", k, mark)] for k, n in t.by_event_type.most_common())))  # fmt: skip
    w(f"\n\n## {tr('By governorate')}\n\n")
    w(_md_table([tr("Governorate"), tr("Incidents"), tr("Killed")],
                ([text(gov(k)), str(n), t.killed("governorate", k, mark)] for k, n in t.by_governorate.most_common())))  # fmt: skip
    w(f"\n\n## {tr('By actor')}\n\n")
    w(_md_table([tr("Actor"), tr("Incidents")], ([text(who(k)), str(n)] for k, n in t.by_actor.most_common(TOP_ACTORS))))
    w(f"\n\n## {tr('Per day')}\n\n")
    chart = day_chart_svg(dict(t.by_day), title=tr("Incidents per day"))
    if chart:
        w(_svg_image(chart, tr("Incidents per day")) + "\n\n")
    w(_md_table([tr("Day"), tr("Incidents"), tr("Killed")],
                ([text(day_label(k, lang)) if k == UNKNOWN else _md(k), str(n), t.killed("day", k, mark)]
                 for k, n in sorted(t.by_day.items()))))  # fmt: skip
    w(f"\n\n## {tr('Map')}\n\n")
    points = map_svg_points(records, lang)
    svg = map_svg(points, title=tr("Incident locations"))
    w((_svg_image(svg, tr("Incident locations")) if svg else text(tr("No incident has coordinates."))) + "\n")
    if len(points) < t.incidents:
        w("\n" + text(unmapped_note(t.incidents - len(points), lang)) + "\n")
    w(f"\n## {tr('Incidents')}\n\n")
    rows = []
    for rec in records:
        inc = rec.incident
        status = inc.get("analyst_status") or "machine"
        kind_of = inc.get("sub_event_type") or inc.get("event_type") or ""
        if ar:
            rows.append([
                _md(incident_day(rec)), text(acled_arabic(kind_of)), text(arabic_place(inc)), text(arabic_people(inc)),
                text(casualty_counts(inc, "ar")), text(report_summary(rec, "ar")), _md("; ".join(report_sources(rec, lang="ar"))),
                text(ARABIC_STATUS.get(status, status)),
            ])  # fmt: skip
            continue
        en, place_ar = place_columns(inc)
        rows.append([
            _md(incident_day(rec)), _md(kind_of), _md(en),
            _md_ar(place_ar), _md(people(inc)), casualty_counts(inc), _md(report_summary(rec)),
            _md_ar(report_summary(rec, "ar")), _md("; ".join(report_sources(rec))),
            _md(status),
        ])  # fmt: skip
    w(_md_table(incident_header(lang), rows))
    w("\n")
    _md_notes(w, selection, lang)
    return len(records)


def _md_lines(text: str, isolate: str) -> list[str]:
    """A highlight's quote or a note, line by line, each isolated (`isolate`: RLI for the article's
    Arabic, FSI for a note in the analyst's own direction) and escaped."""
    return [f"{isolate}{_md(line)}{PDI}" if line.strip() else "" for line in text_lines(text)]


def _md_notes(w: Callable[[str], Any], selection: Selection, lang: str) -> None:
    """The analyst's highlights and notes, per article after the incidents (`report_annotations`)."""
    notes = report_annotations(selection, lang)
    if not notes:
        return
    text, heading = (_md_ar if lang == "ar" else _md), words(lang)("Analyst's notes")
    w(f"\n## {heading}\n")
    for art in notes:
        w(f"\n### {FSI}{_md(art.title)}{PDI}\n\n{text(art.meta)}\n\n")
        for head, quote, note in art.items:
            w(f"- {text(head)}\n")
            if quote:
                w("\n" + "\n".join(f"  > {line}" for line in _md_lines(quote, RLI)) + "\n")
            if note:
                w("\n" + "  \n".join(f"  {line}" for line in _md_lines(note, FSI)) + "\n")
            w("\n")


def incident_header(lang: str) -> list[str]:
    if lang == "ar":
        tr = words(lang)
        return [tr(h) for h in ("Date", "Type", "Place", "Actors", "Killed / injured / captured", "Summary", "Reports",
                                "Status")]
    return ["Date", "Type", "Place", "المكان", "Actors", "Killed / injured / captured", "Summary", "الملخص", "Reports",
            "Status"]


# ---------------------------------------------------------------- HTML

_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em auto;max-width:1200px;color:#222;line-height:1.4}
[lang=ar]{font-family:'Amiri','Noto Naskh Arabic','Scheherazade New','Arial',serif;font-size:1.1em}
table{border-collapse:collapse;margin:0.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
th{background:#f0ede4;text-align:start}
td.n{text-align:end;font-variant-numeric:tabular-nums}
.totals li{margin:0.2em 0}
.grid{display:flex;flex-wrap:wrap;gap:2em}
tr.rejected td{color:#888;text-decoration:line-through}
blockquote{margin:0.3em 1.5em;padding:0 0.6em;border-inline-start:3px solid #d8d2c0}
.notes p{margin:0.3em 0}
figure{margin:0.5em 0}
"""


def _h(text: Any) -> str:
    return escape("" if text is None else str(text))


def _ar(text: str) -> str:
    return f'<td dir="rtl" lang="ar">{_h(text)}</td>'


def _html_table(caption: str, header: list[str], rows: Iterable[list[str] | str]) -> str:
    """Rows are lists of <td> strings, or a finished <tr> string."""
    head = "".join(f"<th>{_h(h)}</th>" for h in header)
    body = "".join(r if isinstance(r, str) else "<tr>" + "".join(r) + "</tr>" for r in rows)
    return f"<table><caption>{_h(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _reports_td(sources: list[str]) -> str:
    """One line per report, each starting left to right: «#5 سبأ نت» stays in reading order even
    where bidi isolates are not honoured (Qt's PDF), and two Arabic names never run together.
    Each line also ends left to right: in the Arabic report's right-to-left cell the last line's
    isolated name stood between «#1» and the cell's end, took the cell's direction and went to the
    left — «alriyadh #1», «aljazirah #27» (a line followed by another had the next line's mark)."""
    return "<td>" + "<br>".join(_h(_LRM + source + _LRM) for source in sources) + "</td>"


def _td(value: Any, numeric: bool = False) -> str:
    return f'<td class="n">{_h(value)}</td>' if numeric else f"<td>{_h(value)}</td>"


def write_report_html(out: IO[str], selection: Selection, *, lang: str = "en") -> int:
    """The report as one self-contained HTML file, in `lang` ("en" or "ar": right to left, the
    whole page `dir="rtl"`); returns the incidents listed."""
    check_lang(lang)
    ar, tr = lang == "ar", words(lang)
    cell = _ar if ar else _td  # the Arabic report's text cells are Arabic
    records = sorted_incidents(selection.incidents)
    t = report_totals(records, lang)
    mark = unknown_mark(lang)  # a killed cell's deaths of unknown number: «12 + ?»
    w = out.write
    w('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n' if ar
      else '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    title = tr("Marsad incident report")
    w(f'<meta name="generator" content="Marsad">\n<title>{_h(title)}</title>\n')
    w(f"<style>{_CSS}</style>\n</head>\n<body>\n<h1>{_h(title)}</h1>\n")
    scope = arabic_scope(selection.description) if ar else selection.description
    when = selection.exported_at.isoformat(timespec="seconds")
    w(f"<p>{_h(tr('Scope'))}: {_h(scope)} · {_h(tr('exported'))} {_h(left_to_right(when) if ar else when)}</p>\n")
    headline = arabic_headline_lines(t, len(selection.bundles)) if ar else headline_lines(t, len(selection.bundles))
    w(('<ul class="totals" dir="rtl">' if ar else '<ul class="totals">')
      + "".join(f"<li>{_h(line)}</li>" for line in headline) + "</ul>\n")
    kind, gov, who = total_names(lang)
    w('<div class="grid">\n')
    w(_html_table(tr("By event type"), [tr("Event type"), tr("Incidents"), tr("Killed")],
                  ([cell(kind(k)), _td(n, True), _td(t.killed("event_type", k, mark), True)] for k, n in t.by_event_type.most_common())))  # fmt: skip
    w(_html_table(tr("By governorate"), [tr("Governorate"), tr("Incidents"), tr("Killed")],
                  ([cell(gov(k)), _td(n, True), _td(t.killed("governorate", k, mark), True)] for k, n in t.by_governorate.most_common())))  # fmt: skip
    w(_html_table(tr("By actor"), [tr("Actor"), tr("Incidents")],
                  ([cell(who(k)), _td(n, True)] for k, n in t.by_actor.most_common(TOP_ACTORS))))  # fmt: skip
    w(f"</div>\n<h2>{_h(tr('Per day'))}</h2>\n")
    chart = day_chart_svg(dict(t.by_day), title=tr("Incidents per day"))
    w(f"<figure>{chart}</figure>\n" if chart else f"<p>{_h(tr('No dated incidents.'))}</p>\n")
    if chart and t.by_day.get(UNKNOWN):
        w(f"<p>{_h(undated_note(t.by_day[UNKNOWN], lang))}</p>\n")
    w(f"<h2>{_h(tr('Map'))}</h2>\n")
    points = map_svg_points(records, lang)
    svg = map_svg(points, title=tr("Incident locations"))
    w(f"<figure>{svg}</figure>\n" if svg else f"<p>{_h(tr('No incident has coordinates.'))}</p>\n")
    if len(points) < t.incidents:
        w(f"<p>{_h(unmapped_note(t.incidents - len(points), lang))}</p>\n")
    w(f"<h2>{_h(tr('Incidents'))}</h2>\n")
    rows: list[list[str] | str] = []
    for rec in records:
        inc = rec.incident
        status = inc.get("analyst_status") or "machine"
        kind_of = inc.get("sub_event_type") or inc.get("event_type")
        if ar:
            cells = [
                _td(incident_day(rec)), _ar(acled_arabic(kind_of or "")), _ar(arabic_place(inc)), _ar(arabic_people(inc)),
                _td(casualty_counts(inc, "ar"), True), _ar(report_summary(rec, "ar")), _reports_td(report_sources(rec, lang="ar")),
                _ar(ARABIC_STATUS.get(status, status)),
            ]  # fmt: skip
        else:
            en, place_ar = place_columns(inc)
            cells = [
                _td(incident_day(rec)), _td(kind_of), _td(en), _ar(place_ar),
                _td(people(inc)), _td(casualty_counts(inc), True), _td(report_summary(rec)), _ar(report_summary(rec, "ar")),
                _reports_td(report_sources(rec)), _td(status),
            ]  # fmt: skip
        row_class = ' class="rejected"' if status == "rejected" else ""
        rows.append(f"<tr{row_class}>" + "".join(cells) + "</tr>")
    w(_html_table(tr("Incidents"), incident_header(lang), rows))
    _html_notes(w, selection, lang)
    w("\n</body>\n</html>\n")
    return len(records)


_FIRST_LETTER = re.compile(rf"([{ARABIC_BLOCKS}])|[A-Za-z\u00c0-\u024f]")


def _direction(text: str) -> str:
    """"rtl" or "ltr" by the text's first letter (what `dir="auto"` means: Qt's PDF does not read it)."""
    m = _FIRST_LETTER.search(text)
    return "rtl" if m and m.group(1) else "ltr"


def _html_lines(text: str) -> str:
    return "<br>".join(_h(line) for line in text_lines(text))


def _html_notes(w: Callable[[str], Any], selection: Selection, lang: str) -> None:
    """The analyst's highlights and notes, per article after the incidents: the quote (the
    article's Arabic) right to left, a title or a note in its own (`_direction`)."""
    notes = report_annotations(selection, lang)
    if not notes:
        return
    heading = words(lang)("Analyst's notes")
    w(f"\n<h2>{_h(heading)}</h2>\n")
    for art in notes:
        w(f'<section class="notes">\n<h3 dir="{_direction(art.title)}">{_h(art.title)}</h3>\n<p>{_h(art.meta)}</p>\n<ul>\n')
        for head, quote, note in art.items:
            w(f"<li>{_h(head)}")
            if quote:
                w(f'<blockquote dir="rtl" lang="ar">{_html_lines(quote)}</blockquote>')
            if note:
                w(f'<p dir="{_direction(note)}">{_html_lines(note)}</p>')
            w("</li>\n")
        w("</ul>\n</section>\n")
