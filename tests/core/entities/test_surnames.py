"""A person's bare last name after a speech verb or a title is that person (audit 23, fresh articles:
«وقال قطان», «السفير قطان», «وقال الأحمدي» read as Kuwait's governorate)."""

from __future__ import annotations

from core.document import Span
from core.entities.policy import resolve
from core.pipeline import analyze


def _persons(text: str) -> list[str]:
    return [s.text for s in analyze(text, "2015-08-01", "").entities if s.label == "PERSON"]


def test_a_bare_surname_after_a_speech_verb_or_a_title_is_the_person() -> None:
    text = ("وأكد الوزير ناصر باعوم أن الميناء سيفتح قريبا. "
            "وقال باعوم إن الرحلات ستعود، وأوضح الوزير باعوم أن المطار جاهز.")
    assert _persons(text).count("باعوم") == 2


def test_a_surname_that_is_a_governorate_abroad_is_the_person_and_one_of_yemen_stays_a_place() -> None:
    text = ("قال العميد سالم الأحمدي إن الوضع مستقر في المدينة. وأضاف الأحمدي أن القوات تقدمت. "
            "وأشار الشيخ ناصر عمران إلى أن الهدوء يسود مديريات عمران.")
    spans = [(s.label, s.text) for s in analyze(text, "2015-08-01", "").entities]
    assert ("PERSON", "الأحمدي") in spans and ("LOCATION", "الأحمدي") not in spans
    assert ("LOCATION", "عمران") in spans


def test_policy_keeps_a_yemeni_governorate_and_a_country_named_like_a_person() -> None:
    text = "قال محمد عمران ثم عاد إلى عمران"
    at = text.rindex("عمران")
    person = Span(4, 14, "PERSON", "model", "محمد عمران", {})
    place = Span(at, at + 5, "LOCATION", "gazetteer", "عمران", {"kind": "governorate", "country": "Yemen", "head": ""})
    assert [(s.label, s.text) for s in resolve([person, place])] == [("PERSON", "محمد عمران"), ("LOCATION", "عمران")]
    abroad = Span(at, at + 5, "LOCATION", "gazetteer", "عمران", {"kind": "governorate", "country": "Kuwait", "head": ""})
    assert [s.label for s in resolve([person, abroad])] == ["PERSON", "PERSON"]


def test_a_name_after_a_kinship_word_starts_after_it() -> None:
    text = "جمدت السلطات أموال الرئيس السابق ونجله أحمد علي عبد الله صالح."
    assert _persons(text) == ["أحمد علي عبد الله صالح"]
    assert _persons("جمدت السلطات أموال الرئيس السابق صالح، ونجله أحمد، وزعيم الجماعة.") == ["صالح", "أحمد"]
