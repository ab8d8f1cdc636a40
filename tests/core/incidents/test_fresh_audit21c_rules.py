"""Rules added after the fresh-article audit c21 (seeds 2171–2172: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return [(i.location.admin1_en, i.fatalities) for i in analyze(text, DAY).incidents if i.location]


def test_a_village_told_clauses_after_its_district_is_where_the_fight_was() -> None:
    """«في مديرية حزم العدين …، وأوقعوا 30 قتيلا …، وذلك في كمين نصبوه في قرية الوزيرية»: the
    village (unknown to the gazetteer, or put in the district by its neighbours) is where in the
    district the ambush was — one clash with the whole toll, not two sharing it half and half."""
    text = ("ففي اشتباكات دارت في مديرية حزم العدين بمحافظة إب، تمكن الثوار من تدمير ثلاثة أطقم للحوثيين، "
            "وأوقعوا 30 قتيلا و44 جريحا في صفوفهم، وذلك في كمين نصبوه لهم في قرية الوزيرية.")
    assert _tolls(text) == [("Ibb", 30)]
    text = ("وفي مواجهات عنيفة شهدتها مديرية حزم العدين، تمكن رجال المقاومة من إعطاب مدرعتين للمتمردين، "
            "وقتلوا 24 منهم وجرحوا عشرات آخرين، وذلك في كمين محكم نصبوه في قرية المشاعب بطريق الجراحي.")
    assert _tolls(text) == [("Ibb", 24)]


def test_a_district_and_a_village_listed_together_stay_two_places() -> None:
    """«في مديرية حزم العدين وقرية الوزيرية»: items of one list are two places, as before."""
    text = "قصفت طائرات التحالف أمس مواقع للحوثيين في مديرية حزم العدين وقرية الوزيرية بمحافظة إب."
    assert len(_tolls(text)) == 2


def _toll(text: str) -> list[tuple[int | None, int | None]]:
    return [(i.fatalities, i.injured) for i in analyze(text, date(2015, 8, 1)).incidents]


def test_an_official_statement_naming_the_dead_retells_the_leads_toll() -> None:
    """A lead «نتج عنها استشهاد أحد رجال حرس الحدود …، وإصابة ثلاثة آخرين», then the spokesman's
    statement «ما نتج عنه استشهاد الجندي أول سعيد علي القحطاني، وإصابة ثلاثة من زملائه»: the man
    named is the lead's one dead, and «his colleagues» the lead's three wounded — 1 and 3, not 2
    and 6."""
    text = ("استهدفت الميليشيات الحوثية أمس قرى الشريط الحدودي بمنطقة نجران بعدد من المقذوفات نتج عنها "
            "استشهاد أحد رجال حرس الحدود بمركز الخضراء بنجران، وإصابة ثلاثة آخرين.\n"
            "وأوضح المتحدث الأمني بوزارة الداخلية أنه تعرض أمس مركز الخضراء بمنطقة نجران لمقذوف عسكري "
            "من داخل الأراضي اليمنية، ما نتج عنه استشهاد الجندي أول سعيد علي القحطاني، وإصابة ثلاثة من "
            "زملائه تم نقلهم إلى المستشفى.")
    assert _toll(text) == [(1, 3)]
    text = ("سقطت قذائف أطلقها الحوثيون أمس على قرية حدودية في جازان ما أدى إلى استشهاد أحد المواطنين.\n"
            "وقال المتحدث باسم الدفاع المدني إن القذائف سقطت على منزل في قرية الخشل بمحافظة الحرث، "
            "ونتج عنها استشهاد أحد سكانه ويدعى علي محمد الحازمي.")
    assert [k for k, _ in _toll(text)] == [1]


def _kinds(text: str) -> list[str]:
    return [i.sub_event_type for i in analyze(text, date(2015, 8, 4)).incidents]


def test_a_place_stormed_and_taken_is_a_taking_not_a_bare_clash() -> None:
    """«اقتحمت المقاومة معسكر الصدرين … وسيطرت عليه بعد اشتباكات», «قامت … مدعومة بوحدات من
    الجيش باقتحام المعسكر والسيطرة عليه»: the «عليه» of a taking joined by «و» to the storming
    points back to the stormed place (no relative clause), and the verbal noun shares «قامت … ب»;
    ACLED codes the place changing hands, not an armed clash."""
    text = "اقتحمت المقاومة الشعبية أمس معسكر الصدرين بمحافظة مأرب وسيطرت عليه بعد اشتباكات عنيفة مع الحوثيين."
    assert _kinds(text) == ["Government regains territory"]
    text = ("فاجأت المقاومة الشعبية أمس مسلحي الحوثي المتحصنين في معسكر الصدرين بمحافظة مأرب، حيث قامت في "
            "ساعات الفجر الأولى مدعومة بوحدات من الجيش باقتحام المعسكر والسيطرة عليه بعد اشتباكات عنيفة "
            "فر على إثرها عشرات المسلحين.")
    assert _kinds(text) == ["Government regains territory"]


def test_a_place_a_taking_verb_describes_stays_a_description() -> None:
    """«معسكر الصدرين الذي استولى عليه الحوثيون قبل أشهر»: still no taking of its own."""
    text = "قصفت طائرات التحالف أمس معسكر الصدرين بمحافظة مأرب، وهو معسكر استولى عليه الحوثيون قبل أشهر."
    assert "Government regains territory" not in _kinds(text) and "Non-state actor overtakes territory" not in _kinds(text)


def test_a_verdict_on_a_taking_is_commentary_not_an_event() -> None:
    """«قال الشيخ … إن طرد المتمردين من مدينة الحوطة ما هو إلا مقدمة لانتصارات قادمة»,
    «… يأتي تأكيدا على نجاح …»: a past taking named as the subject of a judgement (`verdict`
    cues) is talk about the war, not news of it — and never a taking by the men driven out."""
    text = "قال الشيخ علي المرادي إن طرد المتمردين من مدينة الحوطة ما هو إلا مقدمة لانتصارات قادمة ستعيدهم إلى جحورهم."
    assert _kinds(text) == []
    text = "وأكد عدد من شيوخ القبائل أن دحر الحوثيين من مدينة زنجبار يأتي تأكيدا على نجاح المقاومة الشعبية."
    assert _kinds(text) == []


def test_a_figure_right_after_a_plural_active_verb_is_its_object() -> None:
    """«وقتل الثوار 20 حوثيا وجرحوا 30 آخرين», «… واعتقلوا 7 آخرين»: the figure right after
    «جرحوا/أسروا/اعتقلوا» is whom they wounded or took, not the 20 killed before the verb; «إن 20
    حوثيا قتلوا و30 جرحوا» still reads each verb with the figure before it."""
    def figures(text: str) -> list[tuple[int | None, int | None, int | None]]:
        return [(i.fatalities, i.injured, i.captured) for i in analyze(text, DAY).incidents]
    text = "وقتل الثوار 20 حوثيا وجرحوا 30 آخرين في كمين نصبوه لهم في مديرية حزم العدين بمحافظة إب."
    assert figures(text) == [(20, 30, None)]
    text = "وقتل الثوار 20 حوثيا واعتقلوا 7 آخرين في كمين نصبوه لهم في مديرية حزم العدين بمحافظة إب."
    assert figures(text) == [(20, None, 7)]
    text = "وقالت المصادر إن 20 حوثيا قتلوا و30 جرحوا في كمين نصبته المقاومة في مديرية حزم العدين بمحافظة إب."
    assert figures(text) == [(20, 30, None)]


def test_names_written_in_quotes_still_make_a_list_of_the_dead() -> None:
    """«من قتل المسؤول الأمني المدعو "أبو علي الريمي"، والقيادي الحوثي "أبو حسين"»: the quotes
    around each name are no break and no word of the name — two dead, not one."""
    for q1, q2 in (('"', '"'), ("«", "»")):
        text = (f"وتمكن رجال المقاومة في مديرية العدين بمحافظة إب من قتل المسؤول الأمني المدعو {q1}أبو علي "
                f"الريمي{q2}، والقيادي الحوثي {q1}أبو حسين{q2}.")
        assert [i.fatalities for i in analyze(text, DAY).incidents] == [2]


def test_a_places_own_figure_told_later_replaces_its_share_of_the_leads() -> None:
    """A lead over two places («… بقرية الخشل بجازان وبمركز الخضراء بنجران، وإصابة عشرة آخرين»,
    shared 5 and 5) then each place's own figure in the statement («وإصابة اثنين من زملائه», «…
    إصابة ثمانية من رجال حرس الحدود»): the places' own figures stand, 2 and 8, not 7 and 13."""
    text = ("جددت الميليشيات الحوثية أمس استهدافها للشريط الحدودي بجازان ونجران بعدد من القذائف التي نتج "
            "عنها استشهاد أحد المواطنين بقرية الخشل بجازان وجنديين بمركز الخضراء بنجران، وإصابة عشرة آخرين.\n"
            "وأوضح المتحدث الأمني أنه تعرضت أمس قرية الخشل بمنطقة جازان لمقذوف عسكري من داخل الأراضي "
            "اليمنية، ما نتج عنه استشهاد أحد سكانها، وإصابة اثنين من زملائه تم نقلهما إلى المستشفى.\n"
            "وأضاف أنه تعرض مركز الخضراء بمنطقة نجران لقذائف كثيفة من داخل الأراضي اليمنية، ونتج عن ذلك "
            "استشهاد جنديين، كما تعرض ثمانية من رجال حرس الحدود للإصابة.")
    got = sorted((i.location.admin1_en, i.injured) for i in analyze(text, date(2015, 8, 1)).incidents if i.location)
    assert got == [("Jazan", 2), ("Najran", 8)]


def test_the_stormed_place_named_between_storming_and_taking_keeps_the_deed() -> None:
    """«قامت المقاومة … باقتحام معسكر الصدرين بمحافظة مأرب والسيطرة عليه»: the storming noun's
    object («معسكر الصدرين بمحافظة مأرب») between it and the taking does not cut the taking off
    the deed verb «قامت … ب»."""
    text = "حيث قامت المقاومة الشعبية مدعومة بمقاتلي الجيش باقتحام معسكر الصدرين بمحافظة مأرب والسيطرة عليه."
    assert _kinds(text) == ["Government regains territory"]
