"""The wider region's outlines (resources/geo/region_outlines.json) are drawn under Yemen's only when
an incident outside Yemen widens the map: a point in Libya sat on a blank background."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsPathItem

from core.export.charts import region_outlines
from gui.summary.data import MapPoint
from gui.summary.map_view import MapView

ADEN = MapPoint(45.03, 12.78, "Aden", 9, "t", 0, 4, "Battles", "2015-08-01", 1)
TARHUNA = MapPoint(13.63, 32.43, "Tarhuna", 7, "t", 0, 4, "Battles", "2015-08-11", 0)  # Libya


def _view(qtbot) -> MapView:  # type: ignore[no-untyped-def]
    view = MapView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    return view


def test_an_incident_in_libya_draws_the_region(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    view.set_points([TARHUNA, ADEN])
    assert view.region_shown()
    # under Yemen's lines and the points, and reaching Libya's coast near the point
    yemen_z = min(it.zValue() for it in view.scene().items()
                  if isinstance(it, QGraphicsPathItem) and it not in view.region_items)
    assert all(item.zValue() < yemen_z for item in view.region_items)
    assert all(item.path().elementCount() > 100 for item in view.region_items)
    tripoli = (13.19, 32.89)  # Libya's coast, ≈ 50 km north of Tarhuna
    assert any(abs(lon - tripoli[0]) < 0.2 and abs(lat - tripoli[1]) < 0.2
               for line in region_outlines()["layers"]["coast"] for lon, lat in line)


def test_only_yemen_incidents_do_not_draw_the_region(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    view.set_points([ADEN])
    assert not view.region_shown()
    assert view.extent() == view.projection.box_rect()  # the Yemen view is unchanged


def test_the_region_goes_away_when_the_libyan_incident_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    view.set_points([TARHUNA, ADEN])
    view.set_points([ADEN])
    assert view.region_items and not view.region_shown()


def test_the_region_file_is_coarse_and_small() -> None:
    data = region_outlines()
    assert set(data["layers"]) == {"coast", "countries"}  # no governorates beyond Yemen
    west, south, east, north = data["outside"]
    for lines in data["layers"].values():
        for line in lines:
            # outside Yemen's box, bar one point where a line enters it (so the two files' lines meet)
            inside = [west < lon < east and south < lat < north for lon, lat in line]
            assert sum(inside[1:-1]) == 0
