"""The reports' map (Markdown, HTML, Word, the GUI's PDF) drew only Yemen's outlines: a library of
Syrian, Iraqi or Libyan articles got its points on a bare degree grid, while the app's Summary map
drew the region's coast and borders under them. `map_svg` now draws the wider region's lines
(`region_outlines`) when its view reaches outside Yemen's box, and a Yemen-only map as before."""

from __future__ import annotations

from core.export.charts import map_svg


def _point(lon: float, lat: float, label: str) -> dict[str, object]:
    return {"lon": lon, "lat": lat, "label": label, "count": 1, "fatalities": 0}


def test_a_map_outside_yemen_draws_the_regions_coast_and_borders() -> None:
    svg = map_svg([_point(36.40, 33.57, "Duma"), _point(20.07, 32.12, "Benghazi")])
    assert 'class="region-coast"' in svg  # the Mediterranean coast
    assert 'class="region-countries"' in svg
    assert svg.index('class="region-coast"') < svg.index("<circle")  # under the points


def test_a_map_of_syria_alone_has_lines_too() -> None:
    svg = map_svg([_point(36.40, 33.57, "Duma"), _point(37.16, 36.20, "Aleppo")])
    assert 'class="region-countries"' in svg  # Syria's borders, no longer an empty grid


def test_a_yemen_only_map_is_drawn_as_before() -> None:
    svg = map_svg([_point(44.21, 15.35, "Sanaa"), _point(45.03, 12.78, "Aden")])
    assert "region-" not in svg
    assert 'class="coast"' in svg and 'class="governorates"' in svg


def test_a_map_of_yemen_and_syria_draws_both() -> None:
    svg = map_svg([_point(44.21, 15.35, "Sanaa"), _point(36.40, 33.57, "Duma")])
    assert 'class="region-coast"' in svg and 'class="governorates"' in svg
    assert svg.index('class="region-') < svg.index('class="governorates"')  # Yemen's lines on top
