"""build_scripts/build_corpus_places.py: which sentences place a local name in a governorate."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("build_corpus_places", ROOT / "build_scripts" / "build_corpus_places.py")
assert _spec is not None and _spec.loader is not None
B = importlib.util.module_from_spec(_spec)
sys.modules["build_corpus_places"] = B
_spec.loader.exec_module(B)

ANCHORS = {"مارب": ("Marib", "مأرب"), "تعز": ("Taizz", "تعز")}


def _words(text: str) -> list[str]:
    from core.entities.matcher import normalized

    return [normalized(w) if w[0].isalpha() else w for w in B.TOKEN.findall(text)]


def test_a_name_after_a_head_placed_by_compass_or_preposition():
    words = _words("في منطقة الجفينة جنوب غرب مأرب")
    assert B._placed(words, 2, ANCHORS) == ("الجفينه", ("Marib", "مأرب"))
    words = _words("قصف حي كلابة بمدينة تعز")
    assert B._placed(words, 2, ANCHORS) == ("كلابه", ("Taizz", "تعز"))


def test_no_governorate_after_it_places_nothing():
    assert B._placed(_words("في منطقة الجفينة أمس"), 2, ANCHORS) is None
    assert B._placed(_words("في منطقة الشمالية بمدينة تعز"), 2, ANCHORS) is None  # a generic word


def test_the_table_keeps_names_one_governorate_holds(tmp_path, monkeypatch):
    lines = ["في منطقة الجفينة جنوب مأرب."] * 3 + ["في منطقة الجفينة بمحافظة مأرب."] + ["في مكتب العمل بمحافظة تعز."] * 4
    news = tmp_path / "news.jsonl.gz"
    with gzip.open(news, "wt", encoding="utf-8") as fh:
        for k, text in enumerate(lines):
            fh.write(json.dumps({"content": text, "url": f"u{k}"}, ensure_ascii=False) + "\n")
    monkeypatch.setattr(B, "yemen_places", lambda gaz: (ANCHORS, set()))
    out = tmp_path / "corpus_places.json"
    monkeypatch.setattr(sys, "argv", ["build_corpus_places.py", "--news", str(news), "--out", str(out)])
    B.main()
    places = json.loads(out.read_text(encoding="utf-8"))["places"]
    assert places == {"الجفينه": {"admin1_en": "Marib", "admin1_ar": "مأرب", "count": 4, "share": 1.0,
                                  "articles": 4, "in_gazetteer": False}}  # «العمل» never follows a place-type word
