"""Rules added after a coder's reading of fresh war articles (version 18 in docs/incidents.md).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY).incidents]


def test_projectiles_across_the_border_are_shelling() -> None:
    """«مقذوفات» is how the Saudi press names shells fired over the border: a shelling, not an
    attack on civilians made of the casualty word, nor nothing at all."""
    shelling = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert kinds("تعرضت قرية حدودية بمنطقة جازان أمس لمقذوفات حوثية من داخل الأراضي اليمنية.") == [shelling]
    assert kinds("سقطت مقذوفات حوثية أمس على قرى محافظة الحرث بمنطقة جازان، أصيب من خلالها مواطن "
                 "بجروح طفيفة.") == [shelling]


def test_quarters_listed_after_a_town_lie_in_it() -> None:
    """«أحياء حيدان والحصن» after «مدينة ظهران الجنوب» are that town's quarters: one shelling in
    'Asir, not three in 'Asir, Sa'ada (Haydan district) and Sanaa (al-Hisn district)."""
    text = ("استهدفت ميليشيات الحوثي أمس أحياء وسط مدينة ظهران الجنوب، بأكثر من 14 قذيفة من نوع "
            "كاتيوشا، سقطت على أحياء حيدان وآل المؤنس والحصن والنسيم. ولم تسفر القذائف عن إصابات.")
    [shelling] = analyze(text, DAY).incidents
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert shelling.location is not None and shelling.location.admin1_en == "Asir"
    # a quarter the gazetteer already places in the town's governorate is left as it is (since
    # version 18 each quarter of the list is an event of its own: ACLED's one event per place)
    taiz = analyze("قصف الحوثيون مدينة تعز أمس وسقطت القذائف على أحياء الروضة والمسبح.", DAY).incidents
    assert taiz and all(i.location is not None and i.location.admin1_en == "Taizz" for i in taiz)


def test_what_a_period_is_counted_from_is_background() -> None:
    """«منذ سيطروا على …», «منذ أن سيطروا»: the takeover a period starts from happened long before;
    a fight that goes on «منذ يومين» or «منذ صباح أمس» is still news."""
    assert kinds("وقال الناشط إن الحوثيين قاموا منذ سيطروا على مدينة إب باعتقال المئات.") == [
        ("Strategic developments", "Arrests")]
    assert kinds("واعتقل الحوثيون الناشط في مدينة تعز منذ أن سيطروا على القصر الجمهوري في صنعاء.") == [
        ("Strategic developments", "Arrests")]
    assert kinds("وتدور منذ يومين اشتباكات عنيفة في مدينة تعز.") == [("Battles", "Armed clash")]
    assert kinds("واشتبكت المقاومة مع الحوثيين في مدينة تعز منذ صباح أمس.") == [("Battles", "Armed clash")]


def test_an_invasion_after_a_time_word_dates_what_followed() -> None:
    """«الذين سقطوا بعد اجتياح الحوثيين للمدينة» names the invasion of months before as a time,
    not a territory taken today; «بعد السيطرة على …» still tells a place taken."""
    assert kinds("وصرف المحافظ شققا لأسر الشهداء الذين سقطوا بعد اجتياح الحوثيين لمدينة عدن.") == []
    assert kinds("وتمكنت المقاومة من السيطرة على مدينة الحوطة أمس بعد اجتياح مواقع الحوثيين فيها.") == [
        ("Battles", "Government regains territory")]


def test_rockets_seized_are_no_shelling() -> None:
    """Rockets named among spoils («غنمت … 12 دبابة، وصواريخ كاتيوشا كانت موجهة نحو مطار عدن») were
    taken, not fired; rockets a shelling fired before a seizure («بعد أن قصفتها بصواريخ») still tell
    one. Arms a security force seizes are a Disrupted weapons use (session 31), still no shelling."""
    assert kinds("وقال قائد المنطقة إن المقاومة الشعبية غنمت كميات كبيرة من الأسلحة، منها 12 دبابة، "
                 "وصواريخ كاتيوشا كانت موجهة نحو مطار عدن.") == []
    assert kinds("وضبطت الأجهزة الأمنية في مدينة عدن أمس شاحنة محملة بقذائف هاون.") == [
        ("Strategic developments", "Disrupted weapons use")]
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in kinds(
        "واستولت المقاومة على مواقع الحوثيين في مدينة الحوطة أمس بعد أن قصفتها بصواريخ الكاتيوشا.")


def test_who_made_an_arrest_at_a_checkpoint() -> None:
    """«نقطة تفتيش تابعة للمقاومة … ألقت القبض مساء أمس على قيادي حوثي»: the Resistance arrested a
    Houthi. «ألقت» is no definite noun (its hamza is lost in the normalised form), and a party
    after «على» is the arrest's object, not its doer."""
    [arrest] = analyze("وأن نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض مساء أمس على قيادي حوثي "
                       "متنكرا.", DAY).incidents
    assert arrest.actor1 is not None and arrest.actor1.name_en == "Popular Resistance"
    assert arrest.actor2 is not None and arrest.actor2.name_en == "Houthis (Ansar Allah)"


def test_a_place_named_after_a_day_is_no_date() -> None:
    """«قصر 22 مايو الرئاسي» is a palace's name: the day in it had dated the whole sentence to May,
    and the place taken that day was dropped as background. A day with its year, or after no
    place's head, still dates."""
    [taken] = analyze("قال المتحدث إن المقاومة نجحت في السيطرة على حي التواهي في عدن، مضيفا: "
                      "\"إن هذه القوات استعادت قصر 22 مايو الرئاسي\".", DAY).incidents
    assert taken.event_type == "Battles" and taken.location is not None and taken.location.admin1_en == "Aden"
    days = [s.attrs.get("iso") for s in analyze("سقطت قذيفة في شارع 26 سبتمبر بمدينة تعز يوم 5 أغسطس.",
                                                  DAY).entities if s.label == "DATE"]
    assert days == ["2015-08-05"]
    assert kinds("وسيطرت المقاومة على مدينة الحوطة في 22 مايو.") == []
    # a hall named after a day too (the review's find): «قاعة 22 مايو» dates nothing
    assert [s for s in analyze("اقتحم مسلحون حوثيون أمس قاعة 22 مايو في مدينة عدن.", DAY).entities
            if s.label == "DATE" and "مايو" in s.text] == []


def test_a_place_about_to_fall_is_not_taken() -> None:
    """«سقوط المعسكر في أيدي الثوار بات مسألة وقت», «توشك المقاومة على السيطرة على …»: a takeover
    expected, not one that happened; the fight told beside it stays."""
    assert kinds("وقال القيادي إن سقوط معسكر لبوزة في أيدي الثوار بات مسألة وقت بسبب سيطرتهم على "
                 "كل المداخل المؤدية إليه.") == []
    assert kinds("واشتبكت المقاومة مع الحوثيين أمس قرب معسكر لبوزة في لحج.") == [("Battles", "Armed clash")]


def test_what_analysts_say_reports_no_event() -> None:
    """«أكد عدد من المحللين السياسيين بأن تطهير عدن … وطردهم من قاعدة العند يأتي تأكيدا على …»:
    an analyst reads the war; the takeovers he names were told, as news, days before."""
    assert kinds("أكد عدد من المحللين السياسيين اليمنيين، بأن تطهير عدن من الميليشيات الحوثية، إضافة "
                 "إلى طردهم من قاعدة العند، يأتي تأكيدا على نجاح قوات التحالف.") == []
    assert kinds("وقال المحلل السياسي إن المقاومة سيطرت على قاعدة العند أمس.") == []
    assert kinds("وأكد مصدر في المقاومة أن المقاومة سيطرت على قاعدة العند أمس.") == [
        ("Battles", "Government regains territory")]


def places(text: str) -> list[tuple[str, str]]:
    return [(i.location.text if i.location else "", i.location.admin1_en if i.location else "")
            for i in analyze(text, DAY).incidents]


def test_saudi_border_units_and_crossings_are_placed() -> None:
    """A Saudi «محافظة» is a town's area («محافظة الحرث», «محافظة الطوال»), and a border crossing
    is named after its town («منفذ الطوال»): Jazan, not no place at all. A crossing beside a named
    Yemeni town stays on that side; a village «التابعة لمحافظة …» is in that unit."""
    assert places("سقطت قذائف حوثية أمس على قرى محافظة الحرث الحدودية.") == [("محافظة الحرث", "Jazan")]
    assert places("أحبطت القوات السعودية أمس هجوما للحوثيين على منفذ الطوال الحدودي.") == [
        ("منفذ الطوال", "Jazan")]
    assert places("شنت طائرات التحالف غارات على تجمعات الحوثيين في مدينة حرض قرب منفذ الطوال.")[0][1] == "Hajjah"
    assert places("تعرضت قرية الوادعة التابعة لمحافظة الطوال أمس لقذائف حوثية.") == [("محافظة الطوال", "Jazan")]


def test_a_list_after_an_area_head_stays_in_the_sentence_governorate() -> None:
    """The head of a list of places carries over its items («بمنطقة القاعدة والمفرق والحوبان»,
    «مناطق المعاين، والطلح»): an item the gazetteer reads as a far country's region (Jordan's
    al-Mafraq) or as a district of another governorate (Shabwah's al-Talh) is a locality of the
    governorate its sentence names — even when an earlier item is a word read as an actor."""
    where = places("تقدمت المقاومة في محافظة تعز نحو جبل صبر. وقصفت طائرات التحالف أمس تجمعات الحوثيين "
                   "المتواجدة بمنطقة القاعدة والمفرق والحوبان والمدخل الشرقي لمدينة تعز.")
    assert where and {gov for _, gov in where} == {"Taizz"}
    where = places("وقصفت المدفعية السعودية أمس تجمعات الحوثيين داخل محافظة صعدة، وتحديدا مناطق المعاين، "
                   "والطلح، ومران.")
    assert where and "Shabwah" not in {gov for _, gov in where} and "Sadah" in {gov for _, gov in where}
    # a district with its own head stays itself beside another governorate
    assert ("منطقة حرض", "Hajjah") in places("شنت طائرات التحالف غارات على منطقة حرض، فيما دارت اشتباكات في "
                                              "محافظة عمران.")


# ---------------------------------------------------------------- review of version 18


def test_is_definite_without_the_token_text_still_reads_the_article():
    """`is_definite` called with the normalised form only (its `text` is optional) reads «ال» as before:
    an empty text had counted as a hamza-initial verb and made every noun indefinite."""
    from core.incidents.detect import is_definite
    assert is_definite("المواجهات") and is_definite("والغارات") and is_definite("بالقصف")
    assert not is_definite("القت", "ألقت") and is_definite("القصف", "القصف")


def _tolls(text: str) -> dict[str, int | None]:
    r = analyze(text, date(2015, 8, 6))
    return {i.location.name_ar: i.fatalities for i in r.incidents + r.set_aside if i.location is not None}


def test_a_toll_told_with_a_comma_list_of_struck_quarters_is_shared_by_them():
    """Strikes on a list under «أحياء» split one per place also across its commas; the toll of the
    list's first clause is the whole list's, as when the items are joined by «و» (it had all gone
    to the first quarter: 12, None, None)."""
    commas = _tolls("قتل 12 مدنيا في غارات جوية استهدفت أحياء الضباب، وجبل صبر، وشارع الأربعين في مدينة تعز أمس.")
    waws = _tolls("قتل 12 مدنيا في غارات جوية استهدفت أحياء الضباب وجبل صبر وشارع الأربعين في مدينة تعز أمس.")
    assert commas == waws == {"الضباب": 4, "جبل صبر": 4, "شارع الأربعين": 4}


def test_an_analyst_abducted_or_killed_is_an_event_an_analyst_speaking_is_not():
    """The analysts' cue cancels a sentence an analyst speaks («… أن/إن …»), not one that tells
    what was done to an analyst (both had been no event)."""
    def kinds(text: str) -> list[str]:
        return [i.sub_event_type for i in analyze(text, date(2015, 8, 6)).incidents]
    assert kinds("اختطف مسلحون حوثيون المحلل السياسي عبدالله الفقيه من منزله في صنعاء أمس.") \
        == ["Abduction/forced disappearance"]
    assert kinds("قتل المحلل العسكري محمد الصبري في غارة جوية استهدفت منزله بمدينة تعز أمس.") == ["Air/drone strike"]
    assert kinds("وأكد المحلل السياسي ياسين التميمي أن الحوثيين قصفوا أحياء تعز أمس بشكل عشوائي.") == []


def test_a_facility_noun_goes_back_to_a_place_of_its_own_head() -> None:
    """«داخل المعسكر» is the camp told before («معسكر العبر»), not the airport the sentence names
    after a compass word only to say where the camp lies; a facility named only that way is still
    the one a later «المطار» means when no other airport is told."""
    camp = ("أكدت المقاومة أن معسكر العبر الذي يقع جنوب شرق مطار سيئون شهد مواجهات عنيفة أمس مع "
            "الحوثيين، وشنت مقاتلات التحالف غارات على الحوثيين داخل المعسكر.")
    strikes = [i for i in analyze(camp, DAY).incidents if i.sub_event_type == "Air/drone strike"]
    assert [i.location.text for i in strikes if i.location] == ["معسكر العبر"]
    airport = ("وقالت مصادر إن المقاومة سيطرت أمس على قرية الحمراء الواقعة شرق مطار عدن. وفي المساء "
               "قصف الحوثيون المطار بقذائف الهاون.")
    shelling = [i for i in analyze(airport, DAY).incidents if i.sub_event_type == "Shelling/artillery/missile attack"]
    assert [i.location.text for i in shelling if i.location] == ["مطار عدن"]


def test_a_village_homonym_is_not_confirmed_by_the_camp_it_placed() -> None:
    """«معسكر الصدرين بمنطقة مريس» beside «محافظة الضالع»: the gazetteer knows «مريس» only as a
    village of Shabwah and placed the camp there by it, so the camp is no evidence for Shabwah; nor
    is «إقليم عدن», a federal region of four governorates, where a place near it lies. The attack
    is al-Dali's, and a later «المعسكر» is that camp where the text put it."""
    text = ("وقال مصدر في المقاومة الشعبية بمحافظة الضالع إقليم عدن إن عناصر المقاومة هاجموا أمس معسكر "
            "الصدرين بمنطقة مريس وقتلوا خمسة من الحوثيين.")
    [clash] = analyze(text, DAY).incidents
    assert clash.location is not None and clash.location.admin1_en == "Ad Dali"
    later = text + " وأشاد المصدر بالمقاتلين أثناء معركة تحرير المعسكر من الميليشيات."
    assert {i.location.admin1_en for i in analyze(later, DAY).incidents if i.location} == {"Ad Dali"}


def test_quarters_listed_before_the_town_they_lie_in_are_that_town() -> None:
    """«على أحياء آل المؤنس والحصن وحيدان في مدينة ظهران الجنوب»: the list is placed right after
    it, so it is one shelling in 'Asir, not three in 'Asir, Sanaa (al-Hisn) and Sa'ada (Haydan);
    villages placed «بمديرية المخا» are Mocha's (Taizz)."""
    text = "أطلقت ميليشيات الحوثي قذائف الهاون على أحياء آل المؤنس والحصن وحيدان في مدينة ظهران الجنوب، فقتلت امرأتين."
    [shelling] = analyze(text, DAY).incidents
    assert shelling.location is not None and shelling.location.admin1_en == "Asir"
    assert shelling.fatalities == 2
    [strike] = analyze("قصفت ميليشيات الحوثي قرى حيدان والحصن بمديرية المخا، فقتل ثلاثة مدنيين.", DAY).incidents
    assert strike.location is not None and (strike.location.admin1_en, strike.location.admin2_en) == ("Taizz", "Mocha")
