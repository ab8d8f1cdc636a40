"""The eventness filter: commentary is flagged, reports are not; the model file is well formed."""

from __future__ import annotations

from incident_fixtures import HOUTHI, annotate, town

from core.incidents import extract_incidents
from core.incidents.eventness import features, model, word_key


def test_model_has_both_tasks_with_thresholds() -> None:
    m = model()
    for task in ("ASSAULT", "PROTEST"):
        assert 0.0 < m[task]["threshold"] < 1.0
        assert len(m[task]["weights"]) > 100


def test_word_key_strips_clitics() -> None:
    assert word_key("والاشتباكات") == "اشتباكات"


def test_features_name_triggers_and_entities() -> None:
    doc = annotate("اندلعت اشتباكات في مدينة تعز أمس.", [("تعز", "LOCATION", town("تعز", "Taizz", "تعز", "Taizz"))])
    f = features(doc.tokens, doc.entities, [])
    assert f["e:LOCATION"] == 1.0 and f["w:اشتباكات"] == 1.0


def test_commentary_is_flagged_and_a_report_is_not() -> None:
    talk = "ويرى محللون أن الهجوم على إيران سيكون خطأ استراتيجيا كبيرا يضر بمصالح الغرب."
    flagged = extract_incidents(annotate(talk, []))
    assert flagged and all("possibly_commentary" in i.flags for i in flagged)
    report = "اندلعت اشتباكات عنيفة أمس بين الحوثيين والمقاومة في مدينة تعز."
    items = [("الحوثيين", "ARMED_ACTOR", HOUTHI), ("تعز", "LOCATION", town("تعز", "Taizz", "تعز", "Taizz"))]
    [inc] = extract_incidents(annotate(report, items))
    assert "possibly_commentary" not in inc.flags
