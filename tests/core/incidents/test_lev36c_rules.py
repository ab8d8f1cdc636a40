"""Rules added in session 36's third pass over non-Yemen news (lev13, seed 3011): fire launched from
one place onto another falls on the second («أطلق من قطاع غزة على جنوب إسرائيل»: «قطاع» is a
place head, a word of aim keeps the target from reading as the origin's reference point); a season
of the year before («الصيف الماضي») dates what it tells; the accusative «صاروخا» is a missile, fired
or seized.

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

from incident_fixtures import told

pytestmark = pytest.mark.usefixtures("rules_alone")

SATURDAY = date(2015, 8, 8)


def _places(text: str, day: date = SATURDAY) -> list[tuple[str, str, str]]:
    return [(i.sub_event_type, i.location.country if i.location else "", i.location.admin1_en if i.location else "")
            for i in told(text, day)]


def test_fire_from_the_gaza_strip_falls_where_it_is_aimed() -> None:
    """«من قطاع غزة»: the origin, its head word «قطاع» between; the place after «على» is where it fell."""
    for text in ("سقطت قذيفة صاروخية أطلقت من قطاع غزة على بلدات إسرائيلية في جنوب إسرائيل ليلة أمس دون أن توقع إصابات.",
                 "وأطلق مسلحون صواريخ من قطاع غزة على بلدة في جنوب إسرائيل أمس، بحسب مصادر محلية."):
        found = _places(text)
        assert found, text
        assert all(country != "Palestine" for _, country, _ in found), (text, found)


def test_a_region_of_the_target_country_after_the_aim_word() -> None:
    """«… من قطاع غزة على جنوب إسرائيل»: the compass word names the target's region, not where Gaza
    lies; «… من ناحية بلدة X جنوب مدينة Y» (no word of aim) still tells where the origin lies."""
    text = "وسقط صاروخ أطلقه مسلحون من قطاع غزة على جنوب إسرائيل مساء أمس من دون أن يسفر عن إصابات."
    assert ("Shelling/artillery/missile attack", "Israel", "") in _places(text)


def test_a_lone_origin_place_stays_the_place() -> None:
    """With only one place named, the launch site is all the text gives: it stays."""
    text = "وأطلق مسلحون صاروخين من قطاع غزة مساء أمس، بحسب الجيش."
    assert [c for _, c, _ in _places(text)] in ([], ["Palestine"])


def test_strikes_on_the_gaza_strip_stay_there() -> None:
    """«قطاع» as a head does not make the target an origin."""
    assert _places("وقصفت طائرات حربية إسرائيلية موقعين لحركة حماس في قطاع غزة فجر أمس.") \
        == [("Air/drone strike", "Palestine", "Gaza")]


def test_last_summer_is_history() -> None:
    """«الصيف الماضي» in August is the summer before: what it dates is no news, and a current
    shelling told before it is not merged into that war's toll."""
    text = ("وأعلن الجيش أن صاروخا أطلق من قطاع غزة سقط أمس على جنوب إسرائيل دون إصابات. "
            "وكانت إسرائيل قد شنت الصيف الماضي حربا على القطاع أوقعت أكثر من ألفي قتيل.")
    found = told(text, SATURDAY)
    assert all(not i.fatalities for i in found), [i.summary_en for i in found]
    war = "شنت القوات الحكومية الصيف الماضي هجوما واسعا على مدينة درنة قتل فيه 40 مسلحا."
    assert [i for i in analyze(war, SATURDAY).incidents] == []


@pytest.mark.parametrize("phrase,day,iso", [
    ("الصيف الماضي", date(2015, 8, 8), "2014-07-01"),   # summer still running: the year before's
    ("الصيف الماضي", date(2015, 10, 2), "2015-07-01"),  # over: this year's
    ("الربيع الماضي", date(2015, 8, 8), "2015-04-01"),
    ("الشتاء الماضي", date(2015, 8, 8), "2015-01-01"),
    ("الخريف الماضي", date(2015, 8, 8), "2014-10-01"),
])
def test_season_dates(phrase: str, day: date, iso: str) -> None:
    text = f"وقالت الوزارة إن المشروع توقف في {phrase} بسبب الأحداث."
    dates = [e for e in analyze(text, day).entities if e.label == "DATE"]
    assert [(e.text, e.attrs.get("iso")) for e in dates] == [(phrase, iso)]


def test_an_accusative_missile_fired_is_shelling() -> None:
    """«أطلقوا صاروخا على …»: the indefinite accusative is the missile fired."""
    text = "وقال مصدر أمني إن مسلحين أطلقوا صاروخا على دورية للجيش قرب مدينة العريش مساء أمس دون إصابات."
    assert [s for s, _, _ in _places(text)] == ["Shelling/artillery/missile attack"]


def test_accusative_missiles_seized_are_no_shelling() -> None:
    """«استولت على 12 صاروخا مضادا للدروع»: weapons seized, not fire."""
    text = ("وقتلت القوات العراقية خمسة من عناصر التنظيم واستولت على 12 صاروخا مضادا للدروع "
            "في منطقة حصيبة الشرقية شرق الرمادي أمس.")
    assert "Shelling/artillery/missile attack" not in [s for s, _, _ in _places(text)]


def test_one_man_killed_after_a_two_word_date() -> None:
    """«استشهد فجر أمس الشاب …», «قتل مساء أمس جندي …»: the whole date between the verb and its
    subject is skipped; the man is one dead (was: a death with no number)."""
    for text in ("استشهد صباح أمس الشاب خالد منصور برصاص قوات الاحتلال قرب بلدة يعبد قضاء جنين.",
                 "قتل مساء أمس جندي برصاص مسلحين مجهولين قرب مدينة العريش."):
        assert [i.fatalities for i in told(text, SATURDAY)] == [1], text


def test_the_party_of_a_man_in_a_raided_house_does_not_arrest() -> None:
    """«داهمت آليات عسكرية منزل القيادي في حركة حماس … واعتقلت نجله»: the party after «القيادي
    في» is whose member the man is; the arrest is an arrest, not an abduction by that party."""
    text = ("وقال شهود إن آليات عسكرية إسرائيلية اقتحمت بلدة يعبد قضاء جنين فجر أمس وداهمت منزل القيادي في "
            "حركة الجهاد الإسلامي سعيد نمر واعتقلت نجله.")
    found = told(text, SATURDAY)
    assert [i.sub_event_type for i in found if i.event_type != "Battles"] == ["Arrests"], [i.summary_en for i in found]
    assert all(i.actor1 is None or "Jihad" not in i.actor1.name_en for i in found), [i.summary_en for i in found]


def test_a_member_named_as_speaker_or_victim_keeps_his_part() -> None:
    """The party of a man who speaks or is hit stays out of the doer's place either way."""
    text = "وقال القيادي في حركة حماس إن قوات الاحتلال اعتقلت أمس ثلاثة شبان في بلدة يعبد قضاء جنين."
    found = told(text, SATURDAY)
    assert [(i.sub_event_type, i.actor1.name_en if i.actor1 else "") for i in found] \
        == [("Arrests", found[0].actor1.name_en)] and "Israel" in found[0].actor1.name_en


def test_an_age_glued_to_its_digits_is_no_count() -> None:
    """«الشاب … (19عاما)»: «عاما» written against the digits is still his age, not 19 dead."""
    text = "قتل فجر أمس الشاب سامي يوسف (19عاما) برصاص قناص في حي الشعار بمدينة حلب."
    assert [i.fatalities for i in told(text, SATURDAY)] == [1]
    assert [i.fatalities for i in told("قتل 12شخصا في قصف على حي الشعار بمدينة حلب أمس.", SATURDAY)] == [12]
