"""Entity fixes of session 36's read of fresh non-Yemen articles (ent36): the bare «طالبان» is the
Taliban; «الحرس الجمهوري» is Saleh's forces only in Yemen (elsewhere the country's own army); the
Middle East News Agency is a source, not the region «الشرق الأوسط»; a tagger's person does not run
on into the outlet or body named right after it («… لرويترز»).

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from core.pipeline import analyze
from entity_fixtures import DAY, spans


def test_bare_taliban_is_the_armed_group() -> None:
    """«طالبان» alone (and with a proclitic) names the movement in the news, as «حركة طالبان» does."""
    text = ("وقال مسؤول أفغاني إن طالبان شنت هجوما على نقطة للجيش في ولاية قندوز، "
            "وإن قادة سابقين لطالبان انضموا إلى تنظيم داعش.")
    actors = spans(text, "ARMED_ACTOR")
    taliban = [t for t, a in actors if a.get("id") == "taliban"]
    assert len(taliban) == 2, actors
    assert not [t for t, _ in spans(text, "ORGANIZATION") if "طالبان" in t]


def test_republican_guard_outside_yemen_is_the_countrys_army() -> None:
    """«قوات الحرس الجمهوري» in a Syrian article are the Syrian army, not Yemen's Saleh loyalists."""
    text = ("وقصفت قوات الحرس الجمهوري مدينة الزبداني في ريف دمشق بعشرات البراميل المتفجرة، "
            "فيما ردت فصائل المعارضة السورية بقذائف الهاون.")
    names = [a.get("name_en", "") for _, a in spans(text, "ARMED_ACTOR")]
    assert "Military Forces of Syria (2000-)" in names and "Saleh Loyalist Forces" not in names, names


def test_republican_guard_in_yemen_stays_saleh_loyalists() -> None:
    text = "واشتبكت المقاومة الشعبية مع قوات الحرس الجمهوري في مديرية الوازعية بمحافظة تعز اليمنية أمس."
    names = [a.get("name_en", "") for _, a in spans(text, "ARMED_ACTOR")]
    assert "Saleh Loyalist Forces" in names, names


def test_middle_east_news_agency_is_a_source_not_a_region() -> None:
    """«وكالة أنباء الشرق الأوسط» is Egypt's agency: no place «الشرق الأوسط» (which had placed
    an incident in a village of that name)."""
    text = "وقالت وكالة أنباء الشرق الأوسط إن ثلاثة مجندين أصيبوا في انفجار عبوة ناسفة بمدينة العريش."
    doc = analyze(text, DAY).doc
    assert not [e for e in doc.entities if e.label == "LOCATION" and "الشرق" in doc.text[e.start:e.end]]
    bodies = [(doc.text[e.start:e.end], e.attrs) for e in doc.entities if e.label in ("SOURCE", "ORGANIZATION")]
    assert any(a.get("id") == "mena" or a.get("organization") == "mena" for _, a in bodies), bodies


def test_person_ends_before_the_outlet_after_it() -> None:
    """«وقال فلان لرويترز»: the person's span stops before «لرويترز», which stays the agency."""
    text = "وقال المتحدث باسم وزارة الصحة حسام عبد الغفار لرويترز إن المصابين نقلوا إلى المستشفى."
    persons = [t for t, _ in spans(text, "PERSON")]
    assert persons and all("رويترز" not in t for t in persons), persons
    assert "حسام عبد الغفار" in persons, persons


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return [(a.get("role"), a.get("count")) for _, a in spans(text, "CASUALTY")]


def test_one_person_and_another_joined_by_waw_are_two() -> None:
    """«قتل جندي ومدني»: a soldier and a civilian, two killed; a nisba between counts no one."""
    assert _tolls("وقالت الشرطة إنه قتل جندي ومدني في الهجوم على الحاجز.") == [("killed", 2)]
    assert _tolls("وأفادت وسائل إعلام بأنه قتل شرطي تركي ومدني في هجوم جنوب شرقي البلاد.") == [("killed", 2)]


def test_a_pair_and_the_people_listed_after_it() -> None:
    """«أصيب جنديان ومدنيان»: 2 + 2; «ضابطا شرطة ومجند ومسلح»: the pair's noun, then 2 + 1 + 1."""
    assert _tolls("وأصيب جنديان ومدنيان في انفجار العبوة.") == [("injured", 4)]
    assert _tolls("وقتل ضابطا شرطة ومجند ومسلح في الاشتباك الذي وقع قرب الحاجز.") == [("killed", 4)]
    assert _tolls("وقال المتحدث إن ضابطي شرطة ومدنيا أصيبوا في الانفجار.") == [("injured", 3)]


def test_a_list_stops_at_what_is_no_single_person() -> None:
    """A plural after «و» is a group of unknown size, and another verb is another toll."""
    assert _tolls("وقتل جندي ومدنيون في القصف.") == [("killed", 1)]
    assert ("killed", 2) in _tolls("وقتل جنديان في الهجوم وأصيب آخرون.")


def test_iranian_kurdistan_is_not_iraqs_region() -> None:
    """«كردستان إيران» is in Iran, not the Kurdistan Region of Iraq that a bare «كردستان» names."""
    text = "وأعلن الحزب الكردي عن تنفيذ هجمات على مواقع الجيش الإيراني في كردستان إيران أمس."
    places = [(t, a.get("country")) for t, a in spans(text, "LOCATION")]
    assert ("كردستان إيران", "Iran") in places, places
    assert not [t for t, c in places if c == "Iraq"], places


def test_sirnak_spelt_with_kha() -> None:
    """«إقليم شرناخ» is Şırnak province in Turkey (as «شرناق»)."""
    text = "وقتل ثلاثة جنود أتراك في هجوم على ثكنة عسكرية في إقليم شرناخ جنوب شرقي تركيا."
    places = [(t, a.get("name_en")) for t, a in spans(text, "LOCATION")]
    assert any(name == "Sirnak" for _, name in places), places


def test_turkmen_mountain_is_in_latakia() -> None:
    """«جبل التركمان» is a mountain of Latakia, not a landmark of the town the article named before
    (the Hasakah of an earlier paragraph)."""
    text = ("وتقدم تنظيم داعش في مدينة الحسكة أمس. "
            "وسيطر الثوار على عدة تلال في جبل التركمان بعد معارك مع قوات النظام.")
    places = [(t, a.get("admin1_en")) for t, a in spans(text, "LOCATION")]
    assert ("جبل التركمان", "Lattakia") in places, places


def test_stun_and_gas_grenades_are_no_ied() -> None:
    """«القنابل الصاعقة», «قنابل الغاز المسيل للدموع»: crowd-control munitions, not the IED that
    the bare «قنابل» names; a bare «قنابل» stays one."""
    text = "وألقت قوات الأمن القنابل الصاعقة وقنابل الغاز المسيل للدموع على المتظاهرين في القدس."
    assert not [a for _, a in spans(text, "WEAPON") if a.get("category") == "ied"], spans(text, "WEAPON")
    text = "وانفجرت قنابل زرعها مسلحون على جانب الطريق."
    assert [a for _, a in spans(text, "WEAPON") if a.get("category") == "ied"]
