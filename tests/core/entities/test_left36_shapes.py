"""Shapes earlier sessions left (session 36, left36): written sentences, not copied from articles."""

from __future__ import annotations

from core.entities import lexicon
from core.pipeline import analyze


def _actors(text: str) -> list[tuple[str, str]]:
    doc = analyze(text, None, until="tokenise").doc
    return [(s.text, s.attrs.get("name_en", "")) for s in lexicon.find(doc) if s.label == "ARMED_ACTOR"]


def test_forces_with_a_nationality_adjective_are_that_countrys_forces() -> None:
    got = _actors("اشتبكت القوات الباكستانية مع مسلحين في منطقة قبلية أمس.")
    assert ("القوات الباكستانية", "Military Forces of Pakistan") in got
    got = _actors("وقال مسؤول إن قوات أفغانية تقدمت نحو البلدة بعد معارك عنيفة.")
    assert ("قوات أفغانية", "Military Forces of Afghanistan") in got
    got = _actors("وانسحبت القوات الأوكرانية من مواقعها قرب المطار.")
    assert ("القوات الأوكرانية", "Military Forces of Ukraine") in got


def test_forces_of_a_listed_army_take_the_listed_actor() -> None:
    got = _actors("وتقدمت القوات السورية نحو التلال بعد قصف عنيف.")
    assert [name for text, name in got if text == "القوات السورية"] == ["Military Forces of Syria (2000-)"]


def test_forces_alone_or_the_lebanese_forces_party_are_no_army() -> None:
    assert not _actors("وانسحبت القوات من مواقعها قرب المطار.")
    got = _actors("وقال مسؤول في القوات اللبنانية إن الحزب لن يشارك في الحكومة.")
    assert not any(name.startswith("Military Forces") for _, name in got)


def _killed(text: str) -> list[int | None]:
    from core.entities import casualties

    doc = analyze(text, None, until="tokenise").doc
    return [s.attrs["count"] for s in casualties.find(doc) if s.attrs["role"] == "killed"]


def test_single_people_joined_in_one_casualty_phrase_are_summed() -> None:
    assert _killed("قتل رجل وامرأة في قصف على السوق.") == [2]
    assert _killed("قتل قيادي وعنصر من الجماعة في كمين.") == [2]
    assert _killed("قتل قائد وأحد العناصر في اشتباك قرب الجسر.") == [2]
    assert _killed("قتل قائد كتيبة وأحد مرافقيه في غارة على سيارته.") == [2]
    assert _killed("بينما قتل قائد عسكري وأحد العناصر في اشتباك قرب الجسر.") == [2]
    assert _killed("قتل جندي نيجيري وأربعة مدنيين في هجوم على القرية.") == [5]
    assert _killed("لقي قائد ميداني واثنان من مرافقيه مصرعهم في كمين.") == [3]


def test_one_person_alone_stays_one() -> None:
    assert _killed("قتل شخص واحد في القصف على الحي.") == [1]
    assert _killed("قتل جندي وأصيب آخر في الهجوم.") == [1]


def test_losses_not_confirmed_are_no_casualties() -> None:
    # no loss is known: 0 by ACLED's rule (CODING.md), not «killed, number unknown»
    assert _killed("واستهدف القصف مواقع المسلحين دون التأكد من إيقاع خسائر بشرية في صفوفهم.") == []
    assert _killed("وسقطت القذائف على أطراف البلدة، ولم يتسن التأكد من وقوع إصابات أو قتلى.") == []


def test_deaths_told_but_unconfirmed_stay_told() -> None:
    assert _killed("وأعلن الجيش تدمير مواقع للمسلحين، ولم يتسن التأكد من مقتل 20 منهم.") == [20]
    assert _killed("وأسفر القصف عن خسائر بشرية في صفوف المسلحين.") == [None]


def _labels(text: str) -> list[tuple[str, str]]:
    a = analyze(text, None, "")
    return [(e.label, text[e.start:e.end]) for e in a.entities]


def test_afp_as_the_french_news_agency_is_a_source() -> None:
    got = _labels("وقال ضابط في الشرطة لوكالة الأنباء الفرنسية إن الوضع هادئ في المدينة.")
    assert ("SOURCE", "وكالة الأنباء الفرنسية") in got


def test_afp_with_a_proclitic_is_no_person() -> None:
    got = _labels("وقال أحد السكان لفرانس برس إن الأسواق أغلقت أبوابها.")
    assert not any(label == "PERSON" and "فرانس" in text for label, text in got)
    assert any(label == "SOURCE" and "فرانس برس" in text for label, text in got)
