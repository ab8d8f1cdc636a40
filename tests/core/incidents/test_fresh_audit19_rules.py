"""Rules added after the nineteenth fresh-article audit (a coder's reading of never-coded war news).

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


def types(text: str) -> list[str]:
    return [i.event_type for i in analyze(text, DAY).incidents]


def test_getting_ready_to_storm_is_a_plan() -> None:
    """«يتأهب/تتأهب/يتهيأ … لاقتحام»: fighters getting ready to storm a base have not stormed it
    yet (as «يستعد»); the storming itself is an event."""
    assert types("يتأهب مقاتلو المقاومة لاقتحام معسكر لبوزة في محافظة لحج.") == []
    assert types("وتتهيأ قوات الجيش لاقتحام مدينة الحوطة بمحافظة لحج.") == []
    assert types("واقتحم مقاتلو المقاومة أمس معسكر لبوزة في محافظة لحج.") == [BATTLE]


def test_control_of_no_place_is_no_territory() -> None:
    """«سيطر … على» taking a meeting's course, a fire or the situation («مجريات», «الحريق»,
    «الوضع») is no place taken; «سيطر الحوثيون على مدينة …» still is."""
    assert types("سيطر ملف الأسرى على مجريات اللقاء الذي عقد أمس في مدينة عدن.") == []
    assert types("وسيطرت فرق الدفاع المدني أمس على الحريق الذي شب في سوق مدينة تعز.") == []
    assert types("سيطر الحوثيون أمس على مدينة الحزم بمحافظة الجوف.") == [BATTLE]


def test_fighting_for_months_is_background() -> None:
    """«يخوض معارك … منذ ثلاثة أشهر»: fighting counted over months is the war's course, no event
    of the day, strong trigger or not; «الأعنف منذ أشهر» still dates a fight of today."""
    assert types("وقال القائد إن قوات الجيش تخوض معارك عنيفة مع الحوثيين في محافظة تعز منذ ثلاثة أشهر.") == []
    assert types("وتشهد مدينة تعز مواجهات عنيفة منذ حوالي أربعة أشهر.") == []
    assert types("واندلعت أمس في مدينة تعز اشتباكات هي الأعنف منذ أشهر.") == [BATTLE]


def test_nominative_party_after_a_targeting_verb_is_its_doer() -> None:
    """«استهدف المسلحون الحوثيون … بقذائف»: the «ـون» of the party right after the verb makes it
    the subject — the shelling is by the Houthis, not on them; «ـين» is the object."""
    [by] = analyze("استهدف المسلحون الحوثيون أمس ميناء المخا بقذائف الهاون.", DAY).incidents
    assert by.actor1 is not None and by.actor1.actor_type == "rebel"
    [on] = analyze("واستهدفت الحوثيين أمس غارات جوية في منطقة الملاحيط بصعدة.", DAY).incidents
    assert on.actor1 is None or on.actor1.actor_type != "rebel"


def test_taking_told_with_the_taker_after_the_noun() -> None:
    """«أكد قائد في المقاومة … سيطرة المقاومة على مديرية …»: the bare noun with its taker named
    right after it, governed by an announcement verb, is territory taken; the same noun as a topic
    («وتأتي سيطرة المقاومة …») or a time («منذ سيطرة الحوثيين …») is not."""
    taken = analyze("أكد قائد ميداني في المقاومة لـ«الوطن» سيطرة المقاومة على مديرية خور مكسر أمس.", DAY).incidents
    assert [i.event_type for i in taken] == [BATTLE]
    assert taken[0].location is not None and taken[0].location.admin1_en == "Aden"
    assert types("وتأتي سيطرة المقاومة على مديرية خور مكسر في إطار التقدم المتواصل.") == []
    assert types("وغادر معظم السكان مدينة إب منذ سيطرة الحوثيين عليها.") == []


def test_where_forces_were_heading_is_not_where_they_were_struck() -> None:
    """«تعزيزات … متوجهة إلى …», «في طريقها إلى …»: the place after is where the reinforcements
    were going, also when it is the only place of its clause; the strike stays where it was told."""
    text = ("قصفت مقاتلات التحالف أمس تعزيزات للحوثيين في مديرية مكيراس بمحافظة البيضاء، "
            "وكانت التعزيزات متوجهة إلى مدينة لودر.")
    strikes = analyze(text, DAY).incidents
    assert strikes and all(i.location is not None and i.location.admin1_en == "Al Bayda" for i in strikes)
    text = ("استهدفت طائرات التحالف أمس رتلا حوثيا في منطقة تقع بين الضالع وإب، "
            "حيث كان الرتل في طريقه إلى عدن.")
    assert all(i.location is None or i.location.admin1_en != "Aden" for i in analyze(text, DAY).incidents)


def test_the_fire_answered_is_not_the_answer() -> None:
    """«ترد على مصدر تلك القذائف داخل محافظة صعدة»: the shells after «مصدر/مصادر» are the fire
    answered; the answer is the aircraft told before it — an air strike in Sa'dah, not shelling.
    Sources of news («قالت مصادر إن …») cancel nothing."""
    text = ("وسقطت قذائف حوثية أمس على قرى محافظة الحرث بمنطقة جازان. وحلقت طائرات التحالف من نوع أباتشي، "
            "وهي ترد بكثافة على مصدر تلك القذائف داخل محافظة صعدة اليمنية.")
    found = {(i.sub_event_type, i.location.admin1_en if i.location else None) for i in analyze(text, DAY).incidents}
    assert ("Air/drone strike", "Sadah") in found
    assert ("Shelling/artillery/missile attack", "Sadah") not in found
    assert types("وقالت مصادر قصفا مدفعيا استهدف أمس مديرية المسراخ بمحافظة تعز.") == ["Explosions/Remote violence"]
