"""Rules added after the audit 22b of fresh (never-coded) war news (seeds 2191–2193): incidents a
coder would write down that the pipeline got wrong.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2015, 8, 6)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple[str, str, int | None]]:
    return coded(text, DAY, "sub_event_type", "admin1", "fatalities")


def test_a_casualty_word_with_a_fired_weapon_is_that_weapons_event() -> None:
    """«قتلت نيران الهاون …», «قتل … بنيران المدفعية»: a killing told with a mortar or artillery
    named as what killed (no shelling word of its own) is shelling, not an attack on civilians."""
    text = "قتلت نيران الهاون أمس ثلاثة مدنيين في حي المعلا بمدينة عدن."
    assert _coded(text) == [("Shelling/artillery/missile attack", "Aden", 3)]
    text = "وقتل أربعة مواطنين أمس بنيران المدفعية في مديرية المسراخ بتعز."
    assert _coded(text) == [("Shelling/artillery/missile attack", "Taizz", 4)]
    # a weapon destroyed in the clause is no weapon fired: the killing stays what it was
    text = "قتل عشرة من المسلحين الحوثيين أمس في مديرية المسراخ وتم تدمير مدفع هاون."
    assert all(sub != "Shelling/artillery/missile attack" for sub, _, _ in _coded(text))


def test_a_weapon_the_victims_carried_is_not_what_killed_them() -> None:
    """«قتل مسلحو الحوثي ثلاثة مواطنين أثناء نقلهم مدفع هاون»: the mortar is what the victims were
    moving, not what killed them (no «ب», no word of fire, blast or cause before them, not right
    after the casualty word): the killing stays an attack on civilians."""
    text = "وقتل مسلحو الحوثي أمس ثلاثة مواطنين أثناء نقلهم مدفع هاون إلى الجبهة في مديرية صبر بتعز."
    assert all(sub != "Shelling/artillery/missile attack" for sub, _, _ in _coded(text))
    text = "وقتل ثلاثة مدنيين أمس بقذيفة هاون سقطت على حي الجحملية بمدينة تعز."
    assert [sub for sub, _, _ in _coded(text)] == ["Shelling/artillery/missile attack"]


def _sides(text: str) -> list[tuple[str, str]]:
    return [(i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in analyze(text, DAY).incidents if i.sub_event_type == "Arrests"]


def test_the_party_inside_a_split_arrest_phrase_makes_the_arrest() -> None:
    """«فر مسلحو الحوثي …، وألقت المقاومة القبض على خمسة منهم»: the party between «ألقت» and
    «القبض» made the arrest; the party named first in the sentence is who was arrested."""
    text = "وفر مسلحو الحوثي من مديرية كريتر أمس، وألقت المقاومة الشعبية القبض على سبعة منهم."
    assert _sides(text) == [("Popular Resistance", "Houthis (Ansar Allah)")]
    text = "وبعد أن فر الحوثيون من مدينة عدن، ألقت قوات الأمن أمس القبض على ثلاثة منهم في مديرية المنصورة."
    assert _sides(text) == [("Police Forces of Yemen", "Houthis (Ansar Allah)")]
    # the plain order is untouched
    text = "وألقت المقاومة الشعبية أمس القبض على عدد من عناصر الحوثي في مديرية كريتر."
    assert _sides(text) == [("Popular Resistance", "Houthis (Ansar Allah)")]


def _places(text: str) -> list[str]:
    return [i.location.text for i in analyze(text, DAY).incidents if i.location]


def test_a_town_a_place_is_told_near_is_no_place_of_its_own() -> None:
    """«معسكر العند بالقرب من مدينة الحوطة», «بلدة الخوبة قرب مدينة صامطة»: the town after «بالقرب
    من/قرب» only says where the place before it lies — one event, at the place named first."""
    text = "قصفت طائرات التحالف أمس مخازن أسلحة في معسكر العند بالقرب من مدينة الحوطة."
    assert _places(text) == ["معسكر العند"]
    text = "سقطت قذيفة أطلقها الحوثيون أمس على بلدة الخوبة قرب مدينة صامطة."
    assert _places(text) == ["بلدة الخوبة"]
    # with no place before it, the town near which it happened is still where it is told
    text = "قصفت طائرات التحالف أمس مواقع الحوثيين قرب مدينة الحوطة."
    assert _places(text) == ["مدينة الحوطة"]
    # a place naming a road's end is not where the event is: the town it is near is
    text = "واندلعت أمس اشتباكات بين المقاومة والحوثيين على طريق عدن قرب مدينة الحوطة."
    assert _places(text) == ["مدينة الحوطة"]


def test_a_town_near_which_a_new_deed_is_told_stays_its_place() -> None:
    """«في مديرية نهم وغارات قرب مدينة مأرب»: a word after «و» between the two places opens a new
    deed or object, and «قرب» tells where that one was — the town is no mere landmark of the place
    before it (the strikes near Marib were put in Nahm, Sanaa governorate)."""
    text = "وقصفت طائرات التحالف أمس مواقع الحوثيين في مديرية نهم ومعسكرا قرب مدينة مأرب."
    assert "مدينة مأرب" in _places(text)


def _days(text: str) -> list[tuple[str, str | None]]:
    return coded(text, DAY, "place", "date")


def test_an_undated_event_right_after_a_dated_one_of_its_kind_goes_on_with_its_day() -> None:
    """«سقطت أمس قذائف على قرية … كما تعرضت قرى أخرى لقذائف»: the event with no day of its own
    that goes on telling events of its kind in the next sentence («كما», or in the same paragraph)
    happened that day — not on the article's day."""
    text = ("سقطت ثلاث قذائف أطلقها الحوثيون أمس على قرية تابعة لمحافظة الحرث.\n"
            "كما تعرضت قرى تابعة لمحافظة العارضة لسقوط عدد من القذائف.")
    assert _days(text) == [("محافظة الحرث", "2015-08-05"), ("محافظة العارضة", "2015-08-05")]
    text = ("شنت طائرات التحالف يوم الاثنين غارات على مواقع الحوثيين في مديرية حرض. "
            "وقال سكان إن غارات أخرى استهدفت معسكرا للحوثيين في مديرية ميدي.")
    assert [d for _, d in _days(text)] == ["2015-08-03", "2015-08-03"]
    # a sentence telling another kind of event keeps the article's day
    text = ("شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مديرية حرض. "
            "واندلعت اشتباكات بين المقاومة والحوثيين في مديرية ميدي.")
    assert _days(text)[-1] == ("مديرية ميدي", "2015-08-06")


def test_a_passive_arrest_names_who_was_arrested() -> None:
    """«وتم القبض على خمسة من عناصر الحوثي», «فر مسلحو الحوثي …، وتم القبض على خمسة منهم»: an
    arrest told in the passive names who was arrested (actor2), not who arrested them — unless
    «من قبل/على يد» names them."""
    text = "وفر مسلحو الحوثي من مديرية كريتر أمس، وتم القبض على ستة منهم."
    assert _sides(text) == [("", "Houthis (Ansar Allah)")]
    text = "وتم يوم الثلاثاء القبض على أربعة من عناصر الحوثي في مديرية المنصورة."
    assert _sides(text) == [("", "Houthis (Ansar Allah)")]
    text = "وتم أمس القبض على أربعة من عناصر الحوثي على يد المقاومة الشعبية في مديرية المنصورة."
    assert _sides(text) == [("Popular Resistance", "Houthis (Ansar Allah)")]


def test_the_first_place_after_kull_min_is_a_place_of_the_event() -> None:
    """«غارات استهدفت مواقعهم في كل من منطقة العند ومنطقة صبر والوهط»: «من» of «كل من» (each of)
    is no «from» — the first place listed is where their positions were hit, not where fire came
    from (it was dropped: one event too few)."""
    text = "شنت طائرات التحالف أمس غارات استهدفت مواقعهم في كل من منطقة العند ومنطقة صبر والوهط."
    assert sorted(_places(text)) == sorted(["منطقة العند", "منطقة صبر", "الوهط"])
    # where fire came from is still no place of the event
    text = "قصفت ميليشيات الحوثي أمس بلدة الخوبة بقذائف أطلقتها من مواقعها في منطقة الملاحيظ."
    assert _places(text) == ["بلدة الخوبة"]


def _pair(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "actor1", "actor2")


def test_aircraft_counted_are_the_means_not_the_dead() -> None:
    """«سقط تسعة قتلى من مقاتلي داعش بالغارات التي نفذتها أربع مقاتلات تركية»: a figure before the
    aircraft counts them, not the dead — who flew them struck (they were an associate of the side hit)."""
    text = "سقط ثمانية قتلى من مسلحي داعش بالغارات الجوية التي نفذتها أربع مقاتلات تركية أمس على مدينة أعزاز."
    # the side hit is named by the country of the place (Azaz, Aleppo), as ACLED names the Islamic State
    assert _pair(text) == [("Military Forces of Turkey (2002-)", "Islamic State (Syria)")]


def test_a_dual_nationality_adjective_names_the_aircrafts_owner() -> None:
    """«طائرتان أمريكيتان بدون طيار»: the dual adjective after a weapon word names its owner, as
    «طائرة أمريكية» does (it was no actor: the strike went to the article's campaign)."""
    text = "سقط أربعة قتلى من عناصر تنظيم القاعدة بالغارة التي نفذتها طائرتان أمريكيتان بدون طيار أمس في مديرية الصعيد بشبوة."
    assert _pair(text) == [("Military Forces of the United States (2009-2017)", "AQAP: Al Qaeda in the Arabian Peninsula")]


def test_a_member_noun_after_a_victim_cue_keeps_the_party_hit() -> None:
    """«سقط تسعة قتلى على الأقل من صفوف مقاتلي تنظيم داعش بالغارات التي نفذتها مقاتلات تركية»: the
    party after «صفوف/من» and a member noun («مقاتلي», «مسلحي», «عناصر») is who died, not who struck."""
    text = ("سقط عشرة قتلى على الأقل من صفوف مقاتلي تنظيم القاعدة بالغارات التي نفذتها مقاتلات أمريكية "
            "أمس على مواقعهم في مديرية الصعيد بشبوة.")
    assert _pair(text) == [("Military Forces of the United States (2009-2017)", "AQAP: Al Qaeda in the Arabian Peninsula")]
