"""Annotator round forty-one, COUNT categories from the story and from company: patterns of
fresh text, on invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import count_layer

# A story of flight that also tells of its dead and wounded: more of its figures of people count
# the displaced than any other category, but not a majority of them.
MIXED_FLIGHT = (
    "KEMI, 3 May (Wire) - Thousands of families fled the town of Kemi after the shelling.\n\n"
    "At least 40 civilians were killed and 30 civilians were wounded in the attack on the market. "
    "Two soldiers were killed and five soldiers were wounded on Sunday.\n\n"
    "About 5,000 people fled to Barra. Another 2,000 people fled to the hills.\n\n"
    "The road north is lined with carts. ")
MIXED_LEAD = [("Thousands", "displaced"), ("At least 40", "killed"), ("30", "injured"), ("Two", "killed"),
              ("five", "injured"), ("About 5,000", "displaced"), ("2,000", "displaced")]


def test_a_civilian_group_with_no_cue_in_a_story_led_by_flight_is_displaced():
    # G155: flight may come from the story, also where the story's dead and wounded leave the
    # displaced short of a majority of its figures
    assert count_layer(MIXED_FLIGHT + "Hundreds of families turned off into the fields here, "
                       "while others kept going.")[0] == MIXED_LEAD + [("Hundreds", "displaced")]


def test_a_story_led_by_the_dead_gives_no_flight():
    # must not fire: where the dead lead (three figures of killed against two of displaced), the
    # group's clause says nothing and it stays other
    story = ("KEMI, 3 May (Wire) - Thousands of families fled the town of Kemi after the shelling.\n\n"
             "At least 40 civilians were killed and 30 civilians were wounded in the attack on the market. "
             "Two soldiers were killed on Sunday and 12 policemen were killed on Monday.\n\n"
             "About 5,000 people fled to Barra.\n\n"
             "The road north is lined with carts. Hundreds of families turned off into the fields here, "
             "while others kept going.")
    assert count_layer(story)[0][-1] == ("Hundreds", "other")


def test_a_civilian_group_where_the_movement_is_an_evacuation_gets_no_flight():
    # must not fire: a story whose kind of movement is an organised evacuation is no flight (G77)
    story = ("KEMI, 3 May (Wire) - Buses evacuated thousands of families from the town of Kemi under a deal.\n\n"
             "At least 40 civilians were killed and 30 civilians were wounded in the attack on the market.\n\n"
             "The evacuation convoy carried 5,000 people to Barra. Another 2,000 people were evacuated by bus.\n\n"
             "The road north is lined with buses. Hundreds of families turned off into the fields here, "
             "while others kept going.")
    assert count_layer(story)[0][-1] == ("Hundreds", "other")


FLIGHT = "KEMI, 3 May (Wire) - Thousands of families fled the town of Kemi after the shelling, aid workers said.\n\n"


def test_other_people_someone_shares_with_are_companions():
    # G305: 'with N other people' counts people in someone's company, as 'with N others' does; sharing a
    # shelter with them in a story of flight lodges them with the displaced (G155)
    assert count_layer(FLIGHT + "Amina Yusuf spent nine days in the forest, sharing a single tarpaulin with "
                       "about 40 other people.")[0] == [("Thousands", "displaced"), ("about 40", "displaced")]


def test_other_people_after_a_verb_of_no_journey_stay_other():
    # must not fire: a meeting is no journey and no lodging, and people with no 'other' are no companions
    assert count_layer(FLIGHT + "The mayor met with 30 other people on Monday.")[0] == [
        ("Thousands", "displaced"), ("30", "other")]
    assert count_layer(FLIGHT + "The mayor met with 30 other officials on Monday.")[0] == [
        ("Thousands", "displaced"), ("30", "other")]


CLINIC = ("KEMI (Wire) - Thousands of families have fled the fighting in Kemi, aid workers said.\n\n"
          "A nurse said the clinic sees about 80 patients a day, most of them children with diarrhoea")


def test_patients_sent_on_to_hospital_outside_a_casualty_count_are_other():
    # G179: a clinic's patients referred to hospital for an illness are care, not the story's flight
    assert count_layer(CLINIC + ", and that at least a dozen have been sent to the hospital since the start of "
                       "the month.")[0] == [("Thousands", "displaced"), ("about 80", "other"), ("at least a dozen", "other")]
    assert count_layer(CLINIC + ". Two women were sent to hospital with pneumonia.")[0] == [
        ("Thousands", "displaced"), ("about 80", "other"), ("Two", "other")]


def test_casualties_and_evacuees_sent_to_hospital_keep_their_category():
    # must not fire: the reported event's wounded keep 'injured' (G385), also after 'have been';
    # evacuees taken to hospital keep their evacuation (G351)
    assert count_layer("An air strike hit the market on Monday, killing 40 people and wounding 90, officials "
                       "said. Eight have been sent to hospitals in Kemi.")[0] == [
        ("40", "killed"), ("90", "injured"), ("Eight", "injured")]
    assert count_layer("Buses evacuated 300 people from the besieged town under the deal on Monday. Twelve "
                       "were taken to hospitals in Barra.")[0] == [("300", "evacuated"), ("Twelve", "evacuated")]


DEAL = "KEMI (Wire) - Buses evacuated 2,000 people from the besieged town of Kemi on Monday under a deal.\n\n"


def test_civilians_who_received_aid_or_none_are_recipients():
    # G39, G155: civilians who 'received' something are people given aid (or left without it), as
    # those aid is distributed to: present outside a story of flight, displaced in one
    assert count_layer(DEAL + "Aid workers said hundreds of families in the town had received nothing since "
                       "January.")[0] == [("2,000", "evacuated"), ("hundreds", "present")]
    assert count_layer(DEAL + "About 300 families received food parcels on Tuesday.")[0] == [
        ("2,000", "evacuated"), ("About 300", "present")]
    assert count_layer(FLIGHT + "About 300 families received tents on Tuesday.")[0] == [
        ("Thousands", "displaced"), ("About 300", "displaced")]


def test_people_a_place_receives_or_who_are_received_are_no_recipients():
    # must not fire: a passive 'were received' keeps the movement
    assert count_layer(DEAL + "About 200 families were received at the camp.")[0] == [
        ("2,000", "evacuated"), ("About 200", "evacuated")]
    # people who received treatment are patients (G179), no aid recipients; their category is left to the
    # rules of care (today's 'evacuated' is doubtful), so only the recipients' reading is ruled out
    assert count_layer(DEAL + "Some 40 people received treatment.")[0][1] != ("Some 40", "present")


def test_martyrs_are_the_dead():
    # G77: a counted noun of the dead gives its own category, as 'bodies' and 'fatalities' do
    assert count_layer("State television gave no overall figure, referring only to \"dozens of martyrs\".")[0] == [
        ("dozens", "killed")]


def test_a_martyrs_brigade_counts_no_dead():
    # must not fire: 'Martyrs' in a name counts nothing; the figures keep their own clause's reading
    assert count_layer("The Martyrs of Kemi Brigade said 20 of its fighters had been wounded.")[0] == [
        ("20", "injured")]


def test_the_gap_between_two_tallies_is_other():
    # G311, G327: by how much two tallies differ is a gap, 'other', though the tallies are of the dead
    toll = "The ministry said 274 people had been killed. "
    assert count_layer(toll + "The figures put forward by officials and monitors differ by more than a "
                       "thousand.")[0] == [("274", "killed"), ("more than a thousand", "other")]
    assert count_layer(toll + "The army and the ministry offered counts that differ by a factor of nearly "
                       "three.")[0] == [("274", "killed"), ("nearly three", "other")]


def test_a_rise_by_a_figure_is_no_gap():
    # must not fire: 'rose by 40' after a toll is a figure of the toll's dead
    assert count_layer("The ministry said 274 people had been killed. The toll rose by 40 on Sunday.")[0] == [
        ("274", "killed"), ("40", "killed")]


STRIKE = ("A missile struck the city centre on Sunday, killing 35 people, officials said. Another 20 people were "
          "killed in a second strike.\n\n")
STRIKE_HEAD = [("35", "killed"), ("20", "killed")]


def test_a_part_follows_its_whole_once_a_need_of_care_makes_it_the_wounded():
    # G145, G179: 'including 15 children' is part of the people who needed treatment, the attack's wounded
    assert count_layer(STRIKE + "On Tuesday the administration said only that between 115 and 125 people had "
                       "needed treatment, including 15 children.")[0] == STRIKE_HEAD + [
        ("between 115 and 125", "injured"), ("15", "injured")]


def test_a_figure_after_the_wounded_that_is_no_part_keeps_its_reading():
    # must not fire: a hospital's doctors after the wounded are no part of them
    assert count_layer(STRIKE + "On Tuesday the administration said that between 115 and 125 people had needed "
                       "treatment at the city hospital, which has 15 doctors.")[0] == STRIKE_HEAD + [
        ("between 115 and 125", "injured"), ("15", "other")]
