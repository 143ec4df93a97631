"""Round thirteen of the annotator (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads one layer back with the
helpers of tests/sentences.py; beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import spans


def test_participle_after_determiner_figure_or_adjective_is_a_premodifier():
    # G14: a participle before the head is a pre-modifier; no verb opens after a determiner or a figure.
    assert spans("Medics met the departing fighters north.", "ACTOR") == ["Medics", "departing fighters"]
    assert spans("Medics met 12 departing fighters north.", "ACTOR") == ["Medics", "departing fighters"]
    assert spans("Medics met two fleeing families north.", "ACTOR") == ["Medics", "fleeing families"]
    assert spans("Police killed two suspected gang members.", "ACTOR") == ["Police", "suspected gang members"]


def test_participle_in_ed_after_a_verb_is_a_premodifier():
    assert spans("Medics carried released men to the port.", "ACTOR") == ["Medics", "released men"]


def test_participle_after_a_verb_or_auxiliary_stays_a_verb():
    # The verb of the sentence, or a gerund with its object, is no pre-modifier.
    assert spans("The troops released men from the jail.", "ACTOR") == ["troops", "men"]
    assert spans("The rebels had released men in May.", "ACTOR") == ["rebels", "men"]
    assert spans("Troops were killing civilians.", "ACTOR") == ["Troops", "civilians"]
    assert spans("The army kept evacuating civilians.", "ACTOR") == ["army", "civilians"]
    assert spans("The trucks left at noon, carrying women and children.", "ACTOR") == ["women", "children"]


def test_sentence_initial_participle_before_a_plural_head():
    # A word in -ed opening a sentence is no verb (it would have no subject); one in -ing
    # is a modifier only where the head takes a plural auxiliary.
    assert spans("Fleeing civilians were shot at the bridge.", "ACTOR") == ["Fleeing civilians"]
    assert spans("Departing fighters have burned their offices.", "ACTOR") == ["Departing fighters"]
    assert spans("Wounded soldiers were carried out.", "ACTOR") == ["Wounded soldiers"]


def test_sentence_initial_gerund_with_its_object_is_no_premodifier():
    assert spans("Evacuating civilians was hard.", "ACTOR") == ["civilians"]
    assert spans("Evacuating civilians took days.", "ACTOR") == ["civilians"]
    assert spans("Displaced by the war, families moved.", "ACTOR") == ["families"]


def test_buildings_of_worship_barrack_and_roof_are_places():
    # nouns.json's worship_and_quarters: general English place nouns, as mosque and church are.
    assert spans("They slept in the monastery near the river.", "LOCATION") == ["monastery", "river"]
    assert spans("The prisoners were held in a barrack.", "LOCATION") == ["barrack"]
    assert spans("Snipers fired from the roof.", "LOCATION") == ["roof"]
    assert spans("Ten monks left the pagoda.", "LOCATION") == ["pagoda"]


def test_plural_roofs_as_a_need_is_no_place():
    assert spans("The houses stood without roofs all winter.", "LOCATION") == ["houses"]


def test_year_between_a_determiner_and_a_singular_noun_is_no_count():
    # G79: 'the 2021 coup' is one thing of a year; a plural noun after it is counted.
    assert spans("Since the 2021 coup, fighting has spread.", "COUNT") == []
    assert spans("Its 2019 report said 40 people died.", "COUNT") == ["40"]


def test_year_range_figure_before_a_plural_noun_is_still_a_count():
    assert spans("The 2000 refugees left.", "COUNT") == ["2000"]
    assert spans("The 1500 soldiers withdrew.", "COUNT") == ["1500"]
