"""Annotator round thirty-five (issue 11), COUNT categories: patterns of fresh text, on
invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import DISPLACEMENT_STORY, EVACUATION_STORY, count_layer, story_tail


def test_companions_share_the_journey_of_who_they_go_with():
    # G305, G77: companions after 'with' take the journey of the clause's verb, a verb
    # of going with no category of its own ('travelled', 'followed') giving the
    # sentence's kind of movement, one past a subordinate clause too
    assert story_tail(EVACUATION_STORY, "Salma Odeh, 29, who travelled with her two sons, said the road "
                       "was quiet.") == [("two", "evacuated")]
    assert story_tail(DISPLACEMENT_STORY, "Karim Jaber, a baker, followed a day later with 25 relatives "
                       "in two trucks.") == [("25", "displaced"), ("two", "other")]
    assert story_tail(DISPLACEMENT_STORY, "Nour Haddad, 60, who reached the camp a week after the "
                       "shelling began with nine relatives, said she would stay.") == [("nine", "displaced")]
    # 'others' and 'companions' go with someone as kin do: the clause's fate is theirs
    assert count_layer("A local commander was shot dead along with three companions on Monday.")[0] == [
        ("three", "killed")]
    # neighbours: a clause's verb of no journey says nothing of where they went
    assert story_tail(DISPLACEMENT_STORY, "Nearly half of the mothers said they had lost contact with "
                       "at least one child.")[-1] == ("at least one", "other")
    assert story_tail(DISPLACEMENT_STORY, "Karim Jaber did not travel with his four sons.") == [("four", "other")]
