"""Other articles that report the selected incident: the panel's line with links, and the menu
that opens one of them at its incident. The reports come from `core.store.corroborations`
through the table model (`IncidentTableModel.reports`); nothing here reads the store."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from gui.incidents.model import also_reported_text, report_label

translate = QCoreApplication.translate
REPORT_LINK = "report"  # report:<article id>:<start>:<end>


def report_link(report: Mapping[str, Any]) -> str:
    return f"{REPORT_LINK}:{int(report['article_id'])}:{int(report.get('start', -1))}:{int(report.get('end', -1))}"


def parse_report_link(link: str) -> tuple[int, int, int] | None:
    """(article id, start, end) of a «report:…» link; None for any other link."""
    kind, _, rest = link.partition(":")
    parts = rest.split(":")
    if kind != REPORT_LINK or len(parts) != 3:
        return None
    try:
        article_id, start, end = (int(p) for p in parts)
    except ValueError:
        return None
    return article_id, start, end


def reports_html(reports: Sequence[Mapping[str, Any]]) -> str:
    """The incident summary's last paragraph: "Also reported in 2 other articles:" and one link each."""
    if not reports:
        return ""
    links = "<br>".join(f"<a href='{report_link(r)}'>{escape(report_label(r))}</a>" for r in reports)
    return f"<p dir='auto' style='color:#555'>{escape(also_reported_text(len(reports)))}:<br>{links}</p>"


def reports_menu(reports: Sequence[Mapping[str, Any]], parent: QWidget,
                 open_report: Callable[[Mapping[str, Any]], None]) -> QMenu:
    """«Open “title” (date) at this incident», one entry per other article."""
    menu = QMenu(parent)
    menu.setObjectName("reportsMenu")
    for report in reports:
        text = translate("IncidentPanel", "Open %1 at this incident").replace("%1", report_label(report))
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False, r=report: open_report(r))
    return menu
