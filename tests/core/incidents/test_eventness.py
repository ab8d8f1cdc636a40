"""The eventness filter: word classes, features, the shipped model; commentary is flagged, reports are not."""

from __future__ import annotations

import pytest

from incident_fixtures import HOUTHI, annotate, town

from core.incidents import extract_incidents
from core.incidents.detect import find_mentions
from core.incidents.eventness import classes_of, cue_sets, features, model, passes, probability, word_key
from core.text.normalize import normalize_token


def test_model_has_both_tasks_thresholds_and_cv_figures() -> None:
    m = model()
    for task in ("ASSAULT", "PROTEST"):
        assert 0.0 < m[task]["threshold"] < 1.0
        assert len(m[task]["weights"]) > 100
        # the figures shipped with the model are cross-validated ones, one per repetition
        assert len(m[task]["cv"]["F1"]) >= 3 and all(0.0 < f < 1.0 for f in m[task]["cv"]["F1"])


def test_word_key_strips_clitics() -> None:
    assert word_key("والاشتباكات") == "اشتباكات"


def test_word_classes_match_with_proclitics() -> None:
    assert "protest_past_verb" in classes_of(normalize_token("وتظاهر"))
    assert "recent_time" in classes_of(normalize_token("أمس"))
    assert "legal" in classes_of(normalize_token("والمحكمة"))
    assert classes_of(normalize_token("البرتقال")) == ()
    assert all(words for words in cue_sets().values())


def test_features_name_triggers_classes_and_task_context() -> None:
    doc = annotate("قتل مسلحون ثلاثة جنود أمس في مدينة تعز.", [("تعز", "LOCATION", town("تعز", "Taizz", "تعز", "Taizz"))])
    mentions, _ = find_mentions(doc)
    f = features(doc.tokens, doc.entities, mentions)
    assert f["e:LOCATION"] == 1.0 and f["w:جنود"] == 1.0
    assert f["x:violent_past_verb"] == 1.0 and f["x:recent_time"] == 1.0
    assert f["x:violent_past_verb&victim"] == 1.0
    assert f["ASSAULT|tw:قتل"] == 1.0 and f["ASSAULT|early"] == 1.0
    assert not any(k.startswith("PROTEST|") for k in f)  # no protest trigger, no protest context


def test_protest_report_scores_above_protesters_description() -> None:
    """«تظاهر آلاف ... أمس» reports a protest; «ورفع المتظاهرون لافتات» describes one already told."""
    def score(text: str) -> float:
        doc = annotate(text, [])
        mentions, _ = find_mentions(doc)
        p = probability(features(doc.tokens, doc.entities, mentions), "PROTEST")
        assert p is not None
        return p

    report = score("تظاهر آلاف الطلاب أمس أمام مقر البرلمان احتجاجا على رفع الأسعار.")
    description = score("ورفع المتظاهرون لافتات كتب عليها شعارات تندد بالحكومة.")
    assert report > description
    doc = annotate("تظاهر آلاف الطلاب أمس أمام مقر البرلمان احتجاجا على رفع الأسعار.", [])
    assert passes(features(doc.tokens, doc.entities, find_mentions(doc)[0]), "PROTEST")[0]


def test_commentary_is_flagged_and_a_report_is_not() -> None:
    talk = "ويرى محللون أن الهجوم على إيران سيكون خطأ استراتيجيا كبيرا يضر بمصالح الغرب."
    flagged = extract_incidents(annotate(talk, []))
    assert flagged and all("possibly_commentary" in i.flags for i in flagged)
    report = "اندلعت اشتباكات عنيفة أمس بين الحوثيين والمقاومة في مدينة تعز."
    items = [("الحوثيين", "ARMED_ACTOR", HOUTHI), ("تعز", "LOCATION", town("تعز", "Taizz", "تعز", "Taizz"))]
    [inc] = extract_incidents(annotate(report, items))
    assert "possibly_commentary" not in inc.flags


def test_the_pipeline_sets_commentary_aside_and_keeps_it_in_the_summary() -> None:
    from core.pipeline import analyze

    talk = "ويرى محللون أن الهجوم على إيران سيكون خطأ استراتيجيا كبيرا يضر بمصالح الغرب."
    analysis = analyze(talk)
    assert analysis.incidents == [] and analysis.set_aside
    [aside] = analysis.summary["set_aside"]
    assert "possibly_commentary" in aside["flags"] and aside["summary_en"]
    start, end = aside["evidence"][0]
    assert "الهجوم" in talk[start:end]
    assert analysis.summary["incidents"] == 0  # set-aside candidates are never counted


def test_an_event_with_no_place_below_the_country_is_set_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.incidents import codability
    from core.pipeline import analyze

    monkeypatch.setattr(codability, "ENABLED", False)  # the place rule alone (the model judges an undated report)

    analysis = analyze("قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش في اليمن.")
    assert analysis.incidents == []
    assert [i.flags for i in analysis.set_aside] == [["no_place"]]
    placed = analyze("قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش في مدينة تعز.")
    assert [i.location.admin1_en for i in placed.incidents] == ["Taizz"] and placed.set_aside == []


def test_codable_places() -> None:
    from core.incidents import Place, codable_place

    assert codable_place(Place("تعز", kind="city", admin1_en="Taizz"))
    assert codable_place(Place("الجقينة", admin1_en="Marib"))  # unknown, but put in a governorate
    assert not codable_place(Place("أوروبا"))
    assert not codable_place(Place("اليمن", kind="country", country="Yemen"))
    assert not codable_place(None)


def test_a_tally_is_set_aside_as_a_running_total() -> None:
    from core.pipeline import analyze

    analysis = analyze("وقال مدير مكتب الصحة إن الاشتباكات في مدينة عدن خلفت ألف قتيل وتسعة آلاف جريح.")
    assert analysis.incidents == [] and "running_total" in analysis.set_aside[0].flags
