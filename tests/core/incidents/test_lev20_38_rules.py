"""Tolls of fresh non-Yemen conflict news (session 38, lev20: seeds 3141, 3151). Sentences written for
the tests in the style of the news; the real pipeline reads them with the codability model off.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _tolls(text: str) -> list[tuple[int | None, bool]]:
    return [(i.fatalities, "fatalities_unknown" in i.flags) for i in analyze(text, MONDAY).incidents]


# -- «توفي» (died) is a death word ------------------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("وقالت مصادر طبية إن جنديا توفي أمس متأثرا بجروحه بعد هجوم مسلحين على حاجز في مدينة العريش.", 1),
    ("وتوفي شرطيان أمس في هجوم مسلحين على دورية في مدينة العريش.", 2),
    ("وقال الأطباء إن ثلاثة مدنيين توفوا أمس متأثرين بإصاباتهم في قصف على حي الشعار في مدينة حلب.", 3),
    ("وذكر المسعفون أن طفلين توفيا أمس في غارة جوية على بلدة دوما بريف دمشق.", 2),
    ("وفارق الحياة أمس جندي أصيب في اشتباك مع مسلحين قرب مدينة الرمادي.", 1),
])
def test_died_counts_the_dead(text: str, killed: int) -> None:
    """«توفي/توفيت/فارق الحياة» with its subject after it, «توفوا/توفيا» with the figure before it:
    people who died of an attack are its dead, like «قتل» and «لقوا حتفهم»."""
    assert [k for k, _ in _tolls(text)] == [killed]


def test_died_of_wounds_is_not_counted_twice() -> None:
    # the same one told as martyred and died: one death
    text = "واستشهد جندي أمس متأثرا بجراحه بعد هجوم مسلحين على حاجز في مدينة العريش، وقال الأطباء إنه توفي في المستشفى."
    assert [k for k, _ in _tolls(text)] == [1]


# -- «عدم وقوع/سقوط …» (no … happened) ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وانفجرت عبوة ناسفة أمس قرب دورية للشرطة في مدينة العريش، وأعرب المحافظ عن ارتياحه لعدم سقوط ضحايا.",
    "وسقطت قذيفتان أمس على حي سكني في مدينة الحسكة، وأكد مصدر محلي عدم وقوع خسائر في الأرواح.",
    "واستهدف تفجير أمس خط سكة حديد قرب مدينة ماردين، وقال الوالي إنه سعيد بعدم حدوث خسائر بشرية.",
])
def test_no_loss_after_adam_is_no_death(text: str) -> None:
    """«عدم/بعدم/لعدم» + a word of occurrence before «ضحايا/خسائر في الأرواح» says no one died:
    no death reported (fatalities empty, 0 for a coder), not 'killed, number unknown'."""
    assert [(k or 0, unknown) for k, unknown in _tolls(text)] == [(0, False)]


def test_adam_before_something_else_leaves_the_dead() -> None:
    # «لعدم تمكن»: not a word of occurrence — the three dead stay
    text = "وأعرب المحافظ عن أسفه لعدم تمكن الإسعاف من الوصول بعد انفجار عبوة ناسفة قتلت ثلاثة جنود أمس في مدينة العريش."
    assert [k for k, _ in _tolls(text)] == [3]
