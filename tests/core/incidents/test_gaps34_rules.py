"""Known gaps left by earlier versions, fixed in session 34 («gaps»). Sentences written for the tests;
the real pipeline reads them with the codability model switched off."""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

DAY = date(2015, 8, 2)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _where(text: str) -> list[tuple]:
    return coded(text, DAY, "event_type", "admin1", "place")


# -- «في المنطقة نفسها»: the previous incident's place, not the place named last --------------------

@pytest.mark.parametrize("same", ["وفي المنطقة نفسها", "وفي المنطقة ذاتها", "وفي نفس المنطقة", "وفي ذات المنطقة"])
def test_the_same_area_is_the_last_events_place(same: str) -> None:
    text = ("شنت طائرات التحالف غارات على مواقع للحوثيين في مديرية كرش بمحافظة لحج اليوم. "
            "وقال محافظ عدن إن الأوضاع في المدينة مستقرة. "
            f"{same}، قتل خمسة من مسلحي الحوثي في كمين نصبه رجال المقاومة.")
    found = _where(text)
    assert [g for _, g, _ in found] == ["Lahij", "Lahij"], found


def test_the_same_city_skips_a_speakers_city() -> None:
    text = ("قتل ثلاثة من عناصر الشرطة في هجوم على مركز أمني في مدينة الرمادي اليوم، بحسب ما أعلنت "
            "وزارة الداخلية في بغداد. وفي المدينة ذاتها، قتل عشرة مدنيين بقذائف هاون أطلقها التنظيم.")
    found = _where(text)
    assert [g for _, g, _ in found] == ["Al-Anbar", "Al-Anbar"], found


def test_the_same_governorate_is_the_last_events_governorate() -> None:
    text = ("شنت طائرات التحالف غارات على مواقع للحوثيين في مديرية صرواح بمحافظة مأرب اليوم. "
            "وأكد مسؤول في صنعاء استمرار المفاوضات. "
            "وفي المحافظة نفسها، قتل جنديان في هجوم بعبوة ناسفة استهدف دورية للجيش.")
    found = _where(text)
    assert [g for _, g, _ in found] == ["Marib", "Marib"], found
    assert found[1][2] != "صرواح", found  # the governorate, not the district of the strike


def test_a_bare_anaphor_still_takes_the_place_named_last() -> None:
    # without «نفسها» the noun points back to the last place of its size, as before
    text = ("شنت طائرات التحالف غارات على مواقع للحوثيين في مديرية كرش بمحافظة لحج اليوم. "
            "وفي مدينة تعز، قتل خمسة من مسلحي الحوثي في كمين نصبه رجال المقاومة في المدينة.")
    found = _where(text)
    assert [g for _, g, _ in found] == ["Lahij", "Taizz"], found


# -- a crowd going out «احتجاجا على»: a protest ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "خرج آلاف المواطنين في مدينة البصرة اليوم الجمعة احتجاجا على انقطاع التيار الكهربائي.",
    "وتجمع عشرات الطلاب أمام مبنى المحافظة في مدينة الديوانية أمس احتجاجا على تأخر صرف المنح.",
    "ونزل المئات من سكان مدينة الناصرية إلى الشوارع اليوم للتنديد بتردي الخدمات.",
])
def test_a_crowd_out_in_protest_is_a_protest(text: str) -> None:
    found = coded(text, DAY, "event_type")
    assert found == [("Protests",)], found


@pytest.mark.parametrize("text", [
    "خرج آلاف المدنيين من مدينة الرمادي اليوم هربا من المعارك.",  # people fleeing
    "انسحب الوزير من الاجتماع في بغداد اليوم احتجاجا على قرار الحكومة.",  # a walkout, no crowd
    "خرج آلاف المواطنين في مدينة البصرة اليوم للاحتفال بفوز المنتخب.",  # revellers
])
def test_a_crowd_without_a_protest_purpose_or_a_purpose_without_a_crowd_is_none(text: str) -> None:
    assert not any(e == "Protests" for e, in coded(text, DAY, "event_type")), text


# -- prisoners held («آلاف المعتقلين في سجون النظام») are a tally, not a capture ---------------------

@pytest.mark.parametrize("tally", [
    "فيما يقبع في سجون الاحتلال نحو ستة آلاف أسير فلسطيني",
    "فيما لا يزال آلاف المعتقلين في سجون النظام منذ سنوات",
    "ويعاني مئات الأسرى في السجون من أمراض مزمنة",
])
def test_prisoners_held_are_no_captured_figure(tally: str) -> None:
    text = f"اعتقلت قوات الاحتلال فجر اليوم خمسة شبان في مدينة الخليل، {tally}."
    found = coded(text, DAY, "event_type", "captured")
    assert found and all((c or 0) < 100 for _, c in found), found


def test_prisoners_freed_and_a_capture_verb_keep_their_figures() -> None:
    # a capture told by a verb stays one though a prison is named after it
    text = "أسرت المقاومة الشعبية 14 مسلحا حوثيا في مدينة تعز اليوم واقتادتهم إلى سجن المدينة."
    found = coded(text, DAY, "captured")
    assert found and found[0][0] == 14, found
