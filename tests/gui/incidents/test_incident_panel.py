"""Incident table adapter and panel: cells, isolates, evidence requests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.bidi import strip_isolates
from gui.incidents import IncidentPanel, IncidentTableModel, first_evidence
from gui.incidents.model import COLUMNS
from tests.gui.conftest import show_empty_window

INCIDENT = {
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": {"text": "المقاومة", "name_ar": "المقاومة الشعبية", "name_en": "Popular Resistance"},
    "actor2": {"text": "الحوثيين", "name_ar": "", "name_en": "Houthis"},
    "location": {"text": "دمت", "name_ar": "دمت", "name_en": "Damt"},
    "date": "2015-08-01",
    "fatalities": 12,
    "injured": 22,
    "captured": None,
    "evidence": [{"start": 40, "end": 60}, {"start": 10, "end": 20}],
    "confidence": 0.8,
    "summary_ar": "اشتباك مسلح قرب دمت",
    "summary_en": "Armed clash near Damt",
}


DEFAULT_PANE_WIDTH = 525  # the incidents pane of a 1400×900 window at the default pane sizes


def cell(model: IncidentTableModel, row: int, header: str) -> str:
    col = [c[0] for c in COLUMNS].index(header)
    return strip_isolates(model.index(row, col).data())


def test_cells_read_the_incident_dict(qtmodeltester) -> None:
    model = IncidentTableModel()
    model.set_incidents([INCIDENT, {"event_type": "Protests", "sub_event_type": "Peaceful protest"}])
    qtmodeltester.check(model)
    # the English interface names them in English (the Arabic interface: test_names_in_interface_language)
    assert cell(model, 0, "Location") == "Damt"
    assert cell(model, 0, "Actor 1") == "Popular Resistance"
    assert cell(model, 0, "Actor 2") == "Houthis"
    assert cell(model, 0, "Killed") == "12"
    assert cell(model, 0, "Captured") == ""  # unknown is blank, not zero
    assert cell(model, 0, "Conf.") == "80%"
    assert cell(model, 1, "Location") == "" and cell(model, 1, "Actor 1") == ""
    model.set_incidents([{"location": {"text": "دمت"}}])
    assert model.index(0, [c[0] for c in COLUMNS].index("Location")).data() == "Damt"  # the gazetteer's English name of «دمت»


def test_first_evidence_is_the_earliest_span() -> None:
    assert first_evidence(INCIDENT) == (10, 20)
    assert first_evidence({"evidence": [[5, 9]]}) == (5, 9)
    assert first_evidence({"evidence": []}) is None


def test_selecting_an_incident_requests_its_evidence_and_shows_the_summary(qtbot) -> None:
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents([INCIDENT])
    assert panel.title.text() == "Incidents (1)"
    with qtbot.waitSignal(panel.evidenceRequested, timeout=1000) as blocker:
        panel.select_row(0)
    assert blocker.args == [10, 20]
    assert "Armed clash near Damt" in panel.summary.toPlainText()
    panel.set_incidents([])
    assert panel.model.rowCount() == 0
    assert "No incidents" in panel.empty.text()


def _tooltip(model: IncidentTableModel, header: str) -> str:
    return model.index(0, [c[0] for c in COLUMNS].index(header)).data(Qt.ItemDataRole.ToolTipRole)


def test_the_summary_is_in_the_interface_language_only(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The incident detail and the cells' tooltips give core's summary in the interface's language,
    not the other one under it (the Arabic interface showed «Shelling by Houthis … in Ibb»)."""
    from gui import i18n

    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents([INCIDENT])
    panel.select_row(0)
    shown = panel.summary.toPlainText()
    assert "Armed clash near Damt" in shown and "اشتباك مسلح قرب دمت" not in shown
    assert "Armed clash near Damt" in _tooltip(panel.model, "Location")
    assert "اشتباك مسلح قرب دمت" not in _tooltip(panel.model, "Location")
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        panel.set_incidents([INCIDENT])
        panel.select_row(0)
        shown = panel.summary.toPlainText()
        assert "اشتباك مسلح قرب دمت" in shown and "Armed clash near Damt" not in shown
        assert "اشتباك مسلح قرب دمت" in _tooltip(panel.model, "Location")
        assert "Armed clash near Damt" not in _tooltip(panel.model, "Location")
        # an analyst's incident without an Arabic summary still says something
        panel.set_incidents([{**INCIDENT, "summary_ar": ""}])
        panel.select_row(0)
        assert "Armed clash near Damt" in panel.summary.toPlainText()
    finally:
        i18n.install_language(qapp, "en")


def test_a_side_taken_from_the_article_is_said_so(qtbot) -> None:
    from core.incidents import INFERRED_SIDE
    from gui.incidents.panel import INFERRED_SIDE as shown

    assert shown == INFERRED_SIDE  # the panel's copy of the flag is the analyzer's
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents([INCIDENT, {**INCIDENT, "flags": [INFERRED_SIDE]}])
    panel.select_row(0)
    assert "taken from the article" not in panel.summary.toPlainText()
    panel.select_row(1)
    assert "taken from the article" in panel.summary.toPlainText()


def test_set_aside_commentary_is_listed_and_links_to_its_text(qtbot) -> None:
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    aside = {"sub_event_type": "Attack", "summary_en": "Attack on Iran", "evidence": [[8, 30]], "flags": ["possibly_commentary"]}
    panel.set_incidents([INCIDENT], {"set_aside": [aside]})
    footer = panel.empty.text()
    assert "1 mention not coded" in footer and "(reads as commentary)" in footer
    assert "Attack on Iran" in footer and "evidence:8:30" in footer
    assert panel.title.text() == "Incidents (1)"  # never counted with the coded ones
    with qtbot.waitSignal(panel.evidenceRequested, timeout=1000) as blocker:
        panel.empty.linkActivated.emit("evidence:8:30")
    assert blocker.args == [8, 30]
    panel.set_incidents([INCIDENT], {"set_aside": []})
    assert panel.empty.text() == ""


def test_a_long_set_aside_list_is_cut(qtbot) -> None:
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    many = [{"sub_event_type": "Attack", "summary_en": f"Attack {k}", "evidence": [[k, k + 1]], "flags": ["no_place"]}
            for k in range(10)]
    panel.set_incidents([INCIDENT], {"set_aside": many})
    footer = panel.empty.text()
    assert "Attack 5" in footer and "Attack 6" not in footer and "and 4 more" in footer


def test_each_reason_for_setting_aside_is_told(qtbot) -> None:
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    reasons = {"possibly_commentary": "reads as commentary", "running_total": "a running total",
               "rights_report": "retold from a rights group's report", "no_place": "no place to code it",
               "unlikely": "unlikely to be an incident, score 0.31"}
    aside = [{"sub_event_type": "Attack", "summary_en": f"item {k}", "evidence": [], "flags": [k], "confidence": 0.3149}
             for k in reasons]
    panel.set_incidents([INCIDENT], {"set_aside": aside})
    footer = panel.empty.text()
    for flag, why in reasons.items():
        assert f"item {flag} ({why})".replace("'", "&#x27;") in footer or f"item {flag} ({why})" in footer


def _superseded_orphan() -> tuple:
    """A store whose article held one clash in Damt told twice, both tellings corrected by the
    analyst; the re-analysis tells it once and the first edit holds it: the second is an orphan
    superseded by it (the same event type, governorate, place and passage)."""
    from core.ingest.model import ArticleIn
    from core.store import add_article, open_db, save_analysis, set_incident_override

    def at(start: int, end: int) -> dict:
        return {**INCIDENT, "location": {**INCIDENT["location"], "admin1_en": "Ad Dali"}, "evidence": [[start, end]]}

    db = open_db(memory=True)
    article, _ = add_article(db, ArticleIn("t", "قتل 3 جنود في اشتباكات مع الحوثيين في دمت"))
    save_analysis(db, article, {"incidents": [at(0, 20), at(20, 40)]})
    set_incident_override(db, article, 0, "edited", {"injured": 20, "analyst_fields": ["injured"]})
    set_incident_override(db, article, 1, "edited", {"fatalities": 2, "analyst_fields": ["fatalities"]})
    save_analysis(db, article, {"incidents": [at(0, 40)]})
    return db, article


def test_the_title_counts_what_is_exported_not_a_superseded_orphan(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """An edit whose event a re-analysis gave to another edit stays listed (flagged, greyed, its
    status saying why and what Restore does), but exports count one incident, and so does the title."""
    from core.export.scope import ArticleBundle, export_incidents
    from core.store import get_incidents

    db, article = _superseded_orphan()
    incidents = get_incidents(db, article)
    assert [(i.get("orphaned", False), i.get("superseded", False)) for i in incidents] == [(False, False), (True, True)]
    assert len(export_incidents([ArticleBundle({"id": article}, incidents)])) == 1
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents(incidents)
    assert panel.model.rowCount() == 2  # the orphan is still shown
    assert panel.title.text() == "Incidents (1)"
    assert "1 incident · 12 killed" in panel.summary.toPlainText()
    from gui.incidents.model import ALSO_COLUMN, REJECTED_COLOR, status_text

    event_type = ALSO_COLUMN + 1  # the first column of the incident's own fields
    assert panel.model.index(1, event_type).data(Qt.ItemDataRole.ForegroundRole).name() == REJECTED_COLOR
    assert status_text(incidents[1]).endswith("not counted: a re-analysis tells its event once, in another "
                                              "incident you corrected; Restore counts it again as your own")
    assert status_text({**incidents[1], "superseded": False}).endswith("; kept and counted with your values")
    from gui import i18n

    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        assert status_text(incidents[1]).endswith("«استعادة» تحتسبها من جديد حادثةً خاصة بك")
    finally:
        i18n.install_language(qapp, "en")


def test_the_overview_says_why_nothing_counts(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The overview said "Every incident was rejected." whenever nothing counted, also when the
    only incident left was an orphan whose event another incident tells (never rejected)."""
    from core.store import get_incidents, set_incident_override

    db, article = _superseded_orphan()
    set_incident_override(db, article, 0, "rejected")  # the first edit; the orphan stays superseded
    incidents = get_incidents(db, article)
    assert [(i["analyst_status"], i.get("superseded", False)) for i in incidents] == [
        ("rejected", False), ("edited", True)]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents(incidents)
    assert panel.summary.toPlainText() == "No incident is counted (rejected: 1, its event told by another incident: 1)."
    panel.set_incidents(incidents[1:])
    assert panel.summary.toPlainText() == "No incident is counted (its event told by another incident: 1)."
    panel.set_incidents(incidents[:1])
    assert panel.summary.toPlainText() == "Every incident was rejected."
    from gui import i18n

    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        panel.set_incidents(incidents)
        assert panel.summary.toPlainText() == "لا تُحتسب أي حادثة (مرفوضة: 1، حدثها ترويه حادثة أخرى: 1)."
    finally:
        i18n.install_language(qapp, "en")


def test_the_counts_are_on_screen_at_the_default_layout(open_window) -> None:  # type: ignore[no-untyped-def]
    """At 1400×900 with the default pane sizes, Killed, Injured and Captured need no horizontal
    scrolling, even when the "Also in" column is shown (an article other articles report too)."""
    from PySide6.QtCore import QSize

    from gui.incidents.model import ALSO_COLUMN

    w = open_window
    w.resize(QSize(1400, 900))
    w.default_pane_sizes()
    table = w.incidents.table
    table.setColumnHidden(ALSO_COLUMN, False)
    header = table.horizontalHeader()
    for name in ("Killed", "Injured", "Captured"):
        col = [c[0] for c in COLUMNS].index(name)
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        assert right <= table.viewport().width(), (name, right, table.viewport().width())


def test_no_article_no_claim_about_its_incidents(qtbot, window_on, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An empty library: the incident panel's footer does not say "No incidents coded in this
    article yet" when no article is open; an open article without incidents still says so."""
    w = show_empty_window(qtbot, tmp_path)
    assert w.article is None
    assert w.incidents.empty.text() == ""
    w.incidents.set_incidents([])
    assert "No incidents coded in this article yet." in w.incidents.empty.text()


def test_headers_have_tooltips(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every header has a tooltip: its whole name (a narrow header elides it), and what the
    abbreviated "Conf.", "Also in" and the blank status header mean."""
    from PySide6.QtCore import Qt

    model = IncidentTableModel()
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(len(COLUMNS))]
    assert all(tips), tips
    headers = [c[0] for c in COLUMNS]
    assert tips[headers.index("Sub-event")].splitlines()[0] == "Sub-event"
    assert tips[headers.index("Conf.")].splitlines()[0] == "The machine's confidence in this incident"
    assert "✗ rejected" in tips[headers.index("")]
    # the hidden columns can be found: every header says where
    assert all(t.splitlines()[1].startswith("Right-click the header to show or hide") for t in tips)


def _lines_needed(text: str, width: int, fm) -> int:  # type: ignore[no-untyped-def]
    """Lines `text` takes when it may break at spaces and after a "/"; 99 when a piece is too wide."""
    import re

    pieces = [p for p in re.split(r"(?<=/)|(?<= )", text) if p]
    lines, used = 1, 0
    for piece in pieces:
        w = fm.horizontalAdvance(piece)
        if w > width:
            return 99
        if used and used + w > width:
            lines, used = lines + 1, 0
        used += w
    return lines


def _check_event_types_are_whole(qtbot, pixel_size: int = 0) -> list[int]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    from gui.incidents.model import EVENT_TYPE_COLUMN

    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.resize(DEFAULT_PANE_WIDTH, 600)
    table = panel.table
    if pixel_size:  # a larger font (a laptop's scaling): two lines need more than the default row
        font = table.font()
        font.setPixelSize(pixel_size)
        table.setFont(font)
    panel.show()
    qtbot.waitExposed(panel)
    kinds = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"]
    panel.set_incidents([{**INCIDENT, "event_type": k} for k in kinds])
    if pixel_size:  # the analyst widens the column to fit the longest words: the rows follow
        table.setColumnWidth(EVENT_TYPE_COLUMN, QFontMetrics(table.font()).horizontalAdvance("Remote violence") + 14)
    qtbot.wait(10)
    width = table.columnWidth(EVENT_TYPE_COLUMN) - 8  # the cell's margins
    fm = QFontMetrics(table.font())
    lines = []
    for row in range(len(kinds)):
        text = strip_isolates(panel.model.index(row, EVENT_TYPE_COLUMN).data())
        needed = _lines_needed(text, width, fm)
        assert needed < 99, (text, width)
        assert table.rowHeight(row) >= needed * fm.lineSpacing(), (text, needed, table.rowHeight(row))
        lines.append(needed)
    assert table.rowHeight(0) == 28  # a one-line row keeps its height
    return lines


def _check_sub_events_are_whole(qtbot) -> list[int]:  # type: ignore[no-untyped-def]
    """Every ACLED sub-event type in the table at the default widths: lines each needs (at most two)."""
    import json
    from pathlib import Path

    from PySide6.QtGui import QFontMetrics

    from gui.incidents.model import SUB_EVENT_COLUMN
    from gui.incidents.panel import WrappingDelegate

    names = Path(__file__).resolve().parents[3] / "resources" / "translations" / "acled_names_ar.json"
    kinds = list(json.loads(names.read_text(encoding="utf-8"))["sub_event_types"])
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.resize(DEFAULT_PANE_WIDTH, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_incidents([{**INCIDENT, "event_type": "Battles", "sub_event_type": k} for k in ["Grenade"] + kinds])
    qtbot.wait(10)
    table = panel.table
    width = table.columnWidth(SUB_EVENT_COLUMN) - 8  # the cell's margins
    fm = QFontMetrics(table.font())
    lines = []
    for row in range(1, len(kinds) + 1):
        text = strip_isolates(panel.model.index(row, SUB_EVENT_COLUMN).data())
        needed = _lines_needed(text, width, fm)
        assert needed <= 2, (text, width, needed)  # never three-line rows
        assert table.rowHeight(row) >= needed * fm.lineSpacing(), (text, needed, table.rowHeight(row))
        if text == "Shelling/artillery/missile attack":  # two lines, not "Shelling/artille…": the row grows
            assert table.rowHeight(row) > 28, (text, table.rowHeight(row))
        lines.append(needed)
    assert isinstance(table.itemDelegateForColumn(SUB_EVENT_COLUMN), WrappingDelegate)
    assert table.rowHeight(0) == 28  # "Battles" / "Grenade": a one-line row keeps its height
    return lines


def test_long_sub_events_wrap_instead_of_eliding(qtbot) -> None:  # type: ignore[no-untyped-def]
    """User's review: the Sub-event column showed "Shelling/artille…". It wraps like the event
    type, onto two lines at most, and the row grows to show it."""
    from gui.incidents.model import SUB_EVENT_COLUMN

    assert COLUMNS[SUB_EVENT_COLUMN][0] == "Sub-event"
    assert max(_check_sub_events_are_whole(qtbot)) == 2


def test_long_sub_events_wrap_in_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    assert max(_check_sub_events_are_whole(qtbot)) <= 2


def test_long_event_types_wrap_instead_of_eliding(qtbot) -> None:  # type: ignore[no-untyped-def]
    """User's review: "Explosions/Remote violence" and "Violence against civilians" showed as
    "Explosions/R…" and "Violence ag…", the one column an analyst scans the list by. The event
    type wraps onto a second line (breaking after its "/" too) and the row grows to show it."""
    assert _check_event_types_are_whole(qtbot)[1:] == [2, 2, 2]  # at the default width, never three


def test_long_event_types_wrap_in_a_larger_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _check_event_types_are_whole(qtbot, pixel_size=18)[1:] == [2, 2, 2]


def test_long_event_types_wrap_in_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    assert max(_check_event_types_are_whole(qtbot)) >= 1


def test_the_overview_says_unknown_when_no_incident_gives_the_injured(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """An article that says nothing of wounded read «0 injured» (Arabic «لا جرحى», "no injured")
    in the overview: a claim no article made. Unknown figures are said to be unknown; a known
    0 and the sum of the known figures are still shown."""
    from gui import i18n

    panel = IncidentPanel()
    qtbot.addWidget(panel)
    unknown = {**INCIDENT, "fatalities": 5, "injured": None}
    panel.set_incidents([unknown])
    assert panel.summary.toPlainText().startswith("1 incident · 5 killed · injured: unknown.")
    panel.set_incidents([unknown, {**INCIDENT, "fatalities": None, "injured": 3}])
    assert panel.summary.toPlainText().startswith("2 incidents · 5 killed · 3 injured.")
    panel.set_incidents([{**INCIDENT, "fatalities": None, "injured": 0}])
    assert panel.summary.toPlainText().startswith("1 incident · killed: unknown · 0 injured.")
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        panel.set_incidents([unknown])
        text = panel.summary.toPlainText()
        assert "لا جرحى" not in text and "الجرحى: غير معروف" in text
    finally:
        i18n.install_language(qapp, "en")


def test_an_incident_with_no_country_says_how_the_export_codes_it(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    """An analyst's incident added with no place showed nothing of where it would be exported
    (the export's country was empty); the detail now says, in the interface's language."""
    from gui import i18n

    panel = IncidentPanel()
    qtbot.addWidget(panel)
    placed = {**INCIDENT, "location": {**INCIDENT["location"], "country": "Yemen"}}
    panel.set_incidents([placed, {**INCIDENT, "location": None, "analyst_status": "added"}])
    panel.select_row(0)
    assert "بلد المقال" not in panel.summary.toPlainText()
    panel.select_row(1)
    assert "بلد المقال" in panel.summary.toPlainText() and "article's country" not in panel.summary.toPlainText()
    i18n.install_language(arabic, "en")  # the fixture gives the application
    panel.set_incidents([{**INCIDENT, "location": None}])
    panel.select_row(0)
    assert "the export codes it in the article's country, or as Unknown" in panel.summary.toPlainText()
