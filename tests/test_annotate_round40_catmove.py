"""Annotator round forty, COUNT categories, theme movement: how a sentence's kind of
movement is read (G77, G342); on invented sentences only (never a dev one); each test
reads the COUNT layer back."""

from __future__ import annotations

from sentences import EVACUATION_STORY, FLIGHT_STORY, story_tail


def test_people_who_simply_crossed_are_in_flight_even_in_an_evacuation_story():
    # G77: 'crossed' without an object, people as its subject, a place or a time after
    # it, is a crossing of a border or a front line on their own: flight
    assert story_tail(EVACUATION_STORY, "A spokesman said between 500 and 700 people had crossed near the "
                      "village of Tel Abyad over the weekend.") == [("between 500 and 700", "displaced")]
    assert story_tail(EVACUATION_STORY, "The colonel said several hundred people had crossed during the "
                      "pause.") == [("several hundred", "displaced")]
    # a people's name as the subject
    assert story_tail(EVACUATION_STORY, "An official said some 900 Afghans had crossed at night.") == [
        ("some 900", "displaced")]
    # an object after the verb is no bare crossing: the story's kind stays
    assert story_tail(EVACUATION_STORY, "About 400 people crossed the square to the buses.") == [
        ("About 400", "evacuated")]


def test_people_taken_somewhere_in_the_passive_were_moved_by_others():
    # G342: a passive 'taken' with a direction after it is an organised move, also in a
    # story of flight (as 'had been moved' is)
    assert story_tail(FLIGHT_STORY, "Between 400 and 600 people had been taken there by Friday, aid "
                      "workers said.") == [("Between 400 and 600", "evacuated")]
    assert story_tail(FLIGHT_STORY, "Some 300 families were taken north on Sunday.") == [("Some 300", "evacuated")]
    # not without a direction, nor the active verb
    assert story_tail(FLIGHT_STORY, "Residents said about 30 men were taken away by gunmen.") == [
        ("about 30", "detained")]
    assert story_tail(FLIGHT_STORY, "Witnesses said soldiers took two brothers from the house.") == [("two", "detained")]


def test_people_who_could_not_leave_or_reach_are_present():
    # G77: a verb of leaving or reaching that a negation or 'unable to' keeps from
    # happening leaves people where they are: present, whatever the story's movement
    assert story_tail(EVACUATION_STORY, "A volunteer said dozens of elderly people could not reach the "
                      "boats.") == [("dozens", "present")]
    assert story_tail(FLIGHT_STORY, "Aid workers said several thousand had been unable to leave.") == [
        ("several thousand", "present")]
    assert story_tail(EVACUATION_STORY, "About 200 residents couldn't leave the town.") == [("About 200", "present")]
    # an unnegated verb keeps the story's kind
    assert story_tail(EVACUATION_STORY, "About 200 residents left the town.") == [("About 200", "evacuated")]


def test_the_agent_of_a_passive_move_is_not_the_people_moved():
    # G39: a figure after 'by' behind a passive verb of movement counts the movers,
    # not the people the verb moves: other
    assert story_tail(EVACUATION_STORY, "She was carried the last stretch by two young volunteers.") == [
        ("two", "other")]
    assert story_tail(FLIGHT_STORY, "The wounded were evacuated by three medics.") == [("three", "other")]
    # the subject of the passive keeps the verb's category; 'by the hundreds' is a manner
    assert story_tail(FLIGHT_STORY, "About 40 people were evacuated by boat.") == [("About 40", "evacuated")]
    assert story_tail(FLIGHT_STORY, "Families were evacuated by the hundreds.") == [("hundreds", "evacuated")]
