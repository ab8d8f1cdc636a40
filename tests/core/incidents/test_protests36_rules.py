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
     ["Al-Basrah", "Al-Najaf", "Kerbala"]),
    ("وكان المئات من سكان محافظة البصرة قد تظاهروا أمس احتجاجا على انقطاع الكهرباء، كما شهدت مدينة "
     "كربلاء تظاهرة أخرى شارك فيها العشرات، وكان العشرات في محافظة النجف تظاهروا ليلا للمطالبة بتحسين الخدمات.",
     ["Al-Basrah", "Al-Najaf", "Kerbala"]),
    ("وسار المتظاهرون أمس من ميدان التحرير في القاهرة إلى مبنى البرلمان، فيما تظاهر آخرون في الإسكندرية.",
     ["Alexandria", "Cairo"]),
])
def test_protests_told_at_several_places_in_one_sentence_are_one_event_each(text: str, places: list[str]) -> None:
    """«تظاهر المئات في البصرة وكربلاء والنجف»: ACLED codes one event per place and day — the protest
    had been one event at the first place (or, told in three clauses, at the most specific one)."""
    assert _protest_places(text) == places


@pytest.mark.parametrize("text, places", [
    ("تظاهر آلاف الأتراك أمس في إسطنبول احتجاجا على التفجير الذي وقع في سوروج.", ["Istanbul"]),
    ("نظم العشرات أمس وقفة احتجاجية أمام السفارة الأمريكية في بيروت تنديدا بالغارات على حلب وإدلب.",
     ["Beirut"]),
    ("وتظاهر أنصار الحزب أمس في مدينة ديار بكر بعد مقتل شابين في اشتباكات مع الشرطة في بلدة سيلوبي.",
     ["Diyarbakir"]),
    ("واعتصم عشرات الطلاب أمس أمام مبنى الجامعة في عمان تضامنا مع زملائهم المعتقلين في إربد.", ["Amman"]),
])
def test_a_place_the_protest_is_about_is_no_place_of_it(text: str, places: list[str]) -> None:
    """A place after «احتجاجا/تنديدا/تضامنا/للمطالبة» (`protest_purpose_openers`) or after a word of the
    violence behind the protest («بعد مقتل», `protest_cause_nouns`) in its clause is what the protest
    is about; the protest stays where it was."""
    assert _protest_places(text) == places


def test_a_protest_place_its_own_trigger_follows_is_no_topic() -> None:
    """«… للمطالبة بحل الأزمة، دعوا … وكانت العشرات في محافظة النجف تظاهروا»: a place with a protest
    word right after it is where that protest was, though a purpose word of the protest before it
    stands earlier in the clause."""
    text = ("وشهدت مدينة كربلاء أمس تظاهرة أخرى شارك فيها المئات للمطالبة بحل أزمة الكهرباء، دعوا رئيس "
            "الوزراء إلى محاسبة المقصرين وكانت العشرات في محافظة النجف تظاهروا، ليلا للمطالبة بتحسين الخدمات.")
    assert _protest_places(text) == ["Al-Najaf", "Kerbala"]


# -- «، و كما …»: a conjunction written apart from its word opens a clause as a joined one does -----

def test_a_detached_conjunction_after_a_comma_opens_a_clause() -> None:
    from core.incidents.clauses import split_clauses

    text = "تظاهر المئات أمس في البصرة، و كما شهدت مدينة كربلاء تظاهرة أخرى، و طالب المحتجون بالكهرباء، و الشرطة تراقب."
    [clauses] = split_clauses(analyze(text, MONDAY, until="tokenise").doc)
    assert [text[c.start:c.end].split()[:2] for c in clauses] == [
        ["تظاهر", "المئات"], ["و", "كما"], ["و", "طالب"]]  # «، و الشرطة»: a definite noun, coordination


def test_protests_in_clauses_opened_by_a_detached_conjunction_are_one_event_each() -> None:
    text = ("و كان المئات من أهالي محافظة البصرة قد تظاهروا أمس احتجاجا على انقطاع الكهرباء، و كما شهدت "
            "مدينة كربلاء تظاهرة أخرى شارك فيها العشرات.")
    assert _protest_places(text) == ["Al-Basrah", "Kerbala"]


# -- a day after the article's is no day of what happened, when the sentence tells one -------------

def test_a_coming_day_does_not_date_the_protest_told_beside_it() -> None:
    """«يستعد نشطاء لتنظيم مظاهرات يوم الجمعة المقبل في بغداد التي شهدت الأربعاء الماضي مظاهرة»: the
    protest that happened is Wednesday's, not the coming Friday's (the article is of Monday 3 August)."""
    an = analyze("ويستعد ناشطون لتنظيم مظاهرات يوم الجمعة المقبل في بغداد التي شهدت الأربعاء الماضي "
                 "مظاهرة لسائقي القطارات.", MONDAY)
    dates = [i.date for i in an.incidents + an.set_aside if i.event_type == "Protests"]
    assert dates == ["2015-07-29"]


def test_a_coming_day_told_alone_keeps_its_date() -> None:
    """No day of the article or before told with it: the date stays (the plan is the model's to judge)."""
    from core.document import Span
    from core.incidents.attribution import date_of

    friday = Span(0, 5, "DATE", attrs={"iso": "2015-08-07", "precision": 1})
    wednesday = Span(6, 9, "DATE", attrs={"iso": "2015-07-29", "precision": "day"})
    assert date_of([friday], MONDAY)[0] == "2015-08-07"
    assert date_of([friday, wednesday], MONDAY)[0] == "2015-07-29"


# -- protesters smashing or looting property: a violent demonstration ------------------------------

@pytest.mark.parametrize("text, sub", [
    ("وحاولت الشرطة أمس تفريق المتظاهرين الذين قطعوا شارعا رئيسيا في القاهرة وحطموا واجهات المحلات.",
     "Violent demonstration"),
    ("وتظاهر مئات المحتجين أمس أمام مبنى المحافظة في مدينة الإسكندرية وهشموا زجاج البوابة الرئيسية.",
     "Violent demonstration"),
    ("وتظاهر مئات المحتجين أمس في مدينة الإسكندرية احتجاجا على اعتقال شبان حطموا سيارة للشرطة.",
     "Peaceful protest"),
])
def test_protesters_smashing_property_riot(text: str, sub: str) -> None:
    an = analyze(text, MONDAY)
    subs = [i.sub_event_type for i in an.incidents + an.set_aside if i.event_type in ("Protests", "Riots")]
    assert subs == [sub], subs
