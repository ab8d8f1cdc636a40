"""Session 40, the Yemen read part's extras (branch s40-yread).

Sentences written for the tests; the real pipeline reads them with the codability model switched
off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 1)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY).incidents]


@pytest.mark.parametrize("text", [
    "لقي 12 مسلحا من الحوثيين مصرعهم إثر جرفهم بسيل في أحد الوديان بمحافظة صعدة، يوم الثلاثاء.",
    "قال مصدر محلي إن ثمانية مسلحين كانوا على متن سيارة لقوا حتفهم بعدما جرفتهم السيول في وادٍ بمحافظة الجوف.",
    "قتل خمسة أطفال بعدما جرفتهم مياه الأمطار في قرية بمحافظة إب.",
])
def test_people_swept_away_by_a_flood_are_no_fight(text: str) -> None:
    """Fighters (or anyone) a flood or a current swept away («إثر جرفهم بسيل», «بعدما جرفتهم»):
    no one fought them (`accident_nouns`), even when they are armed men of a party."""
    assert kinds(text) == []


def test_fighters_killed_in_a_fight_near_a_flood_word_still_fight() -> None:
    """The swept-away word only counts as the cause of the toll: a clash told with it stays one."""
    found = kinds("قتل عشرة مسلحين حوثيين في اشتباكات مع المقاومة الشعبية في مديرية صرواح بمحافظة مأرب أمس.")
    assert found and found[0][0] == "Battles"


@pytest.mark.parametrize("text", [
    "وقالت المصادر إنه أثناء تمشيط القاعدة الجوية في لحج تم العثور على عدد من المقاتلات الحربية كانت رابضة في حظائرها.",
    "عثرت القوات على صواريخ كاتيوشا في مخزن بقاعدة العند.",
])
def test_aircraft_or_rockets_found_are_no_fire(text: str) -> None:
    """Jets or rockets found («تم العثور على عدد من المقاتلات», «عثرت القوات على صواريخ»): nobody
    flew or fired them — no air strike, no shelling."""
    assert not any(k[1] in ("Air/drone strike", "Shelling/artillery/missile attack") for k in kinds(text))


@pytest.mark.parametrize("text", [
    "عثر الأهالي على قذيفة هاون سقطت على منزل في حي الجحملية بمدينة تعز.",
    "عثر الأهالي على بقايا صاروخ أطلقه الحوثيون على حي سكني في مدينة نجران.",
])
def test_a_found_shell_told_as_fired_is_still_shelling(text: str) -> None:
    """A shell found after it fell, or a rocket's remains the sentence says someone fired: still shelling."""
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in kinds(text)
