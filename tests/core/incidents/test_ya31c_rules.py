"""Yemen follow-ups of session 31 (ya31c): two takings told in one clause in different districts
or governorates are two events («تحرير مدينة لودر … إضافة إلى تحرير مدينة الوهط بمحافظة لحج»,
«حررت المقاومة مدينة X وحررت مدينة Y»); the place of a destination a few words after «في طريقها
إلى/لـ…» is where the cargo was going, not where it was seized; «متوقعة أن» and «بات وشيكا» tell a
forecast, no event.

Sentences written for the tests in the style of the news; the codability model switched off, so
each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

FRIDAY = date(2015, 7, 31)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.location.admin1_en if i.location else "")
                  for i in analyze(text, FRIDAY).incidents)


REGAINED = "Government regains territory"


@pytest.mark.parametrize("text", [
    # the verbal noun told again after «إضافة إلى» or «و», the first achieved
    "وتمكنت المقاومة الشعبية أمس من تحرير مدينة لودر في محافظة أبين إضافة إلى تحرير مدينة الوهط بمحافظة لحج.",
    "وحققت المقاومة الشعبية أمس انتصارات تمثلت في تحرير مدينة لودر بالإضافة إلى تحرير مدينة الوهط بمحافظة لحج.",
    # the first town named after its rank in the governorate, the second trigger's list the finer one
    "وحققت المقاومة أمس انتصارات تمثلت في تحرير ثاني أكبر مدن محافظة أبين وهي مدينة لودر إضافة إلى "
    "تحرير مدينة الوهط في محافظة لحج.",
    # the verb told again in the clause, each with its own town and governorate
    "وحررت المقاومة الشعبية أمس مدينة زنجبار بمحافظة أبين وحررت مدينة الحوطة بمحافظة لحج.",
])
def test_two_takings_in_one_clause_in_two_governorates_are_two_events(text: str) -> None:
    coded = _coded(text)
    assert len(coded) == 2 and {kind for kind, _ in coded} == {REGAINED}
    assert {gov for _, gov in coded} in ({"Abyan", "Lahij"},)


def test_a_taking_told_again_in_one_district_stays_one_and_an_aim_stays_none() -> None:
    # one phrase of taking («استعادت … السيطرة على») is no taking told twice: where the fighters came
    # from is no second place taken
    assert _coded("واستعادت المقاومة القادمة من محافظة لحج أمس السيطرة على مدينة الضالع.") == [(REGAINED, "Ad Dali")]
    # two quarters of one city: one taking told twice, no second event
    assert _coded("وحررت المقاومة الشعبية أمس حي المعلا في مدينة عدن وحررت حي المعلا بالكامل.") == [(REGAINED, "Aden")]
    # the second noun shares the first's reading: an aim stays an aim
    assert _coded("وتسعى المقاومة إلى تحرير مدينة لودر في محافظة أبين إضافة إلى تحرير مدينة الوهط بمحافظة لحج.") == []


def test_a_seized_cargos_destination_is_not_where_it_was_seized() -> None:
    # «في طريقها للحوثيين في صنعاء»: Sanaa is where the Houthis wait, the seizure was in Marib
    text = ("وضبطت قوات الجيش والمقاومة في محافظة مأرب أمس قاطرتين تقلان أسلحة وذخائر كانت في طريقها "
            "للحوثيين في صنعاء.")
    assert _coded(text) == [("Disrupted weapons use", "Marib")]
    text = ("وضبطت قوات الأمن في مدينة عتق أمس شحنة أسلحة كانت في طريقها إلى ميليشيات الحوثي في "
            "مدينة صعدة.")
    assert _coded(text) == [("Disrupted weapons use", "Shabwah")]
    # a place right after the destination town is where the convoy was: still the event's place
    assert _coded("واستهدفت المقاومة أمس تعزيزات للحوثيين متجهة إلى مأرب في منطقة نهم.") \
        == [("Armed clash", "Sanaa")]


@pytest.mark.parametrize("text", [
    "وفي جبهة مكيراس بمحافظة البيضاء، أفادت مصادر محلية أن حسم المعارك لصالح الجيش الوطني بات وشيكا.",
    "وأكدت المصادر أن الحوثيين يحشدون قواتهم في مديرية نهم، متوقعة أن تشهد المديرية مواجهات عنيفة.",
])
def test_forecasts_are_no_events(text: str) -> None:
    assert _coded(text) == []


def test_a_forecast_after_a_taking_leaves_the_taking() -> None:
    text = "وقالت المصادر إن المقاومة سيطرت أمس على مدينة زنجبار، متوقعة أن تشهد مدينة شقرة معارك عنيفة."
    assert _coded(text) == [(REGAINED, "Abyan")]


def test_a_forecast_closed_by_bat_washikan_leaves_the_fighting_told_after_it() -> None:
    # «بات وشيكا» closes the forecast before it; the fighting told after «خاصة أن» happened
    text = ("وأشار المصدر إلى أن عودة مدينة زنجبار إلى حضن الشرعية بات وشيكا، خاصة أن معارك عنيفة دارت "
            "أمس داخل معسكر اللواء 15 في زنجبار.")
    assert _coded(text) == [("Armed clash", "Abyan")]


def test_a_taking_told_again_keeps_the_first_district_and_the_second_plural_list() -> None:
    # the first telling's district, then villages of another district listed past their commas
    text = ("وانتهت المقاومة الشعبية أمس من تطهير كل قرى مديرية المسراخ وتمكنت من تطهير قرى "
            "سيعة، وذي مهنة، ومحزف، في مديرية صبر الموادم.")
    districts = sorted(i.location.admin2_en for i in analyze(text, FRIDAY).incidents)
    assert districts == ["Al Misrakh"] + ["Saber Al Mawadim"] * 3
