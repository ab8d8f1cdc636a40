"""Rules added after audit 20f of fresh articles (merging: one incident split in two, or separate
events folded into one).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 10, 12)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _of(incidents, sub: str) -> list:
    return [i for i in incidents if i.sub_event_type == sub]


def test_a_further_operation_with_its_own_toll_in_a_place_the_first_one_s_district_holds() -> None:
    """«كما قصفت المقاومة … موقعا في جبل العود وقتلت 6» after a shelling «في مديرية الضالع» that
    killed four: a second shelling, not the first one's detail with the tolls added up."""
    text = ("استهدفت المقاومة الشعبية بقذائف الهاون تجمعات للحوثيين في مديرية الضالع وقتلت 4 منهم. "
            "كما قصفت المقاومة بصواريخ الكاتيوشا موقعا للحوثيين في جبل العود وقتلت 6 مسلحين.")
    shelling = _of(analyze(text, DAY).incidents, "Shelling/artillery/missile attack")
    assert sorted(i.fatalities for i in shelling) == [4, 6]


def test_a_further_operation_with_no_place_of_its_own_and_its_own_toll() -> None:
    """«وكذلك …», «كما نصب المقاتلون كمينين … قتل فيهما سبعة» after an attack that killed 15, no
    place of their own: each operation is its own incident with its own toll (they had been summed
    into the attack: 22)."""
    text = ("قتل 15 من عناصر الحوثي في هجوم شنه مقاتلو المقاومة على مواقعهم في مديرية حيس بمحافظة الحديدة. "
            "وكذلك فجر الثوار عبوة ناسفة بآلية للحوثيين ما أدى إلى مقتل خمسة منهم. "
            "كما نصب المقاتلون كمينين لدوريات الحوثي قتل فيهما سبعة مسلحين.")
    incidents = analyze(text, DAY).incidents
    assert sorted(i.fatalities for i in _of(incidents, "Armed clash")) == [7, 15]
    assert [i.fatalities for i in _of(incidents, "Remote explosive/landmine/IED")] == [5]
    text = ("شنت مقاتلات التحالف غارات على معسكر للحوثيين في مديرية صرواح أسفرت عن مقتل 12 منهم. "
            "كما دمرت غارة أخرى مخزنا للأسلحة وقتلت 3 من الحراس.")
    strikes = _of(analyze(text, DAY).incidents, "Air/drone strike")
    assert sorted(i.fatalities for i in strikes) == [3, 12]


def test_a_further_attack_in_the_wider_place() -> None:
    """«كما هاجم مقاتلو المقاومة دورية … في محافظة تعز» after an attack in one of its districts: a
    further attack told with the governorate it happened in, not the first one's lead."""
    text = ("هاجم مقاتلو المقاومة الشعبية نقطة تفتيش للحوثيين في مديرية المسراخ أمس. "
            "كما هاجم مقاتلو المقاومة دورية للحوثيين في محافظة تعز.")
    clashes = _of(analyze(text, DAY).incidents, "Armed clash")
    assert len(clashes) == 2


def test_the_same_deed_told_again_stays_one() -> None:
    """One fight told again — pointed back to, with the same or a rounded figure, or retold by a
    source («كما قال …») — is one incident with one toll."""
    for text in (
        "اندلعت اشتباكات عنيفة بين المقاومة والحوثيين في مديرية الوازعية بتعز أسفرت عن مقتل 19 حوثيا. "
        "كما أسفرت المواجهات عن مقتل نحو 20 من المسلحين.",
        "هاجم مقاتلو المقاومة مواقع الحوثيين في مديرية الوازعية بتعز أمس وقتلوا 19 حوثيا. "
        "كما هاجم المقاتلون مواقع الحوثيين في الوازعية وقتلوا نحو 20 منهم.",
        "هاجم مقاتلو المقاومة مواقع الحوثيين في مديرية الوازعية بتعز أمس وقتلوا 19 حوثيا. "
        "كما قال مصدر في المقاومة إن الهجوم على مواقع الحوثيين أسفر عن مقتل 12 منهم.",
    ):
        clashes = _of(analyze(text, DAY).incidents, "Armed clash")
        assert len(clashes) == 1, text


def test_one_place_named_with_and_without_its_last_words_is_one_target() -> None:
    """«قاعدة العند» and «قاعدة العند الجوية» in one sentence's list of targets are one place (the
    same kind, the same governorate, one name the start of the other): one shelling, not two."""
    for text in (
        "سقطت قذائف أطلقها الحوثيون أمس على قاعدة العند ومحيط قاعدة العند الجوية في محافظة لحج.",
        "قصفت المدفعية الحوثية أمس مطار عدن ومدرج مطار عدن الدولي.",
    ):
        shelling = _of(analyze(text, DAY).incidents, "Shelling/artillery/missile attack")
        assert len(shelling) == 1, text
    # two places of one kind with different names stay two targets
    text = "قصفت المدفعية الحوثية أمس مطار عدن الدولي وميناء عدن."
    assert len(_of(analyze(text, DAY).incidents, "Shelling/artillery/missile attack")) == 2


def test_a_fresh_round_told_with_a_definite_noun_after_a_verb_of_breaking_out() -> None:
    """«كما تجددت الاشتباكات العنيفة … ما أسفر عن سقوط 16 قتيلا» after a fight that killed 35 is
    a further fight (a verb of renewing before the definite noun), not a back-reference to the
    first with the tolls added up; «كما أسفرت الاشتباكات عن مقتل 5 من المقاومة» is the same fight's
    other side, and stays one."""
    first = ("اندلعت اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مديرية حزم العدين بمحافظة إب "
             "أسفرت عن مقتل 35 حوثيا. ")
    text = first + "كما تجددت الاشتباكات العنيفة أمس في المناطق المحيطة بالجبال الشرقية، ما أسفر عن سقوط 16 قتيلا."
    assert sorted(i.fatalities for i in _of(analyze(text, DAY).incidents, "Armed clash")) == [16, 35]
    text = first + "كما أسفرت الاشتباكات عن مقتل 5 من عناصر المقاومة."
    assert len(_of(analyze(text, DAY).incidents, "Armed clash")) == 1


def test_a_plural_killing_verb_with_its_figure_after_it() -> None:
    """«هاجم المقاومون مواقع الحوثيين … وقتلوا 12 مسلحا»: «قتلوا» with no figure before it takes
    the one right after it as its object (it had been «killed, number unknown»); «20 حوثيا قتلوا»
    keeps its figure before."""
    for text, killed in (
        ("هاجم مقاتلو المقاومة الشعبية مواقع الحوثيين في مديرية صبر الموادم بتعز أمس وقتلوا 12 مسلحا.", 12),
        ("نصب رجال المقاومة كمينا لدورية حوثية في مديرية صبر الموادم بتعز أمس وقتلوا أربعة من أفرادها.", 4),
        ("قال مصدر في المقاومة إن 20 حوثيا قتلوا أمس في هجوم على مواقعهم في مديرية صبر الموادم بتعز.", 20),
    ):
        incidents = analyze(text, DAY).incidents
        assert [i.fatalities for i in incidents] == [killed], text
