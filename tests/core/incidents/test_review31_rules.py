"""Review of session 31's merged rules: a seize word of `arms_seizure_verbs` is no seizure in its
definite or participle use («البيان الصادر عن …», «بيان صادر عن …»: issued), and containers
(«عبوات») are seized arms only when described as explosive or booby-trapped («ضبط … عبوات مياه» is
no Disrupted weapons use); a place after a condemnation verb is the condemners' only with no
trigger between («أدان أهالي محافظة القطيف …»), not the condemned attack's target («نددت بقصف … مدينة تعز»).

Sentences written for the tests in the style of the news; the codability model switched off, so
each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

FRIDAY = date(2015, 7, 31)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.location.admin1_en if i.location else "") for i in analyze(text, FRIDAY).incidents)


@pytest.mark.parametrize("text, expected", [
    # «الصادر/صادر عن»: a statement issued by, not a verb of seizing; «العسكرية» after it is no arms
    ("وأكد البيان الصادر عن وزارة الدفاع أن العمليات العسكرية مستمرة في محافظة مأرب.", []),
    ("وقال بيان صادر عن قيادة المنطقة العسكرية الثالثة في محافظة مأرب إن الوضع مستقر.", []),
    # containers that are not bombs: water bottles found by inspectors
    ("وضبطت فرق الرقابة في مدينة عدن أمس عبوات مياه مخالفة للمواصفات.", []),
    # still seizures: explosive devices, a confiscation, devices described as booby-trapped a word on
    ("وضبطت قوات الأمن في مدينة عدن أمس عبوات ناسفة معدة للتفجير.", [("Disrupted weapons use", "Aden")]),
    ("وصادرت قوات الأمن في مدينة عدن أمس أسلحة وذخائر.", [("Disrupted weapons use", "Aden")]),
    ("وضبطت المقاومة في مدينة عدن أمس عشرات العبوات والسيارات المفخخة.", [("Disrupted weapons use", "Aden")]),
])
def test_issued_statements_and_water_bottles_are_no_arms_seizure(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


def test_a_condemned_attacks_target_is_its_place_not_the_condemners() -> None:
    # the place right after the condemned shelling is its target: Taiz is coded, not only the town named after
    text = ("ونددت الحكومة بقصف الحوثيين مدينة تعز أمس، الذي قتل فيه خمسة مدنيين، داعية الأمم المتحدة "
            "في صنعاء إلى التحرك.")
    assert ("Shelling/artillery/missile attack", "Taizz") in _kinds(text)
    # still: the condemners' own town (no trigger between the verb and it) is not the attack's
    assert _kinds("وأدان أهالي محافظة القطيف التفجير الذي استهدف مسجدا في مدينة أبها أمس وأسفر عن مقتل 15 شخصا.") \
        == [("Remote explosive/landmine/IED", "Asir")]


def test_one_dead_on_two_days_are_two_events_not_one_toll_told_twice() -> None:
    # a soldier killed on Monday in a region and another on Thursday in a town: the same count of
    # one is no sign of one toll told twice, the region's event stays
    text = ("وقتل جندي تركي يوم الاثنين في هجوم لمسلحي حزب العمال الكردستاني في جنوب شرق تركيا. "
            "وفي حادث آخر يوم الخميس قتل جندي في هجوم لمسلحي الحزب في مدينة ديار بكر.")
    assert len(analyze(text, FRIDAY).incidents) == 2
