"""A story-level situation for civilian groups with no cue of their own (G144, G155, G304).

Why apart from categories.py and situations.py: those read a figure's own clause and
the count before it, one figure at a time; this reads the whole document once its
figures have their categories. In a story of flight whose figures mostly count the
displaced, families, households and people that no word of their clause places in
another situation ('dozens of families had followed the same route', 'dozens of
families have hung sheets', 'a third of the households had no latrine') are the
displaced the story is about (G155: flight may come from the story). A local cue still
wins (:func:`_local_cue`): a clause of care or screening counts patients (G179), a
capacity counts no one (G171), a loss of something other than life is no situation
(G77), a danger phrase or a negation places people itself (G304), and the rules of
kin, of a preposition's phrase, of a verb's object and of a verb of staying decide
what they govern (G305, G231; :mod:`.situations`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from .context import Ctx, Mention
from .lexicons import load
from .lodging import danger
from .phrase_acts import went_home
from .situations import GOVERNING_PREPOSITIONS, civilians_only, errand, part_situation
from .word_categories import NEGATIONS, no_fate
from .wordclass import lemma, only_verb
from .words import POSSESSIVES


@cache
def _care_lemmas() -> frozenset[str]:
    """The lemmas of categories.json's verbs of care, of a clinic's caseload and of
    interviews: a clause with one counts patients or sources (G179), not a situation."""
    c = load("categories")
    return frozenset(c["care_verbs"] + c["caseload_verbs"] + c["casualty_care_verbs"] + c["interview_verbs"])


@cache
def _care_words() -> frozenset[str]:
    """categories.json's capacity words, complaints of care and nouns of patients."""
    c = load("categories")
    return frozenset(c["capacity_words"] + c["care_complaints"] + c["care_nouns"])


@cache
def _risk_words() -> frozenset[str]:
    """The last words of categories.json's danger phrases ('at risk', 'in (grave) danger'):
    people said to be in danger or out of it are placed by that phrase (G304), not the story."""
    return frozenset(p[-1] for p in danger())


def _local_cue(ctx: Ctx, s: int, e: int) -> bool:
    """Whether the clause of the figure over words [s, e) places its people in no
    story situation: a word of care, screening, interview or capacity in its sentence,
    a danger phrase or a negation (G304), a return home after it (G312,
    :func:`~.phrase_acts.went_home`), a loss of something other than life after it
    (:func:`no_fate`), an errand ('waited outside the school for their parents',
    :func:`situations.errand`), a verb of being or staying somewhere after it
    (categories.json's company_verbs, which :func:`situations.group_situation` reads), or a
    possessive, a preposition or a verb right before it, whose own rules decide (G305:
    kin; G231: 'tents set up for 300 families'; 'the census counted 40,000 residents')."""
    lo, hi = ctx.seg_range(s)
    lows = ctx.lows
    if any(lemma(w) in _care_lemmas() or w in _care_words() or w in NEGATIONS for w in lows[lo:hi]) \
            or no_fate(ctx, e, hi) or errand(ctx, e, hi) or any(lows[x] in _risk_words() or went_home(ctx, x)
                                                                for x in range(e, hi)):
        return True                                   # (... have since gone home: G312)
    if any(lemma(w) in load("categories")["company_verbs"] for w in lows[e:hi]):
        return True                                   # (spent their savings on rent: situations.group_situation's)
    prev = lows[s - 1] if s > lo else ""
    return prev in POSSESSIVES or prev in GOVERNING_PREPOSITIONS or prev in ctx.T.place_prepositions \
        or _governing_verb(ctx, s - 1) if s > lo else False


def _governing_verb(ctx: Ctx, k: int) -> bool:
    """Whether word k is a lower-case verb that takes the figure after it as its object
    ('the census counted 40,000 residents'), not an auxiliary and not a plain verb of
    saying ('said dozens of families had followed': a report; its cue is unconditional)."""
    low, cue = ctx.lows[k], ctx.T.cue_forms.get(ctx.ws[k].text)
    return ctx.ws[k].text.islower() and only_verb(low) and low not in ctx.T.auxiliaries \
        and not (cue is not None and cue["kind"] == "verb" and not cue.get("conditional"))


def leading_flight(categories: list[str], movement: str) -> str | None:
    """'displaced' where the story's kind of movement is flight (:func:`movement.movement_kind`) and no
    category of its figures of people (``categories``, 'other' left out) outnumbers the displaced, though
    these are no majority (:func:`situations.topic`): a report of an exodus also counts its dead, wounded
    and those who stayed, and its civilian groups with no cue of their own are still the people who fled
    (G155, G304); else None."""
    people = [c for c in categories if c != "other"]
    if movement != "displaced" or "displaced" not in people:
        return None
    n = people.count("displaced")
    return "displaced" if all(people.count(c) <= n for c in set(people)) else None


def story_flight(ctx: Ctx, figures: list[tuple[int, int]], links: Iterable[tuple[tuple[int, int, Any], Mention]],
                 categories: dict[int, str], story: tuple[str | None, str]) -> None:
    """Give 'displaced' to each figure (start, end) of a civilian group (its targets in
    ``links``, :func:`situations.civilians_only`) that the rules left 'other', where both what the
    story's figures mostly count (or, short of a majority, count more than any other category:
    :func:`leading_flight`) and its kind of movement (``story``: :func:`situations.topic`,
    :func:`movement.movement_kind`) are flight, unless a local cue says otherwise
    (:func:`_local_cue`; G155, G304)."""
    if story != ("displaced", "displaced"):
        return
    targets: dict[int, list[Mention]] = {}
    for (s, _e, _v), t in links:
        targets.setdefault(s, []).append(t)
    for s, e in figures:
        kin = targets.get(s, [])
        if categories[s] != "other" or not civilians_only(ctx, kin) or _local_cue(ctx, s, e):
            continue
        if e + 1 < ctx.n and ctx.lows[e] == "of" and (ctx.lows[e + 1] in ctx.T.determiners
                                                     or ctx.lows[e + 1] in POSSESSIVES or ctx.lows[e + 1] == "those"):
            #                                           a part of a set: what it is or has (G145)
            categories[s] = part_situation(ctx, s, kin, None, "displaced") or "other"
        else:
            categories[s] = "displaced"
