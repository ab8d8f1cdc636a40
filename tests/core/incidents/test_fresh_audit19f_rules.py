"""Rules added after the sixth fresh-article audit of round nineteen (a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 8)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _names(incident) -> tuple[str, str]:
    return (incident.actor1.name_en if incident.actor1 else "", incident.actor2.name_en if incident.actor2 else "")


def test_a_flyer_told_after_a_jihadist_group_leads_the_air_strike() -> None:
    """Sides read as «AQAP on the coalition» (the group named first, the coalition after it) are
    swapped: the group has no aircraft, the party that has them flies the strike."""
    from core.incidents.merge import _air_sides
    from core.incidents.model import Actor

    aqap = Actor("تنظيم القاعدة", name_en="AQAP: Al Qaeda in the Arabian Peninsula", actor_type="rebel", inter=2)
    coalition = Actor("التحالف الدولي", name_en="International Coalition against the Islamic State",
                      actor_type="external", inter=8)
    side1, side2 = _air_sides([aqap], [coalition])
    assert side1 == [coalition] and side2 == [aqap]
    # no flyer named: the group is what was hit
    side1, side2 = _air_sides([aqap], [])
    assert side1 == [] and side2 == [aqap]


def test_an_air_strike_with_no_flyer_named_does_not_fly_for_a_jihadist_group() -> None:
    """«قتل 12 من عناصر تنظيم القاعدة في غارة جوية استهدفت سيارتهم»: no one with aircraft named,
    the group is the target (actor 2), not the striker."""
    text = "قتل 12 من عناصر تنظيم القاعدة أمس في غارة جوية استهدفت سيارتهم في مدينة عزان بمحافظة شبوة."
    [strike] = analyze(text, DAY).incidents
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.actor1 is None or strike.actor1.name_en != "AQAP: Al Qaeda in the Arabian Peninsula"


def test_al_qaeda_in_the_levant_is_jabhat_al_nusra_not_aqap() -> None:
    """«جبهة النصرة (تنظيم القاعدة في بلاد الشام)»: the Levant's branch, its own actor, and «الشام»
    inside its name is no place."""
    doc = analyze("هاجم مسلحون من تنظيم القاعدة في بلاد الشام حاجزا للجيش في مدينة إدلب أمس.", DAY)
    actors = [s for s in doc.entities if s.label == "ARMED_ACTOR"]
    assert any(s.text == "تنظيم القاعدة في بلاد الشام" and s.attrs.get("id") == "nusra" for s in actors)
    assert not any(s.label == "LOCATION" and s.text == "الشام" for s in doc.entities)


def test_countryside_alone_is_no_place() -> None:
    """«ريف حلب الغربي»: «ريف» (countryside) tells where around the town, it names no place."""
    from core.entities import _bare_head
    from core.document import Span

    assert _bare_head(Span(0, 3, "LOCATION", "model", "ريف"))
    assert not _bare_head(Span(0, 3, "LOCATION", "model", "حلب"))
