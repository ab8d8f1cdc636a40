"""Rules added after the fresh-article audit of seed 2311 (session 24: a coder's reading of
never-coded SaudiNewsNet articles).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

DAY = date(2015, 7, 27)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "event_type", "sub_event_type")


def _sides(text: str) -> list[tuple[str, str, str]]:
    return coded(text, DAY, "sub_event_type", "actor1", "actor2")


# -- «مسيرة» as a course, not a march ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ويأمل سكان تعز أن تمضي مسيرة التحرير حتى تبلغ صنعاء بعد انتصارات المقاومة في عدن.",
    "وأكد المحافظ أن مسيرة البناء انطلقت أمس في مدينة عدن بعد تطهيرها من المتمردين.",
    "ودعا الوزير أبناء حضرموت إلى مواصلة مسيرة التنمية في مدينة المكلا.",
    "وزعم قادة الجماعة في صنعاء أن المسيرة القرآنية ماضية في طريقها.",
])
def test_a_march_of_a_cause_is_no_protest(text: str) -> None:
    """«أن تمضي مسيرة التحرير حتى تبلغ صنعاء», «مسيرة البناء», «المسيرة القرآنية»: the march word
    with a word of a course or cause right after it is the way a people or a movement goes — no
    march in the street, no protest."""
    assert ("Protests", "Peaceful protest") not in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text", [
    "خرجت مسيرة حاشدة في مدينة تعز أمس تأييدا للمقاومة الشعبية.",
    "وجابت مسيرة الغضب شوارع مدينة إب أمس تنديدا بقصف الأحياء السكنية.",
])
def test_a_march_in_the_street_stays_a_protest(text: str) -> None:
    """A march told with its crowd or named by its anger («مسيرة حاشدة», «مسيرة الغضب») is a
    protest as before."""
    assert ("Protests", "Peaceful protest") in _kinds(text), _kinds(text)


# -- the police beat: common criminals arrested ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "تمكنت الشرطة في جازان مساء الثلاثاء من القبض على أكبر مهرب للعمالة في المنطقة.",
    "وأعلنت الشرطة في نجران أمس أنه تم القبض على الجاني وإحالته إلى النيابة.",
    "وألقت دورية أمنية أمس القبض على ثلاثة لصوص في حي المنصورة بعدن.",
])
def test_an_arrest_of_a_common_criminal_is_no_acled_arrest(text: str) -> None:
    """«القبض على أكبر مهرب للعمالة», «القبض على الجاني», «ثلاثة لصوص»: the local press's police
    beat — a smuggler, a murderer, thieves taken — is no arrest ACLED codes."""
    assert ("Strategic developments", "Arrests") not in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text", [
    "ألقت قوات الأمن أمس القبض على مهربي أسلحة للحوثيين في مديرية المخا.",
    "ألقت المقاومة الشعبية أمس القبض على 12 من مسلحي الحوثي في حي كريتر بعدن.",
    "واعتقلت الميليشيات الحوثية أمس عشرات المخالفين لها في مدينة إب.",
])
def test_an_arrest_of_arms_smugglers_or_fighters_stays(text: str) -> None:
    """Smugglers of arms («مهربي أسلحة للحوثيين»), fighters taken and a party's opponents
    («المخالفين لها»: the word is also the law-breakers of the Saudi police beat) stay arrests."""
    assert ("Strategic developments", "Arrests") in _kinds(text), _kinds(text)


# -- «شرطة» + a place: the police -------------------------------------------------------------------

@pytest.mark.parametrize("text, police", [
    ("ألقت شرطة عدن أمس القبض على خلية حوثية في مديرية المنصورة.", "Police Forces of Yemen"),
    ("تمكنت شرطة منطقة جازان أمس من القبض على أربعة مسلحين في محافظة صامطة.", "Police Forces of Saudi Arabia"),
])
def test_the_police_of_a_place_make_the_arrest(text: str, police: str) -> None:
    """«ألقت شرطة عدن القبض على خلية حوثية»: the police named by its town (a construct with no
    article) is the police — it had been no actor, and the cell arrested had become the arrester
    of civilians."""
    found = _sides(text)
    assert found and found[0][0] == "Arrests" and found[0][1] == police, found
    assert found[0][2] != "Civilians (Yemen)" and found[0][2] != "Civilians (Saudi Arabia)", found


def test_the_police_of_a_place_fight_back() -> None:
    """«اشتبكت شرطة عدن مع مسلحين مجهولين»: the police is a side of the clash."""
    found = _sides("اشتبكت شرطة عدن أمس مع مسلحين مجهولين في مديرية الشيخ عثمان.")
    assert found and {found[0][1], found[0][2]} == {"Police Forces of Yemen", "Unidentified Armed Group (Yemen)"}, found
