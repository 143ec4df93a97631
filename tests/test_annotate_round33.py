"""Annotator round thirty-three (issue 11): a count's own predicate, restated and
partitive counts and COUNT_OF heads of fresh text, on invented sentences only (never a
dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import DISPLACEMENT_STORY, EVACUATION_STORY, count_layer


def _story_tail(sentence: str) -> list[tuple[str, str | None]]:
    """The COUNTs of ``sentence`` drafted after the two-sentence displacement story."""
    return count_layer(DISPLACEMENT_STORY + sentence)[0][2:]


def test_own_predicate_of_harm_outweighs_a_noun_of_flight():
    # G39/G77: what happened to the counted is their own predicate's: a noun of flight,
    # evacuation or presence gives way to a harm or custody said of the figure
    assert _story_tail("Officials said 12 refugees were killed when the truck overturned.") == [("12", "killed")]
    assert _story_tail("Two evacuees were wounded when the convoy came under fire.") == [("Two", "injured")]
    assert _story_tail("Police said six residents were arrested at the checkpoint.") == [("six", "detained")]
    # neighbours: a noun of flight with a predicate of no harm keeps its own category
    assert _story_tail("Some 400 refugees were waiting at the border on Monday.") == [("Some 400", "displaced")]
    assert _story_tail("About 90 evacuees reached the city overnight.")[0][1] in ("evacuated", "displaced")


def test_resultative_leave_gives_the_state_of_its_object():
    # G39: 'the shelling left N people dead' is a toll, not a flight ('left' as a verb of
    # departure); the adjective after the object says what became of them
    assert _story_tail("The night of shelling left 13 people dead in the old market.") == [("13", "killed")]
    assert _story_tail("The blast left 40 people wounded.") == [("40", "injured")]
    # neighbours: 'left' with no state after its object is still departure or nothing of harm
    assert _story_tail("The fighting left 2,000 families homeless.") == [("2,000", "displaced")]
    story = EVACUATION_STORY + "The flood had left at least 16,000 people without homes on the east bank."
    assert count_layer(story)[0] == [("at least 16,000", "displaced")]
    assert count_layer(EVACUATION_STORY + "The fire left 3,000 families without a roof.")[0] == [("3,000", "displaced")]
    assert _story_tail("More than 300 people left the town on Sunday.") == [("More than 300", "displaced")]


def test_quoted_head_is_the_counted_noun():
    # G40: quotation marks between a figure and its noun only mark the word as someone
    # else's; the noun is still what is counted ('300 "gunmen"', '“at least 350” fatalities')
    assert count_layer('The army said it had detained 11 "terrorists" on Friday.')[1] == [("11", "terrorists")]
    assert count_layer('The buses carried about 300 "fighters" and their families.')[1][0] == (
        "about 300", "fighters")
    assert count_layer("The assessment put the toll at “at least 350” fatalities.")[1] == [
        ("at least 350", "fatalities")]
    # neighbours: a quotation that ends after the figure gives it no noun from the words after it
    assert count_layer("“We counted 300,” residents said.")[1] == []
    assert count_layer('He said "we saw 300" and left.')[1] == []


def test_demonym_after_a_figure_is_the_counted_noun():
    # G24/G40: a demonym right after a figure is a noun whatever its form ('45,000
    # Rohingya', '2,000 Turkmen', 'thousands of Druze'), so the figure counts it
    assert count_layer("The country already hosts more than 45,000 Rohingya, officials said.")[1] == [
        ("more than 45,000", "Rohingya")]
    assert count_layer("About 2,000 Turkmen fled the town on Tuesday.")[1] == [("About 2,000", "Turkmen")]
    assert count_layer("Thousands of Druze gathered in the square.")[1] == [("Thousands", "Druze")]
    # neighbours: a demonym before a noun of its own is that noun's modifier
    assert count_layer("The group documented 52 Palestinian deaths in April.")[1] != [("52", "Palestinian")]
    assert count_layer("A sack of flour cost 100,000 Iraqi dinars.")[1] == []
    assert count_layer("Two Turkmen villages were shelled.")[1] == [("Two", "Turkmen villages")]


def test_name_premodifier_leaves_the_head_counted():
    # G40: an organisation's name before a plural only modifies it; the figure counts the
    # plural ('Seven ICRC trucks' counts trucks, not the ICRC)
    assert count_layer("Seven ICRC trucks waited at the crossing all day.")[1] == [("Seven", "trucks")]
    assert ("About 40", "vehicles") in count_layer("About 40 UN vehicles entered the town.")[1]
    # neighbours: a name and noun read as one mention stay one target
    assert count_layer("Five Hezbollah fighters were killed.")[1] == [("Five", "Hezbollah fighters")]
    assert count_layer("Twelve UNICEF staff were evacuated.")[1] == [("Twelve", "UNICEF staff")]


def test_fronted_of_phrase_gives_an_elided_share_its_set():
    # G40/G145: 'Of the families we met, roughly 30 percent ...': a figure with no noun of
    # its own right after a fronted 'Of' phrase counts that phrase's people
    assert count_layer("Of the families we met, roughly 30 percent had no food.")[1] == [
        ("roughly 30 percent", "families")]
    assert count_layer("Of the town's roughly 7,000 inhabitants, fewer than half remain.")[1] == [
        ("roughly 7,000", "inhabitants"), ("fewer than half", "inhabitants")]
    # neighbours: a figure with a noun of its own keeps it; 'Of course' opens no set
    assert count_layer("Of course, 300 people left.")[1] == [("300", "people")]
    assert count_layer("Of the families we met, 30 children had no shoes.")[1] == [("30", "children")]


def test_irregular_participle_after_a_companion_figure():
    # G77/G144: a figure after 'with' takes the participle after its noun ('with 1,000
    # people taken out of the city' evacuated), an irregular one ('taken', 'flown',
    # 'driven') as much as one in -ed
    story = EVACUATION_STORY + "A ship docked at the port on Saturday with more than 1,000 people taken out of the city."
    assert count_layer(story)[0] == [("more than 1,000", "evacuated")]
    assert count_layer(EVACUATION_STORY + "A ship docked on Saturday with 400 people flown in from the island.")[0] \
        == [("400", "evacuated")]
    # neighbour: with no participle after its noun, a figure after 'with' counts no one moved
    assert count_layer(EVACUATION_STORY + "A ship docked at the port on Saturday with 12 crew members.")[0] == [
        ("12", "other")]


def test_aid_goods_handed_out_are_things():
    # G77: goods given as aid are things ('other') whatever the verb: 'handed out' reads
    # as 'released' only of people ('handed over five soldiers')
    assert count_layer("Volunteers handed out 300 kits to families on Monday.")[0] == [("300", "other")]
    assert count_layer("The agency plans to deliver hundreds of food parcels to returning families.")[0] == [
        ("hundreds", "other")]
    # neighbour: people handed over are still released
    assert count_layer("The rebels handed over five soldiers to the Red Cross.")[0] == [("five", "released")]


def test_document_noun_holds_a_figure_from_the_verb_before_it():
    # G39: 'released a list of 103 names': the verb takes the list, not the people named,
    # so 'released' is not theirs; the paragraph's toll decides
    layer = count_layer("Activists said the toll was about 150. On Sunday the network released a list of 103 names.")
    assert layer[0] == [("about 150", "killed"), ("103", "killed")]
    assert count_layer("The network released a list of 103 names on Sunday.")[0] == [("103", "other")]
    # neighbours: people the verb itself takes, or a group of them, are still released
    assert count_layer("The army released a batch of 40 prisoners.")[0] == [("40", "released")]
    assert count_layer("The rebels released 40 prisoners on Monday.")[0] == [("40", "released")]


def test_second_figure_of_one_noun_in_n_counts_that_noun():
    # G117/G40: 'one X in M' (the brief's 'one child in three'): both figures count X,
    # the second with the first's category
    assert count_layer("Residents said roughly one house in three had been hit.") == (
        [("roughly one", "other"), ("three", "other")], [("roughly one", "house"), ("three", "house")])
    # neighbours: a larger first figure is no ratio ('12 people in three raids': each its own noun)
    assert count_layer("Troops killed 12 people in three raids.")[1] == [("12", "people"), ("three", "raids")]
    assert count_layer("Nearly one in four of the children was malnourished.")[1] == [
        ("Nearly one", "children"), ("four", "children")]


def test_needed_treatment_in_a_casualty_story_is_injured():
    # G179: people whose own predicate is a need of medical care ('had needed treatment')
    # are the wounded of a story of the dead and wounded, not its dead nor a caseload
    layer = count_layer("The strike killed 35 people and wounded 117. On Tuesday officials said between 115 and "
                        "125 people had needed treatment.")[0]
    assert layer[-1] == ("between 115 and 125", "injured")
    assert count_layer("The attack killed 80 people. The agency said only that hundreds had needed treatment.")[0] \
        == [("80", "killed"), ("hundreds", "injured")]
    # neighbour: outside a story of the dead and wounded the need says no harm
    assert count_layer("The fire destroyed 2,000 shelters. About 300 people needed treatment.")[0][-1] == (
        "About 300", "other")
