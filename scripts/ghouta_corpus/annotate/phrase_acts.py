"""Verb phrases that report what became of the people a figure counts (G39, G77, G312, G364,
G385): signing up for a departure, going home, being rescued, remaining in a critical condition.

Why apart from senses.py: each reads a phrase around one verb and gives a category
whatever the story's movement, and senses.py (the phrasal and passive readings) asks them
in turn; they grow by phrase, and someone adding one opens this file only. Their words are
categories.json's.
"""

from __future__ import annotations

from .context import Ctx
from .lexicons import load
from .lodging import negated
from .wordclass import lemma, only_verb
from .words import POSSESSIVES


def casualty_state(lows: list[str], a: int, hi: int) -> bool:
    """Whether the words from a, right after a verb of staying ('remain', 'remains'), name
    the state of a casualty: a word of categories.json's 'casualty_states' among the next
    four ('remain in a critical condition', 'remain critical', 'remains in serious
    condition', 'remain in intensive care') or 'in hospital': people who remain so are the
    attack's wounded, 'injured', not people who stayed somewhere (G385, G179). Not 'remain
    in serious danger' nor 'in poor conditions' (how people live, not a patient's state)."""
    words = lows[a:min(hi, a + 4)]
    return any(w in load("categories")["casualty_states"] for w in words) or words[:2] == ["in", "hospital"]


def signed_up(ctx: Ctx, k: int) -> bool:
    """Whether the verb at word k puts people's own names on a list (categories.json's
    'listing_verbs', by lemma: put, add, write; then a possessive, 'names', and 'list' or
    'lists' within four words: 'had put their names on the lists to leave', 'added their
    names to the list'): people signing up for the departure an evacuation deal organises
    are counted in it, 'evacuated' (G77: an organised evacuation, its departure included),
    whatever the story's movement; not a list 'for' something else ('put their names on
    the list for food aid') nor the names of others ('put the names of 40 dead on a list')."""
    lows = ctx.lows
    if lemma(lows[k]) not in load("categories")["listing_verbs"] or not ctx.ws[k].text.islower() \
            or k + 2 >= ctx.n or lows[k + 1] not in POSSESSIVES or lows[k + 2] != "names":
        return False
    x = next((y for y in range(k + 3, min(ctx.n, k + 7)) if lows[y] in ("list", "lists")), None)
    return x is not None and (x + 1 >= ctx.n or lows[x + 1] != "for")


def went_home(ctx: Ctx, k: int) -> bool:
    """Whether the lower-case verb at word k reports people going home (G312: a return is
    none of the COUNT categories, 'other'): a verb of movement (categories.json's
    movement_verbs) right before 'home' or 'back' ('have since gone home', 'have gone
    back', 'had crossed back into Syria'), or 'return' before 'home' or before 'to' and
    one of 'return_goals' in the three words after it ('returned to homes without water',
    'returned to their villages'); not with a figure right after it ('brought back 300
    prisoners': an object, whose fate is another's), nor negated ('have not gone home':
    still away, displaced), nor 'went back to school', nor in a sentence of an exchange
    ('have since come home in prisoner swaps': released, G77)."""
    lows, c = ctx.lows, load("categories")
    lo, hi = ctx.seg_range(k)
    if not ctx.ws[k].text.islower() or k + 2 >= hi or negated(lows, k - 3, k) \
            or set(lows[lo:hi]) & set(c["exchange_words"]):
        return False                                  # (came home in prisoner swaps: released, G77)
    if lows[k] in c["movement_verbs"] and lows[k + 1] in ("home", "back"):
        nxt = lows[k + 2]
        return not (nxt[:1].isdigit() or nxt in ctx.T.units or nxt in ctx.T.tens) \
            and not (lows[k + 1] == "back" and nxt == "to" and set(lows[k + 3:k + 5]) & {"school", "work"})
    return lemma(lows[k]) == "return" and only_verb(lows[k]) and (
        lows[k + 1] == "home" or lows[k + 1] == "to" and bool(set(lows[k + 2:k + 5]) & set(c["return_goals"])))


def rescued(ctx: Ctx, k: int) -> str | None:
    """The category of people the lower-case verb at word k rescues or pulls out (G364): a
    form of 'rescue', or of 'pull' with 'out' in the five words after it ('troops had
    rescued more than 1,600 residents', 'her drivers pulled out dozens of people a day'):
    people taken out of a besieged town or a fighting area are 'evacuated' (G351), unless
    the sentence has a word of categories.json's 'rubble_words' ('pulled 30 people from the
    rubble', 'pulled 39 people out alive', 'from the collapsed building') or 'from' or 'out
    of' a home or building of 'scene_places' after it ('pulled dozens of people out of
    homes'): a rescue at the scene of the attack is none of the categories, 'other'; None
    for any other word."""
    lows = ctx.lows
    if not ctx.ws[k].text.islower() or not only_verb(lows[k]) or not (
            lemma(lows[k]) == "rescue" or lemma(lows[k]) == "pull" and "out" in lows[k + 1:min(ctx.n, k + 6)]):
        return None
    lo, hi = ctx.seg_range(k)
    c = load("categories")
    scene = any(lows[x] in ("from", "of") and set(lows[x + 1:x + 4]) & set(c["scene_places"]) for x in range(k, hi))
    return "other" if scene or set(lows[lo:hi]) & set(c["rubble_words"]) else "evacuated"
