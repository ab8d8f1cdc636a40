"""Rules added after a coder's reading of protest articles outside Yemen (session 36, sampler seed
3001). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _protest_places(text: str) -> list[str]:
    an = analyze(text, MONDAY)
    return sorted(i.location.admin1_en or i.location.name_en for i in an.incidents + an.set_aside
                  if i.event_type in ("Protests", "Riots") and i.location is not None)


# -- protests at several places in one sentence: one event per place ----------------------------

@pytest.mark.parametrize("text, places", [
    ("تظاهر أمس مئات العراقيين في البصرة وكربلاء والنجف احتجاجا على تردي الخدمات.",
     ["Al Basrah", "An Najaf", "Karbala'"]),
    ("وكان المئات من سكان محافظة البصرة قد تظاهروا أمس احتجاجا على انقطاع الكهرباء، كما شهدت مدينة "
     "كربلاء تظاهرة أخرى شارك فيها العشرات، وكان العشرات في محافظة النجف تظاهروا ليلا للمطالبة بتحسين الخدمات.",
     ["Al Basrah", "An Najaf", "Karbala'"]),
    ("وسار المتظاهرون أمس من ميدان التحرير في القاهرة إلى مبنى البرلمان، فيما تظاهر آخرون في الإسكندرية.",
     ["Al Iskandariyah", "Al Qahirah"]),
])
def test_protests_told_at_several_places_in_one_sentence_are_one_event_each(text: str, places: list[str]) -> None:
    """«تظاهر المئات في البصرة وكربلاء والنجف»: ACLED codes one event per place and day — the protest
    had been one event at the first place (or, told in three clauses, at the most specific one)."""
    assert _protest_places(text) == places


@pytest.mark.parametrize("text, places", [
    ("تظاهر آلاف الأتراك أمس في إسطنبول احتجاجا على التفجير الذي وقع في سوروج.", ["Istanbul"]),
    ("نظم العشرات أمس وقفة احتجاجية أمام السفارة الأمريكية في بيروت تنديدا بالغارات على حلب وإدلب.",
     ["Bayrut"]),
    ("وتظاهر أنصار الحزب أمس في مدينة ديار بكر بعد مقتل شابين في اشتباكات مع الشرطة في بلدة سيلوبي.",
     ["Diyarbakır"]),
    ("واعتصم عشرات الطلاب أمس أمام مبنى الجامعة في عمان تضامنا مع زملائهم المعتقلين في إربد.", ["Al 'Asimah"]),
])
def test_a_place_the_protest_is_about_is_no_place_of_it(text: str, places: list[str]) -> None:
    """A place after «احتجاجا/تنديدا/تضامنا/للمطالبة» (`protest_purpose_openers`) or after a word of the
    violence behind the protest («بعد مقتل», `protest_cause_nouns`) in its clause is what the protest
    is about; the protest stays where it was."""
    assert _protest_places(text) == places
