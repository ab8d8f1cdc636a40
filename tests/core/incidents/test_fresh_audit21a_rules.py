"""Rules added after the fresh-article audit a21 (seeds 2131–2133: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2015, 8, 3)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _where(text: str) -> list[str]:
    return [i.location.admin1_en for i in analyze(text, DAY).incidents if i.location]


def test_the_city_a_government_works_from_is_not_where_the_fight_was() -> None:
    """«مدعومة بالحكومة التي تزاول عملها من الرياض سيطرت على حي المعلا»: Riyadh is where the
    government sits (like «تتخذ من جنيف مقرا»), not the town the quarter lies in; the quarter of
    Aden stays in Aden."""
    text = ("قال متحدث عسكري أمس إن قوات من الجيش مدعومة بالحكومة اليمنية التي تزاول عملها من الرياض "
            "سيطرت على حي المعلا في عدن بعد طرد المتمردين الحوثيين منه.")
    assert _where(text) == ["Aden"]
    text = "أعلنت الحكومة اليمنية المقيمة في الرياض أن قوات الجيش استعادت أمس مدينة الحوطة من الحوثيين."
    assert _where(text) == ["Lahij"]


def test_a_quarter_of_a_yemeni_town_is_not_put_in_a_foreign_city_named_before_it() -> None:
    """«وصل الوزير من الرياض، فيما سيطرت المقاومة على حي التواهي»: a quarter the gazetteer knows
    in Yemen does not move to a Saudi city named before it in its sentence."""
    text = "قال مسؤول وصل أمس من مدينة الرياض إن المقاومة سيطرت على حي التواهي بعد معارك مع الحوثيين."
    assert "Riyadh" not in _where(text)


def _taken(text: str) -> list[tuple[str, str, str]]:
    return coded(text, DAY, "sub_event_type", "actor1", "admin1")


def test_a_place_that_became_a_partys_is_taken_by_it() -> None:
    """«أصبحت بيد المقاومة», «باتت في قبضة المقاومة», «أصبحت تحت سيطرة الحوثيين»: the place was
    taken by the party in whose hands it now is — not by the rebels it was a base of before."""
    text = ("وقال قائد ميداني إن منطقتي الممدارة والشيخ عثمان كانتا معقلا لمسلحي الحوثي وأصبحت بيد "
            "المقاومة بعد قطع خطوط الإمداد عنها.")
    assert _taken(text) == [("Government regains territory", "Popular Resistance", "Aden")]
    text = "وأكد مسؤول محلي أن مديرية المنصورة باتت في قبضة المقاومة الشعبية بعد معارك عنيفة أمس."
    assert _taken(text) == [("Government regains territory", "Popular Resistance", "Aden")]
    text = "وقال سكان إن مدينة يريم أصبحت تحت سيطرة مسلحي الحوثي منذ صباح أمس."
    assert _taken(text) == [("Non-state actor overtakes territory", "Houthis (Ansar Allah)", "Ibb")]
    # a place still held is no taking
    assert _taken("وكانت مدينة يريم لا تزال تحت سيطرة مسلحي الحوثي.") == []


def test_a_scuffle_with_bare_hands_is_no_armed_clash() -> None:
    """«وصل الأمر حد الاشتباك بالأيدي», «اشتبك الحراس مع المصلين بالأيدي»: a fistfight, which ACLED
    does not code as an armed clash; a clash fought with weapons stays one."""
    text = ("رفض المصلون خطيبا فرضه الحوثيون على مسجد في حي الحصبة بصنعاء، ونشبت مشادة بين الطرفين "
            "ووصل الأمر حد الاشتباك بالأيدي.")
    assert [i.event_type for i in analyze(text, DAY).incidents] == []
    assert analyze("واشتبك الحراس مع المصلين بالأيدي أمام مسجد في مدينة إب أمس.", DAY).incidents == []
    armed = analyze("واشتبكت المقاومة مع الحوثيين في مدينة إب أمس بالأسلحة الثقيلة.", DAY).incidents
    assert [i.sub_event_type for i in armed] == ["Armed clash"]


def test_the_dead_named_one_by_one_with_their_ranks_are_counted() -> None:
    """«استشهاد العريف …، والجندي أول …، والجندي …»: three soldiers named one after another, each
    with his rank, are three dead (the first rank alone counted one, or none for «العريف»)."""
    text = ("تعرض مركز حدودي بقطاع الحرث في منطقة جازان صباح أمس لقذائف أطلقت من داخل الأراضي اليمنية، "
            "ونتج عن ذلك استشهاد العريف سالم يحيى القحطاني، والجندي أول فهد علي الشهري، والجندي ماجد حسن عسيري.")
    assert [i.fatalities for i in analyze(text, DAY).incidents] == [3]
    text = "قتل القيادي في المقاومة أحمد سالم والقائد الميداني علي صالح في غارة على مدينة تعز أمس."
    assert [i.fatalities for i in analyze(text, DAY).incidents] == [2]
    # one named person is one dead; a figure after him is whom he killed
    text = "وقتل القيادي الحوثي أبو علي الحاكم ثلاثة مدنيين في مدينة صعدة أمس."
    assert [i.fatalities for i in analyze(text, DAY).incidents] == [3]


def test_storming_a_place_and_taking_it_is_territory_taken() -> None:
    """«باقتحام القاعدة والسيطرة عليها»: the taking told with a pronoun for the place just stormed
    is territory regained (one event, not an armed clash alone); a taking only tried is none."""
    text = "وقامت المقاومة أمس باقتحام معسكر لبوزة والسيطرة عليه بعد معارك مع الحوثيين في محافظة لحج."
    assert [i.sub_event_type for i in analyze(text, DAY).incidents] == ["Government regains territory"]
    text = "وحاول الحوثيون أمس السيطرة عليها مرة أخرى."
    assert not any(i.sub_event_type.endswith("territory") for i in analyze(text, DAY).incidents)


def test_those_who_suffered_wounds_are_the_injured() -> None:
    """«كما تعرض سبعة من رجال حرس الحدود للإصابة»: seven injured (the figure before «للإصابة»);
    a house «تعرض للإصابة» is hit, and counts no one."""
    text = ("وتعرض مركز حدودي بقطاع الحرث في منطقة جازان أمس لقذائف أطلقها الحوثيون من داخل الأراضي "
            "اليمنية، كما تعرض خمسة من رجال حرس الحدود للإصابة.")
    assert [i.injured for i in analyze(text, DAY).incidents] == [5]
    text = "وتعرضت ثلاثة منازل للإصابة بقذائف أطلقها الحوثيون على مدينة تعز أمس."
    assert [i.injured for i in analyze(text, DAY).incidents] == [None]


def test_there_after_a_noun_is_the_place_named_before() -> None:
    """«سيطرت المقاومة على القصور الرئاسية هناك»: «هناك» is the place named last (Lahij), not the
    place of a plan told later in the sentence («نحو مدينة الضالع لتحريرها»); «أن هناك خسائر»
    (there are losses) points at no place."""
    text = ("وقال المحافظ إن محافظة لحج تشهد معارك عنيفة. وسيطرت المقاومة أمس على القصور الرئاسية هناك بعد فرار "
            "الحوثيين، فيما تتجه أنظار المقاومة خلال الأيام المقبلة نحو مدينة الضالع لتحريرها.")
    taken = [i for i in analyze(text, DAY).incidents if i.sub_event_type == "Government regains territory"]
    assert [i.location.admin1_en for i in taken] == ["Lahij"]


def test_the_gunmen_of_the_rebellion_are_the_rebels() -> None:
    """«مسلحي التمرد», «عناصر التمرد», «مقاتلو التمرد»: the article's rebels (as «ميليشيات التمرد»
    are), so their dead are fighters of a side, not of no one."""
    text = ("وتواصل ميليشيات الحوثي قصف الأحياء السكنية في مدينة تعز. وقال سكان إن العشرات من مسلحي "
            "التمرد قتلوا أمس أثناء محاولتهم الفرار من مدينة الحوطة.")
    lahij = [i for i in analyze(text, DAY).incidents if i.location and i.location.admin1_en == "Lahij"]
    assert [(i.sub_event_type, [a.name_en for a in (i.actor1, i.actor2) if a]) for i in lahij] == [
        ("Armed clash", ["Houthis (Ansar Allah)"])]


def test_what_happens_now_and_then_is_no_event() -> None:
    """«أحيانا», «في أحيان كثيرة», «بين الحين والآخر»: what happens from time to time (habit, like
    «كثيرا ما»), not a dated event."""
    assert analyze("وتتعرض مواقع الجيش في مديرية صرواح أحيانا لقصف الحوثيين.", DAY).incidents == []
    assert analyze("وتشهد مدينة تعز بين الحين والآخر اشتباكات بين المقاومة والحوثيين.", DAY).incidents == []
    assert analyze("ونشبت في أحيان كثيرة اشتباكات بين المسلحين ورجال القبائل في مديرية أرحب.", DAY).incidents == []
    assert len(analyze("وقصف الحوثيون أمس أحياء مدينة تعز بقذائف الهاون.", DAY).incidents) == 1


def test_confronting_the_aggression_just_told_is_no_fight_of_its_own() -> None:
    """«تعرض مركز … لقذائف …، حيث تم التعامل مع الموقف بالتصدي للعدوان، ونتج عن ذلك استشهاد …»:
    the answer to the shelling is no armed clash of its own, and the dead are the shelling's; a
    force that «تصدت للعدوان الحوثي» with no fire told before it still fought."""
    text = ("وتعرض مركز حدودي بقطاع الخوبة في منطقة جازان صباح أمس لقذائف كثيفة من داخل الأراضي اليمنية، "
            "حيث تم التعامل مع الموقف بالتصدي للعدوان، ونتج عن ذلك استشهاد جنديين.")
    assert [(i.sub_event_type, i.fatalities) for i in analyze(text, DAY).incidents] == [
        ("Shelling/artillery/missile attack", 2)]
    text = "وتصدت قوات الجيش للعدوان الحوثي على مواقعها في مديرية صرواح بمأرب أمس."
    assert [i.sub_event_type for i in analyze(text, DAY).incidents] == ["Armed clash"]
