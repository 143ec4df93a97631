"""People asked for what they know (G398): a count of people interviewed, surveyed,
spoken to or visited keeps the category its noun carries, since being asked is no event
of a category ('[12] refugees we spoke to' displaced, '[about 40] residents interviewed'
present, '[dozens] of people interviewed by our staff' in a story of flight displaced);
'other' only where the noun carries none ('[41] survivors and witnesses').

Why apart from categories.py and senses.py: senses.py says whether a verb before a figure
asks people ('spoke to 28 residents'); this module also reads the clause after the noun
('residents it interviewed') and says which category the asked people keep, from their
noun or the story's situation, one concern a change to G398 touches alone.
"""

from __future__ import annotations

from .context import Ctx, Mention
from .lexicons import load
from .predicates import after_noun
from .senses import interviewed
from .situations import SITUATIONS, civilians_only
from .word_categories import CLAUSE_OPENERS
from .wordclass import lemma, only_verb


def _asking(ctx: Ctx, k: int, hi: int) -> bool:
    """Whether word k is a verb of asking people in lower case (categories.json's
    interview_verbs, by lemma: interviewed, surveyed, visited), or of speaking before 'to'
    or 'with' ('spoke to', 'talked with')."""
    c, lows = load("categories"), ctx.lows
    if not ctx.ws[k].text.islower():
        return False
    lem = lemma(lows[k])
    return lem in c["interview_verbs"] or lem in c["speaking_verbs"] and k + 1 < hi and lows[k + 1] in ("to", "with")


def _asked_after(ctx: Ctx, end: int, hi: int) -> int | None:
    """The verb of a clause of asking that follows the phrase ending before word ``end``: a
    participle right after it ('people interviewed by our staff'), or a relative pronoun or
    none, a subject of at most three words and the verb ('residents it interviewed', 'the
    mothers we spoke to', 'families whom the team visited'); None past another verb ('people
    who fled and spoke to us': their own deed comes first) or a preposition ('held four men
    for questioning': a purpose)."""
    lows = ctx.lows
    x = end + (end < hi and lows[end] in ("that", "whom", "who"))
    for k in range(x, min(hi, x + 4)):
        if not ctx.ws[k].text.isalpha():
            return None
        if _asking(ctx, k, hi):
            return k
        if only_verb(lows[k]) or lows[k] in ctx.T.auxiliaries or lows[k] in ctx.T.prepositions:
            return None
    return None


def _own_predicate(ctx: Ctx, start: int, hi: int, movement: str) -> str | None:
    """The category the asked people's own predicate states, read from word ``start`` (past
    the clause of asking and an agent or a particle of it) to the first comma or
    coordinator: 'half of those surveyed had fled twice' displaced, '[40] residents it
    interviewed had been arrested' detained; not the object of a verb of telling ('residents
    it interviewed described looting and men being taken away': what they told, not what
    befell them)."""
    lows, x = ctx.lows, start
    while x < hi and (lows[x] in ("to", "with", "by") or x > start and lows[x - 1] == "by"
                      or lows[x] in ctx.T.determiners or lows[x] in ctx.T.pronouns and x > start):
        x += 1                                        # (interviewed by our staff; spoke to)
    stop = next((y for y in range(x, hi) if not ctx.ws[y].text.isalnum() or lows[y] in CLAUSE_OPENERS), hi)
    return after_noun(ctx, x, stop, movement)


def _interviewee(ctx: Ctx, s: int, lo: int, end: int, targets: list[Mention]) -> bool:
    """Whether the figure at word s (its phrase ending before word ``end``) counts people
    asked for what they know: the object of a verb of asking right before it, past adverbs
    and determiners ('interviewed 40 residents', 'spoke to some 28 residents'), or a noun
    of people a clause of asking follows (:func:`_asked_after`)."""
    if not targets or not all(m.label == "ACTOR" for m in targets):
        return False
    k = s - 1
    while k > lo and (ctx.lows[k] in ctx.T.adverbs or ctx.lows[k] in ctx.T.determiners):
        k -= 1
    return k >= lo and interviewed(ctx, k, lo) or _asked_after(ctx, end, ctx.seg_range(s)[1]) is not None


def _interviewee_category(ctx: Ctx, end: int, targets: list[Mention], movement: str,
                         context: tuple[str | None, str | None]) -> str:
    """The category of people asked for what they know (G398): their own predicate's where
    it states an event of a category ('half of those surveyed had fled twice'), else their
    noun's ('refugees' displaced, 'arrivals' the story's movement); for a civilian group
    that a clause of asking follows ('the families we visited'), the situation of the count
    before (``context``: before, topic) or the story's, which an object of the verb does
    not take ('talked with 12 families': what was done to them, G231); else
    'present' for a noun of residents (categories.json's resident_nouns: people of the
    place, 'residents it interviewed' in a toll's story); else 'other' (survivors,
    witnesses, experts)."""
    c, lows, hi = load("categories"), ctx.lows, ctx.seg_range(end - 1)[1]
    asked = _asked_after(ctx, end, hi)
    pred = _own_predicate(ctx, end if asked is None else asked + 1, hi, movement)
    if pred and pred not in ("other", "lodging"):
        return pred
    found = next((c["nouns"][lows[m.j - 1]] for m in targets if lows[m.j - 1] in c["nouns"]), None)
    if found is not None:
        return movement if found == "movement" else found
    if not civilians_only(ctx, targets):
        return "other"
    situation = next((x for x in context if x in SITUATIONS), None) if asked is not None else None
    return situation or ("present" if any(lows[m.j - 1] in c["resident_nouns"] for m in targets) else "other")


def asked(ctx: Ctx, span: tuple[int, int], targets: list[Mention], movement: str,
          context: tuple[str | None, str | None]) -> str | None:
    """The category of the figure at word ``span[0]`` (its phrase ending before word
    ``span[1]``) as people asked for what they know (G398), None where it counts no such
    people (:func:`_interviewee`); ``context`` holds the count before's category and the
    story's topic."""
    s, end = span
    if not _interviewee(ctx, s, ctx.seg_range(s)[0], end, targets):
        return None
    return _interviewee_category(ctx, end, targets, movement, context)
