"""Entity audit 31b: a country spelt like its indefinite nisba after the noun it describes is an
adjective («جنديا تركيا»: a Turkish soldier), no place; a singular subject before a casualty verb
(«إن جنديا قتل») and «وأصيب آخر» count one person each. Sentences written for the tests."""

from __future__ import annotations

from core.pipeline import analyze


def _of(text: str, label: str) -> list[tuple[str, dict]]:
    return [(s.text, s.attrs or {}) for s in analyze(text, "2015-08-01", "").entities if s.label == label]


def _places(text: str) -> list[str]:
    return [t for t, _ in _of(text, "LOCATION")]


# ---------------------------------------------------------------- nisba adjectives


def test_an_accusative_nisba_after_its_noun_is_no_country() -> None:
    for text, word in (("وقالت الشرطة إن جنديا تركيا أصيب في الانفجار قرب مدينة أورفة.", "تركيا"),
                       ("وأكدت المفوضية أن لاجئا سوريا غرق قبالة جزيرة ليسبوس.", "سوريا"),
                       ("وذكرت الوكالة أن مسؤولا ليبيا نجا من محاولة اغتيال في مدينة مصراتة.", "ليبيا"),
                       ("وأفادت المصادر أن شاباً روسياً اعتقل في المطار.", "روسيا"),
                       ("وكانت عائلة سورية قد وصلت إلى مدينة إزمير قبل يومين.", "سورية")):
        assert word not in _places(text), text


def test_a_country_after_a_participle_or_a_preposition_stays_a_place() -> None:
    # «متهما تركيا»: accusing Turkey (a participle with its object); «جنديا في تركيا»: a place
    assert "تركيا" in _places("وخرج المتحدث غاضبا متهما تركيا بدعم المسلحين.")
    assert "تركيا" in _places("ونقل جنديا إلى تركيا لتلقي العلاج.")
    assert "سوريا" in _places("وعاد اللاجئون إلى سوريا بعد الهدنة.")


# ---------------------------------------------------------------- singular casualties


def _counts(text: str) -> list[tuple[str, object]]:
    return [(a.get("role"), a.get("count")) for _, a in _of(text, "CASUALTY")]


def test_a_singular_subject_before_its_casualty_verb_is_one_person() -> None:
    assert _counts("وقالت الشرطة إن شابا قتل برصاص مسلحين مجهولين في الحي.") == [("killed", 1)]
    assert _counts("وذكرت مصادر طبية أن طفلا يمنيا أصيب بشظايا القذيفة.")[0] == ("injured", 1)


def test_another_one_after_a_casualty_verb_is_one_more() -> None:
    assert _counts("وأعلن الجيش أن جنديا تركيا قتل وأصيب آخر برصاص قناص على الحدود.") == [("killed", 1), ("injured", 1)]
    assert _counts("قتل جندي وأصيب آخر في انفجار لغم أرضي.") == [("killed", 1), ("injured", 1)]


def test_the_last_of_a_group_is_no_count_of_one() -> None:
    # «آخر المسلحين»: the last of the gunmen, no «another one»
    assert _counts("وقتل آخر المسلحين المتحصنين في المبنى.") == [("killed", None)]


def test_a_subject_who_kills_someone_is_not_the_one_killed() -> None:
    # «إن مسلحا قتل جنديا»: the gunman killed one soldier (the object after the verb is counted)
    counts = _counts("وقالت الشرطة إن مسلحا قتل جنديا عند نقطة التفتيش.")
    assert counts == [("killed", 1)]
    whose = [a.get("whose") for _, a in _of("وقالت الشرطة إن مسلحا قتل جنديا عند نقطة التفتيش.", "CASUALTY")]
    assert whose == ["جنديا"]
    # «إن جنديا قتل مسلحين»: the soldier killed some gunmen, not himself
    assert [a.get("whose") for _, a in _of("وقالت الشرطة إن جنديا قتل مسلحين عند نقطة التفتيش.", "CASUALTY")] == ["مسلحين"]
