"""CRF features for the NER tagger: the one definition shared by training and run time.

Why these features: in the ANERcorp-style test set most entities were never seen in training, so
word identity alone recalls ~30 % of them. What generalises to unseen names is
- word clusters learned on unlabelled in-domain news (k-means over word2vec vectors at three
  granularities): an unseen surname lands in the cluster of other surnames;
- the clitic-stripped stem and its affixes («والرياض» → «رياض»), shape and script;
- dictionary membership (countries, cities, first names, titles before names, organisation heads,
  demonyms) matched over token windows, so «الولايات المتحدة» marks both tokens.
Features are plain strings (crfsuite treats each as a binary attribute).
Token-level features are cached per normalised form; the window is assembled per sentence.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path

from core.text.clitics import proclitic_variants, strip_proclitics

CLUSTERS_FILE = "ner_clusters.tsv"
LEXICON_FILE = "ner_lexicon.json"
WINDOW = 2
_CACHE_LIMIT = 60_000


@dataclass
class FeatureResources:
    """Word→cluster ids (one id per granularity) and named word lists (lists of token tuples)."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # list name -> first token -> entries (token tuples, longest first)
    lists: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path | Traversable) -> "FeatureResources":
        clusters: dict[str, tuple[str, ...]] = {}
        with (folder / CLUSTERS_FILE).open(encoding="utf-8") as handle:
            for line in handle:
                word, *ids = line.rstrip("\n").split("\t")
                # a few thousand distinct ids over 60,000 words: one string each (≈ 10 MB less)
                clusters[word] = tuple(map(sys.intern, ids))
        raw = json.loads((folder / LEXICON_FILE).read_text(encoding="utf-8"))
        return cls(clusters, index_lists(raw["lists"]))


def index_lists(lists: dict[str, list[str]]) -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """Index space-joined normalised entries by first token, longest entry first."""
    out: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for name, entries in lists.items():
        index: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            parts = tuple(entry.split())
            if parts:
                index.setdefault(parts[0], []).append(parts)
        for group in index.values():
            group.sort(key=len, reverse=True)
        out[name] = index
    return out


_LATIN = re.compile("[a-z]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]*")


def _shape(norm: str) -> str:
    if norm.isalpha():  # most tokens: letters only, so no digit and not punctuation (one C call)
        if _LATIN.search(norm):
            return "latin"
        return "ar" if _ARABIC_LETTERS.fullmatch(norm) else "other"
    if norm.isdigit():
        return "num"
    if any(ch.isdigit() for ch in norm):
        return "hasnum"
    if not any(ch.isalnum() for ch in norm):
        return "punct"
    if any("a" <= ch <= "z" for ch in norm):
        return "latin"
    if all("\u0621" <= ch <= "\u064a" for ch in norm):
        return "ar"
    return "other"


class Featurizer:
    """Turns a sentence of normalised tokens into crfsuite feature lists."""

    def __init__(self, resources: FeatureResources) -> None:
        self.res = resources
        self._token_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # norm -> ((list name, entries that may start at a token of this form), ...); most forms
        # start nothing, so list_marks skips them with one dict lookup
        self._list_starts: dict[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]] = {}
        # first token of any list's entry -> {list name: entries}: a form none starts costs one
        # lookup per proclitic reading instead of one per list and reading
        self._first_tokens: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for name, index in resources.lists.items():
            for form, entries in index.items():
                self._first_tokens.setdefault(form, {})[name] = entries

    def cluster_ids(self, norm: str) -> tuple[str, ...]:
        """Cluster ids of the word, or of its first clitic-stripped variant that has some."""
        for form in proclitic_variants(norm):
            ids = self.res.clusters.get(form)
            if ids:
                return ids
        return ()

    def _token(self, norm: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(features of the token itself, features it lends to its neighbours)."""
        cached = self._token_cache.get(norm)
        if cached is not None:
            return cached
        stem = strip_proclitics(norm)
        shape = _shape(norm)
        clitic = norm[: len(norm) - len(stem)] if norm.endswith(stem) else "?"
        own = [
            "bias",
            "w=" + norm,
            "st=" + stem,
            "sh=" + shape,
            "cl=" + clitic,
            "len=" + str(min(len(stem), 8)),
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "s1=" + norm[-1:],
            "s2=" + norm[-2:],
            "s3=" + norm[-3:],
            "ss2=" + stem[-2:],
            "ss3=" + stem[-3:],
        ]
        if norm.startswith("ال") or any(v.startswith("ال") for v in proclitic_variants(norm)[1:]):
            own.append("al")
        ids = self.cluster_ids(norm)
        if ids:
            own.extend(f"c{i}={c}" for i, c in enumerate(ids))
        else:
            own.append("c=none")
        ctx = ["w=" + norm, "st=" + stem, "sh=" + shape]
        ctx.extend(f"c{i}={c}" for i, c in enumerate(ids))
        result = (tuple(own), tuple(ctx))
        if len(self._token_cache) < _CACHE_LIMIT:
            self._token_cache[norm] = result
        return result

    def list_marks(self, norms: Sequence[str]) -> list[list[str]]:
        """Per token, 'NAME:B'/'NAME:I' for every word list entry matched over the tokens.

        The first token may carry proclitics («بالولايات المتحدة»); later tokens must match exactly.
        """
        marks: list[list[str]] = [[] for _ in norms]
        for j, mark in self.list_mark_pairs(norms):
            marks[j].append(mark)
        return marks

    def list_mark_pairs(self, norms: Sequence[str]) -> list[tuple[int, str]]:
        """`list_marks` as (token index, mark) pairs, in the order each token's marks are listed
        there: the network's input sets these alone, without a list per token."""
        pairs: list[tuple[int, str]] = []
        n = len(norms)
        known = self._list_starts.get
        # most forms start no entry: one lookup each in a comprehension (a form not seen yet counts
        # as a start and is worked out below, in token order, as before)
        maybe = [i for i, norm in enumerate(norms) if known(norm, True)]
        if not maybe:
            return pairs
        resume: dict[str, int] = {}  # per list, matches do not overlap: skip inside the last one
        for i in maybe:
            norm = norms[i]
            starts = known(norm)
            if starts is None:
                starts = self._starts_of(norm)
            for name, entries in starts:
                if i < resume.get(name, 0):
                    continue
                matched = 0
                for entry in entries:
                    k = len(entry)
                    # the second word first: it settles most entries without building a slice
                    if k > matched and i + k <= n and (
                            k == 1 or (norms[i + 1] == entry[1] and tuple(norms[i + 2 : i + k]) == entry[2:])):
                        matched = k
                if matched:
                    pairs.append((i, name + ":B"))
                    pairs.extend((j, name + ":I") for j in range(i + 1, i + matched))
                    resume[name] = i + matched
        return pairs

    def _starts_of(self, norm: str) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
        """The word-list entries that may begin at a token of this form (any proclitic reading)."""
        hits = [by_list for form in proclitic_variants(norm) if (by_list := self._first_tokens.get(form))]
        found: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
        if hits:
            found = tuple(
                (name, entries)
                for name in self.res.lists
                if (entries := tuple(e for by_list in hits for e in by_list.get(name, ())))
            )
        if len(self._list_starts) >= _CACHE_LIMIT:
            self._list_starts.clear()
        self._list_starts[norm] = found
        return found

    def sentence(self, norms: Sequence[str]) -> list[list[str]]:
        """Feature lists for every token of one sentence (normalised forms)."""
        n = len(norms)
        toks = [self._token(norm) for norm in norms]
        marks = self.list_marks(norms)
        out: list[list[str]] = []
        for i in range(n):
            feats = list(toks[i][0])
            feats.extend("L0" + m for m in marks[i])
            for d in range(-WINDOW, WINDOW + 1):
                if d == 0:
                    continue
                j = i + d
                tag = f"{d:+d}"
                if 0 <= j < n:
                    feats.extend(tag + f for f in toks[j][1])
                    if abs(d) == 1:
                        feats.extend("L" + tag + m for m in marks[j])
                else:
                    feats.append(tag + "pad")
            prev = norms[i - 1] if i > 0 else "<s>"
            nxt = norms[i + 1] if i + 1 < n else "</s>"
            feats.append("b-=" + prev + "|" + norms[i])
            feats.append("b+=" + norms[i] + "|" + nxt)
            out.append(feats)
        return out
