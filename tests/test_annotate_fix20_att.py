"""Review of round twenty's attribution rules (fix20att): invented sentences only, never
dev ones. Each asserts the whole attribution layer of its sentence."""

from __future__ import annotations

from sentences import doc, records


def test_blamed_takes_a_party_not_a_cause_and_not_after_never():
    # G209 names the blamed party; an object that names a cause or an event is no party
    assert records("He blamed violations from both sides.") == []
    assert records("The minister blamed delays at the border.") == []
    assert records("The mayor blamed poor weather for the delay.") == []
    assert records("They blamed a lack of funding.") == []
    # a negated verb: 'never' as 'not'
    assert records("The government never blamed the militia.") == []
    # still records: a head of people, a name, a pronoun, a coordinated party
    assert records("Witnesses blamed government forces.") == [("Witnesses", "blamed", "government forces")]
    assert records("Residents blamed the government and the rebels.") == [
        ("Residents", "blamed", "the government and the rebels")]
    assert records("The ministry blamed Russia, saying its forces fired the shells.") == [
        ("The ministry", "blamed", "Russia"), ("The ministry", "saying", "its forces fired the shells")]
    assert records("The report blames both parties for the deaths of civilians.", " | ") == [
        ("The report", "blames for", "both parties | the deaths of civilians")]
    assert records("Nobody blamed him.") == [("Nobody", "blamed", "him")]


def test_citing_needs_a_source_not_a_reason():
    # G87: ', citing X' gives X a record only where X can be a source
    assert records("The ministry said it would reopen the road, citing improved conditions.") == [
        ("The ministry", "said", "it would reopen the road")]
    assert records("The army said it had withdrawn, citing a ceasefire agreement.") == [
        ("The army", "said", "it had withdrawn")]
    assert records("The UN said it paused deliveries, citing the fighting near the crossing.") == [
        ("The UN", "said", "it paused deliveries")]
    # still records: a head of people, a name, a record cited for its author
    assert records("The agency said 40 people died, citing local officials.") == [
        ("The agency", "said", "40 people died"), ("local officials", "citing", "40 people died")]
    assert records("He said 40 died, citing UN data.") == [("He", "said", "40 died"), ("UN data", "citing", "40 died")]
    assert records("The agency said 40 people died, citing hospital records.") == [
        ("The agency", "said", "40 people died"), ("hospital records", "citing", "40 people died")]
    assert records("AFP reported, citing police, that 12 were hurt.") == [
        ("AFP", "reported", "12 were hurt"), ("police", "citing", "12 were hurt")]
    assert records("The group said 30 died, citing interviews with residents.") == [
        ("The group", "said", "30 died"), ("interviews with residents", "citing", "30 died")]


def test_by_a_possessive_estimate_and_an_aside_after_the_comma():
    # G242: 'estimate' is in count_nouns but is also a cue form; it is a noun here, not a verb
    assert records("By the government's estimate, 10,000 people have fled.") == [
        ("the government's estimate", "By", "10,000 people have fled")]
    assert records("By their estimates, 3,000 people fled.") == [("their estimates", "By", "3,000 people fled")]
    # an aside 'X said,' opening the clause is not the By record's content
    assert records("By its count, the army said, 40 died.") == [
        ("its count", "By", "40 died"), ("the army", "said", "By its count")]
    # the verb is still a cue outside the frame
    assert records("The ministry estimates 3,000 fled.") == [("The ministry", "estimates", "3,000 fled")]


def test_a_said_thing_about_a_topic_is_no_content():
    # G43: 'a story about X', 'the truth about X' still name what is said as a thing
    assert records("She told us a story about the siege.") == []
    assert records("The mayor told them the truth about the attack.") == []
    assert records("He told reporters nothing about the deal.") == []
    # still records: a clause with such a subject, or one opening with the word
    assert records("He said the story about the siege was false.") == [
        ("He", "said", "the story about the siege was false")]
    assert records("They told me something terrible had happened.") == [
        ("They", "told", "something terrible had happened")]


def test_a_link_after_as_a_whole_still_characterises():
    # G83: the idiom's 'as' is passed over, not the end of the search for the link
    d = records("The agency described the region as a whole as a disaster zone.")
    assert d == [("The agency", "described as", "a disaster zone")]
    text = "The agency described the region as a whole as a disaster zone."
    cue = [s for s in doc(text).spans if s.label == "CUE"]
    assert [(s.text, s.start) for s in cue] == [("described", 11), ("as", text.index("as a disaster"))]
    # the idiom alone is still no link
    assert records("The minister dismissed the report as a whole.") == []
