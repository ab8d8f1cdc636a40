"""Session 39 (yread): a counted subject set off from its plural verb by a comma («وكان 12 من
المسلحين الحوثيين وحلفائهم، قتلوا في …») is still the verb's figure; a verb joined by «و» after the
comma starts a new clause and keeps its own object.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from tests.core.incidents.incident_fixtures import violent

MONDAY = date(2020, 5, 11)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, MONDAY)


def _killed(text: str) -> list:
    return [s.attrs.get("count") for s in analyze(text, MONDAY, until="entities").doc.entities
            if s.label == "CASUALTY" and s.attrs.get("role") == "killed"]


def test_a_counted_subject_before_a_comma_is_the_plural_verbs_figure() -> None:
    text = "وكان 12 من المسلحين الحوثيين وحلفائهم، قتلوا في اشتباكات مع الجيش قرب بلدة الصفا أمس."
    assert _killed(text) == [12]
    assert [i.fatalities for i in _violent(text)] == [12]


def test_the_same_subject_without_the_comma_is_unchanged() -> None:
    assert _killed("وكان 12 من المسلحين الحوثيين قتلوا في اشتباكات مع الجيش قرب بلدة الصفا أمس.") == [12]


def test_a_verb_joined_by_waw_after_the_comma_keeps_its_own_object() -> None:
    """«هاجم 30 مسلحا المركز، وقتلوا خمسة»: the attackers are not the dead."""
    assert _killed("هاجم 30 مسلحا مركزا للشرطة في بلدة الصفا، وقتلوا خمسة من أفراده.") == [5]


def test_a_figure_with_no_partitive_group_before_the_comma_is_not_taken() -> None:
    """Only «N من …» right before the comma is a subject: «قصفوا 3 قرى، قتلوا فيها» is no toll of three."""
    assert 3 not in _killed("قصف المسلحون 3 قرى قرب بلدة الصفا، قتلوا فيها عددا من السكان.")


@pytest.mark.parametrize("text", [
    "قتل قائد ميداني في جماعة الحوثي و3 من مرافقيه في كمين نصبه مسلحون قرب بلدة الصفا أمس.",
    "قتل القيادي الحوثي أبو علي الشامي وثلاثة من مرافقيه في كمين نصبه مسلحون قرب بلدة الصفا أمس.",
])
def test_one_killed_with_his_name_or_title_then_a_joined_group_adds_up(text: str) -> None:
    """A second group joined by «و» after the one killed's name or title («… وثلاثة من مرافقيه»)
    is killed with him: four dead, not one."""
    assert [i.fatalities for i in _violent(text)] == [4]


def test_one_killed_then_a_figure_after_a_break_is_not_his_group() -> None:
    """A figure after the clause is over is not joined to him."""
    text = "قتل القيادي الحوثي أبو علي الشامي في كمين قرب بلدة الصفا، وأصيب 3 من مرافقيه بجروح."
    assert [(i.fatalities, i.injured) for i in _violent(text)] == [(1, 3)]


def test_a_part_before_the_comma_gives_its_whole_to_the_plural_verb() -> None:
    """review39: «خمسة جنود بينهم اثنان من الضباط، قتلوا»: the part after «بينهم» is not the verb's figure."""
    text = "وقال الجيش إن خمسة جنود بينهم اثنان من الضباط، قتلوا في هجوم على نقطة تفتيش قرب بلدة الصفا أمس."
    assert _killed(text) == [5]
