"""Session 39 (lev24): the armed group a verb of accusing names as the doer of an attack
(«اتهم … بتنفيذ الهجوم», «… بالوقوف وراء التفجير») is blamed for it, as a claim or «حمّل … المسؤولية».

Sentences written for the tests in the style of the news; the codability model is off.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2016, 3, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _first_actors(text: str) -> list[str]:
    return [i.actor1.name_en if i.actor1 else "" for i in analyze(text, DAY).incidents]


def test_accused_of_carrying_out_the_blast_did_it():
    text = ("لقي ثلاثة من رجال الشرطة مصرعهم أمس في انفجار عبوة ناسفة على طريق في مدينة الموصل. "
            "واتهمت قيادة الشرطة عناصر تنظيم داعش بتنفيذ الهجوم.")
    assert any("Islamic State" in a for a in _first_actors(text))


def test_accused_with_a_comma_and_standing_behind():
    text = ("أصيب خمسة مدنيين أمس في تفجير سيارة مفخخة قرب سوق شعبي في مدينة ديار بكر، "
            "واتهم المسؤولون الأتراك حزب العمال الكردستاني، بالوقوف وراء التفجير.")
    assert any("PKK" in a for a in _first_actors(text))


def test_an_accusation_of_violations_blames_no_one():
    text = ("قتل أربعة مدنيين أمس في انفجار عبوة ناسفة في مدينة الموصل. "
            "واتهمت منظمة حقوقية تنظيم داعش بارتكاب انتهاكات بحق السكان.")
    assert not any("Islamic State" in a for a in _first_actors(text))



def test_the_next_sentence_blaming_the_attack_is_about_it():
    # the blast told in a sentence of its own, the accusation in the next one of the paragraph,
    # then another deed of the same place: the accused group is the bomber
    text = ("شهدت مدينة ماردين أمس هجومين أسفرا عن مقتل ستة من رجال الأمن. "
            "وقالت الولاية في بيان إن ثلاثة من رجال الشرطة قتلوا وأصيب آخر إثر انفجار لغم أرضي على طريق في بلدة نصيبين. "
            "واتهمت الولاية عناصر حزب العمال الكردستاني بتنفيذ الهجوم. "
            "وتشهد نصيبين مواجهات بين الشرطة والمسلحين منذ أيام.")
    blasts = [i for i in analyze(text, DAY).incidents if i.event_type == "Explosions/Remote violence"]
    assert blasts and all(i.actor1 and "PKK" in i.actor1.name_en for i in blasts)



def test_an_accusation_of_other_attacks_in_the_next_sentence_is_not_about_it():
    text = ("وقالت الولاية في بيان إن ثلاثة من رجال الشرطة قتلوا وأصيب آخر إثر انفجار لغم أرضي على طريق في بلدة نصيبين. "
            "واتهمت الولاية عناصر حزب العمال الكردستاني بتدبير هجمات سابقة في الشهر الماضي. "
            "وتشهد نصيبين مواجهات بين الشرطة والمسلحين منذ أيام.")
    blasts = [i for i in analyze(text, DAY).incidents if i.event_type == "Explosions/Remote violence"]
    assert blasts and not any(i.actor1 and "PKK" in i.actor1.name_en for i in blasts)

