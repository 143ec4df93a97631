"""Place nouns read in another sense: a piece of a material, the act of going through,
'home' as the goal of a movement, a compass word that shares the 'the' of
the one before it, and bare ground after a preposition ('under rubble').

Why apart: 'block(s)' and 'crossing' are place heads (nouns.json) whose other senses
(concrete blocks; made the crossing) the mention finder's drop rules ask about once,
each reading its described list in nouns.json.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from .context import Ctx
from .head_verbs import verb_before_object
from .lexicons import load
from .place_needs import structure_as_need
from .place_water import spring_as_season, water_as_supply
from .wordclass import is_plural_noun, lemma, only_verb, word_classes
from .words import POSSESSIVES


def other_sense(ctx: Ctx, i: int, h: int) -> bool:
    """Whether the LOCATION candidate over words [i, h] is a place noun in another
    sense: a material's block, the act of crossing, a track of no ground, water given
    or lacked (:mod:`.place_water`), a roof had or lacked (:mod:`.place_needs`)."""
    return _material_block(ctx, i, h) or _act_sense(ctx, i, h) or _track_of_no_ground(ctx, h) \
        or _line_of_no_forces(ctx, i, h) or _structure_as_thing(ctx, i, h) or _seat_to_sit_on(ctx, i, h) \
        or _compound_classifier(ctx, h) or _tents_as_goods(ctx, i, h) or _figure_of_speech(ctx, i, h) \
        or water_as_supply(ctx, i, h) or spring_as_season(ctx, i, h) or structure_as_need(ctx, i, h)


def _figure_of_speech(ctx: Ctx, i: int, h: int) -> bool:
    """A 'point' after a word of places.json's figurative_points, a figure of a state or
    a moment ('camps at breaking point', 'a turning point'): no place (G9); a crossing,
    screening or meeting point is one."""
    return ctx.lows[h] == "point" and h > i and ctx.lows[h - 1] in load("places")["figurative_points"]


_AUX_OF_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "being", "already"})


def _tents_as_goods(ctx: Ctx, i: int, h: int) -> bool:
    """'tent(s)' handed over as goods (places.json's tents_as_goods): the direct object of
    a verb of giving (past an indirect object or a figure: 'sent tents', 'gave us new
    tents', 'not enough tents'), the subject of such a verb's passive or perfect before
    the next punctuation ('150 tents and 4,000 blankets had been sent', 'tents have
    reached the town'), or kept in stock: supplies, no place (G127); tents set up,
    pitched, burned or lived in stay places."""
    lows, n, goods = ctx.lows, ctx.n, load("places")["tents_as_goods"]
    if lows[h] not in ("tent", "tents"):
        return False
    b = i - 1
    while b >= 0 and (lows[b] in ("us", "them", "him", "her", "me", "more", "about", "some", "around", "nearly")
                      or lows[b][:1].isdigit()):
        b -= 1
    if b >= 0 and (lows[b] in goods["before"] or lemma(lows[b]) in goods["before"]):
        return True
    if " ".join(lows[h + 1:h + 3]) in goods["after_words"]:
        return True
    for k in range(h + 1, min(n, h + 9)):
        if not ctx.ws[k].text[:1].isalnum() or lows[k] in ("who", "which", "that"):
            return False
        if lows[k - 1] in _AUX_OF_PASSIVE and (lemma(lows[k]) in goods["after"] or lows[k] in goods["after"]):
            return True
    return False


def _compound_classifier(ctx: Ctx, h: int) -> bool:
    """A lower-case place noun right before a noun of places.json's compound_heads, the
    head of the compound it only classifies: an age, a period, an outing, a story or a
    thing ('of school age', 'the school year', 'a school trip', 'camp beds'), no place (G9);
    not the verb 'bed down' ('families in the camp bed down early')."""
    k = h + 1
    return k < ctx.n and ctx.ws[h].text.islower() and ctx.ws[k].text.islower() and ctx.gap(h, k) == " " \
        and ctx.lows[k] in _compound_heads() and (k + 1 >= ctx.n or ctx.lows[k + 1] != "down")


@cache
def _compound_heads() -> frozenset[str]:
    """places.json's compound_heads."""
    return frozenset(load("places")["compound_heads"])


def _seat_to_sit_on(ctx: Ctx, i: int, h: int) -> bool:
    """A bare 'seat(s)' with no 'of' after it: a place to sit, on a bus or in a truck, that
    people pay for, want or look out from ('wanted 500 for a seat', 'from my seat'), no
    place people are in (G9: vehicles are none); the seat of an office or of power is one
    (G30's 'his [seat] of power', G265), and so is a seat a modifier places ('the back
    seat' of a car people sleep in)."""
    lows = ctx.lows
    return lows[h] in ("seat", "seats") and i == h and (h + 1 >= ctx.n or lows[h + 1] != "of")


def _structure_as_thing(ctx: Ctx, i: int, h: int) -> bool:
    """A roof, wall or floor (nouns.json's structure_parts) as the object of a verb done to
    it ('lost its roof', 'rebuilt the walls') or, with no preposition before it, as the
    subject of what it suffers or does ('the roof came down', 'thick walls would
    protect them'): the structure, no place people are in or on (G228)."""
    parts, lows, T = load("nouns")["structure_parts"], ctx.lows, ctx.T
    if lows[h] not in parts["words"]:
        return False
    b = i - 1
    while b >= 0 and (lows[b] in T.determiners or lows[b] in ("its", "their", "his", "her", "our", "my", "no")):
        b -= 1
    if b >= 0 and lemma(lows[b]) in parts["done_to"]:
        return True                                   # lost its roof
    if b >= 0 and lows[b] in T.prepositions:
        return False                                  # on the roof; families on the floor fell asleep
    k = h + 1
    while k < ctx.n and (lows[k] in T.auxiliaries or lows[k] in T.adverbs) \
            and lows[k] not in ("is", "was", "are", "were"):
        k += 1
    return k < ctx.n and ctx.ws[k].text.islower() and lemma(lows[k]) in parts["undergo"]


def _line_of_no_forces(ctx: Ctx, i: int, h: int) -> bool:
    """'line(s)' that is no line between forces (nouns.json's line_sides): not after a
    word of its 'before' (the ceasefire line, forward lines), nor a bare 'the line(s)'
    after a word of its 'across' (across the line, between the lines; not after 'read'),
    nor one before 'of'; 'a line of buses', 'power lines', 'a different line', 'enemy
    lines of communication' are no place (G7, G331)."""
    lows, sides = ctx.lows, load("nouns")["line_sides"]
    if lows[h] not in ("line", "lines"):
        return False
    if h + 1 < ctx.n and lows[h + 1] == "of":
        return True                                   # enemy lines of communication, lines of police: a row
    side = h > i and (lows[h - 1] in sides["parties"] or ctx.ws[h - 1].text in ctx.T.demonyms)
    if side and lows[h] == "line":
        return not _reached_line(ctx, i)              # the government line that ...: a stance, not held ground
    if side or h > 0 and lows[h - 1] in sides["before"]:
        return False                                  # the ceasefire line, Russian lines
    if h == i and h > 1 and lows[h - 1] == "the" and (lows[h - 2] in sides["across"] or " ".join(
            lows[max(0, h - 4):h - 1]).endswith(tuple(f" {w}" for w in sides["across"] if " " in w))):
        return any(lows[b] in ("read", "reading", "reads") for b in range(max(0, h - 5), h - 2))
    return True


def _reached_line(ctx: Ctx, i: int) -> bool:
    """Whether the phrase starting at i (a side's singular 'line') follows, past articles,
    possessives and adjectives, a word of line_sides' 'reach': a preposition or verb that
    goes to, over or along ground ('towards the government line', 'breached the enemy
    line'), where 'repeated the government line', 'the Russian line on the ceasefire'
    name a stance (G7, G331)."""
    lows, T = ctx.lows, ctx.T
    b = i - 1
    while b >= 0 and (lows[b] in T.determiners or lows[b] in POSSESSIVES or lows[b] == "'s"):
        b -= 1
    return b >= 0 and (lows[b] in load("nouns")["line_sides"]["reach"] or lows[b] in ("across", "behind", "beyond"))


def _track_of_no_ground(ctx: Ctx, h: int) -> bool:
    """'track(s)' after no word of nouns.json's track_grounds: a record, a song, a
    course ('a good track record', 'the album's best track', 'lost track of'), not the
    way people walk or drive ('farm tracks', 'the desert track', G7)."""
    lows = ctx.lows
    if lows[h] not in ("track", "tracks"):
        return False
    if h + 1 < ctx.n and lows[h + 1] in ("record", "records"):
        return True                                   # a mountain track record: a compound
    return h == 0 or lows[h - 1] not in load("nouns")["track_grounds"]


@cache
def _block_materials() -> frozenset[str]:
    """nouns.json's block_materials: before 'block(s)', a piece of a material (concrete blocks)."""
    return frozenset(load("nouns")["block_materials"])


def _material_block(ctx: Ctx, i: int, h: int) -> bool:
    """'concrete blocks', 'breeze blocks', 'a voting block', 'a mental block': no
    building; nor a 'block' before 'on' or 'against' and lower-case words of no place
    ('lifted the block on aid deliveries', 'a US block on the resolution': a ban), nor
    a singular 'block' after a plural noun, the verb after its subject ('Angry residents
    block the main road')."""
    lows = ctx.lows
    if lows[h] not in ("block", "blocks"):
        return False
    if h > 0 and lows[h - 1] in _block_materials():
        return True
    if h > i and lows[h] == "block" and _plural_subject(ctx, h - 1):
        return True                                   # residents [block] the road: the verb after its subject
    return h + 2 < ctx.n and lows[h + 1] in ("on", "against") and _ban_object(ctx, h + 2)


def _ban_object(ctx: Ctx, k: int) -> bool:
    """Whether the words from k, after 'block on' or 'block against', are what a ban
    stops: lower-case words up to a preposition with no place head among them ('the block on aid
    deliveries', 'a US block on the resolution'; not 'the block on the corner', 'a
    nine-storey block on the edge of town', a building where it stands)."""
    lows, n = ctx.lows, ctx.n
    while k < n and lows[k] in ctx.T.determiners:
        k += 1
    e = k
    while e < n and ctx.ws[e].text.isalpha() and ctx.ws[e].text.islower() and lows[e] not in ctx.T.prepositions:
        e += 1
    return e > k and not any(lows[x] in ctx.lex.place_heads for x in range(k, e))


def _plural_subject(ctx: Ctx, k: int) -> bool:
    """Whether word k, right before a singular 'block', is a plural noun of people or
    things, its subject: a plural actor head ('troops', 'residents') or a lower-case
    plural noun ('farmers', 'tractors'), never a modifier of a singular head."""
    low = ctx.lows[k]
    if not ctx.ws[k].text.isalpha() or not (ctx.ws[k].text.islower() or ctx.initial[k]):
        return False                                  # (a name; 'Farmers' opening a sentence is the word)
    return low.endswith("s") and not low.endswith("ss") and (low in ctx.lex.actor_heads or "NOUN" in word_classes(low))


def no_compound_after(ctx: Ctx, k: int) -> bool:
    """Whether word k makes no compound with the head after it (so it is no modifier):
    the goal 'home' after a noun of the way (a [road] [home]), the verb 'block' after
    its plural subject ([residents] block the road), a verb of where people go or stay
    after its plural subject ([crowds] press at the gates), or a verb before its object
    (head_verbs.verb_before_object: trying to stop [civilians])."""
    low = ctx.lows[k]
    return k > 0 and (low == "home" and goal_before_home(ctx, k - 1) or low == "block" and _plural_subject(ctx, k - 1)
                      or verb_before_place(ctx, k) or verb_before_object(ctx, k))


def verb_before_place(ctx: Ctx, k: int) -> bool:
    """Whether the lower-case word k, a noun that is also a verb (press, crowd, camp,
    shelter, queue), is the verb of the plural actor head before it, its subject, with a
    place preposition after it: '[Crowds] press at the gates', '[families] crowd into
    schools', '[residents] shelter in the mosque'. A singular noun after a plural one
    makes no compound of people ('families crowd' is no kind of crowd), and a
    preposition of place after the pair says where the subject went or stayed."""
    if k < 1 or k + 1 >= ctx.n or not ctx.ws[k].text.islower() or "VERB" not in word_classes(ctx.lows[k]) \
            or is_plural_noun(ctx.lows[k]) or ctx.lows[k + 1] not in ctx.T.place_prepositions:
        return False
    return ctx.lows[k - 1] in ctx.lex.actor_heads and _plural_subject(ctx, k - 1) and ctx.gap(k - 1, k) == " "


def _act_sense(ctx: Ctx, i: int, h: int) -> bool:
    """Whether a bare 'the crossing' (nouns.json's act_senses) is the act of going
    through, not the place: a listed verb or preposition of time before 'the' ('made
    the crossing', 'during the crossing'), a listed word or a word that is only a noun
    after it ('the crossing from Beirut took ten hours', 'the crossing hours')."""
    lows, n = ctx.lows, ctx.n
    senses = load("nouns")["act_senses"].get(lows[h])
    if senses is None or i != h or i < 1 or lows[i - 1] != "the" or _place_reading(ctx, i, h, senses):
        return False
    if i >= 2 and (lows[i - 2] in senses["before"] or lemma(lows[i - 2]) in senses["before"]):
        return True
    if h + 1 >= n:
        return False
    nxt = ctx.ws[h + 1].text
    return lows[h + 1] in senses["after"] or nxt.isalpha() and nxt.islower() and word_classes(lows[h + 1]) == {"NOUN"} \
        or _felt_as(ctx, h + 1, senses.get("experience", ()))


_AUXILIARIES = frozenset({"to", "is", "was", "are", "were", "be", "been", "had", "has", "have", "would", "will", "not",
                          "never", "finally", "briefly", "again"})


def _place_reading(ctx: Ctx, i: int, h: int, senses: dict[str, list[str]]) -> bool:
    """Whether a bare 'the crossing' is the place whatever else stands around it: a place
    preposition or a verb done to a place right before 'the' (waited at the crossing from
    dawn, seized the crossing), or a verb the place undergoes after it, past 'to', a form
    of 'be' or 'have' and 'not' (after the crossing was closed, for the crossing to reopen)."""
    lows, n = ctx.lows, ctx.n
    before = lows[i - 2] if i >= 2 else ""
    if before in senses["place_before"] or lemma(before) in senses["place_before"]:
        return True
    k = h + 1
    while k < n and lows[k] in _AUXILIARIES:
        k += 1
    return k < n and (lows[k] in senses["place_verbs"] or lemma(lows[k]) in senses["place_verbs"])


_LINKING = frozenset({"be", "seem", "feel", "prove", "become"})


def _felt_as(ctx: Ctx, k: int, adjectives: Collection[str]) -> bool:
    """Whether words from k are a linking verb (with its auxiliaries, 'not' and at most
    one adverb) and an adjective of how the going felt or went ('the crossing was
    terrifying', 'had been long', 'did not feel safe' is none of the list; 'was closed',
    a state of the place, is no such adjective, and 'is hard to reach', 'was long closed' say
    what the place is: the adjective ends the predicate, before punctuation, a preposition
    other than 'to' or a conjunction)."""
    lows, n = ctx.lows, ctx.n
    linked = adverbs = 0
    while k < n and ctx.ws[k].text.isalpha():
        low = lows[k]
        if low in adjectives and linked:
            if k + 1 >= n or not ctx.ws[k + 1].text.isalpha():
                return True
            nxt = lows[k + 1]                         # not 'is hard to reach', 'was long closed'
            return nxt != "to" and (nxt in ctx.T.prepositions or nxt in ("and", "or", "but", "because"))
        if lemma(low) in _LINKING or low in ("been", "had", "has", "have", "did", "does", "do", "not", "never"):
            linked += lemma(low) in _LINKING
        elif linked and adverbs == 0 and "ADV" in word_classes(low):
            adverbs = 1
        else:
            return False
        k += 1
    return False


# Quantifiers that stand alone as a verb's subject ('many returned home', 'most went home').
_PRONOUN_QUANTIFIERS = frozenset({"many", "most", "some", "all", "few", "several", "both", "others"})


def goal_before_home(ctx: Ctx, k: int) -> bool:
    """Whether word k, right before a bare 'home', makes 'home' the goal of a movement,
    its own LOCATION (G182): a lower-case verb form ('flew home', 'had gone home',
    'bringing home', a goal verb's past form that is also an adjective: 'many returned
    home', 'had only recently returned home') or a word of nouns.json's goal_before_home
    ('straight home', 'a road home'); not a noun or adjective that modifies it ('a family
    home', 'a nursing home', 'a mobile home'), nor a participle after a determiner (not
    a quantifier that stands alone as the subject: 'many', 'most') or possessive, an
    adjective ('their destroyed home', 'a crumbling home'), nor a verb other than one of
    nouns.json's home_goal_verbs where a lower-case noun follows 'home', which then
    modifies it ('visited home owners', 'damaged home insurance offices'; but 'brought
    home food')."""
    t, low = ctx.ws[k].text, ctx.lows[k]
    if not t.isalpha() or not t.islower():
        return False
    if low in load("nouns")["goal_before_home"]:
        return True
    d = k - 1
    while d > 0 and ctx.lows[d].endswith("ly") and ctx.lows[d] != "early":
        d -= 1                                        # (their badly damaged home)
    if d >= 0 and (ctx.lows[d] in ctx.T.determiners and ctx.lows[d] not in _PRONOUN_QUANTIFIERS
                   or ctx.lows[d] in POSSESSIVES):
        return False                                  # their destroyed home, a crumbling home: an adjective
    goal_verb = (lemma(low) or low) in load("nouns")["home_goal_verbs"]
    verb = only_verb(low) or (low.endswith("ing") and "NOUN" not in word_classes(low) and "VERB" in word_classes(low)) \
        or goal_verb and low.endswith("ed") and "VERB" in word_classes(low)   # (many [had] returned home)
    return bool(verb) and (goal_verb or not _noun_at(ctx, k + 2))


def home_to_a_goal(ctx: Ctx, h: int) -> bool:
    """Whether 'home' at h, before 'to', is the goal of a verb of nouns.json's
    home_goal_verbs right before it ('came home to their classrooms', 'flew home to
    Kemi'), a place (G182), not G215's relational 'be home to N' ('the valley was home
    to 30,000 farmers')."""
    if h < 1 or not ctx.ws[h - 1].text.isalpha() or not ctx.ws[h - 1].text.islower():
        return False
    low = ctx.lows[h - 1]
    return (lemma(low) or low) in load("nouns")["home_goal_verbs"] and "VERB" in word_classes(low)


def _noun_at(ctx: Ctx, k: int) -> bool:
    """Whether word k is a lower-case noun that is no adverb (after 'visited home', the
    noun 'home' modifies: 'home owners'; not 'went home yesterday')."""
    t = ctx.ws[k].text if k < ctx.n else "."
    classes = word_classes(ctx.lows[k]) if k < ctx.n else frozenset()
    return t.isalpha() and t.islower() and "NOUN" in classes and "ADV" not in classes


def compass_after_the(ctx: Ctx, hs: int) -> bool:
    """Whether the compass noun at hs is coordinated with one right after 'the' and so
    shares its article ('from the north and [west]', 'the east or [south]': G11's region,
    not an adverb); 'moved north and west' has no article and stays none."""
    T, lows = ctx.T, ctx.lows
    return hs >= 3 and lows[hs] in T.compass and lows[hs - 1] in ("and", "or") and lows[hs - 2] in T.compass \
        and lows[hs - 2] in T.place_needs_the and lows[hs - 3] == "the"


def needs_no_article(ctx: Ctx, hs: int) -> bool:
    """Whether a noun of place_needs_the at hs is a place with no 'the' before it: a
    compass noun sharing the article before it, or bare ground."""
    return compass_after_the(ctx, hs) or _bare_ground(ctx, hs)


def _bare_ground(ctx: Ctx, hs: int) -> bool:
    """nouns.json's bare_ground ('rubble') right after a place preposition, 'through' or
    a possessive (under rubble, lay in rubble, its rubble) where no word that is only a
    noun follows it ('went into rubble removal': a compound), or after a form of 'be'
    where it ends its phrase (what is left is rubble; not 'the priority is rubble removal')."""
    lows = ctx.lows
    if hs < 1 or lows[hs] not in load("nouns")["bare_ground"]:
        return False
    prev = lows[hs - 1]
    nxt = ctx.ws[hs + 1].text if hs + 1 < ctx.n else "."
    if prev in ("is", "was", "are", "were", "now"):
        return not nxt.isalpha() or lows[hs + 1] in ctx.T.prepositions or lows[hs + 1] in ("and", "or", "but")
    if nxt.isalpha() and nxt.islower() and word_classes(lows[hs + 1]) == {"NOUN"}:
        return False                                  # the money went into [rubble removal]: a compound, no ground
    return prev in ctx.T.place_prepositions or prev in POSSESSIVES \
        or prev in ("under", "beneath", "through", "into", "amid", "amidst")


_AROUND = ("around", "near", "outside", "inside", "along", "overlooking", "above", "beside", "north", "south", "east",
           "west")


def held_position(ctx: Ctx, h: int) -> bool:
    """A bare 'position(s)' (G331) placed by a preposition of where before a place: a
    place head, or a name except after 'in' ('pulled back from positions around the
    town', 'at a position outside the town', 'positions in the outskirts of X'); not a
    stance ('its position on the talks', 'Russia's position in Syria')."""
    lows, n = ctx.lows, ctx.n
    if lows[h] not in ("position", "positions") or h + 2 >= n or lows[h + 1] not in (*_AROUND, "in"):
        return False
    k = h + 2 + (lows[h + 2] in ctx.T.determiners)
    if k >= n:
        return False
    if lows[k] in ctx.lex.place_heads and ctx.ws[k].text.islower():
        return True
    return lows[h + 1] != "in" and ctx.ws[k].text[:1].isupper()


def bare_head_placed(ctx: Ctx, hs: int, h: int) -> bool:
    """Whether a head that needs a modifier to be a place (places.json's
    heads_needing_modifier) is one here without it: a held position (above), or a
    'place' after a determiner (:func:`_determined_place`)."""
    return held_position(ctx, h) or _determined_place(ctx, hs, h)


def _determined_place(ctx: Ctx, hs: int, h: int) -> bool:
    """'found a [place]', 'the [place] where protests began', 'no other [place]', 'this
    [place]' (G7): places.json's heads_placed_by_determiner right after a determiner
    are somewhere, where the bare word is room or an idiom ('the lack of place to
    move' G9, 'took place', 'in place'). Not the idioms with a determiner: 'in the
    first place' (an ordinal), 'in its place' (instead), 'take the place of'."""
    lows = ctx.lows
    if lows[h] not in _placed_by_determiner() or hs < 1 or lows[hs - 1] not in ctx.T.determiners \
            or lows[hs - 1] in ("first", "second"):
        return False
    before = lows[hs - 2] if hs >= 2 else ""
    if before == "in" and lows[hs - 1] in POSSESSIVES or lemma(before) == "take":
        return False
    return not (h + 1 < ctx.n and lows[h + 1] == "of" and lows[hs - 1] == "the" and lemma(before) == "take")


@cache
def _placed_by_determiner() -> frozenset[str]:
    """places.json's heads_placed_by_determiner."""
    return frozenset(load("places")["heads_placed_by_determiner"])
