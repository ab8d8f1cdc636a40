"""The one-line summaries and the key sentences read as an Arabic-speaking analyst and an English
editor would (session 43): incidents built here, sentences written here."""

from __future__ import annotations

from core.document import Document
from core.incidents.model import Actor, Incident, Place
from core.incidents.summary import describe, key_sentences
from tests.core.incidents.incident_fixtures import doc_of

IS = Actor("داعش", name_ar="تنظيم داعش", name_en="Islamic State", actor_type="rebel", inter=2)
POLICE = Actor("الشرطة", name_ar="قوات الشرطة", name_en="Police Forces of Iraq", actor_type="state", inter=1)
CIVILIANS = Actor("", name_ar="مدنيون", name_en="Civilians (Iraq)", actor_type="civilians", inter=7)
# names that carry brackets, as ACLED's do
ARMY = Actor("الجيش", name_ar="الجيش الوطني (الموالي للشرعية)", name_en="Army of the North (2012-)",
             actor_type="state", inter=1)
RESISTANCE = Actor("المقاومة", name_ar="المقاومة الشعبية", name_en="Popular Resistance", actor_type="identity_militia",
                   inter=4)
REBELS = Actor("المتمردون", name_ar="المتمردون (جماعة الجبل)", name_en="Mountain Rebels (Ansar)", actor_type="rebel",
               inter=2)
LOYALISTS = Actor("الموالون", name_ar="القوات الموالية للقائد", name_en="Commander Loyalist Forces", actor_type="rebel",
                  inter=2)


def town(**kw) -> Place:
    values = dict(text="بلدة الصفا", name_ar="الصفا", name_en="As Safa", kind="town", admin1_ar="الأنبار",
                  admin1_en="Al Anbar", country="Iraq", geo_precision=1)
    return Place(**{**values, **kw})


def clash(**kw) -> Incident:
    return Incident("Battles", "Armed clash", **{"actor1": IS, "actor2": POLICE, "location": town(), **kw})


# --- equipment ---------------------------------------------------------------------------------

def test_a_dual_told_as_subject_is_genitive_after_the_masdar() -> None:
    # «دمرت عربتان مسلحتان» → «تدمير عربتين مسلحتين» (was «تدمير عربتان مسلحتان»)
    _, ar = describe(clash(equipment=[{"text": "عربتان مسلحتان", "name_en": "Armed vehicle", "count": 2,
                                       "fate": "destroyed"}]))
    assert ar.endswith(": تدمير عربتين مسلحتين")
    _, ar = describe(clash(equipment=[{"text": "طقمان", "name_en": "Armed vehicle", "count": 2, "fate": "seized"}]))
    assert ar.endswith(": اغتنام طقمين")
    # one item, or a word that only ends like a dual, is left as the article wrote it
    _, ar = describe(clash(equipment=[{"text": "دبابة", "name_en": "Tank", "count": 1, "fate": "destroyed"}]))
    assert ar.endswith(": تدمير دبابة")


def test_the_arabic_line_keeps_the_count_of_three_or_more() -> None:
    # English said "3 tanks destroyed", Arabic only «تدمير دبابات»
    en, ar = describe(clash(equipment=[{"text": "دبابات", "name_en": "Tank", "count": 3, "fate": "destroyed"}]))
    assert en.endswith(": 3 tanks destroyed") and ar.endswith(": تدمير 3 دبابات")
    # 11 and more: the singular, accusative («صاروخا»; a feminine noun has no alif written)
    _, ar = describe(clash(equipment=[{"text": "دبابات", "name_en": "Tank", "count": 12, "fate": "destroyed"}]))
    assert ar.endswith(": تدمير 12 دبابة")
    _, ar = describe(clash(equipment=[{"text": "صواريخ", "name_en": "Rockets", "count": 15, "fate": "seized"}]))
    assert ar.endswith(": اغتنام 15 صاروخا")
    _, ar = describe(clash(equipment=[{"text": "صواريخ", "name_en": "Ballistic missile", "count": 14,
                                       "fate": "seized"}]))
    assert ar.endswith(": اغتنام 14 صاروخا باليستيا")
    _, ar = describe(clash(equipment=[{"text": "دبابات", "name_en": "Tank", "count": 100, "fate": "destroyed"}]))
    assert ar.endswith(": تدمير 100 دبابة")


def test_english_plurals_of_equipment() -> None:
    en, _ = describe(clash(equipment=[{"text": "طائرات", "name_en": "Aircraft", "count": 4, "fate": "destroyed"}]))
    assert en.endswith(": 4 aircraft destroyed")  # not "aircrafts"
    en, _ = describe(clash(equipment=[{"text": "مفخختين", "name_en": "Car bomb (VBIED)", "count": 2,
                                       "fate": "seized"}]))
    assert en.endswith(": 2 car bombs (VBIED) seized")  # not "car bomb (VBIED)s"
    en, _ = describe(clash(equipment=[{"text": "صواريخ", "name_en": "Grad rockets", "count": 6, "fate": "seized"}]))
    assert en.endswith(": 6 Grad rockets seized")  # a name keeps its capital


# --- sides whose names carry brackets ----------------------------------------------------------

def test_two_sides_with_allies_read_as_two_sides() -> None:
    # was "between Popular Resistance, with Army of the North (2012-) and Mountain Rebels (Ansar), with …"
    en, ar = describe(Incident("Battles", "Armed clash", actor1=RESISTANCE, assoc_actor_1=[ARMY], actor2=REBELS,
                               assoc_actor_2=[LOYALISTS], location=town()))
    assert en.startswith("Clashes between Popular Resistance and Army of the North (2012-) on one side and "
                         "Mountain Rebels (Ansar) and Commander Loyalist Forces on the other in ")
    assert ar.startswith("اشتباكات بين المقاومة الشعبية والجيش الوطني (الموالي للشرعية) من جهة "
                         "والمتمردين (جماعة الجبل) والقوات الموالية للقائد من جهة أخرى في ")


def test_a_side_with_allies_after_by_is_joined_with_and() -> None:
    en, ar = describe(Incident("Explosions/Remote violence", "Shelling/artillery/missile attack", actor1=RESISTANCE,
                               assoc_actor_1=[ARMY], actor2=REBELS, location=town()))
    assert en.startswith("Shelling by Popular Resistance and Army of the North (2012-) on Mountain Rebels (Ansar) in")
    assert ar.startswith("قصف من المقاومة الشعبية والجيش الوطني (الموالي للشرعية) على المتمردين (جماعة الجبل) في")
    # names with no brackets keep «(with …)»
    en, ar = describe(Incident("Battles", "Armed clash", actor1=IS, assoc_actor_1=[LOYALISTS], actor2=POLICE,
                               location=town()))
    assert "Islamic State (with Commander Loyalist Forces) and Police" in en
    assert "تنظيم داعش (مع القوات الموالية للقائد) وقوات الشرطة" in ar


# --- places ------------------------------------------------------------------------------------

def test_a_region_or_an_area_is_in_not_near() -> None:
    region = town(text="كردستان", name_ar="كردستان", name_en="Kurdistan Region", kind="area", admin1_ar="أربيل",
                  admin1_en="Erbil", geo_precision=2)
    en, ar = describe(clash(location=region))
    assert en.endswith(" in Kurdistan Region (Erbil)") and ar.endswith(" في كردستان (أربيل)")
    # a town told as near stays near
    en, ar = describe(clash(location=town(geo_precision=2)))
    assert en.endswith(" near As Safa (Al Anbar)") and ar.endswith(" قرب الصفا (الأنبار)")


def test_a_gazetteer_name_with_ta_marbuta_inside_a_word_takes_the_article_words() -> None:
    # a Kurdish spelling («كةربالا») no Arabic reader writes; the governorate is then the place itself
    city = town(text="مدينة كربلاء", name_ar="كةربالا", name_en="Karbala", kind="city", admin1_ar="كربلاء",
                admin1_en="Kerbala")
    en, ar = describe(Incident("Protests", "Peaceful protest", location=city))
    assert ar == "احتجاج في كربلاء" and en == "Protest in Karbala"
    # two words run together in the gazetteer
    village = town(text="قلعة الطعام", name_ar="قلعةالطعام", name_en="Qal'at at Ta'am", kind="village")
    _, ar = describe(clash(location=village))
    assert ar.endswith(" في قلعة الطعام (الأنبار)")


def test_a_gazetteer_all_caps_al_is_capitalised() -> None:
    district = town(name_en="AL Haimah Al Kharijiah", kind="district")
    en, _ = describe(clash(location=district))
    assert en.endswith(" in Al Haimah Al Kharijiah (Al Anbar)")


# --- the noun and its actors by event type ------------------------------------------------------

def test_strategic_developments_are_no_strikes_on_a_target() -> None:
    # was «اتفاق من قوات الشرطة على تنظيم داعش», «إحباط من … على …», «تغير في نشاط من …»
    en, ar = describe(Incident("Strategic developments", "Agreement", actor1=POLICE, actor2=IS, location=town()))
    assert en.startswith("Agreement between Police Forces of Iraq and Islamic State in")
    assert ar.startswith("اتفاق بين قوات الشرطة وتنظيم داعش في")
    en, ar = describe(Incident("Strategic developments", "Disrupted weapons use", actor1=POLICE, actor2=IS,
                               location=town()))
    assert en.startswith("Disrupted weapons use by Police Forces of Iraq against Islamic State in")
    assert ar.startswith("إحباط استخدام أسلحة على يد قوات الشرطة ضد تنظيم داعش في")
    en, ar = describe(Incident("Strategic developments", "Change to group/activity", actor1=IS, location=town()))
    assert en.startswith("Change in group activity of Islamic State in") and ar.startswith("تغير في نشاط تنظيم داعش في")
    en, ar = describe(Incident("Strategic developments", "Headquarters or base established", actor1=IS, location=town()))
    assert en.startswith("Base established by Islamic State in") and ar.startswith("إنشاء قاعدة على يد تنظيم داعش في")
    en, ar = describe(Incident("Strategic developments", "Looting/property destruction", actor1=IS, actor2=CIVILIANS,
                               location=town()))
    assert en.startswith("Looting/property destruction by Islamic State against Civilians (Iraq) in")
    assert ar.startswith("نهب وتدمير ممتلكات على يد تنظيم داعش ضد مدنيين في")


def test_a_named_crowd_comes_before_the_force_that_dispersed_it() -> None:
    # was "Protest dispersed by Police Forces of Iraq (Teachers' Union)": the union read as part of the police
    union = Actor("", name_ar="نقابة المعلمين", name_en="Teachers' Union", actor_type="protesters", inter=6)
    en, ar = describe(Incident("Protests", "Protest with intervention", actor1=union, actor2=POLICE, location=town()))
    assert en == "Protest by Teachers' Union dispersed by Police Forces of Iraq in As Safa (Al Anbar)"
    assert ar == "احتجاج من نقابة المعلمين تم تفريقه على يد قوات الشرطة في الصفا (الأنبار)"
    en, ar = describe(Incident("Protests", "Excessive force against protesters", actor1=union, actor2=POLICE,
                               location=town()))
    assert en == "Force against protesters from Teachers' Union by Police Forces of Iraq in As Safa (Al Anbar)"
    assert ar == "قمع متظاهرين من نقابة المعلمين على يد قوات الشرطة في الصفا (الأنبار)"


# --- key sentences -----------------------------------------------------------------------------


def told(doc: Document, *indices: int) -> list[Incident]:
    return [clash(evidence=[(doc.sentences[i][0], doc.sentences[i][0] + 5)], confidence=0.8) for i in indices]


def test_no_byline_is_added_beside_the_sentences_that_tell_the_incidents() -> None:
    doc = doc_of([
        "عين اليوم – متابعات",
        "قتل خمسة عناصر من الشرطة في هجوم شنه مسلحون على حاجز أمني قرب المدينة صباح اليوم.",
        "وقال مسؤول أمني إن المهاجمين فروا بعد تبادل لإطلاق النار استمر ساعة كاملة مع قوات الأمن.",
        "صور الانفجار",
    ])
    got = [k["text"] for k in key_sentences(doc, told(doc, 1, 2))]
    assert got == [doc.text[slice(*doc.sentences[i])] for i in (1, 2)]


def test_a_photo_caption_gives_way_to_a_sentence_of_the_body() -> None:
    doc = doc_of([
        "جثة الطفل الفلسطيني في مسجد نابلس..",  # six words, no verb: a caption
        "استشهد فجر أمس الأب الفلسطيني متأثرا بحروقه البالغة التي أصيب بها في إحراق منزله في القرية.",
        "وأفادت مصادر محلية بأن العائلة أبلغت بوفاته في المستشفى بعد تدهور حالته الصحية خلال الليل.",
        "وسادت حالة من الحزن والغضب البلدة بعد سماع نبأ وفاته وتوافد المعزون إلى منزل العائلة.",
    ])
    got = [k["text"] for k in key_sentences(doc, told(doc, 1))]
    assert got == [doc.text[slice(*doc.sentences[i])] for i in (1, 2, 3)]


def test_a_sentence_told_twice_is_listed_once() -> None:
    lead = "قتل خمسة عناصر من الشرطة في هجوم شنه مسلحون على حاجز أمني قرب المدينة صباح اليوم."
    doc = doc_of([
        lead,
        "وقال مسؤول أمني إن المهاجمين فروا بعد تبادل لإطلاق النار استمر ساعة كاملة مع قوات الأمن.",
        lead,  # the lead pasted again under the photo
        "وأعلنت وزارة الداخلية في بيان لها أنها فتحت تحقيقا في الهجوم وأرسلت تعزيزات إلى المنطقة.",
    ])
    got = [k["start"] for k in key_sentences(doc, told(doc, 0, 2))]
    assert got == [doc.sentences[i][0] for i in (0, 1, 3)]


def test_sentences_that_differ_only_in_their_numbers_are_two_facts() -> None:
    doc = doc_of([f"وقتل {n} مسلحين من الجماعة في اشتباكات مع القوات الحكومية في مديرية رقم {n}." for n in (3, 4, 5)])
    got = [k["start"] for k in key_sentences(doc, told(doc, 0, 1, 2))]
    assert got == [s for s, _ in doc.sentences]
