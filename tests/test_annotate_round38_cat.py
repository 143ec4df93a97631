"""Annotator round thirty-eight (issue 11), COUNT categories: patterns of fresh text, on
invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import DISPLACEMENT_STORY, EVACUATION_STORY, story_tail


def test_a_named_place_that_now_holds_people_lodges_them():
    # G155: 'X now holds N', '(a camp) ... and now holds N' is the state of a place, not
    # captors holding people (a subject left out after 'and', or a name that is no actor)
    assert story_tail(DISPLACEMENT_STORY, "Kemiso now holds about 70,000 people, officials "
                       "said.") == [("about 70,000", "displaced")]
    assert story_tail(DISPLACEMENT_STORY, "The settlement was planned for 20,000 people and now "
                       "holds nearly 95,000, the agency said.")[-1] == ("nearly 95,000", "displaced")
    # captives keep the reading of a captor
    assert story_tail(DISPLACEMENT_STORY, "Kemiso now holds about 70 hostages, officials "
                       "said.") == [("about 70", "detained")]


def test_people_who_sought_shelter_during_an_offensive_are_displaced():
    # G304: 'sought shelter during the offensive' is people who went looking for a refuge
    # while the events went on, as 'after' the events; a time phrase may stand before the noun
    assert story_tail(EVACUATION_STORY, "Near the hills, where thousands of villagers sought "
                       "shelter during last week's offensive, the tents are empty.") == [("thousands", "displaced")]
    assert story_tail(EVACUATION_STORY, "Near the hills, where thousands of villagers found "
                       "shelter after last week's offensive, the tents are empty.") == [("thousands", "displaced")]
    # people sheltering where they were while shells fell stay present
    assert story_tail(EVACUATION_STORY, "About 200 people were sheltering in the cellar during "
                       "the shelling.") == [("About 200", "present")]


def test_patients_moved_across_a_border_or_corridor_are_evacuated():
    # G351: wounded or sick people moved across a front line, a border or a corridor by an
    # organised move are evacuated; patients moved to a hospital for care keep their harm
    assert story_tail(DISPLACEMENT_STORY, "Aid teams helped move about 30 patients with gunshot "
                       "wounds across the border to clinics in the north.") == [("about 30", "evacuated")]
    assert story_tail(DISPLACEMENT_STORY, "Aid teams helped move about 30 patients with gunshot "
                       "wounds to the city hospital.") == [("about 30", "injured")]


def test_kin_a_parent_tends_share_the_story_situation():
    # G305, G155: kin a verb of tending takes after a possessive ('wakes her three children')
    # are in her company, sharing the situation of the people of the story
    assert story_tail(DISPLACEMENT_STORY, "Each morning Amina Sule wakes her three children for "
                       "breakfast in a corner of a school hall.") == [("three", "displaced")]
    # kin named or seen with no verb of company say nothing of where they are
    assert story_tail(DISPLACEMENT_STORY, "Amina Sule named her three children after her "
                       "brothers.") == [("three", "other")]
    assert story_tail(DISPLACEMENT_STORY, "Each morning Amina Sule wakes her three children for "
                       "breakfast.") == [("three", "other")]
