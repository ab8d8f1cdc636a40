"""Protests, riots and arrests (session 39, protests9): a coder's reading of 16 protest-pool articles
outside Yemen (sampler seeds 3091, 3101) and of the pool's coded protest events. Sentences written for
the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

SATURDAY = date(2015, 8, 8)


def _protests(text: str):
    an = analyze(text, SATURDAY)
    return sorted((i for i in an.incidents + an.set_aside if i.event_type in ("Protests", "Riots")),
                  key=lambda i: str(i.date))


# -- a crowd told afresh on a day of its own is another protest ----------------------------------------

def test_an_earlier_protest_told_with_its_own_day_is_another_event() -> None:
    """«تظاهر … أمس في الحلة», then «وكان المئات قد نظموا، في (3 آب 2015)، وقفة احتجاجية أمام مبنى
    المحافظة في الحلة»: an indefinite protest word with its own day told before it in its clause
    (`merge._other_protest_day`) is another event, not more of yesterday's (one event per day)."""
    found = _protests("تظاهر آلاف المواطنين أمس في مدينة الحلة للمطالبة بتحسين الكهرباء. "
                      "وقال أحد المنظمين إن المتظاهرين رفعوا لافتات تطالب بمحاسبة الفاسدين. "
                      "وكان المئات من الأهالي قد نظموا، في (3 آب 2015)، وقفة احتجاجية أمام مبنى المحافظة "
                      "في مدينة الحلة للمطالبة بالخدمات.")
    assert sorted(str(i.date)[:10] for i in found) == ["2015-08-03", "2015-08-07"]


def test_a_day_told_after_the_protest_word_is_its_matters() -> None:
    """«اعتصم مئات … احتجاجا على مقتل شاب ليل الثلاثاء»: the Tuesday is the killing's, the sit-in is
    the one told before (one event)."""
    found = _protests("بدأ مئات الأشخاص أمس اعتصاما في مدينة طرطوس للمطالبة بمحاسبة القاتل. "
                      "ونفذ المعتصمون اعتصاما عند دوار الساعة في مدينة طرطوس احتجاجا على مقتل شاب ليل الثلاثاء.")
    assert len(found) == 1


def test_a_retelling_of_the_same_protest_stays_one_event() -> None:
    """«التظاهرة التي انطلقت عصر امس» (definite) and a telling with no day of its own join the
    protest told before."""
    found = _protests("خرجت تظاهرة حاشدة أمس في مدينة الحلة احتجاجا على انقطاع الكهرباء. "
                      "وقال ناشط إن التظاهرة التي انطلقت عصر امس رفعت شعارات ضد الفساد.")
    assert len(found) == 1


# -- «بأن» opens what a teller tells, like «إن/أن» -------------------------------------------------

def test_the_tellers_place_before_bian_is_not_the_protests() -> None:
    """«وأبلغ نائب رئيس محافظة ديالى الصحيفة بأن مسلحين قتلوا عشرة من أهالي بعقوبة الذين تظاهروا أمس»:
    the governorate is the teller's (`location._announcer`, «بأن» like «إن»), the protest is the
    residents' town's."""
    found = _protests("وأبلغ نائب رئيس محافظة ديالى الصحيفة بأن مسلحين قتلوا عشرة من أهالي مدينة بعقوبة "
                      "الذين تظاهروا أمس ضد الفساد.")
    assert [i.location.name_en for i in found] == ["Baqubah"]


def test_the_tellers_place_before_his_name_and_paper_then_bian() -> None:
    """«أبلغ نائب رئيس محافظة ديالى فلان "الصحيفة" بأن …»: «بأن» past the teller's name and the
    quoted paper (`location._told_after_name`) still closes the teller's words."""
    found = _protests('وأبلغ نائب رئيس محافظة ديالى سالم الجبوري "الصحيفة" بأن مسلحين قتلوا عشرة من أهالي '
                      'مدينة بعقوبة الذين تظاهروا أمس ضد الفساد.')
    assert [i.location.name_en for i in found] == ["Baqubah"]


def test_a_place_told_before_the_news_verb_and_a_comma_stays() -> None:
    """A comma between the place and «بأن» ends the reach: the place is the clause's own."""
    found = _protests("وتظاهر المئات أمس في مدينة بعقوبة، وأفاد شهود بأن المتظاهرين رفعوا لافتات.")
    assert [i.location.name_en for i in found] == ["Baqubah"]


# -- what a man held is suspected of is no event of the day ------------------------------------------

def _all(text: str):
    an = analyze(text, SATURDAY)
    return an.incidents + an.set_aside


def test_the_deed_a_man_held_is_suspected_of_is_no_event() -> None:
    """«واعتقلت الشرطة أمس رجلا … يشتبه في أنه يقف وراء هجوم على فندق»: the attack is what he is
    suspected of (the `suspected` cue: «يشتبه/تشتبه/للاشتباه» with «وراء/بتنفيذ/بتورطه …» after it),
    told of another day; the arrest is the event."""
    found = _all("واعتقلت الشرطة أمس رجلا في مدينة كيدال شمال مالي يشتبه في أنه يقف وراء هجوم على فندق "
                 "أدى الى مقتل خمسة أشخاص.")
    assert [i.sub_event_type for i in found] == ["Arrests"]


def test_a_suspect_held_for_his_part_in_a_blast() -> None:
    found = _all("وأوقفت قوات الأمن أمس ثلاثة أشخاص في مدينة كيدال للاشتباه بتورطهم في تفجير استهدف سوقا شعبية.")
    assert [i.sub_event_type for i in found] == ["Arrests"]


def test_gunmen_suspected_of_membership_still_attack() -> None:
    """«مسلحون يشتبه في انتمائهم إلى تنظيم القاعدة هاجموا …»: a suspicion of membership (no word of a
    deed's part after it) leaves the attack told."""
    found = _all("وهاجم مسلحون يشتبه في انتمائهم إلى تنظيم القاعدة أمس نقطة للجيش في مدينة كيدال.")
    assert any(i.event_type == "Battles" for i in found)
