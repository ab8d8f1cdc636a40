"""Rules added after the fresh-article audit 22d (seeds 2221–2223: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 3)
LEAD = "قال مصدر في المقاومة الشعبية إن الحوثيين خسروا مواقع كثيرة في اليمن. "


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


@pytest.mark.parametrize("text", [
    "وفجر رجال المقاومة الشعبية أمس عبوة ناسفة داخل مبنى حكومي في مدينة رداع، ما تسبب في مقتل 14 متمردا وإصابة 23.",
    "وقصف رجال المقاومة بقذائف الهاون أمس تجمعا في مديرية مكيراس ما أدى إلى مصرع ستة متمردين.",
])
def test_a_bomb_killing_rebels_hit_the_main_rebel_group(text: str) -> None:
    """«فجر رجال المقاومة عبوة ناسفة … ما تسبب في مقتل 14 متمردا», shelling «… ما أدى إلى مصرع ستة
    متمردين»: the dead counted as rebels
    (`rebel_victim_nouns`) with no party named beside them are of the article's main rebel group,
    who are the side hit; the side is marked as read from the article."""
    incidents = [i for i in analyze(LEAD + text, DAY).incidents if i.event_type == "Explosions/Remote violence"]
    assert incidents, "no explosion coded"
    inc = incidents[0]
    assert inc.actor1 is not None and inc.actor1.name_en == "Popular Resistance"
    assert inc.actor2 is not None and inc.actor2.name_en == "Houthis (Ansar Allah)", inc.actor2
    assert "side_from_article" in inc.flags


def test_a_bomb_killing_civilians_does_not_hit_the_rebels() -> None:
    """The dead counted as civilians keep civilians as the side hit: no rebel group is filled in."""
    text = LEAD + "وفجر رجال المقاومة أمس عبوة ناسفة في سوق بمدينة رداع ما أدى إلى مقتل ثلاثة مدنيين."
    incidents = [i for i in analyze(text, DAY).incidents if i.event_type == "Explosions/Remote violence"]
    assert incidents
    assert all(i.actor2 is None or i.actor2.name_en != "Houthis (Ansar Allah)" for i in incidents)


@pytest.mark.parametrize("text", [
    "هبطت في مطار عدن أمس طائرة تقل 20 أسيرا من المقاومة أفرج عنهم الحوثيون، في أول تبادل للأسرى بين الطرفين.",
    "جرت أمس في مدينة تعز مبادلة أسرى بين المقاومة الشعبية والحوثيين بوساطة قبلية.",
])
def test_an_exchange_of_prisoners_told_with_li_is_an_agreement(text: str) -> None:
    """«تبادل للأسرى» (with «لـ»), «مبادلة أسرى»: a prisoner exchange done is an agreement, as
    «تبادل الأسرى» already was."""
    subs = [(i.event_type, i.sub_event_type) for i in analyze(text, DAY).incidents]
    assert ("Strategic developments", "Agreement") in subs, subs
