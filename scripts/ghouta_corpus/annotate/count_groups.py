"""Groups a count with no noun right after it counts (G40, G407): the mention that a
stepped-over 'additional' opens, the conjuncts of a counted list past an 'of' phrase
('and their relatives') but not a singular body after 'and the', and a second estimate
after a counted noun (G407). Split out of count_nouns.py to keep modules small."""

from __future__ import annotations

from .context import Ctx, Mention
from .lexicons import load
from .numbers import CountValue
from .wordclass import can_be_verb, is_plural_noun, only_verb

# Words stepped over before a counted noun ('500 more people', '1,200 additional tents'): one home
# for counts._noun_start and the rule below.
STEPPED = frozenset(("other", "more", "additional", "further", "such"))


def skipped_start(ctx: Ctx, e: int, k: int, starts: dict[int, Mention]) -> int:
    """Where the counted mention starts when the words stepped over before the noun at
    word k ('additional', 'further') open a mention themselves ('1,200 [additional
    tents]'): the mention is what the figure counts (G40), so its first word; k itself
    where no mention starts on such a word or the one found ends before k."""
    x = k
    while x - 1 >= e and ctx.lows[x - 1] in STEPPED:
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


def second_estimate(ctx: Ctx, cnt: tuple[int, int, CountValue], last: int | None,
                    seen: tuple[dict[int, list[Mention]], dict[int, CountValue]]) -> list[Mention]:
    """What a bare figure counts that is set after a counted noun as another estimate of
    the same people (G407: 'well over [900] people, and possibly nearer [1,200]', '[300]
    families, perhaps [400].'): the noun of the count just before it, where only a comma
    and 'and' or 'or' stand between that noun and the figure, and punctuation follows the
    figure (no verb of its own: '50 people, 20 were children' is a part, G256). None
    elsewhere; a second figure with its own noun counts that noun (count_targets), and
    one in another unit restates the first as a share ('7,000 tests, or less than 4
    percent'), no estimate of the same people. ``seen``: each earlier count's targets
    and values, by its start."""
    s, e, cv = cnt
    targets_of, values = seen
    if last is None or ctx.seg_of[last] != ctx.seg_of[s] or not targets_of.get(last) \
            or last not in values or values[last].unit != cv.unit:
        return []
    a = max(t.j for t in targets_of[last])
    if ctx.lows[a:s] not in ([","], [",", "and"], [",", "or"]):
        return []
    return list(targets_of[last]) if e >= ctx.n or ctx.lows[e] in (",", ".", ";", ")", ":") else []
