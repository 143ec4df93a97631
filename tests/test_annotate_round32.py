"""Annotator round thirty-two (issue 11): patterns of fresh text, on invented sentences
only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import DISPLACEMENT_STORY, count_layer


def _story_tail(sentence: str) -> list[tuple[str, str | None]]:
    """The COUNTs of ``sentence`` drafted after the two-sentence displacement story."""
    return count_layer(DISPLACEMENT_STORY + sentence)[0][2:]


def test_caseload_verb_governs_its_object():
    # G179/G208: a clinic's caseload ('saw', 'see' a figure: a verb of seeing patients,
    # whatever else the form can be) stays 'other', not the story's displacement
    assert _story_tail("Our clinic saw 250 children with measles last week.") == [("250", "other")]
    assert _story_tail("The hospital is full. \"We see dozens every morning,\" the doctor said.") == [
        ("dozens", "other")]
    assert _story_tail("Nurses at the health post examined 90 children on Monday.") == [("90", "other")]
    # neighbours: a figure of the story's people with no care verb keeps the story's kind
    assert _story_tail("Another 300 families arrived at the camp on Monday.") == [("300", "displaced")]
    # and a care verb whose clause names a category keeps it
    assert _story_tail("Medics saw 40 people who had fled the town.")[0] == ("40", "displaced")


def test_age_range_or_bound_after_a_person_noun_is_no_count():
    # G35/G79: ages are never COUNTs; a range or 'under N' right after a person noun,
    # with no noun after it, gives their ages ('every man between 15 and 60')
    assert count_layer("Guards check every man between 15 and 60 at the gate.")[0] == []
    assert count_layer("Soldiers detained boys between 14 and 17 at the checkpoint.")[0] == []
    assert [c for c, _ in count_layer("Close to 40 percent of children under five arriving at the camp were sick.")[0]] \
        == ["Close to 40 percent"]
    # neighbours: a range before its noun, or a figure too large to be an age, still counts
    assert count_layer("Guards checked between 15 and 60 men at the gate.")[0] == [("between 15 and 60", "other")]
    assert [c for c, _ in count_layer("The agency counted families between 300 and 400 in the camp.")[0]] == [
        "between 300 and 400"]


def test_share_of_an_appeal_is_a_measure():
    # G118/G79: a share of the money an appeal needs or has received is a measure, not a
    # COUNT: 'of what it needs', 'of which ... has been received'
    assert count_layer("The regional plan has received less than 15 per cent of what it requires.")[0] == []
    assert count_layer("Donors were urged to fund the appeal, of which only 12 percent has been received.")[0] == []
    assert count_layer("The agency said the response plan was at barely a fifth of what it needs.")[0] == []
    # neighbours: a share of people, and a share after 'of which' that counts people, stay COUNTs
    assert [c for c, _ in count_layer("About 40 percent of the families received no food.")[0]] == ["About 40 percent"]
    assert [c for c, _ in count_layer("The camp holds 9,000 people, of whom 60 percent are children.")[0]] == [
        "9,000", "60 percent"]


def test_scale_word_after_another_is_a_count():
    # G33/G37: 'another thousand people' counts a thousand (the span is the number word,
    # 'another' stays out as in 'another 300'); a scale word in a duration or a bare
    # 'thousands' is unchanged
    layer = count_layer("By morning another thousand people were waiting outside the hall.")
    assert layer[0] == [("thousand", "present")] or [c for c, _ in layer[0]] == ["thousand"]
    assert layer[1] == [("thousand", "people")]
    assert [c for c, _ in count_layer("Another hundred families crossed the river on Monday.")[0]] == ["hundred"]
    assert [c for c, _ in count_layer("Thousands more crossed the river on Monday.")[0]] == ["Thousands"]


def test_restated_figure_after_a_paragraph_break_takes_the_earlier_category():
    # G39/G77: 'put the figure at N' restates the figure before it, also when a paragraph
    # break stands between them; a figure with no figure noun after a break does not
    text = ("The agency said about 8,000 people had fled to the church since Monday.\n\n"
            "A priest at the church put the figure at more than 9,000.")
    assert count_layer(text)[0] == [("about 8,000", "displaced"), ("more than 9,000", "displaced")]
    text = ("The agency said about 8,000 people had fled to the church since Monday.\n\n"
            "Soldiers searched more than 90 cars at the checkpoint.")
    assert count_layer(text)[0] == [("about 8,000", "displaced"), ("more than 90", "other")]


def test_see_is_care_only_near_a_word_of_care():
    # G179/G208 against G77: 'see' is also sight; with no place, noun or complaint of care
    # in its sentence or the one before, the figure keeps the story's kind
    assert _story_tail("\"We see dozens every morning,\" the guard at the gate said.") == [("dozens", "displaced")]
    assert _story_tail("A doctor at the clinic said cases were rising. \"We see dozens every morning.\"") == [
        ("dozens", "other")]


def test_wounded_flown_by_others_are_evacuated():
    # G351: 'flew N wounded to X' (the figure the object of a transitive 'fly') is an
    # organised move, as 'flew out' is
    assert count_layer("Helicopters flew 80 wounded to the capital over two days.")[0] == [("80", "evacuated")]
    assert count_layer("Helicopters flew out 80 wounded civilians.")[0] == [("80", "evacuated")]
    # neighbours: flown to a hospital (care, no further place) keep their harm; wounded
    # who only lie in a hospital stay injured
    assert count_layer("Helicopters flew 80 wounded to the camp hospital.")[0] == [("80", "injured")]
    assert count_layer("About 80 wounded lay in the hospital.")[0] == [("About 80", "injured")]


def test_self_review_pins():
    # Round 32's self-review on invented sentences in the dev set's genres: what the
    # changes must do and the neighbouring figures they must leave alone
    pins = {
        # NGO statement: a clinic's caseload (G179, G208)
        "Medecins Sans Frontieres said its mobile clinic saw more than 1,200 children for malaria in June.":
            [("more than 1,200", "other")],
        "The clinic in the camp saw 120 patients on Tuesday, most of them children with diarrhoea.": [("120", "other")],
        "Doctors at the hospital saw 60 people wounded in the shelling.": [("60", "injured")],
        # wire brief: ages are no COUNTs (G35, G79); a count before its noun stays
        "Border guards stopped every man aged between 18 and 60 and let women and children through.": [],
        "The army said men between 16 and 50 would be screened.": [],
        "Girls under 12 were sent ahead on the first bus.": [],
        "Between 15 and 60 men were held at the checkpoint.": [("Between 15 and 60", "detained")],
        # NGO statement: shares of an appeal are measures (G118); shares of people stay
        "The regional response plan was only 38 percent funded by October, the agency said.": [],
        "The appeal, of which just 22 percent has been received, seeks 300 million dollars.": [],
        "The UN said it had received less than a third of what it requested for Yemen.": [],
        "About 60 percent of the camp's residents depend on aid.": [("About 60 percent", "other")],
        # evacuation report: 'another thousand' (G33); wounded flown out (G351)
        "Another thousand evacuees are expected on Monday.": [("thousand", "evacuated")],
        "Aid workers said another hundred tents were needed.": [("hundred", "other")],
        "A Red Cross plane flew 30 sick children to Amman for treatment.": [("30", "evacuated")],
        "Ambulances carried 40 wounded to the hospital in the town.": [("40", "injured")],
        # toll dispute: a restated toll keeps its category
        "The ministry put the toll at 43, while a local doctor said 60 people had died.": [("43", "killed"), ("60", "killed")],
    }
    for sentence, expected in pins.items():
        assert count_layer(sentence)[0] == expected, sentence
