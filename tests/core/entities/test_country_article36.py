"""ACLED writes "Police Forces of the United States": a "… of {country}" actor name takes "the" for the
countries actors.json `countries_with_article` lists; a "… ({country})" name never does."""

from core.entities.lexicon import fill_country
from core.pipeline import analyze


def test_of_slot_takes_the_article_for_listed_countries():
    assert fill_country("Police Forces of {country}", "United States") == "Police Forces of the United States"
    assert fill_country("Military Forces of {country}", "United Kingdom") == "Military Forces of the United Kingdom"


def test_other_countries_and_bracket_slots_are_unchanged():
    assert fill_country("Police Forces of {country}", "Turkey") == "Police Forces of Turkey"
    assert fill_country("Civilians ({country})", "United States") == "Civilians (United States)"
    assert fill_country("Police Forces of {country}", "") == "Police Forces"


def test_police_of_an_american_town_are_named_as_acled_names_them():
    text = "أطلق مسلحون النار على الشرطة في مدينة فيرغسون بولاية ميزوري الأمريكية أمس، مما أدى إلى إصابة شرطيين."
    names = {e.attrs.get("name_en") for e in analyze(text, "2015-08-11", "").entities if e.label == "ARMED_ACTOR"}
    assert "Police Forces of the United States" in names
    assert "Unidentified Armed Group (United States)" in names
