"""Entity audit of session 41 (levant seeds 3381 / 3382; branch s41-ent).

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from entity_fixtures import spans


def _casualties(text: str) -> list[tuple[str, object]]:
    return [(a["role"], a["count"]) for _, a in spans(text, "CASUALTY")]


def test_without_news_of_casualties_is_no_casualty() -> None:
    for text in ("سقطت قذائف على أطراف البلدة، دون أنباء عن خسائر بشرية.",
                 "ألقت المروحيات براميل متفجرة على القرية دون معلومات عن إصابات، وفق ناشطين.",
                 "قصفت المدفعية حي الميدان بدون انباء عن سقوط جرحى.",
                 "استهدفت الغارات مواقع قرب المطار دون أنباء فورية عن وقوع قتلى أو جرحى."):
        assert _casualties(text) == [], (text, _casualties(text))
    # the number of the dead unknown is no word that nobody was hit
    assert _casualties("سقطت براميل على المدينة وقتل مدنيون، دون معلومات عن عدد القتلى.")[-1] == ("killed", None)
    # news of losses, not without them, stays
    assert _casualties("قصفت الطائرات البلدة وأنباء عن خسائر بشرية.") == [("killed", None)]
    # a casualty of another clause after it stays
    assert _casualties("سقطت قذيفة على الحي دون أنباء عن إصابات، بينما قتل جندي في اشتباك آخر.") == [("killed", 1)]


def test_martyrs_in_a_units_name_are_no_casualty() -> None:
    for text in ("اشتبك مقاتلو جيش الفتح مع لواء شهداء اليرموك قرب السد.",
                 "وفجر المهاجمون مقرا للواء شهداء الإسلام في البلدة.",
                 "وأعلنت كتائب الشهيد أبو علي مسؤوليتها عن إطلاق الصاروخ.",
                 "انضمت كتيبة شهداء الحرية إلى الاتحاد الجديد."):
        assert _casualties(text) == [], (text, _casualties(text))
    # martyrs counted after a unit's deed stay
    assert _casualties("قصف اللواء مواقع المسلحين وسقط ثلاثة شهداء من المدنيين.") == [("killed", 3)]


def test_american_japanese_and_russian_cities_of_the_news() -> None:
    from entity_fixtures import places
    cases = [
        ("اعتقلت الشرطة عشرات المحتجين في سانت لويس بولاية ميسوري.", "St. Louis", "Missouri", "United States"),
        ("تظاهر المئات في ولاية ميسوري الأمريكية.", "Missouri", "Missouri", "United States"),
        ("وقع انفجاران قرب خط النهاية في ماراثون بوسطن بالولايات المتحدة.", "Boston", "Massachusetts", "United States"),
        ("لا يمكن أن تضحي الولايات المتحدة بنيويورك أو سان فرانسيسكو.", "San Francisco", "California", "United States"),
        ("ألقيت القنبلة الثانية على مدينة ناغازاكي اليابانية.", "Nagasaki", "Nagasaki", "Japan"),
        ("وصل الرئيس إلى مدينة سان بطرسبرغ الروسية.", "Saint Petersburg", "Sankt-Peterburg", "Russia"),
    ]
    for text, name, admin1, country in cases:
        found = [(en, a1, c) for _, en, a1, c in places(text)]
        assert (name, admin1, country) in found, (text, found)


def test_a_road_between_two_places_names_both() -> None:
    from entity_fixtures import places
    for text, name in (("وقع انفجار على طريق الرمادي الفلوجة صباح اليوم.", "Fallujah"),
                       ("انقلبت حافلة على طريق مكة المكرمة الرياض.", "Riyadh"),
                       ("أغلقت الشرطة طريق الرياض الدمام بعد الحادث.", "Dammam")):
        assert name in [en for _, en, _, _ in places(text)], (text, places(text))
    # an adjective after the road's end stays the road's («طريق الحديدة الساحلي»), a definite
    # adjective after a definite noun stays no place
    assert [p[0] for p in places("سيطرت القوات على طريق الحديدة الساحلي.")] == ["طريق الحديدة الساحلي"]
    assert places("تعمل الحكومة الجديدة على إصلاح الطريق.") == []


def test_kuweires_and_camp_speicher() -> None:
    from entity_fixtures import places
    found = places("دارت اشتباكات عنيفة قرب بلدة كويرس شرق حلب.")
    assert ("Kuweires", "Aleppo", "Syria") in [(en, a1, c) for _, en, a1, c in found], found
    found = places("طالب أهالي ضحايا مجزرة سبايكر بمحاكمة المسؤولين.")
    assert ("Camp Speicher", "Salah al-Din", "Iraq") in [(en, a1, c) for _, en, a1, c in found], found


def test_martyrs_brigades_of_syria_are_armed_actors() -> None:
    found = {s: a.get("id") for s, a in spans("اشتبك مقاتلو المعارضة مع لواء شهداء اليرموك قرب السد.", "ARMED_ACTOR")}
    assert found.get("لواء شهداء اليرموك") == "yarmouk_martyrs", found
    assert not [p for p, _ in spans("اشتبك مقاتلو المعارضة مع لواء شهداء اليرموك قرب السد.", "LOCATION") if "اليرموك" in p]
    found = {s: a.get("id") for s, a in spans("وقال لواء شهداء الإسلام إنه صد هجوما على مواقعه.", "ARMED_ACTOR")}
    assert found.get("لواء شهداء الإسلام") == "islam_martyrs_brigade", found


def test_a_new_clause_after_a_casualty_names_no_group() -> None:
    found = spans("تلقت الغرفة بلاغا بوقوع حادث وبه عدد من المصابين وعلى الفور توجهت الفرق للموقع.", "CASUALTY")
    assert [a.get("whose") for _, a in found] == [None], found
    found = spans("قتل ثلاثة جنود وفي الأثناء اعتقلت الشرطة مشتبها.", "CASUALTY")
    assert found[0][1].get("whose") in (None, "جنود"), found
    # a group after «و» that is no stop word stays the group («وافدين»: expatriates)
    found = spans("أصيب في الحادث ثلاثة وافدين.", "CASUALTY")
    assert found and found[0][1].get("whose") == "وافدين", found


def test_a_mined_car_is_a_car_bomb() -> None:
    for text in ("قتل خمسة أشخاص عندما انفجرت سيارة ملغومة قرب نقطة تفتيش.",
                 "وبدأ الهجوم بتفجير شاحنة ملغومة عند بوابة القاعدة."):
        assert [a.get("id") for _, a in spans(text, "WEAPON")] == ["car_bomb"], (text, spans(text, "WEAPON"))
