"""Review of the rules merged in session 25: defects of the entity rules, each on sentences
written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _actors(text: str) -> list[str]:
    return [s.text for s in analyze(text, "2015-08-07", "").entities if s.label == "ARMED_ACTOR"]


def test_security_forces_institutions_are_no_police() -> None:
    # «قوى الأمن» (added as police) names the Security Forces Hospital, the officers' club, the
    # housing quarter and the medical city in most of the Saudi news that write it: no party there
    assert _actors("ونقل المصابون في الانفجار إلى مستشفى قوى الأمن بالرياض لتلقي العلاج.") == []
    assert _actors("ونقل مصاب لمستشفى قوى الأمن الداخلي في الدمام.") == []
    assert _actors("عقد المؤتمر الصحفي بنادي ضباط قوى الأمن العام في الرياض.") == []
    assert _actors("اندلع حريق في حي اسكان قوى الأمن بالرياض.") == []
    assert _actors("نقل سبعة مصابين إلى مدينة قوى الأمن الداخلي الطبية.") == []
    # the forces themselves, and the mosque of a unit (its men the victims), stay the police
    assert _actors("وقال إن قوى الأمن قتلت مطلوبين اثنين في الرياض.") == ["قوى الأمن"]
    assert _actors("فجر انتحاري نفسه في مسجد قوى الأمن الخاصة بأبها.") == ["قوى الأمن الخاصة"]
