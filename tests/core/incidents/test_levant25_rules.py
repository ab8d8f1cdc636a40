"""Rules and lexicon entries added after the audit of fresh articles about Arab conflicts other than
Yemen's (session 25, seed 2361: Syria, Iraq, Libya, and the Turkish border war of 2015), the
place rules among them.

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.sub_event_type, i.location.admin1_en if i.location else "", i.actor1 and i.actor1.name_en,
             i.actor2 and i.actor2.name_en) for i in an.incidents]


def _entity(text: str, words: str) -> dict:
    return next(s.attrs for s in analyze(text, DAY, "").entities if s.text == words)


# ---------------------------------------------------------------- actors


def test_the_fighting_factions_are_syrias_rebels_not_fighter_jets() -> None:
    """«الفصائل المقاتلة» (the fighting factions: the Syrian Observatory's word for the rebels) is
    an armed actor, not «المقاتلة» (a fighter jet): the regime's shelling beside the clash stays a
    shelling, not an air strike, and the rebels are the other side of the clash."""
    text = ("قال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت مدينة داريا بريف دمشق أمس، وسط اشتباكات "
            "عنيفة بين قوات النظام والفصائل المقاتلة في محيط المدينة.")
    coded = _coded(text)
    assert ("Shelling/artillery/missile attack", "Rural Damascus", "Military Forces of Syria (2000-)", None) in coded
    assert ("Armed clash", "Rural Damascus", "Military Forces of Syria (2000-)", "Opposition Rebels (Syria)") in coded
    assert not [c for c in coded if c[0] == "Air/drone strike"]
    # «الفصائل المعارضة» and «الفصائل الإسلامية» too, in a Syrian article
    text = "استهدفت الفصائل الإسلامية بالقذائف بلدتي الفوعة وكفريا في ريف إدلب أمس، بحسب المرصد السوري."
    assert _entity(text, "الفصائل الإسلامية")["name_en"] == "Opposition Rebels (Syria)"


def test_the_fighting_factions_elsewhere_are_no_syrian_rebels() -> None:
    """Outside Syrian news the phrase names no particular group: the article's main armed group."""
    text = "اندلعت اشتباكات بين الجيش الليبي والفصائل المقاتلة في مدينة بنغازي أمس."
    assert _entity(text, "الفصائل المقاتلة").get("name_en") != "Opposition Rebels (Syria)"


def test_islamic_state_takes_the_country_of_the_place_it_is_hit_in() -> None:
    """ACLED names the Islamic State by the country of the event, not the country the article is
    mostly about: Turkish jets striking it in Syria, in a Turkish report, hit "Islamic State (Syria)"."""
    text = ("أعلنت الحكومة التركية في أنقرة أن مقاتلات تركية قصفت أمس مواقع لتنظيم داعش في شمال سوريا. "
            "وقال رئيس الوزراء التركي إن تركيا لن تسمح بتهديد أمنها، وإن الشرطة التركية اعتقلت عشرات "
            "المشتبهين في إسطنبول وأنقرة.")
    an = analyze(text, DAY, "")
    named = {(i.location.country, a.name_en) for i in an.incidents + an.set_aside if i.location
             for a in (i.actor1, i.actor2) if a is not None and a.name_en.startswith("Islamic State")}
    assert named == {("Syria", "Islamic State (Syria)")}


def test_benghazi_and_derna_councils_are_their_own_actors() -> None:
    """«مجلس شورى ثوار بنغازي» is the Benghazi Revolutionaries Shura Council, not Libya Dawn
    (a Misrata-led coalition of Tripoli); Derna's Mujahideen Shura Council and its Abu Salim
    Martyrs Brigade are one actor, fighting the Islamic State there."""
    text = ("اندلعت اشتباكات عنيفة أمس بين الجيش الليبي وقوات مجلس شورى ثوار بنغازي في منطقة الصابري بمدينة بنغازي، "
            "ما أدى إلى مقتل أربعة جنود.")
    assert _coded(text) == [("Armed clash", "Benghazi", "LNA: Libyan National Army", "Benghazi Revolutionaries Shura Council")]
    text = ("قتل ثلاثة من عناصر كتيبة شهداء أبو سليم التابعة لمجلس شورى مجاهدي درنة في هجوم شنه تنظيم داعش "
            "على تمركز للكتيبة في وادي درنة شرق ليبيا أمس.")
    sides = {a for c in _coded(text) for a in c[2:]}
    assert sides == {"Mujahideen Shura Council of Derna", "Islamic State (Libya)"}


def test_al_qaeda_is_aqap_only_in_yemen_and_saudi_news() -> None:
    """A bare «تنظيم القاعدة» in news of Syria, Iraq or Libya is al-Qaeda, not its Yemeni branch;
    in Yemeni and Saudi news (and news naming no country) it stays AQAP."""
    text = "قتل خمسة جنود عراقيين أمس في هجوم شنه مسلحون من تنظيم القاعدة على ثكنة عسكرية في محافظة ديالى بالعراق."
    assert _entity(text, "تنظيم القاعدة")["name_en"] == "Al Qaeda"
    text = "قتل خمسة جنود أمس في هجوم شنه مسلحون من تنظيم القاعدة على نقطة عسكرية في مدينة المكلا بحضرموت."
    assert _entity(text, "تنظيم القاعدة")["name_en"] == "AQAP: Al Qaeda in the Arabian Peninsula"


# ---------------------------------------------------------------- places


def test_ghouta_holds_its_towns() -> None:
    """«مدينة حرستا بالغوطة الشرقية», «مدينة داريا بالغوطة الغربية»: the Ghouta is the area the
    town lies in (Rif Dimashq), not a second place shelled."""
    text = "قصفت قوات النظام صباح أمس مناطق في مدينة حرستا بالغوطة الشرقية، ما أدى لاندلاع نيران في أحد المباني."
    assert _coded(text) == [("Shelling/artillery/missile attack", "Rural Damascus", "Military Forces of Syria (2000-)", None)]


# -- place rules: an article's main country must not move a place its own sentence puts elsewhere

def test_islamic_state_is_named_by_the_country_it_acts_in() -> None:
    """ACLED names the Islamic State by the country of the event: Turkish jets striking it in Syria,
    told in a report mostly about Turkey, hit "Islamic State (Syria)", not "(Turkey)"; and
    «مدينة منبج بريف حلب» is Aleppo's Manbij although the article's country is Turkey."""
    text = ("أعلنت الحكومة التركية في أنقرة أن مقاتلات تركية قصفت أمس مواقع لتنظيم داعش في مدينة منبج بريف حلب. "
            "وقال رئيس الوزراء التركي إن تركيا لن تسمح بتهديد أمنها، وإن الشرطة التركية اعتقلت عشرات المشتبهين "
            "في إسطنبول وأنقرة.")
    strikes = [c for c in _coded(text) if c[0] == "Air/drone strike"]
    assert strikes == [("Air/drone strike", "Aleppo", "Military Forces of Turkey (2002-)", "Islamic State (Syria)")]


def test_a_town_given_another_country_lends_no_region() -> None:
    """«مدينة سوروتش التركية … قرب الحدود مع مدينة كوباني السورية»: the unknown town is Turkish,
    says its adjective, so Kobani (Aleppo) does not lend it its governorate."""
    text = ("قتل 30 شخصا وأصيب مئة آخرون أمس في تفجير انتحاري استهدف مركزا ثقافيا في مدينة سوروتش التركية "
            "قرب الحدود مع مدينة كوباني السورية.")
    an = analyze(text, DAY, "")
    assert not [i for i in an.incidents + an.set_aside if i.location and i.location.admin1_en == "Aleppo"]
    # without the adjective, a place the gazetteer lacks still takes the region of the place beside it
    text = "قتل 30 شخصا أمس في تفجير انتحاري استهدف مركزا ثقافيا في بلدة المرسومة قرب مدينة كوباني."
    assert [i.location.admin1_en for i in analyze(text, DAY, "").incidents] == ["Aleppo"]
