"""A foil verb with a ground attack after it («أحبطت القوات محاولة لتسلل …», «أحبط الجيش هجوما …»)
tells a fight: an Armed clash, not a Disrupted weapons use (ACLED keeps that for bombs, missiles and
arms); a foiled suicide or car bomb stays a Disrupted weapons use.

Sentences written for the tests, read with the codability model switched off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import told

pytestmark = pytest.mark.usefixtures("rules_alone")

SATURDAY = date(2015, 8, 1)


def test_foiled_infiltration_with_dead_is_an_armed_clash():
    text = ("وقال قائد الشرطة إن قوة من الشرطة أحبطت محاولة لتسلل عدد من عناصر داعش "
            "في منطقة البوعيثة جنوب بغداد وقتلت ستة منهم.")
    incs = told(text, SATURDAY)
    assert [i.sub_event_type for i in incs] == ["Armed clash"]
    assert incs[0].fatalities == 6


def test_foiled_attack_and_its_dead_are_one_clash():
    text = ("قال مصدر عسكري إن قوات الجيش أحبطت هجوما لمسلحي تنظيم داعش على قرية البوعيثة "
            "جنوب بغداد وقتلت خمسة منهم.")
    incs = told(text, SATURDAY)
    assert [i.sub_event_type for i in incs] == ["Armed clash"]


def test_foiled_suicide_car_bomb_stays_disrupted():
    text = ("وقالت وزارة الداخلية إن قوات الأمن أحبطت هجوما انتحاريا بسيارة مفخخة "
            "على حاجز للجيش في مدينة العريش.")
    subs = [i.sub_event_type for i in told(text, SATURDAY)]
    assert "Armed clash" not in subs
    assert "Suicide bomb" not in subs


def test_foiler_named_after_the_verb_is_not_counted_before_the_attack():
    # session 42: the foiler's own words after the verb («المقاومة الشعبية») pushed the attack past
    # the three-word window and left a Disrupted weapons use
    text = "وأحبطت المقاومة الشعبية أمس هجوما شنه مسلحون حوثيون على مدينة الضالع."
    assert [i.sub_event_type for i in told(text, SATURDAY)] == ["Armed clash"]
    text = "وأحبطت القوات الحكومية أمس محاولة تسلل لمسلحين إلى مدينة مأرب."
    assert [i.sub_event_type for i in told(text, SATURDAY)] == ["Armed clash"]
    # nor are the commas around the day
    text = "وأحبطت قوات الجيش، صباح أمس، هجوما للمتمردين على بلدة صرواح غرب مدينة مأرب."
    assert [i.sub_event_type for i in told(text, SATURDAY)] == ["Armed clash"]


def test_foiler_named_after_the_verb_of_a_foiled_bomb_stays_disrupted():
    text = "وأحبطت قوات الأمن أمس محاولة تفجير سيارة مفخخة في مدينة عدن."
    subs = [i.sub_event_type for i in told(text, SATURDAY)]
    assert "Armed clash" not in subs


def test_the_attackers_named_after_the_attack_are_no_subject():
    text = "وأحبطت القوات الحكومية هجوم الحوثيين على مدينة صرواح غرب محافظة مأرب."
    assert [i.sub_event_type for i in told(text, SATURDAY)] == ["Armed clash"]
