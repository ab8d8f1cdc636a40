"""Actor roles put right after the session-26 study of the read parts' matched incidents with a
wrong actor1 or actor2.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 24)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _found(text: str) -> list[tuple[str, str, str]]:
    """(sub-event, actor1, actor2) of every incident, sorted."""
    return sorted((i.sub_event_type, i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
                  for i in analyze(text, DAY).incidents)


def _shelling(text: str) -> tuple[str, str]:
    """The (actor1, actor2) of the sentence's shellings (one pair: a list of places splits them)."""
    found = {f[1:] for f in _found(text) if f[0] == "Shelling/artillery/missile attack"}
    assert len(found) == 1, found
    return found.pop()


def test_shelling_homes_hits_civilians_not_a_party_named_beside() -> None:
    """A shelling whose object is where people live (neighbourhoods, villages, homes, a hospital)
    hit civilians, though the clause names another party: the one whose attacks were answered,
    or one that advanced before it."""
    assert _shelling("وأفاد سكان أن الحوثيين ردوا على تقدم المقاومة الشعبية بقصف عدد من الأحياء "
                     "في مدينة تعز بقذائف الهاون أمس.") == ("Houthis (Ansar Allah)", "Civilians (Yemen)")
    assert _shelling("وقال مصدر طبي إن ميليشيات الحوثي قصفت أمس مستشفى الجمهورية في مدينة تعز، "
                     "بعد أن حققت المقاومة تقدما في المدينة.") == ("Houthis (Ansar Allah)", "Civilians (Yemen)")
    assert _shelling("وقصف المتمردون الحوثيون بالدبابات قريتي الحود والمشراح في تعز أمس، إثر هجوم "
                     "للمقاومة الشعبية على مواقعهم.") == ("Houthis (Ansar Allah)", "Civilians (Yemen)")


def test_shelling_a_partys_positions_before_homes_keeps_that_party() -> None:
    """A party named as a target before the homes («مواقع المقاومة والأحياء السكنية») was hit; and
    homes the fire came from («من داخل الأحياء») are no object of it."""
    assert _shelling("وقصفت ميليشيات الحوثي أمس مواقع المقاومة الشعبية والأحياء السكنية في مدينة تعز.") \
        == ("Houthis (Ansar Allah)", "Popular Resistance")
    assert _shelling("وقصفت المقاومة الشعبية أمس مواقع ميليشيات الحوثي التي تطلق القذائف من داخل "
                     "الأحياء السكنية في مدينة تعز.") == ("Popular Resistance", "Houthis (Ansar Allah)")


def _sides(text: str, sub_event: str) -> set[tuple[str, str]]:
    return {f[1:] for f in _found(text) if f[0] == sub_event}


def test_who_holds_the_place_hit_is_the_side_hit() -> None:
    """A party named as holding the place («الخاضعة لسيطرة», «التي يسيطر عليها», «كانت تسيطر عليها»)
    held what was shelled or taken: it is the side hit, never who fired or took it."""
    assert _sides("وتعرضت بلدة الشريجة التي يسيطر عليها المتمردون الحوثيون لقصف مدفعي عنيف أمس.",
                  "Shelling/artillery/missile attack") == {("", "Houthis (Ansar Allah)")}
    assert _sides("وقصفت المدفعية أمس مواقع في جبل صبر الخاضعة لسيطرة المقاومة الشعبية في تعز.",
                  "Shelling/artillery/missile attack") == {("", "Popular Resistance")}
    taken = [f for f in _found("وتواصل المقاومة الشعبية تقدمها في مدينة تعز، وتمكنت أمس من السيطرة على عدد من "
                               "المواقع التي كانت تسيطر عليها جماعة الحوثي في جبل صبر.") if f[0] != "Armed clash"]
    assert [f[1:] for f in taken] == [("Popular Resistance", "Houthis (Ansar Allah)")]
    # a place that came under a party's control («أصبحت تحت سيطرة …») was taken by it: still acting
    assert _sides("وأكد قائد المقاومة أن قاعدة العند أصبحت بالكامل تحت سيطرة المقاومة الشعبية بعد معارك "
                  "عنيفة مع الحوثيين.", "Armed clash") == {("Popular Resistance", "Houthis (Ansar Allah)")}


def test_a_fights_only_party_leads_with_its_allies() -> None:
    """A fight naming only the parties hit («قتل 12 مسلحا حوثيا و4 من قوات صالح في مواجهات»): they
    lead together, the Houthis with Saleh's forces, and the foe not named comes from the article —
    not the Houthis against Saleh's forces."""
    assert _sides("وتقدمت المقاومة الشعبية في محافظة لحج أمس. وقتل 12 مسلحا حوثيا و4 من قوات صالح في "
                  "مواجهات عنيفة بمنطقة الوهط.", "Armed clash") == {("Popular Resistance", "Houthis (Ansar Allah)")}
