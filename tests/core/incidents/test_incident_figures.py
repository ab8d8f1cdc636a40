"""An incident's figures, apart from its evidence: where the article tells its killed, injured and
captured (each figure with its casualty word). The figures are often told in another clause than
the evidence («أن 14 من مسلحي الحوثي لقوا مصرعهم، وأصيب 9 آخرون، فيما دمرت عربة …»: the evidence
is the «فيما» clause), and that is where an analyst checks the numbers. The evidence stays as it
was: the codability features, the store's re-anchoring of corrections and corroborations read it.

Sentences written for the tests in the style of the news; the rules alone (codability model off).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents.model import Incident
from core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("rules_alone")

DAY = date(2015, 7, 25)
CLASH = ("وأكد مصدر في المقاومة أن 14 من مسلحي الحوثي لقوا مصرعهم، وأصيب 9 آخرون، فيما دمرت عربة عسكرية "
         "للمسلحين خلال صد المقاومة الشعبية هجوما للحوثيين قرب مدينة قعطبة.")
SHELLING = ("قتل سبعة مدنيين وأصيب خمسة آخرون في قصف مدفعي للحوثيين استهدف حيا سكنيا في مدينة تعز، "
            "وتم أسر ثلاثة من المسلحين.")


def _quotes(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def _only(text: str) -> Incident:
    incidents = analyze(text, DAY, "").incidents
    assert len(incidents) == 1
    return incidents[0]


def test_figures_told_in_another_clause_than_the_evidence() -> None:
    inc = _only(CLASH)
    assert (inc.fatalities, inc.injured) == (14, 9)
    # the evidence is the clause of the clash, as before; the figures are the clause before it
    assert _quotes(CLASH, inc.evidence) == [CLASH[CLASH.index("فيما"):]]
    assert _quotes(CLASH, inc.figures) == ["14 من مسلحي الحوثي لقوا مصرعهم", "أصيب 9"]


def test_every_role_with_its_figure() -> None:
    inc = _only(SHELLING)
    assert (inc.fatalities, inc.injured, inc.captured) == (7, 5, 3)
    assert _quotes(SHELLING, inc.figures) == ["قتل سبعة", "أصيب خمسة", "تم أسر ثلاثة"]
    assert "تم أسر ثلاثة" not in "".join(_quotes(SHELLING, inc.evidence))  # told after the evidence


def test_no_figures_no_spans() -> None:
    text = "شنت طائرات التحالف غارات على مواقع الحوثيين في مديرية نهم شرق صنعاء."
    incidents = analyze(text, DAY, "").incidents
    assert incidents and all(i.figures == [] for i in incidents)


def test_overlapping_figures_are_one_span() -> None:
    """«عشرات القتلى والجرحى»: each role's words start at the one figure; one span, not three."""
    text = "وسقط عشرات القتلى والجرحى من الحوثيين في مواجهات عنيفة مع المقاومة الشعبية في مديرية دمت."
    inc = _only(text)
    assert _quotes(text, inc.figures) == ["عشرات القتلى والجرحى"]


def test_figures_round_trip_through_the_dict() -> None:
    inc = _only(CLASH)
    data = inc.to_dict()
    assert data["figures"] == [{"start": s, "end": e} for s, e in inc.figures]
    assert data["evidence"] == [{"start": s, "end": e} for s, e in inc.evidence]
    back = Incident.from_dict(data)
    assert back.figures == inc.figures and back.evidence == inc.evidence
    assert Incident.from_dict({**data, "figures": [list(f) for f in inc.figures]}).figures == inc.figures
    old = {k: v for k, v in data.items() if k != "figures"}  # stored before figures were kept
    assert Incident.from_dict(old).figures == []
