"""Proper names (NAM ACTOR and LOCATION candidates): known names, capitalised runs and their resolution.

Why steps in a list: finding names is a sequence of passes, each using what the
earlier ones found (a name's acronym, the same name elsewhere, a place that grows a
compass word, a country that turns out to act). :data:`NAME_STEPS` is that sequence,
one function per pass; a new pass is one function and one entry. What a single
capitalised run is comes from :mod:`~ghouta_corpus.annotate.name_rules`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache

from . import gazetteer
from .context import Ctx, Mention
from .exclusions import unit_number
from .institutions import faith_body
from .lexicon import Lexicon
from .lexicons import load
from .name_joints import (
    english_half,
    inner_apostrophe,
    name_particles,
    name_word,
    office_after,
    office_link,
    org_ends,
    org_link,
    possessive_place,
    saint_dot,
    saint_genitive,
    saint_place,
)
from .name_people import surnames_stay_people
from .name_rules import classify_run
from .name_titles import is_title
from .phrases import nounish
from .place_coordination import coordinated_places
from .places import place_for
from .roads import dashed_road, road_numbers
from .states import NameIndex, acting, set_state_label, share_acting, state_code
from .wordclass import word_classes
from .words import words


class Found:
    """The names found so far, and the words they (and the counts) take."""

    def __init__(self, blocked: set[int]):
        self.blocked = blocked
        self.items: list[Mention] = []
        self.taken: set[int] = set(blocked)

    def add(self, m: Mention) -> None:
        """Keep a name and take its words."""
        self.items.append(m)
        self.taken.update(range(m.i, m.j))

    def retake(self) -> None:
        """Recompute the taken words from the current names (after some were dropped)."""
        self.taken = set(self.blocked)
        for m in self.items:
            self.taken.update(range(m.i, m.j))


def lex_names(lex: Lexicon) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Known names indexed by first word, longest first, for a left-to-right scan."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for name in lex.names:
        toks = tuple(w.text for w in words(name))
        if toks:
            by_first[toks[0]].append((toks, name))
    for v in by_first.values():
        v.sort(key=lambda x: -len(x[0]))
    return by_first


# ---------------------------------------------------------------------------
# 1. lexicon names, longest first at each position

def _known_name_at(ctx: Ctx, i: int, by_first: dict[str, list[tuple[tuple[str, ...], str]]],
                   taken: set[int]) -> tuple[int, str] | None:
    ws, n = ctx.ws, ctx.n
    for toks, name in by_first.get(ws[i].text, ()):
        j = i + len(toks)
        if j <= n and tuple(w.text for w in ws[i:j]) == toks and not any(k in taken for k in range(i, j)) and \
                all(ctx.gap(k, k + 1) in ("", " ") for k in range(i, j - 1)):
            if j < n and ws[j].text in ctx.T.org_words and ctx.gap(j - 1, j) == " ":
                continue                          # Al Jazeera News: a longer name
            if office_after(ctx, i, j, taken):
                continue                          # UN High Commissioner for Refugees: a longer name
            if inner_apostrophe(ctx, j, taken):
                continue                          # SANA'A: the name word goes on past the apostrophe
            if j < n and ctx.gap(j - 1, j) == " " and "-" in ws[j].text and name_word(ctx, j) \
                    and ws[j].text.split("-", 1)[0].lower() in ctx.T.particles_hyphen:
                continue                          # al-Shabab al-Muslim: a longer name goes on with a particle
            return j, name
    return None


def _known_names(ctx: Ctx, f: Found) -> None:
    by_first = lex_names(ctx.lex)
    i = 0
    while i < ctx.n:
        hit = _known_name_at(ctx, i, by_first, f.taken)
        if hit:
            j, name = hit
            e = ctx.lex.names[name][0]
            f.add(Mention(i, j, e[0], "NAM", e[1], key=f"lex:{name}", eid=e[2]))
            i = j
        else:
            i += 1


def _road_numbers(ctx: Ctx, f: Found) -> None:
    """Road numbers before a road noun, and the same numbers elsewhere (roads.py)."""
    for m in road_numbers(ctx, f.taken):
        f.add(m)


# ---------------------------------------------------------------------------
# 2. capitalised runs (with name particles and 'of'/'for' inside organisation names)

def _run_end(ctx: Ctx, i: int, taken: set[int]) -> int:
    """End of the capitalised run starting at name word ``i``."""
    T, ws, lows, n = ctx.T, ctx.ws, ctx.lows, ctx.n
    j = i + 1
    if ws[i].text in T.compass and i + 3 < n and lows[i + 1] == "and" and ws[i + 2].text in T.compass \
            and ws[i + 2].text[0].isupper() and name_word(ctx, i + 3) and not taken & {i + 1, i + 2, i + 3}:
        j = i + 3                                     # North and South Kivu: one name shared (G15)
    while j < n and j not in taken:
        if (skip := possessive_place(ctx, i, j, taken)):
            j += skip                                 # Cox's Bazar: a place name with a genitive inside
            continue
        if saint_dot(ctx, j, taken):
            j += 1                                    # St. Theresa: the title's stop is inside the name
            continue
        if (skip := saint_genitive(ctx, i, j, taken)):
            j += skip                                 # St Mary's: a church's name ends with the genitive
            break
        if (skip := inner_apostrophe(ctx, j, taken)):
            j += skip                                 # Sana'a, Birni N'Gaouré: one name word
            continue
        if (skip := dashed_road(ctx, j, taken, name_word)):
            j += skip                                 # the Kemi–Marza road: one name (G15), as with a hyphen
            continue
        if ctx.gap(j - 1, j) != " ":
            break
        if name_word(ctx, j):
            j += 1
        elif (lows[j] in T.particles or lows[j] in name_particles()) and ws[j].text.islower() \
                and j + 1 < n and name_word(ctx, j + 1) \
                and ctx.gap(j, j + 1) == " " and (j + 1) not in taken:
            j += 2
        elif lows[j] in ("for", "of", "and", "&") and (skip := org_link(ctx, j, taken)) and (
                any(ws[k].text in T.org_words for k in range(i, j)) or faith_body(ctx, i, j) and lows[j] == "of"
                or lows[j] == "and" and org_ends(ctx, j + skip) and english_half(ctx, i, j) or lows[j] == "&"):
            j += skip                                 # Ministry of Migration and Displacement (G67)
        elif (skip := office_link(ctx, i, j, taken)):
            j += skip                                 # UN Mission in South Sudan: one body's name (G15)
        elif lows[j] == "of" and (skip := org_link(ctx, j, taken)) and any(place_for(
                ctx.text[ws[s].start:ws[j + skip - 1].end], T, ctx.countries) is not None for s in (
                (i, i + 1) if j - i > 1 and ctx.initial[i] and lows[i] in T.closed else (i,))):
            j += skip                                 # Democratic Republic of the Congo: a country's name whole (G15;
                                                      # 'The Republic of Congo said': a sentence's 'The' goes later)
        else:
            break
    return j


def _split_at_title(ctx: Ctx, i: int, j: int) -> list[tuple[int, int]]:
    """A capitalised title inside a run, between words that modify it and the person's
    name, ends what comes before it (G17, G66): 'Kharkiv Mayor Ana Kovac' is the place
    [Kharkiv] and the person [Ana Kovac], 'Interior Minister Ana Kovac' is [Ana Kovac]
    (a portfolio word is part of the title, no mention). The words before the title
    are common English words (dropped) or else a name of their own (a run); no
    organisation word may be in the run ('Lebanese General Security' is one body's
    name), nor may the run be a known name or place whole."""
    ws, T = ctx.ws, ctx.T
    if j - i < 3 or any(ws[x].text in T.org_words or ws[x].text in ("for", "in") for x in range(i, j)) \
            or any(ctx.gap(x, x + 1) != " " for x in range(i, j - 1)) or ws[i].text in T.toponym_heads:
        return [(i, j)]                               # Kafr President Ali, Beit Sultan Yusuf: a place's name (G68)
    whole = ctx.text[ws[i].start:ws[j - 1].end]
    if whole in ctx.lex.names or place_for(whole, T, ctx.countries) is not None:
        return [(i, j)]
    for k in range(i + 1, j - 1):
        if not (is_title(ctx, k) and ws[k].text[0].isupper()) or is_title(ctx, k - 1) \
                or ws[k].text.rstrip(".") in _honorifics():
            continue
        if f"{ws[k - 1].text} {ws[k].text}" in T.titles:
            k -= 1                                    # Prime Minister, Foreign Minister: one title
        if k == i or any(ws[x].text in T.demonyms for x in range(i, k)) \
                or all(word_classes(ctx.lows[x]) for x in range(k + 1, j)):
            return [(i, j)]                           # British Prime Minister X (G17 already); Military Command
        if all(word_classes(ctx.lows[x]) and ctx.lows[x] not in T.closed
               and place_for(ws[x].text, T, ctx.countries) is None for x in range(i, k)):
            return [(k, j)]                           # Interior Minister X: the portfolio is the title's
        e = k
        while e > i + 1 and word_classes(ctx.lows[e - 1]) and ctx.lows[e - 1] not in T.closed \
                and place_for(ws[e - 1].text, T, ctx.countries) is None:
            e -= 1                                    # Aleppo Provincial Governor X: the adjective is the title's
        return [(i, e), (k, j)]                       # Kharkiv Mayor X: a name of its own before the title
    return [(i, j)]


@cache
def _honorifics() -> frozenset[str]:
    """actors.json's honorifics: titles that may sit inside a name (Kafr Sheikh Ali)."""
    return frozenset(load("actors")["honorifics"])


def _towns_of(ctx: Ctx, run_at: dict[int, int]) -> set[int]:
    """Words that start a name (or a list of names) after 'the town of' (G16)."""
    T, ws, lows, n = ctx.T, ctx.ws, ctx.lows, ctx.n
    out: set[int] = set()
    for a in range(n - 2):
        if lows[a] in T.of_heads and lows[a + 1] == "of":
            k = a + 2
            while k in run_at:
                out.add(k)
                k = run_at[k]
                if k + 1 < n and (ws[k].text == "," or lows[k] == "and"):
                    k += 1
                else:
                    break
    return out


def _capitalised_runs(ctx: Ctx, f: Found) -> None:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < ctx.n:
        if i in f.taken or not name_word(ctx, i):
            i += 1
            continue
        j = _run_end(ctx, i, f.taken)
        start = i - 1 if i > 0 and i - 1 not in f.taken and unit_number(ctx.ws, ctx.lows, i - 1) else i
        runs.extend(_split_at_title(ctx, start, j))
        i = j
    run_at = dict(runs)
    run_at.update({m.i: m.j for m in f.items})
    towns_of = _towns_of(ctx, run_at)
    for i, j in runs:
        m = saint_place(ctx, i, j) or classify_run(ctx, i, j, f.items, towns_of)
        if m is not None:
            f.add(m)


# ---------------------------------------------------------------------------
# 3-7. passes over the names found

def _acronyms(ctx: Ctx, f: Found) -> None:
    """An acronym in parentheses after a name is the same entity (... (SOHR))."""
    ws, n = ctx.ws, ctx.n
    for m in list(f.items):
        k = m.j + 1
        if m.label == "ACTOR" and m.j + 2 < n and ws[m.j].text == "(" and ws[m.j + 2].text == ")" \
                and ws[k].text.isupper() and len(ws[k].text) > 1:
            f.items[:] = [x for x in f.items if x.i != k]
            f.add(Mention(k, k + 1, "ACTOR", "NAM", m.atype, key=m.key, eid=m.eid))


def _joined_organisations(ctx: Ctx, f: Found) -> None:
    """An organisation's name whose first word is a known name or a demonym is one
    name (G67, G20): the lexicon's 'Red Cross' or 'UN' took its words before the run
    could, so 'the Mozambique Red Cross', 'the Lebanese Red Cross' and 'the UN Refugee
    Agency' came out as a place or state and a second name. A capitalised ACTOR name of
    an organisation (its last word one of actors.json's org_words, or two or more
    capitalised words) right after a state or place name, an acronym of an
    organisation, or a demonym, takes it in. Not after a place preposition ('in Gaza
    Civil Defence teams' may be a place and a body), not a person's name, not across a
    genitive ('Russia's Defence Ministry', G19)."""
    T, ws, lows = ctx.T, ctx.ws, ctx.lows
    by_end = {m.j - 1: m for m in f.items}
    joined: set[int] = set()                          # the names taken into the one after (ids)
    for b in sorted(f.items, key=lambda m: m.i):
        if b.label != "ACTOR" or b.person or b.i == 0 or ctx.gap(b.i - 1, b.i) != " " \
                or not all(ws[k].text[:1].isupper() for k in range(b.i, b.j)) \
                or not (ws[b.j - 1].text in T.org_words or b.j - b.i >= 2):
            continue
        a = by_end.get(b.i - 1)
        if a is not None and (a.person or not (a.label == "LOCATION" or state_code(ctx, a) is not None or (
                a.j - a.i == 1 and ws[a.i].text.isupper() and len(ws[a.i].text) > 1))):
            continue
        start = a.i if a is not None else b.i - 1
        if a is None and ((b.i - 1) in f.taken or ws[b.i - 1].text not in T.demonyms):
            continue
        if start > 0 and (lows[start - 1] in T.place_prepositions or lows[start - 1] == "to") \
                and (a is None or a.label == "LOCATION"):
            continue
        if ctx.seg_of[start] != ctx.seg_of[b.i]:
            continue
        if a is not None:
            joined.add(id(a))
        b.i, b.key, b.eid = start, f"ACTOR:{gazetteer.fold(ctx.text[ws[start].start:ws[b.j - 1].end])}", None
        b.atype = b.atype or T.org_words.get(ws[b.j - 1].text, "organization")
        f.taken.update(range(b.i, b.j))
    if joined:
        f.items[:] = [m for m in f.items if id(m) not in joined]   # one pass, not a list scan per joined name


def _weak_names(ctx: Ctx, f: Found) -> None:
    """Names without (strong) evidence take it from the same name elsewhere, or from
    the longer name of a person or place they are the last word of (Khodr, Assad,
    Ghouta); an unknown name, or a place the person's name came before, takes it from
    the person's full name it is the first or last word of (Karim, Qasim: a name once
    a person stays one, G66); the names still unknown are dropped."""
    ws = ctx.ws
    coordinated_places(ctx, f.items)
    demoted = surnames_stay_people(ctx, f.items)
    strong = [m for m in f.items if m.label != "?" and m.strong]
    weak_by_fold = {gazetteer.fold(ctx.mention_text(m)): m for m in f.items if m.label != "?" and not m.strong}
    by_fold: dict[str, Mention] = {}
    by_last: dict[str, Mention] = {}              # the first longer person or place name ending in a word
    for m in strong:
        by_fold.setdefault(gazetteer.fold(ctx.mention_text(m)), m)
        if m.j - m.i > 1 and (m.person or m.label == "LOCATION"):
            by_last.setdefault(ws[m.j - 1].text, m)
    people = [m for m in f.items if m.person and m.label == "ACTOR" and m.j - m.i > 1]
    by_part = {**{ws[m.i].text: m for m in people}, **{ws[m.j - 1].text: m for m in people}}
    for m in f.items:
        if m.label != "?" and m.strong:
            continue
        src = by_fold.get(gazetteer.fold(ctx.mention_text(m)))
        if src is None and m.j - m.i == 1:
            part = m.label == "?" and gazetteer.fold(ctx.mention_text(m)) not in weak_by_fold or id(m) in demoted
            src = by_last.get(ws[m.i].text) or (by_part.get(ws[m.i].text) if part else None)
        if src is None and m.label == "?":
            src = weak_by_fold.get(gazetteer.fold(ctx.mention_text(m)))   # the X convoy, after 'left X'
        if src is not None:
            m.label, m.atype, m.key, m.eid = src.label, src.atype, src.key, src.eid
            m.person, m.place, m.strong = src.person, src.place, False
    f.items = [m for m in f.items if m.label != "?"]
    f.retake()


def _own_generic_after(ctx: Ctx, j: int) -> bool:
    """A lower-case generic word of a place's own kind after the name (the northern
    [Marza] region, the eastern [Kemi] district), not one that opens another place (the
    eastern Marza town of Kemi): the compass word only says where the place lies and goes
    with the generic word (G245)."""
    return j < ctx.n and ctx.ws[j].text.islower() and ctx.lows[j] in ctx.T.place_descriptors \
        and not (j + 1 < ctx.n and ctx.lows[j + 1] == "of")


def _grow_place(ctx: Ctx, m: Mention, taken: set[int]) -> bool:
    """Take a compass word before a place (eastern Ghouta, northern and southern
    Syria) and a suffix after it ('highway') into the name."""
    T, ws, lows, n = ctx.T, ctx.ws, ctx.lows, ctx.n
    grew = False
    if m.i >= 1 and ws[m.i - 1].text in T.compass and ws[m.i - 1].text[0].islower() \
            and ctx.gap(m.i - 1, m.i) == " " and (m.i - 1) not in taken and not _own_generic_after(ctx, m.j):
        m.i -= 1
        if m.i >= 2 and lows[m.i - 1] == "and" and ws[m.i - 2].text in T.compass and (m.i - 2) not in taken:
            m.i -= 2
        grew = True
    suffix = ws[m.j].text if m.j < n else ""
    if suffix in T.name_suffixes and m.j not in taken and ctx.gap(m.j - 1, m.j) == " " and (
            not suffix.islower() or suffix == "countryside" or "-" in ws[m.j - 1].text
            or m.j - m.i > 2 and ws[m.j - 2].text in ("\u2013", "\u2014")):
        m.j += 1                                      # Damascus-Homs highway, Aleppo countryside, Kabul Airport,
        grew = True                                   # but [Aden] airport: a lower-case generic word stays out (G67)
    return grew


def _grown_places(ctx: Ctx, f: Found) -> None:
    """A place grown by a compass word or suffix is a region, with the lexicon's entity
    for its full name if it has one."""
    for m in f.items:
        if m.label != "LOCATION" or not _grow_place(ctx, m, f.taken):
            continue
        f.taken.update(range(m.i, m.j))
        m.region, m.place = True, None
        full = ctx.mention_text(m)
        entries = [e for e in ctx.lex.names.get(full, ()) if e[0] == "LOCATION"]
        m.eid = entries[0][2] if entries else None
        m.key = f"LOCATION:{gazetteer.fold(full)}"


def _full_forms(ctx: Ctx, f: Found) -> None:
    """A place known by its full form elsewhere is that entity (eastern Ghouta -> Ghouta
    keeps the region's entity)."""
    ws = ctx.ws
    for m in f.items:
        if m.label == "LOCATION" and not m.strong and m.j - m.i == 1:
            full = next((x for x in f.items if x.label == "LOCATION" and x.j - x.i > 1 and x.strong
                         and ws[x.j - 1].text == ws[m.i].text), None)
            if full is not None:
                m.key, m.eid, m.region, m.place = full.key, full.eid, full.region, full.place


def _acting_states(ctx: Ctx, f: Found) -> None:
    """Countries and capitals acting are ACTORs (G8); so are lexicon names with both labels."""
    index = NameIndex(f.items)
    for m in f.items:
        if state_code(ctx, m) is not None or \
                {e[0] for e in ctx.lex.names.get(ctx.mention_text(m), ())} == {"ACTOR", "LOCATION"}:
            set_state_label(ctx, m, acting(ctx, m, f.items, index))
    share_acting(ctx, f.items)


def _nationalities(ctx: Ctx, f: Found) -> None:
    """'the Russians': a nationality standing for its state (NAM, G24)."""
    T, ws, lows = ctx.T, ctx.ws, ctx.lows
    for k in range(1, ctx.n):
        t = ws[k].text
        if k in f.taken or t not in T.demonyms or not t.endswith("s"):
            continue
        cc = T.demonyms[t]
        if lows[k - 1] == "the" and cc and cc != ctx.home and not nounish(ctx, k + 1):
            f.add(Mention(k, k + 1, "ACTOR", "NAM", "foreign_government", key=f"ACTOR:{cc.lower()}-state"))


def _family_plurals(ctx: Ctx, f: Found) -> None:
    """'the Haddads': the plural of a person's family name found in the document is the
    family, an ACTOR of its own (civilians, G63; not the person)."""
    surnames = {ctx.ws[m.j - 1].text for m in f.items if m.person and m.j - m.i >= 1}
    for k in range(1, ctx.n):
        t = ctx.ws[k].text
        if k not in f.taken and ctx.lows[k - 1] == "the" and t.endswith("s") and t[:-1] in surnames:
            f.add(Mention(k, k + 1, "ACTOR", "NAM", "civilians", key=f"ACTOR:family:{gazetteer.fold(t)}"))


def in_address(ctx: Ctx, h: int) -> bool:
    """Whether word h is part of an e-mail address (G61's contact lines): the run of text
    without a space around it holds an '@' between two letters or digits, so its local
    part and its domain alike (press@un.org, media.relations@Oxfam.example.org)."""
    a, b = ctx.ws[h].start, ctx.ws[h].end
    while a > 0 and not ctx.text[a - 1].isspace():
        a -= 1
    while b < len(ctx.text) and not ctx.text[b].isspace():
        b += 1
    run = ctx.text[a:b]
    return any(c == "@" and 0 < i < len(run) - 1 and run[i - 1].isalnum() and run[i + 1].isalnum()
               for i, c in enumerate(run))


# The passes, in order: each may use what the ones before it found.
NAME_STEPS: tuple[Callable[[Ctx, Found], None], ...] = (
    _known_names, _road_numbers, _capitalised_runs, _joined_organisations, _acronyms, _weak_names, _grown_places,
    _full_forms, _acting_states, _nationalities, _family_plurals,
)


def find_names(ctx: Ctx, blocked: set[int]) -> list[Mention]:
    """NAM candidates in text order, outside the ``blocked`` words (the counts): the
    passes of :data:`NAME_STEPS`."""
    addresses = {k for k in range(ctx.n) if in_address(ctx, k)} if "@" in ctx.text else set()
    f = Found(blocked | addresses)
    for step in NAME_STEPS:
        step(ctx, f)
    f.items.sort(key=lambda m: m.i)
    return f.items
