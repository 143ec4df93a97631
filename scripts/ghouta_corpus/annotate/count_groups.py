"""Groups a count with no noun right after it counts (G40, G257): the mention that a
stepped-over 'additional' opens, the conjuncts of a counted list past an 'of' phrase
('and their relatives') but not a singular body after 'and the', and the group an
estimate's range is of. Split out of count_nouns.py to keep modules small."""

from __future__ import annotations

from .context import Ctx, Mention
from .lexicons import load
from .wordclass import can_be_verb, is_plural_noun, lemma, only_verb

# Words _noun_start steps over before a counted noun ('500 more people', '1,200 additional tents').
_STEPPED = frozenset(("other", "more", "additional", "further", "such"))


def skipped_start(ctx: Ctx, e: int, k: int, starts: dict[int, Mention]) -> int:
    """Where the counted mention starts when the words stepped over before the noun at
    word k ('additional', 'further') open a mention themselves ('1,200 [additional
    tents]'): the mention is what the figure counts (G40), so its first word; k itself
    where no mention starts on such a word or the one found ends before k."""
    x = k
    while x - 1 >= e and ctx.lows[x - 1] in _STEPPED:
        x -= 1
    return next((y for y in range(x, k) if y in starts and starts[y].j > k), k)


def one_party(ctx: Ctx, m: Mention, d: int) -> bool:
    """Whether the mention ``m`` after 'and the' in a counted list is one body, a singular
    head after 'the' ('two aid agencies and the Saudi-led coalition', 'five ministries and
    the army'): a figure counts several, so not the one body named beside them (G40:
    COUNT_OF goes to what the figure counts); not a plural ('and the families') nor a
    kin noun of a group ('and the family', group_kin)."""
    head = ctx.lows[m.j - 1]
    return d > 0 and ctx.lows[d - 1] == "the" and not is_plural_noun(head) and head not in load("nouns")["group_kin"]


def past_of_phrase(ctx: Ctx, first: Mention) -> int:
    """Where the list of a counted mention goes on: past an 'of' phrase after it that
    names whose the counted people are, where 'and their' and a plural kin or group-kin
    noun follows it ('800 members of the rescue group and their relatives', '300 fighters
    of the brigade and their families': 'their' takes the counted people back, G40's
    '[thousands] of [fighters] and their [relatives]'); at most five words with no verb,
    comma or figure in them. The mention's own end elsewhere ('families of fighters and
    civilians': the list is inside the 'of' phrase)."""
    lows, j = ctx.lows, first.j
    if j >= ctx.n or lows[j] != "of":
        return j
    kin = {*load("nouns")["actor_lists"]["kin"]["words"], *load("nouns")["group_kin"]}
    for c in range(j + 2, min(ctx.n - 2, j + 7)):
        if lows[c] == "and":
            head = lows[c + 2] if lows[c + 1] == "their" else ""
            return c if head in kin and is_plural_noun(head) else j
        if not ctx.ws[c].text.isalpha() or only_verb(lows[c]) or can_be_verb(lows[c]) and lows[c].endswith("ed"):
            return j
    return j


def ranged_set(ctx: Ctx, s: int, starts: dict[int, Mention]) -> list[Mention]:
    """What a figure with no noun of its own at word s counts where it is the range of an
    estimate of a named group ('Estimates of the dead have ranged between 40 and 53', 'the
    number of people killed was disputed, with estimates ranging from a few dozen to more
    than 160'): a form of 'range' at most five words before it in its sentence segment,
    and before that the ACTOR mention after 'of' (past 'the') that follows a figure noun
    (categories.json's figure_nouns): the figure counts that group (G40, G257). None
    elsewhere."""
    lows, (lo, _) = ctx.lows, ctx.seg_range(s)
    r = next((k for k in range(s - 1, max(lo, s - 6) - 1, -1) if lemma(lows[k]) == "range"), None)
    if r is None:
        return []
    figures = load("categories")["figure_nouns"]
    for k in range(r - 1, lo, -1):
        m = starts.get(k)
        if m is None or m.label != "ACTOR" or m.j > r:
            continue
        o = k - 2 if lows[k - 1] == "the" else k - 1
        if o > lo and lows[o] == "of" and lows[o - 1] in figures:
            return [m]
    return []
