"""Actors of incidents on the Yemen read part (session 39, branch `s39-yact`): a sentence opening
with a verb that names no subject («وقامت بقصف …») goes on with the subject of the sentence before.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone

SHELLING = "Shelling/artillery/missile attack"


def _actors(text: str, sub_event: str) -> list[tuple[str | None, str | None]]:
    return [(i.actor1.name_en if i.actor1 else None, i.actor2.name_en if i.actor2 else None)
            for i in analyze(text, DAY).incidents if i.sub_event_type == sub_event]


def test_a_sentence_opening_with_a_helping_verb_goes_on_with_the_subject_before() -> None:
    """«… وقصفت قرى مديرية حيفان. وقامت بقصف عشوائي على حي الروضة»: the second sentence opens with
    «وقامت» and names no subject: its shelling is by the party of the sentence before."""
    text = ("تعز - صعدت ميليشيات الحوثي من هجماتها في محافظة تعز وقصفت أمس قرى مديرية حيفان بصواريخ الكاتيوشا. "
            "وقامت بقصف عشوائي على حي الروضة في مدينة تعز، ما أدى إلى مقتل خمسة مدنيين.")
    got = _actors(text, SHELLING)
    assert len(got) == 2
    assert all(a1 == "Houthis (Ansar Allah)" for a1, _ in got)


def test_a_sentence_naming_its_own_subject_keeps_it() -> None:
    """«… وقامت قوات الجيش بقصف …»: a subject named after the helping verb is the shelling's doer, not
    the party of the sentence before."""
    text = ("تعز - صعدت ميليشيات الحوثي من هجماتها في محافظة تعز وقصفت أمس قرى مديرية حيفان بصواريخ الكاتيوشا. "
            "وقامت قوات الجيش الوطني بقصف مواقع الميليشيات في منطقة الضباب غرب مدينة تعز.")
    got = _actors(text, SHELLING)
    assert any(a1 and a1.startswith("Military Forces of Yemen") for a1, _ in got)


def test_no_subject_carried_across_a_paragraph() -> None:
    """A new paragraph opening with «وقامت» is not read as going on with the last paragraph's subject."""
    text = ("تعز - صعدت ميليشيات الحوثي من هجماتها في محافظة تعز وقصفت أمس قرى مديرية حيفان بصواريخ الكاتيوشا.\n"
            "وقامت بقصف عشوائي على حي الروضة في مدينة تعز، ما أدى إلى مقتل خمسة مدنيين.")
    got = _actors(text, SHELLING)
    assert any(a1 is None for a1, _ in got) or len(got) == 1


def test_a_singular_verb_opening_a_sentence_may_name_its_subject_after_it() -> None:
    """«… وقصفت الطائرة السيارة …»: a singular past verb may have its subject after it (here an
    aircraft, no party): the rule carries no subject over to the second sentence's strike."""
    text = ("دمشق - قال مصدر عسكري إن غارة جوية إسرائيلية استهدفت سيارة في القنيطرة وقتلت اثنين من عناصر حزب الله. "
            "وقصفت الطائرة السيارة عند مدخل قرية الحضر قرب هضبة الجولان.")
    strikes = [i for i in analyze(text, DAY).incidents if i.sub_event_type == "Air/drone strike"]
    assert any(i.actor1 is None for i in strikes)


IED = "Remote explosive/landmine/IED"


def test_people_killed_by_mines_are_civilians_hit() -> None:
    """«قتل 7 أشخاص بينهم 3 مدنيين … إثر انفجارات لألغام زرعها المتمردون»: a blast naming no side hit
    whose dead and wounded are people or civilians hit civilians (actor2 Civilians)."""
    text = ("عدن - قتل 7 أشخاص بينهم 3 مدنيين، وأصيب 40 آخرين، خلال الـ 24 ساعة الماضية، إثر انفجارات "
            "لألغام أرضية زرعها المتمردون في مدينة الحوطة بمحافظة لحج.")
    got = _actors(text, IED)
    assert got and got[0][1] == "Civilians (Yemen)"


def test_people_killed_told_in_reported_speech_are_civilians_hit() -> None:
    """«قالت مصادر طبية إن 7 أشخاص لقوا حتفهم … إثر انفجار ألغام زرعتها ميليشيات الحوثي»: the Houthis
    laid them, the people killed are civilians."""
    text = ("عدن - قالت مصادر طبية إن 7 أشخاص لقوا حتفهم، وأصيب 40 آخرون، إثر انفجار ألغام أرضية زرعتها "
            "ميليشيات الحوثي في مدينة الحوطة بمحافظة لحج.")
    assert _actors(text, IED) == [("Houthis (Ansar Allah)", "Civilians (Yemen)")]


def test_fighters_killed_by_a_mine_are_no_civilians() -> None:
    """«قتل 6 مسلحين حوثيين في انفجار لغم»: fighters counted dead are no civilians."""
    text = "لحج - قتل 6 مسلحين حوثيين أمس في انفجار لغم أرضي قرب مدينة الحوطة بمحافظة لحج."
    got = [a2 for _, a2 in _actors(text, IED)]
    assert "Civilians (Yemen)" not in got
