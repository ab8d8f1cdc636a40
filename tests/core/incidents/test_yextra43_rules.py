"""Session 43, the Yemen read part's extras (branch s43-yextra).

Sentences written for the tests; the real pipeline reads them with the codability model switched
off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 1)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def admin1s(text: str) -> list[str]:
    return [i.location.admin1_en if i.location else "" for i in analyze(text, DAY).incidents]


@pytest.mark.parametrize("text, admin1", [
    ("وقالت المقاومة الشعبية في إقليم آزال إنها تمكنت، أمس، من تحرير مديرية عتمة، في محافظة ذمار، بشكل كامل.",
     "Dhamar"),
    ("وأعلنت المقاومة الشعبية بإقليم آزال أنها هاجمت أمس تجمعا للحوثيين في مدينة عمران وقتلت خمسة منهم.",
     "Amran"),
    ("وفي «إقليم آزال» شنت المقاومة هجوما على نقطة للحوثيين في مدينة معبر بمحافظة ذمار أسفر عن مقتل ثلاثة مسلحين.",
     "Dhamar"),
])
def test_a_federal_region_places_nothing(text: str, admin1: str) -> None:
    """«إقليم آزال» is one of Yemen's federal regions (Sanaa, Amran, Sa'dah, Dhamar), not the capital's
    district Azal the gazetteer knows by that name (`region_names` after `region_heads`): the event is
    at the place the clause names besides."""
    assert admin1s(text) == [admin1]


def test_a_region_alone_places_no_event_in_the_capital() -> None:
    """With no other place, the region gives no governorate: nothing is put in Amanat al Asimah."""
    assert "Amanat al Asimah" not in admin1s("وهاجمت المقاومة الشعبية في إقليم آزال تجمعا للحوثيين أمس وقتلت أربعة منهم.")


def test_azal_as_a_district_of_the_capital_still_places() -> None:
    """The district named without «إقليم» is still the capital's («في مديرية آزال بأمانة العاصمة»)."""
    assert admin1s("قتل ثلاثة مسلحين حوثيين في اشتباكات مع مسلحين قبليين في مديرية آزال بأمانة العاصمة أمس.") \
        == ["Amanat al Asimah"]


@pytest.mark.parametrize("text, admin1", [
    ("نفذت المقاومة عمليات ضد الحوثيين في صنعاء وذمار، وقالت إن مسلحيها هاجموا أمس تجمعا للميليشيات الحوثية "
     "جوار «جسر الصداقة»، بميدان التحرير بقلب العاصمة، وقتلوا ستة منهم.", "Amanat al Asimah"),
    ("تواصلت المواجهات في صنعاء وإب، وانفجرت أمس عبوة ناسفة قرب مستشفى الكويت، وسط العاصمة، وأصابت ثلاثة مدنيين.",
     "Amanat al Asimah"),
])
def test_the_capital_told_right_after_a_facility_places_it(text: str, admin1: str) -> None:
    """«جوار «جسر الصداقة»، بميدان التحرير بقلب العاصمة»: «العاصمة» with no name of its own a few
    words after a facility the gazetteer does not know puts it in the capital named before, not at the
    nearest place of its sentence (Dhamar, Ibb)."""
    assert admin1 in admin1s(text)


def test_outside_the_capital_is_not_the_capital() -> None:
    """«خارج العاصمة»: somewhere else — the facility keeps the nearest place of its sentence."""
    found = admin1s("اشتبكت المقاومة مع الحوثيين في صنعاء وذمار، ثم انفجرت أمس عبوة ناسفة قرب جسر الصداقة خارج العاصمة "
                    "وقتلت جنديين.")
    assert "Dhamar" in found


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY).incidents]


@pytest.mark.parametrize("text", [
    "وسقطت أربع قذائف على منازل المواطنين في حي الرحيب الشرقي بظهران الجنوب، بينما تم تفجير القذيفة الخامسة "
    "في إحدى المزارع بقرية آل جبير من أفراد شرطة ظهران الجنوب.",
    "وقال مصدر عسكري إن الفرق الهندسية تمكنت من تفجير ثلاث عبوات ناسفة زرعها الحوثيون في مديرية زنجبار بمحافظة أبين أمس.",
])
def test_a_device_detonated_on_purpose_is_no_explosion(text: str) -> None:
    """«تم تفجير القذيفة الخامسة … من أفراد الشرطة», «تمكنت … من تفجير ثلاث عبوات»: the device was
    made safe (`_detonated_devices`) — a Disrupted weapons use, no explosion; the shells that fell stay."""
    found = kinds(text)
    assert ("Strategic developments", "Disrupted weapons use") in found
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in found


@pytest.mark.parametrize("text", [
    "وتم تفجير عبوة ناسفة استهدفت دورية للشرطة في مدينة العريش أمس مما أدى إلى مقتل جنديين.",
    "قام مسلحون بتفجير عبوة ناسفة في سوق شعبي ببغداد أمس أسفرت عن مقتل خمسة مدنيين.",
    "قامت جماعة مسلحة بتفجير قنبلة في محطة للحافلات بمدينة كانو أمس.",
])
def test_a_bomb_set_off_against_someone_stays_an_explosion(text: str) -> None:
    """A bombing in the passive with its target after the device («استهدفت دورية»), or set off by
    armed men («قام مسلحون بتفجير»): an explosion, not a device made safe."""
    found = kinds(text)
    assert found and found[0][0] == "Explosions/Remote violence"
