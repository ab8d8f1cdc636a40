"""Where incidents outside Yemen happened (session 33, lev2): an agency dateline with a
parenthesis, and the place a force is loyal to. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 3, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _where(text: str) -> list[str]:
    return [i.location.name_en for i in analyze(text, DAY).incidents if i.location]


def test_an_agency_dateline_with_a_parenthesis_is_not_where_it_happened():
    text = "طرابلس (ليبيا) - قال مسؤولون إن مسلحين قتلوا أربعة مدنيين في هجوم على سيارتهم بمدينة غريان يوم الأحد."
    assert _where(text) == ["Gharyan"]
    text = "دمشق (رويترز) - قال ناشطون إن ستة أشخاص قتلوا في قصف على بلدة سراقب."
    assert _where(text) == ["Saraqib"]
    # a dash after a parenthesis further in is no dateline
    text = "قتل ستة أشخاص في قصف على دمشق (العاصمة) - وقال ناشطون إن القصف استمر."
    assert _where(text) == ["Damascus"]


def test_the_place_a_force_is_loyal_to_is_not_where_it_fought():
    text = "قتل ثلاثة مقاتلين في اشتباكات بين قوات موالية للزنتان ومسلحين في منطقة ورشفانة جنوب العاصمة."
    assert _where(text) == ["Warshefana"]
    text = "قتل جنديان في هجوم شنته ميليشيات موالية لمصراتة على بلدة ككلة."
    assert _where(text) == ["Kiklah"]


def _killed(text: str) -> list[int | None]:
    return [i.fatalities for i in analyze(text, DAY).incidents]


def test_a_dual_subject_before_a_dual_killing_verb():
    # «جنديين ... قتلا»: the verb in the dual after its subject
    assert _killed("قال مسعفون إن جنديين قتلا في اشتباكات مع مسلحين في مدينة درنة.") == [2]
    assert _killed("وأفاد شهود بأن طفلين سوريين استشهدا في قصف على بلدة سراقب.") == [2]
    # the accusative noun «قتلا» (killing) with no dual before it counts no one
    assert _killed("هدد المسلحون الرهائن قتلا وتعذيبا في مدينة درنة.") in ([], [None])


def test_a_dual_in_construct_before_security_or_police():
    assert _killed("قتل مسلحون رجلي أمن في هجوم على كمين في مدينة العريش.") == [2]
    assert _killed("أعلنت الداخلية مقتل عنصري شرطة في انفجار عبوة ناسفة بمدينة رفح.") == [2]


def test_while_opens_the_clause_of_the_setting():
    # «في الوقت الذي …»: the air campaign told as the setting is not where the attack was
    text = ("أعلن الجيش التركي أن جنديين قتلا في هجوم شنه مسلحون من حزب العمال الكردستاني ليلا "
            "في الوقت الذي تتواصل فيه حملة الغارات التركية على معاقل الحزب في شمال العراق.")
    assert all(i.location is None or i.location.country != "Iraq" for i in analyze(text, DAY).incidents)
    # the attack's own place before it stays
    text = ("أعلن الجيش التركي أن جنديين قتلا في هجوم شنه مسلحون على موقع في ولاية ماردين "
            "في الوقت الذي تتواصل فيه حملة الغارات التركية على معاقل الحزب في شمال العراق.")
    assert [(i.location.country, i.fatalities) for i in analyze(text, DAY).incidents] == [("Turkey", 2)]


def test_a_road_named_by_its_ends_in_brackets():
    # «طريق (الفيوم – القاهرة)»: Cairo is the road's other end, not where the police were shot at
    text = "قتل شرطي وأصيب اثنان في إطلاق نار على دورية على طريق (الفيوم – القاهرة) قرب قرية تابعة لمحافظة الفيوم."
    assert [i.location.admin1_en for i in analyze(text, DAY).incidents] == ["Faiyum"]


def test_the_tellers_place_after_his_title_and_name():
    # «وقال القائد في … فلان في قضاء مخمور، إن …»: where the teller is, not where the strike was
    text = ("وقال قائد ميداني في قوات البيشمركة في قضاء مخمور، إن غارات التحالف استهدفت مقرا لداعش "
            "في قرية صغيرة قرب الموصل ما أدى إلى مقتل 12 مسلحا.")
    found = [(i.location.name_en, i.fatalities) for i in analyze(text, DAY).incidents]
    assert found and all(name != "Mexmur" for name, _ in found)
    # a place told after the «إن» of what is told stays the event's
    text = "وقال مسؤول محلي إن مسلحين قتلوا ثلاثة جنود في مدينة الرمادي، وأضاف أن الهجوم وقع ليلا."
    assert [i.location.name_en for i in analyze(text, DAY).incidents] == ["Ramadi"]


def test_forces_awaiting_orders_to_storm_tell_no_event():
    assert analyze("وتحاصر القوات الحكومية المدينة من كل الاتجاهات وتنتظر صدور الأوامر باقتحامها.", DAY).incidents == []
    # a fight told before it in the sentence stays
    text = "قتل خمسة مسلحين في اشتباكات في مدينة مأرب بينما تنتظر القوات صدور الأوامر باقتحام مدينة صرواح."
    assert [i.location.name_en for i in analyze(text, DAY).incidents] == ["Ma'rib"]


def test_a_nominative_dual_in_construct_is_two() -> None:
    """«قتل عنصرا شرطة» (review2): the nominative construct dual, «ا» for «ان» before the genitive."""
    assert _killed("وقتل عنصرا شرطة في هجوم شنه مسلحون على نقطة تفتيش بمدينة العريش أمس.") == [2]


def test_a_dual_told_twice_in_two_cases_is_one_toll() -> None:
    """«قتل ضابطا شرطة …» then «مقتل ضابطي شرطة …» (review2): the same two, not four."""
    text = ("وقتل ضابطا شرطة في هجوم شنه مسلحون على دورية بمدينة العريش أمس. "
            "وأعلن مصدر أمني عن مقتل ضابطي شرطة في الهجوم الذي استهدف الدورية في العريش.")
    assert _killed(text) == [2]


def test_a_place_after_the_tellers_colon_is_what_he_tells():
    # (review2) «وقال فلان: قتل … في إدلب بعد أن …»: the colon opens what is told, no teller's place
    text = ("قتل ثلاثة مدنيين في قصف على مدينة سراقب أمس، وقال الناشط أحمد العلي: أصيب خمسة "
            "في بنش بإدلب بعد أن قصفتها الطائرات.")
    # the town itself, not only its province (the town taken for the teller's place)
    assert [" in Binnish" in i.summary_en for i in analyze(text, DAY).incidents] == [False, True]
