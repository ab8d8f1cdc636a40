"""Session 43 (s43-cleanup): the code review's findings on the session's rules.

- A device detonated «تم تفجير …» is a Disrupted weapons use only when the sentence tells no harm
  after it: a word of result («ما أسفر عن», «أدت إلى») or a casualty after the device makes it a
  bombing told in the passive (`detect._detonated_devices`).
- The detonation verb a mine object is looked for is at most DETONATED_REACH (3) words before it, and
  the look stops at another verb joined by «و/ف» (`detect._detonated`).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import coded

WEDNESDAY = date(2015, 6, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple]:
    return coded(text, WEDNESDAY, "sub_event_type", "fatalities")


def test_passive_bombing_with_a_result_word_is_an_explosion() -> None:
    text = "تم تفجير عبوة ناسفة قرب حافلة للركاب في مدينة الموصل، ما أسفر عن مقتل أربعة أشخاص."
    assert _kinds(text) == [("Remote explosive/landmine/IED", 4)]


def test_passive_bombing_with_an_injury_is_an_explosion() -> None:
    text = "وتم تفجير عبوة ناسفة في سوق شعبي بمدينة تكريت أدت إلى إصابة عشرة مدنيين."
    assert [k for k, _ in _kinds(text)] == ["Remote explosive/landmine/IED"]


def test_device_detonated_with_no_harm_stays_disrupted() -> None:
    text = "وتم تفجير عبوة ناسفة عثر عليها الجنود قرب الطريق العام في مدينة الموصل."
    assert _kinds(text) == [("Disrupted weapons use", None)]

def _mine_detonated(text: str) -> bool:
    """`detect._detonated` asked about the sentence's last mine object («لغما/ألغاما»)."""
    from core.incidents.clauses import split_clauses
    from core.incidents.detect import _detonated
    from core.pipeline import analyze

    doc = analyze(text, until="tokenise").doc
    tokens = doc.sentence_tokens()[0]
    clause = split_clauses(doc, [tokens])[0][0]
    t0 = max(k for k, t in enumerate(tokens) if t.norm in ("لغما", "الغاما"))
    assert clause.tok_start <= t0 < clause.tok_end
    return _detonated(tokens, t0, clause)


def test_detonation_verb_three_words_before_the_mine_sets_it_off() -> None:
    assert _mine_detonated("قتل ثلاثة جنود عندما فجر مسلحون أكراد لغما قرب المدينة")


def test_detonation_verb_four_words_before_the_mine_is_out_of_reach() -> None:
    assert not _mine_detonated("قتل ثلاثة جنود عندما فجر مسلحون أكراد أمس لغما قرب المدينة")


def test_another_verb_between_stops_the_detonation_look() -> None:
    assert not _mine_detonated("انسحب المسلحون بعد أن فجروا الجسر وتركوا ألغاما")

def _dates(text: str) -> list[tuple]:
    from core.pipeline import analyze

    doc = analyze(text, WEDNESDAY).doc
    return [(e.text, e.attrs.get("iso")) for e in doc.entities if e.label == "DATE"]


def test_same_year_skips_a_count_before_it() -> None:
    # «3000» is a count of the dead, no year: «يوليو من العام نفسه» takes none of it
    found = _dates("قتل أكثر من 3000 شخص في يوليو من العام نفسه")
    assert not any(iso and iso.startswith("3000") for _, iso in found)
    assert not any("العام نفسه" in text for text, _ in found)


def test_same_year_takes_the_year_named_after_its_word_past_a_count() -> None:
    found = _dates("في عام 2012 قتل 1700 شخص ثم في أكتوبر من العام نفسه")
    assert ("أكتوبر من العام نفسه", "2012-10-01") in found


def test_same_year_takes_a_year_inside_a_date() -> None:
    found = _dates("بين 21 يونيو 2013 و14 أغسطس من نفس العام")
    assert ("14 أغسطس من نفس العام", "2013-08-14") in found


def test_that_day_is_no_today() -> None:
    assert _dates("وقتل خمسة مسلحين في ذلك اليوم") == []
    assert _dates("وفي مساء ذلك اليوم اندلعت اشتباكات") == []
    assert _dates("سيكون ذلك اليوم بداية عهد جديد في المدينة") == []
    assert _dates("وصرح ذلك اليوم بأن الهجوم فشل") == []  # «ب» after: told on that day


def test_that_told_by_a_verb_of_telling_leaves_today() -> None:
    assert _dates("وأعلن ذلك اليوم المتحدث باسم الجيش مقتل خمسة مسلحين") == [("اليوم", "2015-06-10")]


# «في المنطقة نفسها» after an event placed at a country reaches back to an event placed below a
# country only a few sentences (`location.SAME_PLACE_BACK`) before that country's event.

_TOWN = "وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الأربعاء قرب مدينة اعزاز في ريف حلب الشمالي. "
_FILLER = ("وقال مراقبون إن الأوضاع معقدة. وأضافوا أن الفصائل تتنافس على النفوذ. "
           "ورأى محللون أن الخلافات قديمة. وأشاروا إلى أن الحلول بعيدة. ")
_COUNTRY_THEN_SAME = ("وتبنت جبهة النصرة خطف العناصر متهمة إياهم بأنهم وكلاء لتمرير مصالح أمريكا في المنطقة. "
                      "وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها، ووقعت اشتباكات بينها وبين "
                      "المدافعين عن المقر تسببت بمقتل 25 مقاتلا من الطرفين.")


def _fight_governorates(text: str) -> list[str]:
    from tests.core.incidents.incident_fixtures import violent

    return [i.location.admin1_en if i.location else "" for i in violent(text, date(2015, 8, 4))
            if i.event_type == "Battles"]


def test_the_same_area_right_after_reaches_the_town() -> None:
    assert set(_fight_governorates(_TOWN + _COUNTRY_THEN_SAME)) == {"Aleppo"}


def test_the_same_area_does_not_reach_a_town_many_sentences_back() -> None:
    found = _fight_governorates(_TOWN + _FILLER + _COUNTRY_THEN_SAME)
    assert "Aleppo" not in found
