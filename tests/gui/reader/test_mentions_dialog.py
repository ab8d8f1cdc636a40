"""The mentions dialog: the mention itself stays visible in its elided context cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from gui.bidi import strip_isolates


def test_the_mention_is_not_elided_in_a_long_context(qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.reader.mentions import MentionsDialog

    before = "قالت مصادر محلية إن القوات الحكومية تقدمت في المنطقة الوسطى لمحافظة إب باتجاه "[-60:]
    word = "محافظة الضالع"
    after = " وسط اشتباكات عنيفة مع المسلحين الحوثيين في عدة مواقع شمال المدينة"
    text = before + word + after
    row = {"article_id": 1, "title": "عنوان", "published": "2015-07-21", "start": 1000 + len(before),
           "end": 1000 + len(before) + len(word), "context": text, "context_start": 1000}
    dialog = MentionsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_mentions("LOCATION", word, "Ad Dali", [row])
    qtbot.waitExposed(dialog)
    item = dialog.table.item(0, 2)
    width = dialog.table.columnWidth(2) - 12  # the cell's margins
    shown = QFontMetrics(dialog.table.font()).elidedText(item.text(), Qt.TextElideMode.ElideRight, width)
    assert f"«{word}»" in strip_isolates(shown), strip_isolates(shown)
    assert item.toolTip() == text  # the whole context stays in the tooltip
