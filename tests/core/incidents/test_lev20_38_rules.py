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


# -- a blast told first, then told back as «الهجوم» ----------------------------------------------------

def _kinds(text: str) -> list[tuple[str, int | None]]:
    return [(i.sub_event_type, i.fatalities) for i in analyze(text, MONDAY).incidents]


@pytest.mark.parametrize("text, kinds", [
    ("انفجرت سيارة مفخخة أمس قرب مركز للشرطة في مدينة بعقوبة. وقال مسؤول إن الهجوم أوقع خمسة قتلى من رجال الشرطة في المدينة.",
     [("Remote explosive/landmine/IED", 5)]),
    ("فجر انتحاري نفسه أمس وسط تجمع للشبان في بلدة سوروج. وندد الرئيس بالهجوم الذي أوقع 30 قتيلا في البلدة.",
     [("Suicide bomb", 30)]),
])
def test_a_blast_told_back_as_the_attack_is_that_blast(text: str, kinds: list) -> None:
    """«الهجوم» (a general, definite word, no other kind) told within two sentences after a blast at a
    compatible place, with no other doer named, is that blast told back with its toll — not a clash."""
    assert _kinds(text) == kinds


def test_a_clash_before_the_attack_stays_a_clash() -> None:
    # no blast told before: the attack told back is the clash
    text = "اشتبك الجيش مع مسلحين أمس في مدينة الرمادي. وقال ضابط إن الهجوم أوقع خمسة قتلى."
    assert [k for k, _ in _kinds(text)] == ["Armed clash"]


# -- «نُسب الهجوم إلى …»: the party the attack is attributed to --------------------------------------

def test_an_attack_attributed_to_a_party_names_it() -> None:
    """«ونسب الهجوم إلى حزب العمال الكردستاني», «في هجوم نسبته السلطات إلى …»: a verb of attributing
    («نسب/نسبت/تنسب/نسبته») is a claim verb — the party after it did the attack."""
    text = ("وقتل شرطي وأصيب آخر بجروح ليلة السبت في هجوم على مركز للشرطة في مدينة ماردين. "
            "ونسب الهجوم إلى حزب العمال الكردستاني.")
    [inc] = analyze(text, MONDAY).incidents
    assert "PKK" in inc.actor1.name_en
