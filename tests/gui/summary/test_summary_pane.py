"""The summary pane: totals for a scope (a corroborated pair counted once), bars per day, the
map's projection and clicks, and the pane inside the main window."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt

from core import store
from core.ingest.model import ArticleIn
from core.pipeline import ANALYZER_VERSION
from gui import ops
from gui.summary.chart import DayChart
from gui.summary.data import MapPoint, SummaryScope, compute_summary, day_series
from gui.summary.map_view import MARKER_GAP, SCALE, MapView, load_outlines
from tests.gui.conftest import show_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[3]
DAMT = {"text": "دمت", "name_ar": "دمت", "name_en": "Damt", "admin1_en": "Ad Dali", "lat": 14.09, "lon": 44.67}
TAIZZ = {"text": "تعز", "name_ar": "تعز", "name_en": "Taizz", "admin1_en": "Taizz", "lat": 13.58, "lon": 44.02}


def _clash(day: str, killed: int, confidence: float, start: int) -> dict:
    return {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": killed, "location": DAMT,
            "actor1": {"text": "الحوثيون", "name_en": "Houthis"}, "date": day, "confidence": confidence,
            "evidence": [{"start": start, "end": start + 5}]}


@pytest.fixture
def three_articles(tmp_path: Path) -> str:
    """A and B report the same clash at Damt (a day apart: one incident); C an air strike in Taizz."""
    path = tmp_path / "summary.db"
    db = store.open_db(path)
    texts = ["اشتباكات عنيفة في دمت أمس قتل فيها اثنا عشر", "مقتل عشرة في اشتباكات دمت",
             "غارة جوية على تعز"]
    analyses = [
        [_clash("2015-08-01", 12, 0.8, 0)],
        [_clash("2015-08-02", 10, 0.6, 6)],
        [{"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "fatalities": 1,
          "location": TAIZZ, "actor1": {"text": "التحالف", "name_en": "Saudi-led coalition"}, "date": "2015-07-30",
          "confidence": 0.7, "evidence": [{"start": 0, "end": 8}]}],
    ]
    for i, (text, incidents) in enumerate(zip(texts, analyses), start=1):
        aid, _ = store.add_article(db, ArticleIn(title=f"مقال {i}", text=text, source="test",
                                                 published=incidents[0]["date"]))
        store.save_analysis(db, aid, {"entities": [], "incidents": incidents, "summary": {},
                                      "analyzer_version": ANALYZER_VERSION})
    db.conn.close()
    return str(path)


def test_a_corroborated_pair_counts_once_in_a_selection(three_articles: str) -> None:
    db = store.open_db(three_articles)
    data = compute_summary(db, SummaryScope("selected", (1, 2, 3)))
    t = data.totals
    assert data.articles == 3
    assert t["incidents"] == 2 and t["folded_reports"] == 1
    assert t["fatalities"] == 11  # the clash's lowest report (10; ACLED's rule) + the strike (1), not 12 + 10 + 1
    assert t["by_governorate"] == {"Ad Dali": 1, "Taizz": 1}
    assert t["by_actor"] == {"Houthis": 1, "Saudi-led coalition": 1}
    assert t["by_event_type"] == {"Battles": 1, "Explosions/Remote violence": 1}
    assert [(p.place, p.article_id, p.reports) for p in data.points] == [("Damt", 1, 2), ("Taizz", 3, 1)]
    assert data.days == [("2015-07-30", 1), ("2015-07-31", 0), ("2015-08-01", 1)]
    # One article alone, and the library query (empty: every article) as scopes.
    assert compute_summary(db, SummaryScope("article", (2,))).totals["fatalities"] == 10
    assert compute_summary(db, SummaryScope("search")).totals["incidents"] == 2


def test_chart_draws_one_bar_per_day_scaled_to_the_busiest(qtbot) -> None:
    chart = DayChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_series(day_series({"2015-07-30": 2, "2015-08-02": 4, "2015-08-01": 1}))
    assert chart.series() == [("2015-07-30", 2), ("2015-07-31", 0), ("2015-08-01", 1), ("2015-08-02", 4)]
    bars = chart.bar_rects()
    plot = chart.plot_rect()
    assert [round(b.height() / plot.height(), 3) for b in bars] == [0.5, 0.0, 0.25, 1.0]
    assert all(math.isclose(b.bottom(), plot.bottom()) for b in bars)
    assert bars[0].right() < bars[1].left() < bars[2].left() < bars[3].left()
    assert chart.slot_at(bars[2].center().x()) == 2
    chart.show()
    chart.grab()  # paints without a Qt warning


def test_map_places_a_point_at_its_projected_position_and_opens_it_on_click(qtbot) -> None:
    box = json.loads((ROOT / "resources" / "geo" / "yemen_outlines.json").read_text(encoding="utf-8"))["box"]
    west, south, east, north = box
    view = MapView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    aden = MapPoint(45.03, 12.78, "Aden", 7, "t", 10, 20, "Battles", "2015-08-01", 3)
    taizz = MapPoint(44.02, 13.58, "Taizz", 8, "t", 0, 4, "Battles", "2015-08-01", 0)
    view.set_points([aden, taizz])
    kx = math.cos(math.radians((north + south) / 2))
    by_place = {item.points[0].place: item for item in view.point_items}
    expected = QPointF((45.03 - west) * kx * SCALE, (north - 12.78) * SCALE)
    assert math.isclose(by_place["Aden"].pos().x(), expected.x(), abs_tol=1e-6)
    assert math.isclose(by_place["Aden"].pos().y(), expected.y(), abs_tol=1e-6)
    # East is right, south is down.
    assert by_place["Aden"].pos().x() > by_place["Taizz"].pos().x()
    assert by_place["Aden"].pos().y() > by_place["Taizz"].pos().y()
    lon, lat = view.projection.to_lonlat(by_place["Aden"].pos())
    assert (round(lon, 6), round(lat, 6)) == (45.03, 12.78)
    assert "Aden" in by_place["Aden"].toolTip()
    # A click on the point opens its article at the evidence.
    view.fit()
    qtbot.wait(10)
    where = view.mapFromScene(by_place["Aden"].pos())
    with qtbot.waitSignal(view.pointActivated, timeout=2000) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert signal.args == [7, 10, 20]
    # Zoom stays within bounds and keeps the point where the projection says.
    view.zoom_in()
    assert view.transform().m11() > view._fit_scale
    assert by_place["Aden"].pos() == expected


@pytest.mark.parametrize("arabic", [False, True])
def test_place_labels_never_overlap_and_come_back_when_zoomed_in(qtbot, arabic: bool) -> None:
    """User's review: at the fitted zoom of the summary pane the governorate labels ran into each
    other (Al Mahwit over Sanaa, Raymah over Dhamar, Lahij over Ad Dali). A label that would cover
    one already shown is hidden, and shown again once zooming in leaves it room."""
    view = MapView(arabic_labels=arabic)
    qtbot.addWidget(view)
    view.resize(540, 330)  # the summary pane's map at the default window size
    view.show()
    qtbot.waitExposed(view)

    def visible_rects() -> list:
        return [view.label_rect(item) for item in view.label_items if item.isVisible()]

    def overlaps(rects: list) -> list:
        return [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:] if a.intersects(b)]

    fitted = visible_rects()
    assert len(view.label_items) == 21
    assert overlaps(fitted) == []
    assert len(fitted) >= 20  # a label tries other places around its point before it is hidden (was 13–15 of 21)
    assert view.label_items[0].isVisible()  # Sanaa, the first, always is
    view.resize(380, 250)  # a narrow pane, where some labels have no room left
    qtbot.waitUntil(lambda: len(visible_rects()) < 21)
    fitted = visible_rects()
    assert overlaps(fitted) == [] and len(fitted) >= 14
    inside = view.viewport().rect().toRectF()
    assert all(inside.contains(rect) for rect in fitted)  # no name cut by the map's edge
    for _ in range(5):
        view.zoom_in()
    zoomed = visible_rects()
    assert overlaps(zoomed) == [] and len(zoomed) > len(fitted)
    view.fit()
    assert len(visible_rects()) == len(fitted)


@pytest.mark.parametrize("arabic", [False, True])
def test_a_place_with_incidents_is_named_before_places_without(qtbot, arabic: bool) -> None:
    """In a narrow pane Lahij's label had no room (its neighbours came first in the outlines'
    order) even with incidents there; labels of places with incidents are placed first now."""
    view = MapView(arabic_labels=arabic)
    qtbot.addWidget(view)
    view.resize(380, 250)
    view.show()
    qtbot.waitExposed(view)
    lahij = view.label_items[[label["name_en"] for label in load_outlines()["labels"]].index("Lahij")]
    assert not lahij.isVisible()  # no incident there: its neighbours are named
    view.set_points([MapPoint(44.6, 13.1, "Lahij", 1, "t", 0, 4, "Battles", "2015-08-01", 0)])
    assert lahij.isVisible()
    rects = [view.label_rect(item) for item in view.label_items if item.isVisible()]
    assert not [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:] if a.intersects(b)]
    view.set_points([])
    assert not lahij.isVisible()


def _gap(a, b) -> float:  # type: ignore[no-untyped-def]
    """Pixels between two rects that do not overlap (0 when they touch)."""
    dx = max(b.left() - a.right(), a.left() - b.right(), 0.0)
    dy = max(b.top() - a.bottom(), a.top() - b.bottom(), 0.0)
    return max(dx, dy)


def _label(view: MapView, name_en: str):  # type: ignore[no-untyped-def]
    return view.label_items[[label["name_en"] for label in load_outlines()["labels"]].index(name_en)]


@pytest.mark.parametrize("arabic", [False, True])
def test_a_place_name_sits_beside_its_dot_and_the_dot_still_opens(qtbot, arabic: bool) -> None:
    """User's review: the names of places with incidents were hidden under their markers (Aden,
    Taiz; then, drawn over them with a halo, grey letters on a red dot could not be read either).
    A label sits beside its place's marker, touching no marker; the dot takes the clicks."""
    view = MapView(arabic_labels=arabic)
    qtbot.addWidget(view)
    view.resize(540, 330)
    view.show()
    qtbot.waitExposed(view)
    aden, taizz = _label(view, "Aden"), _label(view, "Taizz")
    view.set_points([MapPoint(45.03, 12.78, "Aden", i, "t", 5, 8, "Battles", "2015-08-01", 2) for i in range(9)]
                    + [MapPoint(44.02, 13.58, "Taizz", 20 + i, "t", 0, 4, "Air/drone strike", "2015-08-01", 1)
                       for i in range(4)])
    dots = {item.points[0].place: view.marker_rect(item) for item in view.point_items}
    assert aden.isVisible() and taizz.isVisible()
    for label in view.label_items:
        if label.isVisible():
            assert not any(view.label_rect(label).intersects(dot) for dot in dots.values()), label.text()
    # beside its own dot, not somewhere else, and MARKER_GAP (5 px) off it: at 2 px a Naskh letter's
    # overhang reached into the dot
    assert MARKER_GAP - 1 <= _gap(view.label_rect(aden), dots["Aden"]) <= MARKER_GAP + 1
    # the dot, not the label, is under the pointer at the dot's centre: it takes the click and the tooltip
    centre = dots["Aden"].center().toPoint()
    dot = view.point_item_at(centre)
    assert dot is not None and dot.points[0].place == "Aden"
    assert view.items(centre)[0] is dot and aden not in view.items(centre) and not aden.toolTip()
    view.grab()  # the halo paints without a warning


@pytest.mark.parametrize("arabic", [False, True])
def test_no_label_over_any_marker_at_any_zoom(qtbot, arabic: bool) -> None:
    """A dot at every governorate's point and beside it, as a busy summary has: every name shown
    is clear of every dot and of the other names, fitted and zoomed in."""
    view = MapView(arabic_labels=arabic)
    qtbot.addWidget(view)
    view.resize(540, 330)
    view.show()
    qtbot.waitExposed(view)
    points = []
    for n, label in enumerate(load_outlines()["labels"]):
        points += [MapPoint(label["lon"], label["lat"], label["name_en"], n, "t", 0, 4, "Battles", "2015-08-01", 1)
                   for _ in range(1 + n % 5)]
        points.append(MapPoint(label["lon"] + 0.15, label["lat"] - 0.1, label["name_en"], 100 + n, "t", 0, 4,
                               "Battles", "2015-08-01", 0))
    view.set_points(points)
    for zoom in range(3):
        dots = [view.marker_rect(item) for item in view.point_items]
        shown = [view.label_rect(item) for item in view.label_items if item.isVisible()]
        assert len(shown) >= 8, zoom
        assert not [r for r in shown if any(r.intersects(dot) for dot in dots)], zoom
        assert not [(a, b) for i, a in enumerate(shown) for b in shown[i + 1:] if a.intersects(b)], zoom
        view.zoom_in()


def test_two_incidents_at_one_place_share_a_dot(qtbot) -> None:
    view = MapView()
    qtbot.addWidget(view)
    view.set_points([MapPoint(44.02, 13.58, "Taizz", i, "t", 0, 4, "Battles", "2015-08-01", 1) for i in (1, 2)])
    assert len(view.point_items) == 1 and len(view.point_items[0].points) == 2
    assert "2 incidents, 2 killed" in view.point_items[0].toolTip()


def test_summary_tab_in_the_window_follows_its_scope(qtbot, three_articles: str) -> None:
    w = show_window(qtbot, three_articles)
    shown = w.article.id
    with qtbot.waitSignal(w.summaryShown, timeout=10_000) as got:
        w.action_summary_tab.trigger()
    assert w.side_tabs.currentWidget() is w.summary
    assert got.args[0].scope == SummaryScope("article", (int(shown),))
    assert w.summary.table_rows(w.summary.type_table)[0][1] == 1
    with qtbot.waitSignal(w.summaryShown, timeout=10_000) as got:
        w.summary.set_scope_kind("search", emit=True)
    assert got.args[0].totals["incidents"] == 2
    assert sorted(w.summary.table_rows(w.summary.place_table)) == [("Ad Dali", 1, 10), ("Taizz", 1, 1)]
    assert "1 corroborating report counted once." in w.summary.heading.text()
    assert len(w.summary.map.point_items) == 2
    # A click on the Taizz point opens article 3 with its evidence selected.
    taizz = next(i for i in w.summary.map.point_items if i.points[0].place == "Taizz")
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.summary.map.activate(taizz)
    assert w.article.id == 3
    assert w.reader.selected_span() == (0, 8)
    ops.wait_for_all(10_000)


def test_governorates_are_named_in_arabic_in_the_arabic_interface(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The By governorate tab and the library's Gov. filter name Yemen's governorates in Arabic,
    as the map beside them does (they showed "Ad Dali", "Al Bayda"); the data stays English."""
    from gui import i18n
    from gui.library import LibraryPane
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        view = SummaryView(arabic_labels=True)
        qtbot.addWidget(view)
        view.set_data(SummaryData(SummaryScope("article", (1,)), articles=1,
                                  totals={"incidents": 2, "by_governorate": {"Ad Dali": 1, "Elsewhere": 1},
                                          "fatalities_by_governorate": {"Ad Dali": 12}}))
        shown = {view.place_table.item(r, 0).text().strip("\u2067\u2069") for r in range(2)}
        assert shown == {"الضالع", "Elsewhere"}  # an unknown name is shown as it is
        assert sorted(view.table_rows(view.place_table)) == [("Ad Dali", 1, 12), ("Elsewhere", 1, 0)]
        pane = LibraryPane()
        qtbot.addWidget(pane)
        pane.set_facets({"governorates": ["Al Bayda"]})
        assert pane.governorate.itemText(1) == "البيضاء" and pane.governorate.itemData(1) == "Al Bayda"
    finally:
        i18n.install_language(qapp, "en")
    assert i18n.governorate_name("Ad Dali") == "Ad Dali"


def test_an_empty_chart_gives_its_room_to_the_tables(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No dated incident: the chart is one line ("No dated incidents"), not 140 px of blank, and
    the tables above are taller; with days it is a chart again."""
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(460, 860)
    view.show()
    qtbot.waitExposed(view)
    scope = SummaryScope("article", (1,))
    view.set_data(SummaryData(scope, articles=1, totals={"incidents": 1}, days=[("2015-07-20", 1), ("2015-07-21", 2)]))
    qtbot.wait(20)
    assert view.chart.height() >= 140
    tables_with_days = view.tables.height()
    view.set_data(SummaryData(scope, articles=1, totals={"incidents": 1}, days=[]))
    qtbot.wait(20)
    assert view.chart.height() <= 30
    assert view.tables.height() > tables_with_days
    view.set_data(SummaryData(scope, articles=1, totals={"incidents": 1}, days=[("2015-07-21", 2)]))
    qtbot.wait(20)
    assert view.chart.height() >= 140


def test_corroborating_reports_are_counted_in_good_arabic(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """"4 تقارير", "تقريران", not "4 تقرير" for every number; English unchanged."""
    from gui import i18n
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    def heading(n: int) -> str:
        view = SummaryView()
        qtbot.addWidget(view)
        view.set_data(SummaryData(SummaryScope("article", (1,)), articles=2,
                                  totals={"incidents": 3, "folded_reports": n}))
        return view.heading.text()

    assert heading(4).endswith(" 4 corroborating reports counted once.")
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        assert "4 تقارير مؤكِّدة" in heading(4)
        assert "تقريران مؤكِّدان" in heading(2)
        assert "تقرير مؤكِّد واحد" in heading(1)
    finally:
        i18n.install_language(qapp, "en")


@pytest.mark.parametrize(("n", "expected"), [
    (0, "0 حادثة"), (1, "حادثة واحدة"), (2, "حادثتان"), (3, "3 حوادث"), (10, "10 حوادث"),
    (11, "11 حادثةً"), (99, "99 حادثةً"), (100, "100 حادثة"), (101, "101 حادثة"), (103, "103 حوادث"),
    (111, "111 حادثةً"), (1000, "1,000 حادثة"),
])
def test_arabic_count_agrees_with_the_number(n: int, expected: str) -> None:
    from gui.i18n import arabic_count
    from gui.summary.view import ARABIC_HEADING_NOUNS

    assert arabic_count(n, ARABIC_HEADING_NOUNS[0]) == expected


def test_summary_heading_counts_agree_in_arabic(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """"3 حوادث في 11 مقالًا: 100 قتيل، جريحان، أسير واحد." — not "3 حادثة"; English unchanged."""
    from gui import i18n
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    def heading() -> str:
        view = SummaryView()
        qtbot.addWidget(view)
        view.set_data(SummaryData(SummaryScope("article", (1,)), articles=11,
                                  totals={"incidents": 3, "fatalities": 100, "injured": 2, "captured": 1}))
        return view.heading.text()

    assert heading() == "3 incidents in 11 articles: 100 killed, 2 injured, 1 captured."
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        assert heading() == "3 حوادث في 11 مقالًا: 100 قتيل، جريحان، أسير واحد."
    finally:
        i18n.install_language(qapp, "en")


def test_actors_are_named_in_arabic_in_the_arabic_interface(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The "By actor" table shows the lexicon's name_ar in Arabic; the row's key (filters,
    exports) stays ACLED's English name, the Arabic interface's tooltip too; the English
    interface's tooltip is the Arabic name; an actor without name_ar keeps its key."""
    from gui import i18n
    from gui.summary.view import SummaryView

    db = store.open_db(tmp_path / "actors.db")
    houthis = {"text": "الحوثيين", "name_ar": "الحوثيون", "name_en": "Houthis"}
    aid, _ = store.add_article(db, ArticleIn(title="مقال", text="اشتباكات عنيفة في دمت", source="test",
                                             published="2015-08-01"))
    incident = _clash("2015-08-01", 3, 0.8, 0) | {"actor1": houthis,
                                                  "actor2": {"text": "قوات", "name_en": "Military Forces"}}
    store.save_analysis(db, aid, {"entities": [], "incidents": [incident], "summary": {},
                                  "analyzer_version": ANALYZER_VERSION})
    data = compute_summary(db, SummaryScope("article", (aid,)))
    assert data.actor_names_ar == {"Houthis": "الحوثيون"}

    def shown() -> dict[str, str]:
        view = SummaryView()
        qtbot.addWidget(view)
        view.set_data(data)
        t = view.actor_table
        tips = {"Houthis", "Military Forces"} if i18n.is_rtl() else {"الحوثيون", "Military Forces"}
        assert {t.item(r, 0).toolTip() for r in range(t.rowCount())} == tips
        return {t.item(r, 0).data(Qt.ItemDataRole.UserRole): t.item(r, 0).text().strip("\u2067\u2069")  # RLI…PDI
                for r in range(t.rowCount())}

    assert shown() == {"Houthis": "Houthis", "Military Forces": "Military Forces"}
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        assert shown() == {"Houthis": "الحوثيون", "Military Forces": "Military Forces"}
    finally:
        i18n.install_language(qapp, "en")


def test_names_of_no_english_one_are_spelled_in_latin_letters_in_english(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An actor or a place core has no English name for (a generic actor, a camp the gazetteer does
    not know) is shown in Latin letters in the English interface (the Arabic in the tooltip), not in
    Arabic: in the "By actor" table and on the map."""
    from gui.summary.view import SummaryView

    db = store.open_db(tmp_path / "names.db")
    aid, _ = store.add_article(db, ArticleIn(title="مقال", text="اشتباكات عنيفة في معسكر لبوزة", source="test",
                                             published="2015-08-01"))
    camp = DAMT | {"text": "معسكر لبوزة", "name_ar": "معسكر لبوزة", "name_en": ""}
    incident = _clash("2015-08-01", 3, 0.8, 0) | {"actor2": {"text": "المليشيات", "name_ar": "المليشيات"},
                                                  "location": camp}
    store.save_analysis(db, aid, {"entities": [], "incidents": [incident], "summary": {},
                                  "analyzer_version": ANALYZER_VERSION})
    data = compute_summary(db, SummaryScope("article", (aid,)))
    assert [(p.place, p.place_ar) for p in data.points] == [("Labouza Camp", "معسكر لبوزة")]
    view = SummaryView()
    qtbot.addWidget(view)
    view.set_data(data)
    t = view.actor_table
    rows = {t.item(r, 0).text().strip("\u2067\u2069"): t.item(r, 0).toolTip() for r in range(t.rowCount())}
    assert rows == {"Houthis": "Houthis", "Al Malishyat": "المليشيات"}


def test_english_counts_have_singular_and_plural_nouns(qtbot) -> None:  # type: ignore[no-untyped-def]
    """"1 incident in 1 article" / "36 incidents in 401 articles", never "incident(s)"."""
    from gui.dialogs.backup_restore import contents_text
    from gui.i18n import plural
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    def heading(incidents: int, articles: int, folded: int) -> str:
        view = SummaryView()
        qtbot.addWidget(view)
        view.set_data(SummaryData(SummaryScope("article", (1,)), articles=articles,
                                  totals={"incidents": incidents, "fatalities": 0, "injured": 0, "captured": 0,
                                          "folded_reports": folded}))
        return view.heading.text()

    assert heading(1, 1, 1) == "1 incident in 1 article: 0 killed, 0 injured, 0 captured. " \
                               "1 corroborating report counted once."
    assert heading(36, 401, 4) == "36 incidents in 401 articles: 0 killed, 0 injured, 0 captured. " \
                                  "4 corroborating reports counted once."
    assert heading(1, 2, 1234).endswith(" 1,234 corroborating reports counted once.")
    assert "(s)" not in heading(0, 1, 0) and heading(0, 1, 0).startswith("0 incidents in 1 article:")
    assert plural("%n highlight(s) or note(s)".replace("%n", "1"), 1) == "1 highlight or note"
    from types import SimpleNamespace
    info = SimpleNamespace(articles=1, notes=2, highlights=0, size_bytes=1_000_000)
    assert contents_text(info).startswith("1 article, 2 notes, 0 highlights")  # type: ignore[arg-type]


@pytest.mark.qt_log_ignore("does not support raise")  # the tooltip shown on the ringed point
def test_the_keyboard_moves_between_points_and_opens_one_as_a_click_does(qtbot) -> None:
    """Map points could only be reached with a mouse. Tab focuses the map with a ring on the
    westernmost point; the arrows move the ring west to east; Enter opens the ringed point,
    with the same signal a click gives."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    box = QWidget()
    before = QLineEdit()
    view = MapView()
    col = QVBoxLayout(box)
    col.addWidget(before)
    col.addWidget(view)
    qtbot.addWidget(box)
    box.resize(500, 450)
    box.show()
    qtbot.waitExposed(box)
    taizz = MapPoint(44.02, 13.58, "Taizz", 8, "t", 0, 4, "Battles", "2015-08-01", 0)
    aden = MapPoint(45.03, 12.78, "Aden", 7, "t", 10, 20, "Battles", "2015-08-01", 3)
    marib = MapPoint(45.32, 15.46, "Marib", 6, "t", 30, 35, "Battles", "2015-08-01", 1)
    view.set_points([marib, aden, taizz])
    with qtbot.waitActive(box):
        box.activateWindow()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert view.hasFocus()
    places = [item.points[0].place for item in view.keyboard_order()]
    assert places == ["Taizz", "Aden", "Marib"]  # west to east
    assert view.current_item is not None and view.current_item.points[0].place == "Taizz"
    ringed = view.current_item.pen()
    assert ringed.widthF() == 3 and ringed.color() == view.palette().color(view.palette().ColorRole.Highlight)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_item.points[0].place == "Aden"
    assert view.current_item.pen().widthF() == 3
    assert all(item.pen().widthF() == 1 for item in view.point_items if item is not view.current_item)
    with qtbot.waitSignal(view.pointActivated, timeout=2000) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [7, 10, 20]  # what a click on Aden gives
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # wraps round to the east end
    assert view.current_item.points[0].place == "Marib"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_item.points[0].place == "Taizz"
    before.setFocus()  # focus leaves: no ring, the point is remembered
    assert view.current_item.pen().widthF() == 1


def test_a_dot_tooltip_in_arabic_names_the_place_in_arabic_and_counts_in_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    """The Arabic map said "Taizz: 1 حادثة، 4 قتيلا": the place's English name and Arabic
    counts in the wrong form (one form for every number); and an incident without a day began
    its line with " · "."""
    view = MapView()
    qtbot.addWidget(view)
    view.set_points([MapPoint(44.02, 13.58, "Taizz", 1, "t", 0, 4, "Battles", "", 4, place_ar="تعز")])
    tip = view.point_items[0].toolTip().split("\n")
    assert tip[0] == "تعز: حادثة واحدة، 4 قتلى"
    assert tip[1] == "معارك · 4†"
    view.set_points([MapPoint(44.02, 13.58, "Taizz", i, "t", 0, 4, "Battles", "2015-08-01", 6, place_ar="تعز")
                     for i in (1, 2)])
    assert view.point_items[0].toolTip().startswith("تعز: حادثتان، 12 قتيلًا")


def test_a_dot_tooltip_in_english_is_unchanged(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = MapView()
    qtbot.addWidget(view)
    view.set_points([MapPoint(44.02, 13.58, "Taizz", 1, "t", 0, 4, "Battles", "2015-08-01", 1, place_ar="تعز")])
    assert view.point_items[0].toolTip().startswith("Taizz: 1 incident, 1 killed\n2015-08-01 · Battles · 1†")


# Places with incidents around Ad Dali, Al Bayda and Aden (the screenshots' library): lon, lat, incidents.
CLUSTERED = [(43.557, 13.412, 1), (44.139, 14.142, 1), (44.198, 14.122, 1), (44.378, 14.298, 1), (44.583, 13.167, 1),
             (44.67, 14.09, 2), (44.917, 12.833, 2), (44.98, 12.785, 3), (45.039, 12.775, 2), (45.039, 12.78, 3),
             (45.394, 14.342, 1), (45.448, 14.106, 1), (45.483, 13.967, 2), (45.671, 13.944, 1), (46.608, 14.927, 1)]


@pytest.mark.parametrize(("arabic", "size"), [(False, (563, 357)), (True, (515, 426))])
def test_a_cluster_is_named_at_the_first_display(qtbot, arabic: bool, size: tuple[int, int]) -> None:
    """User's review: Ad Dali, where most of the library's incidents are, was named only after
    zooming in (the summary screenshots, English and Arabic). Not a late refit: the first display
    is what a refit gives. Every place beside its point touched one of the cluster's dots, so the
    name was hidden; a place with incidents now looks farther out and is named at once, over no
    dot and no other name, near its point, and nearer it than any other place's point."""
    from gui.summary.map_view import CLUSTER_REACH

    points = [MapPoint(lon, lat, "x", 10 * i + j, "t", 0, 4, "Battles", "2015-08-01", 1)
              for i, (lon, lat, n) in enumerate(CLUSTERED) for j in range(n)]
    view = MapView(arabic_labels=arabic)
    qtbot.addWidget(view)
    view.resize(*size)  # the summary pane's map in the screenshots (1400x900)
    view.set_points(points)  # the summary arrives before the pane is shown
    view.show()
    qtbot.waitExposed(view)
    label = _label(view, "Ad Dali")
    first = [item.isVisible() for item in view.label_items]
    assert label.isVisible()
    view.fit()
    assert [item.isVisible() for item in view.label_items] == first  # the first display is the fitted one
    drawn = view.label_rect(label)
    assert not any(drawn.intersects(view.marker_rect(p)) for p in view.point_items)
    others = [view.label_rect(item) for item in view.label_items if item.isVisible() and item is not label]
    assert not any(drawn.intersects(rect) for rect in others)
    anchor = view.viewportTransform().map(label.pos())
    assert _gap(drawn, QRectF(anchor, anchor)) <= CLUSTER_REACH
    nearest = min(view.label_items, key=lambda it: QLineF(view.viewportTransform().map(it.pos()), drawn.center()).length())
    assert nearest is label


def test_deaths_without_a_number_are_said_not_summed_as_zero(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """Incidents reporting deaths without a number added 0 and the heading said «0 قتيل», while the
    incident panel says «غير معروف» and the reports count them apart: the heading says so too."""
    from gui import i18n
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    def heading(killed: int, unknown: int) -> str:
        view = SummaryView()
        qtbot.addWidget(view)
        view.set_data(SummaryData(SummaryScope("article", (1,)), articles=2,
                                  totals={"incidents": 5, "fatalities": killed, "injured": 0, "captured": 0,
                                          "unknown_fatalities": unknown}))
        return view.heading.text()

    assert heading(12, 3) == ("5 incidents in 2 articles: 12 killed + 3 incidents with deaths of unknown number, "
                              "0 injured, 0 captured.")
    assert heading(0, 1) == "5 incidents in 2 articles: deaths of unknown number in 1 incident, 0 injured, 0 captured."
    assert heading(12, 0) == "5 incidents in 2 articles: 12 killed, 0 injured, 0 captured."
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        assert heading(12, 3) == "5 حوادث في مقالين: 12 قتيلًا و3 حوادث فيها قتلى عددهم غير معروف، 0 جريح، 0 أسير."
        assert heading(0, 2) == "5 حوادث في مقالين: حادثتان فيها قتلى عددهم غير معروف، 0 جريح، 0 أسير."
        assert "0 قتيل" not in heading(0, 1)
    finally:
        i18n.install_language(qapp, "en")


def test_killed_columns_say_deaths_of_unknown_number(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The by-type and by-governorate killed columns showed 0 for rows whose deaths have no number,
    while the heading says «12 killed + N incidents with deaths of unknown number»: they say «12 + ?»."""
    from gui import i18n
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    def view_of() -> SummaryView:
        view = SummaryView()
        qtbot.addWidget(view)
        view.set_data(SummaryData(SummaryScope("article", (1,)), articles=3, totals={
            "incidents": 4, "fatalities": 5, "unknown_fatalities": 2,
            "by_event_type": {"Battles": 2, "Explosions/Remote violence": 2},
            "fatalities_by_event_type": {"Battles": 0, "Explosions/Remote violence": 5},
            "unknown_fatalities_by_event_type": {"Battles": 1, "Explosions/Remote violence": 1},
            "by_governorate": {"Al Bayda": 3, "Aden": 1},
            "fatalities_by_governorate": {"Al Bayda": 5, "Aden": 0},
            "unknown_fatalities_by_governorate": {"Al Bayda": 2}}))
        return view

    def killed(table) -> dict[str, str]:  # type: ignore[no-untyped-def]
        return {table.item(r, 0).data(Qt.ItemDataRole.UserRole): table.item(r, 2).text() for r in range(table.rowCount())}

    view = view_of()
    assert killed(view.type_table) == {"Battles": "?", "Explosions/Remote violence": "5 + ?"}
    assert killed(view.place_table) == {"Al Bayda": "5 + ?", "Aden": "0"}
    row = next(r for r in range(3) if view.type_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "Battles")
    assert view.type_table.item(row, 2).toolTip() == "0 killed + 1 incident with deaths of unknown number"
    assert sorted(view.table_rows(view.place_table)) == [("Aden", 1, 0), ("Al Bayda", 3, 5)]  # sorted by the floor
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        view = view_of()
        assert killed(view.place_table) == {"Al Bayda": "5 + ؟", "Aden": "0"}
        row = next(r for r in range(2) if view.place_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "Al Bayda")
        assert view.place_table.item(row, 2).toolTip() == "القتلى 5، وحادثتان فيهما قتلى عددهم غير معروف"
    finally:
        i18n.install_language(qapp, "en")


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # the offscreen popup
def test_the_whole_library_is_a_scope_of_its_own(qtbot, three_articles: str) -> None:
    """"Whole library" was only the library's search with nothing typed and no filter (a script asking
    for "corpus" silently got the open article): now a scope of its own, chosen by keyboard or mouse,
    whatever the library shows, and its numbers are the articles' own, corroborating reports once."""
    from PySide6.QtWidgets import QApplication

    w = show_window(qtbot, three_articles)
    with qtbot.waitSignal(w.summaryShown, timeout=10_000):
        w.action_summary_tab.trigger()
    with pytest.raises(ValueError, match="corpus"):
        w.summary.set_scope_kind("corpus")
    assert w.summary.scope_kind() == "article"
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.library.search.setText("تعز")  # the library shows article 3 alone
    # Keyboard: the scope box takes focus and End chooses its last entry, the whole library.
    w.summary.scope.setFocus()
    assert QApplication.focusWidget() is w.summary.scope
    with qtbot.waitSignal(w.summaryShown, timeout=10_000) as got:
        qtbot.keyClick(w.summary.scope, Qt.Key.Key_End)
    assert w.summary.scope.currentText() == "The whole library"
    data = got.args[0]
    assert data.scope == SummaryScope("library") and data.articles == 3
    assert data.totals["incidents"] == 2 and data.totals["fatalities"] == 11
    per_article = [compute_summary(store.open_db(three_articles), SummaryScope("article", (i,))).totals
                   for i in (1, 2, 3)]
    assert data.totals["incidents"] + data.totals["folded_reports"] == sum(t["incidents"] for t in per_article)
    assert sorted(w.summary.table_rows(w.summary.place_table)) == [("Ad Dali", 1, 10), ("Taizz", 1, 1)]
    # The library's search (article 3 alone) is another scope.
    with qtbot.waitSignal(w.summaryShown, timeout=10_000) as got:
        qtbot.keyClick(w.summary.scope, Qt.Key.Key_Up)
    assert got.args[0].scope.kind == "search" and got.args[0].articles == 1
    # Mouse: the popup's last row.
    w.summary.scope.showPopup()
    view = w.summary.scope.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    index = view.model().index(w.summary.scope.count() - 1, 0)
    with qtbot.waitSignal(w.summaryShown, timeout=10_000) as got:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert got.args[0].scope.kind == "library" and got.args[0].articles == 3
    ops.wait_for_all(10_000)
