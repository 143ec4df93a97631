"""More general English/news patterns of the annotator, one invented sentence each.

None of these sentences comes from the gold articles or the development set; each
pins one rule of dataset/GUIDELINES.md (named in the test) in the stage that owns it.
"""

from __future__ import annotations

from ghouta_corpus.annotate import annotate_text


def spans(text: str, label: str) -> list[str]:
    doc, _ = annotate_text(text, "t")
    return [s.text for s in doc.spans if s.label == label]


def records(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    doc, _ = annotate_text(text, "t")
    by_id = {s.id: s.text for s in doc.spans}
    return [([by_id[i] for i in r.source], [by_id[i] for i in r.cue], [by_id[i] for i in r.content])
            for r in doc.attributions]


# -- places (G11) -------------------------------------------------------------

def test_a_compass_word_after_a_noun_is_an_adverb_not_part_of_the_place():
    assert spans("The families reached Kelmor, a town west of Dunbar.", "LOCATION") == ["Kelmor", "town", "Dunbar"]
    assert "villages" in spans("Farmers in villages east of the river left.", "LOCATION")
    assert spans("She looked towards the road north.", "LOCATION") == ["road"]
    assert "relatives" in spans("Buses carried the fighters and their relatives north towards the border.", "ACTOR")
    assert spans("Fighting resumed in the north.", "LOCATION") == ["north"]     # 'the north' stays a place


def test_a_place_name_with_a_genitive_inside_stays_whole():
    assert "Cox\u2019s Bazar" in spans("Aid workers in Cox\u2019s Bazar, Bangladesh, said the camps were full.",
                                       "LOCATION")
    text = "COX'S BAZAR, Bangladesh, May 3 (Wire) - Boats kept arriving in Bangladesh on Sunday."
    assert spans(text, "LOCATION")[0] == "COX'S BAZAR"


# -- attribution (G45, G53, G61) ----------------------------------------------

def test_a_dateline_is_not_the_source_of_a_postposed_said():
    text = ("Boats keep coming\n\nTARVIN, Armenia - More than 5,000 people have crossed into Armenia since Monday, "
            "the Armenian government said on Friday, nearly half of the valley's population.")
    assert records(text) == [(["the Armenian government"], ["said"],
                              ["More than 5,000 people have crossed into Armenia since Monday"])]


def test_a_verbless_comment_after_said_leaves_the_cue_closing_its_clause():
    text = "About 9,000 people have fled since the storm, the agency said on Tuesday, up from 3,000 a day earlier."
    assert records(text) == [(["the agency"], ["said"], ["About 9,000 people have fled since the storm"])]
    assert records("The ministry said on Monday, the convoy had left.") == [
        (["The ministry"], ["said"], ["the convoy had left"])]


def test_an_abbreviation_keeps_its_point_at_the_end_of_a_content():
    text = "At least 12 buses left the camp shortly after 10 a.m., according to residents."
    assert records(text)[0][2] == ["At least 12 buses left the camp shortly after 10 a.m."]
    assert records("The convoy left at dawn, officials said.")[0][2] == ["The convoy left at dawn"]
