"""EVENT triggers: general rules that fixed the two gold articles' misses without a word
of theirs (G6, G63, G99, G102). Invented sentences; each assertion fails on the code
before the change it names."""

from __future__ import annotations

from ghouta_corpus.annotate import annotate_text


def events(text: str) -> list[tuple[str, str | None]]:
    doc, _ = annotate_text(text, "t")
    return [(s.text, s.event_type) for s in doc.spans if s.label == "EVENT"]


def test_opening_a_corridor_in_quote_marks_is_still_an_opening():
    # quote marks are no words: 'opened a new "safe corridor"' has its place noun four words on
    assert events('The army said it had opened a new "safe corridor" near the town.') == [("opened", "other")]
    assert events("Soldiers opened fire on the crowd.") == []                                # must not fire


def test_in_return_for_names_terms_not_a_return():
    assert events("The fighters gave up their weapons in return for buses north.") == []
    assert events("Families hope to return next spring.") == [("return", "other")]           # must still fire


def test_the_wounded_and_the_displaced_are_people_not_occurrences():
    # G63: a participle of harm or flight after 'the' or 'of' with no noun after it stands for the people
    assert events("Convoy of wounded\n\nThe convoy left at dawn.") == [("left", "evacuation")]
    assert events("Doctors treated the wounded in a tent.") == []
    assert events("Shells wounded 12 people.") == [("wounded", "casualty")]                 # a verb


def test_a_participle_before_a_demonym_is_a_premodifier():
    # G99: 'internally displaced Somalis' names people; the trigger would be a head of its own
    assert events("Nearly a million internally displaced Somalis live in the camps.") == []


def test_headings_and_promotional_lines_carry_events_too():
    # G6: boilerplate (a WATCH line) is annotated like any other text
    text = "Talks resume in the capital.\nWATCH: Villagers flee shelling in the north (3:10)\nThe talks resumed."
    got = events(text)
    assert ("flee", "displacement") in got and ("shelling", "attack") in got


def test_a_participle_inside_a_place_name_is_no_trigger():
    assert events("Reporters waited at the Bab Salama crossing point for hours.") == []
    assert ("crossing", "displacement") in events("Thousands fled, many crossing the border on foot.")   # a verb


def test_the_first_of_two_coordinated_premodifiers_is_no_trigger():
    # G99: in 'siege and missile tactics' both nouns modify 'tactics'
    assert events("The army used siege and missile tactics for years.") == []
    assert events("The army used siege and blockade tactics.") == [("siege", "attack")]     # 'blockade': no trigger
    assert ("siege", "attack") in events("The siege and the bombing lasted for years.")     # two heads


def test_verbs_before_names_and_demonyms_stay_triggers():
    # the pre-modifier readings above never swallow a verb with its object
    assert events("On Monday Russia bombed villages near the river.") == [("bombed", "attack")]
    assert events("Government forces reportedly killed Syrians near the border.") == [("killed", "casualty")]
    assert events("A new bakery opened on the main road.") == []                             # no corridor
