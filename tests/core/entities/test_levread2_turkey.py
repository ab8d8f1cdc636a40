"""Turkish places behind misses of the second readable non-Yemen gold file (session 29,
`levread2`): «إقليم» as a province head, the provinces of the PKK conflict and Midyat
(curated.json rows), on sentences written for the test."""

from __future__ import annotations

from core.entities import places
from core.pipeline import analyze


def _places(text: str) -> list[tuple[str, str, str]]:
    doc = analyze(text, "2015-08-09", "", until="tokenise").doc
    return [(s.text, s.attrs.get("name_en", ""), s.attrs.get("admin1_en", "")) for s in places.find(doc)]


def test_iqlim_heads_a_province() -> None:
    # «إقليم» (province, region) is a head like «ولاية»: Turkish provinces are named with it in
    # news agencies' Arabic («بإقليم موش», «إقليم شرناق»), and a common or short name needs a head
    assert ("إقليم موش", "Mus", "Mus") in _places("أطلق مقاتلو حزب العمال الكردستاني الصواريخ على موقع عسكري بإقليم موش أمس.")
    assert ("إقليم شرناق", "Sirnak", "Sirnak") in _places("قتل جنديان تركيان في هجوم في إقليم شرناق.")
    # a name of another kind keeps its own reading (the Kurdistan Region is an area)
    assert ("كردستان العراق", "Kurdistan Region", "Erbil") in _places("وصل الوفد إلى إقليم كردستان العراق أمس.")


def test_pkk_conflict_provinces_and_midyat() -> None:
    assert ("ولاية بينغول", "Bingol", "Bingol") in _places("فر المسلحون على الطريق المتجه نحو ولاية بينغول بعد الهجوم على الشرطة.")
    assert ("إقليم تونجلي", "Tunceli", "Tunceli") in _places("وفي إقليم تونجلي فتح مسلحون النار على دورية للجيش التركي.")
    assert ("بلدة مديات", "Midyat", "Mardin") in _places(
        "فتح مسلحون من حزب العمال الكردستاني النار على سيارة للشرطة في بلدة مديات بإقليم ماردين.")
    # bare, «مديات» is also "ranges": no place without a head
    assert _places("ارتفعت درجات الحرارة إلى مديات غير مسبوقة هذا الصيف.") == []


def test_midyat_attack_is_an_incident_in_mardin() -> None:
    an = analyze("فتح مسلحون من حزب العمال الكردستاني النار على مركبة للشرطة في بلدة مديات بإقليم ماردين "
                 "ما أدى إلى مقتل ضابط وإصابة آخر.", "2015-08-09", "")
    assert [(i.event_type, i.location.admin1_en, i.fatalities) for i in an.incidents] == [("Battles", "Mardin", 1)]
