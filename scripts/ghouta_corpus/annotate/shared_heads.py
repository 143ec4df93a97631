"""Pre-modifiers coordinated before one shared head (G15, G22, G288).

Why apart from mentions.py: whether the words before 'and' are modifiers of the head
after it or a phrase of their own ('Ukrainian and Russian authorities' vs 'the rebel and
his family') is one question asked from both ends (the left edge of a NOM, and whether a
head word is only a modifier), and its evidence lives here once.
"""

from __future__ import annotations

from .context import Ctx, Mention
from .phrases import premodifier
from .wordclass import is_plural_noun, word_classes


def _head_of_its_own(ctx: Ctx, k: int, names_end: dict[int, Mention]) -> bool:
    """Whether word k, only a noun, follows an adjective: a head of its own (the entire way and ...)."""
    return word_classes(ctx.lows[k]) == frozenset({"NOUN"}) and k >= 1 and ctx.lows[k - 1] not in ctx.T.determiners \
        and premodifier(ctx, k - 1, names_end) is not None


def singular_modifier(ctx: Ctx, k: int, head: int) -> bool:
    """Whether the lower-case actor head at word k, before 'and'/'or' at k + 1, is a noun
    modifier shared with the plural actor head at word ``head`` (G288: 'rebel and
    jihadist factions', 'opposition and militant groups'): a singular word, no determiner
    of one before it (grammar.json's singular_determiners: 'a rebel and two soldiers'
    counts a person), and it and every word between the coordinator and the head a modifier that gives a party's type
    (actors.json's modifier_types other than 'other'): not 'government and local
    authorities', 'army and Gaza officials', 'staff and SSGL teams' (two phrases)."""
    lows, lex = ctx.lows, ctx.lex

    def party(x: int) -> bool:
        return ctx.ws[x].text.islower() and lex.modifier_types.get(lows[x], "other") != "other"

    if not party(k) or lows[k] not in lex.actor_heads or is_plural_noun(lows[k]) \
            or k >= 1 and lows[k - 1] in ctx.T.singular_determiners:
        return False
    return head > k + 2 and all(party(x) for x in range(k + 2, head)) \
        and lows[head] in lex.actor_heads and is_plural_noun(lows[head])


def _demonym_list(ctx: Ctx, k: int, seg: int) -> int:
    """The first of the demonyms listed with commas before the demonym at word k
    ('Assyrian, Kurdish and Arab families'); k itself where none comes before it."""
    ws, T = ctx.ws, ctx.T
    while k >= 2 and ws[k - 1].text == "," and ws[k - 2].text in T.demonyms and ctx.seg_of[k - 2] == seg:
        k -= 2
    return k


def shared_head(ctx: Ctx, i: int, hs: int, blocked: set[int], names_end: dict[int, Mention]) -> int:
    """Modifiers coordinated before one head share it and stay in the mention:
    'Ukrainian and Russian authorities', 'sick and wounded patients', 'Assyrian, Kurdish
    and Arab families', 'rebel and jihadist factions' (G15, G22, G288). ``i`` is the
    mention's first word so far, ``hs`` its head's; the new first word is returned."""
    T, lows, lex = ctx.T, ctx.lows, ctx.lex
    if not (i < hs and i >= 2 and lows[i - 1] in ("and", "or") and (i - 2) not in blocked
            and ctx.gap(i - 2, i - 1) == " " and ctx.seg_of[i - 2] == ctx.seg_of[hs]):
        return i
    k = i - 2
    w = ctx.ws[k].text
    named = _shared_by_names(ctx, i, k, hs, names_end)
    if named is not None:
        return named
    adjective = w in T.demonyms or lows[k] in T.adjective_nouns or (
        premodifier(ctx, k, names_end) == k and lows[k] not in lex.actor_heads and lows[k] not in lex.place_heads
        and k not in names_end and not w[0].isupper() and not _head_of_its_own(ctx, k, names_end)) \
        or singular_modifier(ctx, k, hs)
    if not adjective or k - 1 >= 0 and lows[k - 1] in ("and", "or"):
        return i
    return _demonym_list(ctx, k, ctx.seg_of[hs]) if w in T.demonyms else k


# the types of names that modify a head of people as a party's name (a movement, an
# organisation, an outlet), not a state's capital standing for its government
_PARTY_NAMES = frozenset(("organization", "armed_group", "media"))


def _shared_by_names(ctx: Ctx, i: int, k: int, hs: int, names_end: dict[int, Mention]) -> int | None:
    """The first word of a name (not a person's) or of a hyphenated name-adjective at word
    k, before 'and' and a capitalised conjunct that modifies the plural people head at hs:
    the names share the head (G288: '[Hamas and Islamic Jihad fighters]', '[Red Cross and
    UN experts]', '[Saudi- and Emirati-backed forces]'); else None."""
    ws, lows, lex = ctx.ws, ctx.lows, ctx.lex
    if not (ws[i].text[:1].isupper() and ws[hs].text.islower() and lows[hs] in lex.actor_heads
            and is_plural_noun(lows[hs])):
        return None
    if ws[k].text == "-" and k >= 1 and ctx.gap(k - 1, k) == "" and "-" in ws[i].text \
            and ws[i].text.rsplit("-", 1)[1].islower() and ws[k - 1].text in ctx.T.demonyms:
        return k - 1                                  # Saudi- and Emirati-backed forces
    name = names_end.get(k)
    if name is None or name.label != "ACTOR" or name.person or name.atype not in _PARTY_NAMES \
            or lows[k] in lex.actor_heads or name.i >= 1 and ws[name.i - 1].text == "," \
            or not all(ws[x].text[:1].isupper() for x in range(i, hs)):
        return None                                   # the [SDF] and [Arab tribal gunmen]; activists, Damascus and ...
    return name.i
