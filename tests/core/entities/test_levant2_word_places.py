"""Second audit of non-Yemen news: ordinary words read as places, and places inside an operations
command's name; each on sentences written for the test."""

from __future__ import annotations

from core.entities import places
from core.pipeline import analyze


def _doc(text: str):
    return analyze(text, "2015-08-01", "", until="tokenise").doc


def _gazetteer(text: str) -> list[str]:
    return [s.text for s in places.find(_doc(text))]


def _locations(text: str) -> list[str]:
    """Every LOCATION of the full entity layer (gazetteer and tagger)."""
    return [s.text for s in analyze(text, "2015-08-01", "").entities if s.label == "LOCATION"]


def test_protectors_before_a_word_with_li_are_no_hama() -> None:
    # «حماة لديننا» (protectors of our religion): 'not_before' «ل+» covers any word carrying «ل»
    assert _gazetteer("قال الخطيب إن الجنود حماة لديننا ووطننا، وإنهم حماة لأهلهم في إدلب.") == ["إدلب"]
    # Hama stays before a word of time, and before «لكن» (but)
    assert _gazetteer("قصف الطيران حماة لليوم الثالث.") == ["حماة"]
    assert _gazetteer("وصلت التعزيزات إلى حماة لكنها لم تدخل المدينة.") == ["حماة"]


def test_to_harm_is_no_nile() -> None:
    # «النيل من أمن البلاد» (to harm the country's security): the tagger's «النيل» obeys 'not_before'
    assert _locations("وقال المسؤول إن الهجوم على الحاجز في حلب يهدف إلى النيل من أمن البلاد.") == ["حلب"]


def test_words_spelt_like_foreign_cities_are_no_places() -> None:
    # «بحركة نزوح» (a wave of displacement) was Baharkah (Erbil), «بركان» (volcano) Berkane,
    # «باكرا» (early) «ب» + Accra, «بجده» (with his diligence) Jeddah
    text = ("شهدت الفلوجة بحركة نزوح كبيرة بعد ثوران بركان الغضب، وخرج المسلحون باكرا إلى الموصل، "
            "وأشاد القائد بجده واجتهاده.")
    assert _locations(text) == ["الفلوجة", "الموصل"]
    # Jeddah written with «ة», and «جده» after a head, stay
    assert _gazetteer("وصل الوزير إلى جدة، ثم غادر مدينة جده.") == ["جدة", "مدينة جده"]


def test_a_place_in_an_operations_command_name_is_no_place() -> None:
    # «قيادة عمليات الأنبار» is the Anbar Operations Command, «غرفة عمليات بركان الفرات» a rebels'
    # operations room: no place where the clash happened
    text = "أعلنت قيادة عمليات الأنبار مقتل 12 عنصرا من داعش في اشتباكات مع القوات العراقية."
    assert _locations(text) == []
    assert _locations("قالت غرفة عمليات بركان الفرات إن مقاتليها صدوا هجوما قرب مدينة كوباني.") == ["مدينة كوباني"]
    # the command's name still tells the region: «الطارمية» (a Baghdad town) is read by it
    text = "وقالت قيادة عمليات بغداد إن القوات قتلت خمسة مسلحين في قضاء الطارمية."
    spans = places.find(_doc(text))
    # («قضاء», Iraq's district head, is part of the span since session 28's levread)
    assert [(s.text, s.attrs.get("admin1_en")) for s in spans] == [("قضاء الطارمية", "Baghdad")]
    # a clash there has no place from the command
    coded = analyze("أعلنت قيادة عمليات الأنبار مقتل 12 عنصرا من داعش في اشتباكات مع القوات العراقية.", "2015-08-01", "")
    assert all(i.location is None or i.location.name_ar != "الأنبار" for i in coded.incidents + coded.set_aside)
