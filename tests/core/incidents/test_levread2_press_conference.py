"""The town of a press conference is where a statement was made, not a place of the event it
tells of (levread2): «وقال في مؤتمر صحافي في أنقرة إن التفجير …» made a second bombing, in Ankara,
beside the one in Suruç. Sentences written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _incidents(text: str) -> list[tuple[str, str]]:
    an = analyze(text, "2015-07-21", "")
    return [(i.event_type, i.location.admin1_en if i.location else "") for i in an.incidents]


def test_press_conference_town_is_no_second_bombing() -> None:
    text = ("قتل 30 شخصا في تفجير انتحاري استهدف تجمعا لناشطين في بلدة سروج. "
            "وقال رئيس الوزراء في مؤتمر صحافي في أنقرة إن التفجير نفذه انتحاري من تنظيم داعش.")
    assert _incidents(text) == [("Explosions/Remote violence", "Sanliurfa")]


def test_press_conference_held_in_a_town() -> None:
    text = ("قتل جنديان في هجوم بعبوة ناسفة على دورية للجيش في مدينة العريش. "
            "وقال المتحدث العسكري في مؤتمر صحفي عقده في القاهرة إن الهجوم لن يمر دون عقاب.")
    assert [a for _, a in _incidents(text)] == ["North Sinai"]


def test_an_event_at_a_conference_town_stays() -> None:
    # the town where something happens is still its place
    text = "انفجرت سيارة مفخخة قرب مبنى المحافظة في مدينة العريش وقتل ثلاثة جنود."
    assert [a for _, a in _incidents(text)] == ["North Sinai"]
