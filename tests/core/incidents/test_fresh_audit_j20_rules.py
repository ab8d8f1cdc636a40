"""Rules added after the audit j20 of fresh (never-coded) war news (seeds 2111–2113): incidents a
coder would write down that the pipeline missed or got wrong, and ones it invented.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

DAY = date(2015, 8, 6)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "sub_event_type", "admin1")


def test_a_taking_told_back_in_a_relative_clause_is_coded() -> None:
    """«المعسكر الذي حرره الأبطال»: the taking told about the place right before it, the verb
    carrying the place as a pronoun, is a Government regains territory at that place."""
    text = "وتحدث القائد الميداني عن الأوضاع في معسكر لبوزة التي استعادتها المقاومة الشعبية أمس من الميليشيات."
    assert ("Government regains territory", "Lahij") in _coded(text)
    text = "وزار وفد حكومي مدينة زنجبار التي حررها رجال الجيش الوطني قبل يومين من أيدي الحوثيين."
    assert ("Government regains territory", "Abyan") in _coded(text)


def test_a_place_taken_back_beats_the_reach_of_a_purpose_cue() -> None:
    """«… للمشاركة في تطهير مدينة زنجبار التي استردها الثوار»: the place named as where forces went
    to fight is where the taking told back about it was — not a town named elsewhere in the sentence."""
    text = ("وفي الوقت الذي يحشد فيه الجيش الوطني قواته لاستعادة مدينة الحوطة، وصلت كتائب من "
            "المقاومة في عدن للمشاركة في تطهير مدينة زنجبار عاصمة أبين التي استردها الثوار أمس.")
    coded = _coded(text)
    assert ("Government regains territory", "Abyan") in coded
    assert ("Government regains territory", "Lahij") not in coded


def test_innocents_a_party_is_blamed_for_killing_are_no_event() -> None:
    """«القوى الانقلابية التي تسببت في قتل الأبرياء»: an accusation in a statement, no attack — not
    even where the speaker was («لدى مغادرته الرياض»); a shelling that killed innocents is told."""
    text = ("وقال الرئيس لدى وصوله إلى جدة إن الجيش الوطني سيواصل تقدمه حتى يطهر البلاد من الميليشيات "
            "التي تسببت في قتل الأبرياء وتشريد الآلاف من منازلهم.")
    assert _coded(text) == []
    text = "وأكد الوزير في عدن أن الحوثيين هم المسؤولون عن قتل الأبرياء في كل المحافظات."
    assert _coded(text) == []
    text = "قصفت الميليشيات الحوثية حي كريتر في عدن مما تسبب في مقتل أربعة من المدنيين الأبرياء."
    assert ("Shelling/artillery/missile attack", "Aden") in _coded(text)
