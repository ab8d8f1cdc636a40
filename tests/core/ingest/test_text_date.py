"""The publication date stated in an article's head (core.ingest.text_date), on sentences written
for these tests: datelines are read, dates in the body, history, update dates and doubtful
Hijri dates are not."""

from __future__ import annotations

from datetime import date

import pytest

from core.ingest.text_date import date_in_text

TODAY = date(2026, 1, 1)
BODY = "قتل خمسة أشخاص وأصيب آخرون أمس في قصف استهدف سوقا شعبيا."


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a place, a separator, the weekday and the date (the title on the line above)
        (f"مقتل خمسة في قصف على سوق\nصنعاء - الثلاثاء 21 يوليو 2015\n{BODY}", "2015-07-21"),
        # the dateline opens the first paragraph, the body follows past a separator
        (f"تعز - 3 أغسطس 2015 - {BODY}", "2015-08-03"),
        # a Levantine month name, a place in brackets and an agency
        (f"عدن (اليمن) - 3 آب 2015 (رويترز) - {BODY}", "2015-08-03"),
        # a numeric date, year first, with its weekday, alone on its line
        (f"الأحد 2015/8/2\n{BODY}", "2015-08-02"),
        # a publication cue; the update date beside it is not the publication date
        (f"نشر في 03-08-2015 | آخر تحديث 04-08-2015\n{BODY}", "2015-08-03"),
        # Arabic-Indic digits after a cue
        (f"نُشر بتاريخ: ٢٠١٥/٠٨/٠٣\n{BODY}", "2015-08-03"),
        # a Hijri-Gregorian pair: the Gregorian date
        (f"الثلاثاء 5 شوال 1436 هـ الموافق 21 يوليو 2015 م\n{BODY}", "2015-07-21"),
        # a pair a day apart (another Hijri calendar), Arabic-Indic digits: the Gregorian date
        (f"الأحد ١٦ شوال ١٤٣٦هـ - ٢ أغسطس ٢٠١٥م\n{BODY}", "2015-08-02"),
        # an agency's dateline: the place without separator, the agency closing the line
        (f"المكلا 20 شوال 1436 هـ الموافق 5 أغسطس 2015 م واس\n{BODY}", "2015-08-05"),
        # a Hijri date alone with its weekday: the weekday settles the day
        (f"الأحد 17 شوال 1436هـ\n{BODY}", "2015-08-02"),
    ],
)
def test_a_dateline_in_the_head_is_read(text: str, iso: str) -> None:
    found = date_in_text(text, today=TODAY)
    assert found is not None and found.iso == iso
    assert text[found.start:found.end] == found.quote


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # no date at all
        "قصف على سوق\n" + BODY,
        # a date inside the first sentence is the event's, not the publication's
        "قتل خمسة أشخاص في 21 يوليو 2015 في قصف استهدف سوقا في صنعاء.",
        # a history date leading a heading, and a name made of a date
        "ثورة 26 سبتمبر 1962 غيرت اليمن\n" + BODY,
        "ذكرى 26 سبتمبر 1962\n" + BODY,
        # a dateline-looking history date when the text names dates years later
        "26 سبتمبر 1962 - قيام الجمهورية\nوفي 3 أغسطس 2015 قال مسؤول إن المعارك مستمرة.",
        # deep in the body: past the head's lines
        "عنوان\nسطر أول\nسطر ثان\nسطر ثالث\nصنعاء - 21 يوليو 2015\n" + BODY,
        # an update date alone
        "آخر تحديث: 04-08-2015\n" + BODY,
        # a weekday that is not the date's (21 July 2015 was a Tuesday)
        "الأربعاء 21 يوليو 2015\n" + BODY,
        # a Hijri date without its weekday: which day is not sure
        "17 شوال 1436هـ\n" + BODY,
        # a pair whose two dates are far apart
        "5 شوال 1436 هـ الموافق 21 سبتمبر 2015 م\n" + BODY,
        # in the future of the import
        "صنعاء - 21 يوليو 2030\n" + BODY,
        # two datelines that disagree
        "صنعاء - 21 يوليو 2015\nالرياض - 22 يوليو 2015\n" + BODY,
        # a day and month without a year
        "صنعاء - 21 يوليو\n" + BODY,
    ],
)
def test_no_date_rather_than_a_wrong_one(text: str) -> None:
    assert date_in_text(text, today=TODAY) is None


def test_a_cued_date_wins_over_another_dateline() -> None:
    text = "الرياض - 2 أغسطس 2015\nتاريخ النشر: 3 أغسطس 2015\n" + BODY
    found = date_in_text(text, today=TODAY)
    assert found is not None and found.iso == "2015-08-03" and found.cued


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of the body that opens with a preposition dates its event, past a comma or a dash
        "الحوثيون يقصفون تعز\nفي 21 سبتمبر 2014، سيطر الحوثيون على العاصمة صنعاء.\n" + BODY,
        "الحوثيون يقصفون تعز\nومنذ 26 مارس 2015 - يشن التحالف غارات على مواقعهم.\n" + BODY,
        "الحوثيون يقصفون تعز\nبعد 21 سبتمبر 2014: انهارت الدولة\n" + BODY,
        "حتى 21 سبتمبر 2014 (يوم سقوط صنعاء) كانت الحكومة في العاصمة.\n" + BODY,
    ],
)
def test_a_sentence_opened_by_a_preposition_is_no_dateline(text: str) -> None:
    assert date_in_text(text, today=TODAY) is None


def test_a_place_then_in_then_the_date_is_still_a_dateline() -> None:
    """«القاهرة في 21 يوليو 2015 (أ ش أ) -»: «في» after a place opens no sentence."""
    found = date_in_text(f"القاهرة في 21 يوليو 2015 (أ ش أ) - {BODY}", today=TODAY)
    assert found is not None and found.iso == "2015-07-21"
