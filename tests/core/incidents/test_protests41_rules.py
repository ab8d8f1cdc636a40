"""Protests, riots and arrests (session 41, protests11): a coder's reading of 16 protest-pool articles
outside Yemen (sampler seeds 3151, 3161) and of the pool's coded events. Sentences written for the
tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

SUNDAY = date(2015, 8, 2)


def _protests(text: str):
    an = analyze(text, SUNDAY)
    return [i for i in an.incidents + an.set_aside if i.event_type == "Protests"]


def _places(text: str) -> list[str | None]:
    return sorted((i.location.name_en if i.location else None) or "" for i in _protests(text))


# -- the place a deed of violence was done at, told before the protest it is remembered by -----------------

def test_a_place_taken_before_the_protest_is_not_its_place() -> None:
    """«على سقوط مدينة الرمادي تظاهر … في مدينة كربلاء»: Ramadi is what fell (a `protest_cause_nouns`
    word right before it), though the protest verb follows it; the protest is at Karbala alone."""
    assert _places("وتزامنا مع مرور عام على سقوط مدينة الرمادي تظاهر أمس مئات النازحين في مدينة كربلاء.") == ["Karbala"]


def test_a_place_occupied_before_the_protest_is_not_its_place() -> None:
    assert _places("وبمناسبة مرور عام على احتلال المسلحين مدينة تكريت اعتصم أمس العشرات في مدينة كربلاء.") == ["Karbala"]


def test_a_list_of_protest_places_still_splits() -> None:
    """No deed of violence before them: two places, two protests."""
    assert _places("تظاهر المئات أمس في مدينة الرمادي وفي مدينة كربلاء.") == ["Karbala", "Ramadi"]


def test_a_place_right_before_its_own_protest_stays() -> None:
    """«… وكانت العشرات في محافظة النجف تظاهروا»: a place the protest verb follows is its own."""
    assert "Al-Najaf" in " ".join(p or "" for p in _places(
        "تظاهر المئات أمس في مدينة كربلاء، وكان العشرات في محافظة النجف تظاهروا للمطالبة بتحسين الكهرباء."))


# -- what the protesters denounce is no party to the protest ----------------------------------------------

def _sides(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(i.sub_event_type, [a.name_en for a in ([i.actor1] if i.actor1 else []) + list(i.assoc_actor_1 or [])],
             [a.name_en for a in ([i.actor2] if i.actor2 else []) + list(i.assoc_actor_2 or [])])
            for i in _protests(text)]


def test_the_group_a_dispersed_protest_denounced_is_no_associate() -> None:
    """«فرقت الشرطة … مئات المتظاهرين الذين كانوا يدينون تنظيم داعش»: the police dispersed the
    protest; Islamic State, what it denounced (`protest_purpose_openers` right before the name), is
    neither side's associate."""
    found = _sides("فرقت الشرطة التركية أمس في مدينة أضنة مئات المتظاهرين الذين كانوا يدينون تنظيم داعش.")
    assert len(found) == 1 and found[0][0] == "Protest with intervention"
    assert not any("Islamic State" in n for n in found[0][1] + found[0][2])
    assert any("Police" in n for n in found[0][2])


def test_a_group_after_tandidan_bi_is_no_associate_either() -> None:
    found = _sides("فرقت قوات الأمن أمس في مدينة ديار بكر مئات المتظاهرين المنددين بحزب العمال الكردستاني.")
    assert len(found) == 1 and not any("PKK" in n for n in found[0][1] + found[0][2])


def test_a_group_fighting_beside_the_crowd_stays() -> None:
    """Not after a word of purpose: a group that took part stays with its side."""
    an = analyze("اشتبك مسلحون من حزب العمال الكردستاني مع الشرطة أثناء تفريقها مظاهرة في ديار بكر أمس.", SUNDAY)
    names = [a.name_en for i in an.incidents + an.set_aside
             for a in ([i.actor1, i.actor2] + list(i.assoc_actor_1 or []) + list(i.assoc_actor_2 or [])) if a]
    assert any("PKK" in n for n in names)


# -- a deed told after «عقب/إثر/بعد» takes the date told after it ------------------------------------------

def test_protests_a_law_came_after_are_of_the_year_told_after_them() -> None:
    """«وافق البرلمان أمس … عقب سلسلة من الاحتجاجات … العام الماضي»: the protests (`earlier_deed_cues`
    «عقب» three words before the trigger) are of last year, not of yesterday's vote: background, no event."""
    assert _protests("وافق البرلمان أمس على القانون الجديد بناء على تشريع طرح عقب سلسلة من الاحتجاجات "
                     "الطلابية في مدينة الخليل العام الماضي.") == []


def test_a_protest_an_arrest_came_after_takes_its_own_day() -> None:
    """«اعتقلت الشرطة أمس … بعد مظاهرة … يوم الجمعة الماضي»: the protest is of Friday."""
    found = _protests("اعتقلت الشرطة أمس عشرة أشخاص بعد مظاهرة في مدينة الخليل يوم الجمعة الماضي.")
    assert [str(i.date) for i in found] == ["2015-07-31"]


def test_a_protest_with_no_date_after_it_keeps_the_clause_day() -> None:
    found = _protests("أعلنت الحكومة أمس حظر التجول عقب الاحتجاجات التي شهدتها مدينة الخليل.")
    assert [str(i.date) for i in found] == ["2015-08-01"]
