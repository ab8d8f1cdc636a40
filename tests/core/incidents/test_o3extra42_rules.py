"""Session 42 (o3extra): the third non-Yemen read file's extras.

- Jets deployed to a base, or a base lent to another state's aircraft (`base_use`: «نشر مقاتلات … في
  قاعدة …», «استخدام قاعدة … لشن ضربات»), tell strikes to come: no strike of the day. A strike told
  in its own clause after the deployment stays.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import violent

WEDNESDAY = date(2015, 7, 22)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, WEDNESDAY)


@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع الفرنسية أمس إن باريس ستنشر ست مقاتلات من طراز رافال في قاعدة الظفرة للمشاركة في "
    "الحرب على تنظيم داعش.",
    "وأعلنت واشنطن أمس نشر اثنتي عشرة طائرة من طراز إف-15 في قاعدة إنجرليك التركية للمشاركة في الضربات على "
    "تنظيم داعش.",
    "وذكرت الوزارة أن الاتفاق يتيح للطائرات البريطانية استخدام قاعدة أكروتيري في قبرص لشن ضربات على مواقع "
    "التنظيم في العراق.",
    "ونقلت الصحيفة عن مسؤول أن الطائرات الأمريكية ستكون قادرة على استخدام قواعد في شرق تركيا لضرب مواقع داعش "
    "في سوريا.",
])
def test_jets_deployed_or_a_base_lent_are_no_strike(text: str) -> None:
    """«ستنشر ست مقاتلات … في قاعدة الظفرة للمشاركة في الحرب», «استخدام قاعدة أكروتيري … لشن ضربات»
    (`base_use`): strikes to come from a base, none of the day."""
    assert not _violent(text)


def test_a_strike_told_after_the_deployment_in_its_own_clause_stays() -> None:
    text = ("نشرت الولايات المتحدة ست مقاتلات في قاعدة إنجرليك الأسبوع الماضي، وشنت هذه المقاتلات أمس أول "
            "غاراتها على مواقع داعش قرب الرقة.")
    found = _violent(text)
    assert [i.location.admin1_en for i in found if i.sub_event_type == "Air/drone strike"] == ["Ar-Raqqa"]


def test_published_pictures_of_jets_striking_stay_a_strike() -> None:
    """«نشرت … صورا لمقاتلات … وهي تقصف»: published, not deployed; the strike is told."""
    text = "نشرت وزارة الدفاع أمس صورا لمقاتلات التحالف وهي تقصف مواقع لداعش قرب الرقة."
    assert any(i.sub_event_type == "Air/drone strike" for i in _violent(text))


# -- a habit told: «بانتظام» -------------------------------------------------------------------------

def test_shelling_told_as_a_habit_is_no_event() -> None:
    """«ويقصف الجيش بانتظام أحياء …» (`habit`, the whole clause): what a side does regularly, no deed
    of the day."""
    text = "ويقصف الجيش بانتظام أحياء المعارضة في مدينة درعا بالمدفعية الثقيلة والبراميل المتفجرة."
    assert not _violent(text)


def test_a_strike_on_a_town_shelled_regularly_stays() -> None:
    """«… على بلدة كفرنبل التي تقصفها قوات النظام بانتظام»: the habit is the town's, told in a
    relative clause; the strike of the day stands with its toll."""
    text = "قتل خمسة مدنيين أمس في غارة جوية على بلدة كفرنبل التي تقصفها قوات النظام بانتظام."
    found = _violent(text)
    assert [i.fatalities for i in found] == [5]
