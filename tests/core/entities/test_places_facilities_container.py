"""A facility is placed where the text says it is, not at a homonym inside its name."""

from __future__ import annotations

from core.entities import places
from core.pipeline import analyze


def _facility(text: str) -> dict:
    doc = analyze(text, until="tokenise").doc
    return next(s.attrs for s in places.find(doc) if str(s.attrs.get("place_id", "")).startswith("fac:"))


def test_the_city_after_a_facility_beats_a_homonym_in_its_name():
    # the gazetteer's «الروضة» is a district of Shabwah; the text puts this neighbourhood in Taizz
    assert _facility("قصف الحوثيون حي الروضة بمدينة تعز.")["admin1_en"] == "Taizz"
    assert _facility("قصف الحوثيون حي الروضة في تعز.")["admin1_en"] == "Taizz"


def test_without_a_container_the_nearest_place_still_locates_it():
    assert _facility("اندلعت اشتباكات قرب مستشفى النجار شمال مدينة دمت.")["admin1_en"] == "Ad Dali"


def _facilities(text: str) -> list[tuple[str, str]]:
    doc = analyze(text, until="tokenise").doc
    return [(s.text, s.attrs.get("admin1_en", "")) for s in places.find(doc) if str(s.attrs.get("place_id", "")).startswith("fac:")]


def test_a_neighbourhood_named_like_a_district_elsewhere_is_in_the_city_told_before():
    # «حي الروضة» with no container: the governorate told before it (Taiz), not Shabwah's «الروضة»,
    # and the neighbourhoods listed after it follow
    text = ("تستمر المقاومة في ملاحقة المسلحين الحوثيين في محافظة تعز. وقصف المسلحون أمس وسط المدينة "
            "على حي الروضة وحي المسبح ومستشفى الثورة العام.")
    assert {admin for _name, admin in _facilities(text)} == {"Taizz"}
    # a name the text has placed nowhere else keeps its own reading; a place told after it is no context
    assert _facilities("وفي حي التواهي قتل 17 حوثيا، بينما تستمر المقاومة في ملاحقة الحوثيين في تعز.") == [("حي التواهي", "Aden")]


def test_a_list_of_quarters_after_a_plural_head_is_in_the_city_told_before():
    # «الروضة» (a district of Shabwah, a town of Sanaa…) in a list after «أحياء» in Taiz news is
    # a quarter of Taiz; so are the names around it the gazetteer does not know (each a place ACLED
    # codes apart), and, with two such names in the list (session 30), an ordinary word too
    # («التحرير», "liberation", Taiz's Tahrir quarter); with one such name it stays unplaced
    text = ("تواصلت المعارك في مدينة تعز. واستهدف القصف أحياء كلابة، والموشكي، والروضة، والتحرير.")
    assert sorted(_facilities(text)) == [("التحرير", "Taizz"), ("الروضة", "Taizz"), ("الموشكي", "Taizz"), ("كلابة", "Taizz")]
    text = ("تواصلت المعارك في مدينة تعز. واستهدف القصف أحياء كلابة، والروضة، والتحرير.")
    assert sorted(_facilities(text)) == [("الروضة", "Taizz"), ("كلابة", "Taizz")]
    # one name after the head is no list: it stays the tagger's to read
    assert _facilities("تواصلت المعارك في مدينة تعز. واستهدف القصف أحياء كلابة.") == []
    # a name read in one governorate only keeps its reading («التواهي» is Aden's; its namesakes are
    # villages that need a head word), even after another governorate was named
    text = "نشرنا أن المعركة ستكون في عمران، ثم بدأنا الهجوم باتجاه المطار وأحياء كريتر والتواهي."
    doc = analyze(text, until="tokenise").doc
    assert [(s.text, s.attrs.get("admin1_en")) for s in places.find(doc) if s.text == "التواهي"] == [("التواهي", "Aden")]
    # the town whose quarters they are is no quarter («أحياء تعز» after Aden was named)
    doc = analyze("بعد معارك عدن، قصف الحوثيون أحياء تعز.", until="tokenise").doc
    assert ("تعز", "Taizz") in [(s.text, s.attrs.get("admin1_en")) for s in places.find(doc)]


def test_quarters_are_only_moved_inside_a_list_of_quarters():
    def places_of(text: str) -> list[tuple[str, str]]:
        doc = analyze(text, until="tokenise").doc
        return [(s.text, s.attrs.get("admin1_en", "")) for s in places.find(doc)]

    # towns' own quarters («أحياء الخوخة وحيس»: every name a known place) keep their governorate
    text = "شنت طائرات التحالف غارات على مواقع الحوثيين في تعز. وقتل 6 مدنيين في قصف على أحياء الخوخة وحيس."
    assert ("الخوخة", "Al Hudaydah") in places_of(text) and ("حيس", "Al Hudaydah") in places_of(text)
    assert ("زبيد", "Al Hudaydah") in places_of("وصلت تعزيزات عسكرية إلى صنعاء أمس. وقصف الحوثيون أحياء زبيد بقذائف الهاون.")
    # a head with no list after it is no list (it had raised IndexError)
    assert places_of("تواصلت المعارك في مدينة تعز. وقصفت الميليشيات الأحياء.") == [("مدينة تعز", "Taizz")]
    assert places_of("قصف الحوثيون في تعز أحياء") == [("تعز", "Taizz")]
    # a country told before is no town to put quarters in
    assert ("الروضة", "") not in places_of("قال مصدر عسكري في اليمن إن طائرات التحالف قصفت أحياء الروضة والحصبة.")
    # a list joined by «و» ends at a comma: «، وزبيد شهدت غارة» is another sentence part
    text = "تواصلت المعارك في مدينة تعز أمس. واستهدف القصف أحياء كلابة والروضة، وزبيد شهدت غارة قتل فيها 3 مدنيين."
    assert ("الروضة", "Taizz") in places_of(text) and ("زبيد", "Al Hudaydah") in places_of(text)
    # a list whose other quarter the gazetteer knows in the town's governorate is one too
    text = "تواصلت المعارك في مدينة تعز أمس. واستهدف القصف أحياء حوض الأشراف والروضة."
    assert ("الروضة", "Taizz") in places_of(text) and ("حوض الأشراف", "Taizz") in places_of(text)


def test_a_park_named_after_a_sheikh_is_in_the_city_told_before_not_the_town_of_that_name():
    # audit 18 (fresh article): «متنزه الشيخ زايد» in Taiz news was Egypt's town «الشيخ زايد» (Giza),
    # and «متنزه» named no place
    found = _facilities("وألقت المقاومة في تعز القبض على مسلح حاول الفرار قرب متنزه الشيخ زايد.")
    assert found == [("متنزه الشيخ زايد", "Taizz")]
    found = _facilities("وقصفت الميليشيات حي كريتر في عدن، وسقطت قذيفة قرب سوق الشيخ عثمان.")
    assert ("سوق الشيخ عثمان", "Aden") in found  # a name in the same governorate still places it


def test_a_list_of_quarters_is_in_the_town_named_right_after_it():
    # the governorate of the sentence before (Sa'dah) is not where the quarters are: the list says
    # «في مدينة تعز» right after it
    got = _facilities("وردت المدفعية السعودية على مصادر القذائف داخل محافظة صعدة. إلى ذلك، قصفت الميليشيات "
                      "أمس أحياء ثعبات والجحملية وصالة في مدينة تعز بقذائف الهاون.")
    assert got and all(admin1 == "Taizz" for _, admin1 in got)


def _listed(text: str) -> list[tuple[str, str, str, str]]:
    doc = analyze(text, until="tokenise").doc
    return [(s.text, s.attrs.get("kind", ""), s.attrs.get("admin1_en", ""), s.attrs.get("near_name_en", ""))
            for s in places.find(doc) if s.attrs.get("listed_in")]


def test_a_list_placed_in_a_town_or_district_right_after_it_lies_there():
    # «الحصن» (a district of Sanaa), «حيدان» (a district of Sa'dah) and «آل المؤنس» (unknown) are
    # quarters of the Saudi town the list is said to be in, not the Yemeni districts so named
    got = _listed("سقطت قذائف أطلقتها الميليشيا ليلا على أحياء آل المؤنس والحصن وحيدان في مدينة ظهران الجنوب دون إصابات.")
    assert [(name, admin1) for name, _kind, admin1, _near in got] == [
        ("آل المؤنس", "Asir"), ("الحصن", "Asir"), ("حيدان", "Asir")]
    # villages after «قرى», placed in a district (Mocha, Taizz), also behind «بمديرية» whose head
    # fits no reading of the town after it (Dhahran al-Janub is a Saudi town)
    got = _listed("دمرت القذائف منازل في قرى حيدان والحصن بمديرية المخا خلال الأسبوع الماضي.")
    assert got == [("حيدان", "village", "Taizz", "Mocha"), ("الحصن", "village", "Taizz", "Mocha")]
    got = _listed("دمرت القذائف منازل في قرى الحصن وحيدان بمديرية ظهران الجنوب خلال الأسبوع الماضي.")
    assert [(name, admin1) for name, _kind, admin1, _near in got] == [("الحصن", "Asir"), ("حيدان", "Asir")]
    # a name already in the container's governorate keeps its reading (Haydan is Sa'dah's), and so
    # does one whose governorate the sentence names besides
    assert [name for name, *_ in _listed("سقطت القذائف على أحياء الحصن وحيدان في محافظة صعدة أمس.")] == ["الحصن"]
    assert _listed("قال سكان في قرى مشرعة وحدنان بمنطقة الوهط القريبة من مدينة تعز إن القصف لم يتوقف.") == []
    # «قرى» with no place after the list moves nothing
    assert _listed("قصفت الميليشيا قرى حيدان والحصن أمس.") == []
