"""Review of session 34's rules: an arrest warrant («أمر باعتقال», «مذكرة توقيف») orders an arrest, it
tells none — a warrant's tally told beside an arrest of «those suspected of belonging to» a group
(the arrested side since session 34) summed into it («17 + 275 captured»).

Sentences written for the tests in the style of the news; the codability model is switched off."""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

MONDAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize("text", [
    "وأصدرت النيابة العامة في أنقرة أمس أمرا باعتقال 40 متهما بالانتماء لتنظيم داعش.",
    "وأصدر القضاء في مدينة القاهرة أمس مذكرات توقيف بحق 12 من قادة الجماعة.",
])
def test_a_warrant_tells_no_arrest(text: str) -> None:
    got = coded(text, MONDAY, "sub_event_type", "captured")
    assert not any(k[0] == "Arrests" for k in got), got


def test_an_arrest_beside_a_warrant_keeps_its_own_figure() -> None:
    text = ("واعتقلت الشرطة التركية أمس 40 شخصا يشتبه في انتمائهم لتنظيم داعش في مدينة أنقرة. "
            "وأصدرت النيابة العامة في أنقرة أمس أمرا باعتقال 275 متهما بالانتماء لتنظيم داعش.")
    got = coded(text, MONDAY, "sub_event_type", "captured")
    assert ("Arrests", 40) in got, got


def test_a_shelling_filled_by_the_state_is_not_the_police() -> None:
    """A shelling whose only party is the group hit takes the country's forces the article names most
    (merge.state_forces_fought); police fire no artillery, so the army named fewer times than the police
    of the city's bombings shells."""
    text = ("وقال مصدر في الجيش العراقي إن قوات الجيش تتقدم في مدينة الرمادي. وأعلنت الشرطة العراقية أمس مقتل "
            "شخصين بانفجار عبوة ناسفة في مدينة بغداد، وقالت الشرطة العراقية إن عناصر الشرطة طوقوا المكان، "
            "وأضافت الشرطة أن التحقيق جار.\n"
            "وأعلن مصدر أمني أمس عن مقتل سبعة من قادة تنظيم داعش بقصف مدفعي في حي نزال وسط مدينة الفلوجة.")
    got = coded(text, MONDAY, "sub_event_type", "actor1")
    shelling = [a for k, a in got if k == "Shelling/artillery/missile attack"]
    assert shelling and all(a.startswith("Military Forces of Iraq") for a in shelling), got
