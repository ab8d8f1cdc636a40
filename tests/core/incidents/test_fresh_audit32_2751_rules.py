"""Rules added after the audit of fresh SaudiNewsNet articles (seeds 2751 and 2752, session 32):
a sports fixture told with a fight word is no fight; an article opening on a rights group's
statement is a retold rights report even when its headline does not name the group.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

FRIDAY = date(2015, 7, 31)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_friendly_matches_of_a_team_are_no_clash() -> None:
    """«خاض الفريق ثلاث مواجهات ودية»: a football club's training camp, not fighting."""
    for text in ("أنهى نادي الوحدة معسكره في مدينة أبها وخاض خلاله ثلاث مواجهات ودية فاز فيها جميعا.",
                 "وخسر المنتخب اليمني أمس في مباراة ودية أمام نظيره العماني في مدينة صلالة.",
                 "ويلتقي الفريق في المواجهة الودية الثانية مع نادي الشعلة في مدينة عدن بعد غد."):
        got = analyze(text, FRIDAY)
        assert got.incidents == [] and got.set_aside == [], text
    # a real fight in the same words stays one
    got = analyze("ودارت مواجهات عنيفة بين المقاومة الشعبية والحوثيين في مدينة عدن أمس.", FRIDAY)
    assert [i.event_type for i in got.incidents] == ["Battles"]


def test_an_article_opening_on_a_rights_group_is_a_rights_report() -> None:
    """«الحوثيون قصفوا أحياء تعز» as headline, «قالت منظمة العفو الدولية …» as opening: the
    article retells the group's report, set aside as under a headline naming the group."""
    text = ("قالت منظمة العفو الدولية أمس إن الحوثيين قصفوا أحياء سكنية في مدينة تعز بقذائف الهاون.\n"
            "وأضافت المنظمة أن القصف أصاب منازل المدنيين في حي الروضة.")
    report = analyze(text, FRIDAY, "الحوثيون قصفوا أحياء تعز")
    assert report.incidents == []
    assert report.set_aside and all("rights_report" in i.flags for i in report.set_aside)
    text = ("دانت منظمة هيومن رايتس ووتش أمس قصف الحوثيين لأحياء سكنية في مدينة عدن بالصواريخ.\n"
            "وقالت المنظمة إن الصواريخ أصابت منازل في حي المنصورة.")
    report = analyze(text, FRIDAY, "قصف عشوائي على عدن")
    assert report.incidents == [] and report.set_aside


def test_a_news_lead_with_a_report_word_or_a_minister_stays_news() -> None:
    """An outlet's own «في تقرير موسع», a minister for human rights, a monitor of the day's fighting
    («المرصد السوري لحقوق الإنسان») or a group named late in the first sentence do not make the
    article a rights report; nor does the group's opening keep a deed told with its own day."""
    text = "قال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت مدينة داريا بريف دمشق بالمدفعية أمس."
    assert [i.event_type for i in analyze(text, FRIDAY, "قصف على داريا").incidents] == ["Explosions/Remote violence"]
    text = "طالبت منظمة العفو الدولية الحوثيين بالإفراج عن الناشط أحمد صالح الذي اختطف الثلاثاء الماضي في مدينة ذمار."
    [abduction] = analyze(text, FRIDAY, "مطالبة بالإفراج عن ناشط").incidents
    assert abduction.location is not None and abduction.location.admin1_en == "Dhamar"
    for text in ("عدن - في تقرير موسع، قصفت ميليشيات الحوثي أمس حي المعلا في مدينة عدن بالمدفعية الثقيلة.",
                 "قال وزير حقوق الإنسان اليمني أمس إن ميليشيات الحوثي قصفت حي المعلا في مدينة عدن بالمدفعية الثقيلة.",
                 "قصفت ميليشيات الحوثي أمس حي المعلا في مدينة عدن بالمدفعية الثقيلة، في هجوم دانته منظمة العفو الدولية."):
        got = analyze(text, FRIDAY, "قصف حوثي على عدن")
        assert [i.event_type for i in got.incidents] == ["Explosions/Remote violence"], text


def test_the_brigades_of_the_revolutionaries_are_the_countrys_own() -> None:
    """«كتائب الثوار» is what a Saudi daily calls Yemen's resistance («أكملت كتائب الثوار سيطرتها
    على …» in Abyan): resolved by the article's country like «الثوار», Syria's rebels only in Syria."""
    def actors(text: str) -> list[tuple[str | None, str | None]]:
        return [(i.actor1 and i.actor1.name_en, i.actor2 and i.actor2.name_en) for i in analyze(text, FRIDAY).incidents]
    assert actors("وأكملت كتائب الثوار سيطرتها على معسكر اللواء 15 في ضواحي مدينة زنجبار بمحافظة أبين بعد معارك مع الحوثيين.") \
        == [("Popular Resistance", "Houthis (Ansar Allah)")]
    assert actors("وسيطرت كتائب الثوار على بلدة في ريف إدلب بعد اشتباكات مع قوات النظام السوري.") \
        == [("Opposition Rebels (Syria)", "Military Forces of Syria (2000-)")]
