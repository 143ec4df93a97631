"""Round 39, attribution layer: the edges of a SOURCE that holds a relative clause or a
naming formula (G45, G114), and where a reported content ends (G86, G218)."""

from __future__ import annotations

import pytest

from ghouta_corpus.annotate.attribution import find_attributions


def _sources(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in r.source] for r in find_attributions(text)]


def _contents(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in r.content] for r in find_attributions(text)]


@pytest.mark.parametrize("text, source", [
    ('"The river rose overnight," said Omar Saleh, 40, a driver who reached the camp on Monday.',
     "Omar Saleh, 40, a driver who reached the camp on Monday"),
    ('"We walked at night," said Lina Haddad, a nurse who has worked at the clinic since late June.',
     "Lina Haddad, a nurse who has worked at the clinic since late June"),
    ("A farmer who left in early March said the road was closed.", "A farmer who left in early March"),
])
def test_time_phrase_closing_a_relative_clause_stays_in_the_source(text: str, source: str) -> None:
    """G45: the time phrase dates the relative clause's verb, not the saying."""
    assert _sources(text)[0] == [source]


@pytest.mark.parametrize("text, source", [
    ('"We left," said Omar Saleh on Monday.', "Omar Saleh"),
    ('"We left," said Omar Saleh, who heads the council, on Monday.', "Omar Saleh, who heads the council"),
    ("The army on Monday said the road was closed.", "The army"),
])
def test_time_phrase_of_the_saying_stays_out_of_the_source(text: str, source: str) -> None:
    assert _sources(text)[0] == [source]


@pytest.mark.parametrize("text, source", [
    ("Neighbours who reached the camp on Tuesday told her the bridge had gone.",
     "Neighbours who reached the camp on Tuesday"),
    ("Observers who visited the site said more than 90 bodies were found.", "Observers who visited the site"),
    ("Medics who had treated the wounded said 40 died.", "Medics who had treated the wounded"),
])
def test_object_of_a_relative_clause_is_no_contact_clause(text: str, source: str) -> None:
    """G45: 'who reached the camp': 'the camp' is the relative clause's object, not the
    subject of a zero relative ('a step the authorities said was needed')."""
    assert _sources(text)[0] == [source]


def test_contact_clause_still_starts_the_source() -> None:
    text = "It was a step the authorities said was needed."
    assert _sources(text)[0] == ["the authorities"]


@pytest.mark.parametrize("text, source", [
    ("A fighter who gave his name as Abu Omar said the convoy had left.",
     "A fighter who gave his name as Abu Omar"),
    ("A shopkeeper, who gave only his first name, Hassan, said two of his sons had left.",
     "A shopkeeper, who gave only his first name, Hassan"),
    ("A spokesman for the group, who gave only his nom de guerre, Abu Karim, told Wire the camp was full.",
     "A spokesman for the group, who gave only his nom de guerre, Abu Karim"),
    ("An officer at the gate, who did not give his name, said the checks were necessary.",
     "An officer at the gate, who did not give his name"),
])
def test_naming_formula_stays_inside_the_source(text: str, source: str) -> None:
    """G45, G114: the comma or 'as' after 'name', 'call sign', 'nom de guerre' opens the
    name, not a clause of its own."""
    assert _sources(text)[0] == [source]


@pytest.mark.parametrize("text, source", [
    ("He asked for more tents, a request he said had gone unanswered.", "he"),
    ("The shell was a Grad, a type it insisted only the militia used.", "it"),
    ("Twice they told us the shelling was over.", "they"),
    ("When the goats died I told them we had to leave.", "I"),
    ("Many, he said, had never left.", "he"),
])
def test_subject_pronoun_before_the_cue_is_the_whole_source(text: str, source: str) -> None:
    """G48, G45: a subject pronoun right before its cue is a source on its own; the words
    before it (a zero relative's head, an adverb, a subordinate clause) are not."""
    assert _sources(text)[0] == [source]


def test_coordinated_pronoun_keeps_the_relative_boundary() -> None:
    text = "The army released what it described as a recording."
    rec = find_attributions(text)[0]
    assert [text[a:b] for a, b in rec.source] == ["it"]
    assert [text[a:b] for a, b in rec.content] == ["what", "as a recording"]


@pytest.mark.parametrize("text, source", [
    ('He paused, then added: "We are not finished."', "He"),
    ("The nurse looked up, then said the ward was full.", "The nurse"),
])
def test_then_after_a_first_verb_leaves_the_subject_as_source(text: str, source: str) -> None:
    """G45: 'He paused, then added': the source is the subject of both verbs."""
    assert _sources(text)[0] == [source]


def _records(text: str) -> list[tuple[list[str], str, list[str]]]:
    return [([text[a:b] for a, b in r.source], " ".join(text[a:b] for a, b in r.cue),
             [text[a:b] for a, b in r.content]) for r in find_attributions(text)]


@pytest.mark.parametrize("text, records", [
    ("The rebel spokesman denied the charge, telling reporters that soldiers were to blame.",
     [(["The rebel spokesman"], "denied", ["the charge"]),
      (["The rebel spokesman"], "telling", ["soldiers were to blame"])]),
    ("A council member went further, telling reporters that the depot had been a base.",
     [(["A council member"], "telling", ["the depot had been a base"])]),
    ("Mothers arrived exhausted, telling our staff they had walked for five days.",
     [(["Mothers"], "telling", ["they had walked for five days"])]),
])
def test_telling_is_a_cue_that_starts_its_own_record(text: str, records: list[object]) -> None:
    """G86: ', telling reporters that ...' is a coordinated verb of saying: a record of its
    own with the shared source, and the first content ends before its comma."""
    assert _records(text) == records


@pytest.mark.parametrize("text", [
    "Police closed the road, telling residents to stay indoors.",
    "It is telling that nobody came.",
])
def test_telling_without_a_saying_makes_no_record(text: str) -> None:
    """G114: 'telling residents to stay' is a directive; 'It is telling that' an adjective."""
    assert _records(text) == []


def test_participle_after_a_quote_is_no_inverted_cue() -> None:
    """G86: '"...," said X, adding that ...': 'adding' shares X; it never inverts to make
    the words after it a source and the quotation its content."""
    text = '"Our count is names, not guesses," said Omar Adel, a doctor at the clinic, adding that some families buried relatives at once.'
    assert _records(text) == [
        (["Omar Adel, a doctor at the clinic"], "said", ["Our count is names, not guesses"]),
        (["Omar Adel, a doctor at the clinic"], "adding", ["some families buried relatives at once"]),
    ]


def test_noun_after_a_determiner_in_the_adverbial_before_that() -> None:
    """G56: 'said on the night of the attack that ...': 'attack' after 'the' is a noun of
    the adverbial, not a verb that closes it."""
    text = "The ministry said on the night of the attack that 200 people had been killed."
    assert _records(text) == [(["The ministry"], "said", ["200 people had been killed"])]


@pytest.mark.parametrize("text, content", [
    ("The agency said it had delivered flour to the town, and the Red Cross has set up water points at two stations.",
     "it had delivered flour to the town"),
    ("Drivers said fuel had sold for three times its price, and some families abandoned their cars.",
     "fuel had sold for three times its price"),
    ("The army said its units had retaken the village, and state television showed soldiers in the square.",
     "its units had retaken the village"),
    ("The army said it was shelling arms depots, and residents received text messages.",
     "it was shelling arms depots"),
])
def test_narration_after_a_backshifted_content_ends_it(text: str, content: str) -> None:
    """G218: after a back-shifted content ('had delivered', 'was shelling'), ', and' with a
    new subject and a verb in the writer's own tense is the next step of the story."""
    assert _contents(text)[0] == [content]


@pytest.mark.parametrize("text, content", [
    ("Officials said 300 families had arrived, and dozens were sleeping in mosques.",
     "300 families had arrived, and dozens were sleeping in mosques"),
    ("Officials said 40 men had been taken for questioning, and several had not returned.",
     "40 men had been taken for questioning, and several had not returned"),
    ("Medics said the clinic had run out of insulin, and that two patients had died.",
     "the clinic had run out of insulin, and that two patients had died"),
])
def test_clause_that_keeps_the_backshift_stays_in(text: str, content: str) -> None:
    """G218, G162: a clause that keeps the source's back-shift, or a repeated 'that', goes
    on with what the source said."""
    assert _contents(text)[0] == [content]


@pytest.mark.parametrize("text, content", [
    ("Officials said 900 men had signed papers to settle their status, a process that gives them a year before service.",
     "900 men had signed papers to settle their status"),
    ("Elders say most families stayed and registered with the police, a process the council calls amnesty.",
     "most families stayed and registered with the police"),
])
def test_writers_gloss_with_process_ends_the_content(text: str, content: str) -> None:
    """G86: ', a process that ...' is the writer's gloss on the step just reported."""
    assert _contents(text)[0] == [content]


@pytest.mark.parametrize("text, records", [
    ("Militia leaders blame the other side.", [(["Militia leaders"], "blame", ["the other side"])]),
    ("Toll disputed as rival camps blame opposing sides", [(["rival camps"], "blame", ["opposing sides"])]),
    ("Farmers blame the militia for the fire.", [(["Farmers"], "blame for", ["the militia", "the fire"])]),
])
def test_present_plural_blame_names_the_blamed_party(text: str, records: list[object]) -> None:
    """G209: the finite present 'blame' after a plural subject is the cue of a blamed party."""
    assert _records(text) == records


@pytest.mark.parametrize("text", [
    "They shelled their own town to blame the rebels.",
    "We do not blame the soldiers.",
    "The army accused the militants of rigging the house to kill civilians and blame the coalition.",
])
def test_infinitive_or_negated_blame_is_no_cue(text: str) -> None:
    assert not any(cue.startswith("blame") for _, cue, _ in _records(text))


@pytest.mark.parametrize("text, records", [
    ("Twelve children were reported among the dead.", [([], "reported", ["Twelve children", "among the dead"])]),
    ("Two porters are still listed as missing.", [([], "listed", ["Two porters", "as missing"])]),
    ("Three guards were confirmed among the wounded.", [([], "confirmed", ["Three guards", "among the wounded"])]),
])
def test_passive_of_saying_with_a_predicate_is_a_raised_record(text: str, records: list[object]) -> None:
    """G355, G402: 'were reported among the dead', 'are listed as missing': no SOURCE,
    CONTENT the subject and the predicate."""
    assert _records(text) == records


@pytest.mark.parametrize("text", [
    "The ministry listed 40 names.",
    "The names listed on the wall are those of the dead.",
    "He was reported as saying the road was closed.",
])
def test_listed_without_a_passive_predicate_makes_no_record(text: str) -> None:
    assert not any(cue == "listed" or cue == "reported" for _, cue, _ in _records(text))


def test_outer_record_keeps_the_clause_and_ends_before_an_approximate_share() -> None:
    """G355, G86: the nested raised record sits beside the outer one; ', about a third of
    the toll cited by X' is the writer's comparison, outside both contents."""
    text = "The agency said 20 children were reported among the dead, about a third of the toll cited by medics."
    assert _records(text) == [
        (["The agency"], "said", ["20 children were reported among the dead"]),
        ([], "reported", ["20 children", "among the dead"]),
    ]


def test_approximate_share_of_them_stays_in() -> None:
    text = "The ministry said 40 people were killed, about half of them children."
    assert _contents(text)[0] == ["40 people were killed, about half of them children"]


@pytest.mark.parametrize("text, content", [
    ("The driver said a lorry had slid off the road, though nobody was hurt.",
     "a lorry had slid off the road, though nobody was hurt"),
    ("Residents said shops had reopened, although many houses remained locked.",
     "shops had reopened, although many houses remained locked"),
])
def test_concession_without_a_saying_stays_in(text: str, content: str) -> None:
    """G218: a ', though' clause that goes on with the source's account stays in."""
    assert _contents(text)[0] == [content]


@pytest.mark.parametrize("text, content", [
    ("The agency said 3,000 people had crossed, though aid groups said they could not confirm it.",
     "3,000 people had crossed"),
    ("The council said 40 houses burned, though the army denied that any were hit.", "40 houses burned"),
])
def test_concession_with_a_saying_of_its_own_ends_the_content(text: str, content: str) -> None:
    """G86, G218: a ', though' clause with its own verb of saying is the writer's."""
    assert _contents(text)[0] == [content]


def test_comma_at_the_text_end_does_not_raise() -> None:
    """A content that ends on a comma at the very end of the text: the share-comment test
    must not look up a quotation for a word past the end."""
    find_attributions('"Idlib said Ghouta,')
    find_attributions('"Idlib indicate Ghouta,')


@pytest.mark.parametrize("text, source", [
    ("There was no bread left on the road and the police told us there was no other place.", "the police"),
    ("The bridge was down and the governor said the town was cut off.", "the governor"),
])
def test_source_starts_after_and_that_joins_two_clauses(text: str, source: str) -> None:
    """G45: 'X happened and <source> said': the clause before 'and' is no part of the source."""
    assert _sources(text)[0] == [source]


@pytest.mark.parametrize("text, source", [
    ("Militants and residents say the town fell.", "Militants and residents"),
    ("Figures compiled by medics and rights groups say 40 died.", "Figures compiled by medics and rights groups"),
    ("Tolls diverge as rescuers and monitors say 28 died.", "rescuers and monitors"),
])
def test_coordinated_source_keeps_its_conjunction(text: str, source: str) -> None:
    """G47: coordinated sources are one SOURCE span; a participle with 'by' or a clause
    before a subordinator is no clause of the source's own."""
    assert _sources(text)[0] == [source]


@pytest.mark.parametrize("text, source", [
    ("A United Nations report published in Geneva said 52 people were killed.",
     "A United Nations report published in Geneva"),
    ("The report, written without access to the camp, counted 23 soldiers killed.",
     "The report, written without access to the camp"),
])
def test_noun_form_of_a_cue_inside_the_source_does_not_end_it(text: str, source: str) -> None:
    """G45: 'a UN report', 'The report': the cue form is a noun of the source, not a cue."""
    assert _sources(text)[0] == [source]
