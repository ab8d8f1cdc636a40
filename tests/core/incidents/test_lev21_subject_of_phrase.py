"""A singular person noun told with what he belongs to («إن مقاتلا من الفصيل قتل», «إن جنديا بالجيش
قتل») before a casualty verb is its subject: one killed, not a toll of unknown size (lev21). Sentences
written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _tolls(text: str) -> list[int | None]:
    return [i.fatalities for i in analyze(text, "2015-08-04", "").incidents]


def test_fighter_of_a_faction_killed_is_one() -> None:
    assert _tolls("قالت مصادر إن مقاتلا من الفصيل قتل أمس في اشتباكات مع مسلحين في ريف حلب.") == [1]


def test_soldier_of_the_army_killed_is_one() -> None:
    assert _tolls("قالت مصادر إن جنديا بالجيش العراقي قتل في اشتباكات مع مسلحي داعش في الرمادي أمس.") == [1]


def test_the_killer_of_a_faction_is_no_victim() -> None:
    # the victims follow the verb: the fighter killed them
    assert _tolls("قالت مصادر إن قائدا في الفصيل المعارض قتل خمسة من مسلحي داعش في ريف حلب أمس.") == [5]
