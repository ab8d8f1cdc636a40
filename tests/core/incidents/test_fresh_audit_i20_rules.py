"""Rules added after the audit i20 of fresh (never-coded) war news (seeds 2091–2093): incidents a
coder would write down that the pipeline missed or got wrong, and ones it invented.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 4)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _actors(text: str) -> list[str]:
    return [a.name_en for i in analyze(text, DAY).incidents for a in (i.actor1, i.actor2) if a is not None]


def test_a_force_naming_a_landmark_is_no_side() -> None:
    """«جوار معسكر قوات الأمن الخاصة»: a camp near which the event happened, named after its force;
    the force is no side of the event (the patrol hit was the rebels')."""
    text = ("قتل أربعة مسلحين، وأصيب ستة آخرون في عملية نفذها رجال المقاومة الشعبية، استهدفت دورية "
            "عسكرية في شارع جمال جوار معسكر قوات الأمن الخاصة بمدينة تعز.")
    names = _actors(text)
    assert "Popular Resistance" in names
    assert not any("Police" in n for n in names)
    text = ("استهدفت المقاومة الشعبية أمس طقما عسكريا في مديرية المنصورة بالقرب من مقر "
            "قوات الأمن المركزي بمدينة عدن.")
    names = _actors(text)
    assert not any("Police" in n for n in names)


def test_a_camp_of_a_force_hit_keeps_its_force() -> None:
    """Without a word of nearness the camp is the target and its force the side hit."""
    text = "قصف الحوثيون أمس معسكر قوات الأمن الخاصة في مدينة تعز بقذائف الهاون."
    assert any("Police" in n for n in _actors(text))


def test_a_backreference_after_a_period_total_goes_on_telling_it() -> None:
    """After a sentence telling the fights of weeks as a total («منذ شهرين»), «خلال المواجهات» with
    no place of its own is still that total: its dead are not the day's fight's."""
    text = ("اندلعت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في منطقة الضباب بمدينة تعز قتل "
            "فيها ستة حوثيين. وقالت المقاومة في بيان إن نحو 200 حوثي قتلوا في المعارك المستمرة منذ "
            "شهرين. وأضاف البيان أن 300 حوثي جرحوا خلال المواجهات، كما قتل 20 من رجال المقاومة.")
    found = [(i.sub_event_type, i.fatalities) for i in analyze(text, DAY).incidents]
    assert found == [("Armed clash", 6)]


def test_a_backreference_after_a_fight_of_the_day_joins_it() -> None:
    """Right after the day's fight, «خلال المواجهات» is that fight."""
    text = ("اندلعت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في منطقة الضباب بمدينة تعز قتل "
            "فيها ستة حوثيين. وأضاف البيان أن عشرة حوثيين جرحوا خلال المواجهات، كما قتل اثنان من رجال المقاومة.")
    found = [(i.sub_event_type, i.fatalities) for i in analyze(text, DAY).incidents]
    assert found == [("Armed clash", 8)]
