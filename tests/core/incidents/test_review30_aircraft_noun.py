"""Review of session 30: an aircraft before a casualty NOUN is not its doer. `_aircraft_kills`
made «القوات الجوية تمكنت من قتل …» an air strike; it took any casualty word after the aircraft,
so «نعت القوات الجوية أمس مقتل قائد السرب في حادث» (the air force mourns a death) became one too.

Sentences written for the test in the style of the news; the codability model switched off, so the
test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _subs(text: str) -> list[str]:
    return [i.sub_event_type for i in analyze(text, MONDAY).incidents]


def test_the_air_force_announcing_deaths_strikes_no_one() -> None:
    for text in ("نعت القوات الجوية أمس مقتل قائد السرب في حادث قرب مدينة العريش بمحافظة شمال سيناء.",
                 "أعلنت القوات الجوية اليوم مقتل طيارين اثنين في تحطم طائرة تدريب قرب مدينة العريش بمحافظة شمال سيناء."):
        assert "Air/drone strike" not in _subs(text), text


def test_the_air_force_killing_still_strikes() -> None:
    for verb in ("قتلت اليوم", "تمكنت أمس من قتل"):
        text = f"قالت مصادر عسكرية إن القوات الجوية {verb} 4 من عناصر التنظيم قرب مدينة العريش بمحافظة شمال سيناء."
        assert _subs(text) == ["Air/drone strike"], verb
