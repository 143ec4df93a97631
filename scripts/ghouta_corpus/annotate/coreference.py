"""NOM links (G30, G113): a common-noun mention that plainly refers to a named entity of the document links to it.

Why after entity linking: a NOM links only to an entity that a name of the document
already has (its row and id exist), and by the guidelines' two plain cases:

- an appositive to a name, in either order, refers to that name's entity however it is
  worded (``Hazem al-Shami, an evacuee``; ``the enclave's separatist leader, X``;
  ``X, 29, a teacher``);
- a definite NOM whose head says what kind of thing the name is (``the town``, ``the
  city``, ``the enclave``, ``the country``, ``the group``, ``the monitor``) refers to the
  nearest such name before it, within a few paragraphs.

A state's forces, armies and police link to nothing (G30), and neither do indefinite,
generic or plural NOMs. The head classes are data (``nouns.json``: ``anaphoric_heads``).
"""

from __future__ import annotations

from bisect import bisect_left

from .context import Ctx, Mention
from .lexicons import load
from .states import state_code

Row = dict[str, object]
_WINDOW = 3          # paragraphs back a definite NOM looks for its name


def _named(mentions: list[Mention], ids: dict[int, str]) -> list[Mention]:
    return [m for m in mentions if m.mtype == "NAM" and id(m) in ids and not m.counted]


def _appositive_name(ctx: Ctx, m: Mention, by_end: dict[int, Mention], by_start: dict[int, Mention]) -> Mention | None:
    """The name a NOM stands in apposition to: 'Name, (29,) a/the NOM' or 'the NOM, Name,'."""
    ws, lows = ctx.ws, ctx.lows
    k = m.i - 1
    while k >= 0 and lows[k] in ctx.T.determiners or (k >= 1 and ws[k].text == "s" and ws[k - 1].text in "'\u2019"):
        k -= 3 if ws[k].text == "s" and by_end.get(k - 2) is not None else 1
    if k >= 0 and ws[k].text == ",":
        if k >= 2 and ws[k - 1].text.isdigit() and ws[k - 2].text == ",":
            k -= 2                                    # X, 29, a teacher
        name = by_end.get(k - 1)
        if name is not None and name.label == m.label:
            return name
    if m.j + 1 < ctx.n and ws[m.j].text == ",":
        k = m.j + 1
        while k < ctx.n and lows[k] in ("the", "a", "an"):
            k += 1                                    # war monitor, the Syrian Observatory ...
        name = by_start.get(k)
        if name is not None and name.label == m.label and (name.j >= ctx.n or ws[name.j].text in ",.;)"):
            return name
    return None


def _described(ctx: Ctx, head: str, name: Mention) -> bool:
    """Whether the text calls the name by the head word somewhere (the Naf river,
    Kutupalong and Balukhali camps)."""
    text = ctx.mention_text(name)
    memo: dict[tuple[str, str], bool] = ctx.__dict__.setdefault("_described", {})
    if (head, text) not in memo:
        memo[(head, text)] = _calls(ctx, head, name, text)
    return memo[(head, text)]


def _calls(ctx: Ctx, head: str, name: Mention, text: str) -> bool:
    for k in range(ctx.n):
        if ctx.ws[k].text == ctx.ws[name.i].text and ctx.text[ctx.ws[k].start:].startswith(text):
            after = [ctx.lows[x] for x in range(k + name.j - name.i, min(ctx.n, k + name.j - name.i + 4))]
            if any(w.rstrip("s") == head for w in after):
                return True
    return False


def _compatible(ctx: Ctx, head: str, name: Mention) -> bool:
    """Whether a name is of the kind a NOM head says (a town is no country; a group is
    an armed group or an organisation; a region is no road)."""
    kinds = load("nouns")["anaphoric_heads"].get(head)
    if kinds is None:
        return False
    if "described" in kinds:
        return _described(ctx, head, name)
    if name.label == "ACTOR":
        return name.atype in kinds
    last = ctx.lows[name.j - 1]
    if name.region:
        return "region" in kinds and last not in ctx.T.name_suffixes
    if "capital" in kinds:
        return ctx.mention_text(name).lower().replace(" ", "") in ctx.T.capitals or (
            name.place is not None and name.place.name.lower() in ctx.T.capitals)
    kind = name.place.kind if name.place is not None else "place"
    return kind in kinds or (kind in ("city", "town", "place") and "town" in kinds)


def _antecedent(ctx: Ctx, m: Mention, named: list[Mention], ids: dict[int, str]) -> Mention | None:
    """The name a definite NOM refers back to: of the names of its kind in the few
    paragraphs before it (in the whole text before it for a country or a capital), the
    one mentioned most often so far, the nearest of those."""
    lows = ctx.lows
    if m.j - m.i != 1 or m.i == 0 or lows[m.i - 1] != "the":
        return None
    head, para = lows[m.i], ctx.para_of[m.i]
    window = None if head in ("country", "capital", "seat", "nation") else _WINDOW
    seen: dict[str, int] = {}
    best: dict[str, Mention] = {}
    starts = [x.i for x in named]
    end = bisect_left(starts, m.i)
    for name in named[max(0, end - (400 if window is None else 60)):end]:   # the names before it, nearest
        if window is not None and para - ctx.para_of[name.i] > window:
            continue
        if name.label == m.label and _compatible(ctx, head, name):
            eid = ids[id(name)]
            seen[eid] = seen.get(eid, 0) + 1
            best[eid] = name
    if not seen:
        return None
    top = max(seen.values())
    return max((best[e] for e in seen if seen[e] == top), key=lambda x: x.i)


def _government(ctx: Ctx, m: Mention, named: list[Mention]) -> Mention | None:
    """The acting name of the state a government NOM stands for (the regime, the Syrian
    government: the home state, or the demonym's), if the document has one (G29, G30)."""
    lows, ws, T = ctx.lows, ctx.ws, ctx.T
    if m.label != "ACTOR" or lows[m.j - 1] not in load("nouns")["government_heads"]:
        return None
    mods = [ws[k].text for k in range(m.i, m.j - 1)]
    if len(mods) > 1 or (mods and mods[0] not in T.demonyms):
        return None
    if not mods and not (m.i > 0 and lows[m.i - 1] == "the"):
        return None
    cc = T.demonyms[mods[0]] if mods else ctx.home
    return next((x for x in named if x.label == "ACTOR" and state_code(ctx, x) == cc), None)


def link_noms(ctx: Ctx, mentions: list[Mention], ids: dict[int, str], rows: list[Row]) -> dict[int, str]:
    """Entity ids of the NOM mentions that plainly refer to a named entity (keyed by
    ``id()`` of the mention). A linked NOM ACTOR takes its entity's actor type (G27)."""
    named = sorted(_named(mentions, ids), key=lambda x: x.i)
    by_end = {x.j - 1: x for x in named}
    by_start = {x.i: x for x in named}
    types = {str(r["entity_id"]): r["actor_type"] for r in rows}
    out: dict[int, str] = {}
    for m in mentions:
        if m.mtype != "NOM" or m.counted:
            continue
        name = _appositive_name(ctx, m, by_end, by_start) or _government(ctx, m, named) \
            or _antecedent(ctx, m, named, ids)
        if name is None:
            continue
        eid = ids[id(name)]
        out[id(m)] = eid
        if m.label == "ACTOR" and isinstance(types.get(eid), str):
            m.atype = str(types[eid])
    return out
