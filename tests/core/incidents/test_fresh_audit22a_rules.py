"""Rules added after the twenty-second fresh-article audit (aud22a: a coder's reading of never-coded
Yemen-war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)
BATTLE = "Battles"

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def types(text: str) -> list[str]:
    return [i.event_type for i in analyze(text, DAY).incidents]


def test_president_hadi_forces_by_full_name_are_the_army() -> None:
    """«قوات الرئيس (اليمني) عبد ربه منصور هادي»: the president's forces named with his full name are
    the government's army, as «قوات الرئيس هادي» already was — so «أكد مصدر سيطرة قوات الرئيس …
    على …» names its taker and is territory regained. (Bare «قوات هادي» stays unread: AFP calls
    the resistance so, «قوات هادي التي يطلق عليها المقاومة الشعبية».)"""
    for text in ("وأكد مصدر محلي سيطرة قوات الرئيس اليمني عبد ربه منصور هادي على مديرية بيحان في محافظة شبوة.",
                 "وأكدت مصادر قبلية سيطرة قوات الرئيس عبدربه منصور هادي على معسكر اللواء 19 في مديرية بيحان."):
        [taken] = analyze(text, DAY).incidents
        assert taken.sub_event_type == "Government regains territory"
        assert taken.location is not None and taken.location.admin1_en == "Shabwah"
        assert taken.actor1 is not None and taken.actor1.name_en.startswith("Military Forces of Yemen")


def test_deed_verb_with_its_doer_after_it_reports_an_event() -> None:
    """«وتصدت القوات السعودية للهجوم …», «واقتحمت المقاومة الشعبية مبنى …»: a past deed verb opening
    its clause with the doer right after it is how news tells a deed, even where the eventness
    model reads the sentence as talk; the fight is coded, not set aside as commentary."""
    text = ("حاول مسلحون حوثيون فجر أمس التسلل إلى قرية الخوجرة في محافظة الطوال بمنطقة جازان. "
            "وتصدت القوات السعودية المشتركة لذلك الهجوم من خلال الدبابات وطائرات الأباتشي.")
    doc = analyze(text, DAY)
    assert not any("possibly_commentary" in i.flags for i in doc.incidents + doc.set_aside)
    text = ("وتواصل المقاومة الشعبية تقدمها في مدينة تعز. "
            "واقتحمت المقاومة الشعبية مبنى الأمن السياسي وأفرجت عن عدد من أسراها.")
    assert BATTLE in types(text)


def test_deed_told_as_a_noun_or_a_wish_stays_talk() -> None:
    """The rule reads the verb-subject order only: talk that names the deed as a noun or wishes it
    («ويرى المحللون أن هجوم المقاومة على …») is not made a report by it."""
    text = ("وتواصل المقاومة الشعبية تقدمها في مدينة تعز. "
            "ويرى محللون أن اقتحام المقاومة الشعبية لمبنى الأمن السياسي بات مسألة وقت.")
    assert BATTLE not in types(text)


def test_residents_who_tell_a_death_are_not_its_victims() -> None:
    """«أشار سكان محليون في القرى … إلى أن العشرات من مسلحي الحوثي قتلوا», «وقال الأهالي إن 12 من
    المسلحين الحوثيين لقوا مصرعهم»: the residents and villages named before the «أن/إن» of an
    attribution verb are who told the deaths, not who was hit — fighters killed is a fight, no
    attack on civilians; «قال الأهالي إن الحوثيين قتلوا 12 من المدنيين» still is one."""
    for text in ("أشار سكان محليون في القرى الزراعية الواقعة على الطريق الغربي لمدينة الحوطة إلى أن العشرات من مسلحي الحوثي قتلوا أثناء فرارهم.",
                 "وقال الأهالي إن 12 من المسلحين الحوثيين لقوا مصرعهم أمس في مدينة الحوطة."):
        [fight] = analyze(text, DAY).incidents
        assert fight.event_type == BATTLE
        assert not any(a.actor_type == "civilians" for a in fight.side(1) + fight.side(2))
    [attack] = analyze("وقال الأهالي إن الحوثيين قتلوا 12 من المدنيين أمس في مدينة الحوطة.", DAY).incidents
    assert attack.event_type == "Violence against civilians"


def test_resistance_named_by_its_region_or_its_fighters() -> None:
    """«مقاومة آزال» (the resistance in Sanaa and the north: «القوات الشعبية الموالية للشرعية التي
    تطلق على نفسها تسمية مقاومة آزال»), «مقاومة ذمار», and «مسلحو/مقاتلو المقاومة الشعبية» are the
    Popular Resistance — not a place «آزال», and a doer right after a deed verb («وشن مسلحو
    المقاومة الشعبية هجوما …»)."""
    [fight] = analyze("كما هاجمت مقاومة آزال أمس دورية للحوثيين في شارع هائل بالعاصمة صنعاء.", DAY).incidents
    assert fight.actor1 is not None and fight.actor1.name_en == "Popular Resistance"
    text = ("وتواصل المقاومة الشعبية تقدمها في مدينة تعز. "
            "هذا وشن مسلحو المقاومة الشعبية هجوما كبيرا على مقر الأمن السياسي.")
    doc = analyze(text, DAY)
    assert not any("possibly_commentary" in i.flags for i in doc.incidents + doc.set_aside)
    assert BATTLE in types(text)


def test_deed_verb_after_a_time_phrase_with_its_doer_reports_an_event() -> None:
    """«وفي ساعة متأخرة من مساء الخميس قصف الطيران موقعا للدفاع الجوي قرب …»: a time phrase may
    open the clause before the deed verb and its doer; a meeting so told stays no event."""
    text = "وفي ساعة متأخرة من مساء الخميس قصف الطيران موقعا للدفاع الجوي قرب مطار الحديدة."
    doc = analyze(text, DAY)
    assert [i.sub_event_type for i in doc.incidents] == ["Air/drone strike"]
    assert types("وفي ساعة متأخرة من مساء الخميس عقد المجلس المحلي اجتماعا في مدينة الحديدة.") == []


def test_definite_medium_word_names_no_medium() -> None:
    """«قناة المسيرة», «موقع المصدر أونلاين» name a medium and the words after them are its name;
    with the article the word names none: «وشهد الموقع اشتباكات» (the position), «وأكد مصدر
    للصحيفة سيطرة المقاومة على …» (to the paper) — the fight and the taking are told."""
    assert types("وتقدمت المقاومة نحو المعسكر. وشهد الموقع اشتباكات عنيفة مع الحوثيين في مديرية صرواح.") == [BATTLE]
    assert types("وأكد مصدر محلي للصحيفة سيطرة المقاومة على مديرية صرواح.") == [BATTLE]
    assert types("وبثت قناة المسيرة صورا لمقاتلين في مديرية صرواح.") == []


def test_a_clause_of_openers_only_at_the_end_of_the_text_has_no_deed_opener() -> None:
    """`reports._doer_opens` skips «كما/ثم» and punctuation at a clause's start; a clause made of
    them alone at the end of the tokens has no verb (it raised IndexError when a DATE span stood
    in the document: the time-lead search read the token past the end)."""
    from core.document import Span
    from core.incidents.clauses import Clause
    from core.incidents.reports import _doer_opens
    from core.text.tokens import tokenize

    text = "قصفت الطائرات الموقع أمس، ثم"
    tokens = tokenize(text)
    day = Span(start=text.index("أمس"), end=text.index("أمس") + 3, label="DATE", text="أمس")
    last = Clause(text.index("ثم"), len(text), 0, len(tokens) - 1, len(tokens), 0)
    assert _doer_opens([last], tokens, [day]) is False
