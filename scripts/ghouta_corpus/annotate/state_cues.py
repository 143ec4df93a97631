"""Verbs around a country or capital that make it its government acting (G8, G70, G253).

Why a module: :func:`.states.acting` reads a state as an agent from what comes after
it (a verb it is the subject of) and from a few fixed triggers before it. These are
the verbs that take a state as their object or goal and can only take an agent there
(`accused Rwanda of`, `to blame Russia`, `praised Turkey`, `the town fell to
Damascus`), and the modal predicate a state is the subject of (`Turkey could not
shoulder`); their words live in places.json (``state_object_verbs``,
``state_goal_verbs``), read by lemma so that every inflection counts.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .context import Ctx, Mention
from .lexicons import load
from .phrases import head_at
from .wordclass import lemma, word_classes
from .words import APOS


@cache
def _object_verbs() -> frozenset[str]:
    """places.json's state_object_verbs: lemmas whose object is an agent."""
    return frozenset(load("places")["state_object_verbs"])


@cache
def _goal_verbs() -> frozenset[str]:
    """places.json's state_goal_verbs: lemmas whose 'to' goal is an agent (fell to X)."""
    return frozenset(load("places")["state_goal_verbs"])


@cache
def _stative() -> frozenset[str]:
    """actors.json's stative_verbs: verbs whose subject is a place (Syria remains)."""
    return frozenset(load("actors")["stative_verbs"])


_MODALS = frozenset(("will", "would", "could", "can", "cannot", "must", "should", "may", "might", "shall"))


def _verb_lemma_at(ctx: Ctx, k: int) -> str | None:
    """The verb lemma of word k if it is a lower-case word the lexicon knows as a verb."""
    t = ctx.ws[k].text
    if not (t.isalpha() and t.islower()):
        return None
    return lemma(ctx.lows[k])


def object_of_agent_verb(ctx: Ctx, m: Mention) -> bool:
    """Whether the state is the object of a verb that takes an agent there, right
    before it or before its 'the' ('urged the UAE to', 'to blame Russia', 'praised
    Turkey for', 'trust Damascus'): one accused, urged, blamed or trusted is asked to
    act or is held to have acted (G8, G253). Not across a line break: a headline's
    last verb before a dateline ('..., aid group warns / NIAMEY, 9 June') has no object."""
    i = m.i - 1 if m.i > 0 and ctx.lows[m.i - 1] == "the" else m.i
    return i >= 1 and "\n" not in ctx.gap(i - 1, i) and _verb_lemma_at(ctx, i - 1) in _object_verbs()


def goal_of_taking_verb(ctx: Ctx, m: Mention) -> bool:
    """Whether the state is the 'to' goal of a verb of passing into someone's hands
    ('the pocket falls to Damascus', 'rebels surrendered to Moscow'): the capital that
    takes a place is its government (G8, G70)."""
    i = m.i
    return i >= 2 and ctx.lows[i - 1] == "to" and _verb_lemma_at(ctx, i - 2) in _goal_verbs()


_BORDER_NOUNS = frozenset(("border", "borders", "frontier", "frontiers", "boundary"))


def placed_by_governor(ctx: Ctx, m: Mention) -> bool:
    """Whether the word that governs the state makes it a place, whatever verb follows
    it (G8, G11): a compass word or a place noun before 'of' ('siege west of Damascus
    ends', 'the outskirts of Kyiv were shelled'), 'out of' ('buses pulled out of
    Beirut'), a border noun before 'with' ('the border with Turkey, a journey ...'), or a
    verb of reaching or leaving whose object it is (places.json locative_before that are
    no prepositions: 'the last ambulance able to reach Damascus had left'). Then the
    state is no subject of the verb after it. A state in the genitive after a place
    noun's 'of' is left to what it possesses ('a post of Ukraine's rifle battalion':
    its unit, acting; but 'out of Niger's capital' is a place)."""
    i, lows, ws = m.i, ctx.lows, ctx.ws
    if i < 2 or not ws[i - 2].text.islower():
        return False
    prev, before = lows[i - 1], lows[i - 2]
    genitive = m.j + 1 < ctx.n and ws[m.j].text in APOS and lows[m.j + 1] == "s"
    if prev == "of":                                  # (a post of Ukraine's battalion: the genitive decides)
        return before in ctx.T.compass or before == "out" or before in ctx.lex.place_heads and not genitive
    if prev == "with":
        return before in _BORDER_NOUNS
    return prev in ctx.T.locative and prev not in ctx.T.prepositions and ws[i - 1].text.islower() \
        and "\n" not in ctx.gap(i - 1, i)


def modal_subject(ctx: Ctx, m: Mention) -> bool:
    """Whether the state is the subject of a modal and a bare verb after it, past
    'not', 'never' and adverbs ('Turkey could not shoulder another wave', 'Moscow
    will veto it'), the verb no stative one (Syria will remain, G8). Not after a
    preposition, which makes the state no subject ('flights to Beirut will resume')."""
    lows, n, k = ctx.lows, ctx.n, m.j
    if m.i > 0 and lows[m.i - 1] in ctx.T.prepositions:
        return False
    if k >= n or lows[k] not in _MODALS:
        return False
    k += 1
    while k < n and (lows[k] in ("not", "never", "also", "still", "only", "soon")
                     or ctx.ws[k].text.islower() and lows[k].endswith("ly") and "ADV" in word_classes(lows[k])):
        k += 1
    if k >= n:
        return False
    base = _verb_lemma_at(ctx, k)
    return base is not None and base == lows[k] and base not in _stative() and base not in ("be", "have")


def party_earlier_in_list(ctx: Ctx, m: Mention, ending: dict[int, list[Mention]],
                          party: Callable[[Mention], bool]) -> bool:
    """Whether an item before the state in its list (joined by commas, 'and' or 'or')
    is a party that is no state and no civilians: a name ``party`` accepts (``ending``:
    the names found so far by the word they end before) or a common-noun actor head
    ('UN monitors, activists and Damascus', G8, G22): the parties of one list are of
    one kind. Civilian items are walked past; a place item or anything else ends the
    list. The state must be the list's last item, after its 'and' or 'or': commas
    alone also set off a contact line's parts ('Officer, Beirut, press@...', G61)."""
    lows, ws, k = ctx.lows, ctx.ws, m.i
    if k < 2 or lows[k - 1] not in ("and", "or"):
        return False                                  # the list's last item only (not 'officer, Beirut, email')
    for _ in range(6):
        if k < 2 or lows[k - 1] not in (",", "and", "or"):
            return False
        e = k - 2 if lows[k - 1] in ("and", "or") and lows[k - 2] == "," else k - 1
        names = [x for x in ending.get(e, ()) if x.label in ("ACTOR", "LOCATION")]
        if names:
            if any(party(x) for x in names) or any(x.label == "LOCATION" for x in names):
                return any(party(x) for x in names)
            k = min(x.i for x in names)
        else:
            hd = head_at(ctx, e - 1) if e >= 1 and ws[e - 1].text.islower() else None
            if hd is None or hd[1] != "ACTOR":
                return False
            if hd[2] not in (None, "civilians"):
                return True
            k = hd[0]
            while k > 0 and (lows[k - 1] in ctx.lex.premodifiers or ws[k - 1].text in ctx.T.demonyms):
                k -= 1
        k -= 1 if k > 0 and lows[k - 1] == "the" else 0
    return False


def actor_head_after(ctx: Ctx, e: int) -> bool:
    """Whether the lower-case words from e (at most three, hyphenated ones too) end in
    a common-noun actor head that is no civilians: a place name before them is then a
    pre-modifier of that actor ('Ukraine's Siversk operational-tactical group', G20),
    and the state in the genitive before the place is the actor's state, acting (G8).
    Not past a closed word or preposition ('Myanmar's Lashio after rebels seize'), nor
    a place head or descriptor ('Syria's Idlib province', 'Sudan's Sennar state'),
    nor a capitalised word ('Myanmar's Rakhine State')."""
    for k in range(e, min(e + 3, ctx.n)):
        t = ctx.ws[k].text
        low = ctx.lows[k]
        if not (t.islower() and t.replace("-", "").isalpha()) or low in ctx.T.closed or low in ctx.T.prepositions \
                or low in ctx.T.place_descriptors:
            return False                              # Lashio after rebels ...; Sudan's Sennar state
        hd = head_at(ctx, k)
        if hd is not None:
            return hd[1] == "ACTOR" and hd[2] not in (None, "civilians") and not (
                k + 1 < ctx.n and ctx.ws[k + 1].text.islower() and head_at(ctx, k + 1) is not None)
    return False


def clause_subject_verb(ctx: Ctx, m: Mention) -> bool:
    """Whether the state opens a clause after a subordinator that is no preposition
    ('if', 'unless', 'because', 'when') and the word after it is a present verb in -s
    the lexicon knows, not stative, with a preposition, an adverb, a pronoun or a
    stop after it ('If Damascus stalls on the rest', G8): such a word after a clause's
    subject is its verb, though it may be a noun elsewhere ('the Damascus stalls');
    states.py's _inflected_verb takes one with a determiner after it anywhere."""
    T, lows, ws, n, j = ctx.T, ctx.lows, ctx.ws, ctx.n, m.j
    if m.i < 1 or lows[m.i - 1] not in T.subordinators or lows[m.i - 1] in T.prepositions or j + 1 >= n:
        return False
    base = _verb_lemma_at(ctx, j)
    if base is None or base == lows[j] or not lows[j].endswith("s") or base in _stative():
        return False
    nxt = ws[j + 1].text
    return not nxt[:1].isalnum() or lows[j + 1] in T.prepositions or lows[j + 1] in T.pronouns \
        or nxt.islower() and "ADV" in word_classes(lows[j + 1]) and "NOUN" not in word_classes(lows[j + 1])


def subject_with_a_party(ctx: Ctx, m: Mention) -> bool:
    """Whether the state opens its sentence coordinated with a common-noun party that a
    finite verb follows ('Sendi and allied militias launched an offensive', 'Aro and its
    partner forces agreed'): the two are one subject that acts, so the state is its
    government (G8, G70). Only at a sentence's start, where no verb before can make the
    state its object or goal ('fled Sendi and aid groups warned')."""
    lows, n = ctx.lows, ctx.n
    if not ctx.initial[m.i] or m.j + 2 >= n or lows[m.j] != "and":
        return False
    for x in range(m.j + 1, min(n - 1, m.j + 6)):
        if not ctx.ws[x].text.isalpha():
            return False
        if lows[x] in ctx.lex.actor_heads and lows[x + 1] not in ctx.lex.actor_heads:
            base = _verb_lemma_at(ctx, x + 1)
            return base is not None and base != lows[x + 1] and base not in _stative() \
                and lows[x + 1] not in ctx.T.auxiliaries
    return False
