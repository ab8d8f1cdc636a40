"""Entity audit 34 of fresh non-Yemen articles (levant seeds 2901, 2902): the general defects behind
its errors, each on sentences written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def _entities(text: str, day: str = "2015-08-06") -> list[tuple[str, str, dict]]:
    return [(s.label, s.text, s.attrs or {}) for s in analyze(text, day, "").entities]


def _of(text: str, label: str, day: str = "2015-08-06") -> list[tuple[str, dict]]:
    return [(t, a) for lab, t, a in _entities(text, day) if lab == label]


# ---------------------------------------------------------------- a month with «عام YYYY» after it


def test_a_month_takes_the_year_named_after_it() -> None:
    cases = {
        "سُجن الرجل في شهر نوفمبر (تشرين الثاني) عام 2012 بعد محاكمة قصيرة.": ("2012-11-01", "نوفمبر (تشرين الثاني) عام 2012"),
        "بدأت الحملة في سبتمبر عام 2010 واستمرت أشهرا.": ("2010-09-01", "سبتمبر عام 2010"),
        "وصل الوفد في 12 فبراير من العام 2013 إلى العاصمة.": ("2013-02-12", "12 فبراير من العام 2013"),
        "انتهت المفاوضات في يناير سنة 2009م دون اتفاق.": ("2009-01-01", "يناير سنة 2009م"),
        "افتتح المسجد في شهر شعبان من عام 1434 هـ.": (None, "شعبان من عام 1434 هـ"),
    }
    for text, (iso, span) in cases.items():
        found = _of(text, "DATE")
        assert [t for t, _ in found] == [span], text
        if iso:
            assert found[0][1]["iso"] == iso, text


def test_a_month_and_a_year_of_the_other_calendar_stay_apart() -> None:
    # a Gregorian month with a Hijri year (or the reverse) is no single date: each keeps its own reading
    found = _of("وقعت الحادثة في 5 مارس سنة 1436 هـ قرب الحدود.", "DATE")
    assert [t for t, _ in found] == ["5 مارس", "سنة 1436 هـ"]
    found = _of("صام الناس رمضان عام 2014 في حر شديد.", "DATE")
    assert "رمضان عام 2014" not in [t for t, _ in found]


# ---------------------------------------------------------------- casualties nobody reported


def test_no_news_of_casualties_is_no_casualty() -> None:
    for text in ("قصفت المدفعية أطراف القرية، ولم ترد معلومات عن خسائر بشرية.",
                 "سقط صاروخ قرب السوق ولم ترد أنباء فورية عن وقوع إصابات.",
                 "انفجرت عبوة قرب الجسر ولم ترد تقارير عن سقوط قتلى أو جرحى."):
        assert _of(text, "CASUALTY") == [], text
    # a casualty told after it in another clause stays
    found = _of("ولم ترد أنباء عن إصابات، في حين قتل شرطي في كمين آخر.", "CASUALTY")
    assert [(a["role"], a["count"]) for _, a in found] == [("killed", 1)]
    # «لم يرد» of a reply is no word about casualties
    found = _of("قال إنه لم يرد على أي اتصال قبل مقتل أربعة جنود في الكمين.", "CASUALTY")
    assert [(a["role"], a["count"]) for _, a in found] == [("killed", 4)]


def test_a_casualty_joined_by_or_to_one_that_did_not_happen_did_not_happen() -> None:
    for text in ("ولم يسفر القصف عن سقوط قتلى أو جرحى في صفوف السكان.",
                 "انفجرت القنبلة دون وقوع قتلى ولا جرحى."):
        assert _of(text, "CASUALTY") == [], text
    found = _of("لم يسفر الهجوم عن قتلى، لكن أصيب ثلاثة جنود.", "CASUALTY")
    assert [(a["role"], a["count"]) for _, a in found] == [("injured", 3)]


# ---------------------------------------------------------------- «المقاتلة» of a group, planes of fire and rescue


def test_fighting_after_a_group_noun_is_no_fighter_jet() -> None:
    for text in ("اتهم المدعي قادة في الجماعة الإسلامية الليبية المقاتلة بالتعذيب.",
                 "أمطرت الفصائل المقاتلة القرية بالصواريخ.",
                 "التحق الشاب بالتنظيمات والكتائب المقاتلة في العراق."):
        assert "fighter_jets" not in [a.get("id") for _, a in _of(text, "WEAPON")], text
    # jets stay jets
    assert "fighter_jets" in [a.get("id") for _, a in _of("حلقت الطائرات المقاتلة فوق الحدود.", "WEAPON")]
    assert "fighter_jets" in [a.get("id") for _, a in _of("أسقطت الدفاعات الجوية المقاتلة قرب القاعدة.", "WEAPON")]


def test_fire_and_rescue_planes_are_no_weapons() -> None:
    for text in ("ساعدت ثلاث طائرات إطفاء في إخماد النيران.", "نقلت طائرة الإسعاف الجرحى إلى العاصمة."):
        assert _of(text, "WEAPON") == [], text
    assert [a.get("id") for _, a in _of("قصفت طائرات حربية مواقع المسلحين.", "WEAPON")] == ["fighter_jets"]


# ---------------------------------------------------------------- an office word is no part of a name


def test_an_office_word_after_a_name_is_cut_off_it() -> None:
    from core.entities.consistency import cut_office_tails

    norms = ["وعلي", "راسهم", "سامي", "الحداد", "وكيل", "وزاره", "الداخليه"]
    tags = ["O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O"]
    assert cut_office_tails(norms, tags) == ["O", "O", "B-PERS", "I-PERS", "O", "O", "O"]
    # an office that is also a name stays («محمد أمين»), and so does one ending the sentence's clause
    assert cut_office_tails(["قال", "محمد", "امين", "ان"], ["O", "B-PERS", "I-PERS", "O"]) == ["O", "B-PERS", "I-PERS", "O"]
    assert cut_office_tails(["حضر", "علي", "مدير", "،"], ["O", "B-PERS", "I-PERS", "O"]) == ["O", "B-PERS", "I-PERS", "O"]


# ---------------------------------------------------------------- the «و» of a list of places


def test_a_list_waw_is_no_part_of_an_unknown_place() -> None:
    from core.document import Document
    from core.entities import _without_list_waw

    text = "وصلت التعزيزات إلى بلدتي كفرنبودة وكفرزيتا أمس."
    doc = Document(text)
    a = text.index("كفرنبودة")
    b = text.index("وكفرزيتا")
    spans = [doc.span(a, a + len("كفرنبودة"), "LOCATION", "gazetteer", place_id="x"),
             doc.span(b, b + len("وكفرزيتا"), "LOCATION", "model")]
    out = _without_list_waw(doc, spans)
    assert [s.text for s in out] == ["كفرنبودة", "كفرزيتا"]
    # a place the gazetteer reads keeps its span, and so does one not right after a place
    spans = [spans[0], doc.span(b, b + len("وكفرزيتا"), "LOCATION", "gazetteer", place_id="y")]
    assert [s.text for s in _without_list_waw(doc, spans)] == ["كفرنبودة", "وكفرزيتا"]
    lone = [doc.span(b, b + len("وكفرزيتا"), "LOCATION", "model")]
    assert [s.text for s in _without_list_waw(doc, lone)] == ["وكفرزيتا"]
    found = [t for t, _ in _of("واستهدفت الفصائل ثكنات الجيش في معسكري نبل والزهراء شمال حلب.", "LOCATION")]
    assert not any(t.startswith("و") for t in found), found


# ---------------------------------------------------------------- a deed tried is not done


def test_an_attempted_killing_or_abduction_hits_no_one() -> None:
    for text in ("نجا قائد الشرطة من محاولة اغتيال استهدفت سيارته قرب المطار.",
                 "حاول مسلحون اختطاف الطبيب من عيادته مساء أمس.",
                 "أحبط الأمن محاولة فاشلة لاغتيال رئيس البلدية.",
                 "قال إن الجنود حاولوا تصفية الشاب عند الحاجز."):
        assert _of(text, "CASUALTY") == [], text
    # a second deed after the attempt was done
    found = _of("حاول السجين الهرب فقتل برصاص الحراس.", "CASUALTY")
    assert [a["role"] for _, a in found] == ["killed"]
    found = _of("حاول المهاجمون اقتحام الثكنة وقتل ضابط خلال الاشتباك.", "CASUALTY")
    assert [(a["role"], a["count"]) for _, a in found] == [("killed", 1)]
    incidents = analyze("نجا محافظ المدينة من محاولة اغتيال بعبوة ناسفة في حي الروضة بمدينة تعز.", "2015-08-06", "").incidents
    assert all("fatalities_unknown" not in inc.flags for inc in incidents)


# ---------------------------------------------------------------- «أمس (الأحد)»: the weekday in brackets says which day


def test_a_weekday_in_brackets_after_a_relative_day_says_which() -> None:
    # an article dated Friday 24 July but written on Wednesday: its «أمس (الثلاثاء)» is Tuesday the 21st
    found = _of("وقع رئيس البلدية أمس (الثلاثاء) اتفاق التهدئة.", "DATE", "2015-07-24")
    assert [(t, a["iso"]) for t, a in found] == [("أمس (الثلاثاء)", "2015-07-21")]
    found = _of("أعلن الجيش اليوم (الخميس) السيطرة على التلة.", "DATE", "2015-07-24")
    assert [(t, a["iso"]) for t, a in found] == [("اليوم (الخميس)", "2015-07-23")]
    # written on its date, nothing changes
    found = _of("أعلن الجيش أمس (الخميس) السيطرة على التلة.", "DATE", "2015-07-24")
    assert [(t, a["iso"]) for t, a in found] == [("أمس (الخميس)", "2015-07-23")]


def test_human_rights_watch_as_news_spells_it() -> None:
    for text in ("دعت منظمة «هيومان رايتس ووتش» إلى تحقيق مستقل.", "قالت هيومن رايتس واتش إن الغارات قتلت مدنيين."):
        ids = [a.get("id") for lab, _, a in _entities(text) if lab in ("ORGANIZATION", "SOURCE")]
        assert ids == ["hrw"], text
