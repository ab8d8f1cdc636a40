"""Non-Yemen pass 15 (session 37): who holds the place struck («الخاضعة لسيطرة المعارضة») is the side hit
when the clause counts no one else («مواقع … الخاضعة لسيطرة الحوثيين»), but not when the dead or wounded it
counts are civilians or people: ACLED codes those strikes on Civilians. Sentences written for the tests."""

from __future__ import annotations

from core.pipeline import analyze


def _sides(text: str) -> list[tuple[str, str]]:
    return [((i.actor1.name_en if i.actor1 else ""), (i.actor2.name_en if i.actor2 else ""))
            for i in analyze(text, "2015-08-01", "").incidents]


def test_civilians_killed_in_a_held_town_are_the_side_hit() -> None:
    for text in ("قصفت طائرات النظام السوري حيا سكنيا في مدينة دوما الخاضعة لسيطرة فصائل المعارضة أمس ما أدى إلى مقتل 12 مدنيا.",
                 "ألقت مروحيات النظام براميل متفجرة على بلدة في ريف إدلب تسيطر عليها فصائل المعارضة، ما أسفر عن مقتل ثمانية أشخاص من سكانها.",
                 "سقطت قذائف هاون أطلقتها فصائل المعارضة على حي في مدينة حلب الخاضع لسيطرة قوات النظام أمس ما أدى إلى مقتل ثلاثة أطفال."):
        sides = _sides(text)
        assert sides and all("Civilians" in a2 for _, a2 in sides), (text, sides)
        assert not any(a2.startswith(("Opposition", "Military Forces")) for _, a2 in sides), (text, sides)


def test_fighters_killed_in_a_held_place_keep_its_holder() -> None:
    # no civilians counted: the holder of the positions struck is still the side hit
    sides = _sides("شنت طائرات التحالف غارات على مواقع في مدينة الرقة الخاضعة لسيطرة تنظيم داعش أمس ما أدى إلى مقتل 15 عنصرا.")
    assert sides and any("Islamic State" in a2 for _, a2 in sides), sides
    sides = _sides("شنت طائرات التحالف غارات على مواقع في مدينة الرقة الخاضعة لسيطرة تنظيم داعش أمس.")
    assert sides and any("Islamic State" in a2 for _, a2 in sides), sides
