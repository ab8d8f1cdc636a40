"""Rules added in session 36's pass over non-Yemen news (seed 2981, lev12): a government named by its
seat («لحكومة طرابلس», «برلمان طبرق») is no place — neither where an event was nor what «المدينة»
later points back to; a clause after the event telling since when something holds («…، وقد توارى
عن الأنظار منذ رمضان») does not date the event; weeks of a campaign («في الأسابيع الأخيرة») are no one day's event (their
test sits with the months of it in test_incident_rules.py).

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import told

pytestmark = pytest.mark.usefixtures("rules_alone")

THURSDAY = date(2015, 7, 23)


def _governorates(text: str) -> list[str]:
    return [i.location.admin1_en if i.location else "" for i in told(text, THURSDAY)]


def test_the_city_points_back_past_a_government_named_by_its_seat() -> None:
    """«في المدينة» is the town the fight was told in, not the capital a government is named after."""
    text = ("عاد الهدوء أمس إلى مدينة سبها في جنوب البلاد.\n"
            "ونقلت وكالة الأنباء الموالية لحكومة طرابلس عن رئيس البلدية أن الوضع مستقر.\n"
            "واندلعت أمس اشتباكات بين مسلحين من القبيلتين في المدينة أسفرت عن مقتل ستة أشخاص.")
    assert _governorates(text) == ["Sebha"]
    text = ("وصل الوفد أمس إلى مدينة بنغازي.\n"
            "وقال متحدث باسم برلمان طبرق إن المحادثات ستستمر.\n"
            "وقتل ثلاثة جنود أمس في هجوم على حاجز للجيش في المدينة.")
    assert _governorates(text) == ["Benghazi"]


def test_a_government_by_its_seat_is_not_where_the_event_was() -> None:
    text = "وقصفت طائرات تابعة لحكومة طرابلس أمس مواقع للمسلحين في مدينة سرت."
    assert _governorates(text) == ["Sirt"]
    # the capital named as the place, with its head or bare after «في», stays the place
    assert _governorates("وقتل ثلاثة أشخاص أمس في انفجار سيارة مفخخة في طرابلس.") == ["Tripoli"]


def test_a_state_held_since_a_date_does_not_date_the_event_before_it() -> None:
    """«…، وقد توارى عن الأنظار منذ رمضان»: a clause of its own after the event, telling since when
    something holds, gives the start of that state; the event keeps the article's day. A day told in
    the event's own clause still dates it."""
    for text in ("انفجرت سيارة مفخخة قرب مركز للشرطة في مدينة العريش، وتعيش المدينة حالة من التوتر منذ مارس الماضي.",
                 "وقال المتحدث إن منفذ تفجير المسجد في مدينة أبها معروف للأجهزة الأمنية، وقد اختفى منذ يونيو الماضي."):
        assert [i.date for i in told(text, THURSDAY)] == ["2015-07-23"], text
    old = "وانفجرت سيارة مفخخة في مارس الماضي قرب مركز للشرطة في مدينة العريش."
    assert told(old, THURSDAY) == []
