"""Session 41 (s41-fix): leftovers the session's helpers reported.

- A court's verdict, acquittal or release of the accused «لعدم ثبوت إدانتهم» is about a past deed,
  no event: the clause holding the word of acquittal is cancelled (cue kind `court_verdict`), and
  a deed right after the indefinite «متهمين» is the crime they are tried for (cue `accusation`).
- Two blasts told one per clause, each clause with its own deed, figure and place («قتل عشرة أشخاص في
  تفجير في بغداد، وقتل شرطيان في انفجار عبوة ناسفة في كركوك») are two events
  (`reports._figure_segments` across clauses; a place named again in a stretch, its first naming
  kept — a dateline's — counts in `_parts_by_segment`).
- A place right after another with only «مركز/عاصمة» and head words between («محافظة أربيل مركز إقليم
  كردستان») is the area the place before is the seat of (`location._seat_of`).
- A country cue right after a word of a border («قرب الحدود السورية», «على الحدود مع سوريا») names the
  country beside the place: no vote for the article's country (`lexicon._border_named`), so IS in a
  Turkish clash near the Syrian border is «Islamic State (Turkey)».

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import coded

WEDNESDAY = date(2015, 7, 22)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


# -- a court's verdict about a past deed ---------------------------------------------------------------

def test_release_of_the_acquitted_is_no_event() -> None:
    text = ("وكان تنظيم داعش قد قتل عشرات الجنود في قاعدة سبايكر العام الماضي، فيما أصدرت محكمة الجنايات "
            "مطلع الشهر الجاري حكما بإعدام سبعة متهمين، فيما أفرجت عن ثلاثة آخرين لعدم كفاية الأدلة.")
    assert not [c for c in coded(text, WEDNESDAY, "sub_event_type") if c[0] == "Other"]


def test_acquittal_of_the_accused_in_a_massacre_is_no_event() -> None:
    text = "برأت المحكمة الجنائية في بغداد أمس خمسة من المتهمين في مجزرة قاعدة سبايكر التي ارتكبها تنظيم داعش."
    assert coded(text, WEDNESDAY, "event_type") == []


def test_acquittal_leaves_a_deed_told_in_the_next_clause() -> None:
    text = ("قضت محكمة الجنايات أمس ببراءة ستة متهمين في أحداث العنف بمدينة الزقازيق، "
            "وقتل جنديان في هجوم مسلح على حاجز في مدينة العريش.")
    assert [c[1] for c in coded(text, WEDNESDAY, "event_type", "admin1")] == ["North Sinai"]


def test_a_bombing_the_indefinite_accused_are_tried_for_is_no_event() -> None:
    text = "أصدرت محكمة عراقية أمس حكما بالسجن المؤبد على خمسة متهمين بتفجير سوق في مدينة الحلة."
    assert coded(text, WEDNESDAY, "event_type") == []


# -- two blasts told one per clause of a sentence ------------------------------------------------------

def test_two_blasts_in_two_clauses_are_two_events() -> None:
    text = ("بغداد - قتل سبعة أشخاص في تفجير في بغداد يوم الثلاثاء، وقتل ثلاثة جنود في انفجار عبوة ناسفة "
            "في مدينة كركوك.")
    found = coded(text, WEDNESDAY, "admin1", "fatalities")
    assert sorted(found) == [("Baghdad", 7), ("Kirkuk", 3)]


def test_a_blast_and_its_wounded_told_after_stay_one_event() -> None:
    text = ("قتل سبعة أشخاص في انفجار سيارة مفخخة في حي الكرادة ببغداد يوم الثلاثاء، وأصيب عشرون آخرون "
            "في الانفجار الذي هز المنطقة.")
    assert [(c[0], c[1]) for c in coded(text, WEDNESDAY, "admin1", "fatalities")] == [("Baghdad", 7)]


# -- the seat of a region ------------------------------------------------------------------------------

def test_a_governorate_told_as_the_seat_of_a_region_is_the_place() -> None:
    text = "تظاهر مئات الموظفين يوم الأحد في محافظة أربيل مركز إقليم كردستان احتجاجا على تأخر صرف الرواتب."
    assert [(c[0], c[1]) for c in coded(text, WEDNESDAY, "admin1", "place")] == [("Erbil", "محافظة أربيل")]


def test_a_city_told_as_the_seat_of_its_governorate_stays_the_place() -> None:
    text = "قتل أربعة جنود في هجوم مسلح يوم الأحد في مدينة الرمادي مركز محافظة الأنبار غرب العراق."
    assert [c[0] for c in coded(text, WEDNESDAY, "place")] == ["مدينة الرمادي"]


# -- a country named as a border -----------------------------------------------------------------------

def test_a_country_named_as_the_border_is_not_the_articles() -> None:
    from core.incidents import codability

    text = ("قتل شرطي تركي وأصيب اثنان آخران يوم الأحد في اشتباك مع عناصر من تنظيم داعش قرب الحدود السورية، "
            "بحسب ما أفادت وسائل إعلام تركية.")
    assert not codability.ENABLED
    from core.pipeline import analyze
    found = [i for i in (*analyze(text, WEDNESDAY).incidents, *analyze(text, WEDNESDAY).set_aside)
             if i.event_type == "Battles"]
    assert [i.actor1.name_en for i in found if i.actor1 and i.actor1.name_en.startswith("Islamic State")] \
        + [i.actor2.name_en for i in found if i.actor2 and i.actor2.name_en.startswith("Islamic State")] \
        == ["Islamic State (Turkey)"]


def test_the_border_of_another_country_leaves_a_syrian_article_syrian() -> None:
    from core.document import Document
    from core.entities.lexicon import article_country
    from core.pipeline import step_normalise, step_tokenise

    doc = Document("قصفت قوات النظام السوري يوم الأحد بلدات في ريف إدلب قرب الحدود التركية، "
                   "فيما اشتبكت فصائل المعارضة مع قوات النظام في ريف حماة.")
    step_normalise(doc, None)
    step_tokenise(doc, None)
    assert article_country(doc) == "Syria"
