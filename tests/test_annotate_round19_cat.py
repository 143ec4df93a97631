"""Round nineteen of the annotator, COUNT categories and COUNT_OF (issue 11): invented
sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole COUNT layer back
(every COUNT with its category, every COUNT_OF pair); beside each rule, sentences where
it must not fire.
"""

from __future__ import annotations

from sentences import count_layer


def test_a_contrastive_one_set_against_what_else_there_is_is_a_count_of_a_thing():
    # G143: 'one' meaning a single thing set against others is a COUNT: all that a person
    # has or goes with, one thing for a number of people, one thing and nothing else, one
    # thing after a quantity in a list; G77: a thing's count is 'other' whatever the verb.
    assert count_layer('"We crossed the river with one bag and our papers," he said.') == (
        [("one", "other")], [("one", "bag")])
    assert count_layer('"We are working with one ambulance and no fuel," the doctor said.') == (
        [("one", "other")], [("one", "ambulance")])
    assert count_layer("The camp has one doctor for thousands of patients.") == (
        [("one", "other"), ("thousands", "other")], [("one", "doctor"), ("thousands", "patients")])
    assert count_layer('"We have one tent for more than 40 people," she said.') == (
        [("one", "other"), ("more than 40", "other")], [("one", "tent"), ("more than 40", "people")])
    assert count_layer("I took my papers and one blanket, nothing else.") == (
        [("one", "other")], [("one", "blanket")])
    assert count_layer("Two wars, one tent: a family's story") == (
        [("Two", "other"), ("one", "other")], [("Two", "wars"), ("one", "tent")])
    # must not fire: 'one' meaning 'a' (an absolute 'with' phrase, a speaker, 'one of',
    # 'one by one'); 'one' of a person keeps the verb's category
    assert count_layer("The convoy left with one official saying the road was closed.") == ([], [])
    assert count_layer("The army killed two fighters, one official said.") == (
        [("two", "killed")], [("two", "fighters")])
    assert count_layer("He arrived with one of his sons.") == ([], [])
    assert count_layer("They took the prisoners out one by one.") == ([], [])
    assert count_layer("The strike killed one person and wounded 12.") == (
        [("one", "killed"), ("12", "injured")], [("one", "person")])


def test_a_population_noun_with_no_predicate_of_its_own_is_present_and_stay_is_a_verb_of_staying():
    # G39, G77: a place's inhabitants that no verb of a category takes or follows are
    # 'present'; where the figure's own predicate names no category ('needed treatment')
    # they are not, and G41's subject before 'by the thousands' is no population; 'stay'
    # is a verb of staying like 'stayed' and 'staying'.
    assert count_layer("Before the war the village had about 4,000 inhabitants.") == (
        [("about 4,000", "present")], [("about 4,000", "inhabitants")])
    assert count_layer("Hundreds of families chose to stay.") == (
        [("Hundreds", "present")], [("Hundreds", "families")])
    # must not fire
    assert count_layer("Hundreds of inhabitants still needed treatment.") == (
        [("Hundreds", "other")], [("Hundreds", "inhabitants")])
    assert count_layer("Inhabitants are fleeing by the thousands.") == (
        [("thousands", "displaced")], [("thousands", "Inhabitants")])
    assert count_layer("About 3,000 inhabitants were evacuated on Monday.") == (
        [("About 3,000", "evacuated")], [("About 3,000", "inhabitants")])


def test_kin_after_a_possessive_take_the_verb_right_before_the_possessive():
    # G39: the verb that takes 'her two sisters' as its object says what befell them
    # ('lost' -> killed, as 'lost two of her sons' already was).
    assert count_layer("She said she lost her two sisters in the strike.") == (
        [("two", "killed")], [("two", "sisters")])
    # must not fire: no person noun ('its two reports'), or a verb of no category ('fed'):
    # what someone has stays 'other' (G77)
    assert count_layer("The ministry released its two reports on Monday.") == ([("two", "other")], [])
    assert count_layer("She fed her four children with bread.") == (
        [("four", "other")], [("four", "children")])
