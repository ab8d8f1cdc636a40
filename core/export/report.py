"""Reports an analyst can hand on: Markdown and self-contained HTML.

Per scope: totals (by type, actor, governorate; corroborating reports counted once), a chart of
incidents per day, a point map, and the incident table with one-line summaries in English and
Arabic. Both formats are single files that open offline; Arabic parts are marked right-to-left
(`dir="rtl"` in HTML, Unicode isolates in Markdown, where table cells cannot carry attributes).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from html import escape
from typing import IO, Any

from core.export.charts import day_chart_svg, map_svg
from core.export.scope import ExportIncident, Selection
from core.export.totals import Totals, compute_totals, incident_day, is_rejected
from core.text.english import plural
from core.text.transliterate import english_name, english_summary, latin

TOP_ACTORS = 15
_RLI, _FSI, _PDI = "\u2067", "\u2068", "\u2069"
_LRM = "\u200e"  # a strong left-to-right start: a cell of «#5 ⁨سبأ نت⁩» reads left to right (Qt's PDF too)


def _place(inc: dict[str, Any]) -> tuple[str, str]:
    loc = inc.get("location") or {}
    en = ", ".join(p for p in (english_name(loc), loc.get("admin1_en") or latin(loc.get("admin1_ar"))) if p)
    ar = "، ".join(p for p in (loc.get("name_ar") or loc.get("text"), loc.get("admin1_ar")) if p)
    return en, ar


def _people(inc: dict[str, Any]) -> str:
    a1, a2 = english_name(inc.get("actor1")), english_name(inc.get("actor2"))
    return f"{a1} vs {a2}" if a1 and a2 else a1 or a2


def _counts(inc: dict[str, Any]) -> str:
    def show(v: Any) -> str:
        return "?" if v is None else str(v)

    return f"{show(inc.get('fatalities'))} / {show(inc.get('injured'))} / {show(inc.get('captured'))}"


def _sources(rec: ExportIncident) -> list[str]:
    out = []
    for art, _ in rec.reports:
        source = (art.get("source") or "").strip()
        # the source name isolated («#5 ⁨سبأ نت⁩»): an Arabic name would otherwise pull the
        # article number and the "; " between reports into right-to-left order
        out.append(f"#{art.get('id')} {_FSI}{source}{_PDI}" if source else f"#{art.get('id')}")
    return out


def _points(records: Iterable[ExportIncident]) -> list[dict[str, Any]]:
    points = []
    for rec in records:
        if is_rejected(rec):
            continue  # not an incident: listed in the table only
        loc = rec.incident.get("location") or {}
        lat, lon = loc.get("lat"), loc.get("lon")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90 and -180 <= lon <= 180:
            label = english_name(loc)
            points.append({"lon": lon, "lat": lat, "label": label, "fatalities": rec.incident.get("fatalities") or 0})
    return points


def _sorted(records: list[ExportIncident]) -> list[ExportIncident]:
    return sorted(records, key=lambda r: (incident_day(r) or "9999", r.article.get("id") or 0, _position(r.number)))


def _position(number: int | str) -> tuple[int, int, str]:
    """Machine incidents (numbered from 1) before the analyst's («a<override id>», in the order
    they were added): the two kinds of number never meet in one comparison."""
    if isinstance(number, int):
        return (0, number, "")
    digits = str(number).lstrip("a")
    return (1, int(digits), "") if digits.isdigit() else (2, 0, str(number))


def _headline(t: Totals, articles: int) -> list[str]:
    lines = [
        plural(f"{t.incidents} incident(s) from {articles} article(s)", t.incidents, articles),
        f"{t.fatalities} killed, {t.injured} injured, {t.captured} captured",
    ]
    if t.unknown_fatalities:
        lines.append(plural(f"{t.unknown_fatalities} incident(s) with deaths but no number (counted as 0)", t.unknown_fatalities))
    if t.folded_reports:
        lines.append(plural(f"{t.folded_reports} corroborating report(s) counted once with the incident they confirm", t.folded_reports))
    if t.rejected:
        lines.append(plural(f"{t.rejected} rejected incident(s) listed, struck through, and left out of every count", t.rejected))
    return lines


# ---------------------------------------------------------------- Markdown

def _md(text: Any) -> str:
    s = "" if text is None else str(text)
    s = s.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return "".join("\\" + ch if ch in "\\`*_[]<>|#" else ch for ch in s)


def _md_ar(text: str) -> str:
    return f"{_RLI}{_md(text)}{_PDI}" if text else ""


def _md_table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _svg_image(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f"![{alt}](data:image/svg+xml;base64,{data})"


def write_report_md(out: IO[str], selection: Selection) -> int:
    records = _sorted(selection.incidents)
    t = compute_totals(records)
    w = out.write
    w("# Marsad incident report\n\n")
    w(f"Scope: {_md(selection.description)} · exported {selection.exported_at.isoformat(timespec='seconds')}\n\n")
    w("".join(f"- {_md(line)}\n" for line in _headline(t, len(selection.bundles))))
    w("\n## By event type\n\n")
    w(_md_table(["Event type", "Incidents", "Killed"],
                ([_md(k), str(n), str(t.fatalities_by_event_type[k])] for k, n in t.by_event_type.most_common())))  # fmt: skip
    w("\n\n## By governorate\n\n")
    w(_md_table(["Governorate", "Incidents", "Killed"],
                ([_md(latin(k)), str(n), str(t.fatalities_by_governorate[k])] for k, n in t.by_governorate.most_common())))  # fmt: skip
    w("\n\n## By actor\n\n")
    w(_md_table(["Actor", "Incidents"], ([_md(latin(k)), str(n)] for k, n in t.by_actor.most_common(TOP_ACTORS))))
    w("\n\n## Per day\n\n")
    chart = day_chart_svg(dict(t.by_day))
    if chart:
        w(_svg_image(chart, "Incidents per day") + "\n\n")
    w(_md_table(["Day", "Incidents", "Killed"],
                ([_md(k), str(n), str(t.fatalities_by_day[k])] for k, n in sorted(t.by_day.items()))))  # fmt: skip
    w("\n\n## Map\n\n")
    points = _points(records)
    svg = map_svg(points)
    w((_svg_image(svg, "Incident locations") if svg else "No incident has coordinates.") + "\n")
    if len(points) < t.incidents:
        w("\n" + plural(f"Not on the map: {t.incidents - len(points)} incident(s) without coordinates.", t.incidents - len(points)) + "\n")
    w("\n## Incidents\n\n")
    rows = []
    for rec in records:
        inc = rec.incident
        en, ar = _place(inc)
        rows.append([
            _md(incident_day(rec)), _md(inc.get("sub_event_type") or inc.get("event_type")), _md(en),
            _md_ar(ar), _md(_people(inc)), _counts(inc), _md(english_summary(inc)),
            _md_ar(inc.get("summary_ar") or ""), _md("; ".join(_sources(rec))),
            _md(inc.get("analyst_status") or "machine"),
        ])  # fmt: skip
    w(_md_table(["Date", "Type", "Place", "المكان", "Actors", "Killed / injured / captured",
                 "Summary", "الملخص", "Reports", "Status"], rows))  # fmt: skip
    w("\n")
    return len(records)


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
    where bidi isolates are not honoured (Qt's PDF), and two Arabic names never run together."""
    return "<td>" + "<br>".join(_h(_LRM + source) for source in sources) + "</td>"


def _td(value: Any, numeric: bool = False) -> str:
    return f'<td class="n">{_h(value)}</td>' if numeric else f"<td>{_h(value)}</td>"


def write_report_html(out: IO[str], selection: Selection) -> int:
    records = _sorted(selection.incidents)
    t = compute_totals(records)
    w = out.write
    w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    w('<meta name="generator" content="Marsad">\n<title>Marsad incident report</title>\n')
    w(f"<style>{_CSS}</style>\n</head>\n<body>\n<h1>Marsad incident report</h1>\n")
    w(f"<p>Scope: {_h(selection.description)} · exported {_h(selection.exported_at.isoformat(timespec='seconds'))}</p>\n")
    w('<ul class="totals">' + "".join(f"<li>{_h(line)}</li>" for line in _headline(t, len(selection.bundles))) + "</ul>\n")
    w('<div class="grid">\n')
    w(_html_table("By event type", ["Event type", "Incidents", "Killed"],
                  ([_td(k), _td(n, True), _td(t.fatalities_by_event_type[k], True)] for k, n in t.by_event_type.most_common())))  # fmt: skip
    w(_html_table("By governorate", ["Governorate", "Incidents", "Killed"],
                  ([_td(latin(k)), _td(n, True), _td(t.fatalities_by_governorate[k], True)] for k, n in t.by_governorate.most_common())))  # fmt: skip
    w(_html_table("By actor", ["Actor", "Incidents"],
                  ([_td(latin(k)), _td(n, True)] for k, n in t.by_actor.most_common(TOP_ACTORS))))  # fmt: skip
    w("</div>\n<h2>Per day</h2>\n")
    chart = day_chart_svg(dict(t.by_day))
    w(f"<figure>{chart}</figure>\n" if chart else "<p>No dated incidents.</p>\n")
    w("<h2>Map</h2>\n")
    points = _points(records)
    svg = map_svg(points)
    w(f"<figure>{svg}</figure>\n" if svg else "<p>No incident has coordinates.</p>\n")
    if len(points) < t.incidents:
        w("<p>" + plural(f"Not on the map: {t.incidents - len(points)} incident(s) without coordinates.", t.incidents - len(points)) + "</p>\n")
    w("<h2>Incidents</h2>\n")
    header = ["Date", "Type", "Place", "المكان", "Actors", "Killed / injured / captured", "Summary",
              "الملخص", "Reports", "Status"]  # fmt: skip
    rows: list[list[str] | str] = []
    for rec in records:
        inc = rec.incident
        en, ar = _place(inc)
        status = inc.get("analyst_status") or "machine"
        cells = [
            _td(incident_day(rec)), _td(inc.get("sub_event_type") or inc.get("event_type")), _td(en), _ar(ar),
            _td(_people(inc)), _td(_counts(inc), True), _td(english_summary(inc)), _ar(inc.get("summary_ar") or ""),
            _reports_td(_sources(rec)), _td(status),
        ]  # fmt: skip
        row_class = ' class="rejected"' if status == "rejected" else ""
        rows.append(f"<tr{row_class}>" + "".join(cells) + "</tr>")
    w(_html_table("Incidents", header, rows))
    w("\n</body>\n</html>\n")
    return len(records)
