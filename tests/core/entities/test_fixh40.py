"""Entity leftovers of session 40's audit (branch s40-fixh): Iraq's operations commands, courts and
prosecutors, threatened killings, ranges of dates, media attributions.

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from core.pipeline import analyze
from entity_fixtures import DAY, spans


def test_iraq_operations_commands_are_iraqs_forces() -> None:
    cases = [
        ("أعلنت قيادة عمليات بغداد مقتل ثلاثة مسلحين في اشتباك شمالي العاصمة.", "قيادة عمليات بغداد"),
        ("وقالت قيادة عمليات الأنبار إن قواتها استعادت السيطرة على قرية قرب الرمادي.", "قيادة عمليات الأنبار"),
        ("وذكر بيان لقيادة عمليات سامراء أن القوات صدت هجوما على مواقعها.", "قيادة عمليات سامراء"),
        ("وأكدت قيادة عمليات صلاح الدين تطهير الطريق من العبوات.", "قيادة عمليات صلاح الدين"),
    ]
    for text, name in cases:
        found = [(s, a.get("id")) for s, a in spans(text, "ARMED_ACTOR")]
        assert any(name in s and i == "iraq_army" for s, i in found), (text, found)


def test_courts_and_prosecutors_are_organisations() -> None:
    text = ("قضت محكمة الجنايات بسجن أربعة متهمين، بعد أن طالبت النيابة العامة بتشديد العقوبة، "
            "ونقضت محكمة الاستئناف حكما سابقا، وأيدت المحكمة العليا القرار.")
    orgs = {s: a.get("id") for s, a in spans(text, "ORGANIZATION")}
    assert orgs.get("محكمة الجنايات") == "criminal_court", orgs
    assert orgs.get("النيابة العامة") == "public_prosecution", orgs
    assert orgs.get("محكمة الاستئناف") == "court_of_appeal", orgs
    assert orgs.get("المحكمة العليا") == "supreme_court", orgs


def test_prosecutor_saying_is_a_source() -> None:
    text = "وقال المدعي العام إن المتهمين سافروا إلى الخارج للقتال العام الماضي."
    assert any(s == "المدعي العام" for s, _ in spans(text, "SOURCE")), spans(text, "SOURCE")


def test_named_international_court_keeps_its_name() -> None:
    text = "وأحالت الدول الملف إلى المحكمة الجنائية الدولية في لاهاي."
    orgs = {s: a.get("id") for s, a in spans(text, "ORGANIZATION")}
    assert orgs.get("المحكمة الجنائية الدولية") == "icc", orgs


def _killed(text: str) -> list[str]:
    return [s for s, a in spans(text, "CASUALTY")]


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


def _dates(text: str) -> dict[str, dict]:
    return {s: a for s, a in spans(text, "DATE")}


def test_spans_of_years_are_one_date() -> None:
    dates = _dates("وقال الادعاء إن المتهم جند شبانا بين عامي 2012 و2014، وإن الخلية نشطت ما بين 2010 و 2011.")
    assert dates["عامي 2012 و2014"]["iso"] == "2012-01-01" and dates["عامي 2012 و2014"]["until_year"] == 2014, dates
    assert dates["بين 2010 و 2011"]["until_year"] == 2011, dates
    assert not [s for s, a in spans("جند المتهم شبانا بين عامي 2012 و2014.", "NUMBER") if s in ("2012", "2014")]


def test_since_a_year_is_a_date_of_no_event() -> None:
    dates = _dates("ويسيطر التنظيم على المدينة منذ 2014 بعد معارك عنيفة.")
    assert dates["منذ 2014"]["precision"] == 4 and dates["منذ 2014"].get("since"), dates


def test_counts_between_numbers_are_no_years() -> None:
    text = "وقتل بين 2000 و3000 شخص في المجاعة."
    assert not _dates(text), _dates(text)


def test_span_of_days_is_no_day() -> None:
    dates = _dates("وعقدت المحكمة جلساتها من 3 إلى 5 يوليو، ثم يومي 17 و24 يوليو.")
    span = dates["3 إلى 5 يوليو"]
    assert (span["iso"], span["until"], span["precision"]) == ("2015-07-03", "2015-07-05", 2), dates
    span = dates["17 و24 يوليو"]
    assert (span["iso"], span["until"], span["precision"]) == ("2015-07-17", "2015-07-24", 3), dates


def test_two_days_of_two_months_stay_apart() -> None:
    dates = _dates("وقعت الهجمات في 30 يوليو و2 أغسطس.")
    assert "2 أغسطس" in dates and dates["2 أغسطس"]["precision"] == 1, dates


def test_part_of_a_month_is_the_month() -> None:
    dates = _dates("وفي النصف الثاني من مايو الماضي أصدرت المحكمة أحكامها.")
    key = next(s for s in dates if s.startswith("النصف الثاني من مايو"))
    assert dates[key]["precision"] == 3 and dates[key]["iso"].startswith("2015-05"), dates


def test_event_told_over_a_span_of_days_is_not_dated_to_its_last_day() -> None:
    doc = analyze("قتل خمسة جنود في هجمات شنها مسلحون على مواقع الجيش في مدينة العريش من 1 إلى 3 أغسطس.", DAY)
    assert doc.incidents, doc.incidents
    assert all(i.time_precision >= 2 for i in doc.incidents), [(i.date, i.time_precision) for i in doc.incidents]


def test_media_told_as_a_group_are_sources() -> None:
    cases = [
        ("وحسب الإعلام البلجيكي، اعتقلت الشرطة ثلاثة أشخاص في المدينة.", "الإعلام البلجيكي"),
        ("وذكرت وسائل الإعلام المصرية أن خمسة جنود قتلوا في الهجوم.", "وسائل الإعلام المصرية"),
        ("ونقلت تقارير إعلامية عن مسؤول قوله إن الانفجار وقع ظهرا.", "تقارير إعلامية"),
        ("وقالت وسائل إعلام محلية إن الاشتباكات استمرت حتى الفجر.", "وسائل إعلام محلية"),
    ]
    for text, name in cases:
        found = [(s, a.get("kind")) for s, a in spans(text, "SOURCE")]
        assert (name, "media") in found, (text, found)


def test_media_without_a_cue_are_no_source() -> None:
    text = "وتنتقد وسائل الإعلام الحكومة باستمرار في برامجها."
    assert not spans(text, "SOURCE"), spans(text, "SOURCE")
