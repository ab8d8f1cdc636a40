"""Who did what to whom: the two sides of an incident, on sentences written for the tests.

The real pipeline reads them with the codability model switched off, so each test pins the rules
alone. The last test pins the actor measure of build_scripts/evaluate_incidents.py.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from core.incidents.model import Incident
from core.pipeline import analyze

DAY = date(2015, 8, 6)
HOUTHIS = "Houthis (Ansar Allah)"
RESISTANCE = "Popular Resistance"
COALITION = "Operation Restoring Hope"


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def incidents(text: str) -> list[Incident]:
    return analyze(text, DAY).incidents


def sides(inc: Incident) -> tuple[str | None, str | None]:
    return (inc.actor1.name_en if inc.actor1 else None, inc.actor2.name_en if inc.actor2 else None)


def one(text: str, sub: str) -> Incident:
    [inc] = [i for i in incidents(text) if i.sub_event_type == sub]
    return inc


@pytest.mark.parametrize("text", [
    # a figure's noun between the figure and the party it counts
    "قتل 12 مسلحا حوثيا أمس في كمين نصبته المقاومة الشعبية قرب مدينة دمت بمحافظة الضالع.",
    "وقالت مصادر محلية إن 9 من مسلحي الحوثي قتلوا في مواجهات مع المقاومة الشعبية في مديرية لودر بمحافظة أبين.",
    "لقي 14 عنصرا من ميليشيات الحوثي مصرعهم في اشتباكات مع المقاومة الشعبية في مدينة تعز.",
    # «في صفوف» after a casualty word
    "وسقط عشرات القتلى في صفوف الحوثيين خلال مواجهات مع رجال المقاومة في مديرية صرواح بمحافظة مأرب.",
])
def test_the_party_counted_among_the_dead_was_hit(text: str) -> None:
    assert sides(one(text, "Armed clash")) == (RESISTANCE, HOUTHIS)


def test_a_place_taken_from_no_one_named_is_taken_from_the_article_s_other_alliance() -> None:
    text = ("قالت مصادر في المقاومة الشعبية إن الحوثيين قصفوا أحياء سكنية في مدينة تعز أمس. "
            "وسيطرت المقاومة الشعبية على مديرية النادرة بمحافظة إب.")
    taken = one(text, "Government regains territory")
    assert sides(taken) == (RESISTANCE, HOUTHIS)
    assert taken.actor2.text == ""  # named in the article, not in the sentence


def test_the_only_party_hit_in_a_fight_faces_the_article_s_other_alliance_first() -> None:
    text = ("أعلنت المقاومة الشعبية تقدمها في مدينة تعز. "
            "وسقط 20 قتيلا في صفوف الحوثيين خلال مواجهات عنيفة في مديرية صرواح بمحافظة مأرب.")
    assert sides(one(text, "Armed clash")) == (RESISTANCE, HOUTHIS)


def test_an_air_strike_gets_its_flyer_and_its_target_from_the_article() -> None:
    text = "استهدفت غارات جوية مواقع الحوثيين في مدينة تعز. وأشاد المتحدث بدور التحالف العربي."
    assert sides(one(text, "Air/drone strike")) == (COALITION, HOUTHIS)
    text = ("شنت طائرات التحالف العربي غارات على معسكر في مدينة زنجبار بمحافظة أبين. "
            "وقال مصدر إن الحوثيين قصفوا أحياء في مدينة تعز.")
    assert sides(one(text, "Air/drone strike")) == (COALITION, HOUTHIS)


def test_no_side_is_added_without_the_other_alliance_named() -> None:
    # the aircraft are nowhere named, the Houthis alone, before the coalition's campaign (March
    # 2015): what was hit, no striker guessed
    [strike] = [i for i in analyze("استهدفت غارات جوية الحوثيين في مدينة تعز.", date(2015, 3, 20)).incidents
                if i.sub_event_type == "Air/drone strike"]
    assert sides(strike) == (None, HOUTHIS)
    # gunmen of no alliance: no party of an alliance stands in for their foe
    text = "قالت المقاومة الشعبية إن مسلحين مجهولين هاجموا نقطة تفتيش في مدينة عدن."
    assert all(HOUTHIS not in sides(i) for i in incidents(text))


@pytest.mark.parametrize("text", [
    "شنت طائرات الأباتشي غارات مكثفة على مواقع الحوثيين في مديرية حرض بمحافظة حجة.",
    "وقصف الطيران أمس تجمعات للمتمردين الحوثيين في مدينة زنجبار بمحافظة أبين.",
    "واستهدفت غارة لطائرة إف 16 مخزنا للأسلحة تابعا للحوثيين في مديرية صرواح بمحافظة مأرب.",
])
def test_an_air_strike_in_yemen_naming_no_flyer_is_the_coalition_s(text: str) -> None:
    # in Yemen from 26 March 2015 only the coalition flies: no flyer named is still the coalition
    strike = one(text, "Air/drone strike")
    assert sides(strike) == (COALITION, HOUTHIS)
    assert "side_from_article" in strike.flags


def test_no_air_force_is_assumed_where_a_drone_strike_is_told() -> None:
    text = ("قتل ثلاثة من عناصر تنظيم القاعدة في غارة لطائرة بدون طيار في مديرية المحفد بمحافظة أبين. "
            "وقال شهود إن الغارة استهدفت سيارة في مديرية الصعيد بمحافظة شبوة.")
    assert all(COALITION not in sides(i) for i in incidents(text))


def test_each_alliance_holds_one_side() -> None:
    # the resistance the strikes support is on the coalition's side, not what they hit
    text = "نفذت طائرات التحالف العربي غارات مساندة للمقاومة الشعبية استهدفت تجمعات للحوثيين في مدينة زنجبار بمحافظة أبين."
    strike = one(text, "Air/drone strike")
    assert sides(strike) == (COALITION, HOUTHIS)
    assert [a.name_en for a in strike.assoc_actor_1] == [RESISTANCE] and not strike.assoc_actor_2


def test_in_a_clash_between_the_alliances_the_government_s_side_leads() -> None:
    text = "اندلعت اشتباكات عنيفة بين الحوثيين والمقاومة الشعبية في مدينة تعز."
    assert sides(one(text, "Armed clash")) == (RESISTANCE, HOUTHIS)


def test_a_clash_filled_with_the_other_alliance_still_puts_the_government_s_side_first() -> None:
    # the resistance alone is named, as hit: the Houthis the article names are their foe, and in an
    # armed clash (no initiator told) the government's side leads
    text = ("أعلن الحوثيون أنهم يواصلون التقدم في محافظة مأرب. "
            "وقتل خمسة من رجال المقاومة الشعبية في اشتباكات عنيفة بمديرية صرواح.")
    assert sides(one(text, "Armed clash")) == (RESISTANCE, HOUTHIS)


def test_a_fight_naming_no_party_is_between_the_article_s_two_alliances() -> None:
    text = ("قالت المقاومة الشعبية إن الحوثيين قصفوا أحياء سكنية في مدينة تعز أمس. "
            "ودارت مواجهات عنيفة في منطقة كلابة بمديرية القاهرة أسفرت عن مقتل 16 متمردا.")
    assert sides(one(text, "Armed clash")) == (RESISTANCE, HOUTHIS)
    # only one alliance in the article: no foe guessed
    text = ("قال سكان إن الحوثيين قصفوا أحياء سكنية في مدينة تعز أمس. "
            "ودارت مواجهات عنيفة في منطقة كلابة بمديرية القاهرة أسفرت عن مقتل 16 شخصا.")
    assert sides(one(text, "Armed clash")) == (None, None)


def test_a_party_reporting_what_another_did_is_the_source_not_a_side() -> None:
    text = "قالت المقاومة الشعبية إن الحوثيين قصفوا أحياء سكنية في مدينة تعز أمس."
    assert sides(one(text, "Shelling/artillery/missile attack")) == (HOUTHIS, "Civilians (Yemen)")
    # what it says opens with its own fighters: the speaker is the side acting
    text = "وقالت المقاومة الشعبية إن مقاتليها قصفوا مواقع الحوثيين في مدينة تعز أمس."
    assert sides(one(text, "Shelling/artillery/missile attack")) == (RESISTANCE, HOUTHIS)


def test_allies_named_on_both_sides_of_a_fight_are_one_side() -> None:
    # the army supporting the resistance is not what it fought; the foe comes from the article
    text = ("قال شهود إن المقاومة الشعبية وقوات الجيش الوطني خاضت معارك ضد الحوثيين في لحج. "
            "وتمكنت المقاومة الشعبية وبمساندة من قوات الجيش الموالية للشرعية من السيطرة على التلال "
            "المطلة على مديرية المسيمير بمحافظة لحج.")
    taken = one(text, "Government regains territory")
    assert sides(taken) == (RESISTANCE, HOUTHIS)
    assert [a.name_en for a in taken.assoc_actor_1] == ["Military Forces of Yemen (2012-)"]


def test_civilians_hit_are_those_of_the_country_of_the_place() -> None:
    text = ("وصلت سفينة مساعدات إلى ميناء عدن أمس، واستهدفت قذائف أطلقها الحوثيون منازل المواطنين "
            "في محافظة ظهران الجنوب بمنطقة عسير.")
    [shelling] = [i for i in incidents(text) if i.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling.location.country == "Saudi Arabia"
    assert shelling.actor2.name_en == "Civilians (Saudi Arabia)"


UNIDENTIFIED_SA = "Unidentified Armed Group (Saudi Arabia)"
POLICE_SA = "Police Forces of Saudi Arabia"


def test_a_bomb_against_state_forces_is_set_off_by_an_unidentified_group() -> None:
    # «قوات الطوارئ الخاصة» is the police; the mosque named after them was hit, not the bomber
    text = "استهدف تفجير انتحاري ظهر أمس مسجد قوات الطوارئ الخاصة في مدينة أبها بمنطقة عسير، ما أسفر عن مقتل سبعة أشخاص."
    assert sides(one(text, "Suicide bomb")) == (UNIDENTIFIED_SA, POLICE_SA)
    text = "انفجرت عبوة ناسفة أمس في دورية للشرطة على طريق رئيسي في مدينة الحديدة، ما أدى إلى إصابة ثلاثة من رجال الشرطة."
    assert sides(one(text, "Remote explosive/landmine/IED")) == ("Unidentified Armed Group (Yemen)", "Police Forces of Yemen")
    # its maker named: kept
    text = "فجر مسلحون من تنظيم القاعدة سيارة مفخخة أمام مبنى الأمن في مدينة المكلا بمحافظة حضرموت."
    assert sides(one(text, "Remote explosive/landmine/IED"))[0] == "AQAP: Al Qaeda in the Arabian Peninsula"
    # a landmine left with no one named: no maker guessed
    text = "قتل ثلاثة مدنيين أمس في انفجار لغم أرضي على الطريق بين زنجبار والكود بمحافظة أبين."
    assert sides(one(text, "Remote explosive/landmine/IED")) == (None, "Civilians (Yemen)")


def test_the_security_men_among_the_dead_come_before_the_worshippers() -> None:
    text = ("فجر انتحاري نفسه في جموع المصلين داخل مسجد بمدينة أبها بمنطقة عسير أمس. "
            "ونتج عن الحادث مقتل تسعة مصلين، أربعة منهم من رجال الأمن.")
    bomb = one(text, "Suicide bomb")
    assert sides(bomb) == (UNIDENTIFIED_SA, POLICE_SA)
    assert [a.name_en for a in bomb.assoc_actor_2] == ["Civilians (Saudi Arabia)"]


# -- the actor measure of the gold score ---------------------------------------------------------

ROOT = Path(__file__).resolve().parents[3]


def _evaluate():
    if "evaluate_incidents" not in sys.modules:
        spec = importlib.util.spec_from_file_location("evaluate_incidents", ROOT / "build_scripts" / "evaluate_incidents.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["evaluate_incidents"] = module
        spec.loader.exec_module(module)
    return sys.modules["evaluate_incidents"]


def test_actor_names_of_both_files_fall_in_the_same_groups() -> None:
    group = _evaluate().actor_group
    assert group("Saudi-led Coalition") == group("Operation Restoring Hope") == group("Saudi Arabia military") == "coalition"
    assert group("Houthis") == group("Houthis (Ansar Allah)") == group("Saleh forces (Republican Guard)") == "houthi"
    assert group("Military Forces of Yemen (Saleh)") == "houthi"  # Saleh's units are on the Houthis' side
    assert group("Government of Yemen") == group("Military Forces of Yemen (2012-)") == "yemen gov"
    assert group("Saudi Arabia police") == group("Police Forces of Saudi Arabia (Special Emergency Forces)") == "saudi police"
    assert group("ISIS") == group("Islamic State (Yemen)") == "islamic state"
    assert group("Unidentified armed group") == group("Unidentified Armed Group (Yemen)") == "unidentified"
    assert group(None) == group("") == "-" and group("WFP") == "other"


def test_the_actor_score_counts_sides_sets_and_order() -> None:
    score = _evaluate().actor_score([
        (("Popular Resistance", "Houthis"), ("Popular Resistance", "Houthis (Ansar Allah)")),  # right
        (("Popular Resistance", "Houthis"), ("Houthis (Ansar Allah)", "Popular Resistance")),  # reversed
        (("Saudi-led coalition", "Houthis"), ("Operation Restoring Hope", None)),  # actor2 missing
    ])
    assert (score["n"], score["actor1"], score["actor2"], score["set"], score["order"]) == (3, 2, 1, 2, 1)
    assert score["errors"] == {("reversed", "resistance / houthi", "houthi / resistance"): 1,
                               ("actor2", "houthi", "-"): 1}


def test_the_strict_actor_measure_keeps_other_wars_apart() -> None:
    """The groups put every actor of another war in "other": Syria's army and the rebels it fights
    agreed. The strict measure compares the names, ACLED's bracketed country or period left out."""
    evaluate = _evaluate()
    name = evaluate.actor_name
    assert name("Military Forces of Syria (2000-)") == name("military forces of syria") == "military forces of syria"
    assert name("Islamic State (Iraq)") == name("Islamic State (Syria)") == "islamic state"
    assert name(None) == name("") == name(" ( ) ") == "-"
    pairs = [(("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"),
              ("Opposition Rebels (Syria)", "Military Forces of Syria (2000-)"))]
    assert evaluate.actor_score(pairs)["order"] == 1  # both "other" in the groups
    strict = evaluate.actor_score(pairs, key=name)
    assert (strict["actor1"], strict["set"], strict["order"]) == (0, 1, 0)
