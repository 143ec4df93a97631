"""Round twenty's attribution rules (issue 11): invented sentences only, never dev
ones. Each asserts the whole attribution layer of its sentence, with cases where the
rule must not fire."""

from __future__ import annotations

from sentences import records


def test_blamed_party_is_a_record_and_blamed_for_takes_two_contents():
    # G209: 'blamed X' with only the blamed party; G52's frame for 'blamed X for Y'
    assert records("The army blamed the rebels.") == [("The army", "blamed", "the rebels")]
    assert records("The army blamed the rebels, who denied it.") == [("The army", "blamed", "the rebels")]
    assert records("The UN has blamed the militia for earlier raids in the area.", " | ") == [
        ("The UN", "blamed for", "the militia | earlier raids in the area")]
    assert records("Officials blamed rebel fighters for the deaths and vowed revenge.", " | ") == [
        ("Officials", "blamed for", "rebel fighters | the deaths")]
    # a quotation stays the content (G83), with or without 'for' after it
    assert records('The army blamed "terrorists".') == [("The army", "blamed", "terrorists")]
    assert records('State radio blamed "armed gangs" for the shelling.') == [
        ("State radio", "blamed", "armed gangs")]
    # must not fire: a passive, the thing blamed ('on X'), an infinitive or a negated verb
    assert records("The attack was blamed on rebels.") == []
    assert records("The army blamed the attack on rebels.") == []
    assert records("She did not blame the soldiers.") == []
    assert records("They fired on the convoy to blame the army.") == []
    assert records("Each side was blaming the other.") == []
    assert records("Both sides blamed each other.") == []
    assert records("Each side blamed the other.") == []


def test_a_comparative_before_the_figure_keeps_the_figure_across_its_comma():
    # G116: 'put X higher, at N', 'gave a lower number, N', 'counted fewer, about N'
    assert records("The governor put the number of dead higher, at 64, adding that 20 were missing.") == [
        ("The governor", "put", "the number of dead higher, at 64"), ("The governor", "adding", "20 were missing")]
    assert records("State radio gave a lower number, 2,000, and called the fighters rebels.") == [
        ("State radio", "gave", "a lower number, 2,000")]
    assert records("Local officials have counted fewer, about 250,000.") == [
        ("Local officials", "counted", "fewer, about 250,000")]
    assert records('A medic put the figure lower, at "a few hundred, mostly the old."') == [
        ("A medic", "put", 'the figure lower, at "a few hundred, mostly the old')]
    # must not fire: no figure after the comma, or no comparative before it
    assert records("The army put the toll higher, citing new reports.") == []
    assert records("Police counted fewer, he said.") == [("he", "said", "Police counted fewer")]
    assert records("The ministry gave its figures, 40 dead and 90 hurt.") == []
    assert records("The agency put the toll at 30, higher than before.") == [
        ("The agency", "put", "the toll at 30")]


def test_by_a_possessive_count_opening_the_sentence_is_a_record():
    # G242: CUE 'By', SOURCE 'X's count' with its modifiers, CONTENT the clause
    assert records("Prices rose. By the ministry\u2019s own count, more than a quarter of them died.") == [
        ("the ministry\u2019s own count", "By", "more than a quarter of them died")]
    assert records("By the agency's tally, roughly a third of them have now left.") == [
        ("the agency's tally", "By", "roughly a third of them have now left")]
    # must not fire: a time, a means, a count without an author, or not opening the sentence
    assert records("By Monday, 40 people had left.") == []
    assert records("By car, the trip takes an hour.") == []
    assert records("By the count of three, everyone ran.") == []
    assert records("He was killed, by his family's count, on Monday.") == []


def test_an_object_that_names_what_is_said_as_a_thing_is_no_content():
    # G43: 'anything', 'the truth' as the whole object of a verb of saying name a thing
    assert records("Nobody tells us anything.") == []
    assert records("Some tell us the truth.") == []
    assert records("They tell us nothing, he said.") == [("he", "said", "They tell us nothing")]
    # still records: a one-word answer, a clause opening with such a word
    assert records("I told him no.") == [("I", "told", "no")]
    assert records("He told us nothing had changed.") == [("He", "told", "nothing had changed")]


def test_citing_a_source_gives_it_a_record_with_the_same_content():
    # G87: the cited source's record shares the content, before or after 'citing'
    assert records("The council said on Monday that about 300 people had been killed, citing witnesses.") == [
        ("The council", "said", "about 300 people had been killed"),
        ("witnesses", "citing", "about 300 people had been killed")]
    assert records("Reuters reported, citing a security source, that 40 people died.") == [
        ("Reuters", "reported", "40 people died"), ("a security source", "citing", "40 people died")]
    assert records("The ministry put the toll at 40, citing hospital sources.") == [
        ("The ministry", "put", "the toll at 40"), ("hospital sources", "citing", "the toll at 40")]
    # must not fire: no record before it, or a reason cited rather than a source
    assert records("The army closed the road, citing security concerns.") == []
    assert records("He said he would close the road, citing security concerns.") == [
        ("He", "said", "he would close the road")]


def test_as_a_whole_is_no_characterisation():
    # G83 narrowed: 'as a whole' is an idiom, so the figure frame keeps the record (G116)
    assert records("The UN cited a figure of about 10,000 people killed in the conflict as a whole.") == [
        ("The UN", "cited", "a figure of about 10,000 people killed in the conflict as a whole")]
    # still a characterisation: 'as a' and a noun
    assert records("The agency described the strike as a war crime.") == [
        ("The agency", "described as", "a war crime")]
