"""Session 42 (lev33): a pass over fresh non-Yemen conflict articles (levant seeds 3431, 3441).

- A place right after an attack noun in construct («هجوم سوروتش», «تفجير سروج») that follows
  «بعد/عقب/قبل/منذ» or «بالتزامن/تزامنا مع» names the earlier attack the clause is dated by, not
  the clause's place, when the clause names another one; not after «إثر» (the deed's own blast).
- A party glued to «ل» right after a checkpoint or barracks noun («على حاجز لوحدات حماية الشعب»,
  «ثكنة للجيش») holds the post hit: the side hit — except in an abduction or an arrest, where the
  post's holder is who seizes.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import violent

SUNDAY = date(2015, 7, 26)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, SUNDAY)


def _names(actors: list) -> list[str]:
    return [a.name_en for a in actors if a]


# -- an earlier attack named by its place -------------------------------------------------------------

def test_place_of_an_attack_the_clause_is_dated_by_is_not_its_place() -> None:
    text = "وبالتزامن مع هجوم سوروتش انفجرت سيارة مفخخة أمس في جنوب مدينة كوباني وقتل فيها ثلاثة مقاتلين."
    found = _violent(text)
    assert found and {i.location.admin1_en for i in found if i.location} == {"Aleppo"}


def test_a_concurrence_word_behind_a_proclitic_dates_by_the_earlier_attack() -> None:
    from core.incidents.location import _earlier_attack
    from core.text.tokens import tokenize

    for text in ("فبالتزامن مع هجوم سوروتش انفجرت سيارة مفخخة", "وبالتزامن مع هجوم سوروتش انفجرت سيارة مفخخة"):
        tokens = tokenize(text)
        assert _earlier_attack(tokens, next(k for k, t in enumerate(tokens) if t.text == "سوروتش"), 0)


def test_place_after_since_the_attack_is_not_the_clause_place() -> None:
    text = "وبعد يومين من تفجير سروج قتل جنديان أمس في هجوم على دورية في بلدة جيلان بينار."
    found = _violent(text)
    assert found and all(i.location is not None and i.location.name_en == "Ceylanpinar" for i in found)


def test_blast_after_ithr_is_the_deed_own_place() -> None:
    text = "قتل ضابط وثلاثة جنود أمس إثر انفجار عبوة ناسفة برفح في شمال سيناء."
    found = _violent(text)
    assert found and found[0].location is not None and found[0].location.name_en == "Rafah"


def test_attack_named_by_its_place_alone_keeps_that_place() -> None:
    text = "أسفر هجوم انتحاري في مدينة سوروتش أمس عن مقتل 30 شخصا."
    found = _violent(text)
    assert found and found[0].location is not None and found[0].location.admin1_en == "Sanliurfa"


# -- who holds the checkpoint hit ---------------------------------------------------------------------

def test_holder_of_a_checkpoint_a_bomber_hit_is_the_side_hit() -> None:
    found = _violent("فجر انتحاري نفسه بسيارة مفخخة أمس على حاجز لوحدات حماية الشعب قرب مدينة الحسكة.")
    assert found
    assert "YPG: People's Protection Units" not in _names([found[0].actor1])
    assert "YPG: People's Protection Units" in _names([found[0].actor2, *found[0].assoc_actor_2])


def test_holder_of_checkpoints_a_bomb_hit_is_the_side_hit() -> None:
    found = _violent("انفجرت سيارة مفخخة أمس عند حاجز لجبهة النصرة قرب مدينة إدلب.")
    assert found
    assert "Jabhat al Nusra" not in _names([found[0].actor1])
    assert "Jabhat al Nusra" in _names([found[0].actor2, *found[0].assoc_actor_2])


def test_owner_of_a_checkpoint_named_as_the_attacker_stays_it() -> None:
    found = _violent("هاجم مقاتلو تنظيم داعش أمس حاجزا لوحدات حماية الشعب قرب مدينة الحسكة.")
    assert found
    assert "YPG: People's Protection Units" in _names([found[0].actor2, *found[0].assoc_actor_2])
    assert "YPG: People's Protection Units" not in _names([found[0].actor1])
