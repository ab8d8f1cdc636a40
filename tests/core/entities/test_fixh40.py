"""Entity leftovers of session 40's audit (branch s40-fixh): Iraq's operations commands, courts and
prosecutors, threatened killings, ranges of dates, media attributions.

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

DAY = date(2015, 8, 3)


def _spans(text: str, label: str) -> list[tuple[str, dict]]:
    doc = analyze(text, DAY).doc
    return [(doc.text[e.start:e.end], e.attrs) for e in doc.entities if e.label == label]


def test_iraq_operations_commands_are_iraqs_forces() -> None:
    cases = [
        ("أعلنت قيادة عمليات بغداد مقتل ثلاثة مسلحين في اشتباك شمالي العاصمة.", "قيادة عمليات بغداد"),
        ("وقالت قيادة عمليات الأنبار إن قواتها استعادت السيطرة على قرية قرب الرمادي.", "قيادة عمليات الأنبار"),
        ("وذكر بيان لقيادة عمليات سامراء أن القوات صدت هجوما على مواقعها.", "قيادة عمليات سامراء"),
        ("وأكدت قيادة عمليات صلاح الدين تطهير الطريق من العبوات.", "قيادة عمليات صلاح الدين"),
    ]
    for text, name in cases:
        found = [(s, a.get("id")) for s, a in _spans(text, "ARMED_ACTOR")]
        assert any(name in s and i == "iraq_army" for s, i in found), (text, found)


def test_courts_and_prosecutors_are_organisations() -> None:
    text = ("قضت محكمة الجنايات بسجن أربعة متهمين، بعد أن طالبت النيابة العامة بتشديد العقوبة، "
            "ونقضت محكمة الاستئناف حكما سابقا، وأيدت المحكمة العليا القرار.")
    orgs = {s: a.get("id") for s, a in _spans(text, "ORGANIZATION")}
    assert orgs.get("محكمة الجنايات") == "criminal_court", orgs
    assert orgs.get("النيابة العامة") == "public_prosecution", orgs
    assert orgs.get("محكمة الاستئناف") == "court_of_appeal", orgs
    assert orgs.get("المحكمة العليا") == "supreme_court", orgs


def test_prosecutor_saying_is_a_source() -> None:
    text = "وقال المدعي العام إن المتهمين سافروا إلى الخارج للقتال العام الماضي."
    assert any(s == "المدعي العام" for s, _ in _spans(text, "SOURCE")), _spans(text, "SOURCE")


def test_named_international_court_keeps_its_name() -> None:
    text = "وأحالت الدول الملف إلى المحكمة الجنائية الدولية في لاهاي."
    orgs = {s: a.get("id") for s, a in _spans(text, "ORGANIZATION")}
    assert orgs.get("المحكمة الجنائية الدولية") == "icc", orgs


def _killed(text: str) -> list[str]:
    return [s for s, a in _spans(text, "CASUALTY")]


def test_threatened_killing_is_no_casualty() -> None:
    for text in (
        "وهدده المسلحون بقتل أسرته إذا لم يدفع الفدية.",
        "وأصبحت الصحفية مهددة بالقتل بعد نشر التحقيق.",
        "وتلقى القاضي تهديدات بقتله من أنصار الجماعة.",
        "وبث التنظيم تسجيلا يتوعد فيه بذبح الجنود الأسرى.",
        "وظهر الرهينة في شريط وخاطفه يهدده بإعدامه خلال يومين.",
    ):
        assert not _killed(text), (text, _killed(text))


def test_killing_after_a_threat_told_apart_still_counts() -> None:
    text = "وهدد المسلحون السكان، ثم قتلوا ثلاثة منهم في السوق."
    assert _killed(text), text
