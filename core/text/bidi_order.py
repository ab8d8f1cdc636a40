"""Arabic text as PDFs store it → text as Marsad reads it (presentation forms, visual order).

PDF writers keep glyphs, not characters. Older tools, and many current ones, give back Arabic
either as *presentation forms* (one code point per shaped glyph: initial, medial, final,
isolated — U+FB50–U+FDFF, U+FE70–U+FEFF) or in *visual order* (left to right as drawn, so each
Arabic word comes out reversed). Neither can be searched, tokenised or matched against the
gazetteer, so both are undone here, on the text alone and without any display library:

- `fold_presentation_forms` maps only those two blocks to base letters (NFKC), so the rest of
  the text, including ordinary digits and punctuation NFKC would also touch, stays as written.
- `visual_to_logical` turns one right-to-left line from drawing order into reading order: the
  whole line is reversed, except left-to-right runs (Latin words, numbers) which keep their
  inner order, and brackets drawn mirrored are mirrored back.
- `reversal_score` tells which of two readings is logical, from letters that only occur at one
  end of an Arabic word: presentation forms say it outright (an initial form starts a word), and
  for base letters «ة»/«ى» end words while the article «ال» starts them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_FORM_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
           "«": "»", "»": "«", "‹": "›", "›": "‹"}  # fmt: skip
_WORD_FINAL = frozenset("ةى")
_ARTICLE = "ال"


def is_presentation_form(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _FORM_RANGES)


def fold_presentation_forms(text: str) -> str:
    """Presentation forms → base letters (NFKC on those code points only).

    The isolated harakat forms (U+FE70…) decompose to a space plus the mark; the space would
    split the word the mark sits on, so it is dropped. The byte-order mark U+FEFF, inside the
    range, is left alone (NFKC keeps it too).
    """
    if not any(is_presentation_form(ch) for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        if is_presentation_form(ch):
            folded = unicodedata.normalize("NFKC", ch)
            if len(folded) > 1 and folded[0] == " " and unicodedata.combining(folded[1]):
                folded = folded[1:]
            out.append(folded)
        else:
            out.append(ch)
    return "".join(out)


def direction(unit: str) -> str:
    """'R' (Arabic/Hebrew letters), 'L' (Latin etc.), 'N' (digits), 'M' (marks) or '' (neutral)."""
    for ch in unit:
        cls = unicodedata.bidirectional(ch)
        if cls in ("R", "AL"):
            return "R"
        if cls == "L":
            return "L"
        if cls in ("EN", "AN"):
            return "N"
        if cls == "NSM":
            continue
    return "M" if unit and all(unicodedata.bidirectional(ch) == "NSM" for ch in unit) else ""


def is_rtl_line(units: Sequence[str]) -> bool:
    """A line is right-to-left when Arabic letters outnumber left-to-right ones."""
    rtl = ltr = 0
    for unit in units:
        d = direction(unit)
        rtl += d == "R"
        ltr += d == "L"
    return rtl > 0 and rtl >= ltr


def visual_to_logical(units: Sequence[str]) -> list[str]:
    """Reading order of one right-to-left line given as glyph units in drawing order.

    A unit is what one glyph stands for (a letter, a ligature such as «لا», a digit, a space);
    ligatures keep their inner order. Left-to-right runs are found on the drawn line: a run
    starts at a Latin letter or digit and goes on over letters, digits and the neutrals between
    them (a space joins only when a Latin letter is on its side: «COVID 19», «Su-24»; «12 مايو»
    and «3.5» stay number runs). Neutrals drawn outside those runs belong to the Arabic text, so
    mirrored brackets among them are flipped back.
    """
    dirs = [direction(u) for u in units]
    runs = _ltr_runs(dirs, units)
    out: list[str] = []
    i = len(units) - 1
    run_ends = {end - 1: start for start, end in runs}
    while i >= 0:
        if i in run_ends:
            start = run_ends[i]
            out.extend(units[start : i + 1])
            i = start - 1
            continue
        unit = units[i]
        out.append(_MIRROR.get(unit, unit))
        i -= 1
    return out


def _ltr_runs(dirs: list[str], units: Sequence[str]) -> list[tuple[int, int]]:
    """[start, end) of each left-to-right run in drawing order."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(dirs)
    while i < n:
        if dirs[i] not in ("L", "N"):
            i += 1
            continue
        start = i
        has_latin = dirs[i] == "L"
        end = i + 1
        j = i + 1
        while j < n:
            if dirs[j] in ("L", "N", "M"):
                has_latin = has_latin or dirs[j] == "L"
                end = j = j + 1
                continue
            if dirs[j] == "R":
                break
            k = j  # a stretch of neutrals: joined only if what follows keeps the run going
            while k < n and dirs[k] == "":
                k += 1
            if k >= n or dirs[k] not in ("L", "N"):
                break
            gap = "".join(units[j:k])
            spaced = any(ch.isspace() for ch in gap)
            if spaced and not (has_latin or dirs[k] == "L"):
                break
            if not spaced and k - j > 1 and not has_latin and dirs[k] == "N":
                break  # «3..5» is not one number
            j = k
        runs.append((start, end))
        i = end
    return runs


def reversal_score(text: str) -> int:
    """Positive when `text` reads in logical order, negative when its Arabic words are reversed.

    Counts evidence from word edges: shaped forms (initial at the start, final at the end) and
    letters bound to one edge (ة ى at the end, the article ال at the start). Zero means no clue.
    """
    score = 0
    for word in text.split():
        letters = [ch for ch in word if direction(ch) == "R"]
        if len(letters) < 2:
            continue
        first, last = letters[0], letters[-1]
        score += _edge_form(first, "initial") - _edge_form(first, "final")
        score += _edge_form(last, "final") - _edge_form(last, "initial")
        base = fold_presentation_forms("".join(letters))
        if len(base) < 3:
            continue
        score += (base[-1] in _WORD_FINAL) - (base[0] in _WORD_FINAL)
        score += base.startswith(_ARTICLE) - base.endswith(_ARTICLE[::-1])
    return score


def _edge_form(ch: str, form: str) -> int:
    return int(is_presentation_form(ch) and unicodedata.decomposition(ch).startswith(f"<{form}>"))


def looks_visual(text: str) -> bool:
    """True when the Arabic in `text` is more likely stored reversed than in reading order."""
    return reversal_score(text) < 0
