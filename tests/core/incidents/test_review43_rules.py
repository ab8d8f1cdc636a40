"""Session 43's review of its merged rules on 400 SaudiNewsNet conflict articles (sentences written here)."""

from core.pipeline import analyze

# The month phrase «خلال الشهر الحالي» (a date since session 43) told in the first report of an event
# whose later report is dated to the day («أمس»): the day, within that month, is the event's date.
MONTH_THEN_DAY = (
    "وقال المتحدث: في هذا الإطار نصبت القوات التركية الكمائن ونفذت الكثير من العمليات العسكرية ضد مقاتلينا، "
    "واندلعت على أثر هذه التحركات خلال الشهر الحالي اشتباكات بين مقاتلينا والجيش التركي، وأسفرت هذه "
    "الاشتباكات عن مقتل أربعة جنود أتراك. وذكر شهود عيان أمس أن مقاتلي حزب العمال الكردستاني هاجموا ثكنة "
    "للجيش التركي في إقليم شرناخ، وأسفر الهجوم عن مقتل ثلاثة جنود أتراك."
)


def test_a_day_told_later_dates_an_event_first_told_by_its_month():
    incidents = analyze(MONTH_THEN_DAY, "2015-07-31").incidents
    assert [(i.date, i.time_precision) for i in incidents] == [("2015-07-30", 1)]


def test_a_month_alone_keeps_the_month():
    text = ("وقال المتحدث: في هذا الإطار نصبت القوات التركية الكمائن ونفذت الكثير من العمليات العسكرية ضد مقاتلينا "
            "في إقليم شرناخ، واندلعت على أثر هذه التحركات خلال الشهر الحالي اشتباكات بين مقاتلينا والجيش التركي، "
            "وأسفرت هذه الاشتباكات عن مقتل أربعة جنود أتراك.")
    analysis = analyze(text, "2015-07-31")
    assert [(i.date, i.time_precision) for i in analysis.incidents + analysis.set_aside] == [("2015-07-01", 3)]
