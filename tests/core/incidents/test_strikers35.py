"""A strike's nationality adjective («الغارات التركية», «ضربة جوية أمريكية») names who struck: its
party leads the strike (actor1) whatever the words before it make of it, and a striker named only so
joins no two strikes into one (the same army's strikes on other targets, or a running total of them,
stay apart and keep their own tolls).

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("rules_alone")

SUNDAY = date(2016, 3, 6)


def _sides(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "",
             [a.name_en for a in i.assoc_actor_1], [a.name_en for a in i.assoc_actor_2])
            for i in analyze(text, SUNDAY).incidents]


@pytest.mark.parametrize("strike, striker", [
    ("في ضربة جوية أمريكية", "United States"),
    ("في غارة روسية", "Russia"),
    ("جراء القصف التركي", "Turkey"),
])
def test_the_striker_leads_after_a_victim_named_before_it(strike: str, striker: str) -> None:
    """The dead's party is named first («قيادي في تنظيم داعش»): before, both read as doers in the
    order told, and the victims' side took the striker in as its ally."""
    text = f"لقي قيادي ميداني في تنظيم داعش مصرعه مع ثلاثة من مرافقيه {strike} استهدفت سيارتهم قرب مدينة الباب في ريف حلب."
    sides = _sides(text)
    assert sides, text
    a1, a2, assoc1, assoc2 = sides[0]
    assert striker in a1
    assert "Islamic State" in a2
    assert not any(striker in a for a in assoc2)


def test_the_striker_leads_after_the_dead_of_the_group_it_hit() -> None:
    """«… قتلوا في الغارات التركية على معسكراتهم»: the dead's party before, the strikes Turkey's."""
    text = ("وقالت مصادر كردية إن عشرة مسلحين من حزب العمال الكردستاني قتلوا في الغارات التركية "
            "على معسكراتهم في جبال قنديل شمال العراق أمس.")
    sides = _sides(text)
    assert sides and "Turkey" in sides[0][0] and "PKK" in sides[0][1]


def test_strikes_on_other_targets_keep_their_own_tolls() -> None:
    """A campaign's dead («قتلوا في الغارات الجوية الروسية في سوريا») and one strike's dead told after
    it are two figures: the striker named only by the adjective does not join them into one (before,
    the Russian forces in common made them one strike of 209 dead)."""
    text = ("أعلن الجيش أن نحو 200 مسلح من تنظيم داعش قتلوا في الغارات الجوية الروسية في سوريا. "
            "وأفاد ناشطون أمس بمقتل تسعة مدنيين في قصف للطائرات الحربية الروسية على سوق شعبي في مدينة "
            "معرة النعمان بريف إدلب.")
    tolls = sorted(i.fatalities or 0 for i in analyze(text, SUNDAY).incidents)
    assert 9 in tolls and 209 not in tolls, tolls


def test_an_army_named_by_its_own_words_still_joins_its_reports() -> None:
    """The striker named by a span of its own («الطائرات الروسية», «القوات الروسية») is a party like
    any: the rule only sets the adjective alone aside when joining."""
    text = ("شنت الطائرات الحربية الروسية غارات على بلدة سراقب في ريف إدلب أمس. "
            "وقالت مصادر محلية إن الغارات الروسية أسفرت عن مقتل أربعة مدنيين في البلدة.")
    incs = analyze(text, SUNDAY).incidents
    assert len(incs) == 1 and incs[0].fatalities == 4, [(i.summary_en) for i in incs]


def test_a_strike_told_beside_the_deed_names_no_party_of_it() -> None:
    """«وقصفت قوات النظام بلدة … بعد ساعات من القصف الإسرائيلي على مواقعها»: the Israeli shelling
    is told as the time of the regime's; Israel is neither side of the regime's shelling."""
    text = ("وقصفت قوات النظام السوري بلدة داعل في ريف درعا بعد ساعات من القصف الإسرائيلي على مواقعها "
            "في القنيطرة، ما أدى إلى مقتل ثلاثة مدنيين.")
    for a1, a2, assoc1, assoc2 in _sides(text):
        assert "Syria" in a1
        assert not any("Israel" in name for name in [a2, *assoc1, *assoc2])


def test_a_strike_answered_names_no_party_of_the_answer() -> None:
    """«… ردا على الغارات الجوية التركية»: the bombing answers the strikes; Turkey's forces are no
    party read from the adjective (the strike itself is an event of its own, led by Turkey)."""
    text = ("وتبنى حزب العمال الكردستاني تفجير سيارة مفخخة قرب مركز للشرطة في مدينة ديار بكر "
            "ردا على الغارات الجوية التركية على معسكراته.")
    blasts = [i for i in analyze(text, SUNDAY).incidents if i.sub_event_type != "Air/drone strike"]
    assert blasts and all(i.actor1 and "PKK" in i.actor1.name_en for i in blasts)
