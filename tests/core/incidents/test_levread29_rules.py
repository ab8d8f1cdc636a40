"""Rules added after reading the non-Yemen gold file's extra incidents (session 29, levread).

Sentences written for the tests in the style of Arabic news about Iraq, Syria, Egypt, Turkey and
Palestine; the real pipeline reads them with the codability model switched off, so each test pins
the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 24)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY).incidents]


def test_acts_of_violence_are_no_riot() -> None:
    """«أعمال عنف» is the press's word for violence of any kind («قتل 11 مدنيا في أعمال عنف
    متفرقة شهدتها المدينة», «خوفا من اندلاع أعمال عنف»), not a riot: it no longer makes one."""
    assert ("Riots", "Violent demonstration") not in kinds(
        "أفادت مصادر أمنية أمس بمقتل تسعة مدنيين في أعمال عنف متفرقة شهدتها مدينة الموصل.")
    assert kinds("فرضت الشرطة قيودا على دخول المدينة أمس خوفا من اندلاع أعمال عنف جديدة.") == []
    # a riot word proper still makes a riot
    assert ("Riots", "Violent demonstration") in kinds(
        "اندلعت أعمال شغب أمس في حي الوراق بالجيزة بعد مباراة لكرة القدم.")


def test_a_toll_of_an_accident_is_no_attack() -> None:
    """Dead of a collision, a capsized car, a drowning or a collapsed building («لقوا مصرعهم إثر
    اصطدام مركب بصندل نهري», «أسفر انقلاب حافلة عن مقتل …», «حتفهم غرقا») were attacked by no one:
    the casualty word makes no event. A shooting on the way to an accident still does."""
    assert kinds("لقي 18 شخصا على الأقل مصرعهم مساء أمس إثر اصطدام مركب سياحي بصندل نهري في النيل "
                 "شمال القاهرة.") == []
    assert kinds("لقي خمسة أشخاص مصرعهم أمس في حادث اصطدام سيارة بشاحنة على طريق حمص.") == []
    assert kinds("أسفر انقلاب حافلة على طريق حمص أمس عن مقتل سبعة أشخاص.") == []
    assert kinds("لقي أربعة أطفال حتفهم غرقا في نهر الفرات قرب الرقة أمس.") == []
    assert kinds("قتل 12 شخصا أمس إثر انهيار مبنى من ثلاثة طوابق في حي باب التبانة بطرابلس.") == []
    assert kinds("قتل شرطيان أمس برصاص مسلحين أثناء توجههما إلى حادث سير في ديار بكر.") != []
    assert kinds("قتل خمسة مدنيين أمس في بلدة سراقب بريف إدلب.") == [("Violence against civilians", "Attack")]


def test_the_sites_link_line_tells_no_event_again() -> None:
    """An article closing with the site's link line («رابط الخبر بصحيفة الوئام: <headline>»)
    tells its headline once more: the line is not read, so a headline naming another place
    («غربي بغداد») makes no second incident there."""
    body = ("قال مصدر عسكري عراقي أمس إن 12 عنصرا من تنظيم داعش قتلوا في اشتباكات مع الجيش العراقي "
            "في منطقة البوفراج شمال الرمادي بمحافظة الأنبار.")
    link = "\nرابط الخبر بصحيفة الوئام: مقتل 12 من عناصر داعش باشتباكات غربي بغداد"
    alone = analyze(body, DAY).incidents
    with_link = analyze(body + link, DAY).incidents
    assert [(i.event_type, i.location.admin1_en) for i in with_link] == \
        [(i.event_type, i.location.admin1_en) for i in alone] == [("Battles", "Al-Anbar")]


def test_west_bank_villages_lie_in_their_governorate() -> None:
    """GeoNames groups the whole West Bank in one region, so its villages took the nearest
    governorate centroid: Duma (Nablus) fell in Jericho, al-Mughayyir (Ramallah) too, al-Khadr
    (Bethlehem) in Jerusalem. curated.json `geonames_town_admin1` puts them back."""
    def admin1(text: str) -> list[str]:
        return [i.location.admin1_en for i in analyze(text, DAY).incidents]

    assert admin1("أحرق مستوطنون إسرائيليون فجر أمس منزلا في قرية دوما، ما أدى إلى مقتل طفل "
                  "فلسطيني.") == ["Nablus"]
    assert admin1("أصيب ثلاثة فلسطينيين أمس برصاص الجيش الإسرائيلي في بلدة الخضر.") == ["Bethlehem"]
