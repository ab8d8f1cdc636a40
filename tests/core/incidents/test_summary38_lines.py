"""The one-line summaries and the key sentences as an analyst reads them (session 38): incidents
built here, sentences written here."""

from __future__ import annotations

from core.incidents.model import Actor, Incident, Place
from core.incidents.summary import count_ar, describe, key_sentences
from tests.core.incidents.incident_fixtures import doc_of

IS = Actor("داعش", name_ar="تنظيم داعش", name_en="Islamic State", actor_type="rebel", inter=2)
POLICE = Actor("الشرطة", name_ar="قوات الشرطة", name_en="Police Forces of Iraq", actor_type="state", inter=1)
CIVILIANS = Actor("", name_ar="مدنيون", name_en="Civilians (Iraq)", actor_type="civilians", inter=7)
UNIT = Actor("اللواء 8", name_ar="اللواء الثامن", name_en="8th Brigade", actor_type="rebel", inter=2)


def town(**kw) -> Place:
    values = dict(text="بلدة الصفا", name_ar="الصفا", name_en="As Safa", kind="town", admin1_ar="الأنبار",
                  admin1_en="Al Anbar", country="Iraq", geo_precision=1)
    return Place(**{**values, **kw})


def test_no_vowel_marks_in_the_arabic_line() -> None:
    place = town(name_ar="الصَّفَا", admin1_ar="عَسِيْر", admin1_en="'Asir")
    _, ar = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, location=place))
    assert "في الصفا (عسير)" in ar and not any("\u064b" <= c <= "\u0652" for c in ar)


def test_a_governorate_that_is_the_place_itself_in_another_spelling_is_not_repeated() -> None:
    # the same name in Arabic, two English spellings
    city = town(name_ar="المدينة الكبرى", name_en="Great City", admin1_ar="المدينة الكبرى", admin1_en="Al Madina al Kubra",
                kind="city")
    en, ar = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, location=city))
    assert en.endswith("in Great City") and ar.endswith("في المدينة الكبرى")
    # the same English name, two Arabic spellings
    city = town(name_ar="تكريت", name_en="Tikrit", admin1_ar="طكريت", admin1_en="Tikrit", kind="city")
    en, ar = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, location=city))
    assert en.endswith("in Tikrit") and ar.endswith("في تكريت")
    # a town of another name keeps its governorate
    en, ar = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, location=town()))
    assert en.endswith("in As Safa (Al Anbar)") and ar.endswith("في الصفا (الأنبار)")


def test_one_is_spelled_out_in_english() -> None:
    en, ar = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, location=town(),
                               fatalities=1, injured=12))
    assert en.endswith(": one killed, 12 injured") and ar.endswith(": قتيل واحد، 12 جريحا")


def test_the_abducted_and_the_arrested_are_no_prisoners_of_war() -> None:
    en, ar = describe(Incident("Violence against civilians", "Abduction/forced disappearance", actor1=IS,
                               actor2=CIVILIANS, location=town(), captured=7))
    assert en == "Abduction of Civilians (Iraq) by Islamic State in As Safa (Al Anbar): 7 abducted"
    assert ar == "اختطاف مدنيين على يد تنظيم داعش في الصفا (الأنبار): 7 مختطفين"
    en, ar = describe(Incident("Strategic developments", "Arrests", actor1=POLICE, actor2=CIVILIANS,
                               location=town(), captured=2))
    assert en == "Arrest of Civilians (Iraq) by Police Forces of Iraq in As Safa (Al Anbar): 2 arrested"
    assert ar == "اعتقال مدنيين على يد قوات الشرطة في الصفا (الأنبار): معتقلان"
    # a fight's prisoners stay captured
    en, ar = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, location=town(), captured=15))
    assert en.endswith(": 15 captured") and ar.endswith(": 15 أسيرا")


def test_an_abduction_names_its_victims_then_its_doer() -> None:
    en, ar = describe(Incident("Violence against civilians", "Abduction/forced disappearance", actor2=CIVILIANS,
                               location=town()))
    assert en == "Abduction of Civilians (Iraq) in As Safa (Al Anbar)" and ar == "اختطاف مدنيين في الصفا (الأنبار)"
    # no victim named: the doer alone, as before
    en, ar = describe(Incident("Violence against civilians", "Abduction/forced disappearance", actor1=IS,
                               location=town()))
    assert en == "Abduction by Islamic State in As Safa (Al Anbar)" and ar == "اختطاف على يد تنظيم داعش في الصفا (الأنبار)"
    # an armed group's people are taken, not the group
    en, ar = describe(Incident("Violence against civilians", "Abduction/forced disappearance", actor1=IS,
                               actor2=UNIT, location=town(), captured=4))
    assert en.startswith("Abduction of members of 8th Brigade by Islamic State in")
    assert ar.startswith("اختطاف عناصر من اللواء الثامن على يد تنظيم داعش في")


def test_a_protest_by_the_generic_crowd_of_its_country_is_just_a_protest() -> None:
    crowd = Actor("", name_ar="متظاهرون", name_en="Protesters (Iraq)", actor_type="protesters", inter=6)
    en, ar = describe(Incident("Protests", "Peaceful protest", actor1=crowd, location=town()))
    assert en == "Protest in As Safa (Al Anbar)" and ar == "احتجاج في الصفا (الأنبار)"
    # the crowd named again as its own associate is still the generic crowd
    en, ar = describe(Incident("Protests", "Peaceful protest", actor1=crowd, assoc_actor_1=[crowd], location=town()))
    assert en == "Protest in As Safa (Al Anbar)" and ar == "احتجاج في الصفا (الأنبار)"
    # a crowd of another country is told
    foreign = Actor("", name_ar="متظاهرون", name_en="Protesters (Syria)", actor_type="protesters", inter=6)
    en, _ = describe(Incident("Protests", "Peaceful protest", actor1=foreign, location=town()))
    assert en == "Protest by Protesters (Syria) in As Safa (Al Anbar)"


def test_a_riot_is_against_its_opponent_and_a_dispersed_protest_by_the_force() -> None:
    rioters = Actor("", name_ar="مشاغبون", name_en="Rioters (Iraq)", actor_type="rioters", inter=5)
    en, ar = describe(Incident("Riots", "Violent demonstration", actor1=rioters, actor2=POLICE, location=town()))
    assert en == "Riot against Police Forces of Iraq in As Safa (Al Anbar)"
    assert ar == "أعمال شغب ضد قوات الشرطة في الصفا (الأنبار)"
    crowd = Actor("", name_ar="متظاهرون", name_en="Protesters (Iraq)", actor_type="protesters", inter=6)
    en, ar = describe(Incident("Protests", "Protest with intervention", actor1=crowd, actor2=POLICE, location=town()))
    assert en == "Protest dispersed by Police Forces of Iraq in As Safa (Al Anbar)"
    assert ar == "احتجاج تم تفريقه على يد قوات الشرطة في الصفا (الأنبار)"


def test_an_arabic_list_of_associates_takes_the_arabic_comma() -> None:
    a, b = (Actor("س", name_ar="جماعة السهم", name_en="Arrow Group", actor_type="rebel"),
            Actor("ر", name_ar="جماعة الرمح", name_en="Spear Group", actor_type="rebel"))
    en, ar = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, assoc_actor_1=[a, b], location=town()))
    assert "(with Arrow Group, Spear Group)" in en and "(مع جماعة السهم، جماعة الرمح)" in ar


def test_equipment_is_destroyed_with_a_masdar() -> None:
    _, ar = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, location=town(),
                              equipment=[{"text": "دبابتين", "name_en": "Tank", "count": 2, "fate": "destroyed"}]))
    assert ar.endswith(": تدمير دبابتين")
    en, _ = describe(Incident("Battles", "Armed clash", actor1=IS, actor2=POLICE, location=town(),
                              equipment=[{"text": "دبابة", "name_en": "Tank", "count": 1, "fate": "destroyed"}]))
    assert en.endswith(": one tank destroyed")
    assert count_ar(2, "قتيل", "قتيلا", "قتلى", "قتيلان") == "قتيلان"


def test_a_bomb_targets_its_victims() -> None:
    en, ar = describe(Incident("Explosions/Remote violence", "Remote explosive/landmine/IED", actor1=IS, actor2=POLICE,
                               location=town(), fatalities=3))
    assert en == "Explosion by Islamic State targeting Police Forces of Iraq in As Safa (Al Anbar): 3 killed"
    assert ar == "انفجار من تنظيم داعش استهدف قوات الشرطة في الصفا (الأنبار): 3 قتلى"
    en, ar = describe(Incident("Explosions/Remote violence", "Suicide bomb", actor2=CIVILIANS, location=town()))
    assert en == "Suicide bombing targeting Civilians (Iraq) in As Safa (Al Anbar)"
    assert ar == "تفجير انتحاري استهدف مدنيين في الصفا (الأنبار)"
    # an air strike stays on its target
    en, ar = describe(Incident("Explosions/Remote violence", "Air/drone strike", actor1=POLICE, actor2=IS, location=town()))
    assert " on Islamic State in " in en and " على تنظيم داعش في " in ar


def test_key_sentences_are_not_filled_with_a_byline_a_dateline_or_a_caption() -> None:
    doc = doc_of([
        "سامر الخطيب – الرياض",
        "دمشق 12 رجب 1440 هـ الموافق 19 مارس 2019 م",
        "قائد الشرطة الجديد",
        "عقدت لجنة المياه في المدينة اجتماعها الدوري أمس لبحث خطة الصيف المقبل.",
        "وناقش الأعضاء توزيع الحصص على الأحياء الشرقية والغربية بالتساوي.",
        "وقال رئيس اللجنة إن الخطة ستعلن الأسبوع المقبل بعد موافقة المحافظ.",
    ])
    got = [k["text"] for k in key_sentences(doc, [])]
    assert got == [doc.text[slice(*doc.sentences[i])] for i in (3, 4, 5)]
    # an article of short lines only still has its first three
    short = doc_of(["سطر أول", "سطر ثان", "سطر ثالث", "سطر رابع"])
    assert [k["text"] for k in key_sentences(short, [])] == ["سطر أول", "سطر ثان", "سطر ثالث"]
