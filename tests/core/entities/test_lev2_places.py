"""Places outside Yemen (session 33, lev2): Libyan quarters and towns, Albu Kamal written as one
word, Van (Turkey), and a town of the article's country read bare over a smaller namesake abroad.

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from core.entities import places
from core.pipeline import analyze


def _places(text: str) -> dict[str, tuple[str, str]]:
    """name as written → (country, admin1_en) of the gazetteer step's places."""
    doc = analyze(text, until="tokenise").doc
    return {s.text: (s.attrs.get("country", ""), s.attrs.get("admin1_en", "")) for s in places.find(doc)}


def test_benghazi_quarters_are_in_benghazi():
    found = _places("تقدمت قوات الجيش في محور قنفودة وسيطرت على منطقة القوارشة بعد معارك في قاريونس ببنغازي.")
    assert found["قنفودة"] == ("Libya", "Benghazi")
    assert found["منطقة القوارشة"] == ("Libya", "Benghazi")
    assert found["قاريونس"] == ("Libya", "Benghazi")


def test_tripoli_suburbs_and_western_mountain_towns():
    found = _places("اندلعت اشتباكات في تاجوراء وقصر بن غشير جنوب طرابلس، وقصفت قوات فجر ليبيا بلدة ككلة ومنطقة ورشفانة.")
    assert found["تاجوراء"] == ("Libya", "Tripoli")
    assert found["قصر بن غشير"] == ("Libya", "Tripoli")
    assert found["بلدة ككلة"] == ("Libya", "Al Jabal al Gharbi")
    assert found["منطقة ورشفانة"] == ("Libya", "Al Jafarah")


def test_benina_needs_a_head():
    # «بنينا» is also «we built»
    assert "بنينا" not in _places("قال المسؤول في ليبيا إننا بنينا مدارس كثيرة في بنغازي.")
    assert _places("هبطت الطائرة في منطقة بنينا شرق بنغازي.")["منطقة بنينا"] == ("Libya", "Benghazi")


def test_albu_kamal_written_as_one_word():
    assert _places("قصفت طائرات التحالف مواقع في مدينة البوكمال قرب الحدود العراقية.")["مدينة البوكمال"] == \
        ("Syria", "Deir-ez-Zor")
    assert _places("سيطر التنظيم على البوكمال في دير الزور.")["البوكمال"] == ("Syria", "Deir-ez-Zor")


def test_van_with_a_head_and_not_the_word_wa_anna():
    assert _places("قتل جنديان في هجوم على مخفر في ولاية وان شرقي تركيا.")["ولاية وان"] == ("Turkey", "Van")
    assert _places("انفجرت قنبلة قرب مركز للشرطة في مدينة وان التركية.")["مدينة وان"] == ("Turkey", "Van")
    assert not any(k.endswith("وان") for k in _places("قال الرئيس التركي في أنقرة وان الجيش سيرد على الهجوم."))


def test_a_town_of_the_articles_country_over_a_smaller_namesake_abroad():
    # Sinjar of Iraq (38,000 people) and a village of Idlib share the name; in Iraqi news it is Iraq's
    found = _places("قالت مصادر أمنية في العراق إن قوات البيشمركة اشتبكت مع مسلحي داعش في سنجار.")
    assert found["سنجار"] == ("Iraq", "Ninewa")
    # with neither country told, the bare name stays unplaced
    assert "سنجار" not in _places("قال ناشطون إن اشتباكات وقعت في سنجار أمس.")
