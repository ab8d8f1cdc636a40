"""`make bench`: Marsad's speed and memory on the shared corpus, printed and written to docs/benchmarks.md.

Measures, on the 30,973 SaudiNewsNet articles (or `--limit N` of them):
- analysis throughput on one core (articles/s, tokens/s) over a sample, entity step alone too;
- import throughput with analysis (articles/s), database size;
- search latency p50/p95 over 100 varied queries;
- CLI and GUI start-up time (process start to window shown, offscreen);
- peak resident memory of each phase (separate processes, ru_maxrss).
`--replicate K` re-imports the corpus K times with changed ids (the 300k scale check).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", ROOT.parent / "shared" / "data"))
CORPUS = SHARED / "news" / "saudinewsnet.jsonl.gz"
QUERIES = [
    "الحوثي", "الاعلامي", "تعز", "عدن", "التحالف العربي", "غارات", "المقاومة الشعبية", "صنعاء",
    "الضالع", "مأرب", "البيضاء", "قتلى", "جرحى", "اشتباكات", "الأمم المتحدة", "داعش", "سوريا",
    "العراق", "ليبيا", "الرياض", "النفط", "أسعار", "وزير الخارجية", "هادي", "صالح", "إيران",
    "مجلس الأمن", "اللاجئين", "المملكة", "كرة القدم", "الهلال", "النصر", "الاتحاد", "الطقس",
    "الحج", "رمضان", "العيد", "المرور", "التعليم", "الصحة", "كورونا", "الإرهاب", "تفجير",
    "انتحاري", "مسجد", "القطيف", "الدمام", "جدة", "مكة", "المدينة المنورة", "الكويت", "قطر",
    "البحرين", "الإمارات", "عمان", "مصر", "السيسي", "الإخوان", "غزة", "إسرائيل", "فلسطين",
    "لبنان", "حزب الله", "الأسد", "حلب", "دمشق", "الموصل", "بغداد", "الأنبار", "الفلوجة",
    "طرابلس", "بنغازي", "السودان", "الخرطوم", "دارفور", "اليمن", "لحج", "أبين", "شبوة",
    "حضرموت", "المكلا", "القاعدة", "الجيش الوطني", "الشرعية", "الانقلابيين", "المخلوع",
    "صواريخ", "الكاتيوشا", "دبابة", "مدفعية", "طائرات", "الإغاثة", "مركز الملك سلمان",
    "الهلال الأحمر", "مستشفى", "الأطفال", "النساء", "الاقتصاد", "البورصة", "الاسهم",
]  # fmt: skip
assert len(QUERIES) == 100


def read_corpus(limit: int | None = None) -> list[dict]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


def analysis_sample(n: int, first: bool = False) -> list[dict]:
    """`n` articles for the analysis throughput: a seeded random sample of the whole corpus, or
    with `first` the first n. The first 1,000 are twice as long as the corpus's average article
    (3,340 characters against 1,713), so articles/s measured on them understates the corpus rate."""
    if first:
        return read_corpus(n)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        total = sum(1 for _ in fh)
    wanted = set(random.Random(0).sample(range(total), min(n, total)))
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:  # streamed: peak memory stays the sample's
        for i, line in enumerate(fh):
            if i in wanted:
                out.append(json.loads(line))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def workers_peak_mb() -> float:
    """Largest resident size among finished child processes (the analysis workers)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


# ---- phases, each run in its own process so peak memory is per phase --------------------------

def phase_analyze(args: argparse.Namespace) -> dict:
    from core.pipeline import analyze

    articles = analysis_sample(args.sample, args.first)
    t0 = time.perf_counter()
    if args.nn_model_dir:  # another nn tagger folder (an ensemble, a dev-block model) in place of the shipped one
        import importlib.resources

        from core.entities import tagger_nn

        tagger_nn._model = tagger_nn.load_model(Path(args.nn_model_dir), importlib.resources.files("resources") / "models")
    analyze("تحميل النماذج في تعز")  # load models once, timed separately
    load = time.perf_counter() - t0
    tokens = 0
    first_steps: dict[str, float] = {}
    with steps_timed(first_steps):
        t0, cpu = time.perf_counter(), time.process_time()
        for a in articles:
            result = analyze(a["content"], a.get("date_published"), a.get("title", ""))
            tokens += len(result.doc.tokens)
        full, cpu = time.perf_counter() - t0, time.process_time() - cpu
    t0 = time.perf_counter()
    for a in articles:
        analyze(a["content"], a.get("date_published"), a.get("title", ""), until="entities")
    ents = time.perf_counter() - t0
    return {
        "articles": len(articles),
        "sample": "first" if args.first else "random (seed 0)",
        "chars_per_article": round(sum(len(a["content"]) for a in articles) / max(1, len(articles))),
        "tokens": tokens,
        "model_load_s": round(load, 3),
        "analysis_articles_per_s": round(len(articles) / full, 1),
        "analysis_tokens_per_s": round(tokens / full),
        # the whole first pass (per-form caches filling), to set beside the warm step total below
        "analysis_cpu_ms_per_article": round(cpu * 1000 / max(1, len(articles)), 2),
        # the same first pass by pipeline step, and what it spent outside them (`analyze`'s own
        # work, the loop, garbage collection between steps): set the steps beside the warm breakdown
        # below to see the first pass's cost of filling caches
        "first_pass_step_cpu_ms_per_article": {
            **{k: round(v * 1000 / max(1, len(articles)), 2) for k, v in first_steps.items()},
            "outside_steps": round((cpu - sum(first_steps.values())) * 1000 / max(1, len(articles)), 2),
        },
        "entity_step_tokens_per_s": round(tokens / ents),
        "peak_mb": round(peak_mb()),
        "step_cpu_ms_per_article": step_breakdown(articles),
    }


@contextmanager
def steps_timed(totals: dict[str, float]) -> Iterator[None]:
    """While inside, every `analyze` adds each pipeline step's process time to `totals[step]`
    (the steps are read from `core.pipeline.STEPS` at each call, so they are swapped in place).
    An analysis run inside a step (the incident step tokenises the title) counts in that step."""
    from core import pipeline

    original = list(pipeline.STEPS)
    running: list[str] = []

    def timed(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def run(doc: Any, analysis: Any) -> None:
            if running:
                step(doc, analysis)
                return
            running.append(name)
            t0 = time.process_time()
            try:
                step(doc, analysis)
            finally:
                totals[name] = totals.get(name, 0.0) + time.process_time() - t0
                running.pop()
        return run

    pipeline.STEPS[:] = [(name, timed(name, step)) for name, step in original]
    try:
        yield
    finally:
        pipeline.STEPS[:] = original


def step_breakdown(articles: list[dict]) -> dict[str, float]:
    """CPU ms per article of each pipeline step and of each recogniser of the entity step.

    Process time, not wall time: on a machine shared with other work it moves far less, so
    before/after comparisons of one step stay readable. The steps are the pipeline's own; inside
    the entity step each recogniser's `find` and the policy's `resolve` are timed where
    `core.entities.recognize` calls them, and `entities.rest` is the remainder of the step (the
    statistical tagger's span filters, surnames, family names, the analyst's corrections).
    Recognisers share per-document results (numbers and dates are computed by the first one that
    asks), so a recogniser's figure includes what it computed for the others. This runs after the
    throughput passes, so every per-form cache is warm: the first pass (`analysis_cpu_ms_per_article`)
    costs more.
    """
    import importlib

    from core import entities
    from core.document import Document
    from core.entities import policy
    from core.pipeline import STEPS, Analysis, parse_date

    clock = time.process_time
    totals: dict[str, float] = {}

    def timed(key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """`fn` adding its process time to `totals[key]`."""
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[key] = totals.get(key, 0.0) + clock() - t0
        return run

    backend = entities.BACKENDS.get(entities.backend_name())
    patched = [(importlib.import_module(m), "find", "entities." + m.rsplit(".", 1)[-1])
               for m in [*entities.COMPONENTS, *([backend] if backend else [])]]
    patched.append((policy, "resolve", "entities.resolve"))
    originals = [getattr(module, name) for module, name, _ in patched]
    for (module, name, key), fn in zip(patched, originals):
        setattr(module, name, timed(key, fn))
    try:
        for a in articles:
            doc = Document(text=a["content"], title=a.get("title", ""), date=parse_date(a.get("date_published") or ""))
            analysis = Analysis(doc)
            for name, step in STEPS:
                t0 = clock()
                step(doc, analysis)
                totals[name] = totals.get(name, 0.0) + clock() - t0
    finally:
        for (module, name, _), fn in zip(patched, originals):
            setattr(module, name, fn)
    inside = sum(v for k, v in totals.items() if k.startswith("entities."))
    rest = totals.pop("entities", 0.0) - inside
    steps = [name for name, _ in STEPS]  # in pipeline order, the entity step's parts in its place
    order = {k: (steps.index(k.split(".")[0]), k == "entities.rest") for k in [*totals, "entities.rest"]}
    totals["entities.rest"] = rest
    out = {k: round(totals[k] * 1000 / max(1, len(articles)), 2) for k in sorted(totals, key=order.get)}
    out["total"] = round(sum(out.values()), 2)
    return out


def phase_import(args: argparse.Namespace) -> dict:
    from core.ingest.importer import import_paths
    from core.store import count_articles, open_db

    db_path = Path(args.db)
    source = CORPUS
    if args.limit:
        source = Path(args.workdir) / "subset.jsonl"
        with source.open("w", encoding="utf-8") as fh:
            for a in read_corpus(args.limit):
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    db = open_db(db_path)
    workers = args.workers or None
    t0 = time.perf_counter()
    report = import_paths(db, [source], analyze=not args.no_analyze, workers=workers)
    elapsed = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = import_paths(db, [source], analyze=not args.no_analyze, workers=workers)
    reimport = time.perf_counter() - t0
    for k in range(1, args.replicate):
        replica = Path(args.workdir) / f"replica{k}.jsonl"
        with replica.open("w", encoding="utf-8") as fh:
            for a in read_corpus(args.limit):
                a["url"] = f"{a.get('url', '')}#copy{k}"
                a["content"] = f"{a.get('content', '')}\n[{k}]"  # different content hash
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        import_paths(db, [replica], analyze=not args.no_analyze, workers=workers)
        replica.unlink()
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    from core.store.backup import backup_db

    t0 = time.perf_counter()
    backup_db(db, Path(args.workdir) / "backup.db", overwrite=True)
    backup_s = time.perf_counter() - t0
    (Path(args.workdir) / "backup.db").unlink()
    return {
        "added": report.added,
        "duplicates_in_corpus": report.duplicates,
        "errors": len(report.errors),
        "import_s": round(elapsed, 1),
        "import_articles_per_s": round(report.added / elapsed, 1) if elapsed else None,
        "reimport_added": again.added,
        "reimport_s": round(reimport, 1),
        "articles_in_db": count_articles(db),
        "db_mb": round(db_path.stat().st_size / 1e6, 1),
        "backup_s": round(backup_s, 1),
        "workers": workers or "auto",
        "peak_mb": round(peak_mb()),
        "workers_peak_mb": round(workers_peak_mb()),
    }


def phase_search(args: argparse.Namespace) -> dict:
    from core.store import open_db, search

    db = open_db(args.db)
    search(db, "تعز")  # warm the page cache
    times = []
    hits = 0
    for q in QUERIES:
        t0 = time.perf_counter()
        hits += len(search(db, q, limit=50))
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {
        "queries": len(times),
        "search_p50_ms": round(statistics.median(times), 1),
        "search_p95_ms": round(times[int(0.95 * len(times)) - 1], 1),
        "search_max_ms": round(times[-1], 1),
        "hits": hits,
        "peak_mb": round(peak_mb()),
    }


def startup(args: argparse.Namespace) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "core.cli", "--version"], check=True, capture_output=True, cwd=ROOT)
    cli = time.perf_counter() - t0
    shot = Path(args.workdir) / "startup.png"
    code = (
        "import time, sys; t0=time.perf_counter();"
        "from gui.app import run_gui;"
        f"rc=run_gui({args.db!r}, screenshot={str(shot)!r});"
        "print(time.perf_counter()-t0)"
    )
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    gui = time.perf_counter() - t0
    return {
        "cli_version_s": round(cli, 2),
        "gui_window_shown_s": round(gui, 2) if out.returncode == 0 else f"failed: {out.stderr[-300:]}",
    }


def run_phase(name: str, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, __file__, "--phase", name, "--db", args.db, "--workdir", args.workdir,
           "--sample", str(args.sample), "--replicate", str(args.replicate)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    if args.first:
        cmd += ["--first"]
    if args.no_analyze:
        cmd.append("--no-analyze")
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    if args.nn_model_dir:
        cmd += ["--nn-model-dir", args.nn_model_dir]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def load() -> str:
    """1/5/15-minute load averages: on 2 cores, above ~2 means others were competing."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--phase", choices=["analyze", "import", "search"])
    p.add_argument("--limit", type=int, default=None, help="only the first N articles")
    p.add_argument("--sample", type=int, default=1000, help="articles for the analysis throughput")
    p.add_argument("--first", action="store_true", help="analysis sample = the first N articles, not a random one")
    p.add_argument("--replicate", type=int, default=1, help="import the corpus K times (300k: 10)")
    p.add_argument("--no-analyze", action="store_true")
    p.add_argument("--workers", type=int, default=0, help="analysis processes for the import (0: automatic)")
    p.add_argument("--skip", action="append", default=[], choices=["analyze", "import", "search", "startup"],
                   help="leave a phase out (repeatable); search then needs --db of an imported library")
    p.add_argument("--nn-model-dir", help="analysis phase: the nn tagger of this folder (e.g. an ensemble) instead of the shipped one")
    p.add_argument("--db")
    p.add_argument("--workdir")
    p.add_argument("--write", action="store_true", help="append the results to docs/benchmarks.md")
    args = p.parse_args()
    if args.phase:
        fn = {"analyze": phase_analyze, "import": phase_import, "search": phase_search}[args.phase]
        print(json.dumps(fn(args)))
        return
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as work:
        args.workdir = work
        args.db = args.db or str(Path(work) / "bench.db")
        # The machine may be shared: its load before and after says how far to trust the numbers.
        results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "load_before": load()}
        for name in ("analyze", "import", "search"):
            if name in args.skip:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            results[name] = run_phase(name, args)
        if "startup" not in args.skip:
            results["startup"] = startup(args)
        results["load_after"] = load()
    print(json.dumps(results, ensure_ascii=False, indent=2))
    if args.write:
        with (ROOT / "docs" / "benchmarks.md").open("a", encoding="utf-8") as fh:
            flags = f"limit={args.limit or 'all'} replicate={args.replicate}"
            flags += " no-analyze" if args.no_analyze else ""
            flags += f" workers={args.workers}" if args.workers else ""
            fh.write(f"\n## {results['date']} — {flags}\n\n")
            fh.write(f"{results['machine']}\n\n```json\n{json.dumps(results, ensure_ascii=False, indent=2)}\n```\n")


if __name__ == "__main__":
    random.seed(0)
    main()
