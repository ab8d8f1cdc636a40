"""Session 39 (lev24): the same dead told again in another sentence, once with the party named
(«خمسة جنود أتراك») and once in the party's own words («خمسة من جنودنا», «خمسة من عسكريينا»), are one
toll; two named parties with the same figure still add up.

Sentences written for the tests in the style of the news; the codability model is off.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2016, 5, 4)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _fatalities(text: str) -> list[int | None]:
    return [i.fatalities for i in analyze(text, DAY).incidents]


def test_the_armys_own_words_retell_its_dead():
    text = ("أعلن الجيش التركي مقتل خمسة جنود أتراك أمس في هجوم شنه مسلحون من حزب العمال الكردستاني على دورية في ولاية هكاري. "
            "وقال الجيش في بيانه «استشهد خمسة من عسكريينا البواسل في هجوم غادر».")
    assert _fatalities(text) == [5]


def test_two_named_parties_with_one_figure_add_up():
    text = ("قتل أربعة جنود أتراك وأربعة من مسلحي حزب العمال الكردستاني أمس في اشتباكات في ولاية هكاري.")
    assert _fatalities(text) == [8]
