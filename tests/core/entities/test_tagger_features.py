"""The CRF feature function, on hand-made cluster and word-list tables (no model needed)."""

from __future__ import annotations

from core.entities.features import FeatureResources, Featurizer, index_lists
from core.text.normalize import normalize_token


def _featurizer() -> Featurizer:
    clusters = {"رياض": ("3", "17", "401"), "قال": ("1", "2", "5")}
    lists = index_lists({"COUNTRY": ["الولايات المتحده", "اليمن"], "TITLE": ["الرئيس"]})
    return Featurizer(FeatureResources(clusters, lists))


def _norms(text: str) -> list[str]:
    return [normalize_token(t) for t in text.split()]


def test_token_features_use_folded_form_stem_and_affixes() -> None:
    feats = _featurizer().sentence(_norms("وصل الرئيس إلى والرياض"))
    last = feats[3]
    assert "w=والرياض" in last
    assert "st=رياض" in last  # conjunction and article stripped
    assert "cl=وال" in last
    assert "al" in last
    assert "ss3=ياض" in last
    assert "sh=ar" in last
    # «إلى» is folded (alef, alef maksura) before it becomes a feature
    assert "w=الي" in feats[2]


def test_clusters_found_through_clitic_variants() -> None:
    feats = _featurizer().sentence(_norms("قال والرياض مدينة"))
    assert {"c0=3", "c1=17", "c2=401"} <= set(feats[1])
    assert "c=none" in feats[2]
    # neighbours lend their cluster ids with a relative position
    assert "-1c0=1" in feats[1] and "+1c2=401" in feats[0]


def test_word_lists_match_multi_token_entries_with_proclitics() -> None:
    fz = _featurizer()
    marks = fz.list_marks(_norms("سافر بالولايات المتحدة ثم اليمن"))
    assert marks == [[], ["COUNTRY:B"], ["COUNTRY:I"], [], ["COUNTRY:B"]]
    feats = fz.sentence(_norms("قال الرئيس هادي"))
    assert "L0TITLE:B" in feats[1]
    assert "L-1TITLE:B" in feats[2]  # the title is visible from the name after it


def test_window_padding_shape_and_bigrams() -> None:
    feats = _featurizer().sentence(_norms("قالت CNN إن 25"))
    assert "-1pad" in feats[0] and "-2pad" in feats[1] and "+1pad" in feats[3]
    assert "sh=latin" in feats[1] and "w=cnn" in feats[1]
    assert "sh=num" in feats[3]
    assert "b-=قالت|cnn" in feats[1] and "b+=25|</s>" in feats[3]
    assert len(feats) == 4 and all("bias" in f for f in feats)


def test_same_features_on_repeated_calls() -> None:
    fz = _featurizer()
    sent = _norms("قال الرئيس في والرياض")
    assert fz.sentence(sent) == fz.sentence(sent)
