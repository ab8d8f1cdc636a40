"""Rules added after the Yemen audit of session 33 (a coder's reading of never-coded articles:
fresh.py seeds 2801-2802, the long interviews and features left once every article of up to 12,000
characters was coded).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 7)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone

FIGHT = "وقال القائد العسكري إن مقاتلي المقاومة الشعبية خاضوا معارك عنيفة مع مسلحي الحوثي في مديرية المسراخ بمحافظة تعز مساء الخميس. "


@pytest.mark.parametrize("losses", [
    "وبلغت خسائر الحوثيين 30 قتيلا، بينما بلغت خسائر المقاومة 7 شهداء.",
    "وبلغت خسائر الحوثيين في القتال الذي دار مساء الخميس 30 قتيلا، فيما بلغت خسائر المقاومة والجيش الوطني في المعركة نفسها 7 شهداء و12 جريحا.",
    "وكانت خسائر المليشيات 30 قتيلا في حين كانت خسائر رجال المقاومة 7 قتلى.",
])
def test_losses_of_two_sides_add_up(losses: str) -> None:
    """«بلغت خسائر الحوثيين 30 قتيلا، بينما بلغت خسائر المقاومة 7 شهداء»: the loss noun in construct
    names whose dead each figure counts, so the two sides add up (37) instead of the lower being kept."""
    [clash] = analyze(FIGHT + losses, DAY).incidents
    assert clash.event_type == "Battles"
    assert clash.fatalities == 37


def test_one_side_losses_told_twice_keep_the_lower() -> None:
    """Two figures of the same side's losses are two reports of the same dead: the lowest stands."""
    text = FIGHT + "وبلغت خسائر الحوثيين 30 قتيلا. وقال مصدر آخر إن خسائر الحوثيين بلغت 25 قتيلا."
    [clash] = analyze(text, DAY).incidents
    assert clash.fatalities == 25


def test_definite_losses_name_no_side() -> None:
    """«الخسائر البشرية … 25 قتيلا»: the definite noun is followed by its adjective, no group — the
    figure stays one of no one in particular, another report of the toll told before it (the lower
    stands), not a second side added to it."""
    text = FIGHT + "وأسفرت المعارك عن مقتل 30 شخصا. وقال مصدر طبي إن الخسائر البشرية بلغت حتى المساء 25 قتيلا."
    [clash] = analyze(text, DAY).incidents
    assert clash.fatalities == 25


HISTORY = "وفي عام 2011 اندلعت احتجاجات واسعة ضد نظام الرئيس السابق علي عبدالله صالح في العاصمة.\n\n"
CLASH = "وحاول المتظاهرون اقتحام مقر الحكومة في صنعاء، مما أدى إلى اندلاع اشتباكات مع قوات الأمن أسفرت عن سقوط 20 قتيلا."


def test_sentences_after_an_old_year_tell_history() -> None:
    """A sentence with no date of its own, right after a paragraph dated years before the article
    («وفي عام 2011 اندلعت احتجاجات …»), goes on telling that time: history, not coded."""
    assert analyze(HISTORY + CLASH, DAY).incidents == []


def test_sentence_with_its_own_day_after_an_old_year_is_news() -> None:
    """The day told in the sentence itself («أمس») makes it the day's news again."""
    text = HISTORY + CLASH.replace("وحاول المتظاهرون", "وحاول المتظاهرون أمس")
    assert [i.event_type for i in analyze(text, DAY).incidents] != []


@pytest.mark.parametrize("background", [
    "ويشن التحالف غارات على مواقع الحوثيين منذ عام 2013.",  # a period that runs on
    "وكان الحوثيون قد خاضوا ست حروب مع الجيش في محافظة صعدة عام 2009.",  # a flashback in the pluperfect
    "وسيطر الحوثيون على العاصمة صنعاء في سبتمبر 2014.",  # the war's own background, last year
])
def test_news_after_background_dates_is_kept(background: str) -> None:
    """A period still running, a pluperfect flashback, or last year's background does not date the
    news told after it."""
    text = background + "\n\nوقتل 10 من الحوثيين في غارة جوية على مديرية سحار بمحافظة صعدة."
    [strike] = [i for i in analyze(text, DAY).incidents if i.sub_event_type == "Air/drone strike"]
    assert strike.location is not None and strike.location.admin1_en == "Sadah"


def test_an_aside_dating_a_fact_does_not_stop_the_news() -> None:
    """«وتعد المديرية الأكبر سكانا، وقد ألحقت بالضالع في عام 1990»: a year dating a fact, no event of
    its own, in the middle of the day's news — the taking told after it is still news."""
    text = ("وأحكمت المقاومة الشعبية أمس سيطرتها على مديرية دمت. وتعد المديرية الأكبر سكانا، وقد ألحقت "
            "إداريا بمحافظة الضالع في عام 1990 بعد أن كانت تتبع محافظة إب. كما سيطرت المقاومة على مبنى المحافظة في مدينة الضالع.")
    kinds = [(i.sub_event_type, i.location.admin1_en if i.location else None) for i in analyze(text, DAY).incidents]
    assert len(kinds) == 2 and all(k[1] == "Ad Dali" for k in kinds)


def test_a_year_deep_in_a_sentence_of_news_sets_no_era() -> None:
    """«… الطريق التي استخدمتها قوات صالح في حرب صيف عام 1994، وقد شنت طائرات التحالف غارات …»: a
    year told deep in a sentence of the day's news; the sentence after it is still news."""
    text = ("وتسعى المقاومة للسيطرة على الطريق التي استخدمتها قوات صالح في حرب صيف عام 1994، وقد شنت طائرات "
            "التحالف غارات على مواقع الحوثيين في مديرية لودر.\n\nوقتل 10 من الحوثيين في هجوم للمقاومة على "
            "تجمع لهم في مديرية مودية بمحافظة أبين.")
    assert any(i.event_type == "Battles" and i.location is not None and i.location.admin1_en == "Abyan"
               and i.fatalities == 10 for i in analyze(text, DAY).incidents)


@pytest.mark.parametrize("quantity", ["كثير من العتاد العسكري", "كميات من الأسلحة", "عدد من الأطقم العسكرية"])
def test_a_quantity_of_arms_seized_is_no_territory(quantity: str) -> None:
    """«استولوا على كثير من العتاد العسكري»: the thing counted after «… من» is the object — arms
    taken, no place retaken at the front where the fighters stand."""
    text = f"وقال إن رجال المقاومة الشعبية في جبهة صرواح استولوا على {quantity} التابع للمليشيات."
    assert not any(i.sub_event_type == "Government regains territory" for i in analyze(text, DAY).incidents)


def test_a_quantity_of_places_taken_is_territory() -> None:
    """«استولوا على عدد من المواقع»: places counted are still a taking."""
    text = "وقال إن رجال المقاومة الشعبية استولوا على عدد من المواقع في جبهة صرواح."
    assert any(i.event_type == "Battles" and i.location is not None and i.location.admin1_en == "Marib"
               for i in analyze(text, DAY).incidents)


@pytest.mark.parametrize("seizing", ["أعلنوا عن استيلائهم على", "أعلنوا استيلاءهم على", "واستولى رجالها على"])
def test_rockets_seized_are_no_shelling(seizing: str) -> None:
    """«أعلنوا عن استيلائهم على أطقم عسكرية ومدافع … وصواريخ»: the verbal noun of seizing, with its
    pronoun, names equipment taken — no shelling with the mortars and rockets listed."""
    text = f"وقال إن رجال المقاومة الشعبية في جبهة صرواح {seizing} أطقم عسكرية ومدافع هاون وكمية كبيرة من الذخائر وصواريخ كاتيوشا."
    assert not any(i.event_type == "Explosions/Remote violence" for i in analyze(text, DAY).incidents)
