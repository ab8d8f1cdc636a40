"""Rules added after a quick pass over fresh non-Yemen articles (seed 2851, session 33): a party
named after «من قبل/على يد/بواسطة» is the doer whatever the clause named before it; the fighting a
force's strength or skill is measured in is no fight.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

SATURDAY = date(2015, 8, 1)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _shelling(text: str):
    return [i for i in analyze(text, SATURDAY).incidents if i.sub_event_type == "Shelling/artillery/missile attack"]


def test_a_party_after_min_qibal_leads_the_shelling() -> None:
    """«اشتباكات بين الجيش والحوثيين، تخللها قصف من قبل الميليشيات على مواقع الجيش»: the militia
    shelled, though the army is named first in the clause."""
    got = _shelling("ودارت اشتباكات أمس في مديرية صرواح بين الجيش الوطني وميليشيات الحوثي، "
                    "تخللها قصف من قبل الميليشيات على مواقع الجيش بقذائف الهاون.")
    assert got and got[0].actor1 and got[0].actor1.name_en == "Houthis (Ansar Allah)"
    got = _shelling("وتعرضت قوات الأمن العراقية لهجوم بقذائف الهاون من قبل مسلحي داعش قرب مدينة الرمادي أمس.")
    assert got and got[0].actor1 and got[0].actor1.name_en.startswith("Islamic State")
    # no marker: the first party shelled
    got = _shelling("وقصفت قوات النظام أمس مواقع فصائل المعارضة في بلدة تل رفعت بريف حلب بقذائف المدفعية.")
    assert got and got[0].actor1 and got[0].actor1.name_en.startswith("Military Forces of Syria")


def test_fighting_a_force_is_measured_in_is_no_fight() -> None:
    """«أقر الرئيس بتراجع قدرات جيشه في المعارك»: a statement on the army's strength."""
    for text in ("وأقر الرئيس السوري خلال لقائه ببعض أنصاره في دمشق بتراجع قدرات جيشه في المعارك.",
                 "وقال المصدر إن عناصر التنظيم في مدينة الموصل يتمتعون بخبرة طويلة في القتال."):
        assert analyze(text, SATURDAY).incidents == [], text
    # the fight that weakened a force is told
    got = analyze("قالت مصادر إن قدرات الحوثيين تراجعت بعد اشتباكات عنيفة مع المقاومة في مدينة تعز أمس.", SATURDAY)
    assert [i.event_type for i in got.incidents] == ["Battles"]


def test_a_party_helped_by_the_strikes_is_not_their_target() -> None:
    """«غارات التحالف … ساعدت قوات البيشمركة على استعادة مواقع»: the Peshmerga were helped, not hit."""
    for text in ("وقال البيان إن غارات التحالف التي نفذت هذا الأسبوع ساعدت قوات البيشمركة على استعادة مواقع قرب مدينة سنجار.",
                 "وشنت طائرات التحالف غارات على مواقع داعش قرب مدينة سنجار ساعدت قوات البيشمركة على التقدم."):
        strikes = [i for i in analyze(text, SATURDAY).incidents if i.sub_event_type == "Air/drone strike"]
        assert strikes, text
        hit = [strikes[0].actor2, *strikes[0].assoc_actor_2]
        assert not any(a is not None and "Peshmerga" in a.name_en for a in hit), text
