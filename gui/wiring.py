"""The main window's signal wiring: every connection between its panes, in one place.

The panes never call each other: a pane's signal goes to one of the window's `on_*` slots (or,
for a one-line reaction, to a lambda here), and the window broadcasts what changed
(`incidentsChanged`, `incidentCountChanged`, …) to the panes that follow it. The actions
connected here are built in `gui.actions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui import theme

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def connect_signals(w: MainWindow) -> None:
    """Connect `w`'s actions and panes to its slots (once, when the window is built)."""
    w.action_import.triggered.connect(w.on_import_requested)
    w.action_import_folder.triggered.connect(w.on_import_folder_requested)
    w.action_paste.triggered.connect(w.on_paste_requested)
    w.action_read_dates.triggered.connect(w.on_read_dates_requested)
    w.action_reanalyze.triggered.connect(w.on_reanalyze_requested)
    w.action_export.triggered.connect(w.on_export)
    w.cancel_button.clicked.connect(w.on_cancel_requested)
    w.action_quit.triggered.connect(w.close)
    w.action_zoom_in.triggered.connect(lambda: w.reader.zoom_by(+1))
    w.action_zoom_out.triggered.connect(lambda: w.reader.zoom_by(-1))
    w.action_zoom_reset.triggered.connect(lambda: w.reader.set_point_size(theme.READER_POINT_SIZE))
    w.action_show_library.toggled.connect(w.library.setVisible)
    w.action_show_incidents.toggled.connect(w.side_tabs.setVisible)
    w.action_find.triggered.connect(lambda: w.find_bar.open_bar(w.reader.selected_text()))
    w.action_find_next.triggered.connect(lambda: w.on_find_step(True))
    w.action_find_prev.triggered.connect(lambda: w.on_find_step(False))
    w.find_bar.searchChanged.connect(w.on_find_changed)
    w.find_bar.stepRequested.connect(w.on_find_step)
    w.find_bar.closed.connect(w.on_find_closed)
    w.action_search.triggered.connect(w.on_search_focus_requested)
    w.action_filters.toggled.connect(w.library.filter_button.setChecked)
    w.library.filter_button.toggled.connect(w.action_filters.setChecked)
    w.action_next_article.triggered.connect(lambda: w.library.step(+1))
    w.action_prev_article.triggered.connect(lambda: w.library.step(-1))
    w.action_incidents_tab.triggered.connect(lambda: w.on_side_tab_requested(w.incidents))
    w.action_notes_tab.triggered.connect(lambda: w.on_side_tab_requested(w.notes))
    w.action_shortcuts.triggered.connect(w.on_shortcuts_requested)
    w.action_next_pane.triggered.connect(lambda: w.on_pane_step(+1))
    w.action_prev_pane.triggered.connect(lambda: w.on_pane_step(-1))
    w.action_summary_tab.triggered.connect(lambda: w.on_side_tab_requested(w.summary))
    w.side_tabs.currentChanged.connect(w.on_side_tab_changed)
    w.summary.refreshRequested.connect(w.refresh_summary)
    w.summary.pointActivated.connect(w.on_mention_activated)
    w.summary.detailsRequested.connect(w.action_details.trigger)
    w.summary.readDatesRequested.connect(w.action_read_dates.trigger)
    w.articleShown.connect(w.on_summary_source_changed)
    w.incidentsChanged.connect(w.on_summary_source_changed)
    w.library.queryChanged.connect(w.on_summary_source_changed)
    w.action_open_db.triggered.connect(w.on_open_database_requested)
    w.action_backup.triggered.connect(w.on_backup_requested)
    w.action_restore.triggered.connect(w.on_restore_requested)
    w.recent_menu.aboutToShow.connect(w.on_recent_menu_about_to_show)
    w.action_settings.triggered.connect(w.on_settings_requested)
    # the note typed just before the menu opens is saved then: Undo names it (and is enabled for it)
    w.edit_menu.aboutToShow.connect(w.notes.flush_note)
    w.action_undo.triggered.connect(w.on_undo_requested)
    w.action_redo.triggered.connect(w.on_redo_requested)
    QApplication.styleHints().colorSchemeChanged.connect(w.on_system_color_scheme_changed)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(w.on_focus_changed)  # the free note left: its next typing is another undo step
    w.reader.entityClicked.connect(w.on_entity_clicked)
    w.library.articleActivated.connect(w.on_article_activated)
    w.library.queryChanged.connect(w.on_library_query_changed)
    w.library.readRequested.connect(lambda: w.reader.setFocus(Qt.FocusReason.OtherFocusReason))
    w.library.model.moreRequested.connect(w.on_library_more_requested)
    w.incidentCountChanged.connect(w.library.on_incident_count_changed)
    w.legend.labelToggled.connect(w.reader.set_label_visible)
    w.incidents.evidenceRequested.connect(w.on_evidence_requested)
    w.incidents.evidenceSpansRequested.connect(w.reader.set_evidence_spans)
    w.incidents.figuresRequested.connect(w.reader.set_figures)
    w.incidents.editRequested.connect(w.on_incident_edit_requested)
    w.incidents.decisionRequested.connect(w.on_incident_decision)
    w.incidents.addRequested.connect(w.on_add_incident_requested)
    w.incidents.reportRequested.connect(w.on_report_requested)
    w.incidents.key_sentences.sentenceActivated.connect(w.reader.reveal)
    w.action_highlight.triggered.connect(lambda: w.on_highlight_requested(None, False))
    w.action_highlight_note.triggered.connect(lambda: w.on_highlight_requested(None, True))
    for name, action in w.color_actions.items():
        action.triggered.connect(lambda _=False, c=name: w.on_highlight_requested(c, False))
    w.action_star.triggered.connect(lambda: w.notes.star.setChecked(w.action_star.isChecked()))
    w.action_read.triggered.connect(lambda: w.notes.read.setChecked(w.action_read.isChecked()))
    w.action_tags.triggered.connect(w.on_tags_focus_requested)
    w.action_note.triggered.connect(w.on_note_focus_requested)
    w.action_details.triggered.connect(w.on_details_requested)
    w.action_set_dates.triggered.connect(w.on_set_dates_requested)
    w.reader.userHighlightClicked.connect(w.on_user_highlight_clicked)
    w.reader.selectionChanged.connect(w.on_reader_selection_changed)
    for label, action in w.entity_actions.items():
        action.triggered.connect(lambda _=False, lb=label: w.on_entity_mark_requested(lb))
    w.reader.entityRemoveRequested.connect(w.on_entity_remove_requested)
    w.action_entity_corrections.triggered.connect(w.on_entity_corrections_requested)
    w.notes.highlightActivated.connect(w.on_highlight_activated)
    w.notes.highlightEditRequested.connect(w.on_highlight_edit_requested)
    w.notes.highlightDeleteRequested.connect(w.on_highlight_delete_requested)
    w.notes.noteChanged.connect(w.on_note_changed)
    w.notes.tagsEdited.connect(w.on_tags_edited)
    w.notes.starToggled.connect(lambda on: w.on_flag_toggled("starred", on))
    w.notes.readToggled.connect(lambda on: w.on_flag_toggled("read", on))
