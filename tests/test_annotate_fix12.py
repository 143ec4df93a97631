"""FIX12: the review of round thirteen (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and compares one whole layer, with the
helpers of tests/sentences.py; the first sentence of each test failed before its fix.
"""

from __future__ import annotations

from sentences import spans


def test_year_like_figure_before_a_noun_modifier_or_a_collective_of_people_is_a_count():
    # 396d7a4 took any singular noun after 'the 2021' for a thing of a year; a count is
    # before the modifier of a plural head, or a collective noun of people.
    assert spans("The 2000 aid workers left.", "COUNT") == ["2000"]
    assert spans("The 2000 family members fled.", "COUNT") == ["2000"]
    assert spans("The 1800 staff left.", "COUNT") == ["1800"]
    assert spans("A 1500 crew sailed.", "COUNT") == ["1500"]
    # Where it must still fire: one thing of a year.
    assert spans("Since the 2021 coup, fighting has spread.", "COUNT") == []
    assert spans("A 2015 election was held.", "COUNT") == []
    assert spans("The 2018 figure was revised.", "COUNT") == []


def test_building_of_worship_or_roof_of_an_idea_is_no_place():
    # 72ee475 made any worship_and_quarters noun a place head, idioms too.
    assert spans("They visited the temple of justice.", "LOCATION") == []
    assert spans("Tibet is the roof of the world.", "LOCATION") == []
    # Where it must still fire: of a building, of a name, or alone.
    assert spans("The guards stood on the roof of the school.", "LOCATION") == ["roof", "school"]
    assert spans("They hid in the temple of Bel.", "LOCATION") == ["temple", "Bel"]
    assert spans("Snipers fired from the roof.", "LOCATION") == ["roof"]
    assert spans("The Roof Party won the vote.", "LOCATION") == []


def test_participle_after_a_clause_opener_or_a_predicative_adjective_needs_a_plural_verb():
    # 928094c took an -ing word after any determiner, figure or adjective for a pre-modifier;
    # after a complementiser, a fronted year or a predicate adjective a gerund opens instead.
    assert spans("They knew that evacuating civilians would take days.", "ACTOR") == ["civilians"]
    assert spans("In 2018 evacuating civilians took weeks.", "ACTOR") == ["civilians"]
    assert spans("They were busy evacuating civilians.", "ACTOR") == ["civilians"]
    # Where it must still fire: a plural verb after the head, or an attributive adjective.
    assert spans("He said that fleeing families were stopped.", "ACTOR") == ["fleeing families"]
    assert spans("Medics met the departing fighters north.", "ACTOR") == ["Medics", "departing fighters"]
    assert spans("Medics met 12 departing fighters north.", "ACTOR") == ["Medics", "departing fighters"]


def test_participle_in_ed_after_a_relative_clause_verb_stays_a_verb():
    # 928094c: an -ed word after a word that is only a verb is its object's modifier; after
    # the verb of a relative clause ('who fled') it is the sentence's own verb.
    assert spans("Fighters who stayed killed civilians.", "ACTOR") == ["Fighters", "civilians"]
    assert spans("Those who fled returned home.", "LOCATION") == ["home"]
    assert spans("Medics carried released men to the port.", "ACTOR") == ["Medics", "released men"]
