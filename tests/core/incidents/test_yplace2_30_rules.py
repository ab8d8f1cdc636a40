"""Where an event whose sentence names no place is placed (session 30, branch `yplace2`).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 9)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _where(text: str, title: str, sub_event: str) -> list[tuple[str, int | None]]:
    """(governorate, fatalities) of the incidents of one sub-event type, in order."""
    return [(i.location.admin1_en if i.location else "", i.fatalities)
            for i in analyze(text, DAY, title).incidents if i.sub_event_type == sub_event]


def test_a_paragraph_with_no_place_follows_the_last_event_placed_before_it() -> None:
    """A paragraph of its own telling a clash with no place («وكانت اشتباكات … بين الطرفين»), after a
    paragraph on Marib, in an article whose headline and first paragraph name Lahij: the clash is in
    the governorate of the last event placed before it, not the article's most-named one."""
    text = ("تقدمت المقاومة الشعبية في محافظة لحج وسيطرت على مواقع جديدة قرب قاعدة العند في لحج.\n"
            "وقالت مصادر محلية إن مواجهات عنيفة اندلعت أمس بين الحوثيين والمقاومة الشعبية في منطقة صرواح غرب مأرب.\n"
            "وكانت اشتباكات عنيفة دارت بين الطرفين لساعات مساء الخميس، أسفرت عن مقتل 12 حوثيا.")
    clashes = _where(text, "المقاومة تتقدم في لحج", "Armed clash")
    assert ("Marib", 12) in clashes
    assert ("Lahij", 12) not in clashes


def test_the_article_governorate_still_places_a_paragraph_when_the_last_event_was_there() -> None:
    """When the last event placed before lies in the article's governorate, nothing changes: the
    paragraph with no place is in that governorate."""
    text = ("تقدمت المقاومة الشعبية في محافظة لحج وسيطرت على مواقع جديدة قرب قاعدة العند في لحج.\n"
            "وكانت اشتباكات عنيفة دارت بين الطرفين لساعات مساء الخميس، أسفرت عن مقتل 12 حوثيا.")
    assert ("Lahij", 12) in _where(text, "المقاومة تتقدم في لحج", "Armed clash")


def test_a_sentence_with_no_event_carries_the_article_governorate_it_names() -> None:
    """«وأضاف أن دعم المقاومين في محافظة إب للمقاومة في تعز لا يكفي»: a sentence that tells no event
    names the fighters' home (Ibb) and the article's governorate (Taizz); the next sentence's place
    the gazetteer does not know («منطقة الزعفران») is in Taizz, not where the fighters came from."""
    text = ("قال قائد في المقاومة الشعبية بمحافظة تعز إن المعارك مستمرة مع الحوثيين في مدينة تعز.\n"
            "وأضاف أن دعم المقاومين في محافظة إب للمقاومة في تعز لا يكفي، وأن المقاومين بحاجة إلى السلاح الثقيل. "
            "وطالب التحالف الذي قصف أمس منطقة الزعفران بمواصلة دعم المقاومة.")
    assert _where(text, "المقاومة في تعز", "Air/drone strike") == [("Taizz", None)]
