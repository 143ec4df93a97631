"""Helpers for the annotator's tests on invented sentences (one home for all rounds).

Each annotator round's tests draft an invented sentence and read one layer back: the
COUNT categories by span text, the spans of a label, the attribution records as
(source, cue, content) strings. They were written once per round file; they live here
so that a change to how a layer is read back is made once.
"""

from __future__ import annotations

import datetime

from ghouta_corpus.annotate import annotate_text
from ghouta_corpus.model import Document


def doc(text: str, dct: datetime.date | None = None) -> Document:
    """The drafted document of ``text`` (doc id ``t``), resolved against ``dct`` if given."""
    return annotate_text(text, "t", dct=dct)[0]


def cats(text: str) -> dict[str, str | None]:
    """Each drafted COUNT's category, by the COUNT's text."""
    return {s.text: s.category for s in doc(text).spans if s.label == "COUNT"}


def spans(text: str, label: str) -> list[str]:
    """The texts of the drafted spans of ``label``, in document order."""
    return [s.text for s in doc(text).spans if s.label == label]


def count_layer(text: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]]]:
    """The drafted COUNTs as (text, category) and the COUNT_OF pairs as (count, target) texts."""
    d = doc(text)
    texts = {s.id: s.text for s in d.spans}
    return ([(s.text, s.category) for s in d.spans if s.label == "COUNT"],
            [(texts[r.count], texts[r.target]) for r in d.relations if r.type == "COUNT_OF"])


def mention_layers(text: str) -> tuple[list[str], list[str]]:
    """The drafted ACTOR and LOCATION texts, each in document order."""
    return spans(text, "ACTOR"), spans(text, "LOCATION")


def records(text: str, content_sep: str = " ") -> list[tuple[str, str, str]]:
    """Each drafted attribution record as (source, cue, content) texts; a record's several
    spans of one role are joined by a space (``content_sep`` for CONTENT, so that a test can
    tell a split content from a whole one)."""
    drafted = doc(text)
    texts = {s.id: s.text for s in drafted.spans}
    return [(" ".join(texts[i] for i in a.source), " ".join(texts[i] for i in a.cue),
             content_sep.join(texts[i] for i in a.content)) for a in drafted.attributions]


# Story preambles: one sentence of an evacuation story and one of a story of flight, put
# before an invented sentence so that the story's kind of movement (G77) is known.
EVACUATION_STORY = "Evacuation buses left the town all week, and more evacuees are expected. "
FLIGHT_STORY = "Thousands of families have fled the shelling, and refugees keep coming. "

# A two-sentence displacement story (G77): its figures make 'displaced' the story's
# situation, so a sentence put after it shows whether a rule keeps or overrides that.
# DISPLACEMENT_HEAD and DISPLACEMENT_HEAD_OF are what count_layer reads of the story alone.
DISPLACEMENT_STORY = ("About 5,000 people fled their villages last week after the attacks. "
                      "Some 2,000 displaced families now live in the camp. ")
DISPLACEMENT_HEAD = [("About 5,000", "displaced"), ("Some 2,000", "displaced")]
DISPLACEMENT_HEAD_OF = [("About 5,000", "people"), ("Some 2,000", "displaced families")]


def story_tail(story: str, sentence: str) -> list[tuple[str, str | None]]:
    """The COUNTs of ``sentence`` drafted after ``story`` (whose own COUNTs are dropped): a
    sentence's categories in a story of one kind of movement (the rounds' category tests)."""
    return count_layer(story + sentence)[0][len(count_layer(story)[0]):]
