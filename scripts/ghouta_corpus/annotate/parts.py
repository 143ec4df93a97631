"""A figure that is a part of another or refers back to it (G77, G78, G145, G305, G359):
'including 68 children', 'among them', 'N of them', the remainder of a toll, a share that
only says what the people before are, a rival figure for 'the number', and the whole of a
family's partitive.

Why apart from categories.py: these read only the words around a figure that say it is
a part of a whole the text gave before it (or, for 'two of her [six] children', the
whole itself); categories.py decides which whole's category the part takes.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx
from .lexicons import load
from .numbers import CountValue
from .predicates import NEUTRAL, after_noun, is_predicate
from .wordclass import only_verb
from .words import POSSESSIVES, QUOTES

# Words before a figure that make it a part of the count before it: 'including 68 children', 'among them',
# and a breakdown's verb ('the remainder included 200 soldiers and 250 fighters': the toll's parts, G77, G78).
BREAKDOWN_VERBS = ("included", "includes", "include")
PART_OPENERS = ("including", "among", *BREAKDOWN_VERBS)


def listed_part(ctx: Ctx, k: int, lo: int) -> bool:
    """Whether word k is the 'and' of a list that a part opener heads ('including 68 children and 40 women', 'the
    remainder included 200 soldiers and 250 fighters loyal to ...'): no verb and no comma stands between them, so
    the later figure is a part of the same whole, whatever its own words after it say (G77, G78)."""
    if ctx.lows[k] != "and":
        return False
    x = next((x for x in range(k - 1, lo - 1, -1) if ctx.lows[x] in PART_OPENERS or not ctx.ws[x].text.isalnum()
              or only_verb(ctx.lows[x])), None)
    return x is not None and ctx.lows[x] in PART_OPENERS


def of_them(ctx: Ctx, s: int, e: int, hi: int, movement: str, before: str | None) -> str | None:
    """The category of 'N of them' (G78, G145) from its own predicate ('a third of them
    have left'); where no verb follows and a comma sets it after the count before ('put the
    toll at 50, five of them children'; '52 people had been killed, six of them volunteers
    who ...'), it is an apposition that only says what part of that count is: the count
    before's category, not a verb of a relative clause on its noun; so is a predicate of no
    category ('at least one of them could have been saved', 'half of them paint'), which
    says what the counted are or do, not what befell them (G145, G208)."""
    lows = ctx.lows
    if e + 1 >= hi or lows[e] != "of" or lows[e + 1] not in ("them", "whom"):
        return None
    if e + 2 < hi and before not in (None, "other") and s > 0 and ctx.ws[s - 1].text == "," \
            and not (lows[e + 2] in ctx.T.auxiliaries or is_predicate(ctx, e + 2)):
        return before
    pred = after_noun(ctx, e + 2, hi, movement)
    if pred == NEUTRAL and before not in (None, "other"):
        return before                                 # at least one of them could have been saved: the dead (G145)
    return pred or None


def whole(ctx: Ctx, s: int, lo: int) -> bool:
    """Whether the figure at word s is the whole of a partitive after a possessive ('two of
    his [three] sons', 'four of her six children'): it says how many the family has, not
    what happened to them, and is 'other' (G305); the part before 'of' takes the verb."""
    lows = ctx.lows
    if s - 3 < lo or lows[s - 1] not in POSSESSIVES or lows[s - 2] != "of":
        return False
    w = ctx.ws[s - 3].text
    return w[:1].isdigit() or lows[s - 3] in ctx.T.units or lows[s - 3] in ctx.T.tens


def remainder_part(ctx: Ctx, s: int) -> bool:
    """Whether the figure at word s opens the breakdown of a remainder ('the remainder
    included more than 200 members of the security forces', 'the rest include 40
    soldiers'): the remainder is the rest of the last whole the text gave, even where that
    stands in an earlier paragraph, so the figure is a part of it (G77, G78)."""
    lows, lo = ctx.lows, ctx.seg_range(s)[0]
    q = s - 1 if s > lo and ctx.ws[s - 1].text in QUOTES else s
    return q - 2 >= lo and lows[q - 1] in BREAKDOWN_VERBS \
        and lows[q - 2] in load("categories")["remainder_nouns"]



def _size(cv: CountValue) -> float | None:
    """A figure's size: its value, else the bound of its range."""
    return cv.value if cv.value is not None else cv.max if cv.max is not None else cv.min


def whole_before(ctx: Ctx, s: int, counted: bool, values: dict[int, CountValue],
                 categories: dict[int, str]) -> str | None:
    """The category of the figure that the figure at word s refers back to, wherever it stands in the text before
    it (``categories`` holds those read so far, in text order): the last one, where s opens a remainder's breakdown
    (:func:`remainder_part`); where s counts no noun of its own (``counted`` false) and is given for 'the figure',
    'the number' or 'the total' in the five words before it ('put the figure at more than 42,000', 'put the number
    higher, at 950'), the latest figure of a category within a factor of three of it: the rival figure it disputes,
    which gives it its category (G359), not a smaller or larger figure of other people in between; else None."""
    earlier = [x for x in categories if x < s]
    if remainder_part(ctx, s):
        return categories[earlier[-1]] if earlier else None
    lows, lo = ctx.lows, ctx.seg_range(s)[0]
    near = range(max(lo + 1, s - 5), s)
    size = _size(values[s])
    if counted or size is None or not any(lows[x] in load("categories")["figure_nouns"] and lows[x - 1] == "the"
                                          for x in near) or any(ctx.ws[x].text[:1].isdigit() for x in near):
        return None
    return next((categories[x] for x in reversed(earlier) if categories[x] != "other"
                 and (other := _size(values[x])) is not None and size / 3 <= other <= size * 3), None)


def described_part(ctx: Ctx, s: int, e: int) -> bool:
    """Whether the figure over words [s, e) is a part of the people counted before it whose
    predicate only says what they are: 'N of them', 'of whom N' or a bare share (a fraction
    or a percentage with no noun) before 'were' ('of whom more than half were wounded or
    seriously ill', 'roughly a third of them needed surgery', 'about a fifth were families'),
    with no agent ('by') and no attack (categories.json's attack_nouns) in the rest of its
    clause: the part keeps the category of the people it counts (G145), so wounded evacuees
    stay evacuated (G351); not '20 of them were wounded by sniper fire on the way'."""
    lows, (lo, hi), percent = ctx.lows, ctx.seg_range(s), set(load("numbers")["percent_words"])
    if e + 1 < hi and lows[e] == "of" and lows[e + 1] in ("them", "whom"):
        start = e + 2
    elif s - 2 >= lo and lows[s - 2:s] == ["of", "whom"]:
        start = e
    elif e < hi and lows[e] in ctx.T.be_forms and set(lows[s:e]) & (fraction_words() | percent) \
            and (lows[s - 1] == "and" if s > lo else True):
        start = e                                     # About a fifth were ...; and roughly a third were ...
    else:
        return False
    stop = next((x for x in range(start, hi) if not ctx.ws[x].text.isalnum()), hi)
    attacks = load("categories")["attack_nouns"]
    return not any(w == "by" or w in attacks for w in lows[start:stop])


@cache
def fraction_words() -> frozenset[str]:
    """The words of numbers.json's fractions ('half', 'third', 'two-thirds', ...), not 'a', 'one', 'two'."""
    fr = load("numbers")["fractions"]
    return frozenset(w for key in fr for w in key.split() if w not in load("numbers")["units"] and w not in ("a", "an"))
