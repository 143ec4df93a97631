"""A counted figure's own predicate: the first category word after its noun in its clause (G39, G77).

Why apart from :mod:`.categories`: the words after a figure are read by every step of the
category choice (a partitive's predicate, a possessed figure's, a verb's object's), and
where that reading stops (an aside, a relative clause, the figure's own verb of no
category) is one question of its own, asked here and nowhere else.
"""

from __future__ import annotations

from .company import on_board
from .context import Ctx
from .senses import performed, reduced_relative
from .word_categories import from_homes, loses_something, staying_state, verb_category
from .wordclass import can_be_verb, only_verb

_DASHES = ("-", "\u2013", "\u2014")
# Words an aside set off by commas may run to: 'N people, two-thirds of them children
# under the age of five, had died' (an apposition with no verb of its own is skipped).
_ASIDE = 16
NEUTRAL = ""
"""What :func:`after_noun` returns where the figure's own predicate is found and gives no category."""


def after_noun(ctx: Ctx, start: int, hi: int, movement: str, verb: int | None = None) -> str | None:
    """The category of the first category word after the counted noun in its clause,
    past a dash-delimited or short comma-delimited aside ('101 people - women, men and
    children - were brought out'; 'About 5,000 people, fighters among them, left'); past
    a relative clause right after the noun, the last one (civilians who had been trapped
    ... were freed: a later verb after a finite auxiliary is the main clause's), not past
    'and that' or 'but that', which open another reported clause. A noun
    of custody wins over a verb of staying (remain in custody). Where the figure's own
    predicate is found and neither it nor its complements name a category ('two men
    pulled 20 people out before the shelling drove them off'), :data:`NEUTRAL`: no
    category word of another clause is taken (see :func:`is_predicate`)."""
    ws, lows = ctx.ws, ctx.lows
    relative = start < hi and (lows[start] in ("who", "which", "that") or reduced_relative(ctx, start, hi))
    found: list[str] = []
    finite: list[str] = []
    predicate = None if relative else verb            # the figure's own verb, found and neutral (its object;
    #                                                   a relative clause on the object says more: listed 12 who died)
    own_clause = True                                 # no clause boundary met yet
    k = start
    while k < hi:
        t = ws[k].text
        if predicate is not None and (t in (",", ";", ":", "(", ".") or t in _DASHES or _boundary(ctx, k)):
            return NEUTRAL                            # the predicate's clause ends without a category
        if t in _DASHES or t == ",":
            close = _aside_end(ctx, k, hi, movement)
            if close is None:
                break
            k = close + 1
            continue
        if t in (";", ":", "(") or (t == "." and k > start) or lows[k] == "that" and k > start \
                and lows[k - 1] in ("and", "but"):
            break                                     # (... wounded, and that two patients died: another report)
        if not found and lows[k] in ("who", "which", "that"):
            relative = True                           # half of the 120,000 who lived there have fled
        own_clause = own_clause and not (k > start and _boundary(ctx, k))
        cat = None if loses_something(ctx, k) else verb_category(ctx, k, movement) \
            or (movement if own_clause and on_board(ctx, k) else None)   # lost contact: no death; are on a bus
        if cat is None and predicate is None and own_clause and not relative and not found \
                and is_predicate(ctx, k) and not catenative(ctx, k):
            cat = "displaced" if from_homes(lows, k + 1, min(hi, k + 6)) else None   # forced from their homes
            predicate = k                             # (its complements may still name one: treated for injuries)
        if cat == "present":
            cat = staying_state(ctx, k, hi, movement)
        if cat is not None:
            found.append(cat)
            if not relative:
                break
            x = k - 1
            while x > start and lows[x] in ctx.T.adverbs:
                x -= 1
            if len(found) > 1 and lows[x] in ("were", "was", "are", "is", "have", "has", "had"):
                finite.append(cat)
        k += 1
    if predicate is not None and not found:
        return NEUTRAL
    if "detained" in found and "present" in found:
        return "detained"
    return finite[0] if finite else (found[0] if found else None)


def _aside_end(ctx: Ctx, k: int, hi: int, movement: str) -> int | None:
    """Where an aside opened by the dash or comma at word k closes, if it is one to skip:
    a dash-delimited one, or a short comma-delimited one with no category word. A comma
    aside that is a list ('Hundreds of mourners, among them officials, tribal figures and
    commanders, had gathered'; '..., most of them women, children and older people, were
    waiting') runs on past a comma that no verb follows to the comma before the
    predicate, within the same reach, no word of a verb or a category between."""
    ws = ctx.ws
    if ws[k].text in _DASHES:
        return next((x for x in range(k + 1, min(hi, k + 20)) if ws[x].text in _DASHES), None)
    close = next((x for x in range(k + 1, min(hi, k + _ASIDE)) if ws[x].text == ","), None)
    if close is None or any(verb_category(ctx, x, movement) for x in range(k + 1, close)):
        return None
    while close + 1 < hi and not _verbal(ctx, close + 1):
        further = next((x for x in range(close + 1, min(hi, k + _ASIDE)) if ws[x].text == ","), None)
        if further is None or any(_verbal(ctx, x) or verb_category(ctx, x, movement) or ws[x].text in _DASHES
                                  for x in range(close + 1, further)) or further + 1 >= hi \
                or not _verbal(ctx, further + 1):
            break
        close = further                               # (a list aside: the comma before its predicate)
    return close


def _verbal(ctx: Ctx, x: int) -> bool:
    """Whether word x is an auxiliary or a lower-case word the lexicon knows only as a verb."""
    return ctx.lows[x] in ctx.T.auxiliaries or ctx.ws[x].text.islower() and only_verb(ctx.lows[x])


def _boundary(ctx: Ctx, k: int) -> bool:
    """Whether word k opens another clause: a subordinator, 'but' or a relative pronoun
    ('and' joins nouns as often as clauses: blast and gunshot wounds)."""
    low = ctx.lows[k]
    return low in ctx.T.subordinators or low in ("but", "who", "which", "where", "whom")


def is_predicate(ctx: Ctx, k: int) -> bool:
    """Whether word k can be a clause's predicate: a lower-case word that
    :func:`~.wordclass.only_verb` accepts (a form the English lexicon knows only as a
    verb: pulled, argue, gone, not floor or dead; or an -ed form it also knows as an
    adjective: armed, forced), neither an auxiliary nor an adverb. Its callers stop at
    the figure's own predicate (G39): where it is found and names no category, no
    category word further away is taken ('two men pulled some 20 people out before the
    shelling drove them off': the men are no displaced)."""
    t, low = ctx.ws[k].text, ctx.lows[k]
    return t.islower() and low not in ctx.T.auxiliaries and low not in ctx.T.adverbs and only_verb(low) \
        or performed(ctx, k)                          # carried out medical checks: a verb, whatever 'carried' is


def catenative(ctx: Ctx, k: int) -> bool:
    """Whether the verb at k takes another verb after it, which carries the category
    ('believed to remain', 'forced to flee', 'have begun evacuating', 'were reported
    killed')."""
    x = k + 1
    while x < ctx.n and ctx.lows[x] in ctx.T.adverbs:
        x += 1
    return x < ctx.n and (ctx.lows[x] == "to" or ctx.lows[x].endswith("ing") and can_be_verb(ctx.lows[x])
                          or ctx.lows[x] in ctx.lex.category_verbs)
