"""Session 41 review of the session's merged rules: two narrowings of over-reaches seen on ~430
corpus articles holding the new cue words.

- «منذ ذلك الحين/الوقت/التاريخ» makes its clause background (lev29), but not a deed before it told
  with a moment of its own («عندما/حين/لما …»): «وقتل جنديان عندما وصلت التعزيزات وفقد عشرة آخرون منذ
  ذلك الحين» — the two were killed then; only the missing since are a tally.
- A deed told after «عقب/بعد/إثر» with a date of its own after it (lev30) is what came before the
  sentence's news: its day is not carried to the next sentence's undated events of its kind.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import told

SATURDAY = date(2015, 8, 1)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_soldiers_killed_when_reinforcements_came_are_no_tally() -> None:
    text = ("هاجم مسلحون يوم الخميس حاجزا للجيش على مشارف مدينة سرت فقتلوا ثلاثة جنود. وقتل جنديان آخران "
            "عندما وصلت التعزيزات وفقد عشرة آخرون منذ ذلك الحين.")
    assert sum(i.fatalities or 0 for i in told(text, SATURDAY)) == 5


def test_killed_since_then_stays_a_tally() -> None:
    text = ("هاجم مسلحون يوم الخميس حاجزا للجيش على مشارف مدينة سرت فقتلوا ثلاثة جنود. وقتل 12 جنديا آخرين "
            "في هجمات متفرقة منذ ذلك الحين.")
    assert sum(i.fatalities or 0 for i in told(text, SATURDAY)) == 3


def test_the_day_of_a_deed_told_after_bahd_is_not_carried_on() -> None:
    text = ("وبدأت الطائرات الحربية قصف مواقع المتمردين الأسبوع الماضي بعد تفجير انتحاري استهدف سوقا في مدينة "
            "الرقة في 20 يوليو. وتزامن القصف مع غارات على مواقع للمسلحين في ريف حلب.")
    assert "2015-07-20" not in [i.date for i in told(text, SATURDAY)
                                if i.sub_event_type == "Air/drone strike"]
