"""Session 37 fixes of defects seen in incidents and places, each on sentences written for the test."""

from __future__ import annotations

from core.document import Document
from core.pipeline import analyze


def _places(text: str, day: str = "2015-08-06") -> list[tuple[str, str | None]]:
    return [(s.text, s.attrs.get("place_id")) for s in analyze(text, day, "").entities if s.label == "LOCATION"]


# ---------------------------------------------------------------- «بريف X»: the countryside of X


def test_a_tagger_place_opening_with_the_countryside_word_starts_at_the_place_it_governs() -> None:
    from core.entities import _without_countryside_lead

    text = "قصفت المدفعية مواقع المسلحين بريف حلب الغربي ووريف إدلب وبريف."
    doc = Document(text)

    def span(word: str):
        a = text.index(word)
        return doc.span(a, a + len(word), "LOCATION", "model")

    assert _without_countryside_lead(doc, span("بريف حلب الغربي")).text == "حلب الغربي"
    assert _without_countryside_lead(doc, span("وريف إدلب")).text == "إدلب"
    assert _without_countryside_lead(doc, span("وبريف")) is None
    assert _without_countryside_lead(doc, span("المسلحين")).text == "المسلحين"  # no countryside word: as it was


def test_the_countryside_is_no_place_of_its_own_and_its_province_holds_the_event() -> None:
    text = "شنت طائرات حربية غارات على مواقع تنظيم «داعش» بريف حلب الشرقي."
    places = _places(text)
    assert all("ريف" not in name for name, _ in places), places
    incidents = analyze(text, "2015-08-06", "").incidents
    assert incidents and incidents[0].location.admin1_en == "Aleppo"
    assert incidents[0].location.geo_precision in (2, 3)
    assert "ريف" not in incidents[0].location.name_ar


def test_a_head_before_the_countryside_word_names_no_village_called_rif() -> None:
    # «قرية بريف إدلب»: a village in the countryside of Idlib, not a village named «ريف» moved there
    places = _places("قتل مدنيان في قصف على قرية بريف إدلب الجنوبي أمس.")
    assert not any(pid and pid.startswith("near:") for _, pid in places), places
    # a longer gazetteer name read through the word stands: Rif Dimashq
    assert ("ريف دمشق", "iso:SY-RD") in _places("قصفت قوات النظام مواقع المعارضة بريف دمشق الغربي.")


# ---------------------------------------------------------------- «جزيرة العرب»: the Arabian Peninsula


def test_the_island_of_the_arabs_is_the_arabian_peninsula_and_no_island() -> None:
    for text in ("وتعهد البيان بطرد القوات الأجنبية من جزيرة العرب خلال أشهر.",
                 "قتل حارسان في هجوم قال منفذوه إنه لتطهير جزيرة العرب من الكفار."):
        assert not any(pid and pid.startswith("fac:") for _, pid in _places(text)), text
        for inc in analyze(text, "2015-08-06", "").incidents:
            assert "جزيرة" not in (inc.location.name_ar if inc.location else ""), text
    # another head before the same word still names a place («جبل العرب» in Suwayda), and so does the
    # head before another name
    assert any(name == "جبل العرب" for name, _ in _places("سقطت قذائف على قرى جبل العرب في السويداء."))
    assert any(name.startswith("جزيرة") for name, _ in _places("رست السفينة قرب جزيرة الفرسان في البحر."))


# ---------------------------------------------------------------- «التحالف العربي والدولي»


def test_the_arab_and_international_coalition_is_the_coalition_against_the_islamic_state() -> None:
    for text in ("قصفت مقاتلات التحالف العربي والدولي تجمعات لتنظيم داعش قرب الموصل فقتلت ثمانية منهم.",
                 "وأغارت طائرات التحالف الدولي والعربي على مقرات التنظيم في دير الزور."):
        actors = [s for s in analyze(text, "2015-08-06", "").entities if s.label == "ARMED_ACTOR" and "التحالف" in s.text]
        assert actors and actors[0].text.endswith(("والدولي", "والعربي")), text
        incidents = analyze(text, "2015-08-06", "").incidents
        assert incidents and "Restoring Hope" not in incidents[0].actor1.name_en, text
    # the Arab coalition alone stays the Saudi-led one
    incidents = analyze("قصفت طائرات التحالف العربي مواقع الحوثيين في صعدة فقتلت ستة منهم.", "2015-08-06", "").incidents
    assert incidents and "Restoring Hope" in incidents[0].actor1.name_en


# ---------------------------------------------------------------- «عمان» beside Jordanian words: Amman


def test_oman_or_amman_is_told_by_the_nationality_words_around_it() -> None:
    for text in ("وأوضح وزير الإعلام الأردني في تصريح من عمان أن التحقيق مستمر.",
                 "نظمت النقابات الأردنية في عمان وقفة احتجاجية أمام السفارة.",
                 "عقد الاجتماع في عمان. وحضره مسؤولون أردنيون وممثلون عن المنظمات الدولية."):
        assert ("عمان", "gn:250441") in _places(text), text
    # the first country's own word keeps it, and so does no nationality word
    assert ("عمان", "country:OM") in _places("استقبل وزير الخارجية العماني في عمان نظيره الأردني أمس.")
    assert ("عمان", "country:OM") in _places("وصل المبعوث الدولي إلى عمان لبحث الأزمة اليمنية.")


# ---------------------------------------------------------------- West Bank towns in their own governorate


def test_west_bank_towns_by_jerusalem_lie_in_their_own_governorate() -> None:
    from core.entities.gazetteer import Gazetteer

    by_id = {p.id: p for p in Gazetteer.load().places}
    for gid in ("284315", "284324", "284376", "283643", "282593"):  # Bethlehem, Bayt Jala, Battir, Husan, Nahhalin
        assert by_id["gn:" + gid].admin1_en == "Bethlehem", gid
    for gid in ("284269", "282529", "282069", "284294", "285108"):  # Bil'in, Ni'lin, Saffa, Baytunya, al-Bireh
        assert by_id["gn:" + gid].admin1_en == "Ramallah", gid
    assert by_id["gn:284238"].admin1_en == "Jerusalem"  # Bir Nabala: the governorate's own north-west
    assert sum(p.id == "cur:dogubayazit" for p in Gazetteer.load().places) == 1
    places = _places("اقتحمت قوات الاحتلال بلدة بيت جالا واعتقلت ثلاثة شبان.")
    assert places and places[0][1] == "gn:284324"


# ---------------------------------------------------------------- a town named with its own head word


def test_a_town_abroad_matched_with_its_head_word_is_a_place_with_no_main_country() -> None:
    # the gazetteer holds «ناحية العلم» as a variant of the Iraqi town: matched whole, the mention has
    # no separate head, yet it is named with one (the review's narrowing of bare towns abroad left it out)
    places = _places("وقال مسؤول إن القوات الأمنية قتلت 15 مسلحا في ناحية العلم أمس.")
    assert any("العلم" in text and pid for text, pid in places)


def test_the_same_town_bare_with_no_main_country_and_no_head_stays_no_place() -> None:
    assert not any(pid for text, pid in _places("وقال مسؤول إن الرجل رفع العلم أمس.") if "العلم" in text)
