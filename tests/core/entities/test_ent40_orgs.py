"""Entity audit of session 40: the Syrian Network for Human Rights, a source of the casualty and barrel-bomb
counts in Syria news («الشبكة السورية لحقوق الإنسان»: 8 SaudiNewsNet uses in 7 articles, «الشبكة السورية» 10),
was no organisation. Sentences written for the test."""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze


def test_snhr_is_an_organisation_and_a_source() -> None:
    text = ("وثقت الشبكة السورية لحقوق الإنسان مقتل 40 مدنيا في قصف بالبراميل المتفجرة على ريف إدلب خلال الأسبوع "
            "الماضي. وقالت الشبكة السورية في تقريرها إن معظم الضحايا من الأطفال.")
    doc = analyze(text, date(2015, 8, 3)).doc
    ids = [(doc.text[e.start:e.end], e.attrs.get("id") or e.attrs.get("organization")) for e in doc.entities
           if e.label in ("ORGANIZATION", "SOURCE")]
    assert ("الشبكة السورية لحقوق الإنسان", "snhr") in ids, ids
    assert ("الشبكة السورية", "snhr") in ids, ids
