"""An incident outside Yemen (Iraq, Libya) is on the summary map: the map fitted Yemen's outlines
only, so the point was drawn off screen while the note said «2 on the map»."""

from __future__ import annotations

from gui.summary.data import MapPoint
from gui.summary.map_view import MapView


def _shown_map(qtbot, width: int = 500, height: int = 400) -> MapView:  # type: ignore[no-untyped-def]
    """A map view of that size, shown (its viewport then has its size for the fit)."""
    view = MapView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    return view


def _visible(view: MapView, item) -> bool:  # type: ignore[no-untyped-def]
    """The whole dot in the viewport (one at the edge was cut in half)."""
    centre = view.mapFromScene(item.pos())  # a dot keeps its size in pixels whatever the zoom
    return view.viewport().rect().contains(item.boundingRect().translated(centre.x(), centre.y()).toRect())


def test_a_point_outside_yemen_is_brought_into_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _shown_map(qtbot)
    tarhuna = MapPoint(13.63, 32.43, "Tarhuna", 7, "t", 0, 4, "Battles", "2015-08-11", 0)  # Libya
    ramadi = MapPoint(43.30, 33.42, "Ramadi", 8, "t", 0, 4, "Battles", "2015-07-21", 2)  # Iraq
    aden = MapPoint(45.03, 12.78, "Aden", 9, "t", 0, 4, "Battles", "2015-08-01", 1)
    view.set_points([tarhuna, ramadi, aden])
    assert all(_visible(view, item) for item in view.point_items)
    # Yemen's outlines stay in view too
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(view.projection.box_rect().center())


def test_points_in_yemen_keep_the_yemen_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _shown_map(qtbot)
    before = view.transform().m11()
    view.set_points([MapPoint(45.03, 12.78, "Aden", 9, "t", 0, 4, "Battles", "2015-08-01", 1)])
    assert view.transform().m11() == before
    assert view.extent() == view.projection.box_rect()


def test_the_analyst_s_zoom_is_kept_when_the_points_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _shown_map(qtbot)
    view.zoom_in()
    zoomed = view.transform().m11()
    view.set_points([MapPoint(13.63, 32.43, "Tarhuna", 7, "t", 0, 4, "Battles", "2015-08-11", 0)])
    assert view.transform().m11() == zoomed


def test_a_point_outside_yemen_is_named_as_the_governorates_are(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dot in Syria or Iraq had only its tooltip: it is named on the map, the name placed and
    decluttered as a governorate's; a dot in Yemen is named by its governorate's label only."""
    view = _shown_map(qtbot, 600, 450)
    governorates = len(view.label_items)
    aleppo = MapPoint(37.16, 36.20, "Aleppo", 7, "t", 0, 4, "Battles", "2026-11-16", 5, country="Syria",
                      rank=3, admin1="Aleppo")
    ramadi = MapPoint(43.30, 33.42, "Ramadi", 8, "t", 0, 4, "Battles", "2015-07-21", 2)  # no country: off the box
    aden = MapPoint(45.03, 12.78, "Aden", 9, "t", 0, 4, "Battles", "2015-08-01", 1, country="Yemen")
    view.set_points([aleppo, ramadi, aden])
    names = [item.text() for item in view.place_label_items]
    assert names == ["Aleppo", "Ramadi"]
    assert view.label_items[governorates:] == view.place_label_items  # after the governorates'
    assert all(item.isVisible() for item in view.place_label_items)  # room enough around them
    for item in view.place_label_items:  # beside its dot, not under it
        dot = next(p for p in view.point_items if p.pos() == item.pos())
        assert not view.label_rect(item).intersects(view.marker_rect(dot).adjusted(2, 2, -2, -2))
    # new points: the old names go
    view.set_points([aden])
    assert view.place_label_items == [] and len(view.label_items) == governorates
    assert all(item.scene() is view.scene() for item in view.label_items)


def test_a_cluster_outside_yemen_is_named_by_its_most_general_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    from core.export.charts import PLACE_RANK

    view = _shown_map(qtbot, 600, 450)
    city = MapPoint(37.16, 36.20, "Aleppo", 7, "t", 0, 4, "Battles", "2026-11-16", 5, country="Syria",
                    rank=PLACE_RANK["city"], admin1="Aleppo")
    quarter = MapPoint(37.16, 36.20, "Sheikh Maqsoud", 7, "t", 0, 4, "Battles", "2026-11-16", 0, country="Syria",
                       rank=PLACE_RANK.get("neighbourhood", 0), admin1="Aleppo")
    view.set_points([quarter, city])
    assert [item.text() for item in view.place_label_items] == ["Aleppo +1"]
