"""Protests, riots and arrests (session 37, protests5): a coder's reading of 24 protest-pool articles
outside Yemen (sampler seeds 3011, 3021). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _all(text: str):
    an = analyze(text, MONDAY)
    return an.incidents + an.set_aside


# -- «احتجاز» that is no arrest: hostages taken, people or cars trapped ---------------------------

@pytest.mark.parametrize("text", [
    "اندلع حريق أمس في مبنى سكني بحي النسيم في مدينة جدة، وتبين وجود حالات احتجاز داخل الشقق.",
    "تسببت السيول التي اجتاحت محافظة القنفذة أمس في احتجاز عشرات المركبات على الطريق الساحلي.",
    "وأفاد الدفاع المدني بأن فرق الإنقاذ حررت السائق بعد احتجازه داخل المركبة إثر حادث تصادم على طريق أبها أمس.",
    "وتسببت الأمطار الغزيرة أمس في احتجاز بعض السيارات على طريق الطائف.",
])
def test_people_or_cars_trapped_are_no_arrest(text: str) -> None:
    """«حالات احتجاز» in a fire, «احتجاز عشرات المركبات» in a flood, «احتجازه داخل المركبة» after a
    crash: people or vehicles trapped (`trapped_cases_before`, `trapped_inside`, `trapped_vehicles`),
    no one arrested."""
    assert not [i for i in _all(text) if i.sub_event_type == "Arrests"]


@pytest.mark.parametrize("text", [
    "قال مصدر أمني إن الهجوم على الفندق في مدينة موبتي أمس كان عملية احتجاز رهائن.",
    "وأنهت القوات المالية أمس عملية احتجاز الرهائن في فندق بمدينة موبتي.",
    "اقتحم مسلح مقهى في مدينة سيدني أمس واحتجز 18 شخصا كرهائن داخله.",
])
def test_hostages_held_are_an_abduction_not_an_arrest(text: str) -> None:
    """«عملية احتجاز رهائن»: hostage-taking (`hostage_words` within four words after the holding word)
    is ACLED's Abduction/forced disappearance, not an arrest."""
    incs = _all(text)
    assert not [i for i in incs if i.sub_event_type == "Arrests"]
    assert [i for i in incs if i.sub_event_type == "Abduction/forced disappearance"]


@pytest.mark.parametrize("text", [
    "احتجزت الشرطة التركية أمس عشرة أشخاص في إسطنبول للاشتباه في انتمائهم لتنظيم داعش.",
    "واحتجزت قوات الأمن المصرية أمس سائق سيارة في مدينة العريش للاشتباه في تهريبه أسلحة.",
])
def test_people_held_by_a_force_stay_an_arrest(text: str) -> None:
    """People held («عشرة أشخاص», a driver named before his car: `held_people`) are still arrested."""
    assert [i for i in _all(text) if i.sub_event_type == "Arrests"]


# -- a death whose anniversary is marked is no toll of the day ------------------------------------

@pytest.mark.parametrize("text", [
    "أصيب متظاهر بجروح في إطلاق نار خلال مواجهات في مدينة إسطنبول أمس لدى إحياء الذكرى الأولى لمقتل طالب برصاص شرطي.",
    "تظاهر المئات أمس في القاهرة بمناسبة ذكرى مرور عام على مقتل ناشط برصاص الشرطة.",
    "وتحولت المسيرة التي نظمت أمس في إسطنبول في ذكرى مقتل الطالب إلى مواجهات مع الشرطة.",
])
def test_a_commemorated_death_is_no_fatality(text: str) -> None:
    """«في الذكرى الأولى لمقتل الشاب», «بمناسبة ذكرى مرور عام على مقتل»: the death marked is the
    occasion (`commemorated_death_before` at most four words before it), no one killed that day."""
    incs = [i for i in _all(text) if i.event_type in ("Protests", "Riots")]
    assert incs
    assert all(not i.fatalities for i in incs)
    assert all("fatalities_unknown" not in i.flags for i in incs)


def test_a_protester_killed_on_an_anniversary_still_counts() -> None:
    """A death told before the anniversary word is the day's own."""
    text = "قتل متظاهر برصاص الشرطة أمس في القاهرة خلال مسيرة في الذكرى الأولى للثورة."
    incs = [i for i in _all(text) if i.event_type == "Protests"]
    assert incs and incs[0].fatalities == 1


# -- «اعتصاما»: a sit-in named in the accusative ---------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("وقال المرصد إن نحو ألف شخص بدأوا اعتصامًا أمس في مدينة حمص للمطالبة بالإفراج عن المعتقلين.", "Homs"),
    ("وبدأ عشرات العمال أمس اعتصاما أمام مقر الشركة في مدينة الإسكندرية للمطالبة برواتبهم.", "Alexandria"),
])
def test_a_sit_in_begun_or_held_is_a_protest(text: str, place: str) -> None:
    """«بدأوا اعتصامًا», «نفذ أكثر من ألف شخص اعتصاما»: the sit-in as a verb's object (accusative
    «اعتصاما», tanween dropped by normalisation) is a protest trigger like «اعتصام»."""
    incs = [i for i in _all(text) if i.event_type == "Protests"]
    assert [i.location.name_en for i in incs] == [place]


# -- «لم ترد أي تقارير عن وقوع اشتباكات»: no report of it is no event -----------------------------

@pytest.mark.parametrize("text", [
    "ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين ورجال الشرطة في مدينة حمص.",
    "وقال مسؤول إنه لم ترد معلومات عن اشتباكات في مدينة الرمادي أمس.",
])
def test_no_report_of_a_clash_is_no_clash(text: str) -> None:
    """«لم ترد أي تقارير/أنباء/معلومات عن …» (a negation cue reaching six words when a word of
    reports follows) negates the event words after it: no riot, no clash."""
    assert not [i for i in _all(text) if i.event_type in ("Riots", "Battles")]


def test_a_toll_not_reported_leaves_the_event() -> None:
    """«ولم ترد أنباء عن إصابات» after a shelling leaves the shelling standing."""
    text = "وقصفت قوات النظام أمس مناطق في مدينة داريا، ولم ترد أنباء عن إصابات."
    assert [i for i in _all(text) if i.event_type == "Explosions/Remote violence"]


# -- «شرطة مكافحة الشغب»: the riot police's name is no riot --------------------------------------

@pytest.mark.parametrize("text", [
    "وانتشرت قوات مكافحة الشغب بكثافة أمس في محيط ساحة التحرير في بغداد حيث تظاهر المئات للمطالبة بتحسين الخدمات.",
    "وأطلقت شرطة مكافحة الشغب الغاز المسيل للدموع لتفريق المتظاهرين في مدينة إسطنبول أمس.",
])
def test_the_riot_police_make_no_riot(text: str) -> None:
    """«مكافحة الشغب» (`riot_police` cue: «شغب» right after «مكافحة») names a police unit or its means;
    the protest stays a protest."""
    incs = _all(text)
    assert not [i for i in incs if i.event_type == "Riots"]
    assert [i for i in incs if i.event_type == "Protests"]


def test_a_riot_told_stays_a_riot() -> None:
    text = "واندلعت أعمال شغب في مدينة إسطنبول أمس بعد مباراة لكرة القدم."
    assert [i.sub_event_type for i in _all(text) if i.event_type == "Riots"] == ["Violent demonstration"]


# -- protesters in a fight with no weapon: a violent demonstration --------------------------------

@pytest.mark.parametrize("text", [
    "اشتبكت شرطة مكافحة الشغب مع متظاهرين في مدينة إسطنبول أمس.",
    "واشتبك متظاهرون مع الشرطة أمس في مدينة البصرة بعد أن حاولت تفريقهم.",
    "اشتبك قوميون يحتجون ضد المهاجرين بعنف مع جماعات مناهضة للعنصرية في مسيرات في مدينة إسطنبول أمس.",
])
def test_protesters_in_a_clash_make_a_violent_demonstration(text: str) -> None:
    """A clash word whose side after «مع/بين», or whose verb's subject, is a protest word
    («اشتبكت الشرطة مع متظاهرين», «اشتبك متظاهرون مع الشرطة»), no weapon told: ACLED's violent
    demonstration — one Riots event, not an armed clash beside a peaceful protest."""
    incs = _all(text)
    assert [i.sub_event_type for i in incs if i.event_type in ("Riots", "Protests", "Battles")] == ["Violent demonstration"]


def test_a_clash_the_protest_follows_is_no_side_of_it() -> None:
    """«تظاهر المئات بعد اشتباكات بين الجيش ومسلحين»: no protest word is a side of the clash."""
    text = "وتظاهر المئات أمس في مدينة إسطنبول بعد اشتباكات بين الجيش ومسلحين في جنوب شرق البلاد."
    assert [i.sub_event_type for i in _all(text) if i.event_type in ("Riots", "Protests")] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "وقصفت قوات النظام مناطق في بلدة داريا ولم ترد أنباء عن إصابات كما دارت اشتباكات بين الفصائل "
    "وتنظيم داعش في محيط بلدة مارع بريف حلب.",
    "ولم ترد أنباء عن إصابات بينما اندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة الرمادي أمس.",
])
def test_no_report_reaches_no_clause_after_it(text: str) -> None:
    """review37: the negation of «لم ترد أنباء عن …» stops at a word opening another clause or the
    cause («كما/بينما/فيما/حيث/جراء/بعد …»): the clash told after it stands."""
    assert [i for i in _all(text) if i.event_type == "Battles"]
