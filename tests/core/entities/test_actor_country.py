"""Whose an armed group is outside Yemen: the nationality adjective told with it, the country it was
named with earlier in the article, a country's own forces, and transnational groups (actorcountry)."""

from __future__ import annotations

from core.entities import lexicon
from core.pipeline import analyze


def _actors(text: str) -> list[tuple[str, str]]:
    doc = analyze(text, None, until="tokenise").doc
    return [(s.text, s.attrs.get("name_en", "")) for s in lexicon.find(doc) if s.label == "ARMED_ACTOR"]


def test_a_nationality_adjective_after_the_group_gives_its_country() -> None:
    # a news digest mostly about Lebanon: «الجيش النيجيري» was the Lebanese army, «الجيش التونسي» an
    # army of Lebanon too; the police a «الشرطة التركية» names are Turkey's
    text = ("قال الجيش اللبناني إن الوضع في بيروت هادئ. وفي لبنان اعتقلت قوى الأمن شخصين. "
            "وفر آلاف من المعارك بين الجيش النيجيري وجماعة بوكو حرام. "
            "وقتل جنديان من الجيش التونسي في كمين. وقالت الشرطة التركية إنها اعتقلت مشتبها.")
    got = _actors(text)
    assert ("الجيش", "Military Forces of Nigeria") in got
    assert ("الجيش", "Military Forces of Tunisia") in got
    assert ("الشرطة", "Police Forces of Turkey") in got
    assert ("قوى الأمن", "Police Forces of Lebanon") in got


def test_a_plural_adjective_after_two_joined_groups_gives_both_its_country() -> None:
    # «عناصر الجيش وقوى الأمن اللبنانيين» held by the Nusra Front in a report mostly about Syria
    text = ("تحتجز جبهة النصرة عددا من عناصر الجيش وقوى الأمن اللبنانيين في جبال القلمون السورية "
            "منذ معارك عرسال مع قوات النظام السوري في سوريا.")
    got = _actors(text)
    assert ("الجيش", "Military Forces of Lebanon (2014-)") in got
    assert ("قوى الأمن", "Police Forces of Lebanon") in got


def test_a_group_named_with_its_country_lends_it_to_later_bare_mentions() -> None:
    # the Lebanese army named once, then «الجيش» alone, in a report that names Syrian actors most
    text = ("قصفت قوات النظام السوري وجبهة النصرة مواقع في القلمون بسوريا. وانتشر الجيش اللبناني "
            "على أطراف عرسال. وقال الجيش في بيان إنه صد هجوما للمسلحين.")
    assert ("الجيش", "Military Forces of Lebanon (2014-)") in _actors(text)
    # a name that does not begin with the bare phrase lends nothing to it («حزب الله» to «المقاومة»)
    text = ("قال حزب الله إنه يدعم الحوثيين في اليمن. وتقدمت المقاومة في تعز وعدن.")
    assert ("المقاومة", "Popular Resistance") in _actors(text)


def test_civilians_keep_the_article_country_after_an_adjective() -> None:
    # Syrian refugees in a Lebanese report do not make the later residents Syrian
    text = "وصل اللاجئين السوريين إلى بيروت في لبنان. واشتكى المواطنين من الازدحام في لبنان."
    got = _actors(text)
    assert ("اللاجئين", "Civilians (Syria)") in got
    assert ("المواطنين", "Civilians (Lebanon)") in got


def test_a_country_s_own_forces() -> None:
    # a bare «الجيش» in a Turkish report is the listed Turkish army; the National Guard in a report
    # about Iraq is no Saudi force; «قوات الأمن العراقية» are the Iraqi police
    assert ("الجيش", "Military Forces of Turkey (2002-)") in _actors(
        "قال الجيش إن مسلحين هاجموا موقعا في تركيا قرب أنقرة والحدود التركية.")
    assert ("الحرس الوطني", "Military Forces of Iraq (2014-)") in _actors(
        "وطالب الوزير حكومة بغداد بتشكيل الحرس الوطني قبل معركة الموصل في العراق.")
    assert ("قوات الأمن", "Police Forces of Iraq") in _actors("قتلت قوات الأمن العراقية عشرة مسلحين.")


def test_the_islamic_state_is_named_by_its_provinces_only() -> None:
    # an opinion piece about Israel: no "Islamic State (Israel)"; in Iraq it stays "(Iraq)"
    assert ("داعش", "Islamic State") in _actors("يرى الكاتب أن إسرائيل تستفيد من داعش، وأن تل أبيب تراقب إسرائيل.")
    assert ("داعش", "Islamic State (Iraq)") in _actors("سيطر داعش على أحياء في الرمادي بالعراق.")


def test_the_islamic_state_of_an_incident_placed_outside_its_provinces() -> None:
    from core.incidents.merge import civilians_of_the_place
    from core.incidents.model import Actor, Incident, Place

    incident = Incident(event_type="Violence against civilians", sub_event_type="Attack",
                        actor1=Actor("داعش", "داعش", "Islamic State (Syria)", "rebel", 2),
                        location=Place("القدس", name_en="Jerusalem", kind="city", country="Israel"))
    civilians_of_the_place(incident)
    assert incident.actor1.name_en == "Islamic State"
