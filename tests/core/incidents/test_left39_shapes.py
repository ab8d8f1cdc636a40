"""Shapes left alone in version 38 (session 39, left39): duals of victim nouns as a count of two; a wounded
figure in a grave state told after the whole; a death of wounds told on its own after its attack.
Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.entities import numbers
from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _values(text: str) -> list[int]:
    return [s.attrs["value"] for s in numbers.find(analyze(text, until="tokenise").doc)]


def _one(text: str):
    incidents = analyze(text, MONDAY).incidents
    assert len(incidents) == 1, [i.summary_en for i in incidents]
    return incidents[0]


# -- a dual of a victim noun is two (numbers.json duals) -------------------------------------------

def test_two_pilots_killed_when_their_jet_is_downed() -> None:
    inc = _one("قتل طياران سوريان عندما أسقط مسلحون من المعارضة طائرة حربية بصاروخ قرب مدينة حماة.")
    assert inc.fatalities == 2


def test_two_activists_killed() -> None:
    inc = _one("قتل ناشطان برصاص قوات الأمن خلال مواجهات في مدينة القطيف يوم الجمعة.")
    assert inc.fatalities == 2


def test_two_engineers_killed_and_two_drivers_wounded() -> None:
    inc = _one("قتل مهندسان تركيان وأصيب سائقان في هجوم مسلح على حافلة في مدينة كركوك.")
    assert inc.fatalities == 2
    assert inc.injured == 2


def test_two_others_wounded_after_one_killed() -> None:
    inc = _one("قتل شخص واحد وجرح آخران عندما هاجم مسلح مركزا للشرطة في مدينة بنغازي.")
    assert inc.fatalities == 1
    assert inc.injured == 2


def test_two_others_after_a_count_are_that_count() -> None:
    # «آخران» right after a number or a dual is its adjective: one pair, not two
    inc = _one("قتل ثلاثة جنود وأصيب اثنان آخران في هجوم مسلح على دورية في مدينة العريش.")
    assert inc.fatalities == 3
    assert inc.injured == 2
    text = "وقتل جنديان آخران في انفجار عبوة ناسفة."
    assert _values(text) == [2]


def test_genitive_dual_of_a_sound_plural_noun_is_not_two() -> None:
    # «مهندسين» is also the plural (engineers): no count
    assert _values("اختطف مسلحون مهندسين أجانب في المدينة.") == []


# -- a wounded figure in a grave state told after the whole is part of it (counts._grave_state_after) --

def test_critical_part_told_after_the_whole_is_not_the_figure() -> None:
    inc = _one("أعلنت الشرطة مقتل 5 أشخاص وإصابة 30 في انفجار عبوة ناسفة في سوق بمدينة كويتا، مشيرة إلى أن "
               "عشرين جريحا في حالة حرجة.")
    assert (inc.fatalities, inc.injured) == (5, 30)


def test_grave_part_in_a_later_sentence_keeps_the_whole() -> None:
    inc = _one("انفجرت سيارة مفخخة في سوق شعبي بمدينة الحلة يوم الخميس، ما أدى إلى مقتل 4 أشخاص وإصابة 30 "
               "آخرين. وقال مصدر طبي إن 12 جريحا حالتهم خطرة.")
    assert (inc.fatalities, inc.injured) == (4, 30)


def test_wounded_in_a_grave_state_alone_are_the_figure() -> None:
    inc = _one("قتل 3 أشخاص وأصيب 8 آخرون في حالة حرجة في انفجار عبوة ناسفة في سوق بمدينة كويتا.")
    assert (inc.fatalities, inc.injured) == (3, 8)


# -- a death of wounds told on its own after the attack is the attack's (reports._deaths_of_wounds) --

def test_third_soldier_dying_of_wounds_on_a_later_day_sets_the_toll() -> None:
    inc = _one("قتل جنديان أمريكيان عندما فتح مسلح النار على مركز للتجنيد في مدينة تشاتانوغا يوم الخميس. "
               "وتوفي جندي ثالث متأثرا بجروحه يوم السبت.")
    assert inc.fatalities == 3
    assert inc.date == "2015-07-30"


def test_one_of_the_wounded_dying_the_next_day_adds_one() -> None:
    inc = _one("قتل جنديان تركيان وأصيب 4 آخرون في هجوم شنه مسلحون على مخفر في ولاية هكاري يوم الاثنين. "
               "وفي اليوم التالي توفي أحد الجرحى متأثرا بإصابته في المستشفى.")
    assert inc.fatalities == 3


def test_a_death_in_a_road_accident_after_an_attack_is_not_added() -> None:
    inc = _one("قتل شرطي وأصيب اثنان في هجوم مسلح على حاجز في مدينة العريش يوم الأحد. وفي شأن آخر، توفي "
               "شخص متأثرا بإصابته في حادث سير على طريق المطار.")
    assert inc.fatalities == 1


def test_the_same_dead_told_again_as_dying_of_wounds_are_not_added() -> None:
    # review39: the toll retold with its cause in the next sentence is the same dead, not more
    inc = _one("قتل أربعة مسلحين في اشتباك مع قوات الشرطة قرب بلدة جزرة يوم الأحد. "
               "وقال محافظ المنطقة إن أربعة مسلحين توفوا في المستشفى متأثرين بجروحهم بعد إصابتهم بالرصاص.")
    assert inc.fatalities == 4

