"""Fixtures for export tests: incident dicts in the store's shape, and selections built from them."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from core.export.scope import ArticleBundle, selection_from_bundles

# Arabic with a shadda+fatha (combining marks), an emoji, and a Latin e + combining acute.
TRICKY_AR = "قُتِلَ الشَّابّ 😀 في دمت — cafe\u0301"


def make_incident(**changes: Any) -> dict[str, Any]:
    inc: dict[str, Any] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "disorder_type": "Political violence",
        "actor1": {"text": "الحوثيين", "name_ar": "جماعة الحوثي", "name_en": "Houthi Movement",
                   "actor_type": "rebel", "inter": 2},
        "actor2": {"text": "المقاومة", "name_ar": "المقاومة الشعبية", "name_en": "Popular Resistance",
                   "actor_type": "political_militia", "inter": 3},
        "assoc_actor_1": [],
        "assoc_actor_2": [],
        "location": {"text": "دمت", "name_ar": "دمت", "name_en": "Damt", "kind": "city",
                     "admin1_ar": "الضالع", "admin1_en": "Al Dhale'e", "admin2_ar": "", "admin2_en": "Damt",
                     "country": "Yemen", "iso": 887, "lat": 14.08, "lon": 44.73, "geo_precision": 2},
        "date": "2015-08-05",
        "time_precision": 1,
        "fatalities": 12,
        "injured": 22,
        "captured": None,
        "equipment": [{"text": "آليتين", "name_en": "armed vehicle", "count": 2, "fate": "destroyed"}],
        "source": "المركز الإعلامي",
        "evidence": [{"start": 0, "end": 10}],
        "confidence": 0.8,
        "summary_ar": "مقتل 12 حوثيا وإصابة 22 قرب دمت",
        "summary_en": "12 Houthi fighters killed, 22 injured near Damt",
        "flags": [],
        "analyst_status": None,
        "override_id": None,
    }  # fmt: skip
    for key, value in changes.items():
        inc[key] = value
    return copy.deepcopy(inc)


def make_bundle(article_id: int, incidents: list[dict[str, Any]], **article: Any) -> ArticleBundle:
    art = {"id": article_id, "title": f"خبر {article_id}", "source": "عكاظ", "url": "",
           "published": "2015-08-05", **article}  # fmt: skip
    for seq, inc in enumerate(incidents):
        inc.setdefault("seq", seq)
    return ArticleBundle(art, incidents)


@pytest.fixture
def selection_of():
    """selection_of(bundles, include_rejected=False) -> Selection."""

    def build(bundles: list[ArticleBundle], include_rejected: bool = False):
        return selection_from_bundles(bundles, description="test", include_rejected=include_rejected)

    return build
