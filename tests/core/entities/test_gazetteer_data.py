"""The built gazetteer: sources merged, hierarchy linked, keys in step with the normaliser."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from core.entities.gazetteer import Gazetteer, _keys_current
from core.entities.matcher import normalized

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _build_module():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "build_scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_load_is_cached(gaz: Gazetteer) -> None:
    assert Gazetteer.load() is gaz
    assert len(gaz.places) > 40_000


def test_stored_keys_match_the_normaliser(gaz: Gazetteer) -> None:
    keys = [[normalized(p.name_ar)] for p in gaz.places]
    assert _keys_current(gaz.places, keys, sample=2000)
    # and a deliberately stale key is noticed
    keys[0] = ["not-a-key"]
    assert not _keys_current(gaz.places, keys, sample=len(keys))


def test_ambiguous_district_lists_both_governorates(gaz: Gazetteer) -> None:
    districts = {(p.admin1_en, p.country) for p in gaz.lookup("الزاهر") if p.kind == "district"}
    assert districts == {("Al Bayda", "Yemen"), ("Al Jawf", "Yemen")}


def test_yemen_hierarchy(gaz: Gazetteer) -> None:
    damt = [p for p in gaz.lookup("دمت") if p.kind == "district"]
    assert len(damt) == 1 and damt[0].admin1_en == "Ad Dali" and damt[0].iso == 887
    mukayras = [p for p in gaz.lookup("مكيراس") if p.kind == "district"][0]
    assert mukayras.admin1_ar == "البيضاء" and not mukayras.approx  # GeoNames gave it a point
    assert 13.5 < mukayras.lat < 14.5 and 45 < mukayras.lon < 46
    dhi_naim = [p for p in gaz.lookup("ذي ناعم") if p.kind == "district"][0]
    assert dhi_naim.admin1_en == "Al Bayda"
    manasih = gaz.lookup("المناسح")
    assert [(p.kind, p.admin1_ar, p.admin2_ar) for p in manasih] == [("village", "البيضاء", "ولد ربيع")]
    assert manasih[0].approx and manasih[0].lat is not None  # inherits a parent's point


def test_proclitics_and_spelling_variants(gaz: Gazetteer) -> None:
    assert any(p.kind == "governorate" and p.name_en == "Al Bayda" for p in gaz.lookup("والبيضاء"))
    assert [p.name_en for p in gaz.lookup("أميركا")] == ["United States"]
    assert gaz.lookup("امريكا")[0].iso == 840
    assert gaz.lookup("سورية")[0].country == "Syria"
    assert gaz.lookup("السعودية")[0].kind == "country"


def test_arabic_subdivisions_of_other_countries(gaz: Gazetteer) -> None:
    eastern = [p for p in gaz.lookup("الشرقية") if p.country == "Saudi Arabia"]
    assert eastern and eastern[0].kind == "region" and eastern[0].lat is not None


def test_common_names_need_a_head(gaz: Gazetteer) -> None:
    common = gaz.rules.common
    for word in ("السوق", "الوسطى", "صالح", "الشرقية"):
        assert normalized(word) in common, word
    for place in ("تعز", "عدن", "البيضاء", "صنعاء"):
        assert normalized(place) not in common, place


def test_build_helpers() -> None:
    build = _build_module()
    assert build.clean_arabic("محافظة البيضاء") == ["البيضاء"]
    assert build.clean_arabic("الفروي(ذي مسنام)") == ["الفروي", "ذي مسنام"]
    assert build.clean_arabic("البیضاء") == []  # Persian yeh: not an Arabic name
    assert build.ascii_name("Dhī Nā‘im") == "Dhi Na'im"


# Well-known towns of each Arab country and their first-level subdivision (ISO 3166-2 English
# names as the gazetteer writes them). GeoNames' admin1 groups are paired one to one with the ISO
# subdivisions; voting by the nearest centroid gave Anbar's towns to Salah ad Din and Rabat to
# Laayoune-Sakia El Hamra.
WELL_KNOWN_ADMIN1 = [
    ("الرمادي", "Iraq", "Al-Anbar"), ("الفلوجة", "Iraq", "Al-Anbar"), ("هيت", "Iraq", "Al-Anbar"),
    ("الرطبة", "Iraq", "Al-Anbar"), ("الموصل", "Iraq", "Ninewa"), ("البصرة", "Iraq", "Al-Basrah"),
    ("تكريت", "Iraq", "Salah al-Din"), ("أربيل", "Iraq", "Erbil"), ("النجف", "Iraq", "Al-Najaf"),
    ("حلب", "Syria", "Aleppo"), ("حمص", "Syria", "Homs"), ("دير الزور", "Syria", "Deir-ez-Zor"),
    ("دوما", "Syria", "Rural Damascus"), ("بنغازي", "Libya", "Benghazi"), ("مصراتة", "Libya", "Misrata"),
    ("طبرق", "Libya", "Al Butnan"), ("الرباط", "Morocco", "Rabat-Sale-Kenitra"),
    ("الدار البيضاء", "Morocco", "Casablanca-Settat"), ("مراكش", "Morocco", "Marrakech-Safi"),
    ("جدة", "Saudi Arabia", "Makkah"), ("أبها", "Saudi Arabia", "Asir"),
    ("الدمام", "Saudi Arabia", "Eastern Province"), ("نجران", "Saudi Arabia", "Najran"),
    ("المكلا", "Yemen", "Hadramawt"), ("تعز", "Yemen", "Taizz"), ("عدن", "Yemen", "Aden"),
    ("صنعاء", "Yemen", "Amanat al Asimah"), ("عمان", "Jordan", "Amman"), ("إربد", "Jordan", "Irbid"),
    ("بيروت", "Lebanon", "Beirut"), ("جونيه", "Lebanon", "Mount Lebanon"),
    ("الغردقة", "Egypt", "Red Sea"), ("دمنهور", "Egypt", "Beheira"),
    ("المنامة", "Bahrain", "Al 'Asimah"), ("الرفاع", "Bahrain", "Al Janubiyah"),
    ("الجهراء", "Kuwait", "Al Jahra'"), ("نزوى", "Oman", "Ad Dakhiliyah"),
    ("الأبيض", "Sudan", "North Kordofan"), ("نابلس", "Palestine", "Nablus"),
    ("رام الله", "Palestine", "Ramallah"), ("جنين", "Palestine", "Jenin"), ("غزة", "Palestine", "Gaza"),
]


@pytest.mark.parametrize(("name", "country", "admin1"), WELL_KNOWN_ADMIN1)
def test_well_known_towns_are_in_their_own_province(gaz: Gazetteer, name: str, country: str, admin1: str) -> None:
    towns = [p for p in gaz.lookup(name) if p.country == country and p.kind in ("city", "town")]
    assert towns, name
    biggest = max(towns, key=lambda p: p.population or 0)
    assert biggest.admin1_en == admin1, (name, biggest.admin1_en)


def test_bahrain_governorates_have_their_own_arabic_names(gaz: Gazetteer) -> None:
    names = {p.name_ar: p.admin1_en for p in gaz.places if p.id.startswith("iso:BH-")}
    assert names["العاصمة"] == "Al 'Asimah" and names["المحرق"] == "Al Muharraq" and names["الجنوبية"] == "Al Janubiyah"


def test_no_two_provinces_of_a_country_share_an_arabic_name(gaz: Gazetteer) -> None:
    """iso3166-2 named Sudan's Khartoum state «الجزيرة», Gezira's name, so Omdurman sat in «الجزيرة»."""
    seen: dict[tuple[str, str], str] = {}
    for p in gaz.places:
        if p.id.startswith(("iso:", "ye:g:")):  # first-level subdivisions
            key = (p.country, normalized(p.name_ar))
            assert key not in seen, (p.name_en, seen.get(key))
            seen[key] = p.name_en
    omdurman = [p for p in gaz.lookup("أم درمان") if p.country == "Sudan"]
    ghab = [p for p in gaz.lookup("سهل الغاب") if p.country == "Syria"]
    assert ghab and ghab[0].admin1_en == "Hama"
    assert omdurman and omdurman[0].admin1_ar == "الخرطوم"


def test_geonames_doubled_alef_typos_are_mended() -> None:
    build = _build_module()
    assert build.clean_arabic("ااالخرطوم") == ["الخرطوم"]
    assert build.clean_arabic("االساده") == ["الساده"]
    assert build.clean_arabic("الخرطوم بحري") == ["الخرطوم بحري"]


def test_a_capital_is_its_own_row_not_every_town_of_its_name() -> None:
    build = _build_module()
    cities = {
        "1": {"countrycode": "US", "name": "Washington", "population": 689545},  # the capital
        "2": {"countrycode": "US", "name": "Washington", "population": 24299},  # a town in Utah
        "3": {"countrycode": "US", "name": "Washington", "population": 1085},
        "4": {"countrycode": "IS", "name": "Reykjavík", "population": 118918},  # table: «Reykjavik»
        "5": {"countrycode": "FR", "name": "Reykjavik", "population": 900},  # another country's town
        "6": {"countrycode": "XX", "name": "Nowhere", "population": 10},
    }
    info = {"US": {"capital": "Washington"}, "IS": {"capital": "Reykjavik"}, "FR": {"capital": "Paris"},
            "AQ": {"capital": ""}}
    assert build.capital_ids(cities, info) == {"1", "4"}


def test_washington_is_the_capital_only(gaz: Gazetteer) -> None:
    places = gaz.lookup("واشنطن")
    assert [(p.country, p.admin1_en, p.kind) for p in places] == [("United States", "District of Columbia", "city")]
    us = gaz.lookup("الولايات المتحدة")[0]
    assert 38.5 < us.lat < 39.3 and -77.5 < us.lon < -76.5  # the country's point is its capital's


def test_curated_and_added_towns(gaz: Gazetteer) -> None:
    khaybar_south = [p for p in gaz.lookup("خيبر الجنوب") if p.kind == "town"]
    assert [(p.country, p.admin1_en) for p in khaybar_south] == [("Saudi Arabia", "Asir")]
    nazareth = [p for p in gaz.lookup("الناصرة") if p.country == "Israel"]
    assert len(nazareth) == 1 and nazareth[0].population > 50_000 and 32.6 < nazareth[0].lat < 32.8
    # the homonyms stay
    assert {p.country for p in gaz.lookup("الناصرة")} >= {"Israel", "Syria", "Yemen"}


def test_places_at_a_countrys_own_point_are_its_capital(gaz: Gazetteer) -> None:
    """`at_country_points`: the cities standing at their country's coordinates (the capital, as the
    table tells it), with the columns asked for; a country with none is absent."""
    found = gaz.at_country_points(("city", "capital"), "name_en")
    assert "Sanaa" in {name for _, (name,) in found["Yemen"]}
    assert "Baghdad" in {name for _, (name,) in found["Iraq"]}
    assert all(gaz.places[i].country == "Yemen" and gaz.places[i].kind in ("city", "capital")
               for i, _ in found["Yemen"])
    assert "Aden" not in {name for _, (name,) in found["Yemen"]}
