"""The adjectives and participles that open a common-noun place (G14, G65).

Why apart: the mention finder (mentions.py) reads a head's pre-modifiers from lexicon
lists; an adjective no list holds (open, shallow, closed, legitimate) is kept before a
place head only where the words before it show a noun phrase opening, a question of
its own that the finder asks once per place head.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx, Mention
from .lexicons import load
from .places import place_for
from .wordclass import is_plural_noun, word_classes
from .words import APOS, POSSESSIVES


def _adjective_like(ctx: Ctx, k: int) -> bool:
    """Whether word k is a lower-case word that can be an adjective, or a participle in
    -ing/-ed, and no closed-class list (determiners, numbers, prepositions, adverbs,
    cue verbs, time nouns, G235's 'single' and 'only') knows as something else."""
    T, t, low = ctx.T, ctx.ws[k].text, ctx.lows[k]
    if not (t.isalpha() and t.islower() and len(t) > 2) or low.endswith("ly"):
        return False
    if any(low in words for words in (T.closed, T.cue_forms, T.adverbs, T.time_nouns, T.prepositions, T.units,
                                      T.tens, T.determiners, T.sole_adjectives)):
        return False
    classes = word_classes(low)
    return "ADJ" in classes or ("VERB" in classes and low.endswith(("ing", "ed")))


def place_modifiers(ctx: Ctx, i: int, hs: int, blocked: set[int]) -> int:
    """The left edge of a common-noun place past the adjectives and participles before it
    (G14, G65): up to two lower-case words that can be adjectives or participles in
    -ing/-ed (open, shallow, surrounding, closed) are pre-modifiers where a determiner, a
    number, a preposition other than 'to', or 'and'/'or'/a comma after a place head,
    opens the phrase before them (in [open desert], two [shallow wells], churches and
    [open fields]); after a verb or 'to' they may be the verb (to leave camps), and an
    -ing word that is only a verb needs a determiner or a number (the [surrounding
    hamlets]; by shelling homes), so i stays. 'single', 'only' keep G235's rule; words of
    a COUNT or TIME (``blocked``) are never taken."""
    T, lows = ctx.T, ctx.lows
    k = i
    while k > 0 and i - k < 2 and ctx.gap(k - 1, k) == " " and ctx.seg_of[k - 1] == ctx.seg_of[hs] \
            and (k - 1) not in blocked and _adjective_like(ctx, k - 1):
        k -= 1
    if k == i or k == 0:
        return i
    prev = lows[k - 1]
    if prev in T.determiners or prev[:1].isdigit() or prev in T.units:
        return k
    if lows[k].endswith("ing") and "ADJ" not in word_classes(lows[k]):
        return i                                      # by shelling homes: a gerund after a preposition
    if prev in T.prepositions and prev != "to":
        return k
    if not (prev in ("and", "or", ",") and k >= 2 and lows[k - 2] in ctx.lex.place_heads):
        return i
    if lows[k].endswith("ed") and "VERB" in word_classes(lows[k]) and not _list_after_preposition(ctx, k - 2):
        return i                                      # shelled villages and bombed hospitals: a second verb
    return k


def governed_compound(ctx: Ctx, k: int) -> bool:
    """Whether the noun k before a place head opens a compound that a preposition or a
    genitive governs (G14: noun pre-modifiers stay): 'scattered to [nomad camps]',
    'sleeping in [learning centres]', 'the port's [customs yard]'. A preposition's
    object is a noun phrase, so the word is no verb there; a plural modifier takes a
    plural head only ('in [weapons stores]'; 'to families shelter' reads no compound).
    A word in -ing on either side may be a verb ('of burning homes', 'canoes crossing'):
    no compound is read there."""
    if k < 1 or ctx.lows[k] in ctx.lex.actor_heads or ctx.lows[k] in ctx.lex.place_heads \
            or ctx.lows[k].endswith("ing") or ctx.lows[k + 1].endswith("ing"):
        return False                                  # (of burning homes, dozens of canoes crossing: verbs)
    prev = ctx.lows[k - 1]
    genitive = prev == "s" and k >= 2 and ctx.ws[k - 2].text in APOS and ctx.gap(k - 2, k - 1) == ""
    if not (prev in ctx.T.prepositions or genitive) or "NOUN" not in word_classes(ctx.lows[k]):
        return False
    return not is_plural_noun(ctx.lows[k]) or is_plural_noun(ctx.lows[k + 1])


def _list_after_preposition(ctx: Ctx, h: int) -> bool:
    """Whether the list of places that place head h is in opens after a preposition or
    opens its sentence (from homes, hospitals and [flooded clinics]), not after a verb:
    after 'shelled villages and bombed', an -ed word may be a second past-tense verb."""
    T, lows = ctx.T, ctx.lows
    j = h
    while j >= 0 and ctx.seg_of[j] == ctx.seg_of[h] and (
            lows[j] in ctx.lex.place_heads or lows[j] in T.determiners or lows[j] in ("and", "or", ",")
            or lows[j][:1].isdigit() or (j < h and _adjective_like(ctx, j))):
        j -= 1
    return j < 0 or ctx.seg_of[j] != ctx.seg_of[h] or lows[j] in T.prepositions


def compass_adverb(ctx: Ctx, i: int, hs: int, h: int) -> bool:
    """Whether the compass noun h with pre-modifiers [i, hs) is an adverb of direction
    glued to the words before it (G11: headed north, the siege west of X, the horizon
    west of the road), not a region: a region is a compass noun opened by 'the' or a
    possessive (or, headline style, a place preposition), with adjectives or participles
    (an -ly adverb among them: the largely Kurdish north) before it (the [rebel-held east], Syria's
    [mountainous north], their [besieged west]); a modifier that can only be a noun or a
    verb (siege, horizon, way, headed with no determiner) is the phrase it ends."""
    T, lows = ctx.T, ctx.lows
    if not (i < hs and lows[h] in T.compass and lows[h] in T.place_needs_the):
        return False
    o = i
    while o > 0 and lows[o - 1].endswith("ly") and "ADV" in word_classes(lows[o - 1]):
        o -= 1                                        # the largely Kurdish north: the adverb left outside
    prev = lows[o - 1] if o > 0 else ""
    opened = prev in ("the", "s") or (prev in T.determiners and prev not in T.singular_determiners) \
        or prev in T.place_prepositions               # (fighting spread across rural north: headline style)

    def adjective(k: int) -> bool:
        t, cl = ctx.ws[k].text, word_classes(lows[k])
        if k + 1 < hs and lows[k].endswith("ly") and "ADV" in cl:
            return True                               # the largely Kurdish north, the sparsely populated east
        return "-" in t or t[:1].isupper() or "ADJ" in cl or (lows[k].endswith("ed") and "VERB" in cl)
    return not (opened and all(adjective(k) for k in range(i, hs)))


@cache
def _needs_determiner() -> frozenset[str]:
    """nouns.json's place heads that are places only with a determiner before them."""
    return frozenset(load("nouns")["place_needs_determiner"])


_OPENERS = frozenset(("a", "an", "the", "this", "that", "these", "those", "each", "every", "another", "one",
                      *POSSESSIVES))


def bare_mass_place(ctx: Ctx, i: int, h: int) -> bool:
    """Whether the place [i, h] has a head of nouns.json's 'place_needs_determiner' and no
    article, demonstrative, possessive, genitive or number before it: 'shelter' is then
    the supply (G127: had no shelter at all, fund winter shelter) and 'stop' the verb (to
    stop attacks), not the place of 'a shelter' or 'the first stop'."""
    if ctx.lows[h] not in _needs_determiner():
        return False
    if i == 0:
        return True
    if i >= 2 and ctx.lows[i - 1] in ctx.T.determiners and ctx.lows[i - 2] in _OPENERS:
        return False                                  # the first stop, the other shelter
    prev, p = ctx.lows[i - 1], ctx.ws[i - 1].text
    return not (prev in _OPENERS or p[:1].isdigit() or prev == "s" and i >= 2 and ctx.ws[i - 2].text in APOS)


def of_container(ctx: Ctx, h: int, m: Mention) -> bool:
    """Whether the place name ``m`` after 'HEAD of' (head at ``h``) names a larger place
    that holds the head's place, not the head's place itself (G16 leaves out only the
    generic word of 'the town of [Harasta]'): a possessor ('the main town of Somalia's
    Sool region'), a name with a region word after it ('the capital of Cabo Delgado
    province', '... of Upper Nile state'), or a country after any head but one of a
    country ('the capital of Syria'); the head is then a mention of its own (G7, G18)."""
    T, j = ctx.T, m.j
    if j + 1 < ctx.n and ctx.ws[j].text in APOS and ctx.lows[j + 1] == "s":
        return True
    if j < ctx.n and ctx.ws[j].text.islower() and ctx.lows[j] in T.place_descriptors:
        return True
    pl = m.place or place_for(ctx.mention_text(m), T, ctx.countries)
    return pl is not None and pl.kind == "country" and ctx.lows[h] not in ("country", "countries")


def hunted_sense(ctx: Ctx, i: int, h: int) -> bool:
    """Whether a place head that is as often what is hunted (nouns.json's hunted_heads: a
    quarry) at word h, its phrase from word i, names the hunted: bare after a possessive
    that no place preposition governs ('the hunters lost their quarry'); 'workers at
    their quarry', 'sheltered in a quarry', 'the stone quarry', 'our quarry and
    orchards' (listed with places) stay places."""
    lows = ctx.lows
    if lows[h] not in load("nouns")["hunted_heads"] or i != h or i < 1 or lows[i - 1] not in POSSESSIVES:
        return False
    if i >= 2 and (lows[i - 2] in ctx.T.place_prepositions or lows[i - 2] in ("to", "into", "from")):
        return False
    return not (h + 2 < ctx.n and lows[h + 1] in ("and", "or") and head_word_is_place(ctx, h + 2))


def head_word_is_place(ctx: Ctx, k: int) -> bool:
    """Whether word k, or the word after it, is a place head (our quarry and [olive] groves)."""
    return any(x < ctx.n and ctx.lows[x] in ctx.lex.place_heads for x in (k, k + 1))


# words that open a verb's object, not a clause after a plural noun (shelters thousands of ...)
_OBJECT_OPENERS = frozenset(("thousands", "hundreds", "dozens", "millions", "tens", "scores", "about", "around",
                             "roughly", "nearly", "almost", "over", "more", "up"))


def places_after_name(ctx: Ctx, name: Mention, s: int, h: int) -> bool:
    """Whether a place name right before lower-case words ending in a plural place head is
    a pre-modifier of one LOCATION NOM (G307: [Kemi camps], [Aro fence camps], [Sendi
    forest camps]): the places are several of their own, not the named town. Not after a
    coordination of names ('the Rhoo and Djaiba camps': the generic word goes, G16), not
    for units of a territory (places.json's name_descriptors: [Idlib] regions, [Kemi]
    districts) but for the places one town or region holds many of, which its name never
    names (places_inside_a_name: [Aro neighbourhoods], [eastern Kemi villages]), nor for the
    place's own parts or range (nouns.json's name_part_plurals: the [Ghouta] suburbs, the
    [Nuba] mountains)."""
    low = ctx.lows[h]
    places = load("places")
    if name.label != "LOCATION" or not low.endswith("s") or low in places["name_descriptors"] \
            and low not in places["places_inside_a_name"] \
            or low in load("nouns")["name_part_plurals"] or not is_plural_noun(low):
        return False
    if _after_a_name(ctx, name.i):
        return False
    before = ctx.lows[name.i - 1] if name.i > 0 else ""
    subject = before not in ctx.T.determiners and before not in ctx.T.prepositions   # (in the Idlib camps about ...)
    if subject and h + 1 < ctx.n and (ctx.lows[h + 1] in ctx.T.determiners or ctx.lows[h + 1] in ctx.T.pronouns
                          or ctx.lows[h + 1][:1].isdigit() or ctx.lows[h + 1] in _OBJECT_OPENERS):
        return False                                  # Kabul houses the ministry; Aleppo shelters thousands: a verb
    return all(ctx.ws[k].text.isalpha() and ctx.ws[k].text.islower() for k in range(s, h + 1))


def _after_a_name(ctx: Ctx, i: int) -> bool:
    """Whether the name at word i is coordinated with a name before it that shares its head
    ('the Rhoo and Djaiba camps', 'the Aleppo, Idlib and Hama camps'): a conjunction or comma
    right before it (a comma before the conjunction skipped) with a capitalised word before
    that. A conjunction after a plural head or a clause is none ('Idlib camps and Aleppo
    shelters', 'the camps flooded, and Aleppo shelters were full')."""
    k = i - 1
    if k < 1 or not (ctx.lows[k] in ("and", "or", "&") or ctx.ws[k].text == ","):
        return False
    k -= 1
    if ctx.ws[k].text == "," and ctx.lows[k + 1] != ",":
        k -= 1                                        # the Aleppo, Idlib, and Hama camps
    return k >= 0 and ctx.ws[k].text[:1].isupper()
