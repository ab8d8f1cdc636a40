"""A blast told in the accusative after «إن»/«أن» («إن انفجارا في …», «إن تفجيرا استهدف …»).

The explosion triggers listed «انفجار» and «تفجير» but not their accusative indefinite forms, so
the clause that first tells a bombing after «قال … إن» gave no explosion; the victims' deaths made
it an attack on civilians (the aside helper of session 30 found it on a Suruç bombing). Sentences
written for the test; the rules alone (codability model off).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 20)
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

pytestmark = pytest.mark.usefixtures("rules_alone")


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY, "").incidents]


@pytest.mark.parametrize("text", [
    "قالت وزارة الداخلية يوم الاثنين إن انفجارا في مدينة الحديدة أسفر عن مقتل 12 شخصا وإصابة 30 آخرين.",
    "قالت مصادر أمنية يوم الاثنين إن تفجيرا استهدف سوقا شعبيا في مدينة عدن أسفر عن مقتل 8 أشخاص.",
])
def test_an_accusative_blast_is_an_explosion(text: str) -> None:
    assert _kinds(text) == [IED]


def test_an_accusative_suicide_bombing_stays_a_suicide_bomb() -> None:
    """The longer phrase «تفجيرا انتحاريا» still wins over the bare «تفجيرا»."""
    assert _kinds("قالت الشرطة يوم الاثنين إن تفجيرا انتحاريا استهدف مسجدا في مدينة عدن وأسفر عن مقتل 9 مصلين.") == [
        ("Explosions/Remote violence", "Suicide bomb")]
