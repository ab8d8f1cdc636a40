"""Words told to the press in a town: the town is where the teller spoke, not a place of the event
told (lev21): «وقال … امام الصحافيين في انقرة إن التفجير …» made a second bombing, in Ankara, beside
the one reported. Sentences written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _incidents(text: str) -> list[tuple[str, str]]:
    an = analyze(text, "2015-08-08", "")
    return [(i.event_type, i.location.admin1_en if i.location else "") for i in an.incidents]


def test_words_to_the_press_make_no_second_bombing() -> None:
    text = ("قتل 12 شخصا وأصيب 40 آخرون في تفجير انتحاري استهدف سوقا في مدينة كركوك أمس. "
            "وقال وزير الداخلية للصحافيين في بغداد إن التفجير نفذه انتحاري من تنظيم داعش.")
    assert _incidents(text) == [("Explosions/Remote violence", "Kirkuk")]


def test_before_the_press_in_a_town() -> None:
    text = ("قتل ثلاثة جنود في هجوم بعبوة ناسفة على دورية للجيش في مدينة العريش. "
            "وقال المتحدث العسكري أمام الصحفيين في القاهرة إن الهجوم لن يمر دون عقاب.")
    assert [a for _, a in _incidents(text)] == ["North Sinai"]


def test_journalists_shot_in_a_town_keep_it() -> None:
    # journalists hit where they are: not words told to them
    text = "أطلق مسلحون النار على الصحفيين في مدينة تكريت فقتل اثنان منهم."
    assert [a for _, a in _incidents(text)] == ["Salah al-Din"]
