"""Defects found reviewing the rules merged in session 21 (review21i).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 3)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_indefinite_wounding_after_la_takes_the_figure_after_it() -> None:
    """«ما أدى لإصابة 4 مواطنين»: the indefinite «لإصابة» governs the figure after it (as «إصابة»
    does); only the definite «للإصابة» («تعرض خمسة … للإصابة») takes a figure before it."""
    text = "أطلق الحوثيون قذائف على حي الروضة في تعز ما أدى لإصابة 4 مواطنين."
    assert [i.injured for i in analyze(text, DAY).incidents] == [4]
    text = "قتل 3 مدنيين في قصف حوثي على تعز أدى لإصابة 5 آخرين."
    assert [(i.fatalities, i.injured) for i in analyze(text, DAY).incidents] == [(3, 5)]


def test_wounded_told_after_the_killed_do_not_take_their_figure() -> None:
    """«قتل 3 مدنيين … وتعرض آخرون للإصابة»: the figure before «للإصابة» is the killed's (the
    «قتل» phrase counts it); the wounded are others, their number untold. «وتعرض ثلاثة مدنيين
    للإصابة» alone still counts three."""
    text = "قتل 3 مدنيين في قصف حوثي على تعز وتعرض آخرون للإصابة."
    assert [(i.fatalities, i.injured) for i in analyze(text, DAY).incidents] == [(3, None)]
    text = "قصف الحوثيون بلدة الوازعية بمحافظة تعز، وتعرض ثلاثة مدنيين للإصابة."
    assert [i.injured for i in analyze(text, DAY).incidents] == [3]


def test_the_village_civilians_live_in_is_where_their_homes_were_shelled() -> None:
    """«منازل المواطنين المقيمين في قرية الصراري»: residents live where the shelling hit; the
    seat rule («الحكومة المقيمة في الرياض») had dropped the place and with it the whole shelling."""
    text = "قصفت الميليشيات الحوثية منازل المواطنين المقيمين في قرية الصراري بمديرية صبر الموادم."
    assert [i.location.admin1_en for i in analyze(text, DAY).incidents if i.location] == ["Taizz"]
    text = "أعلنت الحكومة اليمنية المقيمة في الرياض أن قوات الجيش استعادت أمس مدينة الحوطة من الحوثيين."
    assert [i.location.admin1_en for i in analyze(text, DAY).incidents if i.location] == ["Lahij"]


def test_one_death_of_the_other_side_adds_to_the_figure() -> None:
    """«قتل ثلاثة من مسلحي الحوثي …، فيما لقي جندي من الجيش حتفه»: the soldier is no one of the
    three Houthis, so four dead; the one man's death of the same side (or of no side named) is
    still among the figure told before it (7a62a07)."""
    text = "قتل ثلاثة من مسلحي الحوثي في اشتباكات مع الجيش في مأرب، فيما لقي جندي من الجيش حتفه."
    assert [i.fatalities for i in analyze(text, DAY).incidents] == [4]
    text = "قتل نحو 29 من مسلحي الحوثي في اشتباكات مع الجيش في مأرب، ولقي القيادي الحوثي أبو علي مصرعه."
    assert [i.fatalities for i in analyze(text, DAY).incidents] == [29]
    text = "قتل نحو 29 من مسلحي الحوثي في اشتباكات مع الجيش في مأرب. ولقي القيادي أبو علي مصرعه في المعارك."
    assert [i.fatalities for i in analyze(text, DAY).incidents] == [29]


def test_another_countrys_national_guard_is_no_saudi_force() -> None:
    """«الحرس الوطني» bare is the Saudi National Guard (4b84383); «الحرس الوطني العراقي/الكويتي/
    الأمريكي» and the Iraqi «قانون الحرس الوطني» are not."""
    def saudi(text: str) -> list[str]:
        return [s.text for s in analyze(text, DAY).entities
                if s.label == "ARMED_ACTOR" and "Saudi" in (s.attrs.get("name_en") or "")]
    assert saudi("هاجم مسلحون دورية للحرس الوطني العراقي في الأنبار وقتلوا 4 من أفرادها.") == []
    assert saudi("ناقش البرلمان العراقي أمس مشروع قانون الحرس الوطني.") == []
    assert saudi("استشهد جندي من الحرس الوطني بقذيفة أطلقها الحوثيون على نجران.") == ["الحرس الوطني"]


def test_things_hit_are_no_wounded() -> None:
    """«وتعرضت 3 مدارس و5 محلات تجارية للإصابة»: shops hit, no one wounded (the figure before
    «للإصابة» must count people, casualties.json needs_person); «وتعرض ثلاثة أطفال للإصابة» still
    counts three."""
    text = "أطلق الحوثيون قذائف على مدينة نجران، وتعرضت 3 مدارس و5 محلات تجارية للإصابة."
    assert all(i.injured is None for i in analyze(text, DAY).incidents)
    text = "قصف الحوثيون بلدة الوازعية بمحافظة تعز، وتعرض ثلاثة أطفال للإصابة."
    assert [i.injured for i in analyze(text, DAY).incidents] == [3]


def test_meeting_resistance_is_not_dying() -> None:
    """«لقي» names who died only in the idiom «لقي … حتفه/مصرعه» (7edb6fc); «لقي الحوثيون مقاومة
    شرسة … خلال محاولتهم اقتحام» is the Houthis meeting resistance: they attacked."""
    text = "لقي الحوثيون مقاومة شرسة من أبناء القبائل خلال محاولتهم اقتحام مديرية صرواح."
    assert [i.actor1.name_en for i in analyze(text, DAY).incidents if i.actor1] == ["Houthis (Ansar Allah)"]
    text = "لقي جندي سعودي حتفه بقذيفة أطلقها الحوثيون على جازان."
    assert [(i.actor1.name_en, i.actor2.name_en) for i in analyze(text, DAY).incidents if i.actor1 and i.actor2] \
        == [("Houthis (Ansar Allah)", "Military Forces of Saudi Arabia (2015-)")]


def test_a_fight_elsewhere_after_a_shelling_is_no_answer_to_it() -> None:
    """«تعرضت مواقع الجيش في صرواح لقصف حوثي، وفي مديرية دمت بالضالع قامت المقاومة بالتصدي
    للعدوان وقتلت 6»: a fight in another governorate than the shelling's is a fight of its own, not
    the answer to that fire (5fb3536), nor a shelling with the fight's dead."""
    text = ("تعرضت مواقع الجيش في صرواح لقصف حوثي، وفي مديرية دمت بالضالع قامت المقاومة بالتصدي للعدوان "
            "وقتلت 6 من الحوثيين.")
    got = sorted((i.sub_event_type, i.location.admin1_en, i.fatalities) for i in analyze(text, DAY).incidents)
    assert got == [("Armed clash", "Ad Dali", 6), ("Shelling/artillery/missile attack", "Marib", None)]


def test_confronting_this_aggression_is_the_answer_too() -> None:
    """aggression_objects holds two-word entries («لهذا العدوان») that the one-token test of
    5fb3536 never matched: «بالتصدي لهذا العدوان» after the shelling is its answer as well."""
    text = ("وتعرض مركز حدودي بقطاع الخوبة في منطقة جازان صباح أمس لقذائف كثيفة من داخل الأراضي اليمنية، "
            "حيث تم التعامل مع الموقف بالتصدي لهذا العدوان، ونتج عن ذلك استشهاد جنديين.")
    assert [(i.sub_event_type, i.fatalities) for i in analyze(text, DAY).incidents] == [
        ("Shelling/artillery/missile attack", 2)]
