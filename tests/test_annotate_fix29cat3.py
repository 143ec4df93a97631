"""Third review of annotator round twenty-nine's category rules on new invented text
(issue 11): invented sentences only, never dev ones; each test reads the whole COUNT
layer back (categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import count_layer


def test_wounded_evacuated_with_a_coordinated_noun_phrase():
    # G77/G342: an 'and' right after the counted phrase, before a possessive, an article or
    # a figure, joins a second subject of the same verb; after a verb of theirs it opens a
    # clause of others (G351: those stay injured)
    assert count_layer("About 40 wounded people and their families were evacuated.") == (
        [("About 40", "evacuated")], [("About 40", "wounded people"), ("About 40", "families")])
    assert count_layer("About 40 wounded people and 300 others were evacuated.") == (
        [("About 40", "evacuated"), ("300", "evacuated")], [("About 40", "wounded people"), ("300", "others")])
    assert count_layer("About 40 wounded people remain and 300 others were evacuated.") == (
        [("About 40", "injured"), ("300", "evacuated")], [("About 40", "wounded people"), ("300", "others")])
    assert count_layer("About 40 wounded people and their families stayed and the fighters were evacuated.") == (
        [("About 40", "injured")], [("About 40", "wounded people"), ("About 40", "families")])


def test_later_list_item_of_captives_keeps_its_own_category():
    # G77: captives are people held; the participle of a list's first item is not theirs,
    # but a verb of the whole list still decides (released, exchanged)
    for sentence in ("The camp holds 300 displaced families and 40 prisoners of war.",
                     "The camp hosts 300 displaced families and 40 prisoners of war.",
                     "There are 300 displaced families and 40 prisoners of war in the camp."):
        assert count_layer(sentence)[0] == [("300", "displaced"), ("40", "detained")], sentence
    assert count_layer("The camp holds 300 displaced families and 40 children.")[0] == [
        ("300", "displaced"), ("40", "displaced")]
    assert count_layer("The army released 300 civilians and 40 prisoners.")[0] == [
        ("300", "released"), ("40", "released")]
