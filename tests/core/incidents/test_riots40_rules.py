"""Riots coded as peaceful protests (session 40, riots40): a crowd that is not called protesters
wrecking property, and a riot told after the protest it grew out of. Sentences written for the tests
in the style of the news."""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

SATURDAY = date(2015, 8, 8)


def _all(text: str):
    an = analyze(text, SATURDAY)
    return an.incidents + an.set_aside


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in _all(text)]


RIOT = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")


# -- a crowd word that is no protester word, then vandalism ----------------------------------------------

def test_workers_who_gather_then_wreck_cars_riot() -> None:
    """«قامت العمالة بالتجمهر … ومن ثم عبثوا بالسيارات»: the workers' gathering turned to vandalism,
    the plural verb's subject is the crowd named a clause before."""
    assert _kinds("قامت العمالة بالتجمهر أمس أمام مقر الشركة في مدينة الدمام مطالبين بأجورهم، "
                  "ومن ثم عبثوا بعدد من السيارات وتم إحراق دورية أمن.") == [RIOT]


def test_fans_who_gather_and_smash_shop_fronts_riot() -> None:
    """«المشجعين … بتحطيم واجهات المحلات»: a noun of wrecking with its object after the crowd."""
    assert _kinds("تجمهر مئات المشجعين أمس خارج الملعب في مدينة الإسكندرية وقاموا بتحطيم واجهات المحلات.") == [RIOT]


def test_workers_protesting_a_burning_stay_peaceful() -> None:
    """The burning the workers protest against is their matter, not their deed."""
    assert _kinds("تظاهر مئات العمال أمس في مدينة البصرة احتجاجا على إحراق سيارات النقابة.") == [PEACEFUL]


def test_fans_breaking_records_is_no_riot() -> None:
    """«تحطيم الأرقام» (breaking records) wrecks nothing: only vehicles, shops, windows and property."""
    assert _kinds("تجمهر آلاف المشجعين أمس أمام الملعب في مدينة الإسكندرية للمطالبة بإقالة المدرب "
                  "بعد موسم فشل فيه الفريق في تحطيم الأرقام.") == [PEACEFUL]


# -- a riot told after the protest it grew out of ---------------------------------------------------------

def test_a_march_turned_riot_is_one_violent_demonstration_on_the_march_day() -> None:
    """«… في مسيرة … أمس. وتحولت المسيرة إلى أعمال شغب بعد حلول الظلام»: the riot sentence has no day
    or place of its own; it is the march turned violent, on the march's day."""
    found = _all("خرج مئات المتظاهرين أمس في مسيرة بمدينة شيكاغو إحياء لذكرى مقتل شاب برصاص الشرطة. "
                 "وتحولت المسيرة إلى أعمال شغب بعد حلول الظلام.")
    assert [(i.event_type, i.sub_event_type) for i in found] == [RIOT]
    assert str(found[0].date)[:10] == "2015-08-07"
    assert found[0].actor1 is not None and found[0].actor1.inter == 5


def test_a_riot_dated_in_its_own_words_stays_apart() -> None:
    """A riot told on a day of its own is another event, not the protest before it."""
    found = _all("خرج مئات المتظاهرين أمس في مسيرة سلمية بمدينة شيكاغو للمطالبة بإصلاح الشرطة. "
                 "وكانت المدينة قد شهدت أعمال شغب يوم الاثنين الماضي.")
    assert PEACEFUL in [(i.event_type, i.sub_event_type) for i in found]


# -- the dead a riot followed or denounces are not its toll ----------------------------------------------

def _killed(text: str) -> list:
    return [i.fatalities for i in _all(text) if (i.event_type, i.sub_event_type) == RIOT]


def test_the_killing_a_riot_followed_is_not_its_toll() -> None:
    assert _killed("اندلعت أعمال شغب أمس في مدينة شيكاغو في أعقاب مقتل شاب أسود برصاص شرطي الأسبوع الماضي.") \
        in ([None], [0])


def test_the_killing_rioters_denounce_is_not_their_toll() -> None:
    assert _killed("رشق محتجون الشرطة بالحجارة أمس في مدينة شيكاغو تنديدا بمقتل شاب أسود برصاص شرطي.") in ([None], [0])


def test_the_riot_own_dead_stay() -> None:
    assert _killed("اندلعت أعمال شغب أمس في مدينة شيكاغو أسفرت عن مقتل شخص بعد مواجهات مع الشرطة.") == [1]
