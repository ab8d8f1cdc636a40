"""Non-Yemen pass 15 (session 37): «إن تنظيم داعش يقف وراء التفجير» names who carried out the blast told,
as a claim does — in the event's sentence or in one that points back to it. Sentences written for the
tests."""

from __future__ import annotations

from core.pipeline import analyze


def _actor1(text: str) -> list[str]:
    return [(i.actor1.name_en if i.actor1 else "") for i in analyze(text, "2015-08-01", "").incidents]


def test_who_stands_behind_the_blast_carried_it_out() -> None:
    for text in ("انفجرت سيارة مفخخة أمام مقر للشرطة في مدينة بعقوبة أمس ما أدى إلى مقتل خمسة أشخاص. وقال مسؤول أمني إن تنظيم داعش يقف وراء التفجير.",
                 "قتل 12 شخصا في تفجير انتحاري استهدف سوقا في مدينة الرمادي أمس، وقالت الحكومة إن تنظيم داعش يقف وراء الهجوم."):
        actors = _actor1(text)
        assert actors and all(a.startswith("Islamic State") for a in actors), (text, actors)


def test_a_stand_verb_without_behind_names_no_one() -> None:
    # «يقف إلى جانب»: standing by someone is no claim
    actors = _actor1("انفجرت سيارة مفخخة أمام مقر للشرطة في مدينة بعقوبة أمس ما أدى إلى مقتل خمسة أشخاص. وقال المتحدث إن حزب الدعوة يقف إلى جانب الحكومة.")
    assert not any("Dawa" in a for a in actors), actors
