"""Narrowings after the session-36 review of the merged rules: written sentences."""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze


def _incidents(text: str):
    a = analyze(text, date(2015, 8, 4))
    return a.incidents + a.set_aside


def _side(inc, k: int) -> list[str]:
    return [a.name_en for a in inc.side(k)]


def _protest_places(text: str) -> list[str]:
    return sorted(i.location.name_ar for i in _incidents(text) if i.event_type == "Protests" and i.location)


def test_a_party_told_before_the_strike_word_does_not_end_the_strikes_parties() -> None:
    # those who gave up are named before the strikes; the Houthis hold the camp struck
    text = ("استسلم عناصر الحرس الجمهوري في مديرية الحشاء بمحافظة الضالع للمقاومة الشعبية أمس، بعد غارات "
            "شنتها طائرات التحالف فجر أمس على المعسكر الذي كانت ميليشيات الحوثي تتمركز فيه.")
    strikes = [i for i in _incidents(text) if i.sub_event_type == "Air/drone strike"]
    assert strikes and all("Houthis (Ansar Allah)" in _side(i, 2) for i in strikes)


def test_the_strikes_dead_told_before_it_still_end_its_parties() -> None:
    text = ("وقتل 9 مسلحين من تنظيم داعش أمس في غارات نفذها طيران التحالف الدولي على مواقع للتنظيم قرب "
            "مدينة الحسكة التي تدور فيها معارك بين التنظيم ووحدات حماية الشعب الكردية.")
    strikes = [i for i in _incidents(text) if i.sub_event_type == "Air/drone strike"]
    assert strikes and all(_side(i, 2) == ["Islamic State (Syria)"] for i in strikes)


def test_a_place_of_a_fight_long_before_a_protest_word_is_no_protest_place() -> None:
    text = ("وأشار المتحدث إلى أن معارك تحرير مدينة الفلوجة مستمرة وأن قوة مشتركة من الجيش وأبناء العشائر "
            "تمكنت من اقتحام منطقة الحلابسة غربي مدينة الفلوجة بعد معارك عنيفة مع مسلحي تنظيم داعش إلا أن "
            "كثرة الألغام تبطئ تقدم القوات إلى داخل المدينة انطلاقًا من الطريق السريع وباتجاه الساحات التي "
            "كانت تقام فيها الاعتصامات عند مداخل المدينة.")
    assert "الحلابسة" not in _protest_places(text)


def test_the_place_a_gathering_commemorates_is_not_its_place() -> None:
    text = ("ونظم أمس العشرات من الأيزيديين وقفة احتجاجية أمام مقر البرلمان في أربيل، الذكرى السنوية الأولى "
            "لاجتياح قراهم في قضاء سنجار من قبل تنظيم داعش.")
    assert _protest_places(text) == ["أربيل"]


def test_protests_listed_at_places_are_still_one_per_place() -> None:
    text = "تظاهر المئات أمس في البصرة والنجف احتجاجا على انقطاع الكهرباء، كما شهدت مدينة كربلاء تظاهرة أخرى."
    assert len(_protest_places(text)) == 3
