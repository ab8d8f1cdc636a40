"""Shapes left alone in version 39 (session 40, left40): a back-reference «حيث استهدف القصف …» takes the
doer of the attack told right before; a weapon «تابعة ل X» that fires makes X the actor; a military region
(«المنطقة العسكرية الرابعة») is the army of the article's country. Sentences written for the tests in the
style of the news.
"""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _incidents(text: str):
    return [i for i in analyze(text, MONDAY).incidents if "no_place" not in i.flags]


def _actor1(inc) -> str:
    return inc.actor1.name_en if inc.actor1 else ""


# -- «حيث استهدف القصف …»: the attack told right before, with its doer ------------------------------

def test_strikes_pointed_back_to_by_haith_keep_their_doer() -> None:
    text = ("قصفت القوات التركية مواقع لحزب العمال الكردستاني في شمال العراق ليل السبت. "
            "حيث استهدفت الطائرات الحربية مخابئ ومستودعات للحزب في جبال قنديل.")
    [inc] = _incidents(text)
    assert "Turkey" in _actor1(inc)


def test_strikes_pointed_back_to_by_idh_keep_their_doer() -> None:
    text = ("صعد الجيش الإسرائيلي من غاراته على قطاع غزة الليلة الماضية. "
            "إذ استهدفت الغارات منزلا في مدينة رفح، ما أسفر عن مقتل ثلاثة فلسطينيين.")
    rafah = [i for i in _incidents(text) if i.fatalities == 3]
    assert len(rafah) == 1 and "Israel" in _actor1(rafah[0])


def test_shelling_pointed_back_to_keeps_its_doer() -> None:
    text = ("واصلت قوات النظام قصفها العنيف على ريف حماة الشمالي خلال الساعات الماضية. "
            "حيث استهدف القصف بلدة كفرزيتا، ما أدى إلى مقتل أربعة مدنيين.")
    [inc] = [i for i in _incidents(text) if i.fatalities == 4]
    assert "Syria" in _actor1(inc) and "Military" in _actor1(inc)


def test_haith_with_its_own_doer_keeps_it() -> None:
    text = ("شنت طائرات التحالف غارات على مواقع الحوثيين في محافظة صعدة يوم الأحد. "
            "حيث قصفت المدفعية السعودية مواقع للحوثيين في مديرية حرض بمحافظة حجة.")
    haradh = [i for i in _incidents(text) if i.location and "Hajjah" in (i.location.admin1_en or "")]
    assert haradh and all("Houthi" not in _actor1(i) for i in haradh)


def test_haith_of_a_place_is_no_back_reference() -> None:
    # «حيث» after a place opens a relative clause of that place, not a new sentence's back-reference
    text = ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في سوق مدينة بعقوبة يوم الأحد. "
            "حيث قتل مسلحون مجهولون شرطيا في المدينة نفسها.")
    assert all("Iraq" not in _actor1(i) or "Unidentified" in _actor1(i) or _actor1(i) == "" for i in _incidents(text))


# -- «مدفعية تابعة لقوات X» firing: X fired (actors.ActorFinder._equipment_of) -----------------------

def test_guns_belonging_to_a_force_fire_for_it() -> None:
    [inc] = _incidents("قصفت مدفعية تابعة لقوات صالح قرية في مديرية دمت بمحافظة الضالع أمس، وقتل طفلان.")
    assert _actor1(inc) == "Saleh Loyalist Forces"
    assert inc.actor2 is None or inc.actor2.name_en != "Saleh Loyalist Forces"


def test_tanks_belonging_to_a_group_then_their_verb() -> None:
    text = "قال مصدر في المقاومة إن دبابات تابعة لميليشيا الحوثي قصفت أحياء سكنية في مدينة تعز يوم الأحد، ما أسفر عن مقتل ثلاثة مدنيين."
    [inc] = _incidents(text)
    assert "Houthi" in _actor1(inc)


def test_tanks_belonging_to_a_group_hit_by_strikes_stay_its_loss() -> None:
    text = "واستهدفت مقاتلات التحالف دبابات تابعة للحوثيين في مديرية كرش بمحافظة لحج أمس، ودمرت ثلاثا منها."
    [inc] = _incidents(text)
    assert "Houthi" not in _actor1(inc) and inc.actor2 is not None and "Houthi" in inc.actor2.name_en


def test_targeting_guns_belonging_to_a_group_keeps_it_hit() -> None:
    text = "استهدفت المقاومة الشعبية مدفعية تابعة للحوثيين في مديرية صرواح بمحافظة مأرب يوم الأحد، ودمرتها بالكامل."
    incs = _incidents(text)
    assert incs and all("Houthi" not in _actor1(i) for i in incs)


# -- a military region as the army of the article's country (actors.json ambiguous) ------------------

def test_a_numbered_military_region_shelling_is_the_army() -> None:
    [inc] = _incidents("قصفت المنطقة العسكرية الثانية بالمدفعية مواقع لتنظيم القاعدة قرب مدينة المكلا بمحافظة حضرموت يوم السبت.")
    assert _actor1(inc).startswith("Military Forces of Yemen")


def test_forces_of_a_military_region_clash() -> None:
    text = "قالت مصادر عسكرية إن قوات المنطقة العسكرية الرابعة اشتبكت مع مسلحي الحوثي في مديرية كرش بمحافظة لحج أمس، وقتل أربعة من الحوثيين."
    [inc] = _incidents(text)
    names = {_actor1(inc), inc.actor2.name_en if inc.actor2 else ""}
    assert any(n.startswith("Military Forces of Yemen") for n in names)


def test_a_military_region_of_another_country_is_its_army() -> None:
    text = "قالت وزارة الدفاع المصرية إن قوات المنطقة العسكرية الشمالية قتلت خمسة مسلحين في اشتباك قرب مدينة العريش بشمال سيناء يوم الأحد."
    [inc] = _incidents(text)
    assert _actor1(inc).startswith("Military Forces of Egypt")


def test_a_military_regions_command_taken_is_a_place() -> None:
    text = "سيطرت المقاومة الشعبية أمس على مقر قيادة المنطقة العسكرية الرابعة في مديرية التواهي بمدينة عدن بعد معارك مع الحوثيين."
    [inc] = _incidents(text)
    assert "Military Forces" not in _actor1(inc) and "Military Forces" not in (inc.actor2.name_en if inc.actor2 else "")
