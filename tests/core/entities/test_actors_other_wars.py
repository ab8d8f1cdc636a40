"""The armed and political actors of the region's wars other than Yemen's (actors.json, session 27):
groups mined from SaudiNewsNet after heads such as «جبهة، حركة، جيش، فصائل، لواء، مجلس شورى» that
the lexicon missed or named wrongly. Each test names the ACLED-style English name a phrase must get.

Sentences written for the tests in the style of that news.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from core.entities import lexicon
from core.pipeline import analyze


def _actors(text: str) -> list[tuple[str, str]]:
    doc = analyze(text, None, until="tokenise").doc
    return [(s.text, s.attrs.get("name_en", "")) for s in lexicon.find(doc) if s.label == "ARMED_ACTOR"]


def _names(text: str) -> set[str]:
    return {name for _, name in _actors(text)}


@pytest.mark.parametrize(("text", "name"), [
    # Syria: named rebel coalitions are no longer the generic opposition
    ("سيطر جيش الفتح على مدينة جسر الشغور في ريف إدلب.", "Jaish al Fateh"),
    ("قصف جيش الإسلام حواجز النظام في الغوطة الشرقية بريف دمشق.", "Jaish al Islam"),
    ("أعلن فيلق الرحمن صد هجوم على بلدة في الغوطة الشرقية بسوريا.", "Faylaq al Rahman"),
    ("انسحبت جبهة ثوار سوريا من مواقعها في ريف إدلب.", "Syrian Revolutionaries Front"),
    ("يقاتل لواء الزينبيون إلى جانب قوات النظام في سوريا.", "Liwa Zainebiyoun"),
    ("قال حزب الاتحاد الديمقراطي الكردي إن مقاتليه يسيطرون على البلدة في سوريا.", "PYD: Democratic Union Party"),
    ("هاجمت قوات المعارضة مواقع النظام في ريف حلب بسوريا.", "Opposition Rebels (Syria)"),
    # Nusra by its apposition «ذراع القاعدة في سوريا», not al-Qaeda itself
    ("اشتبك عناصر ذراع تنظيم القاعدة في سوريا مع قوات النظام في ريف حماة.", "Jabhat al Nusra"),
    # Iraq: tribal fighters, the federal police are police
    ("تقدم أبناء العشائر مع القوات الأمنية في الرمادي بمحافظة الأنبار في العراق.", "Tribal Militia (Iraq)"),
    ("أحبطت الشرطة الاتحادية هجوما لداعش شرقي الرمادي في العراق.", "Police Forces of Iraq"),
    ("يتدرب مقاتلو الحشد الوطني قرب الموصل في العراق.", "Hashd al Watani"),
    # Libya: Ansar al-Sharia is Libya's there (AQAP in Yemen: below)
    ("قتل أربعة من عناصر أنصار الشريعة في اشتباكات مع الجيش الليبي في بنغازي بليبيا.", "Ansar al Sharia (Libya)"),
    ("قتل عنصران من أنصار الشريعة في اشتباك مع الجيش الليبي قرب سرت في ليبيا.", "Ansar al Sharia (Libya)"),
    ("اشتبكت حركة فتح الإسلام مع الجيش اللبناني في مخيم نهر البارد شمال لبنان.", "Fatah al Islam"),
    ("استعادت كتائب الزنتان السيطرة على قاعدة جوية غرب طرابلس في ليبيا.", "Zintan Communal Militia (Libya)"),
    # Palestine, Lebanon, Egypt
    ("اشتبك عناصر من حركة فتح مع مسلحين في مخيم عين الحلوة بلبنان.", "Fatah Movement"),
    ("تبنت كتائب شهداء الأقصى إطلاق النار على حاجز قرب نابلس في الضفة الغربية.", "Al Aqsa Martyrs Brigade"),
    ("أحرقت عصابات تدفيع الثمن منزلا في قرية قرب نابلس.", "Settlers (Israel)"),
    ("انتشر مسلحون من حركة أمل في الضاحية الجنوبية لبيروت في لبنان.", "Amal Movement"),
    ("تبنت جماعة أنصار بيت المقدس الهجوم على كمين للجيش في العريش بشمال سيناء في مصر.", "Islamic State (Egypt)"),
    ("قتل قيادي في أجناد مصر في تبادل لإطلاق النار مع الشرطة في القاهرة.", "Ajnad Misr"),
    # South Sudan, Turkey's wars, and the insurgencies the Saudi press reports most
    ("اتهم جيش جنوب السودان المتمردين بمهاجمة مدينة ملكال.", "Military Forces of South Sudan (2011-)"),
    ("أعلنت جبهة حزب التحرير الشعبي الثوري مسؤوليتها عن الهجوم على القنصلية في إسطنبول بتركيا.",
     "DHKP/C: Revolutionary People's Liberation Party/Front"),
    ("قتل جنديان في هجوم لمسلحي حركة طالبان على نقطة تفتيش في ولاية قندوز.", "Taliban"),
    ("فجرت حركة الشباب سيارة مفخخة قرب فندق في مقديشو.", "Al Shabaab"),
    ("خطفت جماعة بوكو حرام عشرات الفتيات في ولاية بورنو بنيجيريا.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
])
def test_a_group_of_another_war_gets_its_acled_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_named_syrian_coalitions_are_not_the_generic_opposition() -> None:
    """«جيش الفتح» and «جيش الإسلام» were variants of "Opposition Rebels (Syria)": ACLED names them."""
    names = _names("سيطر جيش الفتح على مدينة أريحا بينما قصف جيش الإسلام مواقع النظام قرب دمشق في سوريا.")
    assert "Opposition Rebels (Syria)" not in names
    assert {"Jaish al Fateh", "Jaish al Islam"} <= names


def test_ansar_al_sharia_is_aqap_in_yemen() -> None:
    """The same name in Yemeni news stays AQAP's alias (the Libyan group only in Libya's news)."""
    text = "هاجم مسلحون من أنصار الشريعة نقطة للجيش اليمني في مدينة زنجبار بمحافظة أبين في اليمن."
    assert "AQAP: Al Qaeda in the Arabian Peninsula" in _names(text)


def test_political_opposition_forces_are_no_rebels() -> None:
    """«قوات المعارضة السياسية» (the political opposition's forces, a figure of speech) is no armed group."""
    assert _actors("تسعى قوات المعارضة السياسية إلى الفوز في الانتخابات البرلمانية في تركيا.") == []


def test_the_federal_police_are_no_army() -> None:
    text = "أحبطت الشرطة الاتحادية هجوما لداعش شرقي الرمادي في العراق."
    assert not any(name.startswith("Military Forces of Iraq") for name in _names(text))


def test_every_new_actor_has_a_country_type_and_inter() -> None:
    data = json.loads((resources.files("resources") / "lexicons" / "actors.json").read_text(encoding="utf-8"))
    types = {"state", "rebel", "political_militia", "identity_militia", "external", "civilians", "protesters", "rioters", "other"}
    ids = [a["id"] for a in data["actors"]]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for actor in data["actors"]:
        assert actor["actor_type"] in types, actor["id"]
        assert actor["inter"] in range(1, 9), actor["id"]
        assert actor["variants"], actor["id"]
    for amb in data["ambiguous"]:
        assert all(v is None or v in known for v in amb["by_country"].values()), amb["phrase"]
        assert amb.get("default") is None or amb["default"] in known, amb["phrase"]


def test_the_forces_of_the_free_syrian_army_stay_the_fsa() -> None:
    """«قوات الجيش السوري» (the regime's army, new) must not eat «قوات الجيش السوري الحر»."""
    text = "تقدمت قوات الجيش السوري الحر في ريف درعا بينما انسحبت قوات الجيش السوري من مواقعها في سوريا."
    assert _actors(text) == [("قوات الجيش السوري الحر", "Free Syrian Army"), ("قوات الجيش السوري", "Military Forces of Syria (2000-)")]
