"""Session 43 (s43-left): shapes the last session saw and left alone.

- A party right after the purpose «ل» + a noun of fighting («لمحاربة داعش», «لقتال تنظيم الدولة»,
  «للتصدي لتنظيم داعش»; `purpose_party_nouns`) is whom someone means to fight, no side of the event
  told in the clause — unless it is the only party named, it follows a coalition's or a campaign's
  name («التحالف الدولي لمحاربة …», «الحملة العسكرية لمواجهة …»; `purpose_party_names`), or the
  purpose noun is the event's own trigger (`actors.ActorFinder._purpose_party`).
- «كمين/كمائن» as a security checkpoint — a fixed/mobile adjective after it («كمائن أمنية ثابتة»)
  or a verb of setting up before it («إقامة ثلاثة كمائن», «أنشأت كمينا») — is no ambush
  (`detect._checkpoint`).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import coded

TUESDAY = date(2015, 7, 28)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _sides(text: str) -> list[tuple]:
    return coded(text, TUESDAY, "event_type", "actor1", "actor2")


def test_group_trained_to_fight_is_not_a_party_of_the_clash() -> None:
    text = ("قتل خمسة من أفراد الفرقة 30 التي تلقت تدريبات لمحاربة داعش في اشتباكات مع جبهة النصرة "
            "في ريف حلب الشمالي.")
    told = _sides(text)
    assert told and all("Islamic State" not in a1 + a2 for _, a1, a2 in told)
    assert {a1 for _, a1, _ in told} | {a2 for _, _, a2 in told} >= {"Jabhat al Nusra", "Division 30"}


def test_force_built_to_fight_after_a_head_word_is_not_a_party() -> None:
    text = ("شنت جبهة النصرة هجوما في ريف حلب الشمالي الليلة الماضية استهدف مقاتلين تلقوا تدريبات "
            "ضمن برنامج تقوده الولايات المتحدة لبناء قوة لمحاربة تنظيم داعش.")
    told = _sides(text)
    assert told and all("Islamic State" not in a1 + a2 for _, a1, a2 in told)


def test_coalition_named_for_its_enemy_still_strikes_it() -> None:
    text = "شنت طائرات التحالف الدولي لمحاربة تنظيم الدولة الإسلامية غارات على مدينة الرقة."
    told = _sides(text)
    assert told and any(a2.startswith("Islamic State") for _, _, a2 in told)


def test_only_party_named_stays() -> None:
    # nobody else is named: the purpose's party is the only reading left, as before
    text = ("وصلت تعزيزات عسكرية إلى مدينة الرمادي لقتال تنظيم داعش، واندلعت اشتباكات عنيفة "
            "في المدينة أمس أسفرت عن مقتل 12 عنصرا من التنظيم.")
    assert any("Islamic State" in a1 + a2 for _, a1, a2 in _sides(text))


def test_mobilising_to_fight_codes_no_event() -> None:
    # a meeting that agrees to mobilise fighters «لمواجهة …» tells an aim, no fight: nothing coded
    # (a "nothing here" test: it passes when nothing is coded, which is what it pins)
    text = ("شهدت مديرية الصعيد في محافظة شبوة اجتماعا للمقاومة وزعماء القبائل، واتفق الحاضرون على "
            "حشد المقاتلين لمواجهة المتمردين الحوثيين وقوات المخلوع صالح.")
    assert _sides(text) == []


def _purpose_party(text: str, party: str, trigger: str | None) -> bool:
    """`ActorFinder._purpose_party` asked about `party` with, as the event's trigger, the span of
    `trigger` (or none)."""
    from core.incidents.actors import ActorFinder
    from core.pipeline import analyze

    finder = ActorFinder(analyze(text, TUESDAY).doc)
    span = next(s for s in finder.spans if party in s.text)
    triggers = [(text.index(trigger), text.index(trigger) + len(trigger))] if trigger else []
    return finder._purpose_party(0, span, triggers)


def test_purpose_noun_that_is_the_trigger_keeps_its_party() -> None:
    text = "أرسلت الحكومة تعزيزات لمحاربة تنظيم داعش في مدينة الرمادي"
    assert _purpose_party(text, "داعش", None)  # whom the reinforcements mean to fight
    assert not _purpose_party(text, "داعش", "لمحاربة")  # the purpose noun is the event told: a side


def test_checkpoints_set_up_are_no_ambush() -> None:
    text = ("انتهت قوات الجيش في مركز الشيخ زويد من إقامة ثلاثة كمائن أمنية ثابتة جديدة شديدة التحصين، "
            "كما أنشأت كمينا بمنطقة دوار القادود في مدينة رفح.")
    assert _sides(text) == []


def test_fixed_checkpoints_on_roads_are_no_ambush() -> None:
    assert _sides("وتواجدت بطرق السويس والإسماعيلية كمائن أمنية ثابتة ودوريات لقوات الشرطة.") == []


def test_ambush_laid_stays_an_ambush() -> None:
    text = "نصب عناصر تنظيم داعش كمينا لدورية للجيش في مدينة العريش أمس وقتلوا ثلاثة جنود."
    assert [e for e, _, _ in _sides(text)] == ["Battles"]


def test_killed_in_an_ambush_stays_an_ambush() -> None:
    text = "قتل خمسة جنود في كمين استهدف دورية للجيش قرب مدينة العريش في شمال سيناء."
    assert [e for e, _, _ in _sides(text)] == ["Battles"]
