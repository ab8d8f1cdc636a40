"""Export speed: 10,000 synthetic incidents to ACLED CSV (target ≤ 2 s) and XLSX (≤ 10 s); the PDF
report of one article (target ≤ 3 s) and of larger scopes.

Prints wall-clock seconds for each format. Synthetic data only: the writers' cost depends on the
number and size of cells, not on where the incidents came from. `--no-pdf` skips the Qt part.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.export import write_export  # noqa: E402
from core.export.scope import ArticleBundle, selection_from_bundles  # noqa: E402

PLACES = [("دمت", "Damt", "الضالع", "Al Dhale'e", 14.08, 44.73), ("الزاهر", "Al Zahir", "البيضاء", "Al Bayda", 13.9, 45.4),
          ("مكيراس", "Mukayras", "البيضاء", "Al Bayda", 13.94, 45.66), ("تعز", "Taiz", "تعز", "Taiz", 13.58, 44.02)]  # fmt: skip
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Protests", "Peaceful protest")]  # fmt: skip


def synthetic(n_incidents: int, per_article: int = 5, seed: int = 7) -> list[ArticleBundle]:
    rng = random.Random(seed)
    bundles = []
    for a in range(n_incidents // per_article):
        incidents = []
        for s in range(per_article):
            ar, en, adm_ar, adm_en, lat, lon = rng.choice(PLACES)
            kind, sub = rng.choice(TYPES)
            day = f"2015-{rng.randint(7, 8):02d}-{rng.randint(1, 28):02d}"
            incidents.append({
                "event_type": kind, "sub_event_type": sub, "disorder_type": "Political violence",
                "actor1": {"text": "الحوثيين", "name_ar": "جماعة الحوثي", "name_en": "Houthi Movement", "inter": 2},
                "actor2": {"text": "المقاومة", "name_ar": "المقاومة الشعبية", "name_en": "Popular Resistance", "inter": 3},
                "assoc_actor_1": [], "assoc_actor_2": [],
                # A distinct place per incident, so corroboration grouping keeps all 10,000 rows.
                "location": {"text": ar, "name_ar": f"{ar} {a}-{s}", "name_en": f"{en} {a}-{s}", "admin1_ar": adm_ar, "admin1_en": adm_en,
                             "country": "Yemen", "lat": lat + rng.random() / 10, "lon": lon + rng.random() / 10,
                             "geo_precision": 1},
                "date": day, "time_precision": 1, "fatalities": rng.randint(0, 20), "injured": rng.randint(0, 30),
                "captured": None, "equipment": [], "source": "المركز الإعلامي للمقاومة",
                "evidence": [{"start": 100 * s, "end": 100 * s + 80}], "confidence": round(rng.random(), 3),
                "evidence_text": ["قتل 12 من مسلحي الحوثي وأصيب 22 آخرون في اشتباكات عنيفة بالقرب من مستشفى النجار شمال مدينة دمت"],
                "summary_ar": f"مقتل مسلحين في اشتباكات قرب {ar}", "summary_en": f"Fighters killed in clashes near {en}",
                "flags": [], "seq": s, "analyst_status": None,
            })  # fmt: skip
        bundles.append(ArticleBundle(
            {"id": a + 1, "title": f"اشتباكات عنيفة في محافظة الضالع {a}", "source": "عكاظ", "published": "2015-08-05"},
            incidents,
        ))  # fmt: skip
    return bundles


def main() -> None:
    bundles = synthetic(10_000)
    # Grouping is measured too: a real corpus export runs it before writing.
    t0 = time.perf_counter()
    selection = selection_from_bundles(bundles, description="benchmark")
    t_select = time.perf_counter() - t0
    print(f"scope: {sum(len(b.incidents) for b in bundles)} incidents, {len(selection.incidents)} after "
          f"corroboration grouping, {t_select:.2f} s")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, target in (("acled-csv", 2.0), ("xlsx", 10.0), ("geojson", None), ("kml", None),
                            ("json", None), ("html", None), ("md", None), ("docx", None)):  # fmt: skip
            path = Path(tmp) / f"bench.{fmt}"
            t0 = time.perf_counter()
            n = write_export(path, fmt, selection)
            dt = time.perf_counter() - t0
            verdict = "" if target is None else (" (target ≤ %.0f s: %s)" % (target, "ok" if dt <= target else "SLOW"))
            print(f"{fmt:10s} {n:6d} rows  {dt:6.2f} s  {path.stat().st_size / 1e6:6.1f} MB{verdict}")
        if "--no-pdf" not in sys.argv:
            bench_pdf(Path(tmp))


def bench_pdf(folder: Path) -> None:
    """The PDF report, drawn by Qt offscreen: the seed article, then 100 and 1,000 synthetic incidents."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.export_pdf import ensure_gui_application, write_pdf

    ensure_gui_application()  # Qt start-up and font loading are not the report's cost
    seed = ROOT / "resources" / "samples" / "dhale_bayda_2015.txt"
    cases = [("seed article", _seed_selection(seed, folder), 3.0)]
    for n in (100, 1000):
        cases.append((f"{n} incidents", selection_from_bundles(synthetic(n), description="benchmark"), None))
    for name, selection, target in cases:
        path = folder / "bench.pdf"
        path.unlink(missing_ok=True)
        t0 = time.perf_counter()
        write_pdf(path, selection)
        dt = time.perf_counter() - t0
        verdict = "" if target is None else (" (target ≤ %.0f s: %s)" % (target, "ok" if dt <= target else "SLOW"))
        print(f"pdf {name:16s} {len(selection.incidents):5d} rows  {dt:6.2f} s  {path.stat().st_size / 1e6:6.2f} MB"
              f"{verdict}")


def _seed_selection(seed: Path, folder: Path):  # type: ignore[no-untyped-def]
    """The bundled seed article imported and analysed into a scratch store (not timed)."""
    from core import store
    from core.export import select
    from core.ingest.importer import import_paths

    db = store.open_db(folder / "bench.db")
    report = import_paths(db, [seed])
    return select(db, article_ids=report.added_ids)


if __name__ == "__main__":
    main()
