"""Hand-built entity layers, so the incident tests do not depend on recogniser quality.

`annotate(text, items)` runs the text layer of the pipeline and lays the given spans — found by
their surface text, the n-th occurrence — as the entity layer, the way the recognisers would.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from core.document import Document
from core.pipeline import analyze

Item = tuple  # (surface, label, attrs)


def annotate(text: str, items: list[Item], doc_date: date | None = None) -> Document:
    """Items are listed in text order; each is searched for after the previous one."""
    doc = analyze(text, until="tokenise").doc
    doc.date = doc_date
    spans = []
    cursor = 0
    for surface, label, attrs in items:
        pos = text.find(surface, cursor)
        if pos < 0:
            raise ValueError(f"{surface!r} not found after offset {cursor}")
        spans.append(doc.span(pos, pos + len(surface), label, "user", **attrs))
        cursor = pos + len(surface)
    doc.layers["entities"] = spans
    return doc


# What `coded` reads off an incident besides its plain attributes ("event_type", "fatalities" …):
# the English names of its governorate and actors, the place as written; "" where there is none.
_FIELDS = {
    "admin1": lambda i: i.location.admin1_en if i.location else "",
    "place": lambda i: i.location.text if i.location else "",
    "actor1": lambda i: i.actor1.name_en if i.actor1 else "",
    "actor2": lambda i: i.actor2.name_en if i.actor2 else "",
}


def told(text: str, day: date) -> list:
    """Every incident the pipeline tells of `text` published on `day`: those it codes and those it
    sets aside."""
    an = analyze(text, day)
    return list(an.incidents) + list(an.set_aside)


# flags of an incident a rule test of non-Yemen news does not count as one coded: commentary, no place,
# a running total, a rights group's report
NOT_COUNTED_FLAGS = frozenset({"possibly_commentary", "no_place", "running_total", "rights_report"})


def counted(text: str, day: date) -> list:
    """The incidents the pipeline codes in `text` read on `day`, but those flagged as
    `NOT_COUNTED_FLAGS`."""
    return [i for i in analyze(text, day).incidents if not set(i.flags) & NOT_COUNTED_FLAGS]


VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def violent(text: str, day: date) -> list:
    """The incidents of political violence the pipeline codes in `text` read on `day`."""
    return [i for i in analyze(text, day).incidents if i.event_type in VIOLENT_TYPES]


def at_country(found: list, country: str) -> list:
    """The `found` incidents placed at `country` itself (a place of the region kind), not below it."""
    from core.incidents import REGION_KIND

    return [i for i in found if i.location and i.location.country == country and i.location.kind == REGION_KIND]


def place_names(found: list) -> list[str]:
    """The English names of the places of `found` incidents that have one, in order."""
    return [i.location.name_en for i in found if i.location]


def coded(text: str, day: date | str, *fields: str) -> list[tuple]:
    """The incidents the real pipeline codes in `text` read on `day`, in order, each as the tuple
    of its `fields` (see `_FIELDS`): what a rule test compares («[("Armed clash", "Abyan")]»)."""
    getters = [_FIELDS.get(f) or (lambda i, f=f: getattr(i, f)) for f in fields]
    return [tuple(get(i) for get in getters) for i in analyze(text, day).incidents]


def gov(ar: str, en: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "governorate", "name_ar": ar, "name_en": en, "admin1_ar": ar, "admin1_en": en,
            "country": "Yemen", "iso": 887, **extra}


def district(ar: str, en: str, g_ar: str, g_en: str) -> dict[str, Any]:
    return {"kind": "district", "name_ar": ar, "name_en": en, "admin1_ar": g_ar, "admin1_en": g_en,
            "admin2_ar": ar, "admin2_en": en, "country": "Yemen", "iso": 887}


def town(ar: str, en: str, g_ar: str, g_en: str, d_ar: str = "", d_en: str = "") -> dict[str, Any]:
    return {"kind": "city", "name_ar": ar, "name_en": en, "admin1_ar": g_ar, "admin1_en": g_en,
            "admin2_ar": d_ar, "admin2_en": d_en, "country": "Yemen", "iso": 887}


HOUTHI = {"id": "houthis", "name_ar": "الحوثيون", "name_en": "Houthis (Ansar Allah)", "actor_type": "rebel", "inter": 2}
HOUTHI_SALEH = {"id": "houthi_saleh", "name_ar": "قوات الحوثي وصالح", "name_en": "Houthi-Saleh forces", "actor_type": "rebel", "inter": 2}
SALEH = {"id": "saleh", "name_ar": "قوات صالح", "name_en": "Saleh loyalists", "actor_type": "political_militia", "inter": 3}
RESISTANCE = {"id": "resistance", "name_ar": "المقاومة الشعبية", "name_en": "Popular Resistance", "actor_type": "political_militia", "inter": 3}
ARMY = {"id": "army_hadi", "name_ar": "الجيش الوطني", "name_en": "Military Forces of Yemen (2012-)", "actor_type": "state", "inter": 1}
COALITION = {"id": "coalition", "name_ar": "التحالف العربي", "name_en": "Military Forces of Saudi Arabia (2015-) Coalition", "actor_type": "external", "inter": 8}
MILITIA = {"generic": True, "name_ar": "الميليشيات", "name_en": ""}
ARTILLERY = {"name_en": "heavy artillery", "category": "artillery"}
MEDIA = {"kind": "media office"}

DHALE = ("الضالع", "Al Dhale'e")
BAYDA = ("البيضاء", "Al Bayda")
IBB = ("إب", "Ibb")


def seed_items() -> list[Item]:
    """What the recognisers are specified to find in the seed article (issue 3), in text order."""
    dhale, bayda = gov(*DHALE), gov(*BAYDA)
    damt = town("دمت", "Damt", *DHALE, "دمت", "Damt")
    zahir = district("الزاهر", "Az Zahir", *BAYDA)
    return [
        # S1
        ("قوات المقاومة الشعبية", "ARMED_ACTOR", RESISTANCE),
        ("الجيش الموالي للشرعية", "ARMED_ACTOR", ARMY),
        ("الانقلابيين الحوثيين", "ARMED_ACTOR", HOUTHI),
        ("محافظة الضالع", "LOCATION", dhale),
        ("تعز", "LOCATION", gov("تعز", "Taizz")),
        ("المقاومة", "ARMED_ACTOR", RESISTANCE),
        ("قوات التحالف", "ARMED_ACTOR", COALITION),
        ("الجيش الوطني", "ARMED_ACTOR", ARMY),
        ("المقاومة الشعبية", "ARMED_ACTOR", RESISTANCE),
        ("تعز", "LOCATION", gov("تعز", "Taizz")),
        ("تعز", "LOCATION", gov("تعز", "Taizz")),
        ("قوات المقاومة", "ARMED_ACTOR", RESISTANCE),
        # S2
        ("المركز الإعلامي", "SOURCE", MEDIA),
        ("12", "NUMBER", {"value": 12, "qualifier": "at_least"}),
        ("ميليشيات الانقلابيين", "ARMED_ACTOR", HOUTHI),
        ("لقوا حتفهم", "CASUALTY", {"role": "killed", "count": 12, "whose": "ميليشيات الانقلابيين"}),
        ("أصيب 22 آخرون", "CASUALTY", {"role": "injured", "count": 22, "whose": "آخرون"}),
        ("عربتان مسلحتان", "WEAPON", {"name_en": "armed vehicle", "category": "armoured vehicle", "count": 2}),
        ("ميلشيات", "ARMED_ACTOR", MILITIA),
        ("المقاومة", "ARMED_ACTOR", RESISTANCE),
        ("الميليشيات", "ARMED_ACTOR", MILITIA),
        ("مستشفى النجار", "LOCATION", {"kind": "facility", "name_ar": "مستشفى النجار", "name_en": "al-Najjar hospital",
                                        "admin1_ar": "الضالع", "admin1_en": "Al Dhale'e", "country": "Yemen"}),
        ("مدينة دمت", "LOCATION", damt),
        # S3
        ("المقاومة الشعبية", "ARMED_ACTOR", RESISTANCE),
        ("الميليشيات", "ARMED_ACTOR", MILITIA),
        ("المدفعية الثقيلة", "WEAPON", ARTILLERY),
        ("مدينة دمت", "LOCATION", damt),
        ("محافظة الضالع", "LOCATION", dhale),
        # S4
        ("الانقلابيين", "ARMED_ACTOR", HOUTHI),
        ("شهود عيان", "SOURCE", {"kind": "witnesses"}),
        ("ميليشيات الحوثي والمخلوع صالح", "ARMED_ACTOR", HOUTHI_SALEH),
        ("محافظة إب", "LOCATION", gov(*IBB)),
        ("محافظة الضالع", "LOCATION", dhale),
        ("المدفعية الثقيلة", "WEAPON", ARTILLERY),
        ("صواريخ الكاتيوشا", "WEAPON", {"name_en": "Katyusha rockets", "category": "rockets"}),
        # S5
        ("محافظة البيضاء", "LOCATION", bayda),
        ("عشرات", "NUMBER", {"value": 10, "vague": True}),
        ("القتلى", "CASUALTY", {"role": "killed", "count": 10}),
        ("الجرحى", "CASUALTY", {"role": "injured", "count": 10}),
        ("الأسرى", "CASUALTY", {"role": "captured", "count": 10}),
        ("ميليشيات الحوثيين الانقلابية", "ARMED_ACTOR", HOUTHI),
        ("فلول المخلوع صالح", "ARMED_ACTOR", SALEH),
        ("أمس", "DATE", {"iso": "2015-07-28", "precision": 1, "relative": True}),
        ("رجال المقاومة الشعبية", "ARMED_ACTOR", RESISTANCE),
        ("الميليشيات", "ARMED_ACTOR", MILITIA),
        ("عشر", "NUMBER", {"value": 10}),
        ("مديرية الزاهر آل حميقان", "LOCATION", zahir),
        # S6
        ("المركز الإعلامي للمقاومة", "SOURCE", MEDIA),
        ("الثوار", "ARMED_ACTOR", RESISTANCE),
        ("المقاومة الشعبية", "ARMED_ACTOR", RESISTANCE),
        ("قتل تسعة", "CASUALTY", {"role": "killed", "count": 9, "whose": "انقلابيين"}),
        ("انقلابيين", "ARMED_ACTOR", HOUTHI),
        ("أسر 12 آخرين", "CASUALTY", {"role": "captured", "count": 12, "whose": "آخرين"}),
        ("آليات عسكرية", "WEAPON", {"name_en": "military vehicles", "category": "armoured vehicle"}),
        ("دبابة", "WEAPON", {"name_en": "tank", "category": "tank", "count": 1}),
        ("الميليشيات", "ARMED_ACTOR", MILITIA),
        # S7
        ("المصدر", "SOURCE", {"kind": "anaphoric"}),
        ("ثلاثة", "NUMBER", {"value": 3}),
        ("رجال المقاومة", "ARMED_ACTOR", RESISTANCE),
        ("استشهدوا", "CASUALTY", {"role": "killed", "count": 3, "whose": "رجال المقاومة"}),
        ("أصيب ثمانية آخرون", "CASUALTY", {"role": "injured", "count": 8, "whose": "آخرون"}),
        # S8
        ("مقاتلات التحالف العربي", "ARMED_ACTOR", COALITION),
        ("عربة \"بي إم بي\"", "WEAPON", {"name_en": "BMP", "category": "APC/IFV", "count": 1}),
        ("ميليشيات", "ARMED_ACTOR", MILITIA),
        ("منطقة الزاهر", "LOCATION", zahir),
        ("شهود عيان", "SOURCE", {"kind": "witnesses"}),
        ("المقاتلات", "WEAPON", {"name_en": "fighter jets", "category": "aircraft"}),
        ("الانقلابيين", "ARMED_ACTOR", HOUTHI),
        ("الثوار", "ARMED_ACTOR", RESISTANCE),
        ("الحوثيين", "ARMED_ACTOR", HOUTHI),
        # S9
        ("تحالف", "ARMED_ACTOR", COALITION),
        ("الحوثيون", "ARMED_ACTOR", HOUTHI),
        ("مصادر محلية", "SOURCE", {"kind": "local sources"}),
        ("الميليشيات", "ARMED_ACTOR", MILITIA),
        # S10
        ("المقاومة الشعبية", "ARMED_ACTOR", RESISTANCE),
        ("الجيش الوطني", "ARMED_ACTOR", ARMY),
        ("المدفعية الثقيلة", "WEAPON", ARTILLERY),
        ("الميليشيات الانقلابية", "ARMED_ACTOR", MILITIA),
        ("بلدة مكيراس", "LOCATION", town("مكيراس", "Mukayras", *BAYDA, "مكيراس", "Mukayras")),
        # S11
        ("المركز", "SOURCE", {"kind": "anaphoric"}),
        ("مدفعية", "WEAPON", {"name_en": "artillery", "category": "artillery"}),
        ("الجيش الوطني", "ARMED_ACTOR", ARMY),
        ("ميليشيات", "ARMED_ACTOR", MILITIA),
        ("بلدة الزاهر", "LOCATION", town("الزاهر", "Az Zahir", *BAYDA, "الزاهر", "Az Zahir")),
        ("مدينة البيضاء", "LOCATION", town("البيضاء", "Al Bayda", *BAYDA, "مدينة البيضاء", "Al Bayda City")),
        # S12
        ("عشرات", "NUMBER", {"value": 10, "vague": True}),
        ("القتلى", "CASUALTY", {"role": "killed", "count": 10}),
        ("الجرحى", "CASUALTY", {"role": "injured", "count": 10}),
        ("الميليشيات الانقلابية", "ARMED_ACTOR", MILITIA),
        ("محافظة البيضاء", "LOCATION", bayda),
        ("رجال المقاومة", "ARMED_ACTOR", RESISTANCE),
        ("مديرية ذي ناعم", "LOCATION", district("ذي ناعم", "Dhi Na'im", *BAYDA)),
        ("منطقة المناسح", "LOCATION", town("المناسح", "Al Manasih", *BAYDA, "ولد ربيع", "Wald Rabi'")),
        ("قيفة رداع", "LOCATION", {"kind": "area", "name_ar": "قيفة رداع", "name_en": "Qayfat Rada'a",
                                    "admin1_ar": "البيضاء", "admin1_en": "Al Bayda", "country": "Yemen"}),
    ]


def doc_of(sentences: list[str]) -> Document:
    """A document of these sentences, one a line, with its sentence spans set (for key-sentence tests)."""
    text, spans = "", []
    for s in sentences:
        spans.append((len(text), len(text) + len(s)))
        text += s + "\n"
    doc = Document(text=text)
    doc.sentences = spans
    return doc
