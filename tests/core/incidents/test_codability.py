"""The codability model (core/incidents/codability.py) and its training machinery
(build_scripts/train_incident_filter.py): features of a candidate, set-aside below the threshold,
nothing changed without a model, and the shipped model on an article-like text."""

from __future__ import annotations

import copy
import importlib.util
import random
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from core.incidents import candidates, codability, set_aside
from core.incidents.lexicons import forest, forest_many
from core.incidents.merge import _confidence
from core.pipeline import analyze

ROOT = Path(__file__).resolve().parents[3]

# A lead told with a date, a district, a source and figures; then fighting in a whole city told as
# a state of affairs (definite «المعارك», no date) and an arrest told in the pluperfect.
ARTICLE = (
    "قتل خمسة من مسلحي الحوثي أمس في اشتباكات مع المقاومة الشعبية في مديرية الوازعية بمحافظة تعز، "
    "وأصيب ثمانية آخرون، بحسب مصدر في المقاومة.\n"
    "وقال المصدر إن المقاومة دمرت عربة عسكرية للحوثيين.\n"
    "وفي عدن، تواصل المعارك في المدينة، حيث تدور المواجهات منذ أشهر.\n"
    "وكانت القوات قد اعتقلت عشرة أشخاص في مدينة عدن."
)
DAY = date(2015, 7, 29)


def _coded(text: str, title: str = "") -> tuple[list, object]:
    doc = analyze(text, DAY, title, until="entities").doc
    return [(i, d) for i, d in candidates(doc) if not set_aside(i)], doc


def test_features_read_how_and_where_a_candidate_is_told() -> None:
    coded, doc = _coded(ARTICLE, "مقتل خمسة حوثيين في الوازعية")
    others = [i for i, _ in coded]
    by_place = {i.location.admin1_en: (i, d) for i, d in coded}
    lead = codability.features(*by_place["Taizz"], others, doc)
    assert lead["lead"] == 1.0 and lead["strong"] == 1.0 and lead["dated"] == 1.0
    assert lead["killed:yes"] == 1.0 and lead["injured"] == 1.0 and lead["source"] == 1.0
    assert lead["days_back:1"] == 1.0 and lead["time_precision:1"] == 1.0
    assert lead["place_how:named"] == 1.0 and "definite" not in lead
    assert lead["support"] == by_place["Taizz"][0].confidence  # the rules' score, before assess()
    aden = [codability.features(i, d, others, doc) for i, d in coded if i.location.admin1_en == "Aden"]
    assert aden and all("dated" not in f and f["position"] > lead["position"] for f in aden)
    assert any(f.get("definite") == 1.0 for f in aden)  # «المعارك»: told as known, not as news
    assert lead["candidates"] == len(others) / 10


def test_the_words_of_the_first_telling_are_features() -> None:
    coded, doc = _coded(ARTICLE, "مقتل خمسة حوثيين في الوازعية")
    by_place = {i.location.admin1_en: (i, d) for i, d in coded}
    incident, draft = by_place["Taizz"]
    f = codability.features(incident, draft, [i for i, _ in coded], doc)
    words = {k[2:]: v for k, v in f.items() if k.startswith("w:")}
    start, end = incident.evidence[0]
    named = [(e.start, e.end) for e in doc.entities if e.label in ("LOCATION", "DATE", "NUMBER")]
    first = {t.norm for t in doc.tokens if start <= t.start < end and not t.is_punct
             and not any(a <= t.start < b for a, b in named) and not any(c.isdigit() for c in t.norm)}
    assert words and set(words) == first and set(words.values()) == {codability.WORD_WEIGHT}
    assert "قتل" in words and "اشتباكات" in words  # normalised forms, as the model was fitted on
    assert "اعتقلت" not in words and "،" not in words  # another candidate's clause; no punctuation
    # which place, day or figure is told is no reason to code it or not
    assert not {"الوازعيه", "مديريه", "تعز", "امس", "خمسه"} & set(words)


def test_days_back_counts_from_the_article_date() -> None:
    coded, doc = _coded("شن طيران التحالف غارات على مواقع الحوثيين في مديرية حيدان بصعدة يوم 24 يوليو.")
    [(inc, draft)] = coded
    f = codability.features(inc, draft, [inc], doc)
    assert inc.date == "2015-07-24" and f["days_back:4+"] == 1.0
    undated = copy.copy(doc)
    undated.date = None
    assert codability.features(inc, draft, [inc], undated)["days_back:none"] == 1.0
    inc.date = "2015-07-30"  # a day after the article: not yet happened, never "recent"
    assert codability.features(inc, draft, [inc], doc)["days_back:future"] == 1.0


def test_shipped_model_keeps_the_lead_and_sets_aside_what_is_retold() -> None:
    analysis = analyze(ARTICLE, DAY)
    threshold = codability.model()["threshold"]
    lead = analysis.incidents[0]
    assert (lead.event_type, lead.location.admin1_en, lead.fatalities, lead.injured) == ("Battles", "Taizz", 5, 8)
    assert lead.confidence >= threshold and 0.0 < lead.confidence < 1.0
    assert all(i.confidence >= threshold for i in analysis.incidents)
    # the arrest told in the pluperfect («وكانت القوات قد اعتقلت») is retold, not reported: set aside.
    # (Whether "the fighting continues in Aden" is coded sits at the threshold and moves with refits:
    # 0.527 against 0.525 in version 29; this test does not pin it.)
    unlikely = [i for i in analysis.set_aside if codability.FLAG in i.flags]
    assert ("Strategic developments", "Aden") in {(i.event_type, i.location.admin1_en) for i in unlikely}
    assert all(i.confidence < threshold for i in unlikely)
    # the article summary keeps them with their score (the panel shows it as the reason's figure)
    listed = [d for d in analysis.summary["set_aside"] if codability.FLAG in d["flags"]]
    assert sorted(d["confidence"] for d in listed) == sorted(round(i.confidence, 3) for i in unlikely)
    # the seed article's eight incidents stay coded
    seed = (ROOT.parent / "shared" / "data" / "seed" / "dhale_bayda_2015.txt")
    if seed.exists():
        coded = analyze(seed.read_text(encoding="utf-8"), DAY).incidents
        assert len(coded) == 8 and not any(codability.FLAG in i.flags for i in coded)


def test_without_a_model_every_candidate_keeps_its_support_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codability, "model", lambda: {})
    analysis = analyze(ARTICLE, DAY)
    assert len(analysis.incidents) == 3 and not analysis.set_aside
    doc = analyze(ARTICLE, DAY, until="entities").doc
    support = [_confidence(d, i) for i, d in candidates(doc)]
    assert [i.confidence for i in analysis.incidents] == support


@pytest.mark.parametrize("bias,flagged", [(-10.0, 2), (10.0, 0)])  # the lead is protected: never flagged
def test_the_threshold_decides_and_confidence_is_the_probability(
        monkeypatch: pytest.MonkeyPatch, bias: float, flagged: int) -> None:
    monkeypatch.setattr(codability, "model", lambda: {"threshold": 0.5, "weights": {"bias": bias}})
    coded, doc = _coded(ARTICLE)
    codability.assess(coded, doc)
    assert sum(codability.FLAG in i.flags for i, _ in coded) == flagged
    expected = 1 / (1 + np.exp(-bias))
    assert all(abs(i.confidence - expected) < 1e-9 for i, _ in coded)
    codability.assess(coded, doc)  # scoring twice: same scores, no second flag
    assert all(abs(i.confidence - expected) < 1e-9 for i, _ in coded)
    assert all(i.flags.count(codability.FLAG) <= 1 for i, _ in coded)


def test_a_forest_is_walked_with_32_bit_values() -> None:
    # one stump: «x» at most 0.6 (as scikit-learn stores a split between 0.6 and 0.7 read as 32-bit
    # floats) goes left to a leaf of share 0.25, else right to 0.75; a second tree is a lone leaf
    stump = {"f": [0, -1, -1], "t": [0.6000000238418579, 0.0, 0.0], "l": [1, -1, -1], "r": [2, -1, -1],
             "v": [0.0, 0.25, 0.75]}
    leaf = {"f": [-1], "t": [0.0], "l": [-1], "r": [-1], "v": [0.5]}
    model = {"features": ["x"], "trees": [stump, leaf]}
    assert forest(model, {"x": 0.6}) == (0.25 + 0.5) / 2  # 0.6 as a 32-bit float is that threshold
    assert forest(model, {"x": 0.7}) == (0.75 + 0.5) / 2
    assert forest(model, {}) == (0.25 + 0.5) / 2  # a feature not told is 0
    # several rows at once walk the same paths
    assert forest_many(model, [{"x": 0.6}, {"x": 0.7}, {}]) == [0.375, 0.625, 0.375]
    assert forest_many(model, []) == []


def test_a_model_file_with_an_empty_forest_is_the_logistic_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codability, "model", lambda: {"threshold": 0.5, "weights": {"bias": 0.0},
                                                      "forest": {"features": [], "trees": []}})
    assert codability.probability({"bias": 1.0}) == pytest.approx(0.5)


def test_with_a_forest_the_probability_is_the_mean_of_both_models(monkeypatch: pytest.MonkeyPatch) -> None:
    leaf = {"f": [-1], "t": [0.0], "l": [-1], "r": [-1], "v": [0.9]}
    monkeypatch.setattr(codability, "model", lambda: {"threshold": 0.5, "weights": {"bias": 0.0},
                                                      "forest": {"features": [], "trees": [leaf]}})
    assert codability.probability({"bias": 1.0}) == pytest.approx((0.5 + 0.9) / 2)
    coded, doc = _coded(ARTICLE)
    codability.assess(coded, doc)
    assert all(i.confidence == pytest.approx(0.7) for i, _ in coded)


def test_news_beyond_doubt_is_protected() -> None:
    coded, doc = _coded(ARTICLE)
    others = [i for i, _ in coded]
    feats = {i.location.admin1_en: codability.features(i, d, others, doc) for i, d in coded}
    assert codability.protected(feats["Taizz"])  # strong, «أمس», the district named in its clause
    lead = dict(feats["Taizz"])
    for drop in ("dated", "place_how:named"):
        assert not codability.protected({k: v for k, v in lead.items() if k != drop}), drop
    # a weak trigger needs a named doer: «قصف الحوثيون أمس أحياء سكنية في مدينة تعز» is news
    weak = {k: v for k, v in lead.items() if k != "strong"}
    assert codability.protected(weak | {"a1:rebel": 1.0}) and not codability.protected(
        {k: v for k, v in weak.items() if not k.startswith("a1:")} | {"a1:none": 1.0})
    shelled = analyze("قصف الحوثيون أمس أحياء سكنية في مدينة تعز.", DAY)
    assert [i.sub_event_type for i in shelled.incidents] == ["Shelling/artillery/missile attack"]
    # only a back-reference («ضحايا القصف الحوثي» at a funeral) is not news beyond doubt (review),
    # but a strong trigger told with a definite noun is («خرج آلاف المتظاهرين …»: second review)
    assert not codability.protected(weak | {"a1:rebel": 1.0, "definite": 1.0})
    assert codability.protected(lead | {"definite": 1.0})
    old = {k: v for k, v in lead.items() if not k.startswith("days_back:")} | {"days_back:4+": 1.0}
    assert not codability.protected(old)
    # a clear abduction in a named city yesterday stays coded (review: it was set aside as unlikely)
    abduction = analyze("اختطفت جماعة الحوثي أمس ثلاثة صحفيين من منازلهم في مدينة إب.", DAY)
    assert [i.sub_event_type for i in abduction.incidents] == ["Abduction/forced disappearance"]
    # ordinary wording before the trigger or a condemnation told after it does not void it (third review)
    lead = "اندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية والحوثيين في مديرية صالة بمدينة تعز.\n"
    for text in ("قال مصدر محلي فضل عدم الكشف عن هويته إن مسلحين حوثيين اختطفوا أمس الصحفي علي الصبري في مدينة يريم بمحافظة إب.",
                 "كان مسلحون حوثيون قد اختطفوا أمس الصحفي علي الصبري في مدينة يريم بمحافظة إب.",
                 "وبينما لا تزال المواجهات مستمرة، اختطف مسلحون حوثيون أمس الصحفي علي الصبري في مدينة يريم بمحافظة إب.",
                 "اختطف مسلحون حوثيون أمس الناشط عبدالله الشامي في مدينة يريم بمحافظة إب. وقد أدان حزب الإصلاح هذا الاختطاف."):
        kept, kept_doc = _coded(lead + text)
        abduction = [(i, d) for i, d in kept if i.event_type == "Violence against civilians"]
        assert abduction and all(codability.protected(codability.features(i, d, [i], kept_doc)) for i, d in abduction), text
    # talk about violence is not protected (second review): condemned, negated
    for text in ("وأدان الاتحاد أمس اختطاف الصحفيين في مدينة إب.", "لم تسجل أمس أي اشتباكات في مدينة تعز."):
        talk, talk_doc = _coded(text)
        assert all(not codability.protected(codability.features(i, d, [i], talk_doc)) for i, d in talk), text
        assert all("talk_before" in codability.features(i, d, [i], talk_doc) for i, d in talk), text


def test_place_features_match_whole_words() -> None:
    # review: «إب» was found in «إبراهيم» and «تعز» in «تعزيزات»
    assert codability._named_in("إب", "اشتباكات في محافظة إب") and codability._named_in("إب", "قصف وإب")
    assert not codability._named_in("إب", "الحوثيون يختطفون الصحفي إبراهيم")
    assert not codability._named_in("إب", "الصحفي إبِراهيم")  # a mark inside the word
    assert codability._named_in("إب", "في مدينة اب") and codability._named_in("مدينة إب", "في مدينة\u00a0 إب")
    assert codability._named_in("الحديدة", "وصلت القوات للحديدة")
    assert codability._times_named("تعز", "وصلت تعزيزات إلى تعز، ثم إلى مدينة تعز وبتعز.") == 3
    assert codability._times_named("", "تعز") == 0


# -- training machinery ------------------------------------------------------------------------

_spec = importlib.util.spec_from_file_location("train_incident_filter", ROOT / "build_scripts" / "train_incident_filter.py")
assert _spec and _spec.loader
T = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("train_incident_filter", T)  # dataclasses look their module up
_spec.loader.exec_module(T)


def _toy_articles(n: int = 80, seed: int = 0) -> list:
    """Articles with one coded clash in Taizz; candidates are the right one ('good', matched) or
    wrong ones elsewhere ('bad'), a feature telling them apart 90 % of the time."""
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        gold = [{"event_type": "Battles", "admin1": "Taizz", "fatalities": 0}]
        keys, feats, ys = [("Battles", "taizz", 0)], [], [True]
        for _ in range(rnd.randint(1, 3)):
            keys.append(("Battles", rnd.choice(["aden", "lahij", "abyan"]), 0))
            ys.append(False)
        for y in ys:
            good = y if rnd.random() < 0.9 else not y
            feats.append({"bias": 1.0, "good" if good else "bad": 1.0})
        out.append(T.Article(k, gold, keys, feats, ys))
    return out


def test_score_repairs_after_dropping() -> None:
    articles = _toy_articles(10)
    p, r, f, n = T.score(articles)
    assert r == 1.0 and n == sum(len(a.keys) for a in articles) and p < 1.0
    keep = {k: np.array([True] + [False] * (len(a.keys) - 1)) for k, a in enumerate(articles)}
    assert T.score(articles, keep)[:3] == (1.0, 1.0, 1.0)


def test_folds_split_articles_and_cross_validation_gains_on_a_learnable_signal() -> None:
    articles = _toy_articles()
    folds = T.folds(len(articles), 5, 0)
    assert sorted(i for f in folds for i in f) == list(range(len(articles)))
    (before, after), = T.cross_validate(articles, 1)
    assert after[2] > before[2] + 0.1  # dropping the 'bad' candidates pays
    model = T.fit(articles)
    assert model.logistic.weights()["good"] > 0 > model.logistic.weights()["bad"]
    # the forest, exported, scores what scikit-learn scores (compared as 32-bit floats, like it)
    rows = [f for a in articles for f in a.feats]
    exported = model.forest.export()
    assert max(abs(forest(exported, f) - p) for f, p in zip(rows, model.forest.score(rows))) < 1e-6
    assert forest(exported, {"good": 1.0}) > 0.5 > forest(exported, {"bad": 1.0})


def test_articles_scored_together_score_as_each_alone() -> None:
    """`scores` scores every article's candidates in one call (scikit-learn's cost is per call):
    the same probabilities as one article at a time, split back by article, protected ones 1."""
    articles = _toy_articles(30, seed=1)
    model = T.fit(articles[:20])
    test = articles[20:] + [T.Article(99, [], [], [], [])]  # an article without candidates too
    test[0].feats[0] = {**test[0].feats[0], "strong": 1.0, "dated": 1.0, "place_how:named": 1.0, "days_back:0": 1.0}
    together = T.scores(model, test)
    alone = [T.scores(model, [a])[0] for a in test]
    assert [len(s) for s in together] == [len(a.feats) for a in test]
    assert all(np.allclose(s, t) for s, t in zip(together, alone))
    assert together[0][0] == 1.0 and codability.protected(test[0].feats[0])
    # the forest's matrix puts each feature in its column, 0 where a row lacks it
    x = model.forest._matrix([{"good": 1.0, "unseen": 1.0}, {}])
    assert x.shape == (2, len(model.forest.names))
    assert x[0].tolist() == [1.0 if k == "good" else 0.0 for k in model.forest.names] and not x[1].any()


def test_the_score_pairs_equal_fatalities_first() -> None:
    # two clashes in one governorate: the first coded with no death, the second with 29; the
    # pipeline found a clash with 29 and one with 10. In list order the first gold incident took
    # the 29 and neither pair agreed; equal figures pair first, so one does
    E = sys.modules["evaluate_incidents"]
    gold = [{"event_type": "Battles", "admin1": "Lahij", "fatalities": 0},
            {"event_type": "Battles", "admin1": "Lahij", "fatalities": 29}]
    found = [("Battles", "lahij", 29), ("Battles", "lahij", 10), ("Battles", "aden", 0)]
    assert E._pairs(gold, found) == [(1, False), (0, True)]
    # the number of matches does not change: one gold incident, no candidate left for the other
    assert E._pairs(gold, found[:1]) == [(None, False), (0, True)]


def test_a_place_named_in_another_clause_and_abroad_are_features() -> None:
    """Version 20: a place the sentence names only in another clause than the candidate's telling
    is `place_how:sentence` (not `named`); a place in a neighbour's border region is
    `abroad:border`, one in its interior `abroad:far` (coders of the Yemen war code the first)."""
    told = "قتل خمسة من مسلحي الحوثي أمس في اشتباكات مع المقاومة الشعبية في مديرية الوازعية بمحافظة تعز."
    coded, doc = _coded(told)
    f = codability.features(coded[0][0], coded[0][1], [coded[0][0]], doc)
    assert f["place_how:named"] == 1.0 and not any(k.startswith("abroad:") for k in f)
    elsewhere = ("أعلنت السلطات في مدينة عدن أمس، فيما شنت طائرات التحالف غارات على مواقع الحوثيين.")
    coded, doc = _coded(elsewhere)
    feats = [codability.features(i, d, [i], doc) for i, d in coded]
    assert feats and all("place_how:sentence" in g and "place_how:named" not in g for g in feats)
    border = _coded("سقطت أمس قذائف أطلقها الحوثيون على قرى في منطقة جازان.")
    far = _coded("انفجرت أمس سيارة مفخخة في مدينة الرياض وقتل ثلاثة أشخاص.")
    for (cands, d), key in ((border, "abroad:border"), (far, "abroad:far")):
        assert cands and all(key in codability.features(i, dr, [i], d) for i, dr in cands), key


def test_a_place_beyond_yemens_neighbours_has_no_abroad_feature() -> None:
    """Session 28: `abroad:*` tells a neighbour's border region from its interior (Yemen coders code
    the first); a place in a country beyond the neighbours (Iraq, Syria: another war's news) has no
    such feature, so the model does not read it as the far Saudi interior the Yemen file leaves out."""
    iraq = _coded("انفجرت أمس سيارة مفخخة في مدينة الفلوجة وقتل ثلاثة أشخاص.")
    syria = _coded("قصفت طائرات النظام أمس أحياء في مدينة حلب وقتل عشرة مدنيين.")
    for cands, d in (iraq, syria):
        assert cands and all(i.location.country not in ("Yemen", "Saudi Arabia") for i, _ in cands)
        assert all(not any(k.startswith("abroad:") for k in codability.features(i, dr, [i], d)) for i, dr in cands)


def test_articles_of_another_file_are_scored_with_the_country_and_always_trained_on() -> None:
    """`--also` files: their keys carry the country (a clash in Iraq's Anbar matches only an Anbar,
    Iraq gold incident); `cross_validate` trains on them in every fold and never tests them."""
    gold = [{"event_type": "Battles", "country": "Iraq", "admin1": "Al-Anbar", "fatalities": 0}]
    right = T.Article(1, gold, [("Battles", "Iraq", "al anbar", 0)], [{"bias": 1.0}], [True], extra=True)
    wrong = T.Article(2, gold, [("Battles", "Syria", "al anbar", 0)], [{"bias": 1.0}], [False], extra=True)
    assert T.score([right])[:3] == (1.0, 1.0, 1.0) and T.score([wrong])[:3] == (0.0, 0.0, 0.0)
    home = _toy_articles(40, seed=2)
    seen: list[int] = []
    fit = T.fit
    T.fit = lambda arts: seen.append(sum(a.extra for a in arts)) or fit(arts)
    try:
        results = T.cross_validate(home, 1, [right, wrong])
    finally:
        T.fit = fit
    # the fits that score a test fold (one in every five: the others are the inner folds that pick the
    # threshold, where the extra articles rotate through the folds too) all hold both extra articles
    assert len(results) == 1 and len(seen) == T.FOLDS * (T.INNER + 1) and all(k == 2 for k in seen[T.INNER::T.INNER + 1])
    assert results[0][0] == T.score(home)  # the "without" figure counts the home articles only
