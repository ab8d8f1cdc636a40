"""Rules added after the twenty-second fresh-article audit (aud22a: a coder's reading of never-coded
Yemen-war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)
BATTLE = "Battles"

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_president_hadi_forces_by_full_name_are_the_army() -> None:
    """«قوات الرئيس (اليمني) عبد ربه منصور هادي»: the president's forces named with his full name are
    the government's army, as «قوات الرئيس هادي» already was — so «أكد مصدر سيطرة قوات الرئيس …
    على …» names its taker and is territory regained. (Bare «قوات هادي» stays unread: AFP calls
    the resistance so, «قوات هادي التي يطلق عليها المقاومة الشعبية».)"""
    for text in ("وأكد مصدر محلي سيطرة قوات الرئيس اليمني عبد ربه منصور هادي على مديرية بيحان في محافظة شبوة.",
                 "وأكدت مصادر قبلية سيطرة قوات الرئيس عبدربه منصور هادي على معسكر اللواء 19 في مديرية بيحان."):
        [taken] = analyze(text, DAY).incidents
        assert taken.sub_event_type == "Government regains territory"
        assert taken.location is not None and taken.location.admin1_en == "Shabwah"
        assert taken.actor1 is not None and taken.actor1.name_en.startswith("Military Forces of Yemen")
