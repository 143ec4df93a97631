"""A clinic's intake of the reported violence (G179): patients a hospital or its staff
received, admitted or treated, or who arrived there, are the casualties of the attack,
'injured', where a harm of violence names them ('dozens of gunshot cases arrived') or the
story's figures of people are mostly its dead and wounded ('his team had received dozens
of patients since Wednesday', 'about 300 people were treated for choking'); a rate ('a
day', 'each week') makes them a clinic's general caseload, 'other', as G179 says.

Why apart from senses.py and categories.py: those read one figure from the words that
govern it; this second look needs the document's figures of people (is the story one of
casualties?) and runs after every figure has its first reading, as senses.casualty_shares
does for the shares of such an intake.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .context import Ctx, Mention
from .lexicons import load
from .parts import PART_OPENERS
from .wordclass import lemma

# Categories an intake figure may have had from its noun or verb before this look.
_NO_FATE = ("other", "evacuated", "displaced", "present", "released")
# Verbs whose subject is the intake itself ('40 patients arrived', 'came in').
_ARRIVING = ("arrive", "come")


# Prepositions that make 'a week' a span of time, no rate ('for a week', 'within a day').
_SPANS = ("for", "in", "within", "after", "over", "than")


def _rate(ctx: Ctx, s: int) -> bool:
    """Whether the sentence of word s gives a rate: 'a', 'each', 'every' or 'per' before a
    unit of time, or categories.json's rate_words ('daily'): a general caseload (G179);
    not a span ('treated 40 children for a week')."""
    lo, hi = ctx.seg_range(s)
    lows, rates = ctx.lows, load("categories")["rate_words"]
    return any(lows[k] in rates["adverbs"] or lows[k] in rates["openers"] and k + 1 < hi
               and lows[k + 1] in rates["units"] and not (k > lo and lows[k - 1] in _SPANS) for k in range(lo, hi))


def _harmed(ctx: Ctx, words: list[str]) -> bool:
    """Whether the words name a harm of violence ('wounds', 'burns', categories.json's
    violence_harms: 'gunshot', 'shrapnel')."""
    harms = load("categories")["violence_harms"]
    return any(w in harms or ctx.lex.category_verbs.get(w) == "injured" for w in words)


def _complaint(words: list[str]) -> bool:
    """Whether the words name a complaint of care (categories.json's care_complaints)."""
    return any(w in load("categories")["care_complaints"] for w in words)


def _taken_in_before(ctx: Ctx, s: int, lo: int) -> bool:
    """Whether a verb of taking in patients (received, admitted, treated: casualty_care_verbs
    less 'bring') stands right before the figure at word s, past adverbs, determiners and a
    quotation mark, in lower case ('had received dozens of patients', 'treated "dozens" of')."""
    k, lows = s - 1, ctx.lows
    while k >= lo and (lows[k] in ctx.T.adverbs or lows[k] in ctx.T.determiners or not ctx.ws[k].text.isalnum()):
        k -= 1
    verbs = set(load("categories")["casualty_care_verbs"]) - {"bring"}
    return k >= lo and ctx.ws[k].text.islower() and lemma(lows[k]) in verbs


def _taken_in_after(ctx: Ctx, end: int, hi: int) -> bool:
    """Whether the figure's own predicate after word ``end`` (past auxiliaries and adverbs)
    takes it in: 'arrived', 'came in', 'were admitted', 'were treated for ...' (not 'were
    treated as outpatients': no 'for')."""
    lows, x = ctx.lows, end
    while x < hi and (lows[x] in ctx.T.auxiliaries or lows[x] in ctx.T.adverbs):
        x += 1
    if x >= hi or not ctx.ws[x].text.islower():
        return False
    lem = lemma(lows[x])
    if lem in _ARRIVING:
        return True
    return lem in ("admit", "treat") and x > end and x + 1 < hi and (lem == "admit" or lows[x + 1] == "for")


def intake(ctx: Ctx, s: int, e: int, targets: list[Mention]) -> str | None:
    """'harm' where the figure over words [s, e) counts patients taken in for a harm of
    violence named in its own phrase ('gunshot cases', 'patients with burns'; not a part
    of them after a comma: '1,100 patients, 212 of them with injuries' is a caseload),
    'patients' where it counts people taken in with no complaint, no rate and no year (a
    hospital's patients 'since it opened in 2011' are its history), else None."""
    lo, hi = ctx.seg_range(s)
    lows, care = ctx.lows, load("categories")
    heads = {lows[m.j - 1] for m in targets}
    if any(m.label != "ACTOR" and lows[m.j - 1] != "cases" for m in targets):
        return None
    end = max([e] + [m.j for m in targets])
    patients = bool(heads & {*care["care_nouns"], "cases"})
    before = _taken_in_before(ctx, s, lo) and (patients or any(w in care["care_places"] or w in care["staff_nouns"]
                                                               or w in ("team", "we") for w in lows[lo:s]))
    after = _taken_in_after(ctx, end, hi) and (patients or lows[end] in ctx.T.auxiliaries
                                               and lemma(lows[end + 1]) in ("admit", "treat"))
    if _rate(ctx, s) and (before or _taken_in_after(ctx, end, hi) and (patients or _care_words(ctx, lo, hi))):
        return "caseload"
    if not (before or after) or any(_year(w) for w in lows[lo:hi]):
        return None
    stop = next((x for x in range(end, hi) if not ctx.ws[x].text.isalnum()), hi)
    if _harmed(ctx, lows[s:min(stop, end + 6)]):
        return "harm"
    return None if _complaint(lows[s:hi]) else "patients"


def _care_words(ctx: Ctx, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) name a place of care or its staff (categories.json's care_places, staff_nouns)."""
    care = load("categories")
    return any(w in care["care_places"] or w in care["staff_nouns"] for w in ctx.lows[lo:hi])


def _year(low: str) -> bool:
    """Whether the word is a year of four digits (1900-2099)."""
    return len(low) == 4 and low.isdigit() and low[:2] in ("19", "20")


def intake_casualties(ctx: Ctx, counts: Iterable[tuple[int, int, Any]],
                      links: Iterable[tuple[tuple[int, int, Any], Mention]], categories: dict[int, str]) -> None:
    """Make 'injured' each figure of a clinic's intake (:func:`intake`) that no fate was
    given: one named by a harm of violence always, one of plain patients where most of the
    document's figures of people are its dead and wounded (G179)."""
    people = [c for c in categories.values() if c != "other"]
    casualties = 2 * sum(c in ("killed", "injured") for c in people) > len(people)
    targets: dict[int, list[Mention]] = {}
    for c, t in links:
        targets.setdefault(c[0], []).append(t)
    for s, e, _ in counts:
        kind = intake(ctx, s, e, targets.get(s, [])) if categories.get(s) in _NO_FATE else None
        if kind == "caseload":
            categories[s] = "other"                   # receiving hundreds of people a day (G179)
            _parts_of(ctx, s, counts, categories)
        elif kind is not None and (kind == "harm" or casualties):
            categories[s] = "injured"


def _parts_of(ctx: Ctx, s: int, counts: Iterable[tuple[int, int, Any]], categories: dict[int, str]) -> None:
    """Make 'other' the next figure after the caseload figure at word s where it is 'N of
    them' in the same paragraph ('Half of them have not seen a doctor'): a part of a
    caseload is a caseload (G78, G145, G179)."""
    nxt = next(((s2, e2) for s2, e2, _ in counts if s2 > s), None)
    if nxt is not None and ctx.para_of[nxt[0]] == ctx.para_of[s] and nxt[1] + 1 < ctx.n \
            and ctx.lows[nxt[1]] == "of" and ctx.lows[nxt[1] + 1] in ("them", "whom"):
        categories[nxt[0]] = "other"


def parts_follow(ctx: Ctx, counts: Iterable[tuple[int, int, Any]], first: dict[int, str],
                 categories: dict[int, str]) -> None:
    """Give a part right after a figure ('between 115 and 125 people had needed treatment, including 15
    children') the category this second look gave the figure (``first``: the categories before it), where the
    part had shared the figure's first reading: a part keeps the category of the whole it is part of (G77, G78,
    G145), also once the intake or a need of care makes the whole its casualties (G179)."""
    seq = list(counts)
    for (s, _e, _v), (s2, _e2, _v2) in zip(seq, seq[1:], strict=False):
        if categories[s] != first[s] and categories[s2] == first[s] and ctx.seg_of[s2] == ctx.seg_of[s] \
                and ctx.lows[s2 - 1] in PART_OPENERS:
            categories[s2] = categories[s]
