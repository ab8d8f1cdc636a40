"""Persons: a group's name that is a family's surname, right after a person, is one person; a word with tanween is no name (audit 22)."""

from __future__ import annotations

from core.document import Document, Span
from core.entities import join_family_names
from core.incidents.actors import members_surnames

HOUTHIS = {"id": "houthis", "name_en": "Houthis (Ansar Allah)", "inter": 2}


def _doc(text: str) -> Document:
    return Document(text=text)


def _at(doc: Document, words: str, label: str, source: str, **attrs) -> Span:
    start = doc.text.index(words)
    return doc.span(start, start + len(words), label, source, **attrs)


def test_a_person_before_the_houthis_family_name_is_one_person() -> None:
    # audit 22 (fresh article): «هما عبدالله يحيى الحكيم وعبد الخالق الحوثي» was a PERSON «عبد الخالق»
    # and the group «الحوثي»
    doc = _doc("وجمدت أموال قائدين هما عبدالله يحيى الحكيم وعبد الخالق الحوثي أمس.")
    person = _at(doc, "عبد الخالق", "PERSON", "model")
    group = _at(doc, "الحوثي", "ARMED_ACTOR", "lexicon", **HOUTHIS)
    joined = join_family_names(doc, [person, group])
    assert [(s.label, s.text) for s in joined] == [("PERSON", "عبد الخالق الحوثي")]
    # the group stays known as his, for the incident step's sides
    assert [(s.label, s.text, s.attrs["id"]) for s in members_surnames(_with(doc, joined))] == [
        ("ARMED_ACTOR", "الحوثي", "houthis")]


def test_the_group_alone_apart_or_after_an_analysts_person_stays_the_group() -> None:
    doc = _doc("وهاجم مسلحو الحوثي المدينة، وقال علي إن الحوثي انسحب.")
    group = _at(doc, "الحوثي", "ARMED_ACTOR", "lexicon", **HOUTHIS)
    assert join_family_names(doc, [group]) == [group]
    # an analyst's span is left as the analyst drew it
    user = _at(doc, "مسلحو", "PERSON", "user")
    assert [s.label for s in join_family_names(doc, [user, group])] == ["PERSON", "ARMED_ACTOR"]
    # a person not right before it («علي إن الحوثي») keeps apart
    k = doc.text.index("الحوثي", group.end)
    later = doc.span(k, k + len("الحوثي"), "ARMED_ACTOR", "lexicon", **HOUTHIS)
    person = _at(doc, "علي", "PERSON", "model")
    assert [s.label for s in join_family_names(doc, [person, later])] == ["PERSON", "ARMED_ACTOR"]


def _with(doc: Document, spans: list[Span]) -> Document:
    doc.layers["entities"] = spans
    return doc


def test_a_taggers_person_written_with_tanween_is_no_person() -> None:
    # audit 22 (fresh article): «وخلفت أطفالاً، وأباً مكلوماً» (a grieving father) was a PERSON
    from core.entities import _indefinite_person

    doc = _doc("وخلفت أطفالا لك، وأباً مكلوماً، وزارهم محمد علي.")
    assert _indefinite_person(_at(doc, "وأباً مكلوماً", "PERSON", "model"))
    assert not _indefinite_person(_at(doc, "محمد علي", "PERSON", "model"))
    assert not _indefinite_person(_at(doc, "أطفالا", "LOCATION", "model"))
