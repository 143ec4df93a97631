"""Annotator round thirty-one (issue 11): COUNT categories of people with no cue of
their own, read from the story's kind of movement; invented sentences only, never dev
ones; each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import EVACUATION_STORY, FLIGHT_STORY, count_layer


def _cats(text: str) -> list[tuple[str, str | None]]:
    return count_layer(text)[0]


def test_evacuees_accommodated_where_the_evacuation_brought_them():
    # G304: evacuees sleeping or housed where an organised evacuation brought them stay
    # evacuated; people sheltering where the events happen stay present
    assert _cats(EVACUATION_STORY + "Volunteers said about 200 families slept on mattresses in the school hall.") == [
        ("about 200", "evacuated")]
    assert _cats(EVACUATION_STORY + "A teacher said 90 people were housed in dormitories at the college.") == [
        ("90", "evacuated")]
    assert _cats(EVACUATION_STORY + "About 300 people were sheltering in the basement when the shell hit.") == [
        ("About 300", "present")]
    assert _cats(EVACUATION_STORY + "Some 400 residents crowded the gates of the airport.") == [("Some 400", "present")]
    assert _cats(FLIGHT_STORY + "About 200 families slept on mattresses in the school hall.") == [
        ("Thousands", "displaced"), ("About 200", "displaced")]
    assert _cats("The factory was built to house 500 workers.") == [("500", "other")]
    assert _cats(EVACUATION_STORY + "The stadium now houses 4,000 families.") == [("4,000", "present")]
    assert _cats("About 700 people were sleeping in the gym when the storm hit.") == [("About 700", "present")]
