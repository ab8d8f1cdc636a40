"""Places of session 38 (places38): towns and areas the news names that the gazetteer lacked or misread,
added through curated.json (extra_places, geonames_towns, geonames_names_ar, country_variants_ar), and
Oman's Dhofar border region named as the gazetteer names it.

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from core.entities.gazetteer import Gazetteer
from core.incidents.lexicons import context
from entity_fixtures import named, places


def test_added_places_resolve_with_region_and_country() -> None:
    cases = [
        ("اندلعت اشتباكات بين الشرطة ومحتجين في حي شمبات بالخرطوم بحري مساء أمس.", "Shambat", "Khartoum", "Sudan"),
        ("وصلت طائرات أمريكية جديدة إلى انجرليك جنوب تركيا.", "Incirlik", "Adana", "Turkey"),
        ("قصفت طائرات حربية مواقع للمسلحين في محيط بنينة شرق بنغازي.", "Benina", "Benghazi", "Libya"),
        ("سقطت قذيفة أطلقت من اليمن على محافظة بارق دون إصابات.", "Bariq", "Asir", "Saudi Arabia"),
        ("انفجرت عبوة ناسفة قرب سوق في الكاظمية شمال بغداد.", "Al Kadhimiya", "Baghdad", "Iraq"),
        ("قتل 13 شخصا في تفجيرين انتحاريين في مدينة ماروا شمال الكاميرون.", "Maroua", "Far North", "Cameroon"),
        ("أغارت طائرة مسيرة على مخبأ للمسلحين في وزيرستان شمال غربي باكستان.", "Waziristan", "Khyber Pakhtunkhwa", "Pakistan"),
        ("يواصل الجيش الباكستاني عملياته في منطقة شمال وزيرستان القبلية.", "North Waziristan", "Khyber Pakhtunkhwa", "Pakistan"),
        ("لجأت مئات الأسر النازحة إلى بلدة عين كاوة قرب أربيل.", "'Aynkawah", "Erbil", "Iraq"),
        ("استعادت القوات الحكومية مدينة كيسمايو الساحلية جنوب الصومال.", "Kismayo", "Lower Juba", "Somalia"),
    ]
    for text, en, admin1, country in cases:
        assert named(text, en) == (admin1, country), (text, places(text))


def test_incirlik_air_base_placed_in_adana() -> None:
    # «قاعدة …» is a facility, placed where the town of its name is
    found = places("أقلعت مقاتلات التحالف من قاعدة إنجرليك لقصف مواقع التنظيم شمال سوريا.")
    assert ("قاعدة إنجرليك", "", "Adana", "Turkey") in found, found


def test_gombe_city_has_a_row_in_its_state() -> None:
    rows = [(p.kind, p.admin1_en, p.country) for p in Gazetteer.load().lookup("جومبي")]
    assert ("city", "Gombe", "Nigeria") in rows, rows
    assert named("انفجرت قنبلة في سوق مدينة غومبي شمال شرقي نيجيريا.", "Gombe") == ("Gombe", "Nigeria")


def test_kingdom_of_morocco_is_morocco() -> None:
    found = [(t, en, country) for t, en, _, country in places("وقعت المملكة المغربية ومصر اتفاقا للتعاون الأمني.")]
    assert ("المملكة المغربية", "Morocco", "Morocco") in found, found
    assert not [p for p in found if p[2] == "Saudi Arabia"], found


def test_dhofar_border_region_is_the_gazetteers_zufar() -> None:
    (admin1, country), = {(p.admin1_en, p.country) for p in Gazetteer.load().lookup("ظفار") if p.kind == "governorate"}
    assert country == "Oman"
    assert admin1 in context()["border_regions"]["Yemen"]["Oman"]
