"""Gazetteer records are built on first use; they must behave like the list they replace."""

import pytest

from core.entities.gazetteer import Gazetteer, _Places, _record
from core.entities.matcher import PhraseMatcher

ROW = ["YE-1", "city", "تعز", "تعزّ|تعز المدينة", "Taizz", "تعز", "Taizz", "", "", "YE", "887", "13.57", "44.02",
       "0", "615467", "A", "تعز"]  # fmt: skip
ROW2 = ["YE-2", "village", "الزاهر", "", "Al Zahir", "البيضاء", "Al Bayda", "الزاهر", "Az Zahir", "YE", "", "", "",
        "1", "", "C", "الزاهر"]  # fmt: skip


def test_records_are_built_once_and_read_like_a_list():
    places = _Places(["\t".join(ROW), "\t".join(ROW2)])
    assert len(places) == 2
    first = places[0]
    assert first is places[0] is places[-2]
    assert (first.index, first.name_en, first.iso, first.lat, first.population, first.variants_ar) == (
        0, "Taizz", 887, 13.57, 615467, ("تعزّ", "تعز المدينة"))
    second = places[1]
    assert (second.index, second.iso, second.lat, second.approx, second.population) == (1, None, None, True, 0)
    assert places[0:2] == [first, second] == list(places)
    with pytest.raises(IndexError):
        places[2]
    assert _record(0, ROW) == first


def test_packaged_gazetteer_positions_are_indexes():
    gaz = Gazetteer.load()
    for i in (0, 1, len(gaz.places) // 2, len(gaz.places) - 1):
        assert gaz.places[i].index == i
    hits = gaz.lookup("تعز")
    assert hits and all(gaz.places[p.index] is p for p in hits)


def test_add_keys_builds_the_same_trie_as_add_key():
    entries = [(("مديرية", "الزاهر"), 1), (("الزاهر",), 2), (("مديرية", "الزاهر"), 3), ((), 4), (("تعز",), 5)]
    one, bulk = PhraseMatcher(), PhraseMatcher()
    for key, payload in entries:
        one.add_key(key, payload)
    bulk.add_keys(entries)
    assert bulk._trie == one._trie and bulk.max_len == one.max_len == 2


def test_threads_asking_for_the_gazetteer_at_once_share_one_reading(monkeypatch):
    """The GUI thread (English names of places) and an analysis thread may both ask first: the
    second waits for the first's reading instead of reading a copy of its own."""
    import functools
    import threading
    import time

    readings = []

    @functools.cache
    def slow_read():
        readings.append(1)
        time.sleep(0.2)
        return object()

    monkeypatch.setattr(Gazetteer, "_read", staticmethod(slow_read))
    start = threading.Barrier(4)
    got = []

    def ask():
        start.wait()
        got.append(Gazetteer.load())

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(readings) == 1
    assert len(got) == 4 and all(g is got[0] for g in got)
