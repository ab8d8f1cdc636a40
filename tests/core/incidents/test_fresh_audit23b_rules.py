"""Rules added after the fresh-article audit 23b (a coder's reading of never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 8)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


@pytest.mark.parametrize("text", [
    "وقال مصدر إن رجال المقاومة الشعبية دخلوا المدينة أمس عقب تطهيرهم لمدينة زنجبار من الحوثيين.",
    "وأكد مصدر أن قوات الجيش الوطني أتمت أمس تطهيرها لمدينة زنجبار من مسلحي الحوثي.",
    "وأعلنت المقاومة الشعبية أمس بسط نفوذها على مدينة زنجبار بعد معارك مع الحوثيين.",
    "وقال المصدر إن المقاومة الشعبية بسطت نفوذها على مدينة زنجبار مساء أمس.",
])
def test_a_place_cleared_told_with_a_pronoun_or_as_influence_is_taken(text: str) -> None:
    """«عقب تطهيرهم لمدينة قعطبة», «أتمت تطهيرها لـ…», «بسطت نفوذها على …»: the clearing noun with
    its doer's pronoun, and «بسط النفوذ» on a place, are a place taken back like «تطهير» and
    «بسطت سيطرتها»."""
    [taken] = analyze(text, DAY).incidents
    assert taken.sub_event_type == "Government regains territory"
    assert taken.location is not None and taken.location.admin1_en == "Abyan"


@pytest.mark.parametrize("text", [
    "وأكد قادة المقاومة الشعبية أنهم سيواصلون التقدم نحو مدينة زنجبار، لملاحقة المتمردين وتطهيرها بالكامل.",
    "وتسعى المقاومة الشعبية إلى تطهيرها من المتمردين في مدينة زنجبار.",
    "وقال المسؤول إن المقاومة تستعد لتطهيرهم من مدينة زنجبار.",
])
def test_a_clearing_noun_with_a_pronoun_still_needs_an_achievement(text: str) -> None:
    """The new pronoun forms are verbal nouns like «تطهير»: an aim or a topic («لتطهيرهم»,
    «تسعى إلى تطهيرها») takes no place."""
    assert analyze(text, DAY).incidents == []


@pytest.mark.parametrize("text", [
    "وقال مصدر في المقاومة الشعبية إن رجال المقاومة سيطروا أمس على منطقة مريس بعد معارك مع الحوثيين.",
    "وأكد المصدر أن المقاومة أتمت أمس تطهيرها لمنطقة مريس شمال مدينة قعطبة.",
])
def test_muris_is_the_area_of_qatabah_in_al_dhale(text: str) -> None:
    """«منطقة مريس», «معسكر الصدرين في مريس»: the front north of Qa'tabah (al-Dhale), which the
    gazetteer knew only as a village of Shabwah (curated.json extra_places)."""
    [taken] = analyze(text, DAY).incidents
    place = taken.location
    assert place is not None and place.admin1_en == "Ad Dali" and place.admin2_en == "Qa'tabah"


def test_a_two_word_name_then_a_facility_after_a_dual_head_is_one_place() -> None:
    """«على منطقتي خشم رميد ومثلث العبر»: a new name of two words, then «و» and a facility head with
    its name, are the pair — one area and the facility, not three places («خشم», «رميد» apart)."""
    text = "وفي محافظة شبوة سيطرت المقاومة الشعبية أمس على منطقتي نقيل رميد ومثلث الرويك بعد معارك."
    doc = analyze(text, DAY)
    assert sorted(i.location.text for i in doc.incidents) == ["مثلث الرويك", "نقيل رميد"]
    assert all(i.location.admin1_en == "Shabwah" for i in doc.incidents)
