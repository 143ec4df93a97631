"""Round 36, attribution layer: where a reported content ends (G86, G218, G324) and which
words after it are the writer's."""

from __future__ import annotations

import pytest

from ghouta_corpus.annotate.attribution import find_attributions


def _records(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    return [([text[a:b] for a, b in r.source], [text[a:b] for a, b in r.cue], [text[a:b] for a, b in r.content])
            for r in find_attributions(text)]


@pytest.mark.parametrize("text, content", [
    ("Farmers said the militia had burned the granary, a claim the militia leaders have denied.",
     "the militia had burned the granary"),
    ("Teachers said two schools had closed, an account district officials in Kemi have disputed.",
     "two schools had closed"),
    ("The council said 40 people had died, a total the agency did not comment on.", "40 people had died"),
    ("Drivers said the bridge was safe, a claim travellers we met on the road rejected.", "the bridge was safe"),
])
def test_zero_relative_after_noun_of_saying_is_no_content_and_no_record(text: str, content: str) -> None:
    """G324: '..., a claim the army denied' is the writer's comment: outside the CONTENT,
    and its verb makes no record of its own."""
    assert [r[2] for r in _records(text)] == [[content]]


def test_noun_of_saying_with_a_preposition_stays_in() -> None:
    text = "The council said 40 people had died, a total of 40 across the province."
    assert _records(text)[0][2] == ["40 people had died, a total of 40 across the province"]


@pytest.mark.parametrize("text, content", [
    ("The governor said the district would be emptied, and Deputy Governor Lina Oros urged the sick to leave first.",
     "the district would be emptied"),
    ("The mayor said rockets had hit the bakery, and he urged residents to stay in their cellars.",
     "rockets had hit the bakery"),
    ("The council said the wells were dry, and its chairman appealed for water trucks.", "the wells were dry"),
])
def test_coordinated_appeal_of_a_new_subject_is_outside(text: str, content: str) -> None:
    """G86, G218: ', and <subject> urged ...' is the writer's next step, not more content."""
    assert _records(text)[0][2] == [content]


@pytest.mark.parametrize("text, content, second", [
    ("Rights groups have warned that the camps are overcrowded, and a spokesman for the World Food Programme in "
     "the northern provinces said the agency was short of grain.",
     "the camps are overcrowded", "a spokesman for the World Food Programme in the northern provinces"),
    ("The health office said on Friday that vaccinations had begun at the Oro camp, and the UN children's agency, "
     "UNICEF, added that it was flying in tents.",
     "vaccinations had begun at the Oro camp", "the UN children's agency, UNICEF"),
])
def test_coordinated_clause_with_a_long_source_ends_the_content(text: str, content: str, second: str) -> None:
    """G86: a coordinated clause with a cue of its own starts a new record, however long its source."""
    recs = _records(text)
    assert recs[0][2] == [content] and recs[1][0] == [second]


def test_coordinated_clause_without_appeal_or_cue_stays_in() -> None:
    text = "The mayor said residents had been urged to stay indoors, and shops had closed."
    assert _records(text)[0][2] == ["residents had been urged to stay indoors, and shops had closed"]


@pytest.mark.parametrize("text, content", [
    ("The governor said on Monday that the school would reopen in May, according to the state news agency.",
     "the school would reopen in May"),
    ("Aid workers said the convoy had turned back at the river, according to a statement from the agency.",
     "the convoy had turned back at the river"),
])
def test_according_to_after_a_preposed_content_ends_it(text: str, content: str) -> None:
    """G86: ', according to Z' after 'X said Y' is Z's record over the whole sentence, not
    more of X's words."""
    recs = _records(text)
    assert recs[0][2] == [content] and recs[1][1] == ["according to"]


@pytest.mark.parametrize("text", [
    "The agency said in a statement that roughly 400 students had asked to leave.",
    "The council said on Friday that its inquiry had found 30 houses were burned.",
    "A nurse told our staff that men described as militia fighters came at dawn.",
])
def test_that_after_a_cue_and_its_adverbials_is_no_relative_pronoun(text: str) -> None:
    """G57 is for relative pronouns: a 'that' after 'said in a statement', 'said on Friday' or
    'told our staff' is a complementiser, so no cue after it reads 'that' as its CONTENT."""
    assert all(c != "that" for r in _records(text) for c in r[2])


def test_adjective_before_a_noun_form_makes_it_a_noun() -> None:
    """G43: 'the early estimate' is a noun, no cue with 'the' as its source."""
    text = "An official told reporters that the early estimate had been based on hospital lists."
    assert [r[1] for r in _records(text)] == [["told"]]


@pytest.mark.parametrize("text, content", [
    ("Farmers told UNHCR staff that the river crossing was mined.", "the river crossing was mined"),
    ("Drivers told reporters they had waited two days at the gate.", "they had waited two days at the gate"),
    ("Two nurses told this reporter they had slept in the corridor.", "they had slept in the corridor"),
    ("I told my daughters we would leave at dawn.", "we would leave at dawn"),
    ("No one had warned us the bridge was gone.", "the bridge was gone"),
    ("A neighbour warned him that the soldiers were coming.", "the soldiers were coming"),
    ("Relief agencies warned the death toll could rise.", "the death toll could rise"),
])
def test_addressee_stays_out_of_the_content(text: str, content: str) -> None:
    """G49, G82, G84: the addressee of 'told'/'warned' is neither source nor content; a subject
    pronoun after it opens the content."""
    assert _records(text)[0][2] == [content]


def test_warned_with_an_addressee_and_to_is_no_attribution() -> None:
    assert _records("Loudspeakers had warned families to leave the quarter.") == []


@pytest.mark.parametrize("text, content", [
    ("A spokesman told reporters the same day that about 900 had been registered.", "about 900 had been registered"),
    ("The governor said late on Friday that four children were among the dead.",
     "four children were among the dead"),
    ("The agency reported on Sunday evening that a deal had been reached.", "a deal had been reached"),
    ("The ministry said only that its jets had hit military targets.", "its jets had hit military targets"),
])
def test_time_adverbials_and_only_after_the_cue_stay_out(text: str, content: str) -> None:
    """G56: adverbials between a preposed cue and its content modify the saying."""
    assert _records(text)[0][2] == [content]


def test_coordinated_that_is_a_complementiser() -> None:
    """G57, G162: in 'said X, and that Y had warned ...' the second 'that' repeats the
    complementiser; the cue after it reads no relative pronoun as CONTENT."""
    text = "The army said gunmen had fired from the school, and that leaflets had warned families to leave."
    recs = _records(text)
    assert [r[1] for r in recs] == [["said"]]
    assert recs[0][2] == ["gunmen had fired from the school, and that leaflets had warned families to leave"]


@pytest.mark.parametrize("text", [
    "PORT-DE-PAIX, May 2 (Coast Wire) - Dozens of families fled the port overnight, witnesses said.",
    "NAIROBI/MOGADISHU, 4 June 2021 – Dozens of families fled the port overnight, the group said.",
    "KEMI, Oro (Lower Oro) State, Norland, 9 March 2022 – Dozens of families fled the port overnight, the group said.",
    "KEMI, Oro province, 9 March 2022 – Dozens of families fled the port overnight, the group said.",
    "KEMI (Coast Wire) - Dozens of families fled the port overnight, witnesses said.",
])
def test_dateline_stays_out_of_a_postposed_content(text: str) -> None:
    """G61: a dateline is the writer's, never part of the source's words."""
    assert _records(text)[0][2] == ["Dozens of families fled the port overnight"]


def test_capitalised_subject_with_dashes_is_no_dateline() -> None:
    text = "UN staff - and some drivers - left the port early, officials said."
    assert _records(text)[0][2] == ["UN staff - and some drivers - left the port early"]


def _headline_records(head: str) -> list[tuple[list[str], list[str], list[str]]]:
    return _records(head + "\n\nKEMI, 2 June 2017 – Thousands are sleeping in the forest, Harbour Aid said today.\n")


def test_headline_label_before_colon_is_outside() -> None:
    """G325: the label before a headline's colon heads the headline, no part of what is warned."""
    recs = _headline_records("Oro valley: families caught between floods and shelling, Hope Wells warns")
    assert recs[0][2] == ["families caught between floods and shelling"]


def test_headline_cue_before_as_ends_its_clause() -> None:
    """G61: 'X, aid group warns as Y' in a headline: the cue closes its clause before 'as'."""
    recs = _headline_records("Families hiding in Oro forests need food, aid group warns as arrivals climb")
    assert recs[0][:3] == (["aid group"], ["warns"], ["Families hiding in Oro forests need food"])


@pytest.mark.parametrize("text, content", [
    ("Drivers say they carried 40 people a day in March; this month the number has fallen to ten.",
     "they carried 40 people a day in March"),
    ("The army said its soldiers had repaired the well; that claim could not be checked.",
     "its soldiers had repaired the well"),
    ("Officials said 12 halls had opened; in some halls, volunteers counted 80 people a night.",
     "12 halls had opened"),
    ("The nurse said the clinic shut on Monday; three days later, staff moved the beds to Oro.",
     "the clinic shut on Monday"),
])
def test_writers_clause_after_semicolon_is_outside(text: str, content: str) -> None:
    """G218, G86: after ';' a time adverbial (the story's next step), the writer's comment on
    the claim or another source's clause behind an adverbial ends the CONTENT."""
    assert _records(text)[0][2] == [content]


@pytest.mark.parametrize("text", [
    "The agency said most had stayed; the rest fled in March.",
    "Doctors said 30 wounded had come in; two were referred to the hospital.",
])
def test_source_account_after_semicolon_stays_in(text: str) -> None:
    said = text.split(" said ", 1)[1].rstrip(".")
    assert _records(text)[0][2] == [said]


@pytest.mark.parametrize("text, content", [
    ("Officials said privately that the counts differed by method.", "the counts differed by method"),
    ("The agency acknowledged, however, that its staff had not visited the camp.",
     "its staff had not visited the camp"),
    ("The mayor said three days after the flood that 20 people had died.", "20 people had died"),
    ("The spokesman said on Friday, two days after the raid, that troops had not fired.", "troops had not fired"),
])
def test_adverbials_of_the_saying_before_that_stay_out(text: str, content: str) -> None:
    """G56: an adverb, a connective or an interval between the cue and 'that' modify the saying."""
    assert _records(text)[0][2] == [content]


def test_interval_with_a_relative_that_stays_in() -> None:
    text = "The agency said two days after the raid that killed 30 people, the roads were closed."
    assert _records(text)[0][2] == ["two days after the raid that killed 30 people, the roads were closed"]


@pytest.mark.parametrize("text, source, content", [
    ("According to Lina Oros, an official in the district council, families who stayed will get food.",
     "Lina Oros, an official in the district council", "families who stayed will get food"),
    ("According to the UN children's agency, UNICEF, nearly 900 children have crossed the river.",
     "the UN children's agency, UNICEF", "nearly 900 children have crossed the river"),
])
def test_according_to_source_keeps_its_appositive(text: str, source: str, content: str) -> None:
    """G45: the SOURCE of 'According to X, <appositive>,' is X with its appositive."""
    assert _records(text)[0][0::2] == ([source], [content])


def test_according_to_before_a_subject_with_an_aside_keeps_the_subject() -> None:
    text = "According to the mayor, the residents, most of them farmers, have fled."
    assert _records(text)[0][0::2] == (["the mayor"], ["the residents, most of them farmers, have fled"])


@pytest.mark.parametrize("text, content", [
    ("The committee put the toll at 84 on Sunday.", ["the toll at 84"]),
    ("The office put the number of injured at 61 on Monday evening, but gave no breakdown.",
     ["the number of injured at 61"]),
    ("The agency raised its estimate to 40 dead on Friday, nine of them children, according to a statement.",
     ["its estimate to 40 dead", "nine of them children"]),
    ("Monitors said the shelling had damaged 30 houses since late May.",
     ["the shelling had damaged 30 houses since late May"]),
])
def test_time_of_giving_a_figure_stays_out(text: str, content: list[str]) -> None:
    """G56, G116: 'put the toll at N on Sunday': the adverbial dates the giving of the figure;
    a breakdown after it is a second CONTENT span."""
    assert _records(text)[0][2] == content


@pytest.mark.parametrize("text, subject", [
    ("Between 200 and 300 fighters are believed to remain in the hills.", "Between 200 and 300 fighters"),
    ("Police said that about half of those arriving in recent weeks were believed to be from Oro.",
     "about half of those arriving in recent weeks"),
    ("By late evening, a second convoy was reported to be near the border.", "a second convoy"),
    ("The monitor said that fewer than a fifth of the town's residents were believed to still be at home.",
     "fewer than a fifth of the town's residents"),
    ("Omar Haddad, 52, a farmer, is believed to have fled.", "Omar Haddad, 52, a farmer"),
    ("The count had been based on how many people were believed to be inside.", "how many people"),
])
def test_raised_passive_subject(text: str, subject: str) -> None:
    """G115: the subject of 'are believed to' is the whole noun phrase, with a figure's
    'between' and prepositions inside its clause, without an opening adverbial."""
    raised = [r for r in _records(text) if r[1][0] in ("believed", "reported")]
    assert raised[0][2][0] == subject


def test_noun_of_saying_with_a_passive_participle_is_the_writers() -> None:
    """G86: ', a figure repeated by X' comments on the content and is outside it."""
    text = "Activists reported that more than 90 people had been killed, a figure repeated by the council."
    assert _records(text)[0][2] == ["more than 90 people had been killed"]


@pytest.mark.parametrize("text, content", [
    ("Asked where they would go next, the two brothers laughed.", "where they would go next"),
    ("Asked whether the bridge was open, the driver shook his head.", "whether the bridge was open"),
])
def test_opening_asked_with_a_question_is_an_impersonal_record(text: str, content: str) -> None:
    """G114, G85: 'Asked what ..., he ...' reports a question; the asker is unnamed (no SOURCE)."""
    assert _records(text) == [([], ["Asked"], [content])]


def test_opening_asked_with_a_request_is_no_record() -> None:
    assert _records("Asked to leave the hall, the families refused.") == []


# Round 37 (the brief names this file for the round's attribution tests).

@pytest.mark.parametrize("text", [
    "A baker who gave his name only as Karim said a quarter of the ovens on his street had gone cold.",
    "A nurse who gave her name as Dalia told a reporter that 12 patients were moved overnight.",
    "Some 200 families had put their names on the waiting lists, a volunteer said.",
])
def test_naming_formula_with_give_is_no_figure_record(text: str) -> None:
    """G114: 'gave his name as X' (and 'put their names on the lists') names, it does not
    give a figure: only the saying verb makes a record."""
    cues = [r[1] for r in _records(text)]
    assert all(c[0] not in ("gave", "put") for c in cues)
    assert len(cues) == 1


@pytest.mark.parametrize("text, content", [
    ("Farmers said the militia had burned the granary, a charge the militia leaders reject.",
     "the militia had burned the granary"),
    ("The mayor said guards had fired on the queue, an accusation the ministry denies.",
     "guards had fired on the queue"),
    ("Witnesses said soldiers took the livestock, charges the army deny.", "soldiers took the livestock"),
])
def test_zero_relative_with_present_cue_makes_no_record(text: str, content: str) -> None:
    """G324 with a present-tense closing verb ('a charge officials reject', 'an accusation
    the rebels deny'): the writer's comment, no record of its own."""
    assert [r[2] for r in _records(text)] == [[content]]


@pytest.mark.parametrize("text", [
    "The bridge, which the army calls Fort Hope, was shelled overnight.",
    "Families gathered near Dalvan, which the rebels call New Harbour, before dawn.",
])
def test_calling_a_place_by_a_name_is_no_attribution(text: str) -> None:
    """G114: a naming formula ('which the army calls Fort Hope') is no record."""
    assert _records(text) == []


def test_calling_in_lower_case_keeps_its_record() -> None:
    """G234: a characterisation in a relative clause keeps its record."""
    text = "The transfers are part of a scheme, which the council calls renewal."
    assert [r[1] for r in _records(text)] == [["calls"]]


@pytest.mark.parametrize("text, content", [
    ("The health office said in a toll released on Monday that 40 people had been killed.",
     "40 people had been killed"),
    ("The relief agency said in a note last week that more than 3,000 people had fled.",
     "more than 3,000 people had fled"),
    ("The governor said in a radio interview that the road was open again.", "the road was open again"),
])
def test_in_a_document_noun_before_that_is_a_manner_phrase(text: str, content: str) -> None:
    """G56: 'said in a toll released on Sunday that ...' — the document the saying came
    in, with its rider, modifies the saying; the content starts after 'that'."""
    assert [r[2] for r in _records(text)] == [[content]]


@pytest.mark.parametrize("text, content", [
    ('A district officer told reporters that "more than 3,000" had crossed by Monday.',
     '"more than 3,000" had crossed by Monday'),
    ('The radio, which said "bandits" and their families were being moved to the hills, gave no figure.',
     '"bandits" and their families were being moved to the hills'),
    ('The ministry said "armed gangs" had burned the market.', '"armed gangs" had burned the market'),
])
def test_quotation_opening_a_longer_clause_stays_inside_the_content(text: str, content: str) -> None:
    """G53: a quotation that is only the first words of the reported clause keeps its
    marks inside a content that runs to the clause's end."""
    assert _records(text)[0][2] == [content]


@pytest.mark.parametrize("text, content", [
    ('He said: "We will not leave the farm."', "We will not leave the farm"),
    ('She said "we will go back," and wept.', "we will go back"),
])
def test_whole_quotation_is_still_the_content(text: str, content: str) -> None:
    assert _records(text)[0][2] == [content]


@pytest.mark.parametrize("text, content", [
    ("Guards detained 14 men at the gate, and nine of them were freed after questioning, it was reported.",
     "Guards detained 14 men at the gate, and nine of them were freed after questioning"),
    ("However, two cranes were moved to the harbour this week, it is understood.",
     "two cranes were moved to the harbour this week"),
])
def test_postposed_impersonal_cue_reports_the_clause_before_it(text: str, content: str) -> None:
    """G42, G56: '<clause>, it was reported.' is an impersonal record with no SOURCE and
    the clause (without its opening connective) as CONTENT."""
    assert _records(text) == [([], [text.split(", it ")[-1].split()[-1][:-1]], [content])]


def test_postposed_impersonal_ends_a_preposed_content_and_takes_the_last_chunk() -> None:
    text = ("The council said that 200 men signed papers, a scheme that gives them a year to report, "
            "it is understood.")
    recs = _records(text)
    assert recs[0][2] == ["200 men signed papers, a scheme that gives them a year to report"]
    assert recs[1] == ([], ["understood"], ["a scheme that gives them a year to report"])


@pytest.mark.parametrize("text, content", [
    ("Families moved to the school because they were told it would be safer than the farms.",
     "it would be safer than the farms"),
    ("She was told her ration card would be ready next week.", "her ration card would be ready next week"),
])
def test_passive_tell_with_a_bare_clause_is_a_record_without_source(text: str, content: str) -> None:
    """G85: a personal passive of 'tell' with a clause but no 'that' is a record with no
    SOURCE, like 'was told that ...'."""
    assert _records(text) == [([], ["told"], [content])]


@pytest.mark.parametrize("text", [
    "They were told to bring one bag each.",
    "He was told the news on Monday.",
    "Families with children have been told they must go.",
])
def test_passive_tell_without_a_claim_makes_no_record(text: str) -> None:
    """G114: a directive ('told to leave', 'told they must go') or a thing told is none."""
    assert _records(text) == []


@pytest.mark.parametrize("text, source", [
    ("A second officer, who asked not to be named, said nine were wounded.",
     "A second officer, who asked not to be named"),
    ("A second nurse, who was on duty that night, put the number of dead at 14.",
     "A second nurse, who was on duty that night"),
])
def test_ordinal_second_opens_no_time_adverbial_before_a_source(text: str, source: str) -> None:
    """G45, G46: 'second' before a noun is an ordinal, not the time unit of an
    introductory adverbial, so the source with its relative clause is kept."""
    assert _records(text)[0][0] == [source]


def test_a_second_later_is_still_a_time_adverbial() -> None:
    assert _records("A second later, the guard said the gate was shut.")[0][0] == ["the guard"]


@pytest.mark.parametrize("text, source, cue", [
    ("Counts differ over market strike as army rejects blame\nKEMI, Jan. 4 — The strike hit at dawn.",
     "army", "rejects"),
    ("Toll rises as Kemi and Dalvan deny blame\nKEMI — The strike hit at dawn.", "Kemi and Dalvan", "deny"),
])
def test_reject_or_deny_blame_is_a_record_with_blame_as_content(text: str, source: str, cue: str) -> None:
    """G160: 'rejects blame' (no determiner) is a record, CONTENT 'blame'."""
    assert _records(text)[0] == ([source], [cue], ["blame"])
