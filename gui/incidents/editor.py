"""The incident editor: every field the analyst may correct, ACLED types from the taxonomy.

The dialog only collects values; the main window stores them through an Op. `values()` gives
every field as the incident dict writes it, `changes()` only those that differ from what was
shown, which is what an override stores (so a later better analyzer still fills the rest).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from gui import theme
from gui.bidi import has_rtl
from gui.dialogs.keys import accept_on_ctrl_enter
from gui.dialogs.messages import ask_yes_no
from gui.i18n import acled_name, arabic_admin1, arabic_name
from gui.incidents.corrections import actor_from_name, changed_fields, duplicate_rows, place_from_name, taxonomy

UNKNOWN = -1  # spin-box value shown as "unknown": a count the article does not give


class IncidentEditor(QDialog):
    """Edit one incident (or a new one from a selection). Accept with Ctrl+Enter or OK.

    A place typed is looked up in the gazetteer as the analysis does (`placeLookupRequested`, the
    main window's Op answers with `set_place_choices`): the likeliest place in the article's context
    fills the governorate (unless the analyst typed one), and a name several governorates share
    («دوما»: Rif Dimashq, Nablus) offers them in "Which one"."""

    placeLookupRequested = Signal(str)  # the place name typed, once typing pauses

    def __init__(self, incident: Mapping[str, Any], parent: QWidget | None = None, *, title: str = "",
                 evidence: str = "", figures: str = "", listed: Sequence[Mapping[str, Any]] = (),
                 adding: bool = False) -> None:
        super().__init__(parent)
        # the article's incidents as the table lists them, to warn before a second coding of one event
        self.listed = list(listed)
        self.adding = adding
        self.setObjectName("incidentEditor")
        self.setWindowTitle(title or self.tr("Edit incident"))
        self.incident = dict(incident)
        self.setMinimumWidth(460)

        self.event_type = QComboBox()
        self.event_type.setObjectName("eventType")
        self.event_type.addItem(self.tr("— choose —"), "")
        for event in taxonomy():
            self.event_type.addItem(acled_name(event), event)
        self.sub_event_type = QComboBox()
        self.sub_event_type.setObjectName("subEventType")
        # no example place: a Yemeni one («دمت», «الضالع») misled in a Syrian article
        self.location = self._arabic_line(self.tr("the place as the article names it"))
        self.admin1 = self._arabic_line(self.tr("filled in from the place, or type it"))
        self.place_choices = QComboBox()
        self.place_choices.setObjectName("placeChoices")
        self.place_choices.setToolTip(self.tr("Places of this name in several governorates: choose the one meant"))
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(350)
        self._lookup_timer.timeout.connect(self._request_lookup)
        self.actor1 = self._arabic_line(self.tr("the actor as the article names it"))
        self.actor2 = self._arabic_line(self.tr("the actor as the article names it"))
        self.fatalities, self.injured, self.captured = (self._count() for _ in range(3))
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("yyyy-mm-dd (empty: unknown)"))
        self.date.setValidator(QRegularExpressionValidator(QRegularExpression(r"^(\d{4}-\d{2}-\d{2})?$"), self))
        # a date reads left to right; the empty field's hint in the Arabic interface right to left
        self.date.textChanged.connect(self._date_direction)
        self._date_direction(self.date.text())

        form = QFormLayout()
        form.addRow(self.tr("Event type"), self.event_type)
        form.addRow(self.tr("Sub-event type"), self.sub_event_type)
        form.addRow(self.tr("Place"), self.location)
        form.addRow(self.tr("Which one"), self.place_choices)
        form.setRowVisible(self.place_choices, False)
        self._form = form
        form.addRow(self.tr("Governorate"), self.admin1)
        form.addRow(self.tr("Actor 1"), self.actor1)
        form.addRow(self.tr("Actor 2"), self.actor2)
        form.addRow(self.tr("Killed"), self.fatalities)
        form.addRow(self.tr("Injured"), self.injured)
        form.addRow(self.tr("Captured"), self.captured)
        form.addRow(self.tr("Date"), self.date)
        layout = QVBoxLayout(self)
        if evidence:
            quote = QLabel(evidence)
            quote.setObjectName("editorEvidence")
            quote.setWordWrap(True)
            quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            quote.setStyleSheet(f"font-family: '{theme.READER_FAMILY}'; font-size: 13pt; background: "
                                f"{theme.EVIDENCE_COLOR}; padding: 4px;")
            layout.addWidget(quote)
        if figures:  # where the killed, injured, captured are told, when the evidence does not say
            # («أن 12 على الأقل … لقوا حتفهم، وأصيب 22»): the passage to check the counts against
            told = QLabel(figures)
            told.setObjectName("editorFigures")
            told.setWordWrap(True)
            told.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            told.setToolTip(self.tr("Where the article tells the killed, injured and captured"))
            told.setStyleSheet(f"font-family: '{theme.READER_FAMILY}'; font-size: 13pt; background: "
                               f"{theme.EVIDENCE_COLOR}; padding: 4px; "
                               f"border-bottom: 2px dashed {theme.EVIDENCE_UNDERLINE};")
            layout.addWidget(told)
        layout.addLayout(form)
        hint = QLabel(self.tr("Your values are stored apart from the machine's and win over them."))
        hint.setObjectName("paneFooter")
        layout.addWidget(hint)
        self.problem_label = QLabel("")
        self.problem_label.setObjectName("editorProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)

        self.event_type.currentIndexChanged.connect(self.on_event_type_changed)
        self.sub_event_type.currentIndexChanged.connect(self.on_input_changed)
        self.date.textChanged.connect(self.on_input_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        accept_on_ctrl_enter(self)  # from any field, as the OK button (refused while a field is missing)
        self._fill(self.incident)
        self.on_input_changed()
        # The governorate shown is the old place's: typing another place clears it (the new place is
        # then looked for in the article's governorates), unless the analyst has typed one.
        self._admin1_typed = False
        self.admin1.textEdited.connect(self._on_admin1_edited)
        self.location.textEdited.connect(self.on_place_edited)
        self.place_choices.activated.connect(self._on_place_chosen)

    # -- building ---------------------------------------------------------------------------
    def _arabic_line(self, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.textChanged.connect(lambda text, w=line: w.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if has_rtl(text) else Qt.LayoutDirection.LeftToRight))
        return line

    def _count(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(UNKNOWN, 100_000)
        box.setSpecialValueText(self.tr("unknown"))
        return box

    def _fill(self, inc: Mapping[str, Any]) -> None:
        event = str(inc.get("event_type") or "")
        i = self.event_type.findData(event)
        if i < 0 and event:  # a type outside the taxonomy is kept, not silently changed
            self.event_type.addItem(acled_name(event), event)
            i = self.event_type.count() - 1
        self.event_type.setCurrentIndex(max(0, i))
        self.on_event_type_changed()
        sub = str(inc.get("sub_event_type") or "")
        j = self.sub_event_type.findData(sub)
        if j < 0 and sub:
            self.sub_event_type.addItem(acled_name(sub), sub)
            j = self.sub_event_type.count() - 1
        self.sub_event_type.setCurrentIndex(max(0, j))
        place = inc.get("location") or {}
        self.location.setText(arabic_name(place))
        self.admin1.setText(arabic_admin1(place))
        for line, key in ((self.actor1, "actor1"), (self.actor2, "actor2")):
            actor = inc.get(key) or {}
            line.setText(arabic_name(actor))
        for box, key in ((self.fatalities, "fatalities"), (self.injured, "injured"), (self.captured, "captured")):
            value = inc.get(key)
            box.setValue(UNKNOWN if value is None else int(value))
        self.date.setText(str(inc.get("date") or "")[:10])

    # -- slots --------------------------------------------------------------------------------
    def on_event_type_changed(self, _index: int = 0) -> None:
        current = self.sub_event_type.currentData()
        self.sub_event_type.clear()
        self.sub_event_type.addItem(self.tr("— choose —"), "")
        for sub in taxonomy().get(self.event_type.currentData() or "", []):
            self.sub_event_type.addItem(acled_name(sub), sub)
        k = self.sub_event_type.findData(current)
        self.sub_event_type.setCurrentIndex(max(0, k))
        self.on_input_changed()

    def _on_admin1_edited(self, _text: str) -> None:
        self._admin1_typed = True

    def on_place_edited(self, text: str) -> None:
        """A place typed over the old one: the old place's governorate goes, so «عدن» typed over a
        camp in Lahij is Aden, not a village «العدن» that Lahij's homonyms offer; typed back, it returns."""
        self._show_choices([])
        if self._is_old_place(text) or not text.strip():
            self._lookup_timer.stop()
        else:
            self._lookup_timer.start()  # looked up once typing pauses
        if self._admin1_typed:
            return
        old = self.incident.get("location") or {}
        self.admin1.setText(arabic_admin1(old) if self._is_old_place(text) else "")

    def _date_direction(self, text: str) -> None:
        rtl = not text and has_rtl(self.date.placeholderText())
        self.date.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    def _request_lookup(self) -> None:
        name = self.location.text().strip()
        if name and not self._is_old_place(name):
            self.placeLookupRequested.emit(name)

    def set_place_choices(self, name: str, choices: Sequence[Mapping[str, Any]]) -> None:
        """The gazetteer's places called `name`, likeliest first in the article's context: the first
        one's governorate fills the field (unless the analyst typed one); when they lie in several
        governorates, "Which one" lists them. An answer for a name no longer typed is dropped."""
        if name != self.location.text().strip():
            return
        regions = {arabic_admin1(c) for c in choices if arabic_admin1(c)}
        self._show_choices(list(choices) if len(regions) > 1 else [])
        if choices and not self._admin1_typed and arabic_admin1(choices[0]):
            self.admin1.setText(arabic_admin1(choices[0]))

    def _show_choices(self, choices: list[Mapping[str, Any]]) -> None:
        from gui.reader.place_picker import describe

        self.place_choices.clear()
        for choice in choices:
            self.place_choices.addItem(describe(choice), dict(choice))
        self._form.setRowVisible(self.place_choices, bool(choices))

    def _on_place_chosen(self, index: int) -> None:
        choice = self.place_choices.itemData(index) or {}
        if arabic_admin1(choice):
            self.admin1.setText(arabic_admin1(choice))
            self._admin1_typed = False  # the place's own governorate: another place typed replaces it

    def _is_old_place(self, name: str) -> bool:
        """`name` (as typed) is the incident's place as it stood: its Arabic, the article's words or
        its English name."""
        old = self.incident.get("location") or {}
        name = name.strip()
        return bool(name) and name in (old.get("name_ar"), old.get("text"), old.get("name_en"))

    def on_input_changed(self, *_args: object) -> None:
        """OK only for a coding an export can take; the message says what is missing."""
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:  # Ctrl+Enter and callers reach here too, not only the OK button
        problem = self.problem()
        if problem:
            self.on_input_changed()
            return
        if not self.confirm_not_duplicate():
            return
        super().accept()

    def confirm_not_duplicate(self) -> bool:
        """An incident of the same type, place and day already listed would be exported twice: ask
        (No by default) before adding one, or before an edit of type, place or date makes one."""
        if not self.listed or not (self.adding or {"event_type", "location", "date"} & set(self.changes())):
            return True
        rows = duplicate_rows(self.values(), self.listed, skip=None if self.adding else self.incident)
        if not rows:
            return True
        return ask_yes_no(
            self, self.tr("Already listed"),
            self.tr("An incident of this type at this place and date is already listed (row %1) — add anyway?")
            .replace("%1", ", ".join(str(r) for r in rows)) if self.adding else
            self.tr("An incident of this type at this place and date is already listed (row %1) — save anyway?")
            .replace("%1", ", ".join(str(r) for r in rows)))

    # -- validation ---------------------------------------------------------------------------
    def problem(self) -> str:
        """Why the values cannot be stored ("" when they can): an event type and one of its
        sub-event types (resources/acled/taxonomy.json), and a date that exists."""
        event = self.event_type.currentData() or ""
        sub = self.sub_event_type.currentData() or ""
        if not event:
            return self.tr("Choose an event type.")
        if not sub:
            return self.tr("Choose a sub-event type.")
        subs = taxonomy().get(event)
        if subs is not None and sub not in subs:
            return self.tr("This sub-event type does not belong to the event type.")
        text = self.date.text().strip()
        if text:
            try:
                datetime.date.fromisoformat(text)
            except ValueError:
                return self.tr("The date is not a calendar date (yyyy-mm-dd).")
            if len(text) != 10:
                return self.tr("The date is not a calendar date (yyyy-mm-dd).")
        return ""

    # -- results ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every editable field as the incident dict writes it (names not yet resolved)."""
        old_place = self.incident.get("location") or {}
        place_name = self.location.text().strip()
        admin1 = self.admin1.text().strip()
        if self._is_old_place(place_name) \
                and admin1 in (old_place.get("admin1_ar") or "", old_place.get("admin1_en") or ""):
            place: dict[str, Any] | None = dict(old_place)  # unchanged: keep the gazetteer's reading
        else:  # only a governorate typed: the event is coded at it (ACLED's geo_precision 3), not dropped
            place = place_from_name(place_name or admin1, admin1)
        out: dict[str, Any] = {
            "event_type": self.event_type.currentData() or "",
            "sub_event_type": self.sub_event_type.currentData() or "",
            "location": place,
        }
        for key, line in (("actor1", self.actor1), ("actor2", self.actor2)):
            old = self.incident.get(key) or {}
            name = line.text().strip()
            same = name and name in (old.get("name_ar"), old.get("text"), old.get("name_en"))
            out[key] = dict(old) if same else actor_from_name(name)
        for key, box in (("fatalities", self.fatalities), ("injured", self.injured), ("captured", self.captured)):
            out[key] = None if box.value() == UNKNOWN else box.value()
        out["date"] = self.date.text().strip() or None
        return out

    def changes(self) -> dict[str, Any]:
        """Only the fields the analyst changed."""
        return changed_fields(self.incident, self.values())
