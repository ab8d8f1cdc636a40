"""Rules added after the recall audit of fresh articles about Arab conflicts other than Yemen's
(session 27, seed 2471: Syria, Iraq, Jerusalem, Egypt, the Turkish border).

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple]:
    return coded(text, DAY, "sub_event_type", "admin1", "fatalities", "injured")


# ---------------------------------------------------------------- an air strike in the accusative


def test_accusative_air_bombardment_is_an_air_strike() -> None:
    """«إن قصفًا جويًا طال …»: the accusative of «قصف جوي» (after «إن», as object) is an air strike,
    not the generic shelling of «قصفا» — as «قصفا مدفعيا» already was shelling."""
    text = "وقال شهود إن قصفًا جويًا طال أحياء سكنية وسط مدينة الرطبة أمس مما أسفر عن مقتل 46 مدنيا."
    assert _coded(text) == [("Air/drone strike", "Al-Anbar", 46, None)]
    text = "وشنت طائرات مجهولة قصفا جويا على بلدة الحراك في ريف درعا أمس."
    assert [c[:2] for c in _coded(text)] == [("Air/drone strike", "Dar'a")]


# ---------------------------------------------------------------- crowd-control munitions


def test_stun_and_tear_gas_grenades_are_no_bomb() -> None:
    """«قنابل الغاز والصوت», «القنابل الصوتية», «قنابل مسيلة للدموع»: what soldiers and police fire at
    crowds is no bomb — no IED; the stones thrown are the riot."""
    text = "رشق الشبان جنود الاحتلال بالحجارة في بلدة كفر قدوم قرب قلقيلية أمس، فيما رد الجنود بإطلاق الرصاص وقنابل الغاز والصوت."
    assert [c[0] for c in _coded(text)] == ["Violent demonstration"]
    text = "أصيب عشرة شبان بالاختناق جراء إطلاق قوات الاحتلال القنابل الصوتية والغاز المسيل للدموع في بلدة كفر قدوم أمس."
    assert "Remote explosive/landmine/IED" not in [c[0] for c in _coded(text)]
    text = "فرقت الشرطة المتظاهرين بقنابل مسيلة للدموع أمام مبنى المحافظة في مدينة الإسكندرية أمس."
    assert "Remote explosive/landmine/IED" not in [c[0] for c in _coded(text)]


def test_a_bomb_is_still_a_bomb() -> None:
    """A bomb word before any other word stays an explosion («قنبلة زرعت», «قنابل وضعت»)."""
    text = "انفجرت قنبلة زرعها مجهولون أمام محكمة في شمال شرق القاهرة أمس، ما أدى إلى إصابة ثلاثة أشخاص."
    assert [c[:2] for c in _coded(text)] == [("Remote explosive/landmine/IED", "Cairo")]


# ---------------------------------------------------------------- clashes of a crowd with the police


def test_clashes_of_youths_with_soldiers_are_a_riot() -> None:
    """«مواجهات بين شبان فلسطينيين وقوات الاحتلال», «مواجهات عنيفة بين مصلين … والشرطة»,
    «اشتباكات بين أهالي الضحايا وقوات الأمن»: a crowd of unarmed people against a force of the
    state is a riot (ACLED: Riots / Violent demonstration), not an armed clash."""
    text = "اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال الإسرائيلي في بلدة سلواد شرق رام الله أمس."
    assert [c[:2] for c in _coded(text)] == [("Violent demonstration", "Ramallah")]
    text = "اندلعت صباح اليوم مواجهات عنيفة بين مصلين فلسطينيين والشرطة الإسرائيلية في المسجد الأقصى بالقدس."
    assert [c[0] for c in _coded(text)] == ["Violent demonstration"]
    text = "ووقعت اشتباكات بين أهالي الضحايا وقوات الأمن في مدينة العريش أمس بعد أن قطعوا الطريق."
    assert [c[0] for c in _coded(text)] == ["Violent demonstration"]
    text = "اندلعت مواجهات بين قوات الاحتلال وعشرات الشبان في بلدة بيتا جنوب نابلس أمس."
    assert [c[0] for c in _coded(text)] == ["Violent demonstration"]


def test_clashes_of_armed_men_stay_a_battle() -> None:
    """Armed parties on both sides, or villagers against a militia (no force of the state named),
    stay an armed clash."""
    text = "دارت اشتباكات بين قوات النظام ومقاتلي المعارضة في بلدة الزيارة بريف حماة أمس."
    assert [c[0] for c in _coded(text)] == ["Armed clash"]
    text = "اندلعت مواجهات بين أهالي القرية ومسلحي الحوثي في مديرية أرحب أمس."
    assert [c[0] for c in _coded(text)] == ["Armed clash"]


# ---------------------------------------------------------------- an earlier toll


def test_an_earlier_toll_gives_way() -> None:
    """«وكانت حصيلة غير نهائية … أفادت عن مقتل 17», «وكانت حصيلة سابقة أفادت بمقتل 15»: the toll
    known before gives way to the figure the report now gives (not the lowest of two reports)."""
    text = ("قتل 19 شخصا على الأقل وأصيب 43 في تفجير سيارة مفخخة استهدف سوقا شعبية بمنطقة بغداد الجديدة أمس. "
            "وكانت حصيلة غير نهائية للتفجير الذي استهدف السوق أفادت مساء أمس عن مقتل 17 شخصا على الأقل.")
    assert [c[2] for c in _coded(text)] == [19]
    text = ("قتل 22 شخصا في تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج التركية أمس. "
            "وكانت حصيلة سابقة أفادت بمقتل 15 شخصا.")
    assert [c[2] for c in _coded(text)] == [22]


def test_a_provisional_toll_told_now_stands() -> None:
    """«في حصيلة أولية» with no «كان»: the toll as now told; two reports of today still give the lowest."""
    text = "قتل 10 أشخاص وأصيب 20 آخرون في حصيلة أولية جراء تفجير في بلدة سروج التركية أمس."
    assert [c[2:] for c in _coded(text)] == [(10, 20)]
    text = "قتل 10 أشخاص في تفجير في بلدة سروج التركية أمس. وقال مصدر طبي إن 8 أشخاص قتلوا."
    assert [c[2] for c in _coded(text)] == [8]


# ---------------------------------------------------------------- a namesake before a province's countryside


def test_a_town_before_a_provinces_countryside_lies_there() -> None:
    """«بلدة المنصورة بسهل الغاب في ريف حماة»: a town the gazetteer knows elsewhere (Raqqa's
    al-Mansoura, Yemeni villages) followed by the countryside of a province of the article's country
    lies in that province — and so does the same name again without it."""
    text = "دارت اشتباكات عنيفة بين قوات النظام والفصائل المعارضة في أطراف بلدة المنصورة بسهل الغاب في ريف حماة الشمالي الغربي أمس."
    assert [c[:2] for c in _coded(text)] == [("Armed clash", "Hama")]
    text = "دارت اشتباكات عنيفة بين قوات النظام والفصائل المعارضة في بلدة المنصورة في ريف حماة أمس."
    assert [c[:2] for c in _coded(text)] == [("Armed clash", "Hama")]
    text = ("دارت اشتباكات عنيفة بين قوات النظام والفصائل المعارضة في بلدة المنصورة بريف حماة أمس. "
            "وفي سياق آخر ألقى الطيران المروحي برميلين متفجرين على بلدة المنصورة بسهل الغاب.")
    assert {c[1] for c in _coded(text)} == {"Hama"}


def test_a_town_already_in_that_province_keeps_its_reading() -> None:
    """A reading already in the province named after it, and a town with no countryside after it in
    an article that tells none, are left alone."""
    text = "قصفت قوات النظام بلدة الزيارة في ريف حماة أمس."
    assert [c[:2] for c in _coded(text)] == [("Shelling/artillery/missile attack", "Hama")]
    text = "سيطر تنظيم داعش على قرية المنصورة في محافظة الرقة أمس بعد معارك مع وحدات حماية الشعب."
    assert "Ar-Raqqa" in {c[1] for c in _coded(text)}
