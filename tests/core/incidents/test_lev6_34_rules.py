"""Session 34 (lev6), a pass on fresh non-Yemen articles (seed 2881): «، فجر أمس الجمعة،» between
commas is a time, not the verb «فجّر» opening a clause — the doer before it stays the event's; a
party named after a word of membership («يشتبه في انتمائهم لتنظيم داعش», «ينتمون إلى حزب …») is what
the people arrested belong to, never who arrested them.

Sentences written for the tests in the style of that news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from tests.core.incidents.incident_fixtures import coded

DAY = date(2015, 8, 8)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _clauses(text: str) -> list[str]:
    from core.incidents.clauses import split_clauses

    doc = analyze(text, DAY, until="tokenise").doc
    return [text[c.start:c.end] for c in split_clauses(doc)[0]]


@pytest.mark.parametrize("when", ["فجر أمس الخميس", "فجر اليوم", "فجر الأربعاء", "فجر يوم الجمعة"])
def test_dawn_between_commas_is_a_time_not_a_clause(when: str) -> None:
    text = f"اعتقلت الشرطة المصرية، {when}، خمسة أشخاص في مدينة الإسماعيلية."
    assert len(_clauses(text)) == 1


def test_the_verb_detonated_after_a_comma_still_opens_a_clause() -> None:
    """«، فجر انتحاري نفسه …»: the verb «فجّر» with its subject opens its own clause."""
    text = "هاجم مسلحون حاجزا للشرطة في مدينة الرمادي، فجر انتحاري نفسه عند بوابته."
    assert len(_clauses(text)) == 2


def test_the_arresters_named_before_a_dawn_time_arrest() -> None:
    text = "ألقت قوات الأمن التركية، فجر أمس الجمعة، القبض على 9 أشخاص، يشتبه في انتمائهم لتنظيم «داعش»، في مدينة أضنة."
    assert coded(text, DAY, "sub_event_type", "actor1") == [("Arrests", "Police Forces of Turkey")]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة التركية أمس 12 شخصا يشتبه في انتمائهم إلى تنظيم داعش في مدينة غازي عنتاب.",
    "ألقت الشرطة التركية أمس القبض على 12 شخصا ينتمون لتنظيم داعش في مدينة غازي عنتاب.",
])
def test_the_group_the_arrested_belong_to_is_their_side(text: str) -> None:
    [(sub, actor1, actor2)] = coded(text, DAY, "sub_event_type", "actor1", "actor2")
    assert (sub, actor1) == ("Arrests", "Police Forces of Turkey")
    assert actor2.startswith("Islamic State")


def test_no_arrester_named_the_group_of_the_arrested_does_not_lead() -> None:
    """«واعتقل أمس 7 أشخاص ينتمون إلى حزب العمال الكردستاني»: no one named arresting; the party
    they belong to did not arrest them (no abduction by it either)."""
    text = "واعتقل أمس سبعة أشخاص ينتمون إلى حزب العمال الكردستاني في مدينة ديار بكر جنوب شرق تركيا."
    found = coded(text, DAY, "sub_event_type", "actor1")
    assert found and all(sub == "Arrests" and not actor1.startswith("PKK") for sub, actor1 in found)


def _dates(text: str) -> list[str]:
    an = analyze(text, DAY)
    return [str(e.attrs.get("iso")) for e in an.doc.entities if e.label == "DATE"]


@pytest.mark.parametrize("text", [
    "دمرت المدينة في معارك بين الجيش والمسلحين بين سبتمبر ويناير الماضيين.",
    "تراجعت الأسعار بين نوفمبر (تشرين الثاني) وفبراير (شباط) بنسبة كبيرة.",
])
def test_a_month_opening_a_span_of_months_is_a_date(text: str) -> None:
    """«بين سبتمبر ويناير»: a bare month after «بين» opens a period of months, a date like
    «في سبتمبر» (the latest such month)."""
    assert any(iso.startswith("2014-") for iso in _dates(text))


def test_kabul_in_its_common_spelling() -> None:
    """«كابول» (94 corpus uses) beside GeoNames' «كابل»: the Afghan capital, not an unknown place."""
    text = "قتل ثمانية من رجال الشرطة أمس في هجوم انتحاري استهدف مركزا للشرطة في كابول."
    found = coded(text, DAY, "event_type", "admin1")
    assert found and all(admin1 == "Kabul" for _, admin1 in found)
    assert [i.location.country for i in analyze(text, DAY).incidents] == ["Afghanistan"]
