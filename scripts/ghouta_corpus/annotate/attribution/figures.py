"""The figure-giving frame of a preposed cue (G116, G176): 'put the toll at 478',
'cited a figure of 10,000', 'counted 40 dead'.

Why a module of its own: the figure's noun phrase has edges of its own (a compared
figure after a comma, a rider that breaks the figure down, a running tally), which grow
with new text apart from the other frames of ``preposed``.
"""

from __future__ import annotations

from ..lexicons import load
from ..numbers import count_at
from ..wordclass import word_classes
from . import extent
from .finder import Cue, Finder
from .grammar import dash
from .records import Rec

Spans = list[tuple[int, int]]


def figure(f: Finder, cue: Cue, src: Spans) -> None:
    """A figure-giving verb (G116): put the total at 478, cited a figure of 10,000: the
    noun phrase with the figure, only where a number is written (the object of 'put' is
    what the figure measures, never the figure: 'put three families in a tent' is none)."""
    a = cue.c + 1
    if f.lw(a + 1) in f.A["naming_nouns"]:
        return                                        # gave his name as Samer: a naming formula (G114)
    if cue.lemma == "speak" and f.lw(a) != "of" or cue.lemma == "raise" and not any(
            f.lw(k) in load("categories")["figure_nouns"] for k in range(a, min(cue.hi, a + 3))):
        return                                        # spoke of N; raised its toll to N (not raised concerns)
    a += cue.lemma == "speak"
    end = extent.content_end(f, a, cue.hi)
    counted = cue.lemma in ("count", "document")      # the object is the counted noun phrase itself
    k, seen = _figure_end(f, a, end, counted)
    if seen and not counted and f.tw(k) == ",":
        k = _rider_end(f, k, end)                     # put the toll at 50, five of them children
    if counted and any(f.lw(x) in ("there", "here", "at", "inside") for x in range(a, min(end, k + 1))):
        return                                        # staff counted 900 people there: a head count on the spot (G176)
    if cue.lemma == "count" and _head_counter(f, src) and not any(
            tuple(f.c.lows[x:x + len(m)]) == m for x in range(a, end) for m in _TALLY):
        return                                        # his team counted 40 dead; I counted nine trucks (G176)
    if cue.lemma == "put" and count_at(f.c.ws, f.c.lows, a, f.T) is not None:
        return                                        # put the toll at 30; not 'put three families in a tent'
    if seen:
        cs = f.content_span(a, k)
        if cs:
            f.add(Rec(cue.spans(f), src, [(*cs, False), *_rider_after_time(f, k, end)], cue.c, inside=cue.q))


def _rider_after_time(f: Finder, k: int, end: int) -> list[tuple[int, int, bool]]:
    """The rider after a time adverbial that closed the figure ('raised its estimate to 53
    dead on Thursday, [six of them children]'): a second CONTENT span of the record, the
    adverbial interrupting the figure's noun phrase (G54, G56); none otherwise."""
    if k >= end or not _time_of_saying(f, k, end):
        return []
    x = f.time_adv_right(k, end)
    x += x < end and f.lw(x) in f.T.time_nouns
    if f.tw(x) != ",":
        return []
    r = _rider_end(f, x, end)
    cs = f.content_span(x + 1, r) if r > x + 1 else None
    return [(*cs, False)] if cs else []


def _figure_end(f: Finder, a: int, end: int, counted: bool) -> tuple[int, bool]:
    """Where a figure's noun phrase from word a ends, and whether a figure was met: at a
    comma or ';' (past one that sets off a compared figure, and past a quotation after it:
    'put the figure lower, at "a couple of hundred, mostly ..."'), at 'and'/'but' before an
    auxiliary once the figure is met ('and has since ...'), and where the object is the
    counted noun phrase itself, at a preposition after the figure ('documented 52 deaths in
    a report')."""
    k, seen = a, False
    while k < end and (f.tw(k) not in (",", ";") or not seen and compared_figure(f, a, k, end)) \
            and not (seen and counted and f.lw(k) in ("in", "by", "on")) \
            and not (seen and f.lw(k) in ("and", "but") and f.lw(k + 1) in f.T.auxiliaries) \
            and not (seen and _time_of_saying(f, k, end)):
        q = f.c.quote_open.get(k)
        if not seen and q is not None and q.close_w is not None and f.tw(k - 1 - (f.lw(k - 1) == "at")) == ",":
            return q.close_w + 1, True                # a quoted figure after the compared comma
        seen = seen or count_at(f.c.ws, f.c.lows, k, f.T) is not None
        k += 1
    return k, seen


def _time_of_saying(f: Finder, k: int, end: int) -> bool:
    """Whether a time adverbial at k closes the figure's clause ('put the toll at 116 [on
    Saturday]', 'put the number at 117 [on Sunday evening], but ...'): it dates the giving of the
    figure, not the figure, so it stays out of the CONTENT like any adverbial of a preposed
    cue (G56)."""
    x = f.time_adv_right(k, end)
    T = f.T
    if x > k and x < end and f.lw(x) in T.time_nouns:
        x += 1                                        # on Sunday evening
    dated = any(f.tw(y) in T.weekdays or f.tw(y) in T.months or f.lw(y) in T.time_nouns for y in range(k, x))
    opens = f.lw(k) in ("on", "late", "early", "last", "this") and f.lw(k - 1) not in T.prepositions
    return x > k and dated and opens and (x >= end or f.tw(x) in (",", ";") or f.sentence_end(x, end))


def compared_figure(f: Finder, a: int, k: int, end: int) -> bool:
    """Whether the comma at word k, before any figure, sets off the figure that a comparative
    in the object compares (G116: 'put the number of dead higher, at 64', 'gave a lower
    number, 2,000', 'counted fewer, about 250,000'): a comparative among words [a, k) (more,
    fewer, less, or an adjective in -er) and a figure at k + 1, or at k + 2 after 'at'."""
    def comparative(low: str) -> bool:
        return low in ("more", "fewer", "less") or low.endswith("er") and "ADJ" in word_classes(low)
    y = k + 1 + (f.lw(k + 1) == "at")
    return f.tw(k) == "," and y < end and any(comparative(f.lw(x)) for x in range(a, k)) and (
        count_at(f.c.ws, f.c.lows, y, f.T) is not None or y in f.c.quote_open)


# A running total since a point in time ('have counted 212 deaths since the siege began',
# 'so far', 'to date'): a figure kept and given, not heads counted on the spot (G176).
_TALLY = tuple(tuple(m.split()) for m in load("attribution")["tally_marks"])


def _head_counter(f: Finder, src: Spans) -> bool:
    """Whether the source is people who count heads where they stand (G176; attribution.json's
    'head_counters'): the head of its last comma-separated part, before any preposition
    ('Health staff at the clinic', 'his team', 'I', 'UNHCR teams': a body's teams on the spot
    too), not an agency or officials, nor a body whose name opens with such a word
    ('Doctors Without Borders': the head and the word after it capitalised)."""
    if not src:
        return False
    words = f.c.text[src[-1][0]:src[-1][1]].rsplit(",", 1)[-1].split()
    head = next((k for k, w in enumerate(words) if k and w.lower() in f.T.prepositions), len(words))
    if head < len(words) and words[head - 1][0].isupper() and words[head][0].isupper():
        return False
    return head > 0 and words[head - 1].lower() in f.A["head_counters"]


def _rider_end(f: Finder, k: int, end: int) -> int:
    """Where a figure's content ends when a comma (word k) follows the figure: past a
    rider that breaks the figure down (attribution.json's 'figure_riders', 'N of them')
    or hedges it with another figure or a comparative ('figure_hedges': 'and possibly
    higher', 'perhaps as many as 60'), up to the next comma, ';' or dash; else at the
    comma (the writer's comment or explanation: 'possibly because ...', 'among the
    highest of the war')."""
    x = k + 1 + (f.lw(k + 1) in ("and", "or"))
    nums = count_at(f.c.ws, f.c.lows, x, f.T)
    of_them = nums is not None and f.lw(nums.end) == "of" and f.lw(nums.end + 1) in ("them", "whom")
    if f.lw(x) in f.A["figure_hedges"]:
        rider = _hedged_figure(f, x + 1)
    else:
        rider = of_them or f.lw(x) in f.A["figure_riders"] and not _comment_after(f, x + 1)
    if not rider:
        return k
    k = x
    while k < end and f.tw(k) not in (",", ";") and not dash(f.c, k):
        k += 1
    return k


def _hedged_figure(f: Finder, y: int) -> bool:
    """Whether a hedge word before word y hedges the figure: another figure or a
    comparative follows it, past adverbs ('possibly higher', 'perhaps even more',
    'probably as many as 60')."""
    while f.lw(y) in f.T.adverbs:
        y += 1
    low = f.lw(y)
    return count_at(f.c.ws, f.c.lows, y, f.T) is not None or low in ("more", "fewer", "less") or (
        low.endswith("er") and "ADJ" in word_classes(low))


def _comment_after(f: Finder, y: int) -> bool:
    """Whether the words from y after a rider word are the writer's comment, not a
    breakdown: a clause or an infinitive ('mostly because ...', 'mainly to ...') or a
    superlative ('among the highest of the war', 'among the deadliest')."""
    low = f.lw(y)
    if low in f.T.subordinators or low == "to":
        return True
    if low in ("the", "its", "their"):
        low = f.lw(y + 1)
    return "ADJ" in word_classes(low) and (low.endswith("est") or low in ("worst", "most", "least"))
