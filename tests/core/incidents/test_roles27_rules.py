"""Actor roles and codes put right in session 27 (errors other helpers found in non-Yemen and Yemen
news): allies named with «المدعومة ب/بمساندة/إلى جانب», riots, blamed groups, a party owning the
asset hit, a state's forces at home, and «المعترف به دوليا» inside a name.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 24)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str):
    return analyze(text, DAY).incidents


def _pairs(text: str, sub_event: str) -> set[tuple[str, str]]:
    return {(i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in _incidents(text) if i.sub_event_type == sub_event}


def _everyone(text: str, sub_event: str) -> list[tuple[list[str], list[str]]]:
    """(side 1, side 2) of each incident of the kind: actor and associated actors."""
    out = []
    for i in _incidents(text):
        if i.sub_event_type == sub_event:
            out.append(([a.name_en for a in i.side(1)], [a.name_en for a in i.side(2)]))
    return out


REGIME, HEZBOLLAH = "Military Forces of Syria (2000-)", "Hezbollah"


@pytest.mark.parametrize("text", [
    "وقصفت قوات النظام المدعومة بعناصر حزب الله مدينة الزبداني بريف دمشق أمس.",
    "وقصفت قوات النظام المدعمة بمقاتلين من حزب الله مدينة الزبداني بريف دمشق أمس.",
    "وقصفت قوات النظام بمساندة ميليشيا حزب الله مدينة الزبداني بريف دمشق أمس.",
])
def test_an_ally_named_as_backing_is_on_the_side_it_backs(text: str) -> None:
    """«قوات النظام المدعومة بعناصر حزب الله», «بمساندة …»: Hezbollah fights with the regime, it is
    not the side the regime shelled."""
    sides = _everyone(text, "Shelling/artillery/missile attack")
    assert sides and all(s[0][:1] == [REGIME] and HEZBOLLAH in s[0] and HEZBOLLAH not in s[1] for s in sides), sides


def test_between_one_side_and_its_ally_and_the_other() -> None:
    """«بين قوات النظام المدعمة بعناصر حزب الله من طرف، والفصائل المعارضة من طرف آخر» and «بين قوات
    النظام وعناصر حزب الله من جهة، و… من جهة أخرى»: the regime and Hezbollah on one side, the
    rebels on the other."""
    for text in ("ودارت اشتباكات عنيفة أمس بين قوات النظام المدعمة بعناصر حزب الله من طرف، والفصائل "
                 "المعارضة من طرف آخر في محيط مدينة الزبداني.",
                 "ودارت اشتباكات عنيفة أمس بين قوات النظام وعناصر حزب الله من جهة، والفصائل المعارضة "
                 "من جهة أخرى في محيط مدينة الزبداني."):
        sides = _everyone(text, "Armed clash")
        assert len(sides) == 1, sides
        one, other = sides[0]
        assert one[0] == REGIME and HEZBOLLAH in one and HEZBOLLAH not in other, sides
    # «بين X وY» with no side closed after Y: still the two sides
    assert _pairs("واندلعت اشتباكات عنيفة أمس بين قوات النظام وعناصر حزب الله في محيط مدينة القصير.",
                  "Armed clash") == {(REGIME, HEZBOLLAH)}


@pytest.mark.parametrize("text", [
    "واندلعت مواجهات عنيفة بين شبان فلسطينيين وقوات الاحتلال في بلدة سلواد شرق رام الله أمس.",
    "واندلعت مواجهات عنيفة بين قوات الاحتلال وشبان فلسطينيين في بلدة سلواد شرق رام الله أمس.",
])
def test_rioters_lead_a_riot_against_forces(text: str) -> None:
    """A crowd clashing with forces riots: ACLED's "Rioters (Palestine)" (inter 5) is actor1, the
    forces actor2, whichever the text names first."""
    riots = [i for i in _incidents(text) if i.sub_event_type == "Violent demonstration"]
    assert len(riots) == 1
    riot = riots[0]
    assert (riot.actor1.name_en, riot.actor1.inter) == ("Rioters (Palestine)", 5)
    assert riot.actor2 is not None and riot.actor2.name_en == "Military Forces of Israel (2009-)"


def test_protesters_who_clash_with_police_are_rioters() -> None:
    riots = [i for i in _incidents("واندلعت اشتباكات بين محتجين وقوات الأمن المصرية في مدينة الإسكندرية أمس.")
             if i.event_type == "Riots"]
    assert [(i.actor1.name_en, i.actor1.inter, i.actor2.name_en) for i in riots] \
        == [("Rioters (Egypt)", 5, "Police Forces of Egypt")]


@pytest.mark.parametrize("text, sub_event, group", [
    ("وقتل 30 شخصا في تفجير انتحاري استهدف تجمعا لشبان في بلدة سروج جنوب تركيا أمس، وألقي باللوم "
     "فيه على تنظيم داعش.", "Suicide bomb", "Islamic State (Turkey)"),
    ("وقتل ثلاثة جنود أتراك في هجوم على مركز للشرطة في ولاية شرناق أمس، وألقت السلطات باللائمة "
     "على حزب العمال الكردستاني.", "Armed clash", "PKK: Kurdistan Workers Party"),
    ("وقتل ثلاثة جنود أتراك في هجوم على مركز للشرطة في ولاية شرناق أمس، وحمل الجيش التركي حزب "
     "العمال الكردستاني المسؤولية.", "Armed clash", "PKK: Kurdistan Workers Party"),
])
def test_the_group_blamed_did_it(text: str, sub_event: str, group: str) -> None:
    """The group blamed («ألقي باللوم على», «حمّل … المسؤولية») is who did it, never who was hit."""
    found = [i for i in _incidents(text) if i.sub_event_type == sub_event]
    assert found and all(i.actor1 is not None and i.actor1.name_en == group for i in found)
    assert all(group not in [a.name_en for a in i.side(2)] for i in found)


@pytest.mark.parametrize("text", [
    "واستهدف لواء صقور الجبل دبابة لقوات النظام بصاروخ تاو في بلدة مورك بريف حماة أمس.",
    "واستهدفت كتائب المعارضة بصاروخ مضاد للدروع مدرعة لقوات النظام في بلدة مورك بريف حماة أمس.",
])
def test_the_party_owning_the_tank_hit_is_hit(text: str) -> None:
    """«دبابة لقوات النظام»: the regime owns the tank hit by the rebels' anti-tank missile; it is
    the side hit, not the one firing — also when the group firing is no actor of the lexicon (the
    second sentence names the rebels: it pins that they still lead)."""
    found = [i for i in _incidents(text) if i.event_type in ("Explosions/Remote violence", "Battles")]
    assert found
    assert all(REGIME not in [a.name_en for a in i.side(1)] for i in found)
    assert all(REGIME in [a.name_en for a in i.side(2)] for i in found)


def test_a_construct_of_tanks_still_fires() -> None:
    """«دبابات الجيش»: a construct, the army's tanks fire (no «ل» of possession)."""
    assert _pairs("وقصفت دبابات الجيش التركي مواقع حزب العمال الكردستاني في ولاية هكاري أمس.",
                  "Shelling/artillery/missile attack") == {("Military Forces of Turkey (2002-)", "PKK: Kurdistan Workers Party")}


def test_a_states_forces_at_home_are_not_external() -> None:
    """actors.json `inter_at_home`: the Turkish army in Turkey is inter 1; abroad it stays 8."""
    home = [i for i in _incidents("وهاجم مسلحون من حزب العمال الكردستاني دورية للجيش التركي في ولاية شرناق "
                                  "جنوب شرق تركيا أمس.") if i.event_type == "Battles"]
    assert home and all(a.inter == 1 for i in home for a in i.side(1) + i.side(2)
                        if a.name_en == "Military Forces of Turkey (2002-)")
    assert any(a.name_en == "Military Forces of Turkey (2002-)" for i in home for a in i.side(1) + i.side(2))
    abroad = [i for i in _incidents("وقصفت المدفعية التركية أمس مواقع لتنظيم داعش في مدينة جرابلس السورية.")
              if i.event_type == "Explosions/Remote violence"]
    assert abroad and abroad[0].actor1.name_en == "Military Forces of Turkey (2002-)" and abroad[0].actor1.inter == 8


@pytest.mark.parametrize("text", [
    "وسيطرت القوات الموالية للرئيس اليمني المعترف به دوليا عبدربه منصور هادي على مدينة زنجبار أمس.",
    "وسيطرت قوات الرئيس المعترف به دولياً عبدربه منصور هادي على مدينة زنجبار أمس.",
])
def test_internationally_recognised_inside_a_name(text: str) -> None:
    """«المعترف به دوليا» told inside a name is no part of it: the president's forces are named."""
    found = [i for i in _incidents(text) if i.event_type == "Battles"]
    assert [(i.sub_event_type, i.actor1.name_en if i.actor1 else "") for i in found] \
        == [("Government regains territory", "Military Forces of Yemen (2012-)")]
