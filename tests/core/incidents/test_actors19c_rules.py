"""Actor and summary rules of round nineteen's third actor pass: equipment lists, doers named
after the event noun, and the like.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents.model import Incident
from core.pipeline import analyze

DAY = date(2015, 8, 6)


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.incidents import codability

    monkeypatch.setattr(codability, "ENABLED", False)


def incidents(text: str) -> list[Incident]:
    return analyze(text, DAY).incidents


def equipment(text: str) -> list[tuple[str, str]]:
    return [(e["name_en"], e["fate"]) for i in incidents(text) for e in i.equipment]


@pytest.mark.parametrize("text", [
    "أقدم شخص انتحاري على تفجير نفسه بحزام ناسف داخل مسجد في مدينة أبها بمنطقة عسير، ما أدى إلى مقتل خمسة أشخاص.",
    "قتل ثلاثة جنود أمس في تفجير سيارة مفخخة استهدف نقطة عسكرية في مدينة عدن.",
    "قتل جنديان في تفجير عبوة ناسفة استهدف دورية عسكرية في مدينة المكلا بمحافظة حضرموت أمس.",
])
def test_a_bomb_set_off_is_not_equipment_destroyed(text: str) -> None:
    assert equipment(text) == []
    assert all("destroyed" not in i.summary_en for i in incidents(text))


def test_what_shoots_down_is_not_what_was_shot_down() -> None:
    # «الدفاعات الجوية» is the verb's subject: only the drone was lost
    assert equipment("وأسقطت الدفاعات الجوية أمس طائرة بدون طيار في مدينة مأرب.") == [("Drone", "destroyed")]
    # equipment destroyed is still listed
    assert ("Tank", "destroyed") in equipment(
        "ودمرت طائرات التحالف العربي دبابتين وعربة مسلحة للحوثيين في مدينة تعز أمس.")
