"""Round twenty-two's attribution rules (issue 11): invented sentences only, never dev
ones. Each asserts the whole attribution layer of its sentence, with cases where the
rule must not fire."""

from __future__ import annotations

from sentences import records


def test_a_postposed_source_does_not_take_the_contents_last_noun_phrase():
    # G45: '<content>, <NP>, <source> said': the chunk before the source's description is
    # the end of the content (an appositive of its place, a list), not an apposition
    assert records("The families reached Kafr Nabl, a market town near the border, the governor said.") == [
        ("the governor", "said", "The families reached Kafr Nabl, a market town near the border")]
    assert records("They brought blankets and stoves, the aid agency said.") == [
        ("the aid agency", "said", "They brought blankets and stoves")]
    assert records("Most buses went to Idlib, nurses and drivers said.") == [
        ("nurses and drivers", "said", "Most buses went to Idlib")]
    assert records("The road was shelled twice, at least 40 km south, police officer Ali Hamid said.") == [
        ("police officer Ali Hamid", "said", "The road was shelled twice, at least 40 km south")]
    assert records("The convoy left at dawn, tents and medicine, Relief Now International said.") == [
        ("Relief Now International", "said", "The convoy left at dawn, tents and medicine")]
    # must still join: a name, a role before a name, a relative clause
    assert records("The road is closed, Ali Hamid, a driver from Homs, said.") == [
        ("Ali Hamid, a driver from Homs", "said", "The road is closed")]
    assert records("The road is closed, the mayor, Ali Hamid, said.") == [
        ("the mayor, Ali Hamid", "said", "The road is closed")]
    assert records("The road is closed, Sara Idris, a nurse who left, said.") == [
        ("Sara Idris, a nurse who left", "said", "The road is closed")]


def test_a_preposed_source_does_not_take_the_clause_before_it():
    # G45: the chunk before a comma-delimited source before its cue joins it only in apposition
    assert records("Families reached Tal Rifaat, a hill town, the mayor, Ali Hamid, said 40 had arrived.") == [
        ("the mayor, Ali Hamid", "said", "40 had arrived")]
    assert records("In Tal Rifaat, a hill town, the mayor said 40 had arrived.") == [
        ("the mayor", "said", "40 had arrived")]
    # (round 35: the phrase before the source is content too, a first span: G54, as Kherson's 'Many, he said,')
    assert records("Many, Sara Idris added, had already left.") == [("Sara Idris", "added", "Many had already left")]
    # must still join: a name and its role, a relative clause, a list of parties
    assert records("Pavlo Kyrylenko, the regional governor, said 40 had died.") == [
        ("Pavlo Kyrylenko, the regional governor", "said", "40 had died")]
    assert records("The United Nations, which was not a party to the deal, said 40 had died.") == [
        ("The United Nations, which was not a party to the deal", "said", "40 had died")]
    assert records("The army, the police and the militia said 40 had died.") == [
        ("The army, the police and the militia", "said", "40 had died")]


def test_an_adverb_after_at_between_source_and_cue_is_no_part_of_the_source():
    # G46: 'at first', 'at times' are time adverbials, not a place phrase of the source
    assert records("The coalition at first denied any role.") == [("The coalition", "denied", "any role")]
    assert records("The army at times said 40 had died.") == [("The army", "said", "40 had died")]
    # must not fire: a place after 'at', or 'first' as an ordinal
    assert records("The doctors at the clinic said 40 had died.") == [
        ("The doctors at the clinic", "said", "40 had died")]
    assert records("The first convoy at dawn left.") == []


def test_review_the_new_rules_keep_appositions_they_must_not_cut():
    # self-review: appositions of other shapes that every rule above must leave whole
    assert records("The cake was delicious, Chef Ali, the owner, said.") == [
        ("Chef Ali, the owner", "said", "The cake was delicious")]
    assert records("The road is closed, UNHCR, the UN refugee agency, said.") == [
        ("UNHCR, the UN refugee agency", "said", "The road is closed")]
    assert records("The road is closed, a spokesman for the group, Ali Hamid, said.") == [
        ("a spokesman for the group, Ali Hamid", "said", "The road is closed")]
    assert records("A senior official, the head of the council, said 40 had died.") == [
        ("A senior official, the head of the council", "said", "40 had died")]
    assert records("A nurse, the only one left, told reporters 40 had died.") == [
        ("A nurse, the only one left", "told", "40 had died")]
    assert records("Several, including the mayor, said 40 had died.") == [
        ("Several, including the mayor", "said", "40 had died")]
    assert records("Few, the mayor admitted, had stayed.") == [("the mayor", "admitted", "Few had stayed")]  # G54 (round 35)
    assert records("The people at last year's festival said it rained.") == [
        ("The people at last year's festival", "said", "it rained")]
