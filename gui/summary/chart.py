"""Incidents per day as bars, drawn with QPainter (QtCharts is not part of PySide6-Essentials).

The series is every day from the first to the last (quiet days as empty slots, so gaps in a
campaign show), by month past 120 days — the same series the exported report charts. The
geometry is one function (`bar_rects`) used by painting, tooltips and tests alike.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from gui import theme
from gui.i18n import plural

LEFT, RIGHT, TOP, BOTTOM = 34, 10, 10, 38
EMPTY_HEIGHT = 28
QWIDGETSIZE_MAX = (1 << 24) - 1


class DayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayChart")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right in both languages
        self.setMinimumHeight(140)
        self.setMouseTracking(True)
        self._series: list[tuple[str, int]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, 170)

    def set_series(self, series: list[tuple[str, int]]) -> None:
        self._series = list(series)
        # with no day to draw, one line ("No dated incidents") instead of 140 px: the summary's
        # tables above get the room
        self.setMinimumHeight(140 if self._series else EMPTY_HEIGHT)
        self.setMaximumHeight(QWIDGETSIZE_MAX if self._series else EMPTY_HEIGHT)
        self.update()

    def series(self) -> list[tuple[str, int]]:
        return list(self._series)

    def peak(self) -> int:
        return max((n for _, n in self._series), default=0)

    def plot_rect(self) -> QRectF:
        return QRectF(LEFT, TOP, max(1, self.width() - LEFT - RIGHT), max(1, self.height() - TOP - BOTTOM))

    def bar_rects(self) -> list[QRectF]:
        """One rectangle per slot of the series (zero height for a quiet day)."""
        if not self._series:
            return []
        plot = self.plot_rect()
        step = plot.width() / len(self._series)
        width = max(1.0, step * 0.8)
        peak = self.peak() or 1
        out = []
        for i, (_key, n) in enumerate(self._series):
            h = plot.height() * n / peak
            out.append(QRectF(plot.left() + i * step + (step - width) / 2, plot.bottom() - h, width, h))
        return out

    def slot_at(self, x: float) -> int:
        """Index of the slot under x (-1 outside the plot)."""
        plot = self.plot_rect()
        if not self._series or not plot.left() <= x < plot.right():
            return -1
        return int((x - plot.left()) / (plot.width() / len(self._series)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        ink, grid = QColor(theme.CHART_INK), QColor(theme.CHART_GRID)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        plot = self.plot_rect()
        if not self._series:
            painter.setPen(ink)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated incidents"))
            return
        peak = self.peak()
        for frac in ((0.0, 0.5, 1.0) if peak % 2 == 0 else (0.0, 1.0)):
            y = plot.bottom() - plot.height() * frac
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink)
            painter.drawText(QRectF(0, y - 8, LEFT - 4, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(round(peak * frac)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.CHART_BAR_COLOR))
        for rect in self.bar_rects():
            painter.drawRect(rect)
        painter.setPen(ink)
        labels = max(1, len(self._series) // max(1, int(plot.width() // 70)))
        step = plot.width() / len(self._series)
        for i, (key, _n) in enumerate(self._series):
            if i % labels == 0:
                x = plot.left() + i * step + step / 2
                painter.drawText(QRectF(x - 40, plot.bottom() + 4, 80, 16), Qt.AlignmentFlag.AlignHCenter,
                                 key[5:] if len(key) == 10 else key)
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        i = self.slot_at(event.position().x())
        if i < 0:
            QToolTip.hideText()
            return
        key, n = self._series[i]
        QToolTip.showText(event.globalPosition().toPoint(), plural(self.tr("{0}: {1} incident(s)"), n).format(key, n), self)
