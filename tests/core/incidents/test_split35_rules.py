"""One event per place when a bombing's or an attack's word counts the events (session 35, branch
`split`): «انفجار عبوتين ناسفتين في قضاء X وY», «هجومان استهدفا … في أنقرة و… في اسطنبول».

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 9)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str, sub_event: str) -> list[tuple[str, int | None]]:
    """(place, fatalities) of the incidents of one sub-event type, sorted by place."""
    return sorted((i.location.name_ar, i.fatalities) for i in analyze(text, DAY).incidents
                  if i.sub_event_type == sub_event and i.location is not None)


IED = "Remote explosive/landmine/IED"


def test_two_devices_in_two_districts_are_two_explosions() -> None:
    """«انفجار عبوتين ناسفتين في قضاء X وY»: two devices, two districts: one explosion in each, the
    toll told for both shared evenly (rounded down)."""
    text = ("بغداد - أ ف ب: قتل تسعة أشخاص مساء أمس في انفجار عبوتين ناسفتين في قضاء بلدروز والمقدادية "
            "بمحافظة ديالى، حسبما أفادت مصادر في الشرطة.")
    got = _incidents(text, IED)
    assert len(got) == 2
    assert {n for _, n in got} == {4}


def test_a_dual_attack_word_with_two_targets_in_two_cities() -> None:
    """«هجومان استهدفا القنصلية … في اسطنبول ومركزا للشرطة في مدينة أنقرة»: each place its own attack."""
    text = ("أنقرة - رويترز: أصيب أربعة أشخاص أمس في هجومين استهدفا مبنى قنصلية في اسطنبول "
            "ومركزا للشرطة في مدينة أنقرة، وفر المهاجمون.")
    places = {i.location.name_ar for i in analyze(text, DAY).incidents if i.location is not None}
    assert len(places) == 2


def test_a_small_number_of_bombings_over_as_many_towns() -> None:
    """«ثلاثة تفجيرات استهدفت أسواقا في الرمادي والفلوجة وتكريت»: three blasts, three towns."""
    text = ("بغداد - رويترز: قتل 12 شخصا أمس في ثلاثة تفجيرات استهدفت أسواقا في الرمادي والفلوجة وتكريت، "
            "بحسب مصادر أمنية.")
    got = _incidents(text, IED)
    assert len(got) == 3
    assert sum(n or 0 for _, n in got) == 12


def test_one_blast_at_two_places_stays_one() -> None:
    """A single blast word with two places («انفجار عبوة ناسفة في … بعقوبة والمقدادية») is not counted:
    it stays one incident, as before."""
    text = "بغداد - أ ف ب: قتل أربعة أشخاص أمس في انفجار عبوة ناسفة في سوق بمدينة بعقوبة والمقدادية."
    assert len(_incidents(text, IED)) == 1


def test_an_attack_made_with_two_car_bombs_is_one_attack() -> None:
    """«هجوم بسيارتين مفخختين على موقعين في سيئون وشبام»: the devices the attack was made with count no
    events."""
    text = ("المكلا - الشرق الأوسط: قتل سبعة جنود أمس في هجوم بسيارتين مفخختين على موقعين عسكريين "
            "في مدينة سيئون ومدينة شبام.")
    assert len(_incidents(text, IED)) == 1


def test_two_blasts_and_three_places_stay_one() -> None:
    """Two blasts told over three places: the places do not tell which two were hit; one incident."""
    text = ("بغداد - أ ف ب: قتل ستة أشخاص أمس في تفجيرين بعبوات ناسفة في الرمادي والفلوجة وتكريت، "
            "حسبما أفادت الشرطة.")
    assert len(_incidents(text, IED)) == 1


def test_a_place_the_attack_aimed_at_is_no_second_event() -> None:
    """«انتحاريان اخترقا تجمعا في مدينة سوروتش بهدف التضامن مع مدينة كوباني»: the second town is not
    joined to the first by «و»: one bombing, in the first town."""
    text = ("أنقرة - رويترز: قالت الشرطة إن انتحاريين فجرا نفسيهما أمس وسط تجمع لطلاب في مدينة سوروتش "
            "بهدف التضامن مع مدينة كوباني، ما أدى إلى مقتل 30 شخصا.")
    places = {i.location.name_ar for i in analyze(text, DAY).incidents if i.location is not None}
    assert len(places) <= 1


def test_a_place_told_before_the_counted_blasts_is_not_one_of_them() -> None:
    """«تفجير سيارة مفخخة في حي X، كما قتل آخرون في انفجار سيارتين مفخختين في منطقة Y»: the count
    is of the blasts told after it; a place named before it is no item of its list."""
    text = ("بغداد - أ ف ب: قتل عشرون شخصا في تفجير سيارة مفخخة في حي البياع ببغداد، كما قتل آخرون في انفجار "
            "سيارتين مفخختين في منطقة لم تحدد.")
    got = _incidents(text, IED) + _incidents(text, "Suicide bomb")
    assert not any(n == 10 for _, n in got)


def test_two_attacks_told_as_a_clash_at_two_cities() -> None:
    """«هجومان استهدفا مبنى قنصلية في أنقرة ومركزا للشرطة في مدينة اسطنبول» read as a clash (armed men
    and police): its list reading left it whole (two «في» phrases, each with its own target); the
    count splits it, one place each, the toll shared."""
    text = ("أنقرة - د ب أ: قتل ستة من عناصر الشرطة التركية أمس في هجومين شنهما مسلحون واستهدفا مبنى قنصلية "
            "في أنقرة ومركزا للشرطة في مدينة اسطنبول.")
    got = [(i.location.name_ar, i.fatalities) for i in analyze(text, DAY).incidents if i.location is not None]
    assert len(got) == 2
    assert sorted(n for _, n in got) == [3, 3]


def test_a_definite_count_tells_events_back() -> None:
    """«بعد الهجومين اللذين أوقعا قتلى في سوسة وفي العاصمة»: the definite count points back (here to old
    attacks): it splits nothing."""
    text = ("تونس - أ ف ب: أعلنت السلطات حالة الطوارئ أمس بعد الهجومين اللذين أوقعا عشرات القتلى من السياح "
            "في سوسة وفي العاصمة تونس، وتبناهما تنظيم داعش.")
    assert len([i for i in analyze(text, DAY).incidents if i.location is not None]) <= 1


def test_figures_told_for_each_place_go_to_their_places() -> None:
    """«أسفر انفجار عبوتين ناسفتين عن مقتل ستة أشخاص في قضاء X وأربعة في قضاء Y»: the text gives each
    place its own toll; no even share."""
    text = ("بعقوبة - رويترز: أسفر انفجار عبوتين ناسفتين مساء أمس عن مقتل ستة أشخاص في قضاء بلدروز "
            "وأربعة في قضاء المقدادية بمحافظة ديالى.")
    got = _incidents(text, IED)
    assert sorted(n for _, n in got) == [4, 6]
