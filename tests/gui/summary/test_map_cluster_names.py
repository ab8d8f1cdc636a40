"""The summary map names a dot several places share as the report's map does (`cluster_label`):
after its most general place, or their governorate when none is a town; never after the first
incident's neighbourhood (session 37: Aleppo's dot read «حي الخالدية: 6 حوادث»)."""

from __future__ import annotations

import pytest

from gui import i18n
from gui.summary.data import MapPoint
from gui.summary.map_view import MapView, point_name, point_tooltip

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _p(place: str, place_ar: str, rank: int, i: int, lon: float = 37.161, lat: float = 36.201) -> MapPoint:
    return MapPoint(lon, lat, place, i, "t", 0, 4, "Battles", "2015-08-01", 0, place_ar=place_ar, rank=rank,
                    admin1="Aleppo", admin1_ar="حلب")


NEIGHBOURHOODS = [_p("Al Salam Quarter", "حي السلام", 0, 1), _p("Al Nakhil", "قرية النخيل", 0, 2)]


def test_a_shared_dot_takes_its_citys_name_with_the_others_counted(qapp) -> None:  # type: ignore[no-untyped-def]
    points = [*NEIGHBOURHOODS, _p("Aleppo", "حلب", 3, 3), _p("Al Salam Quarter", "حي السلام", 0, 4)]
    assert point_name(points) == "Aleppo +2"
    tip = point_tooltip(points)
    assert tip.startswith("Aleppo +2: 4 incidents") and "Al Nakhil" in tip  # each line names its place
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        assert point_name(points) == "حلب +2"
    finally:
        i18n.install_language(qapp, "en")


def test_neighbourhoods_alone_take_their_governorates_name_unless_a_dot_has_it() -> None:
    assert point_name(NEIGHBOURHOODS) == "Aleppo"
    assert point_name(NEIGHBOURHOODS, frozenset({"Aleppo"})) == "Al Salam Quarter +1"
    assert point_name([_p("Damt", "دمت", 2, 5)] * 2) == "Damt"  # one place: its name, no «+N»


def test_the_map_names_its_dots_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = MapView()
    qtbot.addWidget(view)
    view.resize(540, 330)
    view.set_points([*NEIGHBOURHOODS, _p("Aleppo", "حلب", 3, 3, lon=37.5)])  # Aleppo's own dot elsewhere
    tips = sorted(item.toolTip().split("\n")[0] for item in view.point_items)
    assert tips == ["Al Salam Quarter +1: 2 incidents, 0 killed", "Aleppo: 1 incident, 0 killed"], tips
