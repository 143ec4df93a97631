"""Annotator round forty-one, ACTOR and SOURCE spans: patterns of fresh text, on invented
sentences only (never a dev one); each test reads the drafted ACTOR spans back."""

from __future__ import annotations

from sentences import mention_layers


def actors(text: str) -> list[str]:
    """The drafted ACTOR texts of ``text``, in document order."""
    return mention_layers(text)[0]


def test_a_trade_after_a_persons_name_and_age_is_a_mention():
    # G66, G18: '[X], 52, a [retired bus conductor],' - the appositive description is an
    # ACTOR of its own, whatever the trade (no lexicon lists every one); G65: pre-modifiers stay
    assert actors("Karim Haddad, 52, a retired bus conductor, said the road was closed.") == [
        "Karim Haddad", "retired bus conductor"]
    assert actors("Ali Hassan, 39, a former welder, keeps his bed by the wall.") == [
        "Ali Hassan", "former welder"]


def test_an_age_and_an_origin_stay_in_the_description():
    # G64: the age adjective stays; a hyphenated origin is a pre-modifier (G65)
    assert actors("Nadia Karam, a 40-year-old Tunisian bricklayer, said the boat sank.")[:2] == [
        "Nadia Karam", "40-year-old Tunisian bricklayer"]
    assert actors("Dr Lina Farouk, a Jordanian-born pathologist from Amman, said the count was low.")[:2] == [
        "Lina Farouk", "Jordanian-born pathologist"]


def test_a_classifying_genitive_stays_and_a_possessor_goes():
    # 'a retired ship's engineer': the article belongs to 'engineer', so 'ship's' classifies it
    assert actors("Karim Haddad, 52, a retired ship's engineer, said so.") == [
        "Karim Haddad", "retired ship's engineer"]
    # 'the clinic's nursing lead': the possessor is outside the description (G66)
    assert "nursing lead" in actors("Mona Adel, the clinic's nursing lead, said cases doubled.")


def test_a_participle_or_a_verb_ends_the_description():
    # 'a youth leader living in the camp': the participle clause is no pre-modifier
    assert actors("Gatluak Deng, a youth leader living in the camp, said food ran out.")[:2] == [
        "Gatluak Deng", "youth leader"]
    # must not fire: a clause after a name is no appositive ('the wait goes on')
    assert actors("Her mother, Halima Osman, waited. For Halima Osman, the wait goes on.") == [
        "mother", "Halima Osman", "Halima Osman"]
    assert actors("For Kamal Otieno, 47, the tally matters.") == ["Kamal Otieno"]


def test_an_article_or_a_demonym_head_ends_a_contact_clauses_noun_phrase():
    # G39, G14: 'a' never determines a plural, so 'a trip' ends one noun phrase and
    # '[porters] said' opens the contact clause; a demonym head takes no noun modifier
    assert actors("They walked to the pass, a trip drivers said took nine hours.") == ["drivers"]
    assert actors("Guards beat the men, an allegation officials in the city deny.") == [
        "Guards", "men", "officials"]
    assert actors("They settled in Qamishli, the frontier city Assyrians call Beth Zalin.") == ["Assyrians"]
    # must not fire: one noun phrase under its own article or with adjectives
    assert actors("A health official said an aid worker and displaced Kurds had left.") == [
        "health official", "aid worker", "displaced Kurds"]


def test_a_directorate_is_a_body_that_speaks():
    # G62, G69: a directorate is a state body like a ministry or department
    assert actors("An official at the provincial health directorate said the toll rose.") == [
        "official", "provincial health directorate"]
    assert actors("The directorate said 12 clinics were shut.") == ["directorate"]


def test_a_verb_after_an_infinitives_to_is_no_pre_modifier():
    # G14: after a verb that takes a to-infinitive ('meant to', 'requires it to',
    # 'struggles to') the word after 'to' is a verb, and the people its object
    assert actors("The rule is meant to stop smugglers from crossing.") == ["smugglers"]
    assert actors("The law requires it to receive refugees rescued at sea.") == ["refugees"]
    assert actors("The town struggles to house arrivals.") == ["arrivals"]
    # must not fire: a pre-modifier under its own verb's infinitive stays
    assert actors("The team wants to help displaced families.") == ["team", "displaced families"]


def test_names_coordinated_before_one_head_share_it():
    # G288: names (not people's) or hyphenated name-adjectives coordinated before one
    # plural head of people are one NOM with the shared head
    assert actors("The town was shelled by Hamas and Houthi fighters.") == ["Hamas and Houthi fighters"]
    assert actors("The camp admitted Red Crescent and UN teams on Monday.") == ["Red Crescent and UN teams"]
    assert actors("Since Turkish- and Qatari-backed forces advanced, thousands fled.")[0] == \
        "Turkish- and Qatari-backed forces"
    # must not fire: a conjunct with its own lower-case modifiers is its own phrase (G22)
    assert actors("Fighting between the Syrian Democratic Forces and Arab tribal gunmen spread.") == [
        "Syrian Democratic Forces", "Arab tribal gunmen"]


def test_an_organisations_name_runs_over_and_or_an_ampersand():
    # G67: one body's name is whole, across 'and' where a place name opens its first half
    # of English nouns and an organisation word ends it, and across '&' always
    assert actors("Delta Water and Relief Initiative said 300 families arrived.") == [
        "Delta Water and Relief Initiative", "families"]
    assert actors("Clinics run by Kivu Water & Health said 40 children were treated.") == [
        "Kivu Water & Health", "children"]
    # must not fire: two places before an organisation word stay two
    assert actors("The Homs and Hama Council met.") == ["Hama Council"]


def test_a_force_ends_a_bodys_name_and_keeps_its_first_word():
    # G67: 'Force' is an organisation word like 'Forces', so a capitalised word before it
    # ('Special') is part of the name, no title before a person's name (G66)
    assert actors("Clashes between the army and the Special Protection Force broke out.") == [
        "army", "Special Protection Force"]
