"""The main window's menus, actions and keyboard shortcuts, built in one place.

Each action is stored on the window as `window.action_*` (`gui.wiring.connect_signals` wires
them); nothing is connected here. Texts go through Qt's translation system under
the context "MainWindow" (see gui/i18n.py and resources/translations/).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu

from core.entities.corrections import MARKABLE_LABELS
from gui import theme
from gui.notes.highlight_dialog import COLOR_NAMES

translate = QCoreApplication.translate


def _action(window: Any, text: str, *shortcuts: Any, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    action.setCheckable(checkable)
    if shortcuts:
        action.setShortcuts([s if isinstance(s, QKeySequence) else QKeySequence(s) for s in shortcuts])
    return action


def build_menus(window: Any) -> None:
    """Create every menu of `window` and its actions (attributes `action_*`, `*_menu`)."""
    w = window
    file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    w.action_import = _action(w, translate("MainWindow", "&Import…"), QKeySequence.StandardKey.Open)
    # A folder of articles (and its subfolders) at once: the file dialog picks files only
    w.action_import_folder = _action(w, translate("MainWindow", "Import a &folder…"), "Ctrl+Shift+I")
    # an article copied from a web page or a message, without saving it to a file first
    w.action_paste = _action(w, translate("MainWindow", "&Paste as a new article"), "Ctrl+Shift+V")
    # undated articles take the date their text states (stored before import read datelines)
    w.action_read_dates = _action(w, translate("MainWindow", "Read dates from article &text…"))
    # after an upgrade the library keeps the older analysis until each article is opened
    w.action_reanalyze = _action(w, translate("MainWindow", "&Analyse outdated articles again…"))
    w.action_export = _action(w, translate("MainWindow", "&Export…"), "Ctrl+Shift+E")  # Ctrl+E edits an incident
    w.action_open_db = _action(w, translate("MainWindow", "Open &database…"), "Ctrl+Shift+O")
    w.action_backup = _action(w, translate("MainWindow", "&Back up database…"))
    w.action_restore = _action(w, translate("MainWindow", "&Restore database…"))
    w.recent_menu = QMenu(translate("MainWindow", "Recent databases"), w)
    w.recent_menu.setObjectName("recentMenu")
    w.action_settings = _action(w, translate("MainWindow", "&Settings…"), "Ctrl+,")
    w.action_quit = _action(w, translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit)
    if w.action_quit.shortcut().isEmpty():  # Windows and some Linux desktops have no standard Quit key:
        w.action_quit.setShortcut(QKeySequence("Ctrl+Q"))  # File › Quit listed none, Help's list left it out
    for item in (w.action_import, w.action_import_folder, w.action_paste, w.action_read_dates, w.action_reanalyze,
                 w.action_export, None,
                 w.action_open_db,
                 w.recent_menu, None, w.action_backup, w.action_restore, None, w.action_settings, None, w.action_quit):
        if item is None:
            file_menu.addSeparator()
        elif isinstance(item, QMenu):
            file_menu.addMenu(item)
        else:
            file_menu.addAction(item)

    edit_menu = w.edit_menu = w.menuBar().addMenu(translate("MainWindow", "&Edit"))
    # every edit of the open article, named in the text (gui/undo.py); a text field keeps its own Ctrl+Z
    w.action_undo = _action(w, translate("MainWindow", "&Undo"))
    w.action_redo = _action(w, translate("MainWindow", "&Redo"))
    for action, standard, key in ((w.action_undo, QKeySequence.StandardKey.Undo, "Ctrl+Z"),
                                  (w.action_redo, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z")):
        action.setShortcuts(standard)  # every key of the platform: Redo is Ctrl+Y and Ctrl+Shift+Z on Linux
        if action.shortcut().isEmpty():  # a platform without standard keys
            action.setShortcut(QKeySequence(key))
        action.setEnabled(False)
        edit_menu.addAction(action)

    view_menu = w.menuBar().addMenu(translate("MainWindow", "&View"))
    w.action_zoom_in = _action(w, translate("MainWindow", "Larger text"), "Ctrl+=", QKeySequence.StandardKey.ZoomIn)
    w.action_zoom_out = _action(w, translate("MainWindow", "Smaller text"), QKeySequence.StandardKey.ZoomOut)
    w.action_zoom_reset = _action(w, translate("MainWindow", "Default text size"), "Ctrl+0")
    w.action_show_library = _action(w, translate("MainWindow", "Library"), checkable=True)
    w.action_show_incidents = _action(w, translate("MainWindow", "Incidents"), checkable=True)
    w.action_show_library.setChecked(True)
    w.action_show_incidents.setChecked(True)
    w.action_find = _action(w, translate("MainWindow", "Find in article…"), QKeySequence.StandardKey.Find)
    w.action_find_next = _action(w, translate("MainWindow", "Find next"), "F3")
    w.action_find_prev = _action(w, translate("MainWindow", "Find previous"), "Shift+F3")
    w.action_search = _action(w, translate("MainWindow", "Search the library"), "Ctrl+L")
    w.action_filters = _action(w, translate("MainWindow", "Library filters"), "Ctrl+Shift+F", checkable=True)
    w.action_next_article = _action(w, translate("MainWindow", "Next article"), "Alt+Down")
    w.action_prev_article = _action(w, translate("MainWindow", "Previous article"), "Alt+Up")
    w.action_incidents_tab = _action(w, translate("MainWindow", "Incidents tab"), "Ctrl+1")
    w.action_notes_tab = _action(w, translate("MainWindow", "Notes tab"), "Ctrl+2")
    w.action_summary_tab = _action(w, translate("MainWindow", "Summary tab"), "Ctrl+3")
    # library list → article text → side tab and round: the reader sits behind a dozen legend chips on Tab
    w.action_next_pane = _action(w, translate("MainWindow", "Next pane"), "F6")
    w.action_prev_pane = _action(w, translate("MainWindow", "Previous pane"), "Shift+F6")
    groups = [
        (w.action_find, w.action_find_next, w.action_find_prev),
        (w.action_zoom_in, w.action_zoom_out, w.action_zoom_reset),
        (w.action_search, w.action_filters, w.action_next_article, w.action_prev_article,
         w.action_incidents_tab, w.action_notes_tab, w.action_summary_tab, w.action_next_pane, w.action_prev_pane),
        (w.action_show_library, w.action_show_incidents),
    ]
    for i, group in enumerate(groups):
        if i:
            view_menu.addSeparator()
        for action in group:
            view_menu.addAction(action)

    incident_menu = w.menuBar().addMenu(translate("MainWindow", "&Incident"))
    for action in w.incidents.actions_for_menu():
        incident_menu.addAction(action)

    notes_menu = w.menuBar().addMenu(translate("MainWindow", "&Notes"))
    w.action_highlight = _action(w, translate("MainWindow", "Highlight selection"), "Ctrl+H")
    w.action_highlight_note = _action(w, translate("MainWindow", "Highlight with a note…"), "Ctrl+Shift+H")
    w.highlight_menu = QMenu(translate("MainWindow", "Highlight in"), w)
    w.color_actions = {}
    for name in theme.HIGHLIGHT_COLORS:
        w.color_actions[name] = w.highlight_menu.addAction(translate("HighlightDialog", COLOR_NAMES[name]) if name in COLOR_NAMES
                                                               else name.title())
    w.entity_menu = QMenu(translate("MainWindow", "Mark as entity"), w)
    w.entity_menu.setObjectName("entityMenu")
    w.entity_actions = {}
    for label in MARKABLE_LABELS:
        w.entity_actions[label] = w.entity_menu.addAction(_swatch(theme.ENTITY_COLORS[label]), theme.entity_name(label))
    w.action_entity_corrections = _action(w, translate("MainWindow", "Undo entity corrections…"))
    w.action_entity_corrections.setObjectName("entityCorrections")
    w.action_star = _action(w, translate("MainWindow", "Star article"), "Ctrl+D", checkable=True)
    w.action_read = _action(w, translate("MainWindow", "Mark as read"), "Ctrl+U", checkable=True)
    w.action_tags = _action(w, translate("MainWindow", "Edit tags"), "Ctrl+T")
    w.action_note = _action(w, translate("MainWindow", "Write a note on the article"), "Ctrl+Shift+N")
    # title, date and source: an undated article's incidents take their dates from it
    w.action_details = _action(w, translate("MainWindow", "Article &details…"), "Ctrl+Shift+D")
    w.action_details.setObjectName("articleDetails")
    # one date for every selected article of the library (a folder of undated .txt files)
    w.action_set_dates = _action(w, translate("MainWindow", "&Set date of selected articles…"))
    w.action_set_dates.setObjectName("setDates")
    for item in (w.action_highlight, w.action_highlight_note):
        notes_menu.addAction(item)
    notes_menu.addMenu(w.highlight_menu)
    notes_menu.addMenu(w.entity_menu)
    notes_menu.addAction(w.action_entity_corrections)
    notes_menu.addSeparator()
    for item in (w.action_star, w.action_read, w.action_tags, w.action_note):
        notes_menu.addAction(item)
    notes_menu.addSeparator()
    notes_menu.addAction(w.action_details)
    notes_menu.addAction(w.action_set_dates)
    # the library's right-click menu: what is done to the selected rows
    w.library.table.addAction(w.action_set_dates)
    w.library.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    w.action_shortcuts = _action(w, translate("MainWindow", "Keyboard shortcuts"), "Ctrl+/")
    help_menu.addAction(w.action_shortcuts)
    w.reader.menu_actions = [w.action_highlight, w.highlight_menu, w.action_highlight_note, w.incidents.action_add,
                             w.entity_menu, w.action_entity_corrections]
    # What works on the reader's selection: enabled only while it holds words (`on_reader_selection_changed`),
    # in the reader's context menu, the Notes and Incident menus, the incident pane's button and by shortcut alike.
    w.selection_actions = [w.action_highlight, w.highlight_menu.menuAction(), w.action_highlight_note,
                           w.incidents.action_add, w.entity_menu.menuAction()]
    _keys_left_to_right(w)


def _keys_left_to_right(window: Any) -> None:
    """In the right-to-left interface a menu drew a key ending in a sign backwards: «=+Ctrl»,
    «-+Ctrl», «,+Ctrl» for Ctrl+=, Ctrl+-, Ctrl+, (View › Larger / Smaller text, File › Settings…).
    Such an action's label is given after a tab, isolated left to right (a menu shows what follows
    the tab as the key, in place of its own); its shortcut is unchanged."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and not keys[-1].isalnum() and "\t" not in action.text():
            action.setText(f"{action.text()}\t\u2066{keys}\u2069")


def _swatch(color: str) -> QIcon:
    """A small square of an entity label's colour, as the legend's chips show it."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
