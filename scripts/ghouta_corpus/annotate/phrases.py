"""Noun-phrase shapes: lexicon heads, noun compounds, pre-modifiers and appositives.

Why apart: both the name rules (an appositive after a name, G17) and the common-noun
mention finder (a head with its pre-modifiers, G13-G18) read noun phrases the same
way, and neither should import the other to do so.
"""

from __future__ import annotations

import re
from functools import cache

from . import gazetteer
from .context import Ctx, Mention
from .lexicons import load
from .modified_heads import modified_head
from .place_senses import no_compound_after
from .places import place_for
from .premodifier_shapes import appositive_modifier, name_before_head, participle_opens, participle_premodifiers
from .wordclass import is_plural_noun, lemma, only_verb, word_classes
from .words import APOS, POSSESSIVES


def head_at(ctx: Ctx, h: int) -> tuple[int, str, str | None] | None:
    """(head start, kind 'ACTOR'/'LOCATION', actor type) of a lexicon head ending at word h."""
    lex, lows = ctx.lex, ctx.lows
    two = f"{lows[h - 1]} {lows[h]}" if h > 0 and ctx.gap(h - 1, h) == " " else None
    if two and two in lex.actor_heads:
        return h - 1, "ACTOR", lex.actor_heads[two]
    if two and two in lex.place_heads:
        return h - 1, "LOCATION", None
    if lows[h] in lex.actor_heads:
        return h, "ACTOR", lex.actor_heads[lows[h]]
    if (modified := modified_head(ctx, h)) is not None:
        return h, "ACTOR", modified                   # the world body, opposition figures
    if lows[h] in lex.place_heads or lows[h] in _after_determiner() and _noun_after_determiner(ctx, h):
        return h, "LOCATION", None
    return None


# the determiners after which a word of two classes is a noun (a well, the town's well)
_NOUN_OPENERS = frozenset(("a", "an", "the", "this", "that", "no", "one", "own", "every", "each", "another",
                           *POSSESSIVES))


@cache
def _after_determiner() -> frozenset[str]:
    """nouns.json's place nouns that are place heads only right after a determiner."""
    return frozenset(load("nouns")["place_after_determiner"])


def _noun_after_determiner(ctx: Ctx, h: int) -> bool:
    """Whether 'well' or 'flat' at h is a noun: lower case, right after a determiner, a
    possessive or a genitive 's (water from a well, the town's well, in that flat), and
    not before a participle or adjective it would modify as an adverb (a well known
    figure, a well kept secret)."""
    if h == 0 or not ctx.ws[h].text.islower():
        return False
    prev = ctx.lows[h - 1]
    if prev not in _NOUN_OPENERS and not (prev == "s" and h >= 2 and ctx.ws[h - 2].text in APOS):
        return False
    if h + 1 >= ctx.n or not ctx.ws[h + 1].text.isalpha() or not ctx.ws[h + 1].text.islower():
        return True
    nxt = ctx.lows[h + 1]
    if nxt in ctx.T.prepositions or nxt in ctx.T.closed:
        return True
    cl = word_classes(nxt)
    return not (nxt.endswith(("ed", "en", "wn")) or cl and "NOUN" not in cl and cl & {"VERB", "ADJ"})


def nounish(ctx: Ctx, k: int) -> bool:
    """Whether word k continues a noun compound (so the word before it is a modifier)."""
    if k >= ctx.n:
        return False
    t, low = ctx.ws[k].text, ctx.lows[k]
    if not t.isalpha() and "-" not in t:
        return False
    if not t[0].islower():
        return False
    T, lex = ctx.T, ctx.lex
    if low in T.compass and low in T.place_needs_the:
        return False                              # a town west of X, the road north: an adverb (G11)
    if no_compound_after(ctx, k):
        return False                              # a road home, residents block the road: no compound (G182)
    if low in T.adjective_nouns:
        return False                              # people displaced from X: an adjective after the noun (G63)
    if low in T.compound_nouns and low not in T.closed:
        return True
    if low in T.closed or low in T.adverbs or low in T.cue_forms or low in T.verbs:
        return False
    if low in lex.actor_heads or low in lex.place_heads:
        return True
    if any(k2.startswith(low + " ") for k2 in (*lex.actor_heads, *lex.place_heads)):
        return True                               # the first word of a two-word head
    if re.search(r"(tion|ment|ness|ity|ance|ence|ship|ism)s?$", low):
        return True
    if low in ctx.T.vague_words:
        return False                                  # brought home hundreds of soldiers: a count, no head
    if low.endswith("s") and not low.endswith("ss") and not low.endswith("ed") and len(low) > 3:
        return not _verb_in_s(ctx, k)
    return False


def _verb_in_s(ctx: Ctx, k: int) -> bool:
    """Whether an unknown word in -s at k is a verb after its subject rather than the
    head of a compound: an article, a possessive or a particle of movement follows it
    ('the crowd moves back', 'a teacher walks in', 'the army shells the town'), which
    never follows a noun's head inside a noun phrase."""
    if k + 1 >= ctx.n:
        return False
    nxt = ctx.lows[k + 1]
    return nxt in ("the", "a", "an", "his", "her", "their", "its", "back", "away", "out", "off", "in", "into")


def _head_of_its_own(ctx: Ctx, h: int) -> bool:
    """Whether word h is an actor head that ends its phrase (Ambulance [crews] and),
    not a verb before its object ('Famine forces families to flee': 'forces' governs)."""
    lex = ctx.lex
    return h < ctx.n and ctx.lows[h] in lex.actor_heads and not (h + 1 < ctx.n and ctx.lows[h + 1] in lex.actor_heads)


def premodifier(ctx: Ctx, k: int, names_end: dict[int, Mention]) -> int | None:
    """If word k can stand before a head as a pre-modifier, the new left edge (k, or
    the start of a name ending at k); else None. 'only', 'single', 'one' are one only
    after 'the' or a possessive (the [only clinic]; a single [tent]: G235, G236, G259)."""
    if no_compound_after(ctx, k):
        return None                                   # brought [home] [Houthi detainees]; residents block [roads]
    if ctx.lows[k] in ctx.T.sole_adjectives:
        return k if sole_adjective(ctx, k) else None
    if ctx.lows[k] in participle_premodifiers() and ctx.ws[k].text.islower() and participle_opens(ctx, k):
        return k                                      # fled [surrounding villages] (G14)
    return _premodifier(ctx, k, names_end)


def _premodifier(ctx: Ctx, k: int, names_end: dict[int, Mention]) -> int | None:
    T, lex = ctx.T, ctx.lex
    w = ctx.ws[k]
    t, low = w.text, ctx.lows[k]
    if not t[0].isalpha():
        return None
    acronym = len(t) >= 2 and t.replace(".", "").isupper() and not (k + 1 < ctx.n and ctx.ws[k + 1].text.isupper())
    if not acronym and any(low in words for words in (T.determiners, T.prepositions, T.conjunctions, T.pronouns,
                                                      T.auxiliaries)):
        return None
    if k in names_end:
        return names_end[k].i
    if t in T.demonyms or t in gazetteer.language_names():
        return k                                      # (an English teacher: a language name is an adjective)
    if t[0].isupper():
        if ctx.initial[k] and (low in lex.premodifiers or low in lex.modifier_types or low in lex.actor_heads
                               or _initial_participle(ctx, k, low)):
            return k                                  # (Fleeing families were ..., Wounded soldiers ...)
        if ctx.initial[k] and t.isalpha() and _initial_modifier(ctx, k, low) and not is_plural_noun(low) \
                and t not in T.weekdays and t not in T.months and _head_of_its_own(ctx, k + 1):
            return k                                  # Ambulance crews, Relief teams, Independent experts
        if "-" in t and t.rsplit("-", 1)[1].islower():
            return _name_before_hyphen(ctx, k)        # US-led, Houthi-run, Britain-based: adjectives (G65)
        if t in lex.modifier_types:
            return k
        if acronym and len(t) <= 4 and (pl := place_for(t, T, ctx.countries)) is not None and pl.kind == "country":
            return k                                  # US troops, UK government: a state's acronym as an adjective
        return k if name_before_head(ctx, k, acronym) else None
    if low in T.cue_forms or low in T.adverbs and not low.endswith("ly"):
        return None
    if noun_before_adjective(ctx, k):
        return None                                   # a charge Kurdish officials reject: a relative clause
    if low in lex.premodifiers or low in lex.modifier_types or low in lex.actor_heads or low in lex.place_heads:
        return k
    if "-" in t or (word_classes(low) == {"ADJ"} and (k + 1 >= ctx.n or ctx.lows[k + 1] not in ("and", "or"))):
        return k                                      # (a hilly enclave, a different building: only an adjective;
    #                                                   not the coordinated predicate of 'were seasick and old people')
    return k if _adjective_form(ctx, k, low) or _noun_modifier(ctx, k, low, names_end) else None


def sole_adjective(ctx: Ctx, k: int) -> bool:
    """Whether word k (one of grammar.json's 'sole_adjectives') follows 'the', a
    possessive or a genitive 's, after which 'only', 'single', 'one' mean sole and stay
    in the mention (G235, G236, G259). Before 'one', 'her' right after a verb of telling
    or giving (attribution.json's 'addressee' and 'giving_verbs') is its object, not a
    possessive: 'told her one son had died', 'gave her one tent' count one (G35, G143);
    'told her only son to leave' keeps its possessive."""
    prev = ctx.lows[k - 1] if k > 0 else ""
    if prev == "her" and ctx.lows[k] == "one" and k >= 2 and lemma(ctx.lows[k - 2]) in _object_verbs():
        return False
    return prev == "the" or prev in POSSESSIVES or prev == "s" and k >= 2 and ctx.ws[k - 2].text in APOS


@cache
def _object_verbs() -> frozenset[str]:
    """Lemmas after which 'her' is an object: verbs of telling and of giving."""
    a = load("attribution")
    return frozenset((*a["addressee"], *a["giving_verbs"]))


def _initial_modifier(ctx: Ctx, k: int, low: str) -> bool:
    """Whether a capitalised word at a sentence's start, right before an actor head that
    ends its phrase, can modify it: the lexicon knows it as a noun (a noun that is also a
    verb too: Relief, Host, Aid, since a news sentence seldom opens with an imperative), or
    as an adjective only where the word looks like one as it must inside a sentence
    (:func:`_adjective_form`: Countless; not Fewer, a quantifier, nor Unlike, a
    preposition the lexicon calls an adjective), and never as an adverb (Most, Further,
    Only, Last open no noun phrase as modifiers); a word in -ing or -ed is left to the
    participle rules."""
    cl = word_classes(low)
    return ("NOUN" in cl or "ADJ" in cl and _adjective_form(ctx, k, low)) and "ADV" not in cl \
        and cl <= {"NOUN", "ADJ", "VERB"} and not low.endswith(("ing", "ed"))


def _initial_participle(ctx: Ctx, k: int, low: str) -> bool:
    """Whether a capitalised participle opening a sentence modifies the plural head after
    it (G14: participles before the head are pre-modifiers). A word in -ed there cannot be
    the sentence's verb, which would have no subject ('Wounded soldiers were carried'); a
    word in -ing may be a gerund with its object ('Evacuating civilians was slow'), so it
    is a modifier only where the head then agrees with a plural auxiliary ('Fleeing
    families were stopped'), which a gerund subject never takes (English agreement)."""
    if not ctx.ws[k].text.isalpha() or not low.endswith(("ing", "ed")) or low in _NOT_ADJECTIVES \
            or "VERB" not in word_classes(low) or k + 1 >= ctx.n or not ctx.ws[k + 1].text.islower():
        return False
    h = k + 1
    if head_at(ctx, h) is None or h + 1 < ctx.n and head_at(ctx, h + 1) is not None:
        return False                                  # the head must end its phrase
    if not is_plural_noun(ctx.lows[h]):
        return False
    return low.endswith("ed") or _plural_verb_follows(ctx, h)


def _noun_modifier(ctx: Ctx, k: int, low: str, names_end: dict[int, Mention]) -> bool:
    """A common noun before the head (G14: noun pre-modifiers stay: 'education
    committee', 'gang members', 'hunting party'): a word the English lexicon knows as a
    noun, inside a noun phrase that something before it opens (a determiner, a
    genitive, a number, or another pre-modifier), so that a verb before its object
    ('shells hit roads') is never taken for one."""
    if "NOUN" not in word_classes(low) or k == 0 or (low.endswith("s") and is_plural_noun(low)):
        return False                                  # (a plural is a head: 'armed gangs set homes ...')
    prev, p = ctx.lows[k - 1], ctx.ws[k - 1].text
    if prev in ctx.T.determiners or prev in POSSESSIVES or p[:1].isdigit() or prev in ctx.T.units:
        return True
    if (prev in ctx.T.prepositions and prev != "to" or prev in ("and", "or")) and p.islower():
        return _opens_compound(ctx, k)                # staying with host families; arrivals and host communities
    if prev == "s" and k >= 2 and ctx.ws[k - 2].text in APOS:
        return True                                   # the city's education committee
    return p[:1].isalpha() and not is_plural_noun(prev) and premodifier(ctx, k - 1, names_end) is not None \
        and not (p[:1].isupper() and ctx.initial[k - 1])


def _name_before_hyphen(ctx: Ctx, k: int) -> int:
    """The first word of a hyphenated adjective whose first part is a name of several
    words: 'the New York-based group', 'an Islamic State-linked group' (G65: the
    adjective is one pre-modifier, and a name inside a mention stays in it, G20).
    Capitalised words right before it, with a space between, belong to the name; a
    capitalised article, pronoun or preposition at a sentence's start does not."""
    T, ws, lows = ctx.T, ctx.ws, ctx.lows
    i = k
    while i > 0 and ctx.gap(i - 1, i) == " " and ws[i - 1].text.isalpha() and ws[i - 1].text[0].isupper() \
            and ctx.seg_of[i - 1] == ctx.seg_of[k] and not any(
                lows[i - 1] in words for words in (T.determiners, T.prepositions, T.conjunctions, T.pronouns,
                                                   T.auxiliaries, T.closed, T.time_nouns, T.adverbs)) \
            and ws[i - 1].text not in T.weekdays and ws[i - 1].text not in T.months \
            and not (ctx.initial[i - 1] and _only_adverb(lows[i - 1])):
        i -= 1
    return i


def _only_adverb(low: str) -> bool:
    """Whether a word is an English adverb and nothing else the lexicon knows
    ('afterwards', 'meanwhile'): capitalised at a sentence's start it is no name's word."""
    cl = word_classes(low)
    return "ADV" in cl and cl <= {"ADV"}


def noun_before_adjective(ctx: Ctx, k: int) -> bool:
    """Whether lower-case word k is a noun (never an adjective, and not a listed
    pre-modifier) followed by an adjective or a name: English puts
    adjectives before noun modifiers, never after them, so a noun followed by a demonym,
    a name or a listed adjective ends a noun phrase and the next one starts (a
    contact clause: 'a charge Kurdish officials reject', 'a gap local officials
    explain', 'the bridge Ukrainian forces blew up'; G39's reduced relative)."""
    lex = ctx.lex
    if k + 1 >= ctx.n or ctx.gap(k, k + 1) != " " or not ctx.ws[k].text.islower() \
            or ctx.lows[k] in lex.premodifiers or ctx.lows[k] in lex.modifier_types \
            or "ADJ" in word_classes(ctx.lows[k]) or "NOUN" not in word_classes(ctx.lows[k]):
        return False
    t, low = ctx.ws[k + 1].text, ctx.lows[k + 1]
    return t[:1].isupper() or (low in lex.premodifiers and low not in lex.actor_heads and low not in lex.place_heads)


def figurative_of(ctx: Ctx, h: int) -> bool:
    """Whether a building of worship, a barrack or a roof (nouns.json's
    worship_and_quarters) or a water source or piece of ground (water_sources_and_ground:
    a stretch) at word h is said of an idea rather than of a place: 'of' after it with a
    common noun that names neither a place nor people ('the temple of justice', 'the roof
    of the world', 'the final stretch of the talks', 'the annex to the report'; a stretch of
    road stays a place). Of
    a building or of people it stays a place ('the roof of the school', 'the shrine of
    the saint'), and so before a name ('the temple of Bel')."""
    lows, n = ctx.lows, ctx.n
    if lows[h] not in _figurative_place_heads() or h + 2 >= n or not (
            lows[h + 1] == "of" or lows[h + 1] == "to" and lows[h].startswith("annex")):
        return False                                  # (an annex to a report; a shrine to a saint is a place)
    k = h + 2
    while k + 1 < n and (lows[k] in ctx.T.closed or "ADJ" in word_classes(lows[k])
                         and ctx.ws[k + 1].text.isalpha() and ctx.ws[k + 1].text.islower()):
        k += 1                                        # the, their, a; adjectives (a stretch of dusty ground)
    t = ctx.ws[k].text
    return t.isalpha() and t.islower() and head_at(ctx, k) is None and lows[k] not in ctx.lex.place_heads \
        and lows[k] not in ctx.lex.actor_heads


def relation_sense(ctx: Ctx, i: int, h: int) -> bool:
    """Whether the actor head at word h (its phrase from word i) names the tie between
    parties rather than a party (nouns.json's relation_heads: an alliance): a link word
    after it ('an alliance with his brother', 'the alliance between the two parties') or
    a verb of forming before its phrase ('they formed an alliance'); 'the alliance
    attacked', 'fighters of the alliance', 'joined the alliance' stay ACTORs."""
    rel, lows = load("nouns")["relation_heads"], ctx.lows
    if lows[h] not in rel["heads"]:
        return False
    if h + 1 < ctx.n and lows[h + 1] in rel["links"]:
        return True
    k = i - 1
    while k >= 0 and (lows[k] in ctx.T.determiners or "ADJ" in word_classes(lows[k])) and ctx.ws[k].text.isalpha():
        k -= 1                                        # formed [a new] alliance
    return k >= 0 and lows[k] in rel["forming_verbs"]


@cache
def _figurative_place_heads() -> frozenset[str]:
    """The place nouns :func:`figurative_of` may read as said of an idea."""
    lists = load("nouns")["place_lists"]
    return frozenset(lists["worship_and_quarters"]) | frozenset(lists["water_sources_and_ground"])


def definite_after_locative(ctx: Ctx, h: int) -> bool:
    """Whether a bare head that needs a modifier to be a place (G7: crossing, square,
    base, centre) is one here: 'the' before it and a place preposition (or 'to',
    'from') before that ('waited at the crossing', 'gathered in the square', 'ran to
    the base'). A preposition of place takes a place as its object, and the definite
    article points back to the one the story is at; elsewhere ('the crossing took ten
    hours', 'control of the place') the word may name an act or a thing. A head in
    -ing names the act as readily after 'in', 'from' or 'on' ('drowned in the crossing',
    'exhausted from the crossing'), so it is a place only after a preposition of
    position or direction ('at', 'near', 'to', ...), where an act cannot stand."""
    lows = ctx.lows
    before = lows[h - 2] if h >= 2 else ""
    if lows[h].endswith("ing") and before in _INSIDE_OR_FROM:
        return False
    if before in ("on", "under") and h >= 3 and lows[h - 3] in ctx.lex.actor_heads:
        return False                                  # agencies on the ground: present there, an idiom
    if before in ("on", "under") and h + 1 < ctx.n and _noun_after(ctx, h + 1):
        return False                                  # on the base pay, on the border tax: a noun modifier
    return lows[h - 1] == "the" and (before in ctx.T.place_prepositions or before in ("to", "from", "on", "under")) \
        and (h + 1 >= ctx.n or lows[h + 1] != "of")


def _noun_after(ctx: Ctx, k: int) -> bool:
    """Whether word k, right after a bare head, is a lower-case noun the head modifies
    ('on the base pay', 'under the border tax'): a noun, and neither adverb nor adjective
    ('on the ground today', 'on the ground near the fence')."""
    w = ctx.ws[k].text
    classes = word_classes(ctx.lows[k])
    return w.isalpha() and w.islower() and "NOUN" in classes and not classes & {"ADV", "ADJ"}


# Prepositions whose object may be an act as well as a place ('died in the crossing', 'tired
# from the crossing', 'on the crossing'): a deverbal -ing head after them is no place.
_INSIDE_OR_FROM = frozenset({"in", "inside", "within", "throughout", "from", "on", "across"})


def _opens_compound(ctx: Ctx, k: int) -> bool:
    """Whether a singular noun k right after a preposition or a coordinator opens a noun
    compound ('with host families', 'and aid workers') rather than ending the phrase
    before it, with a new clause starting at the next word ('weeks of bombardment
    residents are fleeing', 'children and luggage crossing into', 'of beating
    detainees'): neither word is in -ing, and the word after the next is no auxiliary
    (the next word is then no clause's subject)."""
    lows = ctx.lows
    if k + 1 >= ctx.n or lows[k].endswith("ing") or lows[k + 1].endswith("ing") or not ctx.ws[k + 1].text.islower():
        return False
    return not (k + 2 < ctx.n and lows[k + 2] in ctx.T.auxiliaries)


def _adjective_form(ctx: Ctx, k: int, low: str) -> bool:
    """Whether lower-case word k looks like an adjective before a noun by its form:
    an adjective suffix (regional, usable), a comparative of place (the outer wall),
    or a participle after a determiner, a preposition or a conjunction (a
    neighbouring village, the wounded men). A participle in -ing, even of a listed
    verb, after a determiner, a figure or an adjective pre-modifier ('the fleeing
    families', 'two departing fighters', 'the main negotiating team'), where no verb
    opens with its object; one in -ed right after a verb that is only a verb ('carried
    released men'), where it cannot be a second finite verb (G14)."""
    T = ctx.T
    if re.search(r"(al|ian|ern|ic|ive|ous|ary|ful|less|est|ish)$", low) and low not in T.verbs:
        return True
    if re.search(r"(able|ible)$", low) or low in _COMPARATIVES:
        return True
    prev = ctx.lows[k - 1] if k > 0 else ""
    after = k == ctx.seg_range(k)[0] or prev in T.determiners or prev in ("and", "or", ",")
    figure = _figure(ctx, k - 1)
    if low.endswith("ing") and low not in _NOT_ADJECTIVES and len(low) > 5 and _opener(ctx, k):
        return True                                   # the/two/main fleeing families: no verb opens there
    if low.endswith("ing") and low not in T.verbs and low not in _NOT_ADJECTIVES and len(low) > 5:
        return prev in T.determiners or prev in T.cue_forms  # (after a comma or 'of': a participle clause)
    if re.search(r"(ed|en)$", low) and low not in T.verbs and low not in T.cue_forms \
            and low not in T.attr["action_verbs"]:          # (and urged Afghans: a verb, no modifier)
        return after or prev in T.prepositions or figure
    if low.endswith("ed") and k > 0 and ctx.ws[k - 1].text.islower() and only_verb(prev) \
            and prev not in T.auxiliaries and "VERB" in word_classes(low) \
            and not (k >= 2 and ctx.lows[k - 2] in T.subordinators):
        return True                                   # carried released men: a verb's object, no second verb
    return False                                      # (those who fled returned home: the relative's verb ends)


def _figure(ctx: Ctx, k: int) -> bool:
    """Whether word k is a figure (digits, or a number word: 'two', 'twenty')."""
    low = ctx.lows[k] if k >= 0 else ""
    return bool(re.fullmatch(r"\d[\d,.]*", low)) or low in ctx.T.units or low in ctx.T.tens


def _opener(ctx: Ctx, k: int) -> bool:
    """Whether the word before a participle in -ing at k opens a noun phrase, so that the
    participle modifies the head after it (G14): a determiner, a figure, or an adjective
    pre-modifier that itself follows one ('the main negotiating team'; not 'were busy
    evacuating civilians'). After a word that may open a clause instead (a complementiser:
    'knew that evacuating civilians would take days'; a year after a word of time: 'In 2018
    evacuating civilians took weeks') a gerund may follow, so the head must then take a
    plural auxiliary, as at a sentence's start (:func:`_plural_verb_follows`)."""
    T, lows, prev = ctx.T, ctx.lows, ctx.lows[k - 1] if k > 0 else ""
    year = prev.isdecimal() and T.year_range[0] <= int(prev) <= T.year_range[1] and k >= 2 \
        and lows[k - 2] in T.year_context
    if prev in T.subordinators or year:
        return _plural_verb_follows(ctx, k + 1)
    if prev in T.determiners and ctx.ws[k - 1].text.isalpha() or _figure(ctx, k - 1) or _genitive(ctx, k - 1):
        return True                                   # (the opposition's negotiating body)
    return prev in ctx.lex.premodifiers and "ADJ" in word_classes(prev) and k >= 2 \
        and (lows[k - 2] in T.determiners or _figure(ctx, k - 2) or _genitive(ctx, k - 2))


def _genitive(ctx: Ctx, j: int) -> bool:
    """Whether word j ends a genitive that opens the noun phrase after it as a determiner
    does: the 's of 'the opposition's', or an apostrophe glued to a plural in -s ('the
    rebels''), not a quotation mark after a space."""
    if j < 1:
        return False
    if ctx.lows[j] == "s" and ctx.ws[j - 1].text in APOS:
        return True
    return ctx.ws[j].text in APOS and ctx.gap(j - 1, j) == "" and ctx.lows[j - 1].endswith("s")


def _plural_verb_follows(ctx: Ctx, h: int) -> bool:
    """Whether word h is a plural head that ends its phrase and agrees with a plural
    auxiliary after it ('fleeing families were stopped'), which a gerund's clause never
    takes ('evacuating civilians was slow', English agreement)."""
    if h + 1 >= ctx.n or head_at(ctx, h) is None or head_at(ctx, h + 1) is not None:
        return False
    return is_plural_noun(ctx.lows[h]) and ctx.lows[h + 1] in ctx.T.plural_auxiliaries


# Comparative adjectives of place and rank that stand before a noun (the outer wall).
_COMPARATIVES = frozenset(("outer", "inner", "upper", "lower", "former", "latter", "elder", "older", "younger",
                           "further", "nearer", "farther", "northernmost", "southernmost", "easternmost",
                           "westernmost"))
# Words in -ing that are prepositions, quantifiers or nouns, never a participle adjective here.
_NOT_ADJECTIVES = frozenset(("remaining", "following", "according", "including", "during", "concerning",
                             "regarding", "excluding", "something", "anything", "nothing", "everything",
                             "morning", "evening", "building", "buildings", "meeting", "fighting", "shooting",
                             "shelling", "bombing", "killing", "funding", "housing", "clothing", "bedding"))


def appositive(ctx: Ctx, j: int) -> tuple[int, str, str | None] | None:
    """The head of a noun-phrase appositive after a name (``, an evacuee``, ``, head of``,
    ``, a northwestern province``): (head word, kind, actor type)."""
    T, n, lows, ws = ctx.T, ctx.n, ctx.lows, ctx.ws
    if j >= n or ws[j].text != ",":
        return None
    a = j + 1
    while a < n and lows[a] in T.determiners:
        a += 1
    if a + 2 < n and ws[a].text[0].isupper() and ws[a + 1].text in APOS and lows[a + 2] == "s" \
            and ctx.gap(a, a + 1) == ctx.gap(a + 1, a + 2) == "":
        a += 3                                        # X, Ukraine's human rights commissioner, (G66)
    for b in (x for x in range(a, min(a + 7, n)) if not appositive_modifier(ctx, x, a > j + 1)):
        if not ws[b].text[0].isalpha() or ws[b].text[0].isupper():
            return None
        hd = head_at(ctx, b)
        if hd is not None and not nounish(ctx, b + 1):
            if lows[b] in T.heads_needing_of and (b + 1 >= n or lows[b + 1] != "of"):
                return None
            return b, hd[1], hd[2]
        if premodifier(ctx, b, {}) is None and not _noun_before_head(ctx, b):
            return None
    return None


def _noun_before_head(ctx: Ctx, b: int) -> bool:
    """A lower-case word no list knows as something else, in an appositive before its
    head (X, foreign policy adviser to ...; X, communications officer)."""
    T, t, low = ctx.T, ctx.ws[b].text, ctx.lows[b]
    return len(t) > 2 and t.isalpha() and t.islower() and not (
        low in T.closed or low in T.verbs or low in T.cue_forms or low in T.adverbs or low in T.prepositions
        or low in T.time_nouns or low.endswith("ly"))
