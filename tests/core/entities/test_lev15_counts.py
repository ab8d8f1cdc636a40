"""Non-Yemen pass 15 (session 37): a singular subject before «قتل» joined by «و» to an injury verb with
its own figure («إن جنديا قتل وأصيب ثلاثة آخرون») is one dead and that many injured — not one toll of
both («قتل وأصيب ثلاثة»: three killed-or-wounded). Sentences written for the tests."""

from __future__ import annotations

from core.pipeline import analyze


def _counts(text: str) -> list[tuple[str, object, object]]:
    return [((s.attrs or {}).get("role"), (s.attrs or {}).get("count"), (s.attrs or {}).get("combined"))
            for s in analyze(text, "2015-08-01", "").entities if s.label == "CASUALTY"]


def test_singular_subject_then_killed_and_injured_with_a_figure() -> None:
    for text, injured in (("وقال الجيش في بيان إن جنديا لبنانيا قتل وأصيب ثلاثة آخرون في هجوم قرب الحدود.", 3),
                          ("وذكرت الشرطة أن شرطيا قتل وجرح اثنان آخران عندما فتح مسلحون النار على الحاجز.", 2),
                          ("وأفاد مصدر طبي بأن عسكريا مصريا قتل وأصيب أربعة آخرون في انفجار عبوة على الطريق.", 4)):
        counts = _counts(text)
        assert ("killed", 1, None) in counts, (text, counts)
        assert ("injured", injured, None) in counts, (text, counts)


def test_the_killed_subject_names_whose_dead() -> None:
    text = "وقال الجيش في بيان إن جنديا لبنانيا قتل وأصيب ثلاثة آخرون في هجوم قرب الحدود."
    whose = [(s.attrs or {}).get("whose") for s in analyze(text, "2015-08-01", "").entities if s.label == "CASUALTY"]
    assert whose[0] == "جنديا لبنانيا"


def test_without_a_subject_the_shared_figure_stays_one_toll_of_both() -> None:
    # «قتل وأصيب ستة أشخاص»: six killed or wounded, how many of each unknown
    counts = _counts("وقالت المصادر إنه قتل وأصيب ستة أشخاص في انفجار سيارة مفخخة وسط المدينة.")
    assert all(c is None for _, c, _ in counts), counts
    assert any(comb == 6 for _, _, comb in counts), counts


def test_a_subject_who_kills_is_not_counted_dead() -> None:
    # «إن مسلحا قتل جنديين وأصاب ثلاثة آخرين»: the gunman killed two and wounded three
    counts = _counts("وقالت الشرطة إن مسلحا قتل جنديين وأصاب ثلاثة آخرين قرب الحاجز.")
    assert ("killed", 1, None) not in counts, counts
