"""Governorate rules of the session-30 review of the read parts (gold incidents the pipeline found
only in another governorate): a name the recogniser cannot place is the site the article places
elsewhere; a village of another country named among the article's own country's places is one of
them; a landmark named after a district its sentence names lies in that district.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 9)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _places(text: str) -> list[tuple[str, str]]:
    return [(inc.location.name_ar, inc.location.admin1_en) for inc in analyze(text, DAY).incidents if inc.location]


def test_an_unplaced_name_is_the_site_the_article_places_later() -> None:
    """«استعادت المقاومة … معسكري الصدرين والقوات الخاصة» in a paragraph about Abyan, then «معسكر
    الصدرين المطل على مديرية قعطبة بمحافظة الضالع»: the name the recogniser could not place is the
    camp the article places in al-Dhale, not the paragraph's Abyan."""
    text = ("أعلنت المقاومة الشعبية في محافظة أبين أنها سيطرت أمس على مواقع الحوثيين في مديرية لودر. "
            "وفي سياق متصل، استعادت المقاومة أمس السيطرة على معسكري الصدرين والقوات الخاصة بعد معارك عنيفة.\n"
            "وكانت قوات الحرس الجمهوري تتمركز منذ أشهر في معسكر الصدرين المطل على مديرية قعطبة بمحافظة الضالع.")
    govs = {gov for name, gov in _places(text) if "الصدرين" in name}
    assert govs == {"Ad Dali"}



def test_an_unplaced_name_keeps_the_articles_place_when_its_sentence_names_that_governorate_among_others() -> None:
    """Its own sentence names the governorate the article places the camp in (al-Dhale) and another
    (Lahij, where the fighters came from): no contradiction, the camp stays in al-Dhale — only a
    sentence naming other governorates alone sends it to the nearest one."""
    text = ("أعلنت المقاومة الشعبية في محافظة أبين أنها سيطرت أمس على مواقع الحوثيين في مديرية لودر.\n"
            "وبعد أن طردت الحوثيين من محافظة الضالع، استعادت المقاومة القادمة من لحج أمس السيطرة على معسكري "
            "الصدرين والقوات الخاصة.\n"
            "وكانت قوات الحرس الجمهوري تتمركز منذ أشهر في معسكر الصدرين المطل على مديرية قعطبة بمحافظة الضالع.")
    govs = {gov for name, gov in _places(text) if "الصدرين" in name}
    assert govs == {"Ad Dali"}

def test_a_foreign_village_among_the_articles_own_places_is_one_of_them() -> None:
    """Saudi news of Houthi shells on Dhahran al-Janub that also tells of strikes on Sa'ada: «بقرية
    الجبيرية التابعة لظهران الجنوب» is a village of 'Asir the gazetteer does not know, not the
    Hudaydah village of that name — its sentence names Saudi places only."""
    text = ("سقطت أمس خمس قذائف أطلقتها الميليشيات الحوثية من داخل الأراضي اليمنية على محافظة ظهران الجنوب "
            "دون أن تسفر عن إصابات.\n"
            "وقال مصدر أمني إن قذيفة سقطت في مزرعة بقرية الجبيرية التابعة لظهران الجنوب، فيما دمرت المدفعية "
            "السعودية منصات الإطلاق.\n"
            "وكانت طائرات التحالف قد شنت غارات على مواقع الحوثيين في محافظة صعدة.")
    places = _places(text)
    assert ("الجبيرية", "Asir") in places
    assert all(gov != "Al Hudaydah" for _, gov in places)
    assert ("صعدة", "Sadah") in places  # the Yemeni governorate the article names keeps its own


def test_a_landmark_named_after_a_district_its_sentence_names_stays_there() -> None:
    """«قبيل وصولها إلى منطقة حرض … الآليات التي وصلت وادي حرض، فيما صدت … في منطقة صرواح غرب
    مأرب»: the valley is Harad's (Hajjah), whose district the sentence names by itself; the later
    Marib place does not move it."""
    text = ("دمرت مقاتلات التحالف أمس بعدة غارات تعزيزات للحوثيين قبيل وصولها إلى منطقة حرض، وقالت مصادر "
            "محلية إن الغارات استهدفت الآليات التي وصلت وادي حرض، فيما صدت قوات الجيش هجوما للحوثيين في "
            "منطقة صرواح غرب مأرب.")
    places = _places(text)
    strikes = [gov for name, gov in places if "حرض" in name]
    assert strikes and set(strikes) == {"Hajjah"}
    assert ("صرواح", "Marib") in places


def test_a_curated_place_told_beside_a_town_is_not_moved_into_it() -> None:
    """«منطقة صبر في شمال عدن»: a compass word says where Sabr lies from Aden, not that it is in
    Aden; the curated area keeps its governorate (Lahij). A sentence that puts it in Aden itself
    («… في مدينة عدن») still moves it."""
    beside = "قال سكان إن مقاتلي المقاومة الشعبية استعادوا أمس منطقة صبر في شمال عدن بعد اشتباكات مع الحوثيين."
    assert {gov for name, gov in _places(beside) if "صبر" in name} == {"Lahij"}
    inside = "قال سكان إن مقاتلي المقاومة الشعبية استعادوا أمس منطقة صبر بعد اشتباكات مع الحوثيين في مدينة عدن."
    assert {gov for _, gov in _places(inside)} == {"Aden"}


def test_dofas_is_an_area_of_abyan() -> None:
    """«دوفس» (Zinjibar district), a front line news name alone or «شرق محافظة عدن»: a curated row
    of Abyan (the gazetteer had none, so the nearest place, Aden, placed it)."""
    assert _places("شنت طائرات التحالف أمس غارات على تجمعات الحوثيين في منطقة دوفس.") == [("دوفس", "Abyan")]
    east = "تمكنت المقاومة وقوات الجيش أمس من السيطرة على منطقة دوفس شرق محافظة عدن بعد معارك مع الحوثيين."
    assert {gov for name, gov in _places(east) if "دوفس" in name} == {"Abyan"}
