"""Rules added after the fresh-article audit a20 (seeds 2011–2013: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 3)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _governorates(incidents) -> list[str]:
    return sorted(i.location.admin1_en for i in incidents if i.location is not None)


def test_the_fronts_soldiers_refused_to_join_are_not_where_the_fight_was() -> None:
    """«رفضوا أوامر بالنزول للمشاركة في جبهات القتال في عدن ولحج ومأرب»: the places after a cue
    of taking part (and the list after the first) are where they were to go and fight; the fight
    told is the one in the camp near Sanaa, no clash in Aden, Lahij or Marib."""
    text = ("قالت مصادر محلية إن قتلى وجرحى سقطوا في اشتباكات نشبت أمس داخل معسكر للجيش في منطقة "
            "الصباحة غرب العاصمة صنعاء، وذكرت المصادر أن قيادات تدخلت لوقف الاشتباكات التي اندلعت "
            "بسبب رفض الجنود أوامر بالذهاب للمشاركة في جبهات القتال في عدن ولحج ومأرب.")
    incidents = analyze(text, DAY).incidents
    assert [i.event_type for i in incidents] == ["Battles"]
    assert _governorates(incidents) in (["Sanaa"], ["Amanat al Asimah"])


def test_fighters_sent_to_fight_in_a_town_place_nothing_there() -> None:
    """«أرسلت الميليشيات مقاتلين للقتال في تعز» beside a shelling of Ibb: the shelling is Ibb's,
    Taizz is where the fighters were sent."""
    text = ("قصفت الميليشيات الحوثية أمس أحياء مدينة إب بعد أن أرسلت عشرات المقاتلين للقتال في تعز.")
    incidents = analyze(text, DAY).incidents
    assert _governorates(incidents) == ["Ibb"]


def test_an_office_that_suffered_a_raid_is_a_raid_not_a_fight() -> None:
    """«تعرض مكتبها في صنعاء لعملية اقتحام من مسلحين حوثيين»: a raid told passively, the premises
    (with its owner's pronoun) right after the verb of suffering, is a raid on it (Looting/property
    destruction), not an armed clash with an opponent no one named."""
    text = ("أعلنت صحيفة محلية تعرض مكتبها في صنعاء لعملية اقتحام من مسلحين حوثيين مساء الأحد، "
            "وقالت إن المسلحين قاموا بنهب أجهزتها وطرد العاملين فيها.")
    incidents = analyze(text, DAY).incidents
    assert [(i.event_type, i.sub_event_type) for i in incidents] == [
        ("Strategic developments", "Looting/property destruction")]


def test_a_house_that_suffered_a_raid_is_a_raid_but_a_camp_is_a_fight() -> None:
    """«تعرض منزل الصحفي … في مدينة إب لاقتحام»: the house raided; «تعرض معسكر اللواء … لهجوم
    واقتحام» is a camp, the fight stays."""
    house = analyze("تعرض منزل الصحفي محمد العبسي في مدينة إب لاقتحام من قبل مسلحين حوثيين أمس.", DAY).incidents
    assert [i.sub_event_type for i in house] == ["Looting/property destruction"]
    camp = analyze("تعرض معسكر اللواء 35 في تعز لهجوم واقتحام من مسلحين حوثيين أمس.", DAY).incidents
    assert [i.event_type for i in camp] == ["Battles"]


def test_the_fighting_a_man_fled_is_no_fight_told() -> None:
    """«قيادي حوثي حاول الهرب من المعارك في المدينة»: the fighting fled is the setting of the
    arrest, no clash of its own; «فروا من المعارك من جبهتي …» neither."""
    text = ("ألقت نقطة تفتيش تابعة للمقاومة الشعبية في تعز القبض على قيادي حوثي حاول الهرب من "
            "المعارك في المدينة متنكرا بزي امرأة.")
    assert "Battles" not in [i.event_type for i in analyze(text, DAY).incidents]
    text = "قال سكان إن عشرات المسلحين الحوثيين فروا من المعارك في مدينة الضالع أمس."
    assert analyze(text, DAY).incidents == []


def test_a_shelling_fled_is_still_told() -> None:
    """«هربا من القصف الحوثي على الحي أمس»: only fighting words undo the event; the shelling
    the families fled is told."""
    text = "نزحت مئات الأسر من حي الجحملية في مدينة تعز هربا من القصف الحوثي العنيف على الحي أمس."
    assert [i.sub_event_type for i in analyze(text, DAY).incidents] == ["Shelling/artillery/missile attack"]


def test_a_taking_the_papers_spoke_of_is_told() -> None:
    """«تحدثت الصحف عن سيطرة القوات الموالية للحكومة على مدينة زنجبار»: a verb of telling with
    «عن» governs the noun with its taker as «أعلنت/أكدت» do — territory regained."""
    text = "وتحدثت الصحف الصادرة اليوم، عن سيطرة القوات الموالية للحكومة اليمنية على مدينة زنجبار عاصمة محافظة أبين."
    incidents = analyze(text, DAY).incidents
    assert [(i.sub_event_type, i.location.admin1_en) for i in incidents] == [("Government regains territory", "Abyan")]


def test_a_taking_spoken_of_as_a_need_is_not_told() -> None:
    """«تحدث المحافظ عن ضرورة سيطرة الجيش على …»: a need, not a taking."""
    text = "تحدث محافظ أبين أمس عن ضرورة سيطرة الجيش الوطني على مدينة زنجبار."
    assert analyze(text, DAY).incidents == []


def test_a_clause_naming_no_place_happens_where_the_clause_before_it_was() -> None:
    """«وفي حجة قصفت المدفعية السعودية مواقع الحوثيين في مديرية حرض، فيما شنت طائرات الأباتشي
    غارات على تجمعات للميليشيات»: the air strikes name no place; the clause before them in their
    sentence tells its shelling at Harad — they are there too, not at the place carried from the
    sentence before (Kitaf, whose air strike they were folded into)."""
    text = ("شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مديرية كتاف بمحافظة صعدة. "
            "وفي حجة قصفت المدفعية السعودية أمس مواقع الحوثيين في مديرية حرض، "
            "فيما شنت طائرات الأباتشي غارات مكثفة على تجمعات للميليشيات.")
    incidents = analyze(text, DAY).incidents
    assert sorted((i.sub_event_type, i.location.admin1_en) for i in incidents) == [
        ("Air/drone strike", "Hajjah"), ("Air/drone strike", "Sadah"), ("Shelling/artillery/missile attack", "Hajjah")]


def test_artillery_seen_answering_the_shells_is_its_shelling() -> None:
    """«وشوهدت مدفعية القوات المسلحة السعودية وهي ترد بقوة على مصدر تلك القذائف داخل محافظة
    صعدة»: the fire answered is no event of its own (answered_fire), the answer is — artillery
    answering is the Saudi army's shelling, in Sa'dah."""
    text = ("سقطت أمس أربع قذائف أطلقتها ميليشيات الحوثي على محافظة ظهران الجنوب دون إصابات. "
            "وشوهدت مدفعية القوات المسلحة السعودية وهي ترد بقوة على مصدر تلك القذائف داخل محافظة صعدة اليمنية.")
    incidents = analyze(text, DAY).incidents
    sadah = [i for i in incidents if i.location is not None and i.location.admin1_en == "Sadah"]
    assert [i.sub_event_type for i in sadah] == ["Shelling/artillery/missile attack"]
    assert sadah[0].actor1 is not None and sadah[0].actor1.name_en.startswith("Military Forces of Saudi Arabia")


def test_an_answer_needs_a_weapon_and_strikes_flown_in_answer_are_told_once() -> None:
    """«ردت الحكومة على بيان الحوثيين» answers with words; «شنت طائرات التحالف غارات، ردا على
    هجمات» tells why the strikes were flown: «ردا» is no answer of its own."""
    assert analyze("ردت الحكومة اليمنية أمس على بيان الحوثيين في صنعاء.", DAY).incidents == []
    text = "وفي محافظة مأرب شنت طائرات التحالف أمس غارات أخرى، ردا على هجمات من ميليشيات التمرد."
    kinds = [i.sub_event_type for i in analyze(text, DAY).incidents]
    assert kinds.count("Air/drone strike") == 1
    assert "Armed clash" in kinds  # the attacks answered keep their own reading: «ردا» takes nothing from them
