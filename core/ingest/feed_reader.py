"""RSS and Atom files saved on disk → one article per item or entry. Nothing is ever fetched.

The XML is parsed with defusedxml: no DTD entities, no external references, so a hostile feed
cannot expand into gigabytes (billion laughs) or read local files. feedparser would also do,
but it fetches when given something that looks like a URL and rewrites content on the way;
the two formats are small enough to read directly. Elements are matched by local name, so
RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 all work without namespace tables.

Per item: title; text from the fullest body (content:encoded, Atom content, then
description/summary) with HTML reduced to paragraphs; link → url; pubDate / published /
updated / dc:date → ISO date; the channel's title → source. An item with a title but no body
becomes an article whose text is its title: a headline alone often names an incident.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError
from xml.parsers.expat import ErrorString

from core.ingest.dates import normalize_date
from core.ingest.model import ArticleIn, IngestError, ReadProblem, read_limited

Item = ArticleIn | IngestError

MAX_FEED_BYTES = 50 * 1024 * 1024
_BODY_TAGS = ("encoded", "content", "description", "summary")  # fullest first
_DATE_TAGS = ("pubDate", "published", "issued", "date", "updated", "modified")
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article figcaption pre hr"
    .split()
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "iframe", "object"))
_ANY_TAG = re.compile(r"<(/?)(?:\w+:)?(\w+)[^>]*?>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class FeedProblem(ReadProblem):
    """A feed we cannot read; the message is the one line shown to the user (the CLI's), the
    code and params what the GUI words in its language."""


def read_feed(path: Path, compressed: bool) -> Iterator[Item]:
    """The reader registered for `.rss`, `.atom` and `.xml` in `core.ingest.readers`."""
    origin = str(path)
    try:
        data = _read_limited(path, compressed)
    except FeedProblem as exc:
        yield IngestError.of(origin, exc)
        return
    yield from feed_articles(data, origin)


def feed_articles(data: bytes, origin: str) -> Iterator[Item]:
    """Every item of an RSS/Atom document given as bytes (its own encoding declaration is used)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        reason = f"unsafe XML refused ({type(exc).__name__}: entities or external references)"
        yield IngestError(origin, reason, code="unsafe_xml", params={"detail": type(exc).__name__})
        return
    except ParseError as exc:
        line, column = getattr(exc, "position", None) or ("", "")
        message = ErrorString(exc.code) if isinstance(getattr(exc, "code", None), int) else None
        yield IngestError(origin, f"not valid XML ({exc})", code="not_valid_xml",
                          params={"detail": str(exc), "message": message or str(exc), "line": str(line),
                                  "column": str(column + 1) if isinstance(column, int) else ""})
        return
    except (LookupError, ValueError) as exc:  # an unknown encoding declaration
        yield IngestError(origin, f"not readable XML ({exc})", code="unreadable_xml", params={"detail": str(exc)})
        return
    kind = _local(root.tag)
    if kind not in ("rss", "RDF", "feed"):
        yield IngestError(origin, f"not an RSS or Atom feed (root element <{kind}>)", code="not_a_feed",
                          params={"root": kind})
        return
    channel = _child(root, "channel")
    source = _text(_child(channel if channel is not None else root, "title"))
    entries = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not entries:
        yield IngestError(origin, "the feed has no items", code="feed_without_items")
        return
    for number, entry in enumerate(entries):
        yield _article(entry, source, f"{origin}[{number}]")


def _article(entry: Element, source: str, origin: str) -> Item:
    title = " ".join(html_to_text(_text(_child(entry, "title"))).split())
    body = ""
    for tag in _BODY_TAGS:
        element = _child(entry, tag)
        if element is not None and (body := _body_text(element)):
            break
    if not body and not title:
        return IngestError(origin, "feed item without title or text", code="feed_item_empty")
    return ArticleIn(
        title=title or body.split("\n", 1)[0][:150],
        text=body or title,
        source=source,
        url=_link(entry),
        published=_date(entry),
        origin=origin,
    )


def _body_text(element: Element) -> str:
    """Atom's type="xhtml" holds markup as elements; the rest holds (escaped) HTML or text."""
    kind = (element.get("type") or "").lower()
    if kind == "xhtml" or (len(element) and kind not in ("text", "")):
        return html_to_text(_inner_markup(element))
    raw = _text(element)
    return _clean_lines(raw) if kind == "text" else html_to_text(raw)


def _inner_markup(element: Element) -> str:
    from xml.etree.ElementTree import tostring

    parts = [element.text or ""]
    parts += [tostring(child, encoding="unicode") for child in element]
    # Namespace prefixes and attributes go: only the tag names matter for the text.
    return _ANY_TAG.sub(lambda m: f"<{m.group(1)}{m.group(2)}>", "".join(parts))


def _link(entry: Element) -> str:
    fallback = ""
    for el in entry:
        if _local(el.tag) != "link":
            continue
        href = (el.get("href") or "").strip()
        if not href:
            return _text(el)  # RSS: the URL is the element's text
        rel = el.get("rel") or "alternate"
        if rel == "alternate":
            return href
        fallback = fallback or href
    guid = _child(entry, "guid")
    if not fallback and guid is not None and guid.get("isPermaLink", "true") == "true":
        fallback = _text(guid) if _text(guid).startswith(("http://", "https://")) else ""
    return fallback


def _date(entry: Element) -> str | None:
    for tag in _DATE_TAGS:
        raw = _text(_child(entry, tag))
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date().isoformat()  # RFC 822, as RSS writes it
        except (TypeError, ValueError, IndexError):
            pass
        if found := normalize_date(raw):  # ISO 8601, as Atom writes it
            return found
    return None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(parent: Element | None, name: str) -> Element | None:
    if parent is None:
        return None
    return next((el for el in parent if _local(el.tag) == name), None)


def _text(element: Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


class _TextOnly(HTMLParser):
    """Text of an HTML fragment; block elements become line breaks, scripts vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of a feed's HTML fragment: one paragraph a line, spaces collapsed."""
    if "<" not in fragment and "&" not in fragment:
        return _clean_lines(fragment)
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    return _clean_lines("".join(parser.parts))


def _clean_lines(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _read_limited(path: Path, compressed: bool) -> bytes:
    data = read_limited(path, compressed, MAX_FEED_BYTES, FeedProblem, "feed file", "feed_too_large")
    if not data.strip():
        raise FeedProblem("empty file", "empty_file")
    return data
