"""Common-noun mentions (NOM ACTOR and LOCATION) and the overlap-free merge with the names.

Why here and not with the names: a NOM is found from its head word leftwards (a
lexicon head, then its pre-modifiers, after the guidelines' drop rules G13-G18) and
takes its actor type from its words, while a name is found from its capitals; both
meet only in :func:`find_mentions`, where the longer candidate wins (G20).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from .adjective_nouns import modifies_a_thing, nominalised
from .administrations import acting_administration
from .context import Ctx, Mention
from .head_verbs import after_figure, bare_verb, elliptic_participle, verb_before_object
from .institutions import INSTITUTIONS, charged, speaks
from .lexicons import load
from .name_descriptors import descriptor_after_name
from .name_titles import post_of_scope
from .names import find_names, in_address
from .person_appositives import person_descriptions
from .phrases import (
    definite_after_locative,
    figurative_of,
    head_at,
    noun_before_adjective,
    nounish,
    premodifier,
    relation_sense,
)
from .place_phrases import (
    bare_mass_place,
    compass_adverb,
    governed_compound,
    hunted_sense,
    of_container,
    place_modifiers,
)
from .place_senses import bare_head_placed, goal_before_home, home_to_a_goal, needs_no_article, other_sense
from .place_senses import verb_before_place as _verb_before_place
from .premodifier_shapes import contact_clause_start
from .shared_heads import shared_head, singular_modifier
from .sides import part_of_a_place, side_of_a_place
from .states import state_code
from .words import APOS, distributive, verb_after_subject

Head = tuple[int, str, str | None]      # (first word of the head, 'ACTOR' or 'LOCATION', actor type)

# words after which 'to' opens an infinitive, so the word after it is a verb (had to stop)
_BEFORE_INFINITIVE = frozenset(("have", "has", "had", "having", "need", "needs", "needed", "want", "wants", "wanted",
                                "able", "unable", "ought", "used", "try", "tried", "trying", "going", "forced",
                                "allowed", "decided", "refused", "began", "started", "continue", "continued"))


# modals, and 'not' after an auxiliary: the lower-case word after them is a verb (will man, did not stop)
_BEFORE_VERB = frozenset(("will", "would", "can", "cannot", "could", "should", "must", "might", "shall"))


@dataclass(frozen=True)
class _Names:
    """The names of the document, indexed for the NOM rules."""
    all: list[Mention]
    end: dict[int, Mention]             # last word -> name
    start: dict[int, Mention]           # first word -> name


def _addressee_label(ctx: Ctx, h: int) -> bool:
    """Whether word h is the addressee that ends a boilerplate heading addressed to the
    document's readers (nouns.json's 'reader_headings': 'Notes to editors', 'Note to
    editors'): a label of the document, whose addressee is nobody of the story (G61's
    boilerplate headings). The heading may open a line, a colon and its text after it
    ('Notes to editors: X is an independent charity'). A sub-heading 'Aid to refugees'
    keeps its mention."""
    if h < 2 or ctx.lows[h - 1] != "to":
        return False
    headings = load("nouns")["reader_headings"]
    lo, hi = ctx.seg_range(h)
    k = h - 2                                         # (every heading is three words: 'notes to editors')
    if h + 1 < ctx.n and ctx.ws[h + 1].text == ":" and (k == 0 or "\n" in ctx.gap(k - 1, k)):
        return " ".join(ctx.lows[k:h + 1]) in headings
    if ctx.role(h) not in ("heading", "boilerplate"):
        return False
    return h == hi - 1 and " ".join(ctx.lows[lo:hi]) in headings


def _head(ctx: Ctx, h: int, taken: set[int]) -> Head | None:
    """The lexicon head ending at word ``h`` (a demonym plural is a head of its own: Syrians, G24)."""
    T, lex, lows, t = ctx.T, ctx.lex, ctx.lows, ctx.ws[h].text
    if h in taken or not t[0].isalpha() or (t.isupper() and len(t) > 1):
        return None                                   # SOURCE:, PRESS RELEASE (an all-caps label is no noun)
    if h > 0 and lows[h - 1] == "per":
        return None                                   # $50 per person
    if in_address(ctx, h):
        return None                                   # press@agency.org, media.relations@ngo.org: an e-mail address
    if _addressee_label(ctx, h):
        return None                                   # 'Notes to editors': a press release's label (G61)
    if h > 1 and lows[h - 1] == "to" and lows[h - 2] in _BEFORE_INFINITIVE:
        return None                                   # had to stop, wanted to camp: a verb
    if h > 0 and t.islower() and (lows[h - 1] in _BEFORE_VERB or (
            h > 1 and lows[h - 1] in ("not", "n't") and lows[h - 2] in _BEFORE_VERB | {"do", "does", "did", "to"})):
        return None                                   # did not stop, would camp: a verb (not 'pieces, not bodies')
    if t.islower() and (verb_after_subject(lows, h) or _verb_before_place(ctx, h)):
        return None                                   # if I stop, we camp; crowds press at the gates: a verb
    if t.islower() and (bare_verb(ctx, h) or distributive(lows, h) or elliptic_participle(ctx, h)):
        return None                                   # to guard the fields; from house to house (G177); 30 wounded
    if t[0].isupper() and h + 1 < ctx.n and ctx.ws[h + 1].text[:1].isupper() and ctx.gap(h, h + 1) == " ":
        return None                                   # Deputy Governor X: a title before a name (G66)
    if lows[h] in T.adjective_nouns and not nominalised(ctx, h):
        return None
    hd: Head | None
    if t in T.demonyms and (t.endswith("s") or t.endswith("ese") and not nounish(ctx, h + 1) or after_figure(ctx, h)):
        hd = (h, "ACTOR", "civilians")                # Syrians; thousands of Sudanese have fled; 45,000 Rohingya (G24)
    else:
        hd = head_at(ctx, h)
        if hd is None or (t[0].isupper() and not ctx.initial[hd[0]] and post_of_scope(ctx, h, h) != "head"):
            return None                               # (the charity's [Chief] of Mission: a title's head, G250)
    if hd[0] not in taken:
        return hd
    if lows[h] not in lex.actor_heads and lows[h] not in lex.place_heads:
        return None                                   # a two-word head whose first word is taken
    return h, "ACTOR" if lows[h] in lex.actor_heads else "LOCATION", lex.actor_heads.get(lows[h])


def _used_as_modifier(ctx: Ctx, h: int) -> bool:
    """Whether the head word is a modifier here (regime pardon, opposition sources), a
    head that needs 'of', or the first half of a shared head ('Syrian military and
    Russian air raids')."""
    T, lex, ws, lows, n = ctx.T, ctx.lex, ctx.ws, ctx.lows, ctx.n
    if h + 1 < n and ctx.gap(h, h + 1) == " " and (
            nounish(ctx, h + 1) or f"{lows[h]} {lows[h + 1]}" in T.place_descriptors):
        return True                                   # (the Nasib border crossing: 'border' is no head)
    if modifies_a_thing(ctx, h):
        return True                                   # military escort, an army post (G7)
    if lows[h] in T.heads_needing_of and (h + 1 >= n or lows[h + 1] != "of"):
        return True
    if h + 2 < n and lows[h + 1] == "and":
        k = h + 2
        while k < n and (ws[k].text in T.demonyms or lows[k] in lex.premodifiers) and lows[k] not in lex.actor_heads \
                and lows[k] not in lex.place_heads:
            k += 1
        if k < n and k > h + 2 and lows[k] in T.compound_nouns and lows[k] not in lex.actor_heads \
                and lows[k] not in lex.place_heads:
            return True
        if k < n and k > h + 2 and singular_modifier(ctx, h, k):
            return True                               # rebel and jihadist factions (G288)
    return False


def _noun_modifier(ctx: Ctx, k: int, kind: str) -> bool:
    """Whether the lower-case word k right before a place head that needs a modifier
    (G7: a bus station, a reception point) is a noun modifier: any open-class word not
    known as something else."""
    T, head = ctx.T, ctx.lows[k + 1]
    place = kind == "LOCATION" and head in ctx.lex.place_heads
    determined = k > 0 and ctx.lows[k - 1] in T.determiners   # (a [telecommunications building]: a noun)
    if head.endswith("ing") and not (place and determined) or not _open_class(ctx, k) \
            or ctx.lows[k] in T.sole_adjectives or verb_before_object(ctx, k):
        return False                                  # (trying to stop civilians: a verb and its object)
    if kind == "LOCATION" and head in T.place_needs_mod or place and governed_compound(ctx, k):
        return True
    prev = ctx.lows[k - 1] if k > 0 else ""           # any head: a noun modifier after a determiner (a drainage
    return not ctx.lows[k].endswith(("ed", "ing")) and (  # canal, the displacement sites), never a verb's object
        k == ctx.seg_range(k)[0] or prev in T.determiners or prev in ("and", "or", ",")
        or premodifier(ctx, k - 1, {}) == k - 1 and prev not in T.verbs and prev not in ctx.lex.actor_heads
        and prev not in ctx.lex.place_heads)                  # (governments flew diplomats: a verb between heads)


def _open_class(ctx: Ctx, k: int) -> bool:
    """Whether word k is a lower-case open-class word no list knows as something else
    (a noun that can modify the next one: policy, communications, monitoring)."""
    T, t, low = ctx.T, ctx.ws[k].text, ctx.lows[k]
    if len(t) < 3 or not t.isalpha() or not t.islower() or ctx.gap(k, k + 1) != " ":
        return False
    return not (low in T.closed or low in T.verbs or low in T.cue_forms or low in T.adverbs or low in T.time_nouns
                or low in T.prepositions or low.endswith("ly") or low in T.units or low in T.tens)


def _adverb_participle(ctx: Ctx, k: int) -> bool:
    """Whether word k is a participle after an adverb in -ly that a determiner, a
    number or 'of' opens: a pre-modifier pair (the newly arrived households, 2,000
    internally displaced people), not a verb with its adverb (they quickly captured)."""
    lows = ctx.lows
    if k < 2 or not lows[k].endswith(("ed", "en")) or not lows[k - 1].endswith("ly") or len(lows[k - 1]) < 5 \
            or not ctx.ws[k].text.islower() or not ctx.ws[k - 1].text.islower():
        return False
    prev = lows[k - 2]
    return prev in ctx.T.determiners or prev in ("of", "some") or prev[:1].isdigit() or prev in ctx.T.units


def _age_prefix(ctx: Ctx, i: int) -> int:
    """An age adjective glued to its number stays whole (a [9-year-old boy], G64)."""
    ws = ctx.ws
    if ws[i].text.lower().startswith(("year-old", "month-old", "week-old", "day-old")) and i >= 2 \
            and ws[i - 1].text == "-" and ws[i - 2].text.isdigit() and ws[i - 2].end == ws[i - 1].start:
        return i - 2
    return i


def _left_edge(ctx: Ctx, hs: int, h: int, blocked: set[int], names: _Names, kind: str = "ACTOR") -> int:
    """The first word of the NOM: the pre-modifiers before the head, past determiners."""
    i = hs
    if hs == h and ctx.lows[h] == "home" and h > 0 and goal_before_home(ctx, h - 1):
        return h                                      # flew [home], straight [home], a road [home] (G182)
    if i - 1 >= 0 and (i - 1) not in blocked and premodifier(ctx, i - 1, names.end) is None \
            and _noun_modifier(ctx, i - 1, kind) and ctx.seg_of[i - 1] == ctx.seg_of[h]:
        i -= 1
    while i - 1 >= 0 and (i - 1) not in blocked and ctx.gap(i - 1, i) == " " and ctx.seg_of[i - 1] == ctx.seg_of[h]:
        new = premodifier(ctx, i - 1, names.end)
        if new is None and _adverb_participle(ctx, i - 1):
            new = i - 2                               # the newly arrived households, some internally displaced people
        elif new is None and i < hs and _adverb_participle(ctx, i):
            new = i - 1                               # (the participle already in: displaced)
        if new is None:
            break
        i = new
    i = _appositive_compound(ctx, i, hs, blocked, names) if kind == "ACTOR" else place_modifiers(ctx, i, hs, blocked)
    i = shared_head(ctx, i, hs, blocked, names.end)
    while i < hs and ctx.lows[i] in ctx.T.determiners and not (
            ctx.lows[i] in ctx.T.sole_adjectives and premodifier(ctx, i, names.end) == i):
        i += 1                                        # (the [only clinic] keeps its adjective, G235)
    if i < hs and ctx.lows[i - 1] in ("most", "least") and (i - 1) not in blocked and i >= 2 and (
            ctx.lows[i - 2] in ctx.T.determiners or ctx.lows[i - 2] in ("his", "her", "its", "their", "our", "my")
            or ctx.lows[i - 2] == "s" or ctx.ws[i - 2].text in ("'", "\u2019")):
        i -= 1                                        # the government's most powerful ally: a superlative
    #                                                   (most displaced families: a quantifier, left out)
    return _age_prefix(ctx, contact_clause_start(ctx, i, h) if kind == "ACTOR" else i)


def _appositive_compound(ctx: Ctx, i: int, hs: int, blocked: set[int], names: _Names) -> int:
    """In an appositive after a comma, noun modifiers stay with the head (G65, G66):
    ``X, foreign policy adviser to ...``, ``X, a Britain-based monitoring group``,
    ``Media contact: X, communications officer``. Elsewhere a bare noun before the
    head may be something else, so only the appositive's shape licenses it."""
    k = hs
    while k - 1 >= 0 and hs - k < 4 and (k - 1) not in blocked and ctx.lows[k - 1] not in ctx.lex.actor_heads \
            and not noun_before_adjective(ctx, k - 1) and (
            premodifier(ctx, k - 1, names.end) == k - 1 or _open_class(ctx, k - 1)
            or (ctx.lows[k - 1].endswith("ing") and ctx.lows[k - 1] not in ctx.T.cue_forms)):
        k -= 1
    if k >= i:
        return i
    d = k - 1
    while d >= 0 and ctx.lows[d] in ctx.T.determiners:
        d -= 1
    if d == k - 1 and ctx.lows[k].endswith("ing"):
        return i                                      # ..., carrying rebel fighters: a participle clause, no appositive
    return k if d >= 0 and ctx.ws[d].text == "," else i


def _among_supplies(ctx: Ctx, i: int, h: int) -> bool:
    """Whether the noun phrase [i, h] is coordinated with a supply noun ('water, shelter and
    health care'; 'short of tents and heating fuel'; a verb's bare object: 'fund tents, water and food')."""
    T, lows, n = ctx.T, ctx.lows, ctx.n

    def supply_end(x: int) -> bool:               # a supply noun that ends its phrase (not 'aid workers')
        return lows[x] in T.supplies and (x + 1 >= n or not ctx.ws[x + 1].text.isalpha() or lows[x + 1] in T.closed)
    bare = i == 0 or not any(lows[i - 1] in w for w in (T.determiners, T.pronouns, T.place_prepositions, T.locative))
    link = ("and", "or", ",") if bare and "and" in lows[h + 2:h + 7] else ("and", "or")   # fund tents, water and food
    after = h + 2 < n and lows[h + 1] in link and any(supply_end(x) for x in range(h + 2, min(n, h + 5)))
    return after or i >= 2 and lows[i - 1] in ("and", "or") and supply_end(i - 2)   # (not 'left homes, food and')


def _dropped(ctx: Ctx, kind: str, i: int, hs: int, h: int, names: _Names) -> bool:
    """The guidelines' drop rules for a candidate NOM over words [i, h]."""
    T, ws, lows, n = ctx.T, ctx.ws, ctx.lows, ctx.n
    if i > 0 and ws[i - 1].text == "[" and h + 1 < n and ws[h + 1].text == "]":
        return True                                   # an editor's insertion in a quotation
    if kind == "ACTOR" and (relation_sense(ctx, i, h) or post_of_scope(ctx, i, h) == "scope"):
        return True                                   # an alliance with his brother (G26); head of mission (G250)
    if kind == "LOCATION":
        if lows[h] in T.place_needs_mod and i == hs == h and not (lows[h] in T.place_needs_the and hs > 0 and (
                lows[hs - 1] == "the") or definite_after_locative(ctx, hs) or bare_head_placed(ctx, hs, h)):
            return True                               # (a two-word head is whole: the border crossing)
        if lows[h] in T.place_needs_the and i == hs and not (hs > 0 and lows[hs - 1] in ("the", "s")) \
                and not needs_no_article(ctx, hs):
            return True                               # the edge; Aleppo's southern edge (G11)
        if lows[h] in T.compass and h > 0 and (lows[h - 1] in T.measure_units or lows[h - 1][:1].isdigit()):
            return True                               # a few kilometres south-east of the city: an adverb (G11)
        if lows[h] in T.compass and lows[h] in T.place_needs_the and any(
                lows[k] in ctx.lex.place_heads or lows[k] in ctx.lex.actor_heads for k in range(i, hs)):
            return True                               # a town west of X: the compass word is an adverb (G11)
        if other_sense(ctx, i, h) or part_of_a_place(ctx, h, names.start) is False:
            return True                               # concrete blocks; made the crossing; parts of the analysis
        if compass_adverb(ctx, i, hs, h):
            return True                               # headed north, the horizon west of X (G11)
        if (h + 1 < n and lows[h] == "home" and lows[h + 1] == "to" and not home_to_a_goal(ctx, h)) or (
                h + 2 < n and lows[h + 1] == "by" and lows[h + 2] == lows[h]) or (
                h >= 2 and lows[h - 1] == "by" and lows[h - 2] == lows[h]):
            return True                               # home to 400,000; village by village: no place
        if _among_supplies(ctx, i, h) or bare_mass_place(ctx, i, h):
            return True                               # provide water, shelter and health care: supplies (G127)
        if figurative_of(ctx, h):
            return True                               # the temple of justice, the roof of the world
        if hunted_sense(ctx, i, h):
            return True                               # the hunters lost their quarry: the hunted, no place
        if lows[h] in T.of_heads and h + 2 < n and lows[h + 1] == "of" and h + 2 in names.start \
                and names.start[h + 2].label == "LOCATION" and not of_container(ctx, h, names.start[h + 2]):
            return True                               # the town of Harasta (G16)
    return descriptor_after_name(ctx, i, hs, h, names.end)


def modifier_type(ctx: Ctx, i: int, hs: int, names_in: list[Mention]) -> str | None:
    """The side a pre-modifier gives a neutral head, nearest the head first."""
    lex, T = ctx.lex, ctx.T
    for k in range(hs - 1, i - 1, -1):
        t, low = ctx.ws[k].text, ctx.lows[k]
        for m in names_in:
            if m.i <= k < m.j and m.label == "ACTOR" and m.atype:
                return m.atype
        if t in lex.modifier_types:
            return lex.modifier_types[t]
        if low in lex.modifier_types:
            return lex.modifier_types[low]
        if t in T.demonyms and T.demonyms[t]:
            return "government" if T.demonyms[t] == ctx.home else "foreign_government"
    return None


def _name_after_for(ctx: Ctx, h: int, names: _Names) -> Mention | None:
    """The ACTOR name after 'for'/'of' (a spokesman for Ahrar al Sham), or after
    'with'/'from' (volunteers from the Red Crescent)."""
    lows = ctx.lows
    k = h + 2
    if k < ctx.n and lows[k] == "the" and lows[h + 1] in ("with", "from"):
        k += 1
    if k < ctx.n and lows[h + 1] in ("for", "of", "with", "from") and k in names.start \
            and names.start[k].label == "ACTOR" and (lows[h + 1] in ("for", "of") or names.start[k].atype
                                                     in ("organization", "media", "armed_group")):
        return names.start[k]
    return None


def _team_after_with(ctx: Ctx, h: int) -> str | None:
    """The type of an organisation noun after 'with'/'from'/'for' within a short noun
    phrase: staff of an organisation are of it (a nurse with a medical team, a
    volunteer with the civil defence service, G62)."""
    lows, lex = ctx.lows, ctx.lex
    if h + 2 >= ctx.n or lows[h + 1] not in ("with", "from", "for"):
        return None
    for k in range(h + 2, min(ctx.n, h + 7)):
        if ((hd := head_at(ctx, k)) is not None and hd[1] == "ACTOR" and hd[2] == "organization"
                and not (k + 1 < ctx.n and lows[k + 1] in lex.actor_heads)):   # (a civil defence service)
            return "organization"
        if not ctx.ws[k].text.isalpha() or lows[k] in ctx.T.prepositions:
            return None
    return None


def _possessor(ctx: Ctx, i: int, names: _Names) -> Mention | None:
    """The ACTOR or state name in the genitive before the NOM (Russia's foreign ministry)."""
    ws = ctx.ws
    if i >= 3 and ws[i - 1].text == "s" and ws[i - 2].text in APOS and (i - 3) in names.end \
            and (names.end[i - 3].label == "ACTOR" or state_code(ctx, names.end[i - 3])):
        return names.end[i - 3]
    return None


def _actor_type(ctx: Ctx, m: Mention, hs: int, atype: str | None, names: _Names) -> None:
    """A NOM ACTOR's type: the lexicon's whole phrase, else for a neutral head (officials,
    sources) the side its modifier, the name after it or its possessor gives, else the
    head's type as a weak default (open to the anaphora rule of :func:`find_noms`)."""
    lex, lows, i, h = ctx.lex, ctx.lows, m.i, m.j - 1
    names_in = [x for k in range(i, h + 1) if (x := names.start.get(k)) is not None and x.j <= h + 1]
    phrase = ctx.text[ctx.ws[i].start:ctx.ws[h].end].lower()
    mod_type = modifier_type(ctx, i, hs, names_in)
    neutral = " ".join(lows[hs:h + 1]) in lex.neutral_heads or lows[h] in lex.neutral_heads
    after = _name_after_for(ctx, h, names) if neutral else None
    poss = _possessor(ctx, i, names) if neutral else None
    if phrase in lex.actor_phrases:
        m.atype = lex.actor_phrases[phrase]
    elif neutral and mod_type:
        m.atype = mod_type
    elif after is not None:
        m.atype = after.atype
    elif neutral and (team := _team_after_with(ctx, h)) is not None:
        m.atype = team
    elif poss is not None:
        cc = state_code(ctx, poss)
        m.atype = poss.atype if poss.label == "ACTOR" and poss.atype else \
            ("government" if cc == ctx.home else "foreign_government")
    else:
        m.atype = atype or "other"
        m.strong = neutral and i < hs


def _nom_at(ctx: Ctx, h: int, taken: set[int], blocked: set[int], names: _Names) -> Mention | None:
    """The NOM whose head ends at word ``h``, if any."""
    if h not in taken and acting_administration(ctx, h):
        m = Mention(h, h + 1, "ACTOR", "NOM")
        m.atype = "government"                        # the municipality opened schools (G332)
        return m
    hd = _head(ctx, h, taken)
    if hd is None and h not in taken and ctx.lows[h] == "part" and part_of_a_place(ctx, h, names.start):
        hd = (h, "LOCATION", None)                    # [part] of the village, the [occupied part] of the region
    if hd is None or _used_as_modifier(ctx, h):
        return None
    hs, kind, atype = hd
    if kind == "ACTOR" and side_of_a_place(ctx, h, names.start):
        kind = "LOCATION"
    if kind == "LOCATION" and ctx.lows[h] in INSTITUTIONS and (speaks(ctx, h) or charged(ctx, h)):
        kind, atype = "ACTOR", None                   # the governor's office said; the headquarters announced
    i = _left_edge(ctx, hs, h, blocked, names, kind)
    if _dropped(ctx, kind, i, hs, h, names):
        return None
    m = Mention(i, h + 1, kind, "NOM")
    if kind == "ACTOR":
        if ctx.lows[h] in INSTITUTIONS and atype is None:
            names_in = [x for k in range(i, h) if (x := names.start.get(k)) is not None and x.j <= h]
            atype = modifier_type(ctx, i, h, names_in)  # the UN human rights office: its charge's side
        _actor_type(ctx, m, hs, atype, names)
    return m


def _sides_from_context(ctx: Ctx, noms: list[Mention]) -> None:
    """'the commander' after 'a pro-regime commander' takes the earlier mention's side;
    a modifier shared by a coordination carries its side (the opposition sources and
    officials, G26)."""
    lows, lex = ctx.lows, ctx.lex
    for k, m in enumerate(noms):
        if m.label == "ACTOR" and not m.strong and m.atype == "other" and m.j - m.i == 1 and m.i > 0 \
                and lows[m.i - 1] == "the":
            prev = next((x for x in reversed(noms[:k]) if x.label == "ACTOR" and lows[x.j - 1] == lows[m.j - 1]
                         and x.j - x.i > 1), None)
            if prev is not None:
                m.atype = prev.atype
    for a, b in pairwise(noms):
        if a.label == b.label == "ACTOR" and b.j - b.i == 1 and b.i == a.j + 1 and lows[a.j] == "and" \
                and lows[b.i] in lex.neutral_heads and a.j - a.i > 1 and not b.strong:
            b.atype = a.atype


def find_noms(ctx: Ctx, blocked: set[int], names: list[Mention]) -> list[Mention]:
    """NOM candidates: a lexicon head that is not itself a modifier, with the
    pre-modifiers before it, after the guidelines' drop rules (G13-G18)."""
    taken = set(blocked) | {k for m in names for k in range(m.i, m.j)}
    idx = _Names(names, {m.j - 1: m for m in names}, {m.i: m for m in names})
    noms = [m for h in range(ctx.n) if (m := _nom_at(ctx, h, taken, blocked, idx)) is not None]
    _sides_from_context(ctx, noms)
    noms += person_descriptions(ctx, names, taken)    # [X], 61, a [retired ship's engineer] (G66)
    # titles and descriptors right before a name are left out (G17)
    return [m for m in noms if not (m.j in idx.start and ctx.gap(m.j - 1, m.j) == " ")]


def find_mentions(ctx: Ctx, blocked: set[int]) -> list[Mention]:
    """ACTOR and LOCATION mentions, overlap-free: the longest candidate wins (a NOM
    with a name inside it, like 'UN officials', beats the name, G20)."""
    names = find_names(ctx, blocked)
    noms = find_noms(ctx, blocked, names)
    ws = ctx.ws
    ranked = sorted(names + noms, key=lambda m: (-(ws[m.j - 1].end - ws[m.i].start), 0 if m.mtype == "NOM" else 1, m.i))
    used: set[int] = set(blocked)
    out: list[Mention] = []
    for m in ranked:
        if any(k in used for k in range(m.i, m.j)):
            continue
        used.update(range(m.i, m.j))
        out.append(m)
    out.sort(key=lambda m: m.i)
    return out
