"""Words at a noun head's place that are verbs or verb forms by their neighbours, no mention's head.

Why apart from mentions.py: each test reads a few words around one candidate head (a
figure before it, 'to' or an adverb before it and an article after it, a count and a
participle of harm after 'killed and'), one question each, asked by mentions._head
before the lexicon's heads.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx
from .lexicons import load
from .wordclass import can_be_verb, is_past_form, is_plural_noun, lemma, only_verb, word_classes


def after_figure(ctx: Ctx, h: int) -> bool:
    """Whether word h comes right after a figure ('45,000', 'one million', 'dozens of') and before no noun of its
    own: a demonym there is a noun ('45,000 Rohingya left'; not '52 Palestinian deaths', '100,000 Iraqi dinars')."""
    k, T, low = min(h + 1, ctx.n - 1), ctx.T, ctx.lows[h - 2 if h > 1 and ctx.lows[h - 1] == "of" else h - 1]
    noun = ctx.ws[k].text.isalpha() and ctx.ws[k].text.islower() and ctx.lows[k] not in T.closed \
        and (not can_be_verb(ctx.lows[k]) or is_plural_noun(ctx.lows[k]))
    return h > 0 and not (k > h and noun) and (low[:1].isdigit() or low in T.units or low in T.tens
                                               or low in T.scales or low in T.vague_words)


def bare_verb(ctx: Ctx, h: int) -> bool:
    """Whether a bare word (no determiner before it) is a verb by its neighbours: after
    'to' with an article or possessive after it (to guard the fields), after an
    adverb with one after it (police now man a checkpoint), or after a relative
    pronoun, past an adverb (who now volunteers at ...). A noun's head is never
    followed by an article, and a relative pronoun is followed by its verb."""
    T, lows = ctx.T, ctx.lows
    if h == 0 or h + 1 >= ctx.n:
        return False
    prev, nxt = lows[h - 1], lows[h + 1]
    article = nxt in ("the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "these", "some") \
        or nxt[:1].isdigit()                          # (camps already shelter some 150,000 people)
    k = h - 1
    while k > 0 and lows[k] in T.adverbs:
        k -= 1
    figure = nxt[:1].isdigit() or nxt in ("about", "roughly", "some", "nearly", "almost", "around", "over")
    return (prev == "to" or prev in T.adverbs) and article or lows[k] in ("who", "which") and k < h - 1 \
        or prev == "," and figure                     # The camp, one of 33, houses roughly 30,000 people


def elliptic_participle(ctx: Ctx, h: int) -> bool:
    """Whether a participle at h ('wounded', 'injured', 'displaced') is the verb of a
    clause whose auxiliary is left out, not a noun of people (G9, G10, G41's elided
    noun): after a count joined by 'and' to a clause with a past participle ('44 people
    were killed and more than 130 wounded'), after 'with' and a count ('with roughly
    100 others wounded'), or after the pronoun 'those' ('those displaced are
    children'). Not before a verb, whose subject it is ('12 wounded were carried'), nor
    after a comma alone ('12 were killed, 30 injured and ...': test_annotate_round35_of
    reads it as a noun). The noun stays a mention elsewhere: 'the wounded', 'dead and
    wounded', 'moves wounded and families out'."""
    lows, ws = ctx.lows, ctx.ws
    if not is_past_form(lows[h]) or not ws[h].text.islower() or h < 2:
        return False
    if lows[h - 1] == "those":
        return True
    k = h - 1
    if lows[k] == "others":
        k -= 1
    figure, words = k, _figure_words(ctx)                 # the union built once, not per word
    while k >= 0 and (ws[k].text[:1].isdigit() or lows[k] in words):
        k -= 1
    if k == figure or k < 1:
        return False                                  # no figure before the participle
    if h + 1 < ctx.n and (lows[h + 1] in ctx.T.auxiliaries or lows[h + 1] in ctx.T.be_forms):
        return False                                  # 12 wounded were carried to the clinic: the subject
    if lows[k] == "with":
        return True
    k -= 1 if lows[k] == "and" and lows[k - 1] == "," else 0
    return lows[k] == "and" and k >= 1 and is_past_form(lows[k - 1]) and ws[k - 1].text.islower()


def _figure_words(ctx: Ctx) -> frozenset[str]:
    """The words of a figure besides its digits: number words and the words of its bounds
    (numbers.json's units, tens, scales, vague words and bounds: 'more than', 'about')."""
    T = ctx.T
    return _bound_words() | frozenset(T.units) | frozenset(T.tens) | frozenset(T.scales) | T.vague_words


@cache
def _bound_words() -> frozenset[str]:
    """Each word of numbers.json's bounds ('at least' gives 'at' and 'least')."""
    return frozenset(w for b in load("numbers")["bounds"] for w in b.split())


def verb_before_object(ctx: Ctx, k: int) -> bool:
    """Whether word k, before a head, is a verb whose object the head is, not a
    modifier of it ('trying to [stop] civilians', 'and [let] aid workers through',
    'a group that [tracks] civilian casualties', 'We [receive] kidney patients'): a
    lower-case word the lexicon knows as a verb and the actor lexicon knows as no
    modifier or head, nor with the head as a two-word head (aid workers, border
    guards, host communities), after an infinitive's
    'to' that a verb in -ing or -ed governs, after 'and' as a form that is only a verb
    and no participle, or after 'that', 'which', 'who' or a subject pronoun as a base or
    -s form."""
    lows, ws, lex = ctx.lows, ctx.ws, ctx.lex
    low = lows[k]
    if k < 1 or not (ws[k].text.isalpha() and ws[k].text.islower()) or "VERB" not in word_classes(low):
        return False
    two = f"{low} {lows[k + 1]}" if k + 1 < ctx.n else ""
    if low in lex.premodifiers or low in lex.modifier_types or low in lex.actor_heads \
            or two in lex.actor_heads or two in lex.place_heads:
        return False                                  # (a place head may be a verb: to stop, that tracks)
    base, prev = lemma(low), lows[k - 1]
    present = base is not None and (low == base or low == base + "s" or low == base + "es")
    if prev == "to":
        before = lows[k - 2] if k >= 2 else ""
        return low == base and (before.endswith(("ing", "ed")) and "VERB" in word_classes(before)
                                or _infinitive_to(ctx, k - 1))
    if prev == "and":
        return present and only_verb(low) or _second_verb(ctx, k)
    return present and (prev in ("that", "which", "who") or ws[k - 1].text in ctx.T.subject_pronouns)


# Lemmas of verbs whose complement is a to-infinitive (English grammar, not a text's words):
# after them 'to' opens a verb, never a goal ('meant to stop', 'struggles to house').
_INFINITIVE_LEMMAS = frozenset(("mean", "struggle", "require", "need", "want", "try", "seek", "plan", "hope", "fail",
                                "aim", "refuse", "agree", "decide", "promise", "vow", "attempt", "continue", "begin",
                                "start", "rush", "scramble", "help", "ask", "order", "urge", "allow", "force",
                                "expect"))
_OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her", "us", "me", "you"))


def _infinitive_to(ctx: Ctx, t: int) -> bool:
    """Whether 'to' at word t opens an infinitive: a verb that takes one stands before it,
    perhaps with an object pronoun between ('is meant to [stop] militants', 'requires it to
    [receive] refugees', 'struggles to [house] arrivals'), so the word after 'to' is a verb
    and the people after it its object (G14: no pre-modifier), not 'moved to host families'."""
    lows = ctx.lows
    v = t - 2 if t >= 2 and lows[t - 1] in _OBJECT_PRONOUNS else t - 1
    return v >= 0 and ctx.ws[v].text.islower() and lemma(lows[v]) in _INFINITIVE_LEMMAS


def _second_verb(ctx: Ctx, k: int) -> bool:
    """Whether word k after 'and' is the second of two verbs, each with its object, of
    one subject ('made their way north and [paid] smugglers', 'suspended operations
    and [pulled] foreign staff', 'take fingerprints and [separate] men'): a verb of the
    same form (both past, or both bare) stands a few words before 'and', no
    determiner before it, and a word of its object, no verb of that form, right before
    'and' ('the injured and trapped residents' are one phrase). Where that object is a
    head of people or places, the words after 'and' are more likely a second object
    of the same kind ('struck army soldiers and mobilised militia fighters', 'support
    reception centres and host families'): no verb then."""
    lows, ws, T = ctx.lows, ctx.ws, ctx.T
    low = lows[k]
    past = is_past_form(low) and only_verb(low)
    bare = lemma(low) == low
    if k < 4 or not (past or bare) or is_past_form(lows[k - 2]) or not ws[k - 2].text.isalpha() \
            or lows[k - 2] in ctx.lex.actor_heads or lows[k - 2] in ctx.lex.place_heads:
        return False                                  # struck soldiers and mobilised fighters: two noun phrases
    for x in range(k - 3, max(0, k - 7), -1):
        t = ws[x].text
        if not t.isalpha() or lows[x] in T.prepositions and x < k - 3:
            return False
        if not t.islower() or lows[x - 1] in T.determiners or "VERB" not in word_classes(lows[x]):
            continue
        if past and is_past_form(lows[x]) or bare and not past and lemma(lows[x]) == lows[x] \
                and "NOUN" in word_classes(lows[k - 2]) and lows[x] not in T.closed:
            return True
    return False
