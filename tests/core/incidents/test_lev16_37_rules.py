"""Session 37 (lev16), a pass on fresh non-Yemen articles: a bare coalition phrase in a report that
names no country of its own («طائرات التحالف» near al-Hasakah) is read by the event's place, not
by its Yemeni default; a weapon after a cause word («جراء», «بسبب», «إثر») that follows a destroy
word is what caused the loss, not equipment lost — so the shelling stays a shelling.

Sentences written for the tests in the style of that news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 1)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone

COALITION = "International Coalition against the Islamic State"
SAUDI_LED = "Operation Restoring Hope"
SHELLING = "Shelling/artillery/missile attack"


def _names(text: str) -> set[str]:
    return {a.name_en for i in analyze(text, DAY).incidents
            for a in (i.actor1, i.actor2, *i.assoc_actor_1, *i.assoc_actor_2) if a is not None}


@pytest.mark.parametrize("text", [
    "ذكر بيان عسكري أن طائرات التحالف شنت أربع غارات جوية قرب مدينة الحسكة ودمرت مواقع قتالية للتنظيم.",
    "أعلنت وزارة الدفاع أن الولايات المتحدة ودول التحالف نفذت 12 غارة جوية ضد أهداف لتنظيم داعش قرب مدينة بيجي.",
    "وشنت قوات التحالف أمس خمس غارات على تجمعات لمسلحي داعش قرب مدينة تلعفر.",
])
def test_a_coalition_no_country_reads_is_the_one_of_the_event_s_place(text: str) -> None:
    names = _names(text)
    assert COALITION in names
    assert SAUDI_LED not in names


def test_the_coalition_in_a_yemeni_report_stays_the_saudi_led_one() -> None:
    names = _names("وقالت مصادر محلية في اليمن إن طائرات التحالف شنت أمس غارات على مواقع للحوثيين في مدينة صعدة.")
    assert SAUDI_LED in names
    assert COALITION not in names


def _only(text: str):
    incs = analyze(text, DAY).incidents
    assert len(incs) == 1
    return incs[0]


@pytest.mark.parametrize("text", [
    "قتل سبعة مدنيين وتدمير تسعة منازل جراء سقوط ثماني قذائف هاون على حي سكني في بلدة المقدادية.",
    "أصيب 12 مدنيا وتضررت عدة منازل بسبب سقوط صواريخ كاتيوشا على أحياء في مدينة الخالص مساء أمس.",
])
def test_shells_after_a_cause_word_are_the_fire_not_equipment_lost(text: str) -> None:
    inc = _only(text)
    assert inc.sub_event_type == SHELLING
    assert not any(e.get("fate") == "destroyed" for e in inc.equipment)


def test_a_weapon_destroyed_before_the_cause_word_is_still_lost() -> None:
    inc = _only("ودمرت القوات الأمنية ثلاث عربات وقاذفة صواريخ إثر اشتباكات عنيفة مع عناصر داعش قرب الرمادي.")
    assert any(e.get("fate") == "destroyed" for e in inc.equipment)


@pytest.mark.parametrize("text", [
    "وقال الجيش إن القوات الأمنية قتلت 15 متطرفا في ناحية العلم أمس.",
    "وأكدت الشرطة أن قواتها قتلت تسعة متطرفين قرب مدينة العريش صباح اليوم.",
])
def test_militants_killed_by_forces_are_a_fight_not_civilians(text: str) -> None:
    inc = _only(text)
    assert inc.event_type == "Battles"
    assert "Civilians" not in {a.actor_type for a in (inc.actor1, inc.actor2) if a is not None} | {
        a.name_en.split(" (")[0] for a in (inc.actor1, inc.actor2) if a is not None}


def test_a_bomb_of_an_extremist_group_still_kills_civilians() -> None:
    inc = _only("وقتل عشرة مدنيين في تفجير انتحاري نفذته جماعة متطرفة في سوق بمدينة بعقوبة أمس.")
    assert inc.actor2 is not None and inc.actor2.name_en.startswith("Civilians")


def test_the_police_who_met_their_death_are_the_side_hit() -> None:
    """«لقي شرطي مصرعه»: the dead stand between «لقي» and the death they met, not after it."""
    inc = _only("لقي شرطي مصرعه وأصيب اثنان آخران إثر قيام مسلحين بإطلاق النار على سيارتهم في مدينة الإسماعيلية أمس.")
    assert inc.actor2 is not None and inc.actor2.name_en == "Police Forces of Egypt"
    assert inc.fatalities == 1


@pytest.mark.parametrize("text", [
    "لقي شرطي حتفه برصاص مسلحين مجهولين في مدينة الإسماعيلية أمس.",
    "لقي شخصان مصرعهما برصاص مسلحين في مدينة بنغازي أمس.",
])
def test_a_death_met_with_the_dead_named_between_is_an_event(text: str) -> None:
    inc = _only(text)
    assert inc.fatalities >= 1


def test_a_death_met_in_a_road_accident_is_no_event() -> None:
    assert analyze("لقي شخص مصرعه وأصيب آخران في حادث تصادم على طريق المطار أمس.", DAY).incidents == []


@pytest.mark.parametrize(("text", "admin1"), [
    ("ونفذت الطائرات ست ضربات جوية في سوريا قرب مدينة الحسكة أمس.", "Al-Hasakeh"),
    ("وشنت المقاتلات أربع غارات في العراق بالقرب من مدينة الموصل مساء أمس.", "Ninewa"),
])
def test_a_town_near_which_strikes_fell_after_their_country_is_their_place(text: str, admin1: str) -> None:
    """«في سوريا قرب مدينة الحسكة»: a country holds its towns — the town after it is no reference
    point the country is told near, it is where the strikes were."""
    inc = _only(text)
    assert inc.location is not None and inc.location.admin1_en == admin1


def test_a_town_told_near_a_place_is_still_a_reference() -> None:
    inc = _only("وقصف الحوثيون مواقع المقاومة في محافظة لحج القريبة من عدن أمس.")
    assert inc.location is not None and inc.location.admin1_en == "Lahij"
