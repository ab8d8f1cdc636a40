"""Defects found reviewing session 28's merges, each pinned on sentences written for the test.

The real pipeline reads them with the codability model switched off: the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

DAY = date(2015, 7, 25)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str) -> list[tuple[str, str, str]]:
    return coded(text, DAY, "sub_event_type", "actor1", "actor2")


# -- audit-2551's entry trigger: civilians and protesters entering a place take nothing ---------------

@pytest.mark.parametrize("text", [
    "ودخل المواطنون مدينة زنجبار صباح أمس بعد أشهر من النزوح.",
    "ودخلت أعداد من المواطنين إلى مدينة زنجبار صباح أمس بعد أشهر من النزوح.",
    "ودخل مئات النازحين مدينة زنجبار أمس عائدين إلى منازلهم.",
    "ودخل آلاف المتظاهرين ساحة الحرية في مدينة تعز صباح أمس.",
])
def test_civilians_entering_a_place_take_no_territory(text: str) -> None:
    """The entry trigger reads any ARMED_ACTOR span after the verb as the armed party; people
    returning home or marching into a square (ACLED inter 7 and 6) are no party taking a place."""
    assert not any(kind == "Government regains territory" for kind, _, _ in _incidents(text))


@pytest.mark.parametrize("text", [
    "ودخل وفد من الحوثيين إلى مدينة مسقط أمس لإجراء مشاورات مع المسؤولين العمانيين.",
    "ودخلت شاحنات من التحالف العربي إلى مدينة عدن أمس محملة بالمساعدات الغذائية.",
])
def test_a_party_named_after_other_words_than_fighters_takes_nothing(text: str) -> None:
    """The party a few words after the verb counts after a word for a body of fighters («طلائع من
    المقاومة», «مقاتلون من المقاومة»), as the rule says, not after any word: a delegation or
    trucks «من» a party entering a city take no territory."""
    assert not any(kind == "Government regains territory" for kind, _, _ in _incidents(text))


@pytest.mark.parametrize("text", [
    "ودخلت عناصر من المقاومة الشعبية مدينة الحوطة فجر اليوم بعد أيام من الحصار.",
    "ودخل مقاتلون من المقاومة الشعبية مدينة الحوطة فجر اليوم بعد أيام من الحصار.",
    "ودخلت قوات المقاومة الشعبية مدينة الحوطة فجر اليوم بعد أيام من الحصار.",
])
def test_an_armed_party_entering_still_takes_it(text: str) -> None:
    assert ("Government regains territory", "Popular Resistance", "") in _incidents(text)


# -- audit-2561's gunmen of a group: the singular and feminine forms its docstring names ---------------

def _attackers(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "actor1", "actor2")


@pytest.mark.parametrize("text", [
    "وهاجمت عناصر مسلحة تنتمي إلى تنظيم القاعدة نقطة عسكرية في مديرية المحفد بمحافظة أبين أمس.",
    "وهاجمت مجموعة مسلحة تابعة لتنظيم القاعدة نقطة عسكرية في مديرية المحفد بمحافظة أبين أمس.",
    "وهاجم مسلح ينتمي إلى تنظيم القاعدة نقطة عسكرية في مديرية المحفد بمحافظة أبين أمس.",
])
def test_gunmen_told_by_their_group_are_that_group(text: str) -> None:
    """«عناصر مسلحة تنتمي إلى تنظيم القاعدة» (the rule's own example): the gunmen are the group's men,
    one party, not unidentified gunmen fighting the group."""
    got = _attackers(text)
    assert got and all(a == "AQAP: Al Qaeda in the Arabian Peninsula" and b != "AQAP: Al Qaeda in the Arabian Peninsula"
                       for a, b in got), got


@pytest.mark.parametrize("text", [
    "وطالب المحافظ بدخول قوات الجيش الوطني مدينة زنجبار لتأمينها.",
    "وتوقع القائد دخول قوات المقاومة الشعبية مدينة زنجبار خلال أيام، ودخول قوات الجيش الوطني مدينة جعار.",
])
def test_the_noun_entry_with_a_proclitic_takes_nothing(text: str) -> None:
    """The entry trigger leaves out the noun «دخول» (an entry asked for, expected, refused), but
    compared the whole form: «بدخول», «ودخول» carry a proclitic and took the town."""
    assert not any(kind == "Government regains territory" for kind, _, _ in _incidents(text))
