"""Dates: Gregorian, Hijri, weekdays and relative days, resolved against the article date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.entities import dates
from core.entities.dates import hijri_to_gregorian, tabular_hijri_to_gregorian
from core.pipeline import analyze

WEDNESDAY = date(2015, 7, 29)


def _dates(text: str, day: date | None = WEDNESDAY):
    return [(s.text, s.attrs["iso"], s.attrs["precision"]) for s in dates.find(analyze(text, day, until="tokenise").doc)]


def test_seed_yesterday(seed_text):
    found = [(s.text, s.attrs) for s in dates.find(analyze(seed_text, WEDNESDAY, until="tokenise").doc)]
    assert [t for t, _ in found] == ["أمس"]
    assert found[0][1] == {"precision": 1, "relative": True, "calendar": "gregorian", "iso": "2015-07-28"}


def test_seed_without_a_date_has_no_iso(seed_text):
    found = dates.find(analyze(seed_text, None, until="tokenise").doc)
    assert [(s.text, s.attrs["iso"]) for s in found] == [("أمس", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 28 يوليو 2015", ("28 يوليو 2015", "2015-07-28", 1)),
        ("في ٢٨ تموز ٢٠١٥", ("٢٨ تموز ٢٠١٥", "2015-07-28", 1)),
        ("في 28/7/2015م", ("28/7/2015", "2015-07-28", 1)),
        ("بتاريخ 2015-07-28", ("2015-07-28", "2015-07-28", 1)),
        ("في 4 ايار/مايو", ("4 ايار/مايو", "2015-05-04", 1)),
        ("في 28 من يوليو", ("28 من يوليو", "2015-07-28", 1)),
        ("في آب 2014", ("آب 2014", "2014-08-01", 3)),
        ("الأسبوع الماضي", ("الأسبوع الماضي", "2015-07-22", 2)),
        ("الشهر الماضي", ("الشهر الماضي", "2015-06-01", 3)),
        ("وقع ذلك أمس الأول", ("أمس الأول", "2015-07-27", 1)),
        ("صباح اليوم", ("صباح اليوم", "2015-07-29", 1)),
        ("الليلة الماضية", ("الليلة الماضية", "2015-07-28", 1)),
        # a bare month after «في» is the latest such month; Reuters writes both names
        ("استولوا عليها في سبتمبر أيلول", ("سبتمبر أيلول", "2014-09-01", 3)),
        ("وفي يوليو قتل", ("يوليو", "2015-07-01", 3)),
    ],
)
def test_dates(text, expected):
    assert _dates(text) == [expected]


def test_weekdays_resolve_to_the_latest_such_day():
    # 29 July 2015 was a Wednesday
    assert _dates("هاجموا يوم الثلاثاء الماضي") == [("يوم الثلاثاء الماضي", "2015-07-28", 1)]
    assert _dates("هاجموا الأربعاء") == [("الأربعاء", "2015-07-29", 1)]
    assert _dates("هاجموا الأربعاء الماضي") == [("الأربعاء الماضي", "2015-07-22", 1)]
    assert _dates("ويعقد الاجتماع الخميس المقبل") == [("الخميس المقبل", "2015-07-30", 1)]
    assert _dates("ومساء الجمعة") == [("مساء الجمعة", "2015-07-24", 1)]
    # «غدا» before a weekday puts it ahead (review: «غدا الخميس» was the previous Thursday)
    assert _dates("يشيع غدا الخميس جثامين الجنود") == [("غدا", "2015-07-30", 1), ("الخميس", "2015-07-30", 1)]


def test_weekday_before_a_day_picks_the_year():
    assert _dates("الخميس 30 يوليو") == [("الخميس 30 يوليو", "2015-07-30", 1)]
    assert _dates("في 15 سبتمبر") == [("15 سبتمبر", "2014-09-15", 1)]  # no weekday: the past one
    # up to 30 days ahead (dates.AHEAD_DAYS, session 43) a day-month is a coming one of this year
    assert _dates("في 15 أغسطس") == [("15 أغسطس", "2015-08-15", 1)]


def test_not_dates():
    assert _dates("في محافظة إب") == []  # «إب» folds like «آب» (August)
    assert _dates("في اليوم الأول من الهدنة") == []
    assert _dates("يمارس الضغط") == []
    assert _dates("وقد مارس الضغط على الحكومة") == []
    assert _dates("ومارس الحوثيون ضغوطا على السكان") == []  # «مارس» alone may be «he practised»
    assert _dates("مارس الضغط") == []


def test_a_month_spelled_like_a_verb_is_a_month_after_a_preposition():
    # no verb follows «في/منذ»: «سقطت القاعدة في مارس» is March
    assert _dates("سقطت القاعدة في مارس بأيدي المسلحين") == [("مارس", "2015-03-01", 3)]
    assert _dates("منذ مارس") == [("مارس", "2015-03-01", 3)]
    assert _dates("في آب") == []  # «في إب» folds the same


def test_a_month_told_as_the_last_one_is_a_date_whatever_else_its_name_spells():
    # «مارس» is also «he practised», so it needs a day or a year — or «الماضي»
    assert _dates("وفي مارس الماضي قصفت الطائرات المدينة") == [("مارس الماضي", "2015-03-01", 3)]
    assert _dates("منذ شهر مارس الماضي") == [("مارس الماضي", "2015-03-01", 3)]
    assert _dates("في يونيو الماضي") == [("يونيو الماضي", "2015-06-01", 3)]
    # written in July, «يوليو الماضي» is last year's
    assert _dates("في يوليو الماضي") == [("يوليو الماضي", "2014-07-01", 3)]


def _umm_al_qura_available() -> bool:
    try:
        import hijridate  # noqa: F401
    except ImportError:
        return False
    return True


def _expected(year: int, month: int, day: int, umm_al_qura: date) -> str:
    """Umm al-Qura when hijridate is installed (a declared dependency), else the tabular fallback."""
    return (umm_al_qura if _umm_al_qura_available() else tabular_hijri_to_gregorian(year, month, day)).isoformat()


def test_hijri_dates():
    assert _dates("يوم 12 شوال 1436 هـ") == [("12 شوال 1436 هـ", _expected(1436, 10, 12, date(2015, 7, 28)), 1)]
    assert _dates("خلال شهر رمضان") == [("رمضان", _expected(1436, 9, 1, date(2015, 6, 18)), 3)]
    assert _dates("و12 شوال") == [("12 شوال", _expected(1436, 10, 12, date(2015, 7, 28)), 1)]


def test_hijri_conversion():
    assert hijri_to_gregorian(1436, 10, 12).isoformat() == _expected(1436, 10, 12, date(2015, 7, 28))
    tabular = tabular_hijri_to_gregorian(1436, 10, 12)
    assert abs((tabular - date(2015, 7, 28)).days) <= 2
    assert tabular_hijri_to_gregorian(1, 1, 1) == date(622, 7, 19)  # the tabular epoch (Julian 16 July)
    assert hijri_to_gregorian(1436, 13, 1) is None


def test_a_year_named_alone_is_a_date_of_year_precision():
    got = _dates("قتل العشرات في عام 1994 وفي العام الماضي وسنة 1436هـ ثم في 2011م.")
    assert got == [
        ("عام 1994", "1994-01-01", 4), ("العام الماضي", "2014-01-01", 4),
        ("سنة 1436هـ", hijri_to_gregorian(1436, 1, 1).isoformat(), 4), ("2011م", "2011-01-01", 4)]
    # a number that is no year, or a bare 4-digit number, is no date
    assert _dates("دفع 2009 ريالا عن عام واحد.") == []


def test_background_years_are_not_events():
    text = "وفي عام 1994 قتل خمسة مدنيين في غارة جوية على مدينة صنعاء."
    assert analyze(text, date(2015, 7, 31)).incidents == []
    # the article's own year says nothing about the day: the article date is kept
    now = analyze("وفي هذا العام 2015 قتل خمسة مدنيين في غارة جوية على مدينة صنعاء أمس.", date(2015, 7, 31))
    assert [(i.date, i.time_precision) for i in now.incidents] == [("2015-07-30", 1)]


def test_metres_are_no_year_and_hijri_years_end_on_their_own_day():
    from core.incidents.attribution import period_end

    assert _dates("وصل الوفد إلى مسافة 2000 م من الموقع.") == []
    start = hijri_to_gregorian(1436, 1, 1)
    assert period_end(start, 4) == hijri_to_gregorian(1437, 1, 1) - timedelta(days=1)
    assert period_end(date(2015, 1, 1), 4) == date(2015, 12, 31)
    assert period_end(date(2016, 2, 1), 3) == date(2016, 2, 29)


def test_relative_periods_told_in_other_words():
    # written on Wednesday 29 July 2015
    assert _dates("مطلع الشهر الفائت") == [("مطلع الشهر الفائت", "2015-06-01", 2)]
    assert _dates("قبل أسبوعين") == [("قبل أسبوعين", "2015-07-15", 2)]
    assert _dates("قبل نحو شهرين") == [("قبل نحو شهرين", "2015-05-01", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت المواجهات في الخامس من أغسطس", ("الخامس من أغسطس", "2015-08-05", 1)),
        ("في الثالث والعشرين من يوليو الماضي", ("الثالث والعشرين من يوليو الماضي", "2015-07-23", 1)),
        ("في الحادي عشر من يوليو", ("الحادي عشر من يوليو", "2015-07-11", 1)),
        ("في العشرين من يوليو 2014", ("العشرين من يوليو 2014", "2014-07-20", 1)),
        ("في 23 يوليو الماضي", ("23 يوليو الماضي", "2015-07-23", 1)),
    ],
)
def test_ordinal_days(text, expected):
    """Days written as ordinals before «من» and a month (article of 6 August 2015)."""
    assert _dates(text, date(2015, 8, 6)) == [expected]


def test_an_ordinal_without_a_month_or_of_a_period_is_no_day():
    assert _dates("احتل الفريق المركز الخامس من أصل عشرين", date(2015, 8, 6)) == []
    # a review: an ordinal of weeks or halves is no day of the month
    assert all(p != 1 for _, _, p in _dates("في الأسبوع الثالث من يوليو الماضي", date(2015, 8, 6)))
    assert all(p != 1 for _, _, p in _dates("منذ النصف الثاني من أغسطس", date(2015, 8, 6)))
    # «منذ يومين» is a duration more often than a date («تحاصرها المقاومة منذ ستة أيام»): not read
    assert _dates("قاعدة العند التي تحاصرها المقاومة منذ ستة أيام", date(2015, 8, 6)) == []


def test_a_weekday_in_brackets_after_a_coming_day_is_the_coming_one():
    # audit 18 (fresh article): «بعد غد (الأحد)» written on a Friday was the Sunday before
    friday = date(2015, 7, 24)
    assert _dates("يستأنف العمل بعد غد (الأحد) في الوزارات", friday) == [
        ("بعد غد", "2015-07-26", 1), ("الأحد", "2015-07-26", 1)]
    assert _dates("تبدأ الهدنة غدا (السبت)", friday) == [("غدا", "2015-07-25", 1), ("السبت", "2015-07-25", 1)]
    # (since audit 34 a past relative day and its bracketed weekday are one date, as «أمس الخميس» is)
    assert _dates("وصلت الطائرة أمس (الخميس)", friday) == [("أمس (الخميس)", "2015-07-23", 1)]


def test_a_numeric_date_in_the_hijri_years_is_hijri():
    # audit 18: «12-10-1436هـ» was the year alone, its day and month two numbers
    found = [(s.text, s.attrs["calendar"], s.attrs["iso"]) for s in dates.find(
        analyze("نشرت الصحيفة في عددها الصادر في 12-10-1436هـ مقالا", WEDNESDAY, until="tokenise").doc)]
    assert found == [("12-10-1436هـ", "hijri", _expected(1436, 10, 12, date(2015, 7, 28)))]
    found = [(s.text, s.attrs["calendar"]) for s in dates.find(
        analyze("صدر القرار بتاريخ 3/9/1436 هـ", WEDNESDAY, until="tokenise").doc)]
    assert found == [("3/9/1436 هـ", "hijri")]
    assert _dates("في 28/7/2015م") == [("28/7/2015", "2015-07-28", 1)]  # a Gregorian year stays Gregorian


def test_the_current_month_marker_is_part_of_the_date_and_keeps_this_year():
    # audit 18 (fresh article): «3 أغسطس الجاري» was highlighted without «الجاري»
    friday = date(2015, 8, 7)
    assert _dates("استعادت القوات القاعدة في 2 أغسطس الجاري", friday) == [("2 أغسطس الجاري", "2015-08-02", 1)]
    # a day still ahead in the current month is this year's, not last year's
    assert _dates("تعقد الجلسة في 25 أغسطس الجاري", friday) == [("25 أغسطس الجاري", "2015-08-25", 1)]
    assert _dates("وتصاعد القتال منذ مطلع أغسطس الحالي", friday) == [("أغسطس الحالي", "2015-08-01", 3)]


def test_a_second_month_name_in_brackets_keeps_the_year_after_it():
    # audit 19 (fresh articles): «25 يناير (كانون الثاني) 1952» was a date of this year and a NUMBER 1952
    assert _dates("وقعت المعركة في 14 مارس (آذار) 1996 قرب الميناء") == [("14 مارس (آذار) 1996", "1996-03-14", 1)]
    assert _dates("وانسحبت القوات في 3 نوفمبر (تشرين الثاني) 2011 من المدينة") \
        == [("3 نوفمبر (تشرين الثاني) 2011", "2011-11-03", 1)]
    assert _dates("ويعود الوزراء منتصف يوليو (تموز) الحالي") == [("يوليو (تموز) الحالي", "2015-07-01", 3)]
    # a bracket that names another month, or no month, is left out
    assert _dates("في 14 مارس (أيار) 1996") == [("14 مارس", "2015-03-14", 1)]
    assert _dates("في 14 مارس (الصورة) قصفت الطائرات") == [("14 مارس", "2015-03-14", 1)]


def test_a_relative_day_named_with_its_weekday_is_one_date_the_weekday_decides():
    # audit 21 (fresh articles): «مساء أمس الأحد» in an article printed on Tuesday 21 July 2015 (written
    # on Monday) was two dates, 20 July and 19 July; the weekday is the day meant
    tuesday = date(2015, 7, 21)
    got = [(s.text, s.attrs["iso"]) for s in dates.find(analyze(
        "ودخل المقاتلون الحي مساء أمس الأحد. وقال متحدث اليوم الاثنين إن القتال توقف. ووصل الوفد اليوم الثلاثاء.",
        tuesday, until="tokenise").doc)]
    assert got == [("مساء أمس الأحد", "2015-07-19"), ("اليوم الاثنين", "2015-07-20"), ("اليوم الثلاثاء", "2015-07-21")]
    # a weekday with «الماضي», or apart from the relative day, stays its own date
    got = [(s.text, s.attrs["iso"]) for s in dates.find(analyze("وقصفت الطائرات أمس المواقع، وفي الأحد الماضي قتل خمسة.",
                                                                tuesday, until="tokenise").doc)]
    assert got == [("أمس", "2015-07-20"), ("الأحد الماضي", "2015-07-19")]


def test_the_one_is_no_sunday():
    # audit 22 (fresh article): «وضعوا أمام أعينهم الله الأحد» (God, the One) was a Sunday
    assert _dates("وضعوا أمام أعينهم الله الأحد، وتوكلوا على الواحد الأحد.") == []
    assert [t for t, _, _ in _dates("وقال الله الأحد، ووصل الوفد يوم الأحد.")] == ["يوم الأحد"]


def test_a_numeric_date_with_spaced_separators_is_one_date():
    # session 37: «الموافق 21 / 10 / 1436هـ» was the year alone, its day and month two numbers, and the
    # undated article's incident took the year's first day
    found = [(s.text, s.attrs["calendar"], s.attrs["iso"]) for s in dates.find(
        analyze("عقد المجلس جلسته يوم الاثنين الموافق 9 / 11 / 1436هـ في العاصمة", WEDNESDAY, until="tokenise").doc)]
    assert found[-1] == ("9 / 11 / 1436هـ", "hijri", _expected(1436, 11, 9, date(2015, 8, 24)))
    assert _dates("افتتح المعرض الثلاثاء الموافق 4 - 8 - 2015م")[-1] == ("4 - 8 - 2015", "2015-08-04", 1)
    assert _dates("صدر الأمر بتاريخ 7 /5/ 1435 هـ")[-1][0] == "7 /5/ 1435 هـ"
    # spaced, a two-digit year is no date (a list of numbers)
    assert _dates("سجل الفريق 10 - 20 - 30 نقطة") == []


def test_an_undated_article_takes_its_incident_day_from_a_spaced_hijri_date():
    text = "قتل أربعة جنود في هجوم شنه مسلحون من تنظيم القاعدة على نقطة عسكرية في مدينة المكلا يوم الاثنين الموافق 9 / 11 / 1436هـ."
    incidents = analyze(text, None, "").incidents
    assert incidents and {str(i.date) for i in incidents} == {_expected(1436, 11, 9, date(2015, 8, 24))}
