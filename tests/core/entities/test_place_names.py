"""A place name the analyst types is looked up in the gazetteer, not recognised in running text:
the editor's own example «دمت» and «الزاهر» resolve, homonyms follow the governorate."""

from __future__ import annotations

from core.entities.place_names import PlaceContext, article_context, place_choices, resolve_governorate, resolve_place


def test_typed_names_resolve_with_english_name_country_and_coordinates() -> None:
    damt = resolve_place("دمت")
    assert damt is not None
    assert (damt["name_en"], damt["admin1_en"], damt["country"], damt["iso"]) == ("Damt", "Ad Dali", "Yemen", 887)
    assert damt["lat"] and damt["lon"] and damt["place_id"] and damt["geo_precision"] == 2
    zahir = resolve_place("الزاهر")
    assert zahir is not None and zahir["name_en"] == "Az Zahir" and zahir["country"] == "Yemen"
    assert any(a["admin1_en"] == "Al Jawf" for a in zahir["alternatives"])  # the homonym is kept


def test_the_chosen_governorate_then_the_article_decide_between_homonyms() -> None:
    assert resolve_place("الزاهر", "الجوف")["admin1_en"] == "Al Jawf"
    assert resolve_place("الزاهر", "Al Jawf")["admin1_en"] == "Al Jawf"
    assert resolve_place("الزاهر", "", ["Al Jawf", "Al Bayda"])["admin1_en"] == "Al Jawf"
    assert resolve_place("الزاهر", "البيضاء", ["Al Jawf"])["admin1_en"] == "Al Bayda"


def test_heads_prepositions_and_the_article_are_handled() -> None:
    assert resolve_place("مديرية الزاهر")["kind"] == "district"
    assert resolve_place("في دمت")["name_en"] == "Damt"
    assert resolve_place("محافظة البيضاء")["kind"] == "governorate"
    assert resolve_place("زاهر", "البيضاء")["name_en"] == "Az Zahir"  # «ال» left off
    assert resolve_place("مكان لا يعرفه أحد") is None


def test_a_typed_governorate_gives_its_region() -> None:
    region = resolve_governorate("البيضاء")
    assert region is not None and region["admin1_en"] == "Al Bayda" and region["geo_precision"] == 3
    assert resolve_governorate("") is None


def test_a_place_in_another_country_does_not_fit_the_typed_governorate() -> None:
    """«الرباط» (a quarter of Aden the gazetteer does not hold) read as Rabat, Morocco: with «عدن»
    typed as its governorate, the analyst's governorate wins; a city of the same country still
    may stand for a governorate left as it was («دمت» with «تعز»)."""
    from core.entities.place_names import fits_governorate

    rabat = resolve_place("الرباط", "", PlaceContext(country="Morocco"))
    assert rabat is not None and rabat["country"] == "Morocco"
    assert not fits_governorate(rabat, "عدن")
    # in Yemen first, «الرباط» is a town of Abyan; but a subdistrict of Al Bayda is called so too:
    # not a name distinct enough to overrule the typed governorate
    yemeni = resolve_place("الرباط", "عدن", ["Aden"])
    assert yemeni is not None and yemeni["country"] == "Yemen" and not fits_governorate(yemeni, "عدن")
    damt = resolve_place("دمت", "تعز")
    assert damt is not None and damt["admin1_en"] == "Ad Dali" and fits_governorate(damt, "تعز")


# -- the article's context orders the homonyms ------------------------------------------------------

def _loc(admin1: str, country: str, place_id: str = "") -> dict:
    return {"label": "LOCATION", "attrs": {"admin1_en": admin1, "country": country, "place_id": place_id}}


def test_article_context_counts_governorates_places_and_country() -> None:
    entities = [_loc("Aden", "Yemen", "p1"), _loc("Aden", "Yemen", "p2"), _loc("Lahij", "Yemen"),
                _loc("Riyadh", "Saudi Arabia"), _loc("Riyadh", "Saudi Arabia"),
                {"label": "ARMED_ACTOR", "attrs": {"country": "Yemen", "actor_type": "state"}},
                {"label": "ARMED_ACTOR", "attrs": {"country": "Iran", "actor_type": "external"}}]
    incidents = [{"location": {"admin1_en": "Lahij"}}, {"location": {"admin1_en": "Lahij"}}, {"location": None}]
    ctx = article_context(entities, incidents)
    assert ctx.governorates[:2] == ("Lahij", "Aden") and ctx.country == "Yemen"
    assert ctx.place_ids == frozenset({"p1", "p2"})
    assert article_context([]) == PlaceContext()


def test_in_an_article_about_aden_a_typed_name_is_a_yemeni_place_before_one_abroad() -> None:
    """Typed in an article about Aden, «الرباط» was offered as Rabat (Morocco) first: no homonym is
    in Aden, so the article's country (Yemen, also when the analysis finds none) orders the rest."""
    about_aden = PlaceContext(("Aden",), "Yemen")
    choices = place_choices("الرباط", about_aden, limit=20)
    assert choices and choices[0]["country"] == "Yemen"
    countries = [c["country"] for c in choices]
    assert "Morocco" in countries and countries == sorted(countries, key=lambda c: c != "Yemen")
    assert resolve_place("الرباط", "", about_aden)["country"] == "Yemen"
    assert resolve_place("الرباط", "", ["Aden"])["country"] == "Yemen"  # no country established: Yemen's
    assert place_choices("الرباط", PlaceContext(country="Morocco"))[0]["country"] == "Morocco"


def test_a_place_the_article_names_comes_before_its_homonyms() -> None:
    every = place_choices("الرباط", PlaceContext(country="Yemen"))
    last = every[-1]
    named = PlaceContext(("Aden",), "Yemen", frozenset({last["place_id"]}))
    assert place_choices("الرباط", named)[0]["place_id"] == last["place_id"]
    assert resolve_place("الرباط", "", named)["place_id"] == last["place_id"]
    # the governorate the analyst types still wins over the article
    ibb = resolve_place("الرباط", "إب", named)
    assert ibb is not None and ibb["admin1_en"] == "Ibb"
