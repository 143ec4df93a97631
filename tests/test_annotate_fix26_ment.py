"""Review of round twenty-six's mention rules on invented text."""

from ghouta_corpus.annotate import annotate_text


def _layer(text: str) -> list[tuple[str, str]]:
    doc, _ = annotate_text(text, "d")
    return [(s.label, s.text) for s in doc.spans if s.label in ("ACTOR", "LOCATION")]


def test_coordinated_states_before_a_compound_subject_do_not_act() -> None:
    # c8bb105: 'trade routes to Europe were cut' is a compound subject, not a verb and its object
    assert _layer("Russia and Ukraine trade routes to Europe were cut.") == [
        ("LOCATION", "Russia"), ("LOCATION", "Ukraine"), ("LOCATION", "Europe")]


def test_coordinated_states_before_a_verb_still_act() -> None:
    assert _layer("Moscow and Kyiv trade blame over missile strike.") == [
        ("ACTOR", "Moscow"), ("ACTOR", "Kyiv")]
    assert _layer("Moscow and Kyiv trade blame over a strike that was deadly.") == [
        ("ACTOR", "Moscow"), ("ACTOR", "Kyiv")]


def test_the_crossing_felt_as_an_experience_is_the_act() -> None:
    # 347ce64: a bare 'the crossing' before a linking verb and an adjective of how it went
    assert _layer("Families said the crossing was terrifying.") == [("ACTOR", "Families")]
    assert _layer("The crossing was long and exhausting, survivors said.") == [("ACTOR", "survivors")]
    assert _layer("The crossing had not been easy, one mother said.") == [("ACTOR", "mother")]
    # a state of the place, or what the place is like to reach, stays the place
    assert _layer("The crossing was closed on Monday.") == [("LOCATION", "crossing")]
    assert _layer("Guards said the crossing was quiet.") == [("ACTOR", "Guards"), ("LOCATION", "crossing")]
    assert _layer("The crossing is hard to reach.") == [("LOCATION", "crossing")]


def test_a_faith_word_before_a_church_body_stays_in_its_name() -> None:
    # ba1f350: a faith adjective before a capitalised church word is part of one body's name
    assert _layer("The Orthodox Church of Ukraine said the church was shelled.") == [
        ("ACTOR", "Orthodox Church of Ukraine"), ("LOCATION", "church")]
    assert _layer("The Catholic Church said 200 families fled.") == [
        ("ACTOR", "Catholic Church"), ("ACTOR", "families")]
    assert _layer("The Syriac Orthodox Patriarchate condemned the attack.") == [
        ("ACTOR", "Syriac Orthodox Patriarchate")]
    assert _layer("The Assyrian Church of the East said it would help.") == [("ACTOR", "Assyrian Church of the East")]
    # before a common noun the faith word still modifies it; with no demonym no 'of' is taken in
    assert _layer("Hundreds sheltered in the Catholic cathedral.") == [("LOCATION", "Catholic cathedral")]
    assert _layer("The Church of the Nativity was hit.") == []


def test_a_place_noun_of_the_way_before_home_is_its_own_place() -> None:
    # ced0912: 'a road home' is the road and the goal, no compound of the two
    assert _layer("They found a road home.") == [("LOCATION", "road"), ("LOCATION", "home")]
    assert _layer("Families took the road home through the hills.") == [
        ("ACTOR", "Families"), ("LOCATION", "road"), ("LOCATION", "home"), ("LOCATION", "hills")]
    assert _layer("The route home ran through the hills.") == [
        ("LOCATION", "route"), ("LOCATION", "home"), ("LOCATION", "hills")]
    # a noun that modifies 'home' stays one phrase with it
    assert _layer("The care home was shelled.") == [("LOCATION", "care home")]
    assert _layer("The family home was destroyed.") == [("LOCATION", "family home")]


def test_bare_rubble_before_a_noun_is_a_compound() -> None:
    # a2c3a35: after a place preposition or 'into', 'rubble' before a word that is only a noun modifies it
    assert _layer("The money went into rubble removal.") == []
    assert _layer("They were buried in rubble clearance work.") == []
    # 'rubble' that ends its phrase is still the ground
    assert _layer("Bodies lay under rubble yesterday.") == [("ACTOR", "Bodies"), ("LOCATION", "rubble")]
    assert _layer("Volunteers sifted through rubble and ash.") == [("ACTOR", "Volunteers"), ("LOCATION", "rubble")]
    assert _layer("Survivors sat amid rubble.") == [("ACTOR", "Survivors"), ("LOCATION", "rubble")]


def test_block_after_a_plural_subject_is_the_verb() -> None:
    # 8e8b6d9: a singular 'block' after a plural noun is its verb, not a building the noun modifies
    assert _layer("Angry residents block the main road.") == [("ACTOR", "residents"), ("LOCATION", "main road")]
    assert _layer("Israeli troops block aid convoys.") == [("ACTOR", "Israeli troops")]
    assert _layer("Police and soldiers block the entrance.") == [
        ("ACTOR", "Police"), ("ACTOR", "soldiers"), ("LOCATION", "entrance")]
    assert _layer("Farmers block highways every week.") == [("ACTOR", "Farmers"), ("LOCATION", "highways")]
    # a modifier of the building, singular or a plural head, stays
    assert _layer("A whole city block was flattened.") == [("LOCATION", "whole city block")]
    assert _layer("The tower blocks were hit.") == [("LOCATION", "tower blocks")]


def test_the_crossing_that_opens_or_closes_or_is_reached_is_the_place() -> None:
    # 347ce64: a time preposition before it, or 'from' after it, made a place the act
    assert _layer("Families waited for the crossing to reopen.") == [("ACTOR", "Families"), ("LOCATION", "crossing")]
    assert _layer("Trucks piled up after the crossing was closed.") == [("LOCATION", "crossing")]
    assert _layer("Aid stopped before the crossing reopened in May.") == [("LOCATION", "crossing")]
    assert _layer("Trucks lined up at the crossing from dawn.") == [("LOCATION", "crossing")]
    # the act stays the act
    assert _layer("Many died during the crossing to Europe.") == [("LOCATION", "Europe")]
    assert _layer("After the crossing, families rested in the shade.") == [("ACTOR", "families")]


def test_a_faith_word_in_a_place_name_or_before_a_title_is_not_dropped_alone() -> None:
    # ba1f350: a people's or faith's word opening a place's name stays in it
    assert _layer("Shells hit the Jewish Quarter of the Old City.") == [("LOCATION", "Jewish Quarter")]
    assert _layer("Families sheltered in the Christian Quarter.") == [
        ("ACTOR", "Families"), ("LOCATION", "Christian Quarter")]
    assert _layer("The Hindu Kush mountains were snowy.") == [("LOCATION", "Hindu Kush")]
    # before a title (nameparser's too), the demonym goes with the title
    assert _layer("The Maronite Patriarch Bechara al-Rai said 20 people died.") == [
        ("ACTOR", "Bechara al-Rai"), ("ACTOR", "people")]
    # before a common noun it is still the noun's modifier
    assert _layer("Protestant churches in Aleppo opened their doors.") == [
        ("LOCATION", "Protestant churches"), ("LOCATION", "Aleppo")]


def test_a_participle_after_a_determiner_modifies_home() -> None:
    # ced0912: a participle after a determiner or possessive is an adjective of 'home', no verb of return
    assert _layer("They returned to their destroyed home.") == [("LOCATION", "destroyed home")]
    assert _layer("Families fled their crumbling home.") == [("ACTOR", "Families"), ("LOCATION", "crumbling home")]
    assert _layer("Rescuers searched a collapsed home.") == [("ACTOR", "Rescuers"), ("LOCATION", "collapsed home")]
    assert _layer("They returned to their badly damaged home.") == [("LOCATION", "badly damaged home")]
    # a verb of return before it still makes 'home' the goal
    assert _layer("The soldiers quickly went home.") == [("ACTOR", "soldiers"), ("LOCATION", "home")]
    assert _layer("Families were finally brought home.") == [("ACTOR", "Families"), ("LOCATION", "home")]


def test_an_adjective_that_does_not_end_the_predicate_leaves_the_crossing_a_place() -> None:
    # 8df5009's own review: 'long' before a participle is an adverb of time ('was long closed')
    assert _layer("The crossing was long closed to aid.") == [("LOCATION", "crossing")]
    assert _layer("The crossing was terrifying for the children.") == [("ACTOR", "children")]


def test_a_block_on_something_that_is_no_place_is_a_ban() -> None:
    # 8e8b6d9: a modified 'block on' what a ban stops, and a bloc of votes, are no building
    assert _layer("A US block on the resolution angered aid groups.") == [("ACTOR", "aid groups")]
    assert _layer("The veto block held firm.") == []
    # a building on a place, or hit on a day, stays one
    assert _layer("Residents of the block on the corner fled.") == [
        ("ACTOR", "Residents"), ("LOCATION", "block"), ("LOCATION", "corner")]
    assert _layer("A nine-storey block on the edge of town was hit.") == [
        ("LOCATION", "nine-storey block"), ("LOCATION", "edge"), ("LOCATION", "town")]


def test_home_before_a_noun_after_a_verb_not_of_going_modifies_it() -> None:
    # ced0912: after a verb that is no verb of going or bringing, 'home' before a noun is its modifier
    assert _layer("Officials visited home owners in the area.") == [
        ("ACTOR", "Officials"), ("ACTOR", "home owners"), ("LOCATION", "area")]
    assert _layer("The strike damaged home insurance offices.") == [("LOCATION", "home insurance offices")]
    # a verb of going or bringing keeps 'home' the goal; an adverb after it is no noun
    assert _layer("Families brought home food from the market.") == [
        ("ACTOR", "Families"), ("LOCATION", "home"), ("LOCATION", "market")]
    assert _layer("The children went home yesterday.") == [("ACTOR", "children"), ("LOCATION", "home")]
