"""Incidents of the region's wars other than Yemen's take the actors actors.json now names (session
27): a side that was missed, or left generic, gets its ACLED-style name and inter code.

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules and the lexicon alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _sides(text: str) -> list[set[tuple[str, int | None]]]:
    out = []
    for inc in analyze(text, DAY, "").incidents:
        out.append({(a.name_en, a.inter) for a in (inc.actor1, inc.actor2) if a is not None})
    return out


def test_a_clash_with_nusra_named_by_its_apposition() -> None:
    """«ذراع تنظيم القاعدة في سوريا» is the Nusra Front (rebel, inter 2), not al-Qaeda's core."""
    text = "اشتبك عناصر ذراع تنظيم القاعدة في سوريا مع قوات النظام في بلدة الفوعة بريف إدلب أمس، ما أسفر عن مقتل سبعة مسلحين."
    assert _sides(text) == [{("Jabhat al Nusra", 2), ("Military Forces of Syria (2000-)", 1)}]


def test_jaish_al_fateh_takes_a_town() -> None:
    text = ("سيطر مقاتلو جيش الفتح أمس على بلدة محمبل في ريف إدلب بعد اشتباكات مع قوات النظام السوري "
            "أسفرت عن مقتل عشرة من جنود النظام.")
    assert _sides(text) == [{("Jaish al Fateh", 2), ("Military Forces of Syria (2000-)", 1)}]


def test_opposition_forces_shell_the_regime() -> None:
    """«قوات المعارضة» was no actor at all: the shelling had no one acting."""
    text = "قصفت قوات المعارضة مواقع لقوات الأسد في حي جوبر بدمشق أمس، ما أدى إلى مقتل خمسة جنود."
    assert _sides(text) == [{("Opposition Rebels (Syria)", 2), ("Military Forces of Syria (2000-)", 1)}]


def test_ansar_al_sharia_in_benghazi_is_libyan() -> None:
    text = "قتل أربعة من عناصر أنصار الشريعة أمس في اشتباكات مع قوات الجيش الليبي في مدينة بنغازي."
    assert _sides(text) == [{("LNA: Libyan National Army", 1), ("Ansar al Sharia (Libya)", 2)}]


def test_tribal_fighters_against_the_islamic_state() -> None:
    text = "اشتبك مقاتلون من أبناء العشائر مع تنظيم داعش أمس في مدينة الرمادي، ما أسفر عن مقتل ثمانية من عناصر التنظيم."
    assert _sides(text) == [{("Tribal Militia (Iraq)", 4), ("Islamic State (Iraq)", 2)}]


def test_ansar_bayt_al_maqdis_attacks_the_egyptian_army() -> None:
    text = ("قتل جنديان من الجيش المصري أمس في هجوم تبنته جماعة أنصار بيت المقدس على كمين في مدينة العريش "
            "بشمال سيناء.")
    assert _sides(text) == [{("Islamic State (Egypt)", 2), ("Military Forces of Egypt (2014-)", 1)}]


def test_al_shabaab_is_no_unidentified_group() -> None:
    text = "هاجم مسلحون من حركة الشباب أمس قاعدة عسكرية في مدينة مقديشو ما أسفر عن مقتل عشرة جنود صوماليين."
    # (the soldiers counted dead with their nationality are Somalia's army, the side hit: fixa38)
    assert _sides(text) == [{("Al Shabaab", 2), ("Military Forces of Somalia", 1)}]


def test_a_groups_umbrella_after_it_is_no_target() -> None:
    """«ميليشيات الدفاع الوطني التابعة للنظام السوري»: the regime is whom the NDF belongs to, not
    what it shelled («التابعة ل» after a named group is no target cue)."""
    text = "قصفت ميليشيات الدفاع الوطني التابعة للنظام السوري أمس بلدة في ريف حماة ما أدى إلى مقتل ثلاثة مدنيين."
    assert _sides(text) == [{("NDF: National Defence Forces", 3), ("Civilians (Syria)", 7)}]
    text = ("شنت قوات جيش الفتح التابع للمعارضة السورية المسلحة قصفا مدفعيا على مواقع لقوات النظام السوري "
            "في محيط بلدة الفوعة في ريف إدلب أمس.")
    assert _sides(text) == [{("Jaish al Fateh", 2), ("Military Forces of Syria (2000-)", 1)}]


def test_positions_belonging_to_a_group_are_still_its_own() -> None:
    """«مواقع تابعة للميليشيات» and forces named by a country («قوات الأمن التابعة للحوثيين») keep the
    old reading: the group after «التابعة ل» is the target, or who the forces are."""
    text = "استهدف طيران التحالف مواقع تابعة للميليشيات الحوثية في صعدة أمس."
    assert _sides(text) == [{("Operation Restoring Hope", 8), ("Houthis (Ansar Allah)", 2)}]
