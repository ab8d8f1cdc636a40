"""Article details…: the analyst sets or corrects an article's title, date and source.

The date is what every incident date is anchored on («أمس», «الثلاثاء»), so an undated article
(a .txt, .docx or .pdf without date metadata) has undated incidents until its date is known. The
dialog says where the date came from (the file's metadata, the article's own dateline, the
analyst); a date left empty means "unknown". Saving is the main window's work (one transaction,
then the article is analysed again off the GUI thread: `tasks.save_article_details`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from gui.i18n import source_name

ISO = "yyyy-MM-dd"


def publication_date_edit(object_name: str, published: str | None) -> QDateEdit:
    """An article's publication date as the analyst edits it (Article details, Set date): ISO, with a
    calendar, from 1900 to tomorrow; showing `published` (its first ten characters), or today."""
    edit = QDateEdit()
    edit.setObjectName(object_name)
    # before the format: Qt reverses a format's sections in a right-to-left widget (02-08-2015)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(ISO)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(QDate.currentDate().addDays(1))
    date = QDate.fromString(str(published or "")[:10], ISO)
    edit.setDate(date if date.isValid() else QDate.currentDate())
    return edit


class ArticleDetailsDialog(QDialog):
    """Title, date (or unknown) and source of one article; `values()` once accepted."""

    def __init__(self, article: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDetailsDialog")
        self.setWindowTitle(self.tr("Article details"))
        self.setMinimumWidth(460)
        self._article = dict(article)

        self.title_edit = QLineEdit(str(article.get("title") or ""))
        self.title_edit.setObjectName("detailsTitle")
        # a source Marsad wrote (the bundled sample's) is shown in the interface's language, as the
        # reader's header and the library show it; left as shown, the stored value is kept
        self._stored_source = str(article.get("source") or "")
        self._shown_source = source_name(self._stored_source)
        self.source_edit = QLineEdit(self._shown_source)
        self.source_edit.setObjectName("detailsSource")
        self.source_edit.setPlaceholderText(self.tr("e.g. Saba, Aden al-Ghad"))

        published = str(article.get("published") or "")[:10]
        self.date_edit = publication_date_edit("detailsDate", published)
        date = QDate.fromString(published, ISO)
        self.unknown = QCheckBox(self.tr("Unknown"))
        self.unknown.setObjectName("detailsDateUnknown")
        self.unknown.setToolTip(self.tr("Incidents of an undated article have no date"))
        self.unknown.toggled.connect(self.date_edit.setDisabled)
        self.unknown.setChecked(not date.isValid())
        self.date_edit.setDisabled(not date.isValid())
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.unknown)
        date_row.addStretch(1)

        self.origin_label = QLabel(self.origin_text(article.get("date_origin"), bool(published)))
        self.origin_label.setObjectName("detailsDateOrigin")
        self.origin_label.setWordWrap(True)
        self.origin_label.setEnabled(False)  # a quiet, secondary line

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)  # a row of widgets: the mnemonic needs its buddy named
        form.addRow(date_label, date_row)
        form.addRow("", self.origin_label)
        form.addRow(self.tr("&Source:"), self.source_edit)
        note = QLabel(self.tr("Changing the title or the date analyses the article again: its incidents' dates "
                              "follow the article's date. Your corrections, notes and highlights are kept."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def origin_text(self, origin: Any, dated: bool) -> str:
        if not dated:
            return self.tr("No date is known: none in the file, and none found in the article's first lines.")
        return {
            "text": self.tr("Read from the article's text (its dateline), not from the file."),
            "user": self.tr("Set by you."),
        }.get(str(origin or ""), self.tr("From the file's date field."))

    def values(self) -> dict[str, Any]:
        """{"title", "source", "published"}: the date ISO, or None for unknown."""
        return {
            "title": self.title_edit.text().strip(),
            "source": self._source(),
            "published": None if self.unknown.isChecked() else self.date_edit.date().toString(ISO),
        }

    def _source(self) -> str:
        """What the analyst typed, as typed; the translated name of a known source, untouched, is
        its stored value (saving the Arabic name would turn the sample's source into an import's)."""
        text = self.source_edit.text().strip()
        return self._stored_source.strip() if text == self._shown_source.strip() else text

    def changed(self) -> bool:
        old = {"title": str(self._article.get("title") or "").strip(),
               "source": str(self._article.get("source") or "").strip(),
               "published": str(self._article.get("published") or "")[:10] or None}
        return self.values() != old

