"""«التي دارت» opens a relative clause of the fighting's own taking place, like «التي جرت»: a date in
it is the fighting's, so a battle of months ago told as background is no event of the news day
(lev21). Sentences written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _incidents(text: str) -> list[tuple[str, str | None]]:
    an = analyze(text, "2015-07-21", "")
    return [(i.event_type, i.date) for i in an.incidents]


def test_battle_of_months_ago_is_background() -> None:
    text = ("وكانت المعارك التي دارت بين التنظيم والقوات الكردية في مدينة كوباني في يناير الماضي "
            "قد دمرت معظم أحياء المدينة.")
    assert _incidents(text) == []


def test_bombing_kept_beside_old_battle() -> None:
    text = ("قتل 25 شخصا في تفجير انتحاري استهدف تجمعا لطلاب في مدينة سروج أمس. وكان الطلاب ينوون "
            "ترميم مدارس في مدينة كوباني المدمرة بفعل المعركة التي دارت بين التنظيم والقوات الكردية في يناير الماضي.")
    assert [t for t, _ in _incidents(text)] == ["Explosions/Remote violence"]


def test_fighting_of_yesterday_keeps_its_day() -> None:
    text = "قتل ثلاثة مدنيين في المعارك التي دارت أمس في مدينة تعز."
    assert _incidents(text) == [("Battles", "2015-07-20")]
