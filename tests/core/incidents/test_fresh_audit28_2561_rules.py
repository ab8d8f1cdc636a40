"""Rules added after the audit of fresh SaudiNewsNet articles (seed 2561, session 28): a weekday
with a feminine «past» word, and one person killed named by a definite noun.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

FRIDAY = date(2015, 8, 7)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str, day: date = FRIDAY) -> list[tuple[str, str, int | None, str]]:
    return coded(text, day, "sub_event_type", "admin1", "fatalities", "date")


def test_a_weekday_with_the_feminine_past_word_is_the_one_before() -> None:
    """«الجمعة الماضية» (the feminine agrees with «الجمعة»), written on a Friday, is the Friday a
    week before, like «الجمعة الماضي» — not the day of the article."""
    text = "وقتل 12 من المتمردين في المواجهات التي دارت مساء الجمعة الماضية في مديرية صبر الموادم بمحافظة تعز."
    assert _incidents(text) == [("Armed clash", "Taizz", 12, "2015-07-31")]
    text = "وشنت طائرات التحالف غارات على مواقع الحوثيين في مدينة صعدة يوم الثلاثاء الماضية."
    assert [d for *_, d in _incidents(text)] == ["2015-08-04"]


def test_the_bare_weekday_of_the_article_is_the_past_one_the_article_names() -> None:
    """An article of a Friday tells «القتال الذي دار مساء الجمعة» and «معركة يوم الجمعة الماضية»:
    one day named twice, a week back — not a clash today and one last week. Without a
    «الماضية» elsewhere, or with «اليوم» («اليوم الجمعة»), the bare weekday stays the article's day."""
    text = ("وقال القائد إن 12 من المتمردين قتلوا في المواجهات التي دارت مساء الجمعة في مديرية صبر "
            "الموادم بمحافظة تعز. وأضاف أن خسائر المقاومة في معركة يوم الجمعة الماضية بلغت 3 قتلى.")
    assert {(t, g, d) for t, g, _, d in _incidents(text)} == {("Armed clash", "Taizz", "2015-07-31")}
    text = "وقتل 12 من المتمردين في المواجهات التي دارت مساء الجمعة في مديرية صبر الموادم بمحافظة تعز."
    assert [d for *_, d in _incidents(text)] == ["2015-08-07"]
    text = ("وشنت طائرات التحالف اليوم الجمعة غارات على مواقع الحوثيين في مدينة صعدة، بعد غارات مماثلة "
            "على مدينة حرض الجمعة الماضية.")
    assert "2015-08-07" in [d for *_, d in _incidents(text)]


def test_a_weekday_with_the_feminine_future_word_is_ahead() -> None:
    """«الجمعة المقبلة»: the coming Friday, a plan — not a day of the past week."""
    text = "ويعقد المجلس اجتماعه الجمعة المقبلة في الرياض."
    isos = [e.attrs.get("iso") for e in analyze(text, FRIDAY).doc.entities if e.label == "DATE"]
    assert isos == ["2015-08-14"]


def test_one_person_killed_named_by_a_definite_noun_is_one_dead() -> None:
    """«مقتل الطفل محمد …», «استشهاد المواطن …», «قتل الشاب …»: a definite singular person noun
    right after the killing word is one person killed (1), as a definite rank is («القيادي»)."""
    text = "وأسفر قصف الميليشيات على حي كريتر في مدينة عدن أمس عن مقتل الطفل محمد صالح الحميري."
    assert [(t, g, k) for t, g, k, _ in _incidents(text)] == [("Shelling/artillery/missile attack", "Aden", 1)]
    text = "وقتل الشاب عبدالله أحمد برصاص قناص حوثي في حي الجحملية بمدينة تعز صباح اليوم."
    assert [(g, k) for _, g, k, _ in _incidents(text)] == [("Taizz", 1)]
    text = "وأطلق مستوطنون النار على سيارة في قرية قريبة من مدينة الخليل ما أدى إلى استشهاد الرضيع أحمد."
    assert [k for _, _, k, _ in _incidents(text)] == [1]


def test_a_definite_plural_or_a_named_man_of_a_toll_told_before_adds_no_one() -> None:
    """A definite plural («مقتل المدنيين») gives no figure; a child named after the toll that holds
    him («مقتل 3 مدنيين … مقتل الطفل …») is one of the three, not a fourth."""
    text = "وأسفر قصف الميليشيات على حي كريتر في مدينة عدن أمس عن مقتل المدنيين وتدمير عدد من المنازل."
    assert [k for _, _, k, _ in _incidents(text)] == [None]
    text = ("وأسفر قصف الميليشيات على حي كريتر في مدينة عدن أمس عن مقتل 3 مدنيين. وقالت مصادر محلية إن "
            "القصف أدى إلى مقتل الطفل محمد صالح.")
    assert [k for _, _, k, _ in _incidents(text)] == [3]


def _parties(text: str) -> list[tuple[str, str, str]]:
    return coded(text, FRIDAY, "sub_event_type", "actor1", "actor2")


def test_gunmen_told_by_the_group_they_belong_to_are_that_group() -> None:
    """«مسلحون تابعون للحوثيين», «مسلحين موالين لتنظيم القاعدة», «جماعة مسلحة تنتمي إلى …»: the
    gunmen are the group's men — the group acts; it is not unidentified gunmen acting on it."""
    text = "وفي صنعاء أمس، قام مسلحون تابعون للحوثيين باختطاف عشرة من قياديي حزب الإصلاح بينهم نساء."
    assert _parties(text) == [("Abduction/forced disappearance", "Houthis (Ansar Allah)", "Civilians (Yemen)")]
    text = "وهاجم مسلحون موالون لتنظيم القاعدة نقطة تفتيش للجيش في مدينة عتق بمحافظة شبوة أمس."
    assert [a1 for _, a1, _ in _parties(text)] == ["AQAP: Al Qaeda in the Arabian Peninsula"]


def test_unknown_gunmen_and_positions_of_a_group_stay_as_they_were() -> None:
    """«مسلحون مجهولون» stay unidentified; «مواقع تابعة للحوثيين» is still the target of a strike."""
    text = "واختطف مسلحون مجهولون ناشطا في مدينة إب أمس."
    assert [a1 for _, a1, _ in _parties(text)] == ["Unidentified Armed Group (Yemen)"]
    text = "وقصفت طائرات التحالف مواقع تابعة للحوثيين في مدينة صعدة أمس."
    assert [(a1, a2) for _, a1, a2 in _parties(text)] == [("Operation Restoring Hope", "Houthis (Ansar Allah)")]


def test_mines_described_as_laid_in_a_relative_clause_are_no_blast() -> None:
    """«لا نواجه مقاومة شديدة بل الألغام التي زرعها الحوثيون», «بسبب الألغام الأرضية التي زرعتها
    الميليشيات»: mines described as laid, with no blast nor toll in the sentence, are no explosion."""
    text = "وقال مصدر عسكري: لقد دخلنا مدينة شقرة ولا نواجه مقاومة شديدة بل الألغام التي زرعها الحوثيون في كل مكان."
    assert "Remote explosive/landmine/IED" not in [t for t, *_ in _incidents(text)]
    text = "وتواجه القوات صعوبة في التقدم داخل مدينة زنجبار بسبب الألغام الأرضية التي زرعتها الميليشيات."
    assert _incidents(text) == []


def test_mines_laid_that_killed_or_blew_up_are_still_a_blast() -> None:
    """A toll or a blast word in the sentence keeps it: «قتل ثلاثة مدنيين بالألغام التي زرعها
    الحوثيون», «انفجر لغم من الألغام التي زرعها الحوثيون»."""
    text = "وقتل ثلاثة مدنيين بالألغام التي زرعها الحوثيون في مدينة زنجبار أمس."
    assert [(t, g, k) for t, g, k, _ in _incidents(text)] == [("Remote explosive/landmine/IED", "Abyan", 3)]
    text = "وانفجر لغم من الألغام التي زرعها الحوثيون في مدينة زنجبار أمس."
    assert [t for t, *_ in _incidents(text)] == ["Remote explosive/landmine/IED"]
