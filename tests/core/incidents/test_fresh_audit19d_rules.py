"""Rules added after the fourth fresh-article audit of round nineteen (a coder's reading of
never-coded war news, with a reviewer's defects).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 4)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_a_units_number_is_no_death_toll() -> None:
    """«قتل قائد اللواء 35 مدرع و3 من مرافقيه»: the brigade's number names the unit; the dead are
    its commander and three of his guards, not 38."""
    [incident] = analyze("قُتل قائد اللواء 27 ميكا وثلاثة من حراسه بانفجار عبوة ناسفة في مدينة زنجبار.", DAY).incidents
    assert incident.fatalities == 4
    [incident] = analyze("أصيب خمسة جنود من الكتيبة 9 في قصف حوثي على مدينة الضالع.", DAY).incidents
    assert incident.injured == 5
    casualties = [s for s in analyze("قتل قائد الفرقة 12 في اشتباكات مع الحوثيين بمديرية صرواح.", DAY).entities
                  if s.label == "CASUALTY"]
    assert all(s.attrs.get("count") != 12 for s in casualties)


def test_a_place_right_after_a_days_name_is_the_object() -> None:
    """«قصفت طائرات التحالف يوم الأحد الحديدة»: the place after the day's name is what was struck
    (no adjective of «الأحد», and «الأحد» is Sunday, not the partitive «أحد»)."""
    [strike] = analyze("قصفت مقاتلات التحالف يوم الأحد الحديدة.", DAY).incidents
    assert strike.location is not None and strike.location.admin1_en == "Al Hudaydah"
    [strike] = analyze("قصفت مقاتلات التحالف يوم الاثنين الضالع.", DAY).incidents
    assert strike.location is not None and strike.location.admin1_en == "Ad Dali"
    places = [s for s in analyze("سقطت قذيفة على أحد البساتين في المنطقة.", DAY).entities if s.label == "LOCATION"]
    assert not any(s.text == "البساتين" for s in places)


def test_the_destination_places_an_event_nothing_else_places() -> None:
    """«قتل خمسة جنود في كمين استهدف دورية متوجهة إلى مدينة المكلا»: with no other place told, the
    place the forces were heading to places the event, around it (geo_precision 2); an earlier
    sentence's place still wins."""
    [ambush] = analyze("لقي ستة جنود مصرعهم في كمين نصبه مسلحون لقافلة عسكرية متجهة إلى مدينة عتق.", DAY).incidents
    assert ambush.location is not None and ambush.location.admin1_en == "Shabwah"
    assert ambush.location.geo_precision == 2
    text = ("أعلنت المقاومة الشعبية سقوط قتلى من الحوثيين في كمين بمديرية السدة في محافظة إب.\n"
            "وذكرت المقاومة أنها نصبت صباح اليوم كمائن لرتل للميليشيات كان متجها إلى محافظة الضالع.\n"
            "وأضافت أن مقاتليها هاجموا دورية عسكرية للحوثيين.")
    assert all(i.location is None or i.location.admin1_en != "Ad Dali" for i in analyze(text, DAY).incidents)


def test_the_town_forces_left_is_not_where_they_fought() -> None:
    """«عشرات الآليات … قد غادرت عدن ليل أول من أمس … مما ساعد الثوار على اقتحام الموقع»: the
    town right after «غادرت» is where the column set out from, not the place of the storming."""
    text = ("اقتحمت المقاومة الشعبية أمس معسكر لبوزة في محافظة لحج بعد معارك عنيفة مع الحوثيين.\n"
            "وكانت عشرات العربات المدرعة التي تقل مئات المقاتلين قد غادرت عدن مساء أول من أمس، "
            "مما مكن المقاومة من اقتحام المعسكر بسرعة.")
    incidents = analyze(text, DAY).incidents
    assert incidents and all(i.location is not None and i.location.admin1_en == "Lahij" for i in incidents)
