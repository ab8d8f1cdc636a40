"""`marsad` command line, in the sqlite-utils style: subcommands, a global --db, --json output.

`marsad` with no command starts the GUI: `gui.launcher` registers the `gui` command on this group
(core never imports gui). `python -m core.cli` is the same CLI without the GUI.
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import date as Date
from pathlib import Path
from collections.abc import Iterable
from typing import Any, BinaryIO, TextIO

import click

from core import __version__
from core.entities import BACKENDS, DEFAULT_BACKEND
from core.text.english import plural


def _open(ctx: click.Context, *, existing: bool = False):
    """The database of --db / MARSAD_DB / the default path. `existing`: a command that only
    reads (search, export, backup) refuses a path where there is no database, rather than
    create an empty one there and report nothing found (a mistyped --db)."""
    from core.store import StoreError, open_db

    if existing:
        path = _db_path(ctx)
        if not path.exists():
            raise click.ClickException(
                f"no database at {path} (check --db or MARSAD_DB; `marsad import` makes one); nothing was done"
            )
    try:
        return open_db(ctx.obj.get("db"))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


class _Cli(click.Group):
    """The command group; storage errors of any command become one line, not a traceback."""

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        from core.store import DatabaseError, StoreError

        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
        except DatabaseError as exc:  # sqlite3's, OperationalError included
            raise click.ClickException(storage_error(_db_path(ctx), exc)) from exc


def _db_path(ctx: click.Context) -> Path:
    from core.store import default_db_path

    given = (ctx.obj or {}).get("db")
    return Path(given) if given else default_db_path()


def storage_error(path: Path, exc: Exception) -> str:
    """One line for a storage failure: which database, what happened, what to do. Every write is
    a transaction, so a failed command leaves what it had not committed unwritten."""
    from core.store.db import storage_error as explained

    return str(explained(path, exc))  # the detail and, for a damaged database, the `marsad … restore` advice


@click.group(cls=_Cli, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    envvar="MARSAD_DB",
    type=click.Path(dir_okay=False),
    help="Database file (default: the user data directory; env MARSAD_DB).",
)
@click.option(
    "--ner-backend",
    envvar="MARSAD_NER_BACKEND",
    type=click.Choice([*sorted(BACKENDS), "none"]),
    help=f"Statistical NER backend (default {DEFAULT_BACKEND}; camelbert needs its data in CAMELTOOLS_DATA; "
    "none: gazetteer, lexicons and rules only).",
)
@click.version_option(__version__, "--version", prog_name="marsad")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None, ner_backend: str | None) -> None:
    """Marsad: an offline reader for Arabic conflict news."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    if ner_backend:  # the environment carries it to worker processes of bulk imports too
        os.environ["MARSAD_NER_BACKEND"] = ner_backend
    if ctx.invoked_subcommand is None:
        gui = cli.commands.get("gui")
        if gui is None:
            click.echo(ctx.get_help())
            return
        ctx.invoke(gui)


# Re-importing a folder repeats every article: name the first duplicates, count the rest.
MAX_DUPLICATES_LISTED = 20


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--no-analyze", is_flag=True, help="Store only; analyse later.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines.")
@click.option("--date", callback=lambda c, p, v: _iso_date(c, p, v),
              help="Date (YYYY-MM-DD) of articles with no date of their own (no date field, no dateline).")
@click.pass_context
def import_cmd(ctx: click.Context, paths: tuple[Path, ...], no_analyze: bool, quiet: bool, date: str | None) -> None:
    """Import .txt, .json, .jsonl, .html files (or .gz of them, or folders)."""
    from core.ingest.importer import import_paths
    from core.store import DatabaseError, StoreError, count_articles

    db = _open(ctx)

    def progress(done: int, total: int | None, message: str) -> None:
        if not quiet and done and done % 1000 == 0:
            click.echo(f"… {done} read", err=True)

    before = count_articles(db)
    try:
        report = import_paths(db, list(paths), analyze=not no_analyze, on_progress=progress, default_date=date)
    except (StoreError, DatabaseError) as exc:  # a full disk, a lock held past the timeout, damage
        raise click.ClickException(_import_stopped(ctx, db, exc, before)) from exc
    except KeyboardInterrupt:  # Ctrl-C: the batch being written was rolled back; say what was kept
        click.echo(_interrupted(db, before), err=True)  # (click said only "Aborted!")
        ctx.exit(130)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for file in report.passed_over:
        click.echo(f"note: {file}", err=True)
    for dated in report.dated_from_text[:MAX_DUPLICATES_LISTED]:
        click.echo(f"note: {dated}", err=True)
    if len(report.dated_from_text) > MAX_DUPLICATES_LISTED:
        click.echo(f"note: … and {len(report.dated_from_text) - MAX_DUPLICATES_LISTED} more dated from their text", err=True)
    for duplicate in report.skipped[:MAX_DUPLICATES_LISTED]:
        click.echo(f"duplicate: {duplicate}", err=True)
    if len(report.skipped) > MAX_DUPLICATES_LISTED:
        click.echo(f"duplicate: … and {len(report.skipped) - MAX_DUPLICATES_LISTED} more", err=True)
    click.echo(
        plural(f"imported {report.added} article(s), {report.duplicates} duplicate(s) skipped, "
               f"{len(report.errors)} error(s)", report.added, report.duplicates, len(report.errors))
        + (plural(f", {len(report.other_warnings)} warning(s)", len(report.other_warnings))
           if report.other_warnings else "")
        + (f", {len(report.not_arabic)} not in Arabic (no entities or incidents found)" if report.not_arabic else "")
        + (f", {len(report.passed_over)} skipped (not a text format)" if report.passed_over else "")
        + (f", {len(report.dated_from_text)} dated from their text" if report.dated_from_text else "")
        + (f", {report.dated_by_default} given --date {date}" if report.dated_by_default else "")
        + (f", {report.undated_text()}" if report.undated else "")
    )
    if report.errors:
        ctx.exit(1)


def _import_stopped(ctx: click.Context, db, exc: Exception, before: int) -> str:  # type: ignore[no-untyped-def]
    """The storage failure that stopped an import, and how many articles it had saved by then
    (whole batches: each is one transaction), so the user knows what a second run will skip."""
    from core.store import StoreError, articles_added_since

    message = str(exc) if isinstance(exc, StoreError) else storage_error(_db_path(ctx), exc)
    saved = articles_added_since(db, before)
    if saved is None:  # the database may be unusable now; the error says why
        return message
    if saved <= 0:  # (it said "0 articles had been imported …; importing the same files again skips them")
        from core.store.db import storage_error as explained

        code = exc.code if isinstance(exc, StoreError) else explained(_db_path(ctx), exc).code
        if code in ("disk_full", "locked"):  # passing causes: once space is freed or the lock let go
            return message + ". Nothing had been imported; run the same command again"
        return message + ". Nothing had been imported"  # a read-only or damaged library: running again would not help
    return message + plural(f". {saved} article(s) had been imported before it stopped; importing the same "
                            "files again skips them as duplicates", saved)


def _interrupted(db, before: int) -> str:  # type: ignore[no-untyped-def]
    """What an import stopped by Ctrl-C had kept: its whole batches (the one being written was rolled back)."""
    from core.store import articles_added_since

    saved = articles_added_since(db, before)
    if saved is None:
        return "import interrupted"
    if saved <= 0:
        return "import interrupted: nothing had been imported"
    return plural(f"import interrupted: {saved} article(s) had been imported (whole batches); importing the "
                  "same files again skips them as duplicates", saved)


@cli.command("read-dates")
@click.option("--dry-run", is_flag=True, help="List the dates found; store nothing.")
@click.option("--no-analyze", is_flag=True, help="Store the dates only; analyse later.")
@click.pass_context
def read_dates_cmd(ctx: click.Context, dry_run: bool, no_analyze: bool) -> None:
    """Date undated articles from their own text (their dateline), as import does for new ones.

    Articles imported before import read datelines stay undated; this reads the same dateline,
    stores the date as read from the text, and analyses those articles again (incident dates
    anchor on the article's date). An article whose date the analyst cleared is left alone.
    """
    from core import store
    from core.ingest.redate import date_undated

    db = _open(ctx, existing=True)
    if not dry_run:
        store.check_writable(db)
    report = date_undated(db, dry_run=dry_run)
    for dated in report.dated:
        click.echo(f"{'would date' if dry_run else 'dated'}: {dated}", err=True)
    analysed = 0 if dry_run or no_analyze else _analyse_again(db, [dated.id for dated in report.dated])
    click.echo(plural(f"{len(report.dated)} of {report.undated} undated article(s) ", report.undated)
               + ("would be dated from their text (dry run)" if dry_run else "dated from their text")
               + ("" if dry_run or no_analyze or not report.dated else _analysed_again(analysed, len(report.dated))))


@cli.command("set-date")
@click.argument("ids", nargs=-1, type=int)
@click.option("--date", "date", required=True, help="The date, YYYY-MM-DD; \"none\" makes the articles undated.")
@click.option("--undated", is_flag=True, help="Every article of the library without a date (with or instead of IDS).")
@click.option("--no-analyze", is_flag=True, help="Store the date only; the articles count as outdated until analysed.")
@click.pass_context
def set_date_cmd(ctx: click.Context, ids: tuple[int, ...], date: str, undated: bool, no_analyze: bool) -> None:
    """Set the date of articles (IDS as `marsad search` lists them), as the analyst does in the app's
    Article details or the library's Set date…: the date becomes the analyst's, and the articles are
    analysed again (incident dates anchor on the article's date)."""
    from core import store

    published = None if date.strip().lower() == "none" else _iso_date(ctx, None, date)  # type: ignore[arg-type]
    db = _open(ctx, existing=True)
    store.check_writable(db)
    wanted = list(ids)
    if undated:
        wanted += [int(r[0]) for r in db.conn.execute("SELECT id FROM articles WHERE published IS NULL ORDER BY id")]
    if not wanted:
        raise click.UsageError("name the articles (IDS) or give --undated")
    try:
        changed = store.set_dates(db, wanted, published)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from exc
    analysed = 0 if no_analyze else _analyse_again(db, changed)
    unchanged = len(dict.fromkeys(wanted)) - len(changed)
    click.echo(plural(f"{len(changed)} article(s) dated {published or 'none (undated)'}", len(changed))
               + (_analysed_again(analysed, len(changed)) if changed and not no_analyze else "")
               + (f"; {unchanged} had that date already" if unchanged else ""))


@cli.command("reanalyze")
@click.option("--all", "everything", is_flag=True, help="Every article, not only those analysed by an older version.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines.")
@click.pass_context
def reanalyze_cmd(ctx: click.Context, everything: bool, quiet: bool) -> None:
    """Analyse again the articles an older analyzer version analysed (after an upgrade) or none did
    (imported with --no-analyze). The analyst's corrections, highlights, notes and tags are kept:
    only the machine's entities and incidents are replaced."""
    from core import store
    from core.ingest.importer import analyze_stored

    db = _open(ctx, existing=True)
    store.check_writable(db)

    def progress(done: int, total: int, message: str) -> None:
        if not quiet:
            click.echo(f"… {message}", err=True)

    n = analyze_stored(db, only_stale=not everything, on_progress=progress)
    click.echo(plural(f"{n} article(s) analysed again", n))


def outdated_articles(db: Any, article_ids: Iterable[int]) -> int:
    """How many of `article_ids` the current analyzer has not analysed (an older version did, or
    none): their incidents are not what this version finds until `marsad reanalyze` or opening them."""
    from core.ingest.importer import outdated_among

    return outdated_among(db, article_ids)


@cli.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1), help="At most this many articles.")
@click.option("--json", "as_json", is_flag=True, help="JSON array output.")
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search; diacritics and hamza/yeh/teh-marbuta forms are folded."""
    from core.store import search as store_search

    hits = store_search(_open(ctx, existing=True), query, limit=limit)
    if as_json:
        click.echo(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    for hit in hits:
        click.echo(f"{hit['id']}\t{hit.get('published') or ''}\t{hit['title']}")
        if hit.get("snippet"):
            click.echo(f"\t{hit['snippet']}")


# The export formats (core.export.FORMATS holds the writers; listed here so --help stays light).
# "pdf" is drawn by Qt: gui/launcher.py registers its writer (core.export.register_format).
FORMATS = (
    "acled-csv", "xlsx", "geojson", "kml", "json", "md", "html", "docx", "pdf", "notes-md", "notes-json", "notes-csv",
)  # fmt: skip


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="acled-csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--query", help="Only articles matching this search.")
@click.option("--article", "article_ids", type=int, multiple=True, help="Only these article ids (repeatable).")
@click.option("--include-rejected", is_flag=True, help="Keep incidents the analyst rejected.")
@click.option("--bom", is_flag=True, help="CSV formats: start with a UTF-8 byte-order mark (for Excel).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
@click.option("--lang", type=click.Choice(("en", "ar")), default="en", show_default=True,
              help="Reports (md, html, docx, pdf) and notes-md: English, or Arabic laid out right to left. "
                   "The incident formats always write ACLED's English columns with the Arabic beside them.")
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str,
    output: Path,
    query: str | None,
    article_ids: tuple[int, ...],
    include_rejected: bool,
    bom: bool,
    force: bool,
    lang: str,
) -> None:
    """Export incidents, reports or annotations of the corpus, a search or chosen articles.

    Formats: acled-csv, xlsx, geojson, kml, json (incidents); md, html, docx (Word), pdf
    (reports); notes-md, notes-json, notes-csv (highlights and notes). OUTPUT is written to a temporary
    file and renamed when complete; it is never overwritten without --force.
    """
    from core.export import FORMATS as WRITERS
    from core.export import ExportError, left_off_map, select, write_export
    from core.export.scope import NothingToExport

    if output.exists() and not force:
        raise click.ClickException(f"{output} exists; use --force to overwrite it")
    db = _open(ctx, existing=True)
    try:
        selection = select(db, article_ids=article_ids, query=query, include_rejected=include_rejected)
        if query and not selection.bundles:  # a mistyped search must not replace a good export with an empty one
            among = " among the given articles" if article_ids else ""
            raise ExportError(f"no article matches the search {query!r}{among}; nothing was written")
        n = write_export(output, fmt, selection, force=force, bom=bom, allow_empty=False, lang=lang)
    except NothingToExport as exc:  # a header-only file would look like a finished export
        kept = "; the existing file was left as it was" if output.exists() else ""
        raise click.ClickException(
            f"nothing was exported: {_why_nothing(exc.reason, fmt)}; {output} was not written{kept}"
        ) from exc
    except ExportError as exc:
        raise click.ClickException(str(exc)) from exc
    what = "annotation(s)" if WRITERS[fmt].kind == "annotations" else "incident(s)"
    stale = outdated_articles(db, (b.article["id"] for b in selection.bundles)) if what == "incident(s)" else 0
    if stale:
        click.echo(plural(f"warning: {stale} article(s) not analysed by this version of Marsad (an older version "
                          f"analysed them, or none): their incidents are not what it finds; `marsad reanalyze` "
                          f"analyses them again and keeps your corrections", stale), err=True)
    unlocated = left_off_map(fmt, selection, n)  # the map formats count the located only
    where = "the file's `unlocated` list" if fmt == "geojson" else "the document's description"
    off_map = plural(f"; {unlocated} incident(s) without coordinates not on the map (named in {where})",
                     unlocated) if unlocated > 0 else ""
    click.echo(plural(f"wrote {n} {what} from {len(selection.bundles)} article(s) to {output}", n,
                      len(selection.bundles)) + off_map)


def _why_nothing(reason, fmt: str) -> str:  # type: ignore[no-untyped-def]
    """A NothingToExport reason (core.export.scope.why_nothing) in the command-line user's terms."""
    from core.export import scope as why

    articles = reason.articles
    among = plural(f"the {articles} article(s)", articles) if articles > 1 else "the article"
    if reason.code in (why.NO_ARTICLES, why.NO_MATCH):
        return "the library has no articles (`marsad import` adds them)"
    if reason.code == why.NO_ANNOTATIONS:
        return f"{among} have no highlights or notes" if articles > 1 else f"{among} has no highlights or notes"
    if reason.code == why.NO_INCIDENTS:
        return f"no incident was found in {among}"
    if reason.code == why.ALL_REJECTED:
        if reason.incidents == 1:
            return "the analyst rejected its one incident (--include-rejected exports it)"
        return f"the analyst rejected all {reason.incidents} incidents (--include-rejected exports them)"
    if reason.code == why.NO_COORDINATES:
        n = reason.incidents
        none = "the incident has no coordinates" if n == 1 else f"none of the {n} incidents has coordinates"
        return f"{none}, which {fmt} needs"
    return f"no incident in {among} could be written as {fmt}"


def _analyse_again(db: Any, article_ids: list[int]) -> int:
    """Analyse stored articles again from their text, date and title as stored now (after their
    date changed: incident dates anchor on it), as `marsad reanalyze` does (`analyze_stored`, of
    these ids whatever analyzer version analysed them): the analyst's entity decisions applied, an
    article too long to analyse automatically left alone, one whose analysis fails logged and
    skipped (a failure no longer stops the command after the dates are stored). Returns how many
    were analysed."""
    from core.ingest.importer import analyze_stored

    return analyze_stored(db, only_stale=False, article_ids=article_ids) if article_ids else 0


def _analysed_again(analysed: int, of: int) -> str:
    """", analysed again", or how many were when some were not (too long, or their analysis failed:
    they count as outdated)."""
    if analysed == of:
        return ", analysed again"
    return f", {analysed} of them analysed again (the others are too long to analyse automatically or failed)"


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--date must be a real calendar day written YYYY-MM-DD: a typo must not become "no date"."""
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date written YYYY-MM-DD (e.g. 2015-08-10)") from None


def _warn_unread_date(where: str, written: str, default: str | None) -> None:
    then = f"using --date {default}" if default else "analysed without a date"
    click.echo(
        f"warning: {where}: unreadable date {written!r} (expected YYYY-MM-DD or day first DD/MM/YYYY); {then}",
        err=True,
    )


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, path_type=Path))
@click.option(
    "--date",
    callback=_iso_date,
    help="Date (YYYY-MM-DD) of documents that carry none of their own; anchors relative dates («أمس»).",
)
def analyze(paths: tuple[Path, ...], date: str | None) -> None:
    """Analyse files, or JSON lines {"id","text","title"?,"date"?} from stdin with `-`.

    Prints one JSON line per document; needs no database. A document's own date wins over --date.
    """
    from core.pipeline import analyze as run

    out = sys.stdout
    if not paths or paths == (Path("-"),):
        _analyze_stdin(sys.stdin, out, date)
        return
    from core.ingest.model import IngestError, shown_name
    from core.ingest.parallel import too_long_to_analyse
    from core.ingest.readers import holds_many, read_path

    failed = False
    for path in paths:
        numbered = holds_many(path)  # docs/cli.md: `path#N` for the N-th document of such a path
        n = 0
        for item in read_path(path):
            if isinstance(item, IngestError) and item.passed_over:  # a picture in the folder: said, not
                click.echo(f"note: {item}", err=True)  # a failure, and not numbered (it was never listed)
                continue
            n += 1
            if isinstance(item, IngestError):
                click.echo(f"error: {item}", err=True)
                failed = True
                continue
            doc_id = shown_name(f"{path}#{n}" if numbered else str(path))  # a non-UTF-8 name: \\xNN
            if item.unread_date:
                _warn_unread_date(doc_id, item.unread_date, date)
            too_long = too_long_to_analyse(item.text)
            if too_long:  # as `marsad import` stores such a text unanalysed: it would run for many minutes
                click.echo(f"error: {doc_id}: {too_long}", err=True)
                failed = True
                continue
            result = run(item.text, item.published or date, item.title).to_dict(doc_id)
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    if failed:
        sys.exit(1)


# A lone UTF-16 half ("\\ud800" in JSON) is a string but cannot be written out as UTF-8: the
# first one used to stop `marsad analyze -` with a traceback, losing the lines after it.
_LONE_HALF = re.compile("[\ud800-\udfff]")


def _whole(value: Any) -> Any:
    """`value` with each lone UTF-16 half replaced by U+FFFD (one code point for one, so spans
    into the text keep their offsets); anything but a string as it is."""
    return _LONE_HALF.sub("\ufffd", value) if isinstance(value, str) else value


def _analyze_stdin(stream: TextIO, out: TextIO, default_date: str | None = None) -> None:
    from core.ingest.dates import normalize_date
    from core.ingest.parallel import too_long_to_analyse
    from core.pipeline import analyze as run

    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        item: Any = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a "text" string')
        except ValueError as exc:
            given = item.get("id") if isinstance(item, dict) else None  # the id of an object without text
            out.write(json.dumps({"id": _whole(given), "line": lineno, "error": f"bad input line: {exc}"}) + "\n")
            continue
        halves = sum(len(_LONE_HALF.findall(v)) for v in (item["text"], item.get("title"), item.get("id"))
                     if isinstance(v, str))
        if halves:
            click.echo(plural(f"warning: line {lineno}: {halves} damaged character(s) (lone UTF-16 halves: a string cut "
                              "inside an emoji?) read as U+FFFD, one character for one: offsets are unchanged", halves), err=True)
            item = {k: _whole(v) for k, v in item.items()}
        written = item.get("date")
        date = normalize_date(written)  # the same layouts `marsad import` reads
        if date is None and written not in (None, ""):
            _warn_unread_date(f"line {lineno} (id {json.dumps(item.get('id'), ensure_ascii=False)})",
                              str(written), default_date)  # fmt: skip
        too_long = too_long_to_analyse(item["text"])
        if too_long:  # as `marsad import` stores such a text unanalysed: it would run for many minutes
            out.write(json.dumps({"id": item.get("id"), "line": lineno, "error": too_long}, ensure_ascii=False) + "\n")
            out.flush()
            continue
        result = run(item["text"], date or default_date, item.get("title") or "").to_dict(item.get("id"))
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()


@cli.command()
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite DEST if it exists.")
@click.pass_context
def backup(ctx: click.Context, dest: Path, force: bool) -> None:
    """Copy the database to DEST (consistent even while the app is open)."""
    from core.store import StoreError
    from core.store.backup import backup_db

    try:
        info = backup_db(_open(ctx, existing=True), dest, overwrite=force)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"backed up {info.summary()} to {dest}")


@cli.command()
@click.argument("src", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace a database that already holds articles or notes.")
@click.pass_context
def restore(ctx: click.Context, src: Path, force: bool) -> None:
    """Replace the database with the backup SRC; the current one is kept as <name>.bak."""
    from core.store import DatabaseError, StoreError, default_db_path, open_db
    from core.store.backup import damaged_path, inspect_backup, restore_db

    target = Path(ctx.obj.get("db") or default_db_path())
    try:
        info = inspect_backup(src)
        if not force and target.exists() and target.stat().st_size:
            try:
                db = open_db(target)
                held = db.conn.execute(
                    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM notes), "
                    "(SELECT count(*) FROM highlights)"
                ).fetchone()
                db.conn.close()
            except (StoreError, DatabaseError) as exc:  # damaged: the reason to restore
                reason = str(exc).split("; it was left untouched")[0]
                raise click.ClickException(
                    f"{reason}; use --force to restore {src} ({info.summary()}) in its place: "
                    f"the unreadable file is kept as it is, as {damaged_path(target).name}"
                ) from exc
            if any(held):
                raise click.ClickException(
                    plural(f"{target} holds {held[0]} article(s), {held[1]} note(s), {held[2]} highlight(s); ", *held)
                    + f"use --force to replace them with {src} ({info.summary()})"
                )
        result = restore_db(src, target, replace_unreadable=force)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    note = f"; the previous database is kept as {result.previous}" if result.previous else ""
    click.echo(f"restored {info.summary()} into {target}{note}")


@cli.command("tag-conll")
@click.argument("source", default="-", type=click.File("rb"))
def tag_conll_cmd(source: BinaryIO) -> None:
    """Tag one token a line (blank line between sentences): prints token<TAB>BIO tag."""
    from core.entities.conll import read_conll, tag_conll
    from core.ingest.encoding import NotTextError, decode_bytes

    data = source.read()
    try:  # decoded as `marsad import` decodes a text file: BOM, UTF-16, cp1256…; empty input, no output
        text = decode_bytes(data, source.name) if data.strip() else ""
    except NotTextError as exc:
        raise click.ClickException(str(exc)) from exc
    sentences, _gold = read_conll(text.splitlines())  # a gold tag column, if present, is ignored
    out = sys.stdout
    for tokens, tags in zip(sentences, tag_conll(sentences), strict=True):
        for token, tag in zip(tokens, tags, strict=True):
            out.write(f"{token}\t{tag}\n")
        out.write("\n")


def main() -> None:
    # A path that is not UTF-8 (a file or database name from an old disk) holds lone surrogates
    # Python cannot write to a strict UTF-8 stdout (a desktop locale): the success line of an
    # export or backup whose work was done became a traceback and exit code 1. Written \\udcNN,
    # as stderr (backslashreplace) already writes them.
    if getattr(sys.stdout, "errors", "") == "strict" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    cli(obj={})


if __name__ == "__main__":
    main()
