"""Rules added after the fresh-article audit 23a (a coder's reading of never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 8)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


@pytest.mark.parametrize("fire", ["إطلاق النيران", "إطلاق النار"])
def test_fire_traded_with_heavy_weapons_is_a_clash(fire: str) -> None:
    """«تبادلت المقاومة مع الحوثيين إطلاق النيران بالمدفعية»: fire both sides trade is an armed
    clash, even when the weapons are guns and mortars (not a one-sided shelling); «النيران», the
    plural of «النار», is fire too."""
    text = f"وفي جبهة صرواح، تبادل الجيش الوطني مع المسلحين الحوثيين أمس {fire} بالمدافع وقذائف الهاون."
    [clash] = analyze(text, DAY).incidents
    assert (clash.event_type, clash.sub_event_type) == ("Battles", "Armed clash")
    assert clash.location is not None and clash.location.admin1_en == "Marib"


def test_fire_opened_in_the_plural_is_an_attack() -> None:
    """«تعرضت … لإطلاق النيران»: the plural «النيران» reads like «النار»."""
    text = "وتعرضت نقطة للمقاومة في مدينة صرواح أمس لإطلاق النيران من مسلحين حوثيين."
    [attack] = analyze(text, DAY).incidents
    assert attack.event_type == "Battles"
    assert attack.location is not None and attack.location.admin1_en == "Marib"


def test_one_sided_shelling_stays_shelling() -> None:
    """Without a verb of trading, fire with artillery is shelling."""
    text = "وقصفت مدفعية الحوثيين أمس بقذائف الهاون مواقع المقاومة في صرواح."
    [shelled] = analyze(text, DAY).incidents
    assert shelled.sub_event_type == "Shelling/artillery/missile attack"



@pytest.mark.parametrize("taker, later, lost", [
    ("قوات الجيش الوطني", "مسلحي الحوثي فروا بعد مواجهات مع رجال المقاومة", "Houthi"),
    ("قوات المقاومة", "قوات الحرس الجمهوري لم تشارك في القتال الذي دار بين الثوار والحوثيين", "Saleh"),
])
def test_a_verb_opening_its_clause_goes_on_with_the_subject_before(taker: str, later: str, lost: str) -> None:
    """«تقدمت قوات المقاومة باتجاه دمت، وحررت أمس مديرية مريس، مشيرا إلى أن قوات الحرس …»: a
    freeing verb opening its clause with no subject of its own goes on with the party acting in the
    clause before it, not with the parties of a later clause."""
    text = f"وقال مصدر ميداني إن {taker} تقدمت باتجاه مدينة دمت، وحررت أمس مديرية مريس، مشيرا إلى أن {later}."
    [freed] = [i for i in analyze(text, DAY).incidents if i.sub_event_type == "Government regains territory"]
    want = "Yemen" if "الجيش" in taker else "Popular Resistance"
    assert freed.actor1 is not None and want in freed.actor1.name_en
    assert freed.actor2 is not None and lost in freed.actor2.name_en


def test_a_backer_named_before_is_not_the_subject_gone_on_with() -> None:
    """«وحققت قوات الجيش المدعومة من قوات التحالف تقدما، وطردت أمس الحوثيين من زنجبار»: the
    coalition backing the army did not take the town (a guard for the rule above)."""
    text = ("وحققت قوات الجيش الوطني المدعومة جوا من قوات التحالف تقدما كبيرا، وطردت أمس الحوثيين من "
            "مدينة زنجبار، مشيرا إلى أن قوات الحرس الجمهوري لم تشارك في القتال الذي دار بين الثوار والحوثيين.")
    [freed] = analyze(text, DAY).incidents
    assert freed.actor1 is not None and "Yemen" in freed.actor1.name_en


@pytest.mark.parametrize("link", ["إلى ذلك", "في غضون ذلك", "من جهة أخرى"])
def test_a_link_to_the_next_news_opens_a_clause_without_a_full_stop(link: str) -> None:
    """«… سيعود النازحون إلى أحياء مدينة عدن إلى ذلك شنت طائرات التحالف غارات على …»: a link to the
    next piece of news starts a new clause even when the full stop before it is lost; the place of
    the news before it is not the strike's."""
    text = (f"وقال مسؤول محلي إن النازحين سيعودون قريبا إلى أحياء مدينة عدن بعد إصلاح شبكة الكهرباء {link} "
            "شنت طائرات التحالف أمس غارات جوية على مواقع للحوثيين في مدينة صعدة.")
    incidents = analyze(text, DAY).incidents
    assert [i.location.admin1_en for i in incidents if i.location is not None] == ["Sadah"]


@pytest.mark.parametrize("opening", [
    "إنه بدعم من التحالف تقدمت قوات الجيش الوطني",  # the backer named first: the army is no backer
    "إن قوات الجيش الوطني تقدمت بين قريتين",  # «بين» before no party: no «بين X وY»
])
def test_the_subject_gone_on_with_is_found_past_a_backer_or_a_place_between(opening: str) -> None:
    """Review: every party within four words after «بدعم» counted as a backer, so in «بدعم من
    التحالف تقدمت قوات الجيش …، وحررت أمس مديرية مريس» the army was one too and the town went to
    the resistance of a later clause; any «بين» in the sentence («تقدمت بين قريتين») dropped the
    subject as if «بين X وY» named two sides. A backer is the first party after its word; «بين»
    counts before a party."""
    text = (f"وقال مصدر ميداني {opening} باتجاه مدينة دمت، وحررت أمس مديرية مريس، مشيرا إلى أن مسلحي "
            "الحوثي فروا بعد مواجهات مع رجال المقاومة.")
    [freed] = [i for i in analyze(text, DAY).incidents if i.sub_event_type == "Government regains territory"]
    assert freed.actor1 is not None and "Yemen" in freed.actor1.name_en, freed.actor1


@pytest.mark.parametrize("text", [
    "وتقدمت قوات المقاومة الشعبية إلى ذلك الحي في مدينة تعز وسيطرت عليه.",
    "وستبقى قوات المقاومة في مدينة عدن إلى ذلك الحين.",
    "وضبطت المقاومة أسلحة وذخائر وما إلى ذلك في مدينة عدن.",
])
def test_that_as_a_demonstrative_or_etc_opens_no_clause(text: str) -> None:
    """Review: «إلى ذلك» opened a clause wherever it stood, also where «ذلك» points at the noun
    after it («إلى ذلك الحي»: to that quarter, «إلى ذلك الحين»: until then) and in «وما إلى ذلك»
    (and so on): no link to the next news, one clause."""
    from core.incidents.clauses import split_clauses

    doc = analyze(text, DAY, until="tokenise").doc
    [clauses] = split_clauses(doc)
    assert len(clauses) == 1, [doc.text[c.start:c.end] for c in clauses]
