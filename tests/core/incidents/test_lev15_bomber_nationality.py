"""Non-Yemen pass 15 (session 37): a nationality adjective after a suicide bomber («انتحاري سعودي») is the
bomber's nationality, not the army whose weapon it would be after a thing («المدفعية السعودية»). Sentences
written for the tests."""

from __future__ import annotations

from core.pipeline import analyze


def _actors(text: str) -> list[str]:
    return [(i.actor1.name_en if i.actor1 else "") for i in analyze(text, "2015-08-01", "").incidents]


def _armed_ids(text: str) -> list[str]:
    return [(s.attrs or {}).get("id", "") for s in analyze(text, "2015-08-01", "").entities if s.label == "ARMED_ACTOR"]


def test_a_bombers_nationality_names_no_army() -> None:
    for text in ("فجر انتحاري سعودي نفسه مساء أمس عند حاجز للشرطة في مدينة الدمام.",
                 "وكان انتحاري سعودي قد فجر نفسه داخل مسجد في الكويت خلال صلاة الجمعة.",
                 "وقالت الشرطة إن انتحاريين سعوديين فجرا نفسيهما قرب مبنى حكومي في حمص."):
        assert "saudi_military" not in _armed_ids(text), text
        assert not any("Military Forces of Saudi Arabia" in a for a in _actors(text)), (text, _actors(text))


def test_a_weapon_of_things_keeps_its_owner() -> None:
    # «المدفعية السعودية»: the Saudi army's guns still name the Saudi army
    assert "saudi_military" in _armed_ids("وقصفت المدفعية السعودية مواقع للمسلحين قرب الحدود أمس.")


def test_the_bombers_own_death_is_one_dead() -> None:
    # «مقتل الانتحاري»: the bomber, one dead (ACLED counts him among the fatalities)
    text = "فجر انتحاري نفسه مساء أمس عند حاجز للجيش في مدينة الموصل، ما أسفر عن مقتل الانتحاري وإصابة ثلاثة جنود."
    incs = analyze(text, "2015-08-01", "").incidents
    assert [(i.fatalities, i.injured) for i in incs] == [(1, 3)], [(i.fatalities, i.injured) for i in incs]
    # an adjective after the event's noun is no person: «الهجوم الانتحاري» names no dead
    incs = analyze("وأدان الوزير الهجوم الانتحاري الذي استهدف حاجزا للجيش في الموصل أمس.", "2015-08-01", "").incidents
    assert all(i.fatalities in (None, 0) for i in incs), [(i.fatalities) for i in incs]
