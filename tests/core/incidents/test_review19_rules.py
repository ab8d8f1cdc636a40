"""Fixes from the review of the nineteenth audits (entity, actor and incident layers).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.export.acled import incident_row
from core.incidents import INFERRED_SIDE
from core.pipeline import analyze

DAY = date(2015, 8, 6)
BATTLE = "Battles"
HOUTHIS = "Houthis (Ansar Allah)"


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def types(text: str) -> list[str]:
    return [i.event_type for i in analyze(text, DAY).incidents]


def names(incident) -> set[str]:
    return {a.name_en for a in (incident.actor1, incident.actor2, *incident.assoc_actor_1, *incident.assoc_actor_2) if a}


def test_fight_within_one_party_gets_no_opponent_from_the_article() -> None:
    """«اشتباكات بين فصيلين من المقاومة», «بين مسلحين حوثيين أنفسهم»: a fight inside one party
    is not against the other alliance the article names elsewhere (merge.other_side)."""
    text = ("اندلعت أمس اشتباكات بين فصيلين من المقاومة الشعبية في مديرية الشيخ عثمان بعدن أسفرت عن مقتل ثلاثة. "
            "وكانت المقاومة قد طردت الحوثيين من المدينة قبل أسبوعين.")
    [fight] = analyze(text, DAY).incidents
    assert HOUTHIS not in names(fight) and INFERRED_SIDE not in fight.flags
    text = ("قتل أربعة في مواجهات بين مسلحين من الحوثيين أنفسهم في مدينة ذمار أمس. "
            "وتخوض المقاومة معارك مع الحوثيين في محافظة البيضاء المجاورة.")
    fights = [i for i in analyze(text, DAY).incidents if i.location is not None and i.location.admin1_en == "Dhamar"]
    assert fights and all("Popular Resistance" not in names(i) for i in fights)


def test_fight_with_smugglers_gets_no_opponent_from_the_article() -> None:
    """«اشتباك مع مهربين»: the opponent is told and belongs to no alliance."""
    text = "قتل جندي سعودي أمس في اشتباك مع مهربين على الحدود في منطقة جازان. وتتهم الرياض الحوثيين بتهريب السلاح."
    [fight] = analyze(text, DAY).incidents
    assert names(fight) == {"Military Forces of Saudi Arabia (2015-)"}


def test_a_side_filled_from_the_article_is_flagged_and_exported() -> None:
    """A side the sentence does not name, taken from the article's parties, has no text of its
    own and the incident says so in its flags (the ACLED export's tags); a side read in the
    sentence is not flagged."""
    text = "قتل خمسة حوثيين في اشتباكات في مدينة تعز أمس. وتقاتل المقاومة الشعبية الحوثيين في المدينة منذ أشهر."
    [fight] = analyze(text, DAY).incidents
    assert fight.actor1 is not None and fight.actor1.name_en == "Popular Resistance" and fight.actor1.text == ""
    assert INFERRED_SIDE in fight.flags
    row = incident_row(fight.to_dict(), {"id": 1, "title": "", "published": "2015-08-06"}, 1, timestamp=0)
    assert row["actor1"] == "Popular Resistance" and INFERRED_SIDE in row["tags"]
    assert "Popular Resistance" in row["summary_en"]
    [told] = analyze("اندلعت أمس اشتباكات بين المقاومة الشعبية والحوثيين في مدينة تعز.", DAY).incidents
    assert INFERRED_SIDE not in told.flags


def test_months_that_describe_the_place_leave_the_event() -> None:
    """«منذ أشهر» in a description of the place after the event — a relative clause with its own
    fighting («تعز التي تشهد معارك منذ أشهر»), a participle («تعز المحاصرة منذ ثلاثة أشهر») — is
    the place's story, not the killing's; the months still cancel fighting told over them and a
    relative clause with no trigger of its own («العند التي تقع شمال عدن منذ أسابيع»)."""
    assert types("قتل ستة حوثيين في مواجهات مع المقاومة الشعبية في مدينة تعز التي تشهد معارك منذ أشهر.") == [BATTLE]
    assert types("قتل أربعة مدنيين بقصف للحوثيين على حي سكني في مدينة تعز المحاصرة منذ ثلاثة أشهر.") \
        == ["Explosions/Remote violence"]
    assert types("وتشهد مدينة تعز المحاصرة منذ أشهر مواجهات عنيفة.") == []
    assert types("وسيطر الحوثيون على قاعدة العند التي تقع على مسافة 50 كيلومترا شمال مدينة عدن منذ أسابيع.") == []


def test_an_unknown_source_of_shells_is_no_answered_fire() -> None:
    """«تعذر تحديد مصدر القذائف التي سقطت …»: shells whose source is unknown still fell; only fire
    answered («ترد على مصدر تلك القذائف») is not the event."""
    assert types("وتعذر تحديد مصدر القذائف التي سقطت أمس على حي الجحملية في مدينة تعز.") == ["Explosions/Remote violence"]


def test_a_market_taken_is_a_place() -> None:
    """«سيطرت المقاومة على السوق المركزي في …»: a market is a place one takes (the prices and
    the markets of the economy, «سيطر على الأسعار/الأسواق», still are not)."""
    assert types("وسيطرت المقاومة الشعبية أمس على السوق المركزي في مدينة الضالع.") == [BATTLE]
    assert types("وسيطر تجار الحرب على الأسواق في مدينة صنعاء.") == []


def test_a_plan_stops_at_what_was_done_before_it() -> None:
    """«يتأهب … لاقتحام مأرب بعد أن قصفوا أمس مواقع المقاومة»: the storming is planned, the
    shelling after «بعد أن» + a past verb was done; «بعد أن تستكمل …» (a present verb) is still
    part of the plan."""
    found = analyze("يتأهب الحوثيون لاقتحام مدينة مأرب بعد أن قصفوا أمس مواقع المقاومة في منطقة صرواح.", DAY).incidents
    assert [i.sub_event_type for i in found] == ["Shelling/artillery/missile attack"]
    assert types("تستعد قوات الجيش لاقتحام مدينة الحوطة بعد أن تستكمل قصف مواقع الحوثيين في منطقة صبر.") == []


def test_a_taking_governed_by_another_noun_is_not_announced() -> None:
    """«أكد القائد أهمية سيطرة المقاومة على …»: «سيطرة» is what «أهمية» (or «ضرورة»,
    «استمرار») governs, not what «أكد» announces; «أكد قائد … سيطرة المقاومة على …» still is."""
    assert types("وأكد القائد الميداني أهمية سيطرة المقاومة على مديرية خور مكسر.") == []
    assert types("وأكدت قيادة المقاومة ضرورة سيطرتها على مديرية المعلا.") == []
    assert types("وأكد قائد ميداني في المقاومة سيطرة المقاومة على مديرية المعلا أمس.") == [BATTLE]
