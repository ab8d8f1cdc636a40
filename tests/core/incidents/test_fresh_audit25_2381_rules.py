"""Rules added after the fresh-article audit of seed 2381 (session 25): a coder's reading of
never-coded SaudiNewsNet news.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2015, 7, 28)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "event_type", "sub_event_type")


# -- the police beat: expatriate workers arrested ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأعلنت شرطة الرياض أمس أنها تمكنت من إلقاء القبض على عامل آسيوي يقوم بتمرير الأمتعة مقابل مبالغ مالية.",
    "وتمكنت الجهات الأمنية في محافظة جدة أمس من القبض على ثلاثة وافدين يشتبه بتورطهم في سرقة محل تجاري.",
    "وألقت الجهات الأمنية في منطقة القصيم أمس القبض على عمالة وافدة تدير مصنعا لتعبئة مواد مقلدة.",
])
def test_an_arrest_of_expatriate_workers_is_no_acled_arrest(text: str) -> None:
    """«القبض على عامل آسيوي», «ثلاثة وافدين», «القبض على عمالة وافدة»: expatriate workers taken by
    the Saudi police for fraud, theft or labour offences are the local press's police beat, no
    arrest ACLED codes."""
    assert ("Strategic developments", "Arrests") not in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text", [
    "ألقت قوات الأمن أمس القبض على وافدين بحوزتهم أسلحة ومتفجرات في منطقة جازان.",
    "واعتقلت الميليشيات الحوثية أمس عشرات العمال في ميناء الحديدة.",
])
def test_arms_or_workers_taken_by_a_party_stay_arrests(text: str) -> None:
    """Expatriates taken with arms («وافدين بحوزتهم أسلحة») and workers taken by a party in the
    war («اعتقلت الميليشيات الحوثية عشرات العمال»: not an expatriate word) stay arrests."""
    assert ("Strategic developments", "Arrests") in _kinds(text), _kinds(text)


# -- an abduction naming no kidnapper: the party the article named before it ----------------------

def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.sub_event_type, i.actor1.name_en if i.actor1 else None, i.actor2.name_en if i.actor2 else None)
            for i in analyze(text, DAY, "").incidents]


@pytest.mark.parametrize("text", [
    "واتهم سكان محليون في محافظة إب مليشيات الحوثي بمداهمة قراهم خلال الأيام الماضية. وأفادت المصادر بأنه تم"
    " اختطاف ثلاثة من أبناء قرية الحود في مديرية جبلة أمس وإيداعهم السجن.",
    "وكشف أهالي مديرية حيس عن تعرضهم لانتهاكات من قبل ميليشيات الحوثي. وأكد الأهالي أنه جرى اختطاف عدد من"
    " أبنائهم أمس من سوق المديرية.",
])
def test_an_abduction_naming_no_kidnapper_is_the_named_party(text: str) -> None:
    """The lead names the kidnappers once («من قبل ميليشيات الحوثي»), the details drop them («تم
    اختطاف ثلاثة من أبناء القرية»): the abduction is the Houthis', on civilians — ACLED codes no
    violence against civilians without its perpetrator."""
    found = [s for s in _sides(text) if s[0] == "Abduction/forced disappearance"]
    assert found == [("Abduction/forced disappearance", "Houthis (Ansar Allah)", "Civilians (Yemen)")], _sides(text)


@pytest.mark.parametrize("text", [
    "وتقدمت المقاومة الشعبية أمس في أحياء مدينة تعز. وتم اختطاف الناشط محمد علي من منزله في حي الروضة بمدينة تعز أمس.",
    "وقصف الحوثيون أمس أحياء مدينة تعز، فيما هاجم مسلحو تنظيم القاعدة نقطة أمنية في المكلا. وتم اختطاف الناشط"
    " محمد علي من منزله في مدينة المكلا أمس.",
])
def test_an_abduction_after_another_party_keeps_no_kidnapper(text: str) -> None:
    """Only a non-state party of no government's side («المقاومة الشعبية» is not inferred as a
    kidnapper) named last before the abduction, and the article's main one, is taken: after
    «مسلحو تنظيم القاعدة» in an article that names the Houthis as much, the kidnapper stays
    unnamed."""
    found = [s for s in _sides(text) if s[0] == "Abduction/forced disappearance"]
    assert found and found[0][1] is None, _sides(text)


# -- «مظاهره», its manifestations: no protest ------------------------------------------------------

def _kinds_all(text: str) -> list[tuple[str, str]]:
    an = analyze(text, DAY, "")
    return [(i.event_type, i.sub_event_type) for i in an.incidents + an.set_aside]


@pytest.mark.parametrize("text", [
    "وجدد مجلس الوزراء في جلسته الأسبوعية أمس بالرياض إدانته للإرهاب بجميع أشكاله ومظاهره أيا كان مصدره.",
    "وأكدت هيئة مكافحة الفساد في جدة أنها ستواجه الفساد بشتى صوره ومظاهره في الأجهزة الحكومية.",
])
def test_its_manifestations_are_no_protest(text: str) -> None:
    """«بجميع أشكاله ومظاهره»: "its manifestations" — normalising «ة» to «ه» had made it
    «مظاهرة», a protest (a candidate in every statement condemning terrorism)."""
    assert not [k for k in _kinds_all(text) if k[0] == "Protests"], _kinds_all(text)


@pytest.mark.parametrize("text", [
    "وخرجت أمس مظاهرة حاشدة في مدينة تعز تطالب برحيل المسلحين الحوثيين.",
    "وخرجت امس مظاهره حاشده في مدينه تعز تطالب برحيل المسلحين الحوثيين.",
])
def test_a_protest_written_either_way_stays(text: str) -> None:
    """«مظاهرة حاشدة», and «مظاهره حاشده» in an article whose writer writes «ة» as «ه»
    throughout, stay protests."""
    assert ("Protests", "Peaceful protest") in _kinds(text), _kinds(text)


# -- «المقاتلون الجنوبيون»: the Southern Resistance ----------------------------------------------

@pytest.mark.parametrize("text", [
    "وقالت مصادر محلية إن المقاتلين الجنوبيين طردوا أمس مسلحي الحوثي من مدينة زنجبار في محافظة أبين.",
    "وانتزع مقاتلو جنوب اليمن أمس السيطرة على مدينة الضالع من الحوثيين بعد اشتباكات عنيفة.",
    "وقال سكان إن مقاتلين جنوبيين اشتبكوا أمس مع مسلحي الحوثي في مدينة الحوطة بمحافظة لحج.",
])
def test_southern_fighters_are_the_southern_resistance(text: str) -> None:
    """News-agency wording for the southern fighters («المقاتلون الجنوبيون», «مقاتلو جنوب
    اليمن», «مقاتلين جنوبيين») names the Southern Resistance — it had been no actor, so a taking
    or a fight told by them went to the army named beside them or to no one."""
    found = _sides(text)
    assert found and found[0][1] == "Southern Resistance", found
