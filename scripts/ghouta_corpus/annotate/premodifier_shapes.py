"""Pre-modifiers of special shapes: a word in -ing, an acronym or an unknown name before a head.

Why apart: both need their own tests of what follows or precedes them (is the word in
-ing a gerund with its object? is the acronym a Roman numeral?), which grew beyond what
phrases.py, the general noun-phrase reader, should hold (G14, G20).
"""

from __future__ import annotations

from functools import cache

from .context import Ctx
from .lexicons import load
from .wordclass import is_plural_noun, lemma, word_classes


def _acronym_before_head(ctx: Ctx, k: int) -> bool:
    """Whether the acronym at k, one no rule found as a name, stands right before a
    lower-case actor or place head: an organisation's or group's short name used as a
    pre-modifier (G20: [NRC spokesperson], [CSP fighters], [MONUSCO peacekeepers]: the UN
    missions' short names run to seven letters), not a Roman numeral (World War II veterans)."""
    t = ctx.ws[k].text.replace(".", "")
    if not (t.isalpha() and 2 <= len(t) <= 8) or set(t) <= set("IVXLCDM") or k + 1 >= ctx.n:
        return False
    nxt = ctx.ws[k + 1].text
    return nxt.islower() and ctx.gap(k, k + 1) == " " and (
        ctx.lows[k + 1] in ctx.lex.actor_heads or ctx.lows[k + 1] in ctx.lex.place_heads)


def name_before_head(ctx: Ctx, k: int, acronym: bool) -> bool:
    """Whether the acronym or the capitalised word at k is a name no rule found used
    as a pre-modifier of the head after it (G20)."""
    return _acronym_before_head(ctx, k) if acronym else _word_before_head(ctx, k)


def _word_before_head(ctx: Ctx, k: int) -> bool:
    """Whether the capitalised word at k, one no rule found as a name and no English
    word (Fatah, Peshmerga, Ukrzaliznytsia, Karabakh), stands alone right before a
    lower-case actor head that ends its phrase: a movement's, a company's or a place's
    name used as a pre-modifier (G20: [UN officials], so [Fatah officials], a [Peshmerga
    officer], [Karabakh patients]). Without it the name, which has no evidence of its
    own, fell out and the head stood alone. A word after another capitalised one is
    left to the name rules (it ends a longer name)."""
    t, lows = ctx.ws[k].text, ctx.lows
    if not (t.isalpha() and t[0].isupper() and t[1:].islower() and len(t) >= 3) or word_classes(lows[k]) \
            or t in ctx.T.months or t in ctx.T.weekdays or k + 1 >= ctx.n or ctx.gap(k, k + 1) != " ":
        return False
    if k > 0 and ctx.ws[k - 1].text[:1].isupper() and ctx.gap(k - 1, k) == " " and not ctx.initial[k] \
            and lows[k - 1] not in ctx.T.closed and lows[k - 1] not in ctx.T.determiners:
        return False                                  # (A Fatah official: the article is no part of a name)
    h = k + 1
    return ctx.ws[h].text.islower() and lows[h] in ctx.lex.actor_heads and not (
        h + 1 < ctx.n and (lows[h + 1] in ctx.lex.actor_heads or lows[h + 1] in ctx.lex.place_heads))


@cache
def participle_premodifiers() -> frozenset[str]:
    """actors.json's words in -ing that are adjectives or noun modifiers before a noun."""
    return frozenset(load("actors")["participle_premodifiers"])


def participle_opens(ctx: Ctx, k: int) -> bool:
    """Whether the word in -ing at k opens a noun phrase rather than being a verb with
    its object: nothing before it, or a word that is no noun, name or auxiliary (fled
    [surrounding villages], by [fleeing civilians]; not 'families fleeing villages',
    'Kurds fleeing towns', 'were holding villages')."""
    if _gerund_with_object(ctx, k):
        return False
    if k == ctx.seg_range(k)[0]:
        return True
    prev, p = ctx.lows[k - 1], ctx.ws[k - 1].text
    if p[:1].isupper():                               # (In surrounding villages; not 'Kurds fleeing towns')
        return prev in ctx.T.closed or prev in ctx.T.prepositions or prev in ctx.T.determiners
    if prev in ctx.T.auxiliaries:
        return False
    if prev in ctx.lex.actor_heads or prev in ctx.lex.place_heads or is_plural_noun(prev):
        return False
    return not p.isalpha() or word_classes(prev) != frozenset({"NOUN"})


def _gerund_with_object(ctx: Ctx, k: int) -> bool:
    """Whether the word in -ing at k is a gerund or verb with the noun after it as its
    object (actors.json's 'participles_of_people', 'gerund_verbs',
    'gerund_clause_prepositions'): a participle of people on the move before a place head
    ('after fleeing villages': a place does not flee), after a verb that takes a gerund
    (kept holding towns, denied holding hostages) or after 'of' behind a word of accusing
    or capability within three words (accused them of holding villages), or after a
    preposition opening a clause (After fleeing towns, ...; By surrounding villages, ...)."""
    lex = load("actors")
    lows = ctx.lows
    if lows[k] in lex["participles_of_people"] and k + 1 < ctx.n and lows[k + 1] in ctx.lex.place_heads:
        return True
    start = ctx.seg_range(k)[0]
    if k == start:
        return False
    verbs = frozenset(lex["gerund_verbs"])
    prev = lows[k - 1]
    if prev in verbs or lemma(prev) in verbs:
        return True
    if prev == "of":
        return any(w in verbs or lemma(w) in verbs for w in lows[max(start, k - 5):k - 1])
    return prev in lex["gerund_clause_prepositions"] and (k - 1 == start or lows[k - 2] in (",", ";"))



def appositive_modifier(ctx: Ctx, b: int, determined: bool) -> bool:
    """Whether word b is a modifier that a noun-phrase appositive's head search steps
    over: a piece of an age ('X, a 52-year-old farmer') or, after the appositive's
    article and before a lower-case word, a capitalised modifier ('X, an Energoatom
    engineer', 'X, a Kenyan paediatrician'); a capitalised word straight after the
    comma opens a list of names instead ('Aleppo, Homs')."""
    ws, n, t = ctx.ws, ctx.n, ctx.ws[b].text
    if t.isdigit() and b + 2 < n and ws[b + 1].text == "-" and ctx.lows[b + 2] == "year-old":
        return True
    if t == "-" and b >= 1 and ws[b - 1].text.isdigit() and b + 1 < n and ctx.lows[b + 1] == "year-old":
        return True
    return determined and t[0].isupper() and t.isalpha() and b + 1 < n and ws[b + 1].text.isalpha() \
        and ws[b + 1].text.islower()



def contact_clause_start(ctx: Ctx, i: int, h: int) -> int:
    """The first word of a head's noun phrase where the lower-case common nouns from word
    i on cannot modify that head, so that they end another noun phrase and the head opens
    a contact clause of its own (G39's reduced relative; G14's pre-modifiers stay only
    inside one phrase): after 'a'/'an', which never determines a plural ('a journey
    [drivers] said could take two days', 'an account [officials] have disputed'), and
    before a capitalised head, a demonym, which takes adjectives but no noun modifier
    ('the border town [Kurds] call X'). Else i ('an aid worker', 'a local health
    official', 'displaced Kurds')."""
    lows = ctx.lows
    plural = ctx.ws[h].text.islower() and is_plural_noun(lows[h]) and i >= 1 and lows[i - 1] in ("a", "an")
    if i >= h or not (plural or ctx.ws[h].text in ctx.T.demonyms):
        return i
    k = i
    while k < h and ctx.ws[k].text.isalpha() and ctx.ws[k].text.islower() and word_classes(lows[k]) >= {"NOUN"} \
            and "ADJ" not in word_classes(lows[k]) and not is_plural_noun(lows[k]):
        k += 1
    return k if k == h or plural and k > i else i
