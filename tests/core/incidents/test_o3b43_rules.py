"""Session 43 (o3b): what the third non-Yemen read file still showed, shapes shared with the other files.

- «ولا سيما / لا سيما» is "especially": after a comma it opens no clause (the list goes on), and
  its «لا» negates nothing («…، ولا سيما الغارات على …» tells the strikes).
- A base lent to aircraft (`base_use`) reaches 16 words: a base is named and described before the
  strikes it is lent for («استخدام قاعدة انجرليك الجوية الاستراتيجية القريبة من الحدود السورية لشن
  غارات»), and «استخدام العديد/عدد من القواعد» lends bases too.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import violent

SATURDAY = date(2015, 7, 25)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, SATURDAY)


@pytest.mark.parametrize("text", [
    "وقال مسؤول أمريكي إن أنقرة سمحت للتحالف باستخدام العديد من القواعد الجوية التركية، ولا سيما قاعدة "
    "إنجرليك في جنوب البلاد، في شن غارات على تنظيم داعش.",
    "وأكد الوزير أن بلاده وافقت على استخدام عدد من القواعد الجوية، لا سيما قاعدة إنجرليك، في شن ضربات على "
    "مواقع التنظيم.",
    "ويتيح الاتفاق للطائرات الأمريكية استخدام قاعدة إنجرليك الجوية الاستراتيجية القريبة من الحدود السورية "
    "لشن غارات على مواقع داعش.",
])
def test_bases_lent_and_described_before_the_strikes_tell_no_strike(text: str) -> None:
    """A base lent for strikes, named and described before them: strikes to come, none of the day."""
    assert not _violent(text)


def test_especially_opens_no_clause_and_negates_nothing() -> None:
    """«…، ولا سيما في ريف حلب حيث قصفت الطائرات …»: «لا سيما» negates nothing, the strike is told."""
    text = ("وتواصلت الغارات الجوية أمس على مواقع المعارضة، ولا سيما قصف الطائرات الحربية بلدة "
            "عندان في ريف حلب الشمالي.")
    found = _violent(text)
    assert any(i.location is not None and i.location.admin1_en == "Aleppo" for i in found)


def test_especially_a_strike_word_right_after_it_is_told() -> None:
    """«لا سيما» + a strike noun within three words: no negation."""
    text = "وتصاعد التوتر أمس في ريف إدلب، لا سيما غارات الطيران الحربي على بلدة سراقب."
    found = _violent(text)
    assert [i.sub_event_type for i in found] == ["Air/drone strike"]
    assert found[0].location is not None and found[0].location.admin1_en == "Idleb"


def test_a_strike_told_in_its_own_clause_after_a_base_lent_stays() -> None:
    """The base lent ends its clause; «، وشنت …» opens another, and the day's strike stays."""
    text = ("وسمحت تركيا للتحالف باستخدام قاعدة إنجرليك الجوية، وشنت مقاتلات التحالف أمس غارات على مواقع "
            "داعش قرب الرقة.")
    found = _violent(text)
    assert [i.location.admin1_en for i in found if i.sub_event_type == "Air/drone strike"] == ["Ar-Raqqa"]
