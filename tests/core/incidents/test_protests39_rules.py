"""Protests, riots and arrests (session 39, protests8): a coder's reading of 16 protest-pool articles
outside Yemen (sampler seeds 3071, 3081) and of the pool's coded protest events. Sentences written for
the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

SUNDAY = date(2015, 8, 9)


def _protests(text: str, every: bool = False):
    an = analyze(text, SUNDAY)
    found = an.incidents + (an.set_aside if every else [])
    return [i for i in found if i.event_type in ("Protests", "Riots")]


# -- «مسيرة» of a person: a career or a life, no march -----------------------------------------------

@pytest.mark.parametrize("text", [
    "وأكد أمير منطقة الحدود الشمالية في عرعر أمس أنه سيكمل مسيرة والده في خدمة أهالي المنطقة.",
    "وضم المعرض الذي افتتح أمس في جدة صورا نادرة تروي مراحل متعددة في مسيرة الملك الراحل.",
    "وتحدث الكاتب في أمسية أقيمت أمس في الطائف عن محطات في مسيرة حياته الأدبية.",
    "وقال المدرب في مؤتمر صحفي عقده أمس في الرياض إن مسيرة اللاعب مع المنتخب كانت ناجحة.",
])
def test_a_persons_course_is_no_march(text: str) -> None:
    """«مسيرة والده», «مسيرة الملك الراحل», «مسيرة حياته», «مسيرة اللاعب» (a person or a life right
    after «مسيرة»: `figurative_march_words`): the course of a life or a career, no protest."""
    assert not _protests(text, every=True)


def test_a_march_named_by_its_marchers_stays_a_protest() -> None:
    assert _protests("ونظم المعلمون أمس في عمّان مسيرة احتجاجية للمطالبة بزيادة رواتبهم.", every=True)


# -- «ردا على احتجاجات»: the protests are the cause of another act ---------------------------------

def test_a_step_taken_in_answer_to_protests_tells_no_protest() -> None:
    """«أعلن رئيس الوزراء اليوم الأحد إصلاحات ردا على احتجاجات …» (`protest_cause`: «ردا على» right
    before a protest word): the protests are the reason of the reforms, told on their day — no protest
    of that day."""
    assert not _protests("أعلن رئيس الوزراء العراقي اليوم الأحد في بغداد إصلاحات جديدة ردا على احتجاجات "
                         "ضد الفساد ونقص الخدمات.", every=True)


def test_the_protest_told_after_it_keeps_its_own_day() -> None:
    """The protest a later sentence tells («وتظاهر آلاف العراقيين الجمعة في بغداد») is dated by its own
    Friday, not by the reforms' Sunday the «ردا على احتجاجات» sentence told."""
    text = ("أعلن رئيس الوزراء العراقي اليوم الأحد إصلاحات جديدة ردا على احتجاجات ضد الفساد ونقص الخدمات. "
            "وتظاهر آلاف العراقيين الجمعة في بغداد للاحتجاج على الفساد ونقص الكهرباء.")
    found = _protests(text)
    assert [(i.location.name_en, i.date) for i in found] == [("Baghdad", "2015-08-07")]


# -- a protest the authorities will ban is no protest yet ----------------------------------------------

@pytest.mark.parametrize("text", [
    "وقالت السلطات التركية أمس إنها ستمنع متظاهرين من تنظيم مسيرة في مدينة إسطنبول يوم السبت.",
    "وأعلن المحافظ أمس أن السلطات ستحظر أي مظاهرة في وسط مدينة إسطنبول خلال عطلة نهاية الأسبوع.",
])
def test_a_protest_to_be_banned_is_no_protest(text: str) -> None:
    """«ستمنع متظاهرين من تنظيم مسيرة», «ستحظر أي مظاهرة» (a future ban: `plan` cue): nothing took
    place."""
    assert not _protests(text)


def test_a_protest_held_despite_a_ban_stays() -> None:
    assert _protests("وتظاهر المئات أمس في إسطنبول رغم قرار السلطات منع التجمعات.")
