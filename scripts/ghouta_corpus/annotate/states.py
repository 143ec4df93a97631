"""Countries and capitals: a place, or its government acting (metonymy, G8 and G29).

Why one module: whether ``Russia`` or ``Damascus`` is a LOCATION or an ACTOR is
decided in three places (the name rules, a possessor before a common noun, a source
of an attribution), and the rule and its evidence live here once.
"""

from __future__ import annotations

from functools import cache

from . import gazetteer
from .context import Ctx, Mention
from .lexicons import load
from .phrases import appositive, head_at
from .places import place_for
from .state_cues import (
    actor_head_after,
    clause_subject_verb,
    goal_of_taking_verb,
    modal_subject,
    object_of_agent_verb,
    party_earlier_in_list,
    placed_by_governor,
    subject_with_a_party,
)
from .wordclass import lemma, only_verb, word_classes
from .words import APOS, is_cap


def state_code(ctx: Ctx, m: Mention) -> str | None:
    """The ISO code of the country a mention names or whose capital it names, if any:
    such a name is a place or, used for its government, an actor (G8, G29)."""
    name, T = ctx.mention_text(m), ctx.T
    pl = m.place or (place_for(name, T, ctx.countries) if m.label == "LOCATION" or m.mtype == "NAM" else None)
    if pl is not None and (pl.kind == "country" or gazetteer.fold(name) in T.capitals):
        return pl.country_code
    return None


def set_state_label(ctx: Ctx, m: Mention, as_actor: bool) -> None:
    """Make a country/capital mention the ACTOR (acting) or the LOCATION, with the
    lexicon's entity for that label if it has one."""
    name = ctx.mention_text(m)
    entries = ctx.lex.names.get(name, ())
    cc = state_code(ctx, m)
    if as_actor:
        ent = next((e for e in entries if e[0] == "ACTOR"), None)
        m.label, m.place, m.region = "ACTOR", None, False
        m.atype = ent[1] if ent else ("government" if cc == ctx.home else "foreign_government")
        m.eid = ent[2] if ent else None
        m.key = f"ACTOR:state:{cc}" if cc else f"ACTOR:{gazetteer.fold(name)}"   # Kyiv and Ukraine acting: one (G29)
    else:
        ent = next((e for e in entries if e[0] == "LOCATION"), None)
        if ent is None and cc is None:
            return
        if m.label != "LOCATION":
            m.eid = None
        m.label, m.atype = "LOCATION", None
        m.eid = ent[2] if ent else m.eid
        m.key = f"LOCATION:{gazetteer.fold(name)}"


def _possessed_is_actor(ctx: Ctx, m: Mention, names: list[Mention]) -> bool:
    """Whether what the state's genitive possesses is an actor (Russia's [air force]),
    not its people (Lebanon's foreign families, Syria's refugees: the state is their
    place, as 'the families of Douma' are a place's)."""
    lows, n, lex = ctx.lows, ctx.n, ctx.lex
    k = m.j + 2
    if any(x.i == k and x.label == "ACTOR" and x.atype != "civilians" for x in names) or _wields(ctx, k):
        return True
    places = [x for x in names if x.i == k and x.label == "LOCATION"]
    if places:                                        # Myanmar's Rakhine State: a place of the state;
        return actor_head_after(ctx, max(x.j for x in places))   # Ukraine's Siversk group: its unit
    if _war_fought_in(ctx, k):
        return False                                  # Syria's war, Chad's civil war: a war in the state (G8)
    for e in range(k, min(k + 4, n)):
        if lows[e] in ctx.T.action_nouns or " ".join(lows[e:e + 2]) in ctx.T.action_nouns:
            return True                               # Baghdad's refusal, Azerbaijan's lightning offensive (G70)
        hd = head_at(ctx, e)
        if hd is not None and hd[1] == "ACTOR" and not (e + 1 < n and lows[e + 1] in lex.actor_heads):
            return not _its_people(ctx, hd)           # Ukraine's parliamentary human rights commissioner
        if not (lows[e].replace("-", "").isalpha() and lows[e] == ctx.ws[e].text):
            break
    while k < n and (lows[k] in lex.premodifiers or lows[k] in lex.modifier_types):
        k += 1
    hd = None
    for e in range(k, min(k + 2, n)):
        hd = head_at(ctx, e) or hd
    return bool(hd and hd[1] == "ACTOR" and not _its_people(ctx, hd))   # (Lebanon's foreign families: its people)


def _war_fought_in(ctx: Ctx, k: int) -> bool:
    """Whether the words from k (past one lower-case modifier: 'civil', 'long') are a war
    the state in the genitive before them is the place of ('Syria's war', 'Chad's civil
    war', G8, G9): no 'in', 'on', 'against' or 'with' after the war, which would make the
    state its party ('Russia's war in Ukraine', 'Israel's war on Hamas')."""
    lows, ws, n = ctx.lows, ctx.ws, ctx.n
    for e in (k, k + 1):
        if e >= n or not ws[e].text.islower():
            return False
        if lows[e] in ("war", "wars", "conflict"):
            return e + 1 >= n or lows[e + 1] not in ("in", "on", "against", "with")
    return False


def _wields(ctx: Ctx, k: int) -> bool:
    """Whether the words from k, past one adjective, are a weapon the state in the
    genitive before them wields (nouns.json's weapon_nouns, one or two words: 'Ukraine's
    air defences', 'Syria's chemical weapons'), the weapon the head: no lower-case noun
    after it, nor a place head ('Syria's tanks museum', 'weapons market'). The state acts there (G313, G70)."""
    lows, ws, weapons = ctx.lows, ctx.ws, _weapon_nouns()
    for e in (k, k + 1):
        for size in (2, 1):
            if " ".join(lows[e:e + size]) in weapons and e + size <= ctx.n:
                after = e + size
                return after >= ctx.n or not ws[after].text.islower() or not (
                    word_classes(lows[after]) == {"NOUN"} or lows[after] in ctx.lex.place_heads
                    or _compound_head(ctx, lows[e + size - 1], after))
        if not (e < ctx.n and ws[e].text.islower() and ws[e].text.replace("-", "").isalpha()):
            return False
    return False


def _compound_head(ctx: Ctx, weapon: str, k: int) -> bool:
    """Whether word k, after a singular weapon word, is the head of a compound it
    modifies ('Iran's missile programme worried', 'Russia's drone strike'): a noun in
    its base form, which a singular subject takes as no verb, with no determiner or
    pronoun after it that would be a verb's object ('Russia's missile hit the city')."""
    low = ctx.lows[k]
    if weapon.endswith("s") or "NOUN" not in word_classes(low) or lemma(low) not in (None, low):
        return False
    return k + 1 >= ctx.n or ctx.lows[k + 1] not in ctx.T.determiners and ctx.lows[k + 1] not in ("it", "them")


@cache
def _weapon_nouns() -> frozenset[str]:
    """nouns.json's weapon_nouns: what a state wields (G313)."""
    return frozenset(load("nouns")["weapon_nouns"])


def _its_people(ctx: Ctx, hd: tuple[int, str, str | None]) -> bool:
    """Whether a civilian head after a state's genitive names its people (refugees,
    families, nationals), who make the state their place, and not those who work for it
    (nouns.json's occupations: 'Egypt's staff', 'Britain's lawyers' act for the state)."""
    return hd[2] == "civilians" and ctx.lows[hd[0]] not in _occupations()


@cache
def _occupations() -> frozenset[str]:
    """nouns.json's occupation nouns (one word): people who work, for a state too."""
    return frozenset(load("nouns")["actor_lists"]["occupations"]["words"])


def _subject_of_predicate(ctx: Ctx, j: int) -> bool:
    """Whether the words from ``j`` make the name before them the subject of an agent
    predicate or a verb cue (past a coordinated name and a which/who clause)."""
    T, lows, ws, n = ctx.T, ctx.lows, ctx.ws, ctx.n
    k = j
    if k + 1 < n and lows[k] == "and" and (is_cap(ws[k + 1].text) or lows[k + 1] == "the"):
        k += 1 if is_cap(ws[k + 1].text) else 2      # Jordan and (the) United States had made clear
        while k < n and is_cap(ws[k].text):
            k += 1
    if k + 1 < n and ws[k].text == "," and lows[k + 1] in ("which", "who"):
        if any(tuple(lows[k + 2:k + 2 + len(p)]) == p for p in T.actor_predicates) or _active_perfect(ctx, k + 2):
            return True                               # Turkey, which backs several rebel factions
        x = k + 2
        while x < min(n, k + 25) and ws[x].text != ",":
            x += 1
        k = x + 1
    if any(tuple(lows[k:k + len(p)]) == p for p in T.actor_predicates):
        return True                                   # deny, were behind
    while k < n and (lows[k] in T.auxiliaries and lows[k] not in ("'s",) or lows[k] in T.adverbs
                     or (lows[k].endswith("ly") and ws[k].text.islower() and "ADV" in word_classes(lows[k]))):
        k += 1                                        # has warned, did not say, sharply escalated
    if any(tuple(lows[k:k + len(p)]) == p for p in T.actor_predicates):
        return True
    if k < n and _verb(ctx, k) and (k > j or lows[k] not in T.auxiliaries):
        return True                                   # Jordan keeps its border shut; Azerbaijan had kept it closed
    return k > j and k < n and T.verb_cue(ws[k].text)


def agent_subject(ctx: Ctx, j: int) -> bool:
    """Whether the words from j make the phrase before them the subject of an agent
    predicate or a verb cue: the test of a state's name, asked of other subjects too."""
    return _subject_of_predicate(ctx, j)


def _active_perfect(ctx: Ctx, k: int) -> bool:
    """'has helped', 'had brokered' (not 'has been besieged'): an active verb of the
    relative clause's subject (Qatar, which has helped broker the swaps, G70)."""
    lows = ctx.lows
    return k + 1 < ctx.n and lows[k] in ("has", "have", "had") and lows[k + 1] != "been" and _verb(ctx, k + 1)


def _verb(ctx: Ctx, k: int) -> bool:
    """Whether word k is a finite verb of an agent: a listed verb or cue, or a lower-case
    past tense (-ed), not a participle modifying a noun after it."""
    T, t, low = ctx.T, ctx.ws[k].text, ctx.lows[k]
    if not t.isalpha() or not t.islower() or low in T.be_forms:
        return False
    if k + 1 < ctx.n and ctx.lows[k + 1] == "by":
        return False                                  # parts of Damascus held by rebels: a passive participle
    if _stative(ctx, k):
        return False                                  # Sudan remains the largest crisis: a place
    return low in T.verbs or low in T.cue_forms or (low.endswith("ed") and low not in T.closed)


def _inflected_verb(ctx: Ctx, k: int) -> bool:
    """Whether word k is an inflected verb the lexicon knows: a form that is only a verb,
    no auxiliary ('Sudan is now ...') nor -ing or -en participle (retook, reopens), or a
    present in -s that may be a noun too with a determiner after it, its object
    ('watches the border'; not 'the Damascus stalls reopened'). Asked only of the word
    right after a state that no preposition governs ('tickets for Beirut to Paris sold
    out': Paris is no subject)."""
    low = ctx.lows[k]
    if not ctx.ws[k].text.isalpha() or not ctx.ws[k].text.islower() or k + 1 < ctx.n and ctx.lows[k + 1] == "by":
        return False
    base = lemma(low)
    if base is None or base == low or low.endswith(("ing", "en")) or low in ctx.T.auxiliaries \
            or _stative(ctx, k):
        return False                                  # Sudan remains ...; Kyiv shook: a place
    if only_verb(low):
        return True
    return low.endswith("s") and k + 1 < ctx.n and ctx.lows[k + 1] in ctx.T.determiners


def _stative(ctx: Ctx, k: int) -> bool:
    """Whether the verb at k is one whose subject is a place, not an agent: a lemma of
    actors.json's stative_verbs ('Sudan remains', 'Syria wept', 'Yemen starved'), or
    of its linking_verbs before a predicative adjective, one that ends the predicate
    ('Lebanon went dark after the strike', 'Syria grew tense as'; not 'went to war',
    'turned back the convoy')."""
    lows, ws, actors = ctx.lows, ctx.ws, load("actors")
    base = lemma(lows[k])
    if base in actors["stative_verbs"]:
        return True
    if base not in actors["linking_verbs"] or k + 1 >= ctx.n or not ws[k + 1].text.islower() \
            or "ADJ" not in word_classes(lows[k + 1]) or lows[k + 1] in ctx.T.prepositions:
        return False
    e = k + 2
    return e >= ctx.n or not ws[e].text.isalpha() or lows[e] in ctx.T.prepositions \
        or lows[e] in ctx.T.subordinators or lows[e] in ("and", "or", "but")


class NameIndex:
    """The mentions found so far by the word they start at and the word they end after,
    built once per name pass, so that asking for the mention next to a state is a lookup
    rather than a scan over every mention for every state (linear in the document)."""

    def __init__(self, names: list[Mention]) -> None:
        self.starting: dict[int, list[Mention]] = {}
        self.ending: dict[int, list[Mention]] = {}
        for x in names:
            self.starting.setdefault(x.i, []).append(x)
            self.ending.setdefault(x.j, []).append(x)


def acting(ctx: Ctx, m: Mention, names: list[Mention], index: NameIndex | None = None) -> bool:
    """Whether a country or capital mention is an agent (G8): possessor of an actor,
    after a trigger like 'ally', or subject of an agent predicate. ``index`` is
    ``names`` indexed (built here if not given; a caller asking for many states builds
    it once)."""
    ws, j, lows = ctx.ws, m.j, ctx.lows
    if j + 1 < ctx.n and ws[j].text == "," and lows[j + 1] == "who" and m.i > 0 \
            and lows[m.i - 1] in ctx.T.place_prepositions:
        return False                                  # an official in Naypyitaw, who spoke ...: 'who' is the official
    if j + 1 < ctx.n and ws[j].text == "," and lows[j + 1] in ("which", "who"):
        return _subject_of_predicate(ctx, j)          # placed in Abu Dhabi, which has helped broker (G70)
    if m.i > 0 and lows[m.i - 1] in ctx.T.place_prepositions or placed_by_governor(ctx, m):
        return False                                  # in Sanaa, at Kyiv, west of Damascus: a place
    if m.i > 0 and ws[m.i - 1].text.islower() and lows[m.i - 1].endswith("ing") \
            and lemma(lows[m.i - 1]) in _movement_lemmas():
        return False                                  # families fleeing Lebanon reach ...: where they move from or to
    if _with_a_party(ctx, m, index if index is not None else NameIndex(names)):
        return True                                   # fighting between Israel and Hezbollah (G8)
    if m.i > 0 and lows[m.i - 1] == "between" and j + 1 < ctx.n and lows[j] == "and":
        other = j + 2 if lows[j + 1] == "the" else j + 1
        return other < ctx.n and ws[other].text.islower() and lows[other] in ctx.lex.actor_heads
    if j + 2 < ctx.n and ws[j].text in APOS and ws[j + 1].text == "s":
        return _possessed_is_actor(ctx, m, names)
    start = m.i - 1 if m.i > 0 and lows[m.i - 1] == "the" else m.i      # mediated by (the) UAE
    for trig in ctx.T.actor_triggers:
        s = start - len(trig)
        if s >= 0 and tuple(lows[s:start]) == trig:
            return True
    if _waited_for(ctx, m) or object_of_agent_verb(ctx, m) or goal_of_taking_verb(ctx, m):
        return True                                   # waited for Turkey to; to blame Russia; falls to Damascus
    ap = appositive(ctx, j)
    if ap is not None and ap[1] == "ACTOR" and not _in_address(ctx, ap[0]):
        return True                                   # Iran, the government's main regional backer
    if j < ctx.n and (m.i == 0 or lows[m.i - 1] not in ctx.T.prepositions) and _inflected_verb(ctx, j):
        return True                                   # Ukraine retook the village; Israel watches the border
    if _plural_subject_verb(ctx, m, index if index is not None else NameIndex(names)) or modal_subject(ctx, m) \
            or clause_subject_verb(ctx, m) or subject_with_a_party(ctx, m):
        return True                                   # Moscow and Kyiv trade; Turkey could not; If Damascus stalls
    return _subject_of_predicate(ctx, j)


def _in_address(ctx: Ctx, k: int) -> bool:
    """Whether word k is glued to an '@' or a '.' after it: part of an email or web
    address ('Beirut, media@example.org' in a contact line, G61), no appositive head."""
    return k + 1 < ctx.n and ctx.ws[k + 1].text in ("@", ".") and ctx.gap(k, k + 1) == "" \
        and k + 2 < ctx.n and ctx.gap(k + 1, k + 2) == ""


def _plural_subject_verb(ctx: Ctx, m: Mention, index: NameIndex) -> bool:
    """Whether the state ends a coordination of names ('Moscow and Kyiv', 'France,
    Italy') that is the plural subject of a present verb in its base form right after
    it ('Moscow and Kyiv trade blame', 'France, Italy fly hundreds out', G8): the -s
    and -ed forms _inflected_verb reads are not there after a plural. The verb is a
    lower-case word the lexicon knows as a verb, no auxiliary, stative verb,
    preposition or closed word, and what follows it is its object: a determiner, a
    figure, a pronoun or a quantity word, or a noun that ends its phrase (before a
    preposition or punctuation; not 'Syria and Iraq trade ties worsened', a compound).
    Only where the first name opens its clause (its segment's first word, or after a
    subordinator, 'as', 'and', 'but' or a comma): not after a preposition or a verb
    ('in Moscow and Kyiv', 'trains between Moscow and Minsk run', 'fled Syria and
    Turkey')."""
    lows, ws, n, j = ctx.lows, ctx.ws, ctx.n, m.j
    if m.i < 2 or lows[m.i - 1] not in ("and", ",") or j + 1 >= n:
        return False
    first = [x for x in index.ending.get(m.i - 1, ()) if x.label in ("ACTOR", "LOCATION")]
    if not first or not _opens_clause(ctx, first[0].i):
        return False
    low, T = lows[j], ctx.T
    if not ws[j].text.isalpha() or not ws[j].text.islower() or lemma(low) != low \
            or low in T.auxiliaries or low in T.prepositions or low in T.closed or _stative(ctx, j):
        return False
    nxt, t = lows[j + 1], ws[j + 1].text
    if nxt in T.determiners or t[:1].isdigit() or nxt in ctx.T.vague_words \
            or nxt in ("them", "him", "her", "us", "it", "each", "one", "both"):
        return True
    return t.isalpha() and t.islower() and "NOUN" in word_classes(nxt) and (
        j + 2 >= n or not ws[j + 2].text.isalpha()
        or lows[j + 2] in T.prepositions and not _verb_later(ctx, j + 3))


def _verb_later(ctx: Ctx, k: int) -> bool:
    """Whether an auxiliary stands from word k to the end of its clause (punctuation,
    a subordinator, 'that', 'which', 'who', 'and', 'but'): then the words before it are
    a compound subject, not a verb and its object ('Russia and Ukraine trade routes to
    Europe were cut')."""
    lows, ws, T = ctx.lows, ctx.ws, ctx.T
    while k < ctx.n and ws[k].text[:1].isalnum():
        low = lows[k]
        if low in T.subordinators or low in ("that", "which", "who", "and", "but"):
            return False
        if low in T.auxiliaries and low not in ("not", "never"):
            return True
        k += 1
    return False


def _opens_clause(ctx: Ctx, i: int) -> bool:
    """Whether word i opens a clause: its segment's first word, or right after a
    subordinator, 'as', 'and', 'but', 'so', a comma, a colon or a dash."""
    if i == ctx.seg_range(i)[0]:
        return True
    prev = ctx.lows[i - 1]
    return prev in ctx.T.subordinators or prev in ("as", "and", "but", "so", ",", ":", "-", "\u2014", "\u2013")


def _waited_for(ctx: Ctx, m: Mention) -> bool:
    """Whether the state is the subject of an infinitive after 'for' ('waited for
    Turkey to open the gate', 'pressed for Russia to withdraw'): it is asked to act
    (G8). Only after a verb (-ed or a form that is only a verb; not a noun: 'time for
    Syria to heal', 'a plan for Lebanon to rebuild'), and not after a verb of movement
    ('left for Turkey to find work': a destination)."""
    lows, ws, i, j = ctx.lows, ctx.ws, m.i, m.j
    if lows[i - 1] == "the" and i > 1:
        i -= 1
    if i < 1 or lows[i - 1] != "for" or j + 1 >= ctx.n or lows[j] != "to" or not ws[j + 1].text.islower():
        return False
    if i < 2 or not ws[i - 2].text.islower() or not (lows[i - 2].endswith("ed") or only_verb(lows[i - 2])):
        return False                                  # a noun before 'for': time for Syria to heal, a plan for
    if lemma(lows[i - 2]) in _movement_lemmas() or lows[i - 2] in ("bound", "headed", "set", "off"):
        return False
    base = lemma(lows[j + 1])                         # prayed for Syria to recover: undergoing, no act
    return base == lows[j + 1] and base not in load("actors")["stative_verbs"]


def _with_a_party(ctx: Ctx, m: Mention, index: NameIndex) -> bool:
    """Whether a state is coordinated with a party that is no state and no civilians:
    an organisation's or armed group's name or a common-noun actor head ('between
    Israel and Hezbollah', 'since Turkey and the factions it backs', 'Hamas and
    Israel'): two sides of one fight or deal are of one kind, so the state is its
    government acting (G8). Not 'Syria and its refugees' (civilians), not 'Syria and
    Lebanon' (two states: no evidence either way), not a destination or origin after a
    verb of movement ('refugees returned to Syria and Hezbollah fighters watched': the
    'and' may join two clauses, and the state is where people move)."""
    lows, n, j = ctx.lows, ctx.n, m.j
    if m.i >= 2 and lows[m.i - 1] in ("to", "from", "toward", "towards") \
            and lemma(lows[m.i - 2]) in _movement_lemmas():
        return False

    def party(x: Mention) -> bool:
        return x.label == "ACTOR" and state_code(ctx, x) is None and x.atype not in (None, "civilians") \
            and not x.person

    if m.i >= 2 and lows[m.i - 1] == "and" and any(party(x) for x in index.ending.get(m.i - 1, ())) \
            or party_earlier_in_list(ctx, m, index.ending, party):
        return True                                   # Hamas and Israel; UN monitors, activists and Damascus
    if j + 1 >= n or lows[j] != "and":
        return False
    k = j + 2 if lows[j + 1] == "the" else j + 1
    if any(party(x) for x in index.starting.get(k, ())):
        return True
    while k < n and k < j + 5 and (ctx.ws[k].text in ctx.T.demonyms or lows[k] in ctx.lex.premodifiers):
        k += 1
    hd = head_at(ctx, k) if k < n and ctx.ws[k].text.islower() else None
    return hd is not None and hd[1] == "ACTOR" and hd[2] not in (None, "civilians") \
        and not (k + 1 < n and lows[k + 1] in ctx.lex.actor_heads)


@cache
def _movement_lemmas() -> frozenset[str]:
    """The lemmas of the verbs of movement (categories.json's movement, flight, vehicle and
    evacuation words): only their -ing forms make the state after them a place
    ('families leaving Chile'); after any other verb ('troops supporting Russia
    shelled ...') the state may still act."""
    c = load("categories")
    words = [*c["movement_verbs"], *c["flight_words"], *c["evacuation_words"], *c["vehicle_words"]]
    return frozenset(lem for w in words if (lem := lemma(w)) is not None)


_LIST_JOINS = frozenset(j + the for j in ((",",), ("and",), ("or",), (",", "and"), (",", "or"))
                        for the in ((), ("the",)))


def _coordinations(ctx: Ctx, names: list[Mention]) -> list[list[Mention]]:
    """The runs of names joined only by a comma, 'and' or 'or', with or without 'the'
    (Moscow and Ankara; Washington, the UN and London), each as a list in text order. A
    list ends at the name after its 'and' or 'or': a name joined after that begins a new
    run ('Syria and Lebanon, Beirut said, ...'; 'Moscow and Kyiv, Ankara and Cairo')."""
    runs: list[list[Mention]] = []
    closed = True                                     # whether the last run ended with 'and'/'or'
    for m in sorted(names, key=lambda x: x.i):
        prev = runs[-1][-1] if runs else None
        join = tuple(ctx.lows[prev.j:m.i]) if prev is not None and m.i > prev.j else None
        if join in _LIST_JOINS and not closed:
            runs[-1].append(m)
            closed = "and" in join or "or" in join    # a list's 'and' comes before its last item only
        else:
            runs.append([m])
            closed = False
    return [r for r in runs if len(r) > 1]


def share_acting(ctx: Ctx, names: list[Mention]) -> None:
    """Coordinated countries and capitals are of one kind (G8, G22): where one of them
    acts, a country or capital joined to it by a comma, 'and' or 'or' acts too (a truce
    brokered by Moscow and Ankara; Washington, Paris and London give lower figures). A
    run joined by commas alone must open its sentence (a headline's subject) or go on
    with 'and' or 'or' after its last name (a list of other parties), since
    after a comma a state may begin a clause of its own ('refugees reached Turkey, Ankara
    said'); a state right after a place preposition stays a place ('In Damascus and
    Moscow, officials said')."""
    lows = ctx.lows
    for run in _coordinations(ctx, names):
        if not any(x.label == "ACTOR" and state_code(ctx, x) is not None for x in run):
            continue
        if all(lows[a.j] == "," for a in run[:-1]) and run[0].i != ctx.seg_range(run[0].i)[0] \
                and not (run[-1].j < ctx.n and lows[run[-1].j] in ("and", "or")):
            continue                                  # (Kyiv, Moscow and monitors give: a list that goes on)
        for x in run:
            if x.label == "LOCATION" and state_code(ctx, x) is not None and not x.region and not _placed(ctx, x.i):
                set_state_label(ctx, x, True)


def _placed(ctx: Ctx, i: int) -> bool:
    """Whether the word before a state's name makes it a place or a verb's object: a
    place preposition, 'to' or 'from' (a goal, a source or a recipient) or a verb ('in
    Damascus', 'flights to Cairo or Amman', 'fled Syria and Turkey said ...')."""
    if i == 0:
        return False
    low = ctx.lows[i - 1]
    return low in ctx.T.place_prepositions or low in ("to", "from") or _verb(ctx, i - 1) \
        or lemma(low) in _movement_lemmas()
