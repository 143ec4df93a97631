"""Annotator round thirty-nine, COUNT categories: patterns of fresh text, on invented
sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import DISPLACEMENT_STORY, EVACUATION_STORY, count_layer, story_tail


def test_a_remainder_breakdown_takes_the_toll_across_a_paragraph_break():
    # G77, G78: 'the remainder included N X and M Y' lists parts of the last whole given,
    # even where that whole stands in the paragraph before
    assert count_layer("The monitor put the toll at 90 on Monday.\n\nThe group said the remainder "
                       "included 20 soldiers and 30 fighters loyal to the old rulers.")[0] == [
        ("90", "killed"), ("20", "killed"), ("30", "killed")]
    # with no remainder noun, a figure of a new paragraph does not inherit the toll
    assert count_layer("The monitor put the toll at 90 on Monday.\n\nThe group said its staff "
                       "included 20 doctors.")[0] == [("90", "killed"), ("20", "other")]


def test_every_conjunct_of_a_list_after_including_is_a_part_of_the_whole():
    # G77: a figure after 'and' in a list that 'including' opens is a part of the same
    # whole, whatever its own words after it say
    assert count_layer("Some 90 people were killed, including 20 soldiers and 30 fighters loyal "
                       "to the ousted rulers.")[0] == [("Some 90", "killed"), ("20", "killed"), ("30", "killed")]


def test_a_part_of_those_a_tally_counted_keeps_the_tally_category():
    # G145: 'a third of those it counted' is a part of the figure the tally gave before
    assert count_layer("The monitor put the toll at 90 on Monday. It said nearly half of those it "
                       "counted were students.")[0] == [("90", "killed"), ("nearly half", "killed")]


def test_people_a_tally_counted_as_dead_are_killed():
    # G39: people a tally counts 'as dead' or 'as wounded' take that fate
    assert count_layer("The monitor said roughly a third of the 120 people it counted as dead had "
                       "not been named.")[0] == [("roughly a third", "killed"), ("120", "killed")]
    assert count_layer("The hospital said the 40 people it recorded as wounded had gone home.")[0] == [
        ("40", "injured")]


def test_a_rival_figure_in_a_later_paragraph_takes_the_figure_it_disputes():
    # G359: 'put the figure at N' with no noun of its own restates the latest figure of a
    # like size, even in an earlier paragraph, not a small toll between them
    assert count_layer("The mission said about 3,000 people had fled to the base since the clashes. "
                       "About 20 people were killed.\n\nAn aid worker put the figure at more than "
                       "4,000.")[0] == [("about 3,000", "displaced"), ("About 20", "killed"),
                                        ("more than 4,000", "displaced")]
    # a figure with a noun of its own keeps its own reading
    assert count_layer("The mission said about 3,000 people had fled to the base.\n\nAn aid worker "
                       "put the figure at more than 4,000 tents.")[0][-1] == ("more than 4,000", "other")


def test_people_asked_keep_the_category_their_noun_carries():
    # G398: being interviewed or spoken to is no event: residents asked in a toll's story
    # are present, witnesses and survivors stay other
    assert count_layer("The rights group, which spoke to 30 residents, said at least 90 civilians "
                       "were killed.")[0] == [("30", "present"), ("at least 90", "killed")]
    assert count_layer("The group said about two dozen residents it interviewed described looting "
                       "and men being taken away.")[0] == [("about two dozen", "present")]
    assert count_layer("The group interviewed 41 survivors and witnesses.")[0] == [("41", "other")]
    # their own predicate still decides
    assert count_layer("The group said about two dozen residents it interviewed had been "
                       "arrested.")[0] == [("about two dozen", "detained")]


def test_people_asked_in_a_story_of_flight_share_its_situation():
    # G398, G145: people interviewed, spoken to or visited in a story of flight are its
    # displaced where nothing else is said of them
    assert story_tail(DISPLACEMENT_STORY, "But dozens of people interviewed by our staff said "
                      "they would not go back yet.") == [("dozens", "displaced")]
    assert story_tail(DISPLACEMENT_STORY, "Nearly half of the mothers we spoke to had lost contact "
                      "with a child on the road.") == [("Nearly half", "displaced")]
    assert story_tail(DISPLACEMENT_STORY, "About two thirds of the families we visited had no "
                      "access to a latrine.") == [("About two thirds", "displaced")]
    # held 'for questioning' is custody, no asking
    assert story_tail(DISPLACEMENT_STORY, "Police held four men for questioning over the "
                      "fire.") == [("four", "detained")]


def test_a_part_of_evacuees_said_to_be_wounded_stays_evacuated():
    # G145, G351: a part whose predicate only says what evacuees are keeps their category
    assert count_layer("The ship carried 480 evacuees on Wednesday, of whom more than half were "
                       "wounded or seriously ill.")[0] == [("480", "evacuated"), ("more than half", "evacuated")]
    assert count_layer("Helicopters flew between 80 and 100 wounded to the city over two days, and "
                       "roughly a third of them needed surgery.")[0] == [
        ("between 80 and 100", "evacuated"), ("roughly a third", "evacuated")]
    # harm on the way, with its agent, is their fate
    assert count_layer("About 300 people were evacuated, and 20 of them were wounded by sniper fire "
                       "on the way.")[0] == [("About 300", "evacuated"), ("20", "injured")]


def test_wounded_people_trapped_are_present():
    # G359: people trapped are present also where they are wounded ('wounded' says who is
    # counted), and a rival figure for the number takes that category
    assert count_layer("The council said about 1,500 injured people had been trapped in the town "
                       "when it fell. The monitor put the number at more than 1,000.")[0] == [
        ("about 1,500", "present"), ("more than 1,000", "present")]
    # the wounded who remain, or are trapped in hospital, keep their harm (G385)
    assert count_layer("Shelling killed 12 people on Monday. About 40 wounded people remain in the "
                       "city.")[0] == [("12", "killed"), ("About 40", "injured")]
    assert count_layer("Shelling killed 12 people on Monday. About 40 wounded people were trapped in "
                       "the city hospital.")[0] == [("12", "killed"), ("About 40", "injured")]


def test_people_said_to_be_on_a_bus_are_moved():
    # G77, G305: people a form of 'be' puts on a bus, a convoy or a flight are being moved,
    # the story's kind of movement, and so is kin with someone on one
    assert story_tail(EVACUATION_STORY, "\"My sister is on one of those buses with her four "
                      "children,\" she said.") == [("four", "evacuated")]
    assert story_tail(EVACUATION_STORY, "\"Three of my sons are here and two are on a bus,\" he "
                      "said.")[-1] == ("two", "evacuated")
    # people on a bus that a harm befalls take the harm
    assert story_tail(EVACUATION_STORY, "Two people on a bus were wounded by "
                      "shelling.") == [("Two", "injured")]


def test_the_members_of_a_team_are_other():
    # G39: a team's members counted after 'of' are workers doing a job, a counted group
    assert story_tail(EVACUATION_STORY, "A pathologist who arrived from the capital on Sunday with "
                      "a team of eight said the work would take days.") == [("eight", "other")]
    assert story_tail(EVACUATION_STORY, "A team of about a dozen observers reached the village on "
                      "Saturday.") == [("about a dozen", "other")]
    # unless a verb of a category takes the team as its object
    assert story_tail(EVACUATION_STORY, "Helicopters evacuated a team of 30 aid workers from the "
                      "town.") == [("30", "evacuated")]


def test_a_lone_one_before_a_verb_counts_a_person():
    # G39, G143: 'one' before a verb is the verb's subject, not 'one' thing before a noun
    assert count_layer("About a dozen wounded people came through; two were referred to the district "
                       "hospital and one died.")[0][-1] == ("one", "killed")
    assert count_layer("He left with one bag and one blanket.")[0] == [("one", "other"), ("one", "other")]


def test_n_of_them_with_a_predicate_of_no_category_keeps_the_whole():
    # G145: 'N of them' whose predicate names no category keeps the category of the people
    # it counts
    assert count_layer("\"Two of our patients died on the way, and I believe at least one of them "
                       "could have been saved,\" said a doctor.")[0] == [("Two", "killed"), ("at least one", "killed")]


def test_a_share_of_a_clinic_caseload_is_other():
    # G179: a share of the people a speaker examines or sees is a clinic's caseload, 'other',
    # even in a story of flight and whatever they do not do
    assert story_tail(DISPLACEMENT_STORY, "\"Half of the children I examine have not slept "
                      "properly,\" she said.") == [("Half", "other")]
    # the people a speaker visits are no caseload (G398)
    assert story_tail(DISPLACEMENT_STORY, "About two thirds of the families we visited had no "
                      "access to a latrine.") == [("About two thirds", "displaced")]


def test_casualties_evacuated_to_a_hospital_keep_their_harm():
    # G351, G385: the wounded of the reported attack carried to a hospital of no further
    # place keep 'injured', also where 'evacuated' comes before them
    assert count_layer("A strike killed 12 people and between 15 and 20 were wounded. Our two "
                       "ambulances evacuated eleven of the injured to the general hospital.")[0][-1] == (
        "eleven", "injured")
    # evacuated out of the area, they are evacuated
    assert count_layer("Medics evacuated dozens of wounded civilians from the town.")[0] == [
        ("dozens", "evacuated")]
