"""Rules added in session 32's pass over non-Yemen news (lev32): the base aircraft took off from is
not where they struck; a future light verb («ستشن», «سنواصل») makes what follows a plan; arrests and
defused bombs outside Yemen are not set aside by the Yemen-fitted codability model; casualties told
as not having happened («دون وقوع أية إصابات أو خسائر بشرية») are no casualties.

Sentences written for the tests in the style of the news. The tests of the rules read them with the
codability model switched off (`rules_alone`); the ones about the codability rule read them with it.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

from incident_fixtures import told

THURSDAY = date(2015, 8, 6)


def _coded(text: str, day: date = THURSDAY) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.location.admin1_en if i.location else "") for i in analyze(text, day).incidents)


@pytest.mark.usefixtures("rules_alone")
def test_the_base_aircraft_took_off_from_is_not_the_target() -> None:
    """«أقلعت من قاعدة في ديار بكر», «أقلعت من القاعدة الجوية في ديار بكر»: where the jets set out;
    the strike was in Syria (a bare country: no place to code)."""
    for text in ("وقال الجيش إن مقاتلات إف-16 أقلعت من قاعدة في ديار بكر وقصفت مواقع لتنظيم داعش في سوريا.",
                 "وأكدت القناة أن مقاتلات تركية أقلعت من القاعدة الجوية في ديار بكر لشن غارات على مواقع المتطرفين في سوريا."):
        found = told(text, THURSDAY)
        assert found, text
        assert all(i.location is None or i.location.admin1_en != "Diyarbakir" for i in found), text


@pytest.mark.usefixtures("rules_alone")
def test_a_strike_on_the_city_itself_stays_there() -> None:
    """Without a take-off verb before it the city is the target."""
    assert _coded("وقصفت طائرات تركية مواقع لحزب العمال الكردستاني في ديار بكر.") == [("Air/drone strike", "Diyarbakir")]


@pytest.mark.usefixtures("rules_alone")
def test_a_future_light_verb_makes_a_plan() -> None:
    """«ستشن غارات», «ستبدأ … في إطار معركة»: the event noun after a سـ+verb is what will be done."""
    for text in ("وأكد الوزير أن بلاده ستشن غارات على تنظيم داعش في شمال سوريا.",
                 "وأكد الوزير أن بلاده ستبدأ قريبا محاربة تنظيم داعش في شمال سوريا في إطار معركة واسعة.",
                 "وقال المتحدث إن قوات التحالف سنواصل غاراتها على مواقع الحوثيين في صعدة."):
        assert analyze(text, THURSDAY).incidents == [], text


@pytest.mark.usefixtures("rules_alone")
def test_what_was_done_before_the_future_verb_stays_told() -> None:
    """The plan's reach starts at the verb and stops at a past time: «بعد أن قصفت أمس معسكرا» is told."""
    text = "وقال المتحدث إن قوات التحالف ستواصل غاراتها على مواقع الحوثيين في صعدة بعد أن قصفت أمس معسكرا في مدينة صعدة."
    assert _coded(text) == [("Air/drone strike", "Sadah")]


ARRESTS_ABROAD = ("أعلن الجيش المصري مقتل خمسة مسلحين في قصف جوي جنوب مدينة رفح أمس. "
                  "واعتقلت القوات الأمنية 14 مشتبها بهم في مدينة العريش.")
DEFUSED_ABROAD = ("أعلنت الشرطة التركية مقتل شرطي في هجوم بمدينة ماردين أمس. "
                  "وأبطلت الشرطة التركية مفعول عبوة ناسفة قرب مقر الحزب في مدينة أنقرة.")
DEFUSED_BY_NO_ONE = ("أعلنت الشرطة التركية مقتل شرطي في هجوم بمدينة ماردين أمس. "
                     "وأبطل خبراء المتفجرات مفعول عبوة ناسفة قرب مقر الحزب في مدينة أنقرة.")
ARRESTS_IN_YEMEN = ("أعلن الجيش اليمني مقتل خمسة مسلحين حوثيين في قصف جوي جنوب مدينة تعز أمس. "
                    "واعتقلت القوات الأمنية 14 مشتبها بهم في مدينة عدن.")


def test_arrests_and_defused_bombs_abroad_are_coded() -> None:
    """The codability model (fitted on Yemen's news) sets these aside; outside Yemen they are coded."""
    assert ("Arrests", "North Sinai") in _coded(ARRESTS_ABROAD)
    assert ("Disrupted weapons use", "Ankara") in _coded(DEFUSED_ABROAD)


@pytest.fixture
def model_says_no(monkeypatch):  # type: ignore[no-untyped-def]
    """The codability model turned against every candidate (its threshold above any probability), so
    what is coded is only what a rule keeps whatever the model says; the tests below then hold
    whatever a refit of the model decides for their sentences."""
    from core.incidents import codability

    fitted = dict(codability.model())
    fitted["threshold"] = 1.01
    monkeypatch.setattr(codability, "model", lambda: fitted)


@pytest.mark.usefixtures("model_says_no")
def test_a_defused_bomb_with_no_named_doer_is_still_judged_by_the_model() -> None:
    """«أبطل خبراء المتفجرات …»: no party named as the doer; the model's call stands (here: no),
    where the same bomb defused by the Turkish police is kept."""
    an = analyze(DEFUSED_BY_NO_ONE, THURSDAY)
    assert all(i.sub_event_type != "Disrupted weapons use" for i in an.incidents)
    assert any(i.sub_event_type == "Disrupted weapons use" for i in an.set_aside)
    assert ("Disrupted weapons use", "Ankara") in _coded(DEFUSED_ABROAD)


@pytest.mark.usefixtures("model_says_no")
def test_arrests_in_yemen_are_still_judged_by_the_model() -> None:
    an = analyze(ARRESTS_IN_YEMEN, THURSDAY)
    assert all(i.sub_event_type != "Arrests" for i in an.incidents)
    assert any(i.sub_event_type == "Arrests" and "unlikely" in i.flags for i in an.set_aside)


def _casualties(text: str) -> list[str]:
    doc = analyze(text, THURSDAY).doc
    return [e.attrs["role"] for e in doc.entities if e.label == "CASUALTY"]


def test_casualties_that_did_not_happen_are_none() -> None:
    """«دون وقوع أية إصابات أو خسائر بشرية», «دون سقوط ضحايا», «لم يسفر الانفجار عن خسائر بشرية»."""
    for text in ("وفجرت قوات الأمن العبوات عن بعد دون وقوع أية إصابات أو خسائر بشرية.",
                 "وانفجرت عبوة ناسفة في مدينة العريش دون سقوط ضحايا.",
                 "وانفجرت عبوة ناسفة في مدينة العريش ولم يسفر الانفجار عن خسائر بشرية."):
        assert _casualties(text) == [], text


def test_without_and_no_occurrence_word_keeps_the_killing() -> None:
    """«دون مقاومة وقتلوا ثلاثة»: «دون» says how they entered; the killing is told."""
    assert "killed" in _casualties("واقتحم المسلحون القرية دون مقاومة وقتلوا ثلاثة مدنيين.")
    assert "killed" in _casualties("وانفجرت عبوة ناسفة في مدينة العريش أسفرت عن خسائر بشرية.")


@pytest.mark.usefixtures("rules_alone")
def test_a_blast_with_no_casualties_has_no_unknown_toll() -> None:
    incs = analyze("وانفجرت عبوة ناسفة في مدينة العريش دون وقوع خسائر بشرية.", THURSDAY).incidents
    assert len(incs) == 1 and "fatalities_unknown" not in incs[0].flags


def _actors(text: str) -> list[str]:
    return [e.attrs.get("name_en", "") for e in analyze(text, THURSDAY).doc.entities if e.label == "ARMED_ACTOR"]


def test_central_security_forces_are_the_police_outside_yemen() -> None:
    """«قوات الأمن المركزي» in Egypt are its riot police, not Yemen's Saleh loyalists."""
    names = _actors("وشاركت قوات الأمن المركزي في الحملات الأمنية بمدينة العريش في شمال سيناء بمصر أمس.")
    assert "Police Forces of Egypt" in names and "Saleh Loyalist Forces" not in names


def test_central_security_forces_in_yemen_stay_saleh_loyalists() -> None:
    names = _actors("وقصفت قوات الأمن المركزي الموالية للمخلوع صالح أحياء مدينة تعز أمس واشتبكت مع المقاومة الشعبية.")
    assert "Saleh Loyalist Forces" in names


@pytest.mark.usefixtures("rules_alone")
def test_ain_al_hilweh_is_a_camp_of_south_lebanon() -> None:
    """«مخيم عين الحلوة جنوب لبنان»: the camp at Sidon; without it the killing had no place."""
    text = "قتل القيادي في حركة فتح أمس برصاص مسلحين في مخيم عين الحلوة جنوب لبنان."
    assert [gov for _, gov in _coded(text)] == ["South"]


@pytest.mark.usefixtures("rules_alone")
def test_a_passive_assassination_is_an_attack() -> None:
    """«اغتيل القيادي …»: the passive of «اغتال» tells the killing like the active verb."""
    text = "اغتيل القيادي في حركة فتح أمس في مخيم عين الحلوة جنوب لبنان."
    incs = analyze(text, THURSDAY).incidents
    assert [(i.event_type, i.location.admin1_en) for i in incs] == [("Violence against civilians", "South")]


@pytest.mark.usefixtures("rules_alone")
def test_a_call_to_stop_the_bombing_is_no_strike() -> None:
    """«طالب … بوقف القصف الجوي التركي على مواقع الحزب»: the bombing named after «وقف» is what is to
    stop (like «وقف الاقتتال»), no strike told by the call."""
    for text in ("طالب رئيس إقليم كردستان بوقف القصف الجوي التركي على مواقع حزب العمال الكردستاني في إقليم كردستان.",
                 "وطالب البارزاني بوقف قصف الطائرات التركية على مواقع الحزب في إقليم كردستان."):
        assert analyze(text, THURSDAY).incidents == [], text


@pytest.mark.usefixtures("rules_alone")
def test_the_bombing_itself_is_still_a_strike() -> None:
    assert _coded("وقصفت الطائرات التركية مواقع الحزب في إقليم كردستان.") == [("Air/drone strike", "Erbil")]
