"""Rules added after session 43's fresh audit of twelve uncoded Yemen articles (yfresh).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)
CLASH = ("Battles", "Armed clash")

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY).incidents]


def test_facing_a_side_is_a_stance_not_a_fight() -> None:
    """«في مواجهة الحوثيين» with its object — a definite noun, a demonstrative, a named armed group —
    is "facing, against": the successes or the steadfastness it tells of are no clash."""
    assert CLASH not in kinds("وأشاد قائد عسكري في محافظة تعز بالنجاحات التي يحققها الجيش الوطني في مواجهة الحوثيين.")
    assert CLASH not in kinds("وأكد محافظ مأرب صمود أبناء المحافظة في مواجهة هذه الميليشيات.")
    assert CLASH not in kinds("وقال إن المقاومة في محافظة الضالع تقف في مواجهة قوات الحوثي وصالح.")


def test_facing_with_or_an_armed_confrontation_is_a_fight() -> None:
    """«في مواجهة مع الحوثيين» (a clash with them) and «في مواجهة مسلحة» (an indefinite adjective)
    tell a fight; so do a clash word of its own beside «في مواجهة» and a toll told with it."""
    assert CLASH in kinds("وقتل ثلاثة من مقاتلي المقاومة أمس في مواجهة مع الحوثيين في مديرية الشمايتين بمحافظة تعز.")
    assert CLASH in kinds("وقتل ثلاثة من مقاتلي المقاومة أمس في مواجهة مسلحة مع الحوثيين في مديرية الشمايتين بمحافظة تعز.")
    assert CLASH in kinds("ودارت أمس اشتباكات عنيفة في مديرية الشمايتين بمحافظة تعز، وصمد المقاتلون في مواجهة الحوثيين.")
    # people killed «في مواجهة الحوثيين» were killed fighting them: the casualty tells the clash
    assert kinds("واستشهد ثلاثة من أفراد المقاومة أمس في مواجهة الحوثيين في مديرية الشمايتين بمحافظة تعز.") == [CLASH]


def test_confronting_as_a_purpose_is_no_fight() -> None:
    """«لمواجهة المتمردين», «استعدادا للمواجهة»: the purpose «ل» before the noun of confronting tells
    an aim (`purpose_fight_nouns`), as «للقتال» does; the fight told beside it stays."""
    assert kinds("واتفق مشايخ القبائل في محافظة شبوة أمس على حشد المقاتلين لمواجهة المتمردين.") == []
    assert kinds("ورفع الجيش درجة الاستعداد في محافظة مأرب للمواجهة.") == []
    assert kinds("اندلعت اشتباكات عنيفة أمس بين المقاومة والحوثيين في مديرية الشمايتين بمحافظة تعز. "
                 "وأرسل الحوثيون تعزيزات لمواجهة المقاومة.") == [CLASH]
