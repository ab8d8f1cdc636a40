"""The incidents map: points drawn offline over coast, border and governorate lines.

No tiles and no network: the outlines are Natural Earth lines around Yemen, built once by
build_scripts/build_outlines.py into resources/geo/yemen_outlines.json. When an incident outside
Yemen widens the fitted view, coarser coast and border lines of the wider region (the Maghreb to
Iran, resources/geo/region_outlines.json, same script) are drawn under Yemen's, so a point in Libya
is not on a blank background; with only Yemen's incidents they are not drawn (`region_items`
hidden), and the Yemen view is unchanged. The projection is
equirectangular with the box's mid-latitude scale (shapes are not stretched at Yemen's
latitudes); one degree of latitude is SCALE scene units. Points keep their size when zooming
(ItemIgnoresTransformations) so a cluster stays readable at any zoom. So do the governorate
labels; at the fitted zoom of a narrow pane several would overlap (Al Mahwit over Sanaa, Raymah
over Dhamar), so after every zoom (and new points) each label takes the first free place around
its point (centred, right, left, below, above, the corners) and is hidden only when none is free,
places with incidents first; it comes back when zooming in leaves it room (`declutter_labels`).
At the summary pane's fitted zoom, before any point, 20 (English) or 21 (Arabic) of the 21 names
are shown (13 and 15 when every label sat to the lower right of its point). No label is placed
over a point's marker: a place with incidents (Aden, Taiz) hid its name under its dot, and drawn
over it (with a halo of the sea's colour, kept for the coast lines) grey letters on a red dot
still could not be read. A label whose point a marker covers tries the same places beside that
marker instead. In a cluster of dots every one of those places touches a dot: a place with
incidents then looks farther out, up to CLUSTER_REACH pixels from its point (the name's middle
nearest the point first, and nearer it than any other place's point, so it is not read as a
neighbour's), and the cluster is named at the fitted zoom (Ad Dali, where most of the library's
incidents are, was named only after zooming in); a place without incidents, or with no free
place that near, is hidden until zooming in leaves it room. A dot outside Yemen (a place in Syria, Iraq; or
of no known country outside Yemen's box) is named too, as the report's map names it (`point_name`), its name
placed and hidden by the same rules (`place_label_items`; before, such a dot had only its tooltip). Clicks and
tooltips go to the point (labels take no clicks, have no tooltip).

The keyboard reaches the points too: with the map focused (Tab), the arrow keys move a ring from
point to point, west to east (Left/Up back, Right/Down on, Home/End the ends), showing each
point's tooltip, and Enter, Return or Space opens the ringed point as a click would.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPalette, QPen,
                           QTransform, QWheelEvent)
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView, QMenu, QToolTip, QWidget)

from core.entities.place_names import HOME_COUNTRY
from core.export.charts import LABEL_GAP as NAME_GAP
from core.export.charts import cluster_label, outlines, region_outlines
from gui import theme
from gui.i18n import acled_name, is_rtl, translate_n
from gui.summary.data import MapPoint

translate = QCoreApplication.translate
SCALE = 100.0  # scene units per degree of latitude
MIN_ZOOM, MAX_ZOOM = 0.5, 60.0  # relative to the fitted view
LABEL_GAP = 3.0  # px kept free around a governorate label
# px between a label and a marker it stands beside: the report map's gap (at 2 px a Naskh letter's
# overhang, «إب» beside Ibb's dot, reached into the dot)
MARKER_GAP = NAME_GAP
LABEL_Z = 1e9
LABEL_FONT = 0.75  # governorate names, relative to the interface font (7 pt at least)
# Where a governorate label may sit, tried in this order: its top-left corner moved by (fx·width,
# fy·height) from the governorate's point. Centred first, then right, left, below, above, corners.
LABEL_PLACES = ((-0.5, -0.5), (0.0, -0.5), (-1.0, -0.5), (-0.5, 0.0), (-0.5, -1.0),
                (0.0, 0.0), (0.0, -1.0), (-1.0, 0.0), (-1.0, -1.0))
# A place with incidents whose name finds no room beside its point (the dots of a cluster cover
# them all) looks further out, up to CLUSTER_REACH px from the point in CLUSTER_STEP px rings.
CLUSTER_STEP, CLUSTER_REACH = 4.0, 40.0


def _place_label(item: QGraphicsItem, place: tuple[float, float]) -> None:
    """Move a label (in pixels: it ignores the zoom) to one of LABEL_PLACES around its point."""
    box = item.boundingRect()  # the halo included
    fx, fy = place
    item.setTransform(QTransform.fromTranslate(fx * box.width() - box.x(), fy * box.height() - box.y()))


def _put_label_at(item: QGraphicsItem, top_left: QPointF) -> None:
    """Move a label so its drawn rect's top-left corner is `top_left` pixels from its point."""
    box = item.boundingRect()
    item.setTransform(QTransform.fromTranslate(top_left.x() - box.x(), top_left.y() - box.y()))


def _beside(marker: QRectF, width: float, height: float) -> list[QPointF]:
    """Top-left corners of a width × height label beside `marker` (pixels, from the label's
    point), MARKER_GAP away: right, left, below, above, then right and left hanging below or
    above its middle; LABEL_PLACES' order, around a marker instead of a point."""
    g = MARKER_GAP
    c = marker.center()
    right, left = marker.right() + g, marker.left() - g - width
    below, above = marker.bottom() + g, marker.top() - g - height
    return [QPointF(right, c.y() - height / 2), QPointF(left, c.y() - height / 2),
            QPointF(c.x() - width / 2, below), QPointF(c.x() - width / 2, above),
            QPointF(right, c.y()), QPointF(right, c.y() - height), QPointF(left, c.y()), QPointF(left, c.y() - height)]


def _farther(width: float, height: float) -> list[QPointF]:
    """Top-left corners of a width × height label farther out around its point (pixels from it):
    its near edge CLUSTER_STEP, 2·CLUSTER_STEP … CLUSTER_REACH px from the point, to the right,
    left, below, above or at a corner; the label's middle nearest the point first (so below or
    above before a long name's side: a name to the left of a cluster reached the next place's)."""
    corners = []
    steps = int(CLUSTER_REACH // CLUSTER_STEP)
    for ring in range(1, steps + 1):
        d = ring * CLUSTER_STEP
        for fx, fy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)):
            x = d if fx > 0 else -d - width if fx < 0 else -width / 2
            y = d if fy > 0 else -d - height if fy < 0 else -height / 2
            corners.append(QPointF(x, y))
    return sorted(corners, key=lambda c: (c.x() + width / 2) ** 2 + (c.y() + height / 2) ** 2)  # stable


def _distance2(a: QPointF, b: QPointF) -> float:
    return (a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2


def load_outlines() -> dict[str, Any]:
    """The bundled outlines: {"box": [w, s, e, n], "layers": {name: [[[lon, lat], ...], ...]}, "labels": [...]}
    (read once by core, whose report maps draw the same lines)."""
    return outlines()


class Projection:
    """lon/lat ↔ scene position for one box (west, south, east, north)."""

    def __init__(self, box: list[float] | tuple[float, float, float, float]) -> None:
        self.west, self.south, self.east, self.north = (float(v) for v in box)
        self.kx = math.cos(math.radians((self.north + self.south) / 2))

    def to_scene(self, lon: float, lat: float) -> QPointF:
        return QPointF((lon - self.west) * self.kx * SCALE, (self.north - lat) * SCALE)

    def to_lonlat(self, p: QPointF) -> tuple[float, float]:
        return self.west + p.x() / (self.kx * SCALE), self.north - p.y() / SCALE

    def box_rect(self) -> QRectF:
        top_left = self.to_scene(self.west, self.north)
        bottom_right = self.to_scene(self.east, self.south)
        return QRectF(top_left, bottom_right)


class PointItem(QGraphicsEllipseItem):
    """One place on the map with the incidents there (a bigger dot for more incidents)."""

    def __init__(self, points: list[MapPoint], pos: QPointF, taken: frozenset[str] = frozenset()) -> None:
        n = len(points)
        r = 4 + 2.5 * math.sqrt(n)
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.points = points
        self.setPos(pos)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(10 + n)
        color = QColor(theme.MAP_POINT_COLOR)
        color.setAlpha(190)
        self.setBrush(QBrush(color))
        self.setPen(QPen(QColor(theme.MAP_POINT_EDGE), 1))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(point_tooltip(points, taken=taken))
        self.current = False  # the keyboard's point: drawn with a ring while the map has focus

    def set_current(self, current: bool, ring: QColor | None = None) -> None:
        self.current = current
        self.setPen(QPen(ring, 3) if current and ring is not None else QPen(QColor(theme.MAP_POINT_EDGE), 1))


def _place_of(p: MapPoint, arabic: bool) -> str:
    return (p.place_ar if arabic and p.place_ar else p.place) or ""


def point_name(points: list[MapPoint], taken: frozenset[str] = frozenset()) -> str:
    """The name of a dot: the place's, or for a dot several places share (the gazetteer puts a
    neighbourhood at its city's position) the most general one with «+N», or their governorate
    when none is a town, as the report's map names it (`cluster_label`; `taken`: names of other
    dots). Aleppo's dot was «حي الخالدية», after the first incident's neighbourhood."""
    arabic = is_rtl()
    names: dict[str, int] = {}
    for p in points:
        name = _place_of(p, arabic)
        if name:
            names[name] = max(names.get(name, -1), p.rank)
    admin1 = {(p.admin1_ar if arabic else p.admin1) or "" for p in points}
    return cluster_label(names, admin1, taken)


def point_tooltip(points: list[MapPoint], limit: int = 12, taken: frozenset[str] = frozenset()) -> str:
    killed = sum(p.fatalities for p in points)
    place = point_name(points, taken) or "?"
    head = (translate("MapView", "%1: %2, %3").replace("%1", place)
            .replace("%2", translate_n("MapView", "%n incident(s)", len(points)))
            .replace("%3", translate_n("MapView", "%n killed", killed)))
    arabic = is_rtl()
    several = len({_place_of(p, arabic) for p in points}) > 1  # each line says which of them
    lines = [" · ".join(part for part in (p.day, acled_name(p.event_type), _place_of(p, arabic) if several else "",
                                          f"{p.fatalities}†" if p.fatalities else "")
                        if part)
             for p in points[:limit]]
    if len(points) > limit:
        lines.append(translate("MapView", "… and {0} more").format(len(points) - limit))
    return "\n".join([head, *lines, translate("MapView", "Click to open the article at the incident.")])


class LabelItem(QGraphicsSimpleTextItem):
    """A governorate's name over the points, readable on a dot thanks to a halo around its letters."""

    HALO = 1.5  # px

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return super().boundingRect().adjusted(-self.HALO, -self.HALO, self.HALO, self.HALO)

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        painter.save()
        painter.setFont(self.font())
        halo = QColor(theme.MAP_SEA_COLOR)
        halo.setAlpha(220)
        painter.setPen(halo)
        rect = super().boundingRect()
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1), (-1, 1), (1, -1)):
            painter.drawText(rect.translated(dx * self.HALO, dy * self.HALO), Qt.AlignmentFlag.AlignLeft, self.text())
        painter.restore()
        super().paint(painter, option, widget)


class MapView(QGraphicsView):
    """Zoom with the wheel (or zoom_in/zoom_out), pan by dragging, click a point to open its article."""

    pointActivated = Signal(int, int, int)  # article id, evidence start, evidence end

    def __init__(self, parent: QWidget | None = None, *, arabic_labels: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("summaryMap")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a map is never mirrored
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumHeight(160)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # pan by dragging
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches the map, the arrows its points
        self.setAccessibleName(translate("MapView", "Incidents map"))
        self.setAccessibleDescription(translate("MapView", "Arrow keys move between the incident points; "
                                                           "Enter opens the article at the incident."))
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        outlines = load_outlines()
        self.projection = Projection(outlines["box"])
        self.arabic_labels = arabic_labels
        self.point_items: list[PointItem] = []
        self.current_item: PointItem | None = None  # the point the keyboard is on
        self.label_items: list[LabelItem] = []  # the governorates' (outlines' order), then place_label_items
        self.place_label_items: list[LabelItem] = []  # names of the dots outside Yemen (set_points)
        self._label_weight: dict[int, int] = {}  # id(label) -> incidents nearest to it (declutter_labels)
        self.region_items: list[QGraphicsPathItem] = []  # the wider region's lines, made when first needed
        self._fit_scale = 1.0
        self._user_zoomed = False  # until the analyst zooms, the map refits itself to its size
        self._draw_outlines(outlines)
        self._menu: QMenu | None = None
        self._point_pressed = False
        self.fit()

    # -- drawing ----------------------------------------------------------------------------------
    def _draw_outlines(self, outlines: dict[str, Any]) -> None:
        self.setBackgroundBrush(QColor(theme.MAP_SEA_COLOR))
        styles = {"coast": (theme.MAP_COAST_COLOR, 1.3, Qt.PenStyle.SolidLine),
                  "countries": (theme.MAP_BORDER_COLOR, 1.4, Qt.PenStyle.DashLine),
                  "governorates": (theme.MAP_ADMIN_COLOR, 0.8, Qt.PenStyle.DotLine)}
        for name in ("governorates", "countries", "coast"):
            color, width, style = styles[name]
            self._add_lines(outlines["layers"].get(name, []), color, width, style,
                            {"governorates": 1, "countries": 2, "coast": 3}[name])
        for label in outlines.get("labels", []):
            self.label_items.append(self._new_label(label["name_ar"] if self.arabic_labels else label["name_en"],
                                                    self.projection.to_scene(label["lon"], label["lat"])))
        self._scene.setSceneRect(self.projection.box_rect())

    def _new_label(self, name: str, pos: QPointF) -> LabelItem:
        """A name on the map at `pos` (scene units), as the governorates' are drawn."""
        text = LabelItem(name)
        text.setBrush(QColor(theme.MAP_LABEL_COLOR))
        font = text.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * LABEL_FONT))
        text.setFont(font)
        text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        text.setPos(pos)
        text.setZValue(LABEL_Z)  # over the points (their z is 10 + incidents)
        self._scene.addItem(text)
        return text

    def _outside_yemen(self, group: list[MapPoint], pos: QPointF) -> bool:
        """A dot the governorate labels do not name: its places are in another country (or, the
        country unknown, it lies outside Yemen's outlines' box)."""
        countries = {p.country for p in group} - {""}
        if countries:
            return countries != {HOME_COUNTRY}
        return not self.projection.box_rect().contains(pos)

    def _add_lines(self, lines: list, color: str, width: float, style: Qt.PenStyle, z: float) -> QGraphicsPathItem:
        """One outline layer (lines of (lon, lat) points) as a path item in the scene, its pen cosmetic
        (the same width at any zoom)."""
        path = QPainterPath()
        for line in lines:
            path.moveTo(self.projection.to_scene(*line[0]))
            for lon, lat in line[1:]:
                path.lineTo(self.projection.to_scene(lon, lat))
        pen = QPen(QColor(color), width, style)
        pen.setCosmetic(True)
        item = QGraphicsPathItem(path)
        item.setPen(pen)
        item.setZValue(z)
        self._scene.addItem(item)
        return item

    def show_region(self, shown: bool) -> None:
        """Draw the wider region's coast and borders under Yemen's lines (or hide them)."""
        if shown and not self.region_items:
            region = region_outlines()
            styles = {"countries": (theme.MAP_BORDER_COLOR, 1.4, Qt.PenStyle.DashLine, 0.2),  # Yemen's pens: no seam
                      "coast": (theme.MAP_COAST_COLOR, 1.3, Qt.PenStyle.SolidLine, 0.3)}
            for name, (color, width, style, z) in styles.items():  # z under Yemen's lines (1–3) and the points
                self.region_items.append(self._add_lines(region["layers"].get(name, []), color, width, style, z))
        for item in self.region_items:
            item.setVisible(shown)

    def region_shown(self) -> bool:
        return any(item.isVisible() for item in self.region_items)

    def set_points(self, points: list[MapPoint]) -> None:
        """Replace the incident points: one dot per place (same coordinates, 3 decimals)."""
        for item in self.point_items:
            self._scene.removeItem(item)
        self.point_items = []
        self.current_item = None
        for item in self.place_label_items:  # the last points' names outside Yemen
            self._scene.removeItem(item)
            self.label_items.remove(item)
        self.place_label_items = []
        by_place: dict[tuple[float, float], list[MapPoint]] = defaultdict(list)
        for p in points:
            by_place[(round(p.lon, 3), round(p.lat, 3))].append(p)
        rect = self.projection.box_rect()
        arabic = is_rtl()  # a dot of one place is named so: no dot of several takes its governorate's name
        taken = frozenset(names.pop() for group in by_place.values()
                          if len(names := {_place_of(p, arabic) for p in group} - {""}) == 1)
        for group in by_place.values():
            item = PointItem(group, self.projection.to_scene(group[0].lon, group[0].lat), taken)
            self._scene.addItem(item)
            self.point_items.append(item)
            if self._outside_yemen(group, item.pos()) and (name := point_name(group, taken)):
                # named as the governorates are (the tooltip was all a dot in Syria or Iraq had)
                label = self._new_label(name, item.pos())
                self.label_items.append(label)
                self.place_label_items.append(label)
            rect = rect.united(QRectF(item.pos() - QPointF(20, 20), item.pos() + QPointF(20, 20)))
        self._scene.setSceneRect(rect)
        self.show_region(self.extent() != self.projection.box_rect())
        self._weigh_labels()
        if self._user_zoomed:
            self.declutter_labels()  # places with incidents are named first
        else:
            self.fit()  # a place outside Yemen's outlines is brought into view (it declutters too)

    # -- zoom and pan -----------------------------------------------------------------------------
    def extent(self) -> QRectF:
        """What fitting shows: Yemen's outlines, widened to every point outside them (an incident
        in Iraq or Libya was drawn off the map, while the note said it was on it)."""
        box = self.projection.box_rect()
        rect = box
        for item in self.point_items:
            if not box.contains(item.pos()):
                rect = rect.united(QRectF(item.pos() - QPointF(1, 1), item.pos() + QPointF(1, 1)))
        if rect == box:
            return box
        margin = 0.06 * max(rect.width(), rect.height())  # a dot at the edge is not cut in half
        return rect.adjusted(-margin, -margin, margin, margin)

    def fit(self) -> None:
        self._user_zoomed = False
        self.resetTransform()
        self.fitInView(self.extent(), Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_scale = self.transform().m11() or 1.0
        self.declutter_labels()

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11() / self._fit_scale
        factor = max(MIN_ZOOM / current, min(MAX_ZOOM / current, factor))
        self.scale(factor, factor)
        self._user_zoomed = True
        self.declutter_labels()

    def label_rect(self, item: QGraphicsSimpleTextItem) -> QRectF:
        """Where `item` is drawn in the viewport, in pixels (its size does not follow the zoom)."""
        return item.deviceTransform(self.viewportTransform()).mapRect(item.boundingRect())

    def marker_rect(self, item: QGraphicsItem) -> QRectF:
        """Where a point's marker is drawn in the viewport, in pixels (it ignores the zoom too)."""
        return self.label_rect(item)

    def own_marker(self, label: QGraphicsItem, markers: list[QRectF]) -> QRectF | None:
        """The markers (viewport rects) drawn over a label's point (its place's incidents: Aden's
        at Aden), as one rect in pixels from that point; None when no marker covers it."""
        anchor = self.viewportTransform().map(label.pos())
        covering = [rect for rect in markers if rect.contains(anchor)]
        if not covering:
            return None
        united = covering[0]
        for rect in covering[1:]:
            united = united.united(rect)
        return united.translated(-anchor)

    def declutter_labels(self) -> None:
        """Name every governorate the zoom leaves room for, no two labels overlapping (LABEL_GAP
        pixels kept between them) and none over a marker (a name on a dot could not be read:
        Aden, Taiz). Places with incidents are named first (the most first), then the rest in the
        outlines' order; each label takes the first free place around its point (LABEL_PLACES:
        centred, then right, left, below, above, then the corners; when markers cover its point,
        the same places beside them; for a point in view, a place inside the map; for a place with
        incidents, then farther out: `_farther`) and is hidden only when none is free; it comes
        back when zooming in leaves it room."""
        shown: list[QRectF] = []
        markers = [self.marker_rect(p) for p in self.point_items]
        view = QRectF(self.viewport().rect())
        anchors = {id(it): self.viewportTransform().map(it.pos()) for it in self.label_items}
        for item in sorted(self.label_items, key=lambda it: -self._label_weight.get(id(it), 0)):  # stable
            on_screen = view.contains(QPointF(self.mapFromScene(item.pos())))
            box = item.boundingRect()
            marker = self.own_marker(item, markers)
            if marker is None:  # nothing over the point: centred on it first
                corners = [QPointF(fx * box.width(), fy * box.height()) for fx, fy in LABEL_PLACES]
            else:
                corners = _beside(marker, box.width(), box.height())
            near = len(corners)  # the places beside the point; then, for a place with incidents, farther out
            if self._label_weight.get(id(item), 0):  # when a cluster's dots cover every place beside its point
                corners += _farther(box.width(), box.height())
            # the markers its places can touch (a library's summary may have hundreds of points)
            anchor = self.viewportTransform().map(item.pos())
            far = CLUSTER_REACH if self._label_weight.get(id(item), 0) else 0.0
            reach = (marker or QRectF()).united(QRectF(-far, -far, 2 * far, 2 * far)).adjusted(
                -box.width() - 2 * MARKER_GAP, -box.height() - 2 * MARKER_GAP,
                box.width() + 2 * MARKER_GAP, box.height() + 2 * MARKER_GAP)
            nearby = [m for m in markers if m.intersects(reach.translated(anchor))]
            for n, corner in enumerate(corners):
                _put_label_at(item, corner)
                drawn = self.label_rect(item)
                if on_screen and not view.contains(drawn):
                    continue  # a name cut by the map's edge (Al Hudaydah moved left of its point)
                if n >= near and not self._nearest_own(item, drawn.center(), anchors):
                    continue  # farther out, a name must stay nearer its place than any other's
                if any(drawn.intersects(m) for m in nearby):
                    continue  # over a dot, a name cannot be read (nor the dot seen)
                rect = drawn.adjusted(-LABEL_GAP, -LABEL_GAP / 2, LABEL_GAP, LABEL_GAP / 2)
                if not any(rect.intersects(other) for other in shown):
                    item.setVisible(True)
                    shown.append(rect)
                    break
            else:
                _place_label(item, LABEL_PLACES[0])
                item.setVisible(False)

    def _nearest_own(self, item: QGraphicsItem, centre: QPointF, anchors: dict[int, QPointF]) -> bool:
        """Whether `centre` (viewport pixels) is nearer `item`'s point than any other label's point:
        a name moved away from a cluster stays on its own place's side (Ad Dali's name went west of
        its cluster, onto Ibb and Taizz, in a narrow pane)."""
        own = _distance2(centre, anchors[id(item)])
        return all(own <= _distance2(centre, at) for key, at in anchors.items() if key != id(item))

    def _weigh_labels(self) -> None:
        """How many incidents each label stands for: a point counts for the label nearest to it (the
        governorate whose label point is nearest, not the one whose borders hold it: the outlines
        carry no polygons, and an order of labels needs no more)."""
        self._label_weight = {}
        if not self.label_items:
            return
        for point in self.point_items:
            nearest = min(self.label_items, key=lambda it: _distance2(it.pos(), point.pos()))
            self._label_weight[id(nearest)] = self._label_weight.get(id(nearest), 0) + len(point.points)

    def zoom_in(self) -> None:
        self.zoom_by(1.5)

    def zoom_out(self) -> None:
        self.zoom_by(1 / 1.5)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25 ** steps)
        event.accept()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._user_zoomed:
            self.fit()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._user_zoomed:
            self.fit()

    # -- clicks -----------------------------------------------------------------------------------
    def point_item_at(self, view_pos: Any) -> PointItem | None:
        for item in self.items(view_pos):
            if isinstance(item, PointItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.point_item_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else None
        if item is None:
            super().mousePressEvent(event)
            return
        event.accept()
        self._point_pressed = True
        self.activate(item, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._point_pressed:  # the press opened a point: its release is ours too, not a drag's end
            self._point_pressed = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def activate(self, item: PointItem, global_pos: Any = None) -> None:
        """One incident: open it. Several at the place: a menu to choose which."""
        if len(item.points) == 1:
            p = item.points[0]
            self.pointActivated.emit(p.article_id, p.start, p.end)
            return
        self._menu = QMenu(self)
        for p in item.points[:30]:
            text = f"{p.day}  {acled_name(p.event_type)}  —  {p.title[:60]}"
            action = self._menu.addAction(text)
            action.triggered.connect(lambda _=False, p=p: self.pointActivated.emit(p.article_id, p.start, p.end))
        self._menu.popup(global_pos if global_pos is not None else self.mapToGlobal(self.rect().center()))

    # -- keyboard ---------------------------------------------------------------------------------
    def keyboard_order(self) -> list[PointItem]:
        """The points as the arrow keys visit them: west to east, north to south at one longitude."""
        return sorted(self.point_items, key=lambda item: (item.pos().x(), item.pos().y()))

    def set_current_item(self, item: PointItem | None) -> None:
        """Put the keyboard's ring on `item` (None: on no point), bring it into view, show its tooltip."""
        if self.current_item is not None:
            self.current_item.set_current(False)
        self.current_item = item
        if item is None:
            return
        item.set_current(True, self.palette().color(QPalette.ColorRole.Highlight) if self.hasFocus() else None)
        self.ensureVisible(QRectF(item.pos(), item.pos()), 40, 40)
        if self.hasFocus():
            QToolTip.showText(self.viewport().mapToGlobal(self.mapFromScene(item.pos())), item.toolTip(), self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        order = self.keyboard_order()
        key = event.key()
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        if not order or key not in (*steps, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Return,
                                    Qt.Key.Key_Enter, Qt.Key.Key_Space):
            super().keyPressEvent(event)
            return
        event.accept()
        at = order.index(self.current_item) if self.current_item in order else None
        if key in steps:
            step = steps[key]
            self.set_current_item(order[(at + step) % len(order)] if at is not None else order[0 if step > 0 else -1])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.set_current_item(order[0 if key == Qt.Key.Key_Home else -1])
        elif self.current_item is not None:  # Enter, Return, Space: open it, as a click does
            item = self.current_item
            self.activate(item, self.viewport().mapToGlobal(self.mapFromScene(item.pos())))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if self.current_item is None and self.point_items and event.reason() in (
                Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.current_item = self.keyboard_order()[0]  # Tab into the map: the ring is on a point at once
        self.set_current_item(self.current_item)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if self.current_item is not None:
            self.current_item.set_current(True, None)  # remembered, not ringed: the focus is elsewhere
