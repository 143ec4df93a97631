"""Annotator round thirty-six (issue 11), COUNT categories: patterns of fresh text, on
invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import DISPLACEMENT_STORY, EVACUATION_STORY, count_layer, story_tail


def test_civilians_a_force_drives_somewhere_are_displaced():
    # G77, G39: 'pushed N people toward X', '... families west' sends them off as 'drove
    # them from their homes' does, whatever the story's kind of movement
    assert count_layer("Militia raids have pushed more than 30,000 people toward Kemi, the agency "
                       "said.")[0] == [("more than 30,000", "displaced")]
    assert story_tail(EVACUATION_STORY, "Shelling near the dam pushed hundreds more families south "
                       "on Monday.") == [("hundreds", "displaced")]
    assert story_tail(DISPLACEMENT_STORY, "The offensive forced thousands across the river within "
                       "a week.") == [("thousands", "displaced")]
    # a pushback, crowds held off, soldiers and things pushed somewhere are no flight
    assert story_tail(EVACUATION_STORY, "Border guards pushed 300 migrants back across the "
                       "river.") == [("300", "other")]
    assert story_tail(EVACUATION_STORY, "The guards pushed 40 people away from the gate.") == [("40", "other")]
    assert story_tail(EVACUATION_STORY, "Rebels pushed 200 fighters south to reinforce the "
                       "front.") == [("200", "other")]
    assert count_layer("Volunteers pushed 20 carts across the yard.")[0] == [("20", "other")]


def test_casualties_who_remain_in_a_critical_condition_are_injured():
    # G385, G179: 'remain in a critical condition', 'remain critical', 'remain in hospital'
    # say a casualty's state: the attack's wounded, not people who stayed somewhere
    assert count_layer("Nine people were hurt in the blast; three remain in a critical "
                       "condition.")[0] == [("Nine", "injured"), ("three", "injured")]
    assert count_layer("Fourteen were wounded, and two remain in hospital in Kemi.")[0] == [
        ("Fourteen", "injured"), ("two", "injured")]
    # staying somewhere, a danger or poor conditions are no patient's state
    assert count_layer("About 2,000 people remain in the old town, officials said.")[0] == [
        ("About 2,000", "present")]
    assert count_layer("The shelling went on, and 500 residents remain in serious danger.")[0] == [
        ("500", "present")]
    assert count_layer("Thousands remain in poor conditions in the camp.")[0] == [("Thousands", "present")]


def test_casualties_referred_on_to_hospitals_keep_their_harm():
    # G385: part of the wounded sent or taken on to hospitals elsewhere stays 'injured',
    # wherever the hospital is; the story's movement does not take them
    assert story_tail(DISPLACEMENT_STORY, "A field clinic treated about 40 wounded people on Sunday, "
                       "and nine were sent to hospitals in Kemi.") == [("about 40", "injured"), ("nine", "injured")]
    assert story_tail(EVACUATION_STORY, "The clinic treated 60 people for burns; eleven were taken "
                       "on to hospitals in the district town.") == [("60", "injured"), ("eleven", "injured")]
    # across a border is G351's evacuation; after a count of no casualties the movement decides
    assert count_layer("The clinic treated 60 people for burns; eleven were transferred to a hospital "
                       "across the border.")[0] == [("60", "injured"), ("eleven", "evacuated")]
    assert story_tail(EVACUATION_STORY, "Some 300 people left on Sunday, and 40 were taken to a "
                       "hospital in Kemi.") == [("Some 300", "evacuated"), ("40", "evacuated")]


def test_a_list_aside_after_the_counted_noun_is_skipped_to_its_predicate():
    # G39: the governing verb after an appositive list ('among them A, B and C,', 'most of
    # them women, children and the elderly,') still gives the category
    assert count_layer("Hundreds of guests, among them elders, local officers and judges, had gathered "
                       "in the hall.")[0] == [("Hundreds", "present")]
    assert count_layer("About 8,000 migrants, most of them Somalis, with others from Yemen and Eritrea, "
                       "fled into the hills.")[0] == [("About 8,000", "displaced")]
    assert story_tail(EVACUATION_STORY, "The shell hit when about 2,000 people, mostly women, children "
                       "and old men, were waiting at the depot for evacuation buses.") == [("about 2,000", "present")]
    # a verb right after the first comma ends the aside there, as before
    assert count_layer("About 5,000 people, fighters among them, fled, and the town emptied.")[0] == [
        ("About 5,000", "displaced")]


def test_people_laying_flowers_at_the_site_are_present():
    # G39: mourners who lay or bring flowers and candles are people at the place of the
    # events, present; 'brought' there moves no one
    assert count_layer("Volunteers handed out soup as dozens of people laid flowers and candles.")[0] == [
        ("dozens", "present")]
    assert story_tail(EVACUATION_STORY, "The city declared two days of mourning, and hundreds of "
                       "people brought wreaths to the square.") == [("hundreds", "present")]
    # what the buses brought is still the movement
    assert story_tail(EVACUATION_STORY, "The buses brought 300 people to the camp.") == [("300", "evacuated")]


def test_people_who_put_their_names_on_the_lists_are_evacuated():
    # G77: signing up for the departure a deal organises counts people in the evacuation,
    # whatever the story's movement
    assert story_tail(DISPLACEMENT_STORY, "A local council said hundreds of families had put their names "
                       "on the lists to leave.") == [("hundreds", "evacuated")]
    assert story_tail(EVACUATION_STORY, "A negotiator said that about 200 families had added their names "
                       "to the list but that few would go.") == [("about 200", "evacuated")]
    # a list for aid, or others' names, is no departure
    assert story_tail(DISPLACEMENT_STORY, "A local council said hundreds of families had put their names "
                       "on the list for food aid.") == [("hundreds", "other")]


def test_a_living_room_is_no_verb_of_living():
    # G39, G305: 'living' before a noun it modifies gives no 'present'; a possessor before
    # it ('a cousin's living room') is no person the companions go with
    assert story_tail(DISPLACEMENT_STORY, "Karim, 40, is still in Kemi, sleeping in a cousin's living "
                       "room with six others.") == [("six", "displaced")]
    assert story_tail(DISPLACEMENT_STORY, "About 2,000 people are living in tents.") == [
        ("About 2,000", "present")]


def test_the_figure_after_a_movement_nominal_counts_the_movers():
    # G77: 'the transfer of N', 'the departure of N' count the people who move, the
    # sentence's kind of movement
    assert story_tail(EVACUATION_STORY, "The talks follow the transfer of tens of thousands of fighters "
                       "and civilians from the valley to the north.") == [("tens of thousands", "evacuated")]
    assert story_tail(DISPLACEMENT_STORY, "Aid workers expect the arrival of 3,000 more people by "
                       "Friday.") == [("3,000", "displaced")]
    # things moved stay things
    assert story_tail(EVACUATION_STORY, "Officials said the transfer of 12 trucks of aid was "
                       "delayed.") == [("12", "other")]


def test_the_number_aboard_counts_the_people_carried():
    # G77: 'put the number aboard at N' counts the people a vessel carries, the movement
    assert story_tail(EVACUATION_STORY, "The agency put the number aboard at about 900, while the "
                       "captain gave a lower count.") == [("about 900", "evacuated")]
    assert story_tail(DISPLACEMENT_STORY, "Coast guards put the number onboard at 240.") == [("240", "displaced")]


def test_companions_who_share_a_shelter_share_its_situation():
    # G305, G155: people someone shares a shelter or a tank with live where that person
    # lives: in a story of flight, displaced (company is no reason for 'other')
    assert story_tail(DISPLACEMENT_STORY, "Ahmad, a farmer who now shares one tarpaulin with eight "
                       "relatives, said he lost two cousins on the way.") == [("one", "other"), ("eight", "displaced"),
                                                                            ("two", "killed")]   # 'one tarpaulin': G370
    assert story_tail(DISPLACEMENT_STORY, "She sleeps beside a water tank that the family shares with "
                       "four neighbours.") == [("four", "displaced")]


def test_people_going_home_are_other():
    # G312: a return home is none of the COUNT categories, also in a story of flight and
    # after a figure of the displaced; a figure noun in a clause before 'though' restates nothing
    assert story_tail(DISPLACEMENT_STORY, "Some 90,000 people have fled, according to UN figures, though "
                       "thousands have since gone home to the old town.") == [
        ("Some 90,000", "displaced"), ("thousands", "other")]
    assert story_tail(DISPLACEMENT_STORY, "Border officials said about 900 people had crossed back into "
                       "Kemia since Monday.") == [("about 900", "other")]
    assert story_tail(DISPLACEMENT_STORY, "The agency said that thousands of families returned to homes "
                       "without power.") == [("thousands", "other")]
    assert story_tail(DISPLACEMENT_STORY, "Since the truce, nearly half of the displaced have gone back, "
                       "officials said.") == [("nearly half", "other")]
    # released prisoners who come home in a swap, and an object brought back, are not this rule's
    assert count_layer("Hundreds of soldiers have since come home in prisoner swaps.")[0] == [
        ("Hundreds", "released")]


def test_n_of_them_set_after_a_count_with_no_verb_shares_its_category():
    # G78, G145: 'N of them' in apposition after a count, with no predicate of its own,
    # says what part of that count is; a relative clause on its noun or a later clause
    # of others does not decide
    assert story_tail(DISPLACEMENT_STORY, "A local charity said 30 people died in the blaze, three of them "
                       "nurses who were working at the clinic for displaced families.") == [
        ("30", "killed"), ("three", "killed")]
    assert count_layer("The mayor set the death toll at 18, two of them boys, but by Monday it had climbed "
                       "to 21, with some 60 others injured.")[0] == [
        ("18", "killed"), ("two", "killed"), ("21", "killed"), ("some 60", "injured")]
    # with a verb of its own, its predicate decides as before
    assert count_layer("About 2,000 people fled, half of them were later detained.")[0] == [
        ("About 2,000", "displaced"), ("half", "detained")]


def test_and_that_opens_another_reported_clause():
    # G39: the figure's category is read in its own clause; 'and that' after it opens the
    # next reported clause, whose verb is its own subject's ('three patients died')
    assert count_layer("A surgeon said the clinic had received dozens of wounded, including five women, and "
                       "that three patients died overnight.")[0] == [
        ("dozens", "injured"), ("five", "injured"), ("three", "killed")]
    assert count_layer("Officials said 30 people were wounded and that the army had detained 12 men.")[0] == [
        ("30", "injured"), ("12", "detained")]


def test_n_of_them_with_a_fate_of_its_own_outweighs_the_antecedents_participle():
    # G145: 'N of them' takes its own predicate's event ('four of them died') before the
    # participle of the noun it counts ('60 wounded civilians')
    assert count_layer("Doctors treated 60 wounded civilians; four of them died overnight.")[0] == [
        ("60", "injured"), ("four", "killed")]
    assert count_layer("About 900 people were evacuated, and a third of them were later detained.")[0] == [
        ("About 900", "evacuated"), ("a third", "detained")]


def test_people_rounded_up_or_taken_away_are_held():
    # G375, G77: people rounded up, singled out or taken away by soldiers are held
    assert count_layer("Witnesses said soldiers rounded up seven men near the mosque.")[0] == [("seven", "detained")]
    assert story_tail(EVACUATION_STORY, "Activists said about 20 men were taken away at the checkpoint, "
                       "and that six were released on Monday.") == [("about 20", "detained"), ("six", "released")]
    # taken away by buses is a transport, and bodies keep their noun's fate
    assert story_tail(EVACUATION_STORY, "About 300 people were taken away by buses on Sunday.") == [
        ("About 300", "evacuated")]
    assert count_layer("Rescuers said 12 bodies were taken away.")[0] == [("12", "killed")]


def test_people_rescued_or_pulled_out_of_a_fighting_area_are_evacuated():
    # G364, G351: people rescued or pulled out of a besieged town or a fighting area are
    # moved out of it, evacuated, whatever the story's movement; a rescue from rubble, alive
    # or out of homes at the scene of the attack is 'other'
    assert story_tail(DISPLACEMENT_STORY, "An army spokesman said troops had rescued more than 900 "
                       "residents since Monday.") == [("more than 900", "evacuated")]
    assert count_layer("Volunteer drivers pulled out dozens of people a day in May.")[0] == [("dozens", "evacuated")]
    assert count_layer("The emergency service said it had pulled 25 people out alive.")[0] == [("25", "other")]
    assert count_layer("Civil defence teams rescued 14 people from the collapsed building.")[0] == [("14", "other")]
    assert count_layer("Medics pulled dozens of people out of homes after the strike.")[0] == [("dozens", "other")]


def test_people_who_quit_a_place_are_on_the_move():
    # G77: leaving a camp or a town is the sentence's movement; quitting a job moves no one
    assert story_tail(EVACUATION_STORY, "Officials said more than 5,000 people had now quit the camp, "
                       "which lies near the border.") == [("more than 5,000", "evacuated")]
    assert story_tail(DISPLACEMENT_STORY, "About 300 doctors have quit their jobs since January.") == [
        ("About 300", "other")]


def test_a_capacity_past_a_time_phrase_is_other():
    # G171: what a place was built for counts what it can hold, also where a time phrase
    # stands between 'built' and 'for'
    assert story_tail(DISPLACEMENT_STORY, "The school was built in 1991 for 400 pupils.") == [("400", "other")]
    assert story_tail(DISPLACEMENT_STORY, "The site was built ten years ago for 20,000 people.") == [
        ("20,000", "other")]


def test_the_whole_of_a_partitive_after_a_possessive_is_other():
    # G305: 'two of his [three] sons' - the whole says how many the family has, 'other';
    # the part takes the verb
    assert story_tail(EVACUATION_STORY, "Karim Odeh, 58, said two of his three sons had left for the "
                       "north on Sunday.") == [("two", "evacuated"), ("three", "other")]
    assert story_tail(DISPLACEMENT_STORY, "She fled with her six children.") == [("six", "displaced")]


# Round thirty-seven (issue 11), COUNT categories.

def test_a_noun_of_killing_after_a_figure_counts_the_killed():
    # G39: 'killings' names what befell the counted, as 'deaths' does
    assert count_layer("The monitor said it had documented at least 400 unlawful killings in the "
                       "district.")[0] == [("at least 400", "killed")]
    assert count_layer("Observers logged more than 60 killings over the weekend.")[0] == [
        ("more than 60", "killed")]


def test_figures_in_a_breakdown_take_the_category_of_its_subject():
    # G77, G78: 'the dead included N soldiers and M rebels': parts of the people the subject names
    assert count_layer("The dead included 30 policemen and 45 rebels.")[0] == [
        ("30", "killed"), ("45", "killed")]
    assert count_layer("Those evacuated on Friday included 50 children and nine elderly men.")[0] == [
        ("50", "evacuated"), ("nine", "evacuated")]
    # a subject that names no category gives none
    assert count_layer("The delegation included 11 doctors and three engineers.")[0] == [
        ("11", "other"), ("three", "other")]


def test_a_report_released_is_no_exchange_of_prisoners():
    # G77: 'released a report / a toll' frees no one; the story's flight decides who arrived
    story = ("Officials have not released a full casualty toll. Some families crossed the river "
             "into the next province on foot. ")
    assert count_layer(story + "About 3,000 people had arrived in villages near the border by "
                       "Sunday.")[0] == [("About 3,000", "displaced")]
    # a release of prisoners still tells of an exchange
    story = "Both sides released prisoners on Monday and exchanged captives again on Tuesday. "
    assert count_layer(story + "About 300 people had arrived in villages near the border by "
                       "Sunday.")[0] == [("About 300", "released")]


def test_a_population_put_at_a_figure_is_present_and_a_flight_grown_to_one_displaced():
    # G39, G215: the people who live in a place, counted before the events
    assert story_tail(DISPLACEMENT_STORY, "Local officials have put the valley's population at about "
                       "70,000 before the army began its assault.") == [("about 70,000", "present")]
    # G77, G144: the figure a flight grows to counts those who fled
    assert count_layer("The flight of farmers from the plain swelled to more than a third of the "
                       "district's population in ten days.")[0] == [("more than a third", "displaced")]
    assert count_layer("The exodus from the hills reached 25,000 people by Friday.")[0] == [
        ("25,000", "displaced")]
    # a toll that rose is no flight
    assert count_layer("The number of dead rose to 40 on Monday.")[0] == [("40", "killed")]


def test_people_who_shelter_after_an_upheaval_are_displaced():
    # G304, G144: sheltering somewhere after the clashes or attacks that drove them out
    assert count_layer("Thousands shelter at Kemi mosque and near the airport after weekend "
                       "clashes")[0] == [("Thousands", "displaced")]
    assert count_layer("Hundreds sheltering in Kemi after village raids need food, aid groups "
                       "say.")[0] == [("Hundreds", "displaced")]
    # caught where the strike hit: present
    assert count_layer("About 200 people were sheltering in the school when the shell "
                       "hit.")[0] == [("About 200", "present")]


def test_staff_who_leave_of_their_own_accord_are_displaced():
    # G342: an active verb of going, of nurses or teachers, is flight, not the evacuation
    assert story_tail(EVACUATION_STORY, "The director said about a quarter of the clinic's doctors "
                       "had already left the city.") == [("about a quarter", "displaced")]
    assert count_layer('"Half of my teachers have already gone south," she said.')[0] == [("Half", "displaced")]
    # staff moved by the evacuation keep it
    assert story_tail(EVACUATION_STORY, "Three nurses were evacuated with the patients on "
                       "Monday.") == [("Three", "evacuated")]


def test_passengers_are_the_people_the_story_moves_unless_harmed():
    # G77: passengers of the buses or ships of the story's movement
    assert story_tail(EVACUATION_STORY, "Twelve buses left the district on Friday with about 450 "
                       "passengers, officials said.")[-1] == ("about 450", "evacuated")
    # G39: a verb of harm that takes the figure says what befell them, whatever its noun
    assert count_layer("The drone hit a minibus, killing 9 passengers.")[0] == [("9", "killed")]
    assert count_layer("A rocket struck the road, killing 14 refugees.")[0] == [("14", "killed")]
    assert count_layer("The school held 300 refugees.")[0] == [("300", "displaced")]


def test_people_who_drowned_are_killed():
    # G39: 'drowned' is a death, as 'died' is
    assert count_layer("At least 25 migrants drowned when the boat capsized.")[0] == [("At least 25", "killed")]
