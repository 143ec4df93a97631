"""Review of annotator round twenty-nine's category rules on new invented text (issue 11):
invented sentences only, never dev ones; each test reads the whole COUNT layer back
(categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import DISPLACEMENT_HEAD as _HEAD
from sentences import DISPLACEMENT_HEAD_OF as _HEAD_OF
from sentences import DISPLACEMENT_STORY as _STORY
from sentences import count_layer

# a casualty toll: its two figures, read alone
_TOLL = "The death toll from the shelling rose to 52 on Tuesday, and 120 people were wounded. "
_TOLL_HEAD = [("52", "killed"), ("120", "injured")]
_TOLL_HEAD_OF = [("120", "people")]


def _after_story(sentence: str, layer: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
    assert count_layer(_STORY + "\n\n" + sentence) == (_HEAD + layer[0], _HEAD_OF + layer[1]), sentence


def _after_toll(sentence: str, layer: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
    assert count_layer(_TOLL + sentence) == (_TOLL_HEAD + layer[0], _TOLL_HEAD_OF + layer[1]), sentence


def test_the_toll_preamble_reads_as_the_tests_assume():
    assert count_layer(_TOLL) == (_TOLL_HEAD, _TOLL_HEAD_OF)


def test_wounded_people_remaining_after_others_were_evacuated_stay_wounded():
    # evacuated_wounded: the evacuation of a subordinate clause is the others', not theirs
    _after_story("About 40 wounded people remain after 300 others were evacuated.",
                 ([("About 40", "injured"), ("300", "evacuated")], [("About 40", "wounded people"), ("300", "others")]))
    _after_story("About 40 wounded people remain while 300 others were evacuated.",
                 ([("About 40", "injured"), ("300", "evacuated")], [("About 40", "wounded people"), ("300", "others")]))


def test_wounded_people_evacuated_to_a_hospital_keep_their_harm():
    # G351: casualties of the reported attack carried to a hospital keep 'injured'; a
    # hospital in a further place or across a border is an evacuation
    for sentence in ("Dozens of wounded fighters were evacuated to hospital.",
                     "Dozens of wounded fighters were evacuated to the city's main hospital.",
                     "Dozens of wounded fighters were evacuated by ambulance to the nearest hospital."):
        _after_toll(sentence, ([("Dozens", "injured")], [("Dozens", "wounded fighters")]))
    for sentence in ("Dozens of wounded fighters were evacuated to hospitals in Turkey.",
                     "Dozens of wounded fighters were evacuated to hospital in Damascus."):
        _after_toll(sentence, ([("Dozens", "evacuated")], [("Dozens", "wounded fighters")]))
    _after_story("About 40 wounded people were airlifted to a hospital across the border.",
                 ([("About 40", "evacuated")], [("About 40", "wounded people")]))
    _after_story("About 40 wounded people were evacuated by road to Damascus.",
                 ([("About 40", "evacuated")], [("About 40", "wounded people")]))


def test_a_camp_that_holds_displaced_families_lodges_them():
    # aa3510c's lodging reading of 'it (now) holds' reached no figure with a participle of
    # its own, whose verb before it still read 'holds' as detention; and a captive noun of
    # a second phrase after 'and' made the first one held (G155)
    _after_story("The camp opened last year. It now holds more than 300 displaced families.",
                 ([("more than 300", "displaced")], [("more than 300", "displaced families")]))
    _after_story("The camp holds 300 displaced families.", ([("300", "displaced")], [("300", "displaced families")]))
    _after_story("The camp opened last year. It now holds more than 300 displaced families and 40 prisoners of war.",
                 ([("more than 300", "displaced"), ("40", "detained")],   # captives are held (18c350f)
                  [("more than 300", "displaced families"), ("40", "prisoners")]))
    # captives and a verb of detention keep their reading
    _after_story("The militia seized the town. It holds about 300 displaced men as hostages.",
                 ([("about 300", "detained")], [("about 300", "displaced men")]))
    _after_story("Troops detained 20 displaced men.", ([("20", "detained")], [("20", "displaced men")]))
