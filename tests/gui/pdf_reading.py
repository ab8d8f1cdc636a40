"""Reading a written PDF back with pdfminer, for the PDF report's tests: its characters and its
text lines, at any depth of pdfminer's layout tree."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdfminer.layout import LTChar, LTTextLine


def chars(obj: Any) -> Iterator[LTChar]:
    """Every character under a pdfminer layout object (a page, a box, a line)."""
    if isinstance(obj, LTChar):
        yield obj
    elif hasattr(obj, "__iter__"):
        for child in obj:
            yield from chars(child)


def lines(obj: Any) -> Iterator[LTTextLine]:
    """Every text line under a pdfminer layout object."""
    if isinstance(obj, LTTextLine):
        yield obj
    elif hasattr(obj, "__iter__"):
        for child in obj:
            yield from lines(child)
