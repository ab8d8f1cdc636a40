"""Session 40 (lev27): a pass over fresh non-Yemen conflict articles (levant seeds 3301, 3311).

- A deed told as the one answered or avenged («… انتقاما لغارة أسفرت عن مقتل 20», «… ردا على هجوم
  انتحاري أودى بحياة 12»), a comma before the retaliation word or not, is its own clause: its kind,
  figures and place are not the answering deed's, and its doer is not read off the answerer.
- A deed named definite right after «تزامنا مع / بالتزامن مع» is a retelling, no event of its own.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents.clauses import split_clauses
from core.pipeline import analyze
from tests.core.incidents.incident_fixtures import violent

WEDNESDAY = date(2015, 7, 22)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, WEDNESDAY)


def _clause_starts(text: str) -> list[str]:
    doc = analyze(text, WEDNESDAY, until="entities").doc
    return [doc.text[c.start:c.end].split()[0] for c in split_clauses(doc)[0]]


# -- the deed answered or avenged: a clause of its own ---------------------------------------------

def test_an_avenged_strike_keeps_its_toll_apart() -> None:
    """«فقتلوا ثلاثة جنود انتقاما لغارة جوية أسفرت عن مقتل 20 شخصا»: the soldiers killed are three;
    the twenty are the strike's, told as the reason."""
    text = ("هاجم مسلحون حاجزا للجيش العراقي في بلدة القائم يوم الاثنين فقتلوا ثلاثة جنود انتقاما لغارة جوية "
            "أسفرت عن مقتل 20 شخصا في قرية مجاورة.")
    found = _violent(text)
    clashes = [i for i in found if i.event_type == "Battles"]
    assert [i.fatalities for i in clashes] == [3]
    assert all(i.fatalities in (None, 20) for i in found if i.event_type != "Battles")


def test_an_answered_bombing_is_not_the_answer_and_its_doer_is_not_the_answerer() -> None:
    """«قصفت المدفعية التركية مواقع … ردا على هجوم انتحاري أودى بحياة 12 شخصا في مدينة غازي عنتاب»:
    the shelling kills no one told; the bombing keeps its twelve and is not the Turkish army's."""
    text = ("قصفت المدفعية التركية مواقع للمسلحين قرب بلدة جرابلس أمس ردا على هجوم انتحاري أودى بحياة 12 شخصا "
            "في مدينة غازي عنتاب.")
    found = _violent(text)
    shelling = [i for i in found if i.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and all(i.fatalities is None for i in shelling)
    bombing = [i for i in found if i.fatalities == 12]
    assert bombing and all(i.actor1 is None or "Turkey" not in i.actor1.name_en or "Military" not in i.actor1.name_en
                           for i in bombing)


@pytest.mark.parametrize("text, opener", [
    ("قتل المسلحون شرطيين في المدينة ثأرا لمقتل أحد قادتهم قبل أيام.", "ثأرا"),
    ("أطلق الجنود النار على القرية ردا على هجوم استهدف دوريتهم صباح اليوم.", "ردا"),
    ("قصفت الطائرات مواقع الجماعة انتقاما للتفجير الذي استهدف السوق.", "انتقاما"),
])
def test_a_word_of_retaliation_before_a_deed_opens_a_clause(text: str, opener: str) -> None:
    assert opener in _clause_starts(text)


@pytest.mark.parametrize("text", [
    "فجر مسلح سيارة مفخخة أمام مقر للشرطة ثأرا للمسلمين من خصومه كما قال البيان.",
    "رفع المحتجون لافتات تطالب بالرد على الحكومة وقالوا إنهم سيخرجون انتقاما من الغلاء.",
    "وقال المتحدث إن الجيش سيرد ردا قويا على أي اعتداء.",
])
def test_retaliation_for_people_or_no_deed_opens_no_clause(text: str) -> None:
    """«ثأرا للمسلمين», «انتقاما من الغلاء», «ردا قويا»: no deed named right after the word — it
    opens no clause of its own."""
    assert len(_clause_starts(text)) == 1


# -- «تزامنا مع الغارات»: a retelling --------------------------------------------------------------

def test_raids_named_definite_after_at_the_same_time_as_are_no_event() -> None:
    """«وكانت الحكومة أكدت تزامنا مع الغارات أنها لن تتهاون …»: the raids, told before, date the
    statement; no air strike of their own."""
    text = "وكانت الحكومة التركية أكدت تزامنا مع الغارات أنها لن تتهاون مع المسلحين في مدينة ماردين."
    assert not [i for i in _violent(text) if i.sub_event_type == "Air/drone strike"]


def test_shelling_named_indefinite_after_at_the_same_time_as_stays_an_event() -> None:
    """«بالتزامن مع قصف من قبل قوات النظام على مناطق في المدينة»: an indefinite deed told afresh."""
    text = ("دارت اشتباكات بين فصائل المعارضة وقوات النظام في مدينة داريا بالتزامن مع قصف مدفعي من قبل قوات "
            "النظام على مناطق في المدينة.")
    assert any(i.sub_event_type == "Shelling/artillery/missile attack" for i in _violent(text))


# -- strikes a state lets another fly: a permission, no strike ----------------------------------------

@pytest.mark.parametrize("text", [
    "قال مسؤولون أمس إن تركيا وافقت على السماح للطائرات البريطانية بشن غارات على مواقع تنظيم داعش انطلاقا "
    "من قاعدة إنجرليك الجوية في أضنة.",
    "وأعلنت أنقرة أمس أنها سمحت للمقاتلات الفرنسية باستخدام قاعدة إنجرليك في أضنة لشن هجمات على تنظيم داعش.",
])
def test_strikes_allowed_are_no_strike(text: str) -> None:
    """«وافقت على السماح للطائرات … بشن غارات», «سمحت للمقاتلات … باستخدام قاعدة … لشن هجمات»
    (`permission`): an agreement, no strike of the day."""
    assert not _violent(text)


def test_a_strike_told_after_a_permission_in_another_sentence_stays() -> None:
    text = ("وكانت تركيا قد سمحت للطائرات الأمريكية باستخدام قاعدة إنجرليك. "
            "وشنت الطائرات الأمريكية أمس غارات على مواقع تنظيم داعش في مدينة الرقة.")
    assert any(i.sub_event_type == "Air/drone strike" for i in _violent(text))
