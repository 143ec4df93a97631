"""EVENT triggers and their arguments (issue 17, G99-G107): occurrences, their type, polarity and modality, and roles.

Why rules over the layers before: a trigger is a word of a list (``events.json``,
English verbs and nouns of each type of G102) that is the head of its phrase (G99:
``an evacuation [deal]``); its polarity and modality come from the few words before
it (G103, G104); its arguments are spans the earlier stages found in its sentence,
by simple patterns (G105): the ACTOR right before a verb (agent), the COUNT right
after it (count), a LOCATION after 'in'/'from'/'to' (location, origin, destination),
the TIME of its sentence (time). Roles a type does not allow are left out (G106).
Event ids stay null: which table event a trigger names is a reviewer's decision (G108).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.vocab import roles_by_type
from .context import Ctx, Mention
from .counts import Count
from .lexicons import load
from .movement import movement_kind
from .phrases import nounish
from .times import TimeSpan
from .words import SENTENCE_ENDS

_KIND = {"evacuated": "evacuation", "displaced": "displacement", "released": "release"}


@dataclass
class Trigger:
    """An EVENT trigger over words [i, j) and its arguments: (role, target) where the
    target is a Mention, a Count or a TimeSpan."""
    i: int
    j: int
    event_type: str
    polarity: str = "positive"
    modality: str = "asserted"
    args: list[tuple[str, object]] = field(default_factory=list)


def _index() -> dict[str, str]:
    e = load("events")
    return {w: t for t, ws in e["triggers"].items() for w in ws}


def _is_verb(ctx: Ctx, k: int) -> bool:
    low = ctx.lows[k]
    return low.endswith(("ed", "ing")) or low in ctx.T.verbs


def _type_at(ctx: Ctx, k: int, words: dict[str, str], kind: str) -> tuple[int, str] | None:
    """(end, type) of a trigger starting at word k, or None."""
    e, lows, ws = load("events"), ctx.lows, ctx.ws
    for phrase, t in e["multiword"].items():
        n = len(phrase.split())
        if " ".join(lows[k:k + n]) == phrase:
            return k + n, t
    t = ws[k].text
    if not t.isalpha() or not (t.islower() or (ctx.initial[k] and t[1:].islower())):
        return None                                   # Evacuation of wounded (a heading) is one
    if lows[k] in words:
        return k + 1, words[lows[k]]
    if lows[k] in e["movement"]:
        return k + 1, _KIND.get(kind, "evacuation")
    t_ctx = _in_context(ctx, k, words)
    return (k + 1, t_ctx) if t_ctx else None


_CONTEXT_FORMS = {
    "take": ("take", "takes", "took", "taken", "taking"), "drive": ("driven", "drove"),
    "open": ("open", "opens", "opened", "opening"), "hit": ("hit", "hits"), "campaign": ("campaign", "campaigns"),
}


def _in_context(ctx: Ctx, k: int, words: dict[str, str]) -> str | None:
    """The type of a word that is a trigger only in context (``events.json``'s
    ``in_context``, G101, G102): take ... control, driven from, opened a corridor, an
    air strike ... hit, a campaign of shelling."""
    lows, low = ctx.lows, ctx.lows[k]
    form = next((f for f, ws in _CONTEXT_FORMS.items() if low in ws), None)
    if form is None:
        return None
    after = _words_after(ctx, k)
    found = {
        "take": "control" in after[:2],
        "drive": bool(after) and after[0] in ("from", "out"),
        "open": bool(after) and after[0] != "fire" and any(w in ctx.lex.place_heads for w in after),
        "hit": any(words.get(w) == "attack" for w in lows[max(0, k - 4):k]),
        "campaign": len(after) > 1 and after[0] == "of" and words.get(after[1]) == "attack",
    }[form]
    return str(load("events")["in_context"][form][0]) if found else None


def _words_after(ctx: Ctx, k: int) -> list[str]:
    """The words after word k in its sentence that an in-context trigger reads: three,
    or four where a determiner opens its object ('opened a new "humanitarian
    corridor"'), quote marks skipped; no word past a full stop, semicolon or colon."""
    out: list[str] = []
    for x in range(k + 1, min(ctx.n, k + 8)):
        w = ctx.lows[x]
        if w in SENTENCE_ENDS:
            break
        if w[:1].isalnum():
            out.append(w)
    return out[:4] if out and out[0] in ctx.T.determiners else out[:3]


def _modifier(ctx: Ctx, k: int, end: int) -> bool:
    """Whether a trigger word is a pre-modifier of the noun after it: a noun (an
    evacuation deal, siege tactics, G99), a participle after a determiner or
    preposition (a besieged town, with injured civilians), any word before a place or
    lower-case people noun, an -ed participle before a demonym after a quantity ('a
    million internally displaced Syrians'; not 'forces killed Syrians'), an -ing word
    inside a place name after 'the' ('the Bab Salama crossing point'; not 'Russia
    bombed villages')."""
    if end >= ctx.n or ctx.gap(end - 1, end) != " ":
        return False
    nxt, lex, low = ctx.lows[end], ctx.lex, ctx.lows[k]
    if ctx.ws[end].text in ctx.T.demonyms:
        return low.endswith("ed") and _quantity_before(ctx, k)
    if nxt in lex.place_heads or (nxt in lex.actor_heads and ctx.ws[end].text.islower()):
        prev = ctx.lows[k - 1] if k > 0 else ""
        if prev == "to" and not low.endswith(("ed", "ing")):
            return False                              # a deal to evacuate fighters: an infinitive
        return not _is_verb(ctx, k) or prev in ctx.T.determiners or prev in ctx.T.prepositions \
            or prev.endswith("ly") or k == 0 or ctx.ws[k].text[0].isupper() or _in_name(ctx, k)
    return not _is_verb(ctx, k) and nounish(ctx, end)


def _quantity_before(ctx: Ctx, k: int) -> bool:
    """Whether a determiner or a number stands right before word k, past one -ly adverb
    (300 displaced, a million internally displaced)."""
    j = k - 1 - (k > 0 and ctx.lows[k - 1].endswith("ly"))
    if j < 0:
        return False
    w = ctx.lows[j]
    return w in ctx.T.determiners or w[:1].isdigit() or w in ctx.T.units or w in ctx.T.tens \
        or w.rstrip("s") in ctx.T.scales


def _in_name(ctx: Ctx, k: int) -> bool:
    """Whether an -ing word follows a run of capitalised words opened by a determiner:
    'the Al Wafideen crossing point' (a place name's word), not 'Russia bombing towns'."""
    if not ctx.lows[k].endswith("ing"):
        return False
    j = k - 1
    while j >= 0 and ctx.ws[j].text[:1].isupper() and not ctx.initial[j]:
        j -= 1
    return j < k - 1 and j >= 0 and ctx.lows[j] in ctx.T.determiners


def _coordinated_modifier(ctx: Ctx, k: int, words: dict[str, str]) -> bool:
    """Whether a trigger noun is the first of two coordinated pre-modifiers of one noun
    (G99: in 'siege and bombardment tactics' both modify 'tactics'): 'and'/'or' after it,
    then another trigger noun that is a pre-modifier of the noun after it."""
    x = k + 2
    if x + 1 >= ctx.n or ctx.lows[k + 1] not in ("and", "or") or ctx.lows[x] not in words or _is_verb(ctx, k):
        return False
    return not _is_verb(ctx, x) and _modifier(ctx, x, x + 1)


def _people(ctx: Ctx, k: int, event_type: str) -> bool:
    """Whether a participle of harm or flight stands as a noun for the people it
    happened to (G63: the wounded, an evacuation of wounded, the displaced): people,
    an ACTOR, not an occurrence (G99, G102: a casualty is harm reported in a clause or
    noun of its own)."""
    return event_type in ("casualty", "displacement") and ctx.lows[k].endswith("ed") and k > 0 \
        and ctx.lows[k - 1] in ("the", "of") and (k + 1 >= ctx.n or not nounish(ctx, k + 1))


def _polarity_modality(ctx: Ctx, k: int) -> tuple[str, str]:
    """(polarity, modality) from the words before the trigger in its clause (G103, G104)."""
    e = load("events")
    lo, _ = ctx.seg_range(k)
    pol, mod = "positive", "asserted"
    x = k - 1
    while x >= max(lo, k - 5) and ctx.ws[x].text not in (",", ";", ":", "\u201c", '"'):
        low = ctx.lows[x]
        if low in e["negators"]:
            pol = "negative"
        if low in e["modals"] and mod == "asserted":
            mod = e["modals"][low]
        x -= 1
    if ctx.lows[k - 1] == "to" and mod == "asserted" and k >= 2 and ctx.lows[k - 2] not in e["negators"]:
        mod = "possible" if ctx.lows[k - 2] not in ("agreed", "plans", "planned") else "planned"
    if mod == "asserted" and not _is_verb(ctx, k):
        after = [ctx.lows[x] for x in range(k + 1, min(ctx.n, k + 4))]
        mod = next((e["modals"][w] for w in after if w in e["modals"] and w not in ("if", "set")), mod)
    return pol, mod                                   # (the Harasta evacuation will begin: planned)


def find_triggers(ctx: Ctx) -> list[Trigger]:
    """EVENT triggers in text order, each the head of its phrase, with type, polarity
    and modality."""
    words, kind = _index(), movement_kind(ctx)
    out: list[Trigger] = []
    k = 0
    figurative = [tuple(p.split()) for p in load("events")["figurative"]]
    while k < ctx.n:
        hit = _type_at(ctx, k, words, kind)
        if hit is None or (hit[0] == k + 1 and (_modifier(ctx, k, hit[0]) or _people(ctx, k, hit[1])
                                                 or _coordinated_modifier(ctx, k, words))) \
                or any(tuple(ctx.lows[k - len(f) + 1:k + 1]) == f for f in figurative):
            k += 1
            continue
        pol, mod = _polarity_modality(ctx, k)
        out.append(Trigger(k, hit[0], hit[1], pol, mod))
        k = hit[0]
    return out


# --------------------------------------------------------------------------- arguments

@dataclass(frozen=True)
class Layers:
    """The spans the arguments come from, by first and last word."""
    mention_end: dict[int, Mention]
    mention_start: dict[int, Mention]
    counts: dict[int, Count]
    times: dict[int, list[TimeSpan]]          # by sentence


def _skip(ctx: Ctx, k: int, step: int, lo: int, hi: int) -> int:
    """Past auxiliaries, adverbs and negation from word k in direction step."""
    while lo <= k < hi and (ctx.lows[k] in ctx.T.auxiliaries or ctx.lows[k] in ctx.T.adverbs):
        k += step
    return k


def _passive(ctx: Ctx, t: Trigger) -> bool:
    return t.i > 0 and ctx.lows[t.i - 1] in ctx.T.be_forms


def _agent(ctx: Ctx, t: Trigger, lay: Layers, lo: int, hi: int) -> Mention | None:
    """The ACTOR right before an active verb trigger (its subject), or after 'by' after
    a passive one (brokered by Russia)."""
    if not _is_verb(ctx, t.i):
        return None
    if _passive(ctx, t) or ctx.lows[t.i].endswith("ed"):
        k = _skip(ctx, t.j, 1, 0, hi)
        if k < hi and ctx.lows[k] == "by":
            after_the = k + 1 < ctx.n and ctx.lows[k + 1] == "the"   # text may end at "by"
            m = lay.mention_start.get(k + 2 if after_the else k + 1)
            if m is not None and m.label == "ACTOR":
                return m
        if _passive(ctx, t):
            return None
    k = _skip(ctx, t.i - 1, -1, lo, ctx.n)
    m = lay.mention_end.get(k)
    return m if m is not None and m.label == "ACTOR" else None


def _affected(ctx: Ctx, t: Trigger, lay: Layers, lo: int, hi: int, count: Count | None) -> Mention | None:
    """Who or what undergoes the event: the subject of a passive verb (civilians were
    evacuated), the object after an active verb or its count (killed 22 civilians), the
    noun after 'of' or 'on' a noun trigger (the siege of X, an assault on X)."""
    if _is_verb(ctx, t.i) and _passive(ctx, t):
        k = _skip(ctx, t.i - 1, -1, lo, ctx.n)
        return lay.mention_end.get(k)
    k = count[1] if count is not None else _skip(ctx, t.j, 1, 0, hi)
    if not _is_verb(ctx, t.i):
        if k >= hi or ctx.lows[k] not in ("of", "on", "against"):
            return None
        k += 1
    while k < hi and ctx.lows[k] in ("the", "a", "an", "of", "their", "its"):
        k += 1
    return lay.mention_start.get(k)


def _count(ctx: Ctx, t: Trigger, lay: Layers, hi: int) -> Count | None:
    """The COUNT right after a verb trigger (killed at least 35 people)."""
    if not _is_verb(ctx, t.i):
        return None
    k = t.j
    while k < hi and ctx.lows[k] in ("the", "some", "another"):
        k += 1
    return lay.counts.get(k)


def _place_args(ctx: Ctx, t: Trigger, lay: Layers, hi: int) -> list[tuple[str, object]]:
    """LOCATIONs after place prepositions in the words after the trigger, to the clause end."""
    roles = {"in": "location", "at": "location", "near": "location", "from": "origin", "out": "origin",
             "to": "destination", "towards": "destination", "toward": "destination", "into": "destination"}
    out: list[tuple[str, object]] = []
    k = t.j
    while k < min(hi, t.j + 12) and ctx.ws[k].text not in (";", ":"):
        role = roles.get(ctx.lows[k])
        if role is not None:
            x = k + 2 if ctx.lows[k:k + 2] == ["out", "of"] else k + 1
            while x < hi and ctx.lows[x] in ("the", "a", "an"):
                x += 1
            m = lay.mention_start.get(x)
            if m is not None and m.label == "LOCATION":
                out.append((role, m))
        k += 1
    return out


def _args(ctx: Ctx, t: Trigger, lay: Layers) -> list[tuple[str, object]]:
    lo, hi = ctx.seg_range(t.i)
    out: list[tuple[str, object]] = []
    agent = _agent(ctx, t, lay, lo, hi)
    if agent is not None:
        out.append(("agent", agent))
    count = _count(ctx, t, lay, hi)
    if count is not None:
        out.append(("count", count))
    affected = _affected(ctx, t, lay, lo, hi, count)
    if affected is not None and affected is not agent:
        out.append(("affected", affected))
    out += _place_args(ctx, t, lay, hi)
    near = [s for s in lay.times.get(ctx.seg_of[t.i], ()) if abs(s.i - t.i) <= 6 and _is_verb(ctx, t.i)]
    if near:
        out.append(("time", min(near, key=lambda s: abs(s.i - t.i))))
    allowed = set(roles_by_type().get(t.event_type, ()))
    return [(r, x) for r, x in out if r in allowed]


def link_arguments(ctx: Ctx, triggers: list[Trigger], mentions: list[Mention], counts: list[Count],
                   times: list[TimeSpan]) -> None:
    """Fill each trigger's arguments from the spans of its sentence (G105-G107)."""
    by_seg: dict[int, list[TimeSpan]] = {}
    for s in times:
        by_seg.setdefault(ctx.seg_of[s.i], []).append(s)
    lay = Layers({m.j - 1: m for m in mentions if not m.counted}, {m.i: m for m in mentions if not m.counted},
                 {c[0]: c for c in counts}, by_seg)
    for t in triggers:
        t.args = _args(ctx, t, lay)
