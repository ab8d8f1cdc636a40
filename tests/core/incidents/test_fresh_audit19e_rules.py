"""Rules added after the fifth fresh-article audit of round nineteen (a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 8)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_a_rights_groups_call_about_one_dated_abduction_is_an_event() -> None:
    """«طالبت هيومن رايتس ووتش بالإفراج عن الصحفي … الذي اختطف الثلاثاء الماضي في مدينة إب»: the
    rights group's name marks a report's tally, but the day right after the verb dates one deed."""
    text = "طالبت منظمة هيومن رايتس ووتش الحوثيين بالإفراج عن الصحفي سالم علي الذي اختطف الثلاثاء الماضي في مدينة إب."
    [abduction] = analyze(text, DAY).incidents
    assert abduction.sub_event_type == "Abduction/forced disappearance"
    assert abduction.location is not None and abduction.location.admin1_en == "Ibb"
    # a tally over months stays background
    text = "وثقت منظمة هيومن رايتس ووتش اختطاف عشرات الصحفيين في مدينة إب خلال الأشهر الماضية."
    assert analyze(text, DAY).incidents == []


def test_a_pounding_verb_with_warplanes_is_one_air_strike() -> None:
    """«دكت مقاتلات التحالف مواقع الحوثيين»: «دكت» pounds with whatever its clause names — the
    warplanes make it an air strike, not an air strike and a shelling; with guns it is shelling."""
    [strike] = analyze("دكت مقاتلات التحالف مواقع للحوثيين في مدينة عمران أمس.", DAY).incidents
    assert strike.sub_event_type == "Air/drone strike"
    [shelling] = analyze("دكت مدفعية الجيش مواقع للحوثيين في مدينة عمران أمس.", DAY).incidents
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"


def test_bare_missiles_right_after_air_strikes_are_the_strikes() -> None:
    """«شنت مقاتلات التحالف غارات على صنعاء. وقال سكان إن أربعة صواريخ أصابت معسكر …»: bare
    missiles with no doer, told right after air strikes (next paragraph too), are their munitions."""
    text = ("شنت مقاتلات التحالف أمس غارات على مواقع للحوثيين في مدينة ذمار.\n"
            "وقال سكان إن أربعة صواريخ استهدفت مخازن الأسلحة في معسكر الأمن المركزي بمدينة ذمار.")
    incidents = analyze(text, DAY).incidents
    assert incidents and all(i.sub_event_type == "Air/drone strike" for i in incidents)
    # a doer of their own, or no strike before: shelling
    text = ("شنت مقاتلات التحالف أمس غارات على مواقع للحوثيين في مدينة ذمار.\n"
            "وأطلق الحوثيون أربعة صواريخ على مدينة مأرب.")
    assert any(i.sub_event_type == "Shelling/artillery/missile attack" for i in analyze(text, DAY).incidents)


def test_a_dateline_opening_a_brief_of_a_digest_places_nothing() -> None:
    """A digest of briefs («موجز») opens each paragraph with its own dateline («لندن - «الشرق
    الأوسط»:»): that city is where the brief was filed, not where its event happened."""
    text = ("موجز\nصنعاء - «الشرق الأوسط»: شنت طائرات التحالف أمس غارات على مواقع للحوثيين في محافظة صعدة.\n"
            "لندن - «الشرق الأوسط»: قال ناشطون إن مسلحين حوثيين اختطفوا أمس صحفيا بارزا.")
    places = [(i.sub_event_type, i.location.admin1_en if i.location else None) for i in analyze(text, DAY).incidents]
    assert places == [("Air/drone strike", "Sadah")]
