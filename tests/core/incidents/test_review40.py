"""Session 40 review: narrowing of this session's rules where the corpus showed an over-reach
(sentences written for the tests)."""
from __future__ import annotations

from core.pipeline import analyze

DAY = "2015-08-02"


def _tolls(text: str) -> list[int | None]:
    return [i.fatalities for i in analyze(text, DAY).incidents]


def test_policemen_a_crime_is_held_for_are_not_two_more_dead() -> None:
    """«كانوا متورطين في قتل شرطيين»: the -ين form after a word of involvement is policemen in
    general (a crime held against the dead), not two more of the clash's dead."""
    text = ("قتلت قوات الأمن خمسة مسلحين في اشتباك قرب مدينة الموصل أمس. "
            "وقالت الشرطة إن المسلحين كانوا متورطين في قتل شرطيين وتفجير سيارات.")
    tolls = _tolls(text)
    assert tolls[0] == 5 and 2 not in tolls and 7 not in tolls  # before: the crime told as 2 killed


def test_policemen_killed_in_the_event_are_still_two() -> None:
    text = ("قتلت قوات الأمن خمسة مسلحين في اشتباك قرب مدينة الموصل أمس. "
            "وقالت الشرطة إن الاشتباك أسفر أيضا عن مقتل شرطيين.")
    assert _tolls(text) == [7]


def test_abi_goes_on_only_after_son_of() -> None:
    """«أبي» runs a name on only as «بن أبي»; «آبي» after a given name (Abe) ends the name."""
    from core.entities.consistency import extend_particle_right
    from core.text.normalize import normalize_token

    def norms(s: str) -> list[str]:
        return [normalize_token(w) for w in s.split()]

    abe = "وحضر الرئيس كينجي آبي إلى جانب الوفد"
    tags = "O O B-PERS I-PERS O O O".split()
    assert extend_particle_right(norms(abe), tags) == tags
    abe_bare = "والتقى الوزير ماساو ابي ممثلين عن الحزب"
    tags = "O O B-PERS I-PERS O O O".split()
    assert extend_particle_right(norms(abe_bare), tags) == tags
    son_of = "قال سالم بن أبي بكر إنه"
    assert extend_particle_right(norms(son_of), "O B-PERS I-PERS I-PERS O O".split()) == \
        "O B-PERS I-PERS I-PERS I-PERS O".split()
