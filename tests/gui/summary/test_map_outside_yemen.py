"""An incident outside Yemen (Iraq, Libya) is on the summary map: the map fitted Yemen's outlines
only, so the point was drawn off screen while the note said «2 on the map»."""

from __future__ import annotations

from gui.summary.data import MapPoint
from gui.summary.map_view import MapView


def _visible(view: MapView, item) -> bool:  # type: ignore[no-untyped-def]
    """The whole dot in the viewport (one at the edge was cut in half)."""
    centre = view.mapFromScene(item.pos())  # a dot keeps its size in pixels whatever the zoom
    return view.viewport().rect().contains(item.boundingRect().translated(centre.x(), centre.y()).toRect())


def test_a_point_outside_yemen_is_brought_into_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = MapView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    tarhuna = MapPoint(13.63, 32.43, "Tarhuna", 7, "t", 0, 4, "Battles", "2015-08-11", 0)  # Libya
    ramadi = MapPoint(43.30, 33.42, "Ramadi", 8, "t", 0, 4, "Battles", "2015-07-21", 2)  # Iraq
    aden = MapPoint(45.03, 12.78, "Aden", 9, "t", 0, 4, "Battles", "2015-08-01", 1)
    view.set_points([tarhuna, ramadi, aden])
    assert all(_visible(view, item) for item in view.point_items)
    # Yemen's outlines stay in view too
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(view.projection.box_rect().center())


def test_points_in_yemen_keep_the_yemen_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = MapView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    before = view.transform().m11()
    view.set_points([MapPoint(45.03, 12.78, "Aden", 9, "t", 0, 4, "Battles", "2015-08-01", 1)])
    assert view.transform().m11() == before
    assert view.extent() == view.projection.box_rect()


def test_the_analyst_s_zoom_is_kept_when_the_points_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = MapView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    view.zoom_in()
    zoomed = view.transform().m11()
    view.set_points([MapPoint(13.63, 32.43, "Tarhuna", 7, "t", 0, 4, "Battles", "2015-08-11", 0)])
    assert view.transform().m11() == zoomed
