"""The titles, honorifics, demonyms and sentence-initial words read around a capitalised run, and the run.

Why a module of its own: a title before a name is both evidence (a titled run is a
person, G17) and no part of the name (G66), and the name rules read it from the
:class:`Run` these functions fill; keeping them apart keeps :mod:`.name_rules` to the
ordered evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from weakref import WeakKeyDictionary

from . import gazetteer
from .context import Ctx, Mention
from .institutions import keeps_demonym
from .lexicons import load
from .places import place_for
from .wordclass import word_classes


@dataclass
class Run:
    """A capitalised run [i, j) being classified, and the evidence read around it."""
    i: int
    j: int
    names: list[Mention]             # the names found so far in the document
    towns_of: set[int]               # words that start a name after 'the town of'
    has_org: bool = False            # an organisation word inside (Front, Army, ...)
    had_title: bool = False          # a title before or inside (President, regime leader)
    title_type: str | None = None    # the actor type the title gives
    demonym_cc: str | None = None    # the country of a demonym before the title
    stop_title: str | None = None    # a title with its stop before the run (Dr. X), its own run
    title_word: str | None = None    # the last one-word title left out of the run (Mr in Mr X)


def run_text(ctx: Ctx, i: int, j: int) -> str:
    """The text of words [i, j)."""
    return ctx.text[ctx.ws[i].start:ctx.ws[j - 1].end]


def is_title(ctx: Ctx, k: int) -> bool:
    """A capitalised title or honorific (ours, or one of nameparser's: President, Deputy, Dr)."""
    t = ctx.ws[k].text
    if len(t) == 1 and not (k + 1 < ctx.n and ctx.ws[k + 1].text[:1].isupper() and ctx.ws[k + 1].text.isalpha()):
        return False                                  # U Aung Naing, but not U.S.
    if t.startswith("Vice-") and len(t) > 5:
        t = t[5:]                                     # Vice-President, Vice-Chairman: the title's deputy
    return t in ctx.T.titles or (t[0].isupper() and t.lower().rstrip(".") in ctx.T.name_titles
                                 and t not in ctx.T.demonyms and t not in ctx.T.org_words)


_DESCRIPTOR_AT: WeakKeyDictionary[Ctx, tuple[int, ...]] = WeakKeyDictionary()
_BEFORE_DESCRIPTOR: WeakKeyDictionary[Ctx, dict[int, frozenset[str]]] = WeakKeyDictionary()
"""Per text and name length, the strings of that length that end right before ' <a
lower-case generic place word>' and start at a word boundary: one scan of the text for
the generic words, then one set per length asked, so that asking about every name of a
long text stays linear in its length (a search of the whole text per name was quadratic:
80 s for 1 MB)."""


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"                    # re's \w


def _before_descriptor(ctx: Ctx, size: int) -> frozenset[str]:
    if ctx not in _DESCRIPTOR_AT:                     # the spaces before the generic words, found once
        _DESCRIPTOR_AT[ctx] = tuple(m.start() for m in re.finditer(r" ([a-z]+)\b", ctx.text)
                                    if m.group(1) in ctx.T.place_descriptors)
    by_size = _BEFORE_DESCRIPTOR.setdefault(ctx, {})
    if size not in by_size:
        text, out = ctx.text, set()
        for e in _DESCRIPTOR_AT[ctx]:
            a = e - size
            if a >= 0 and (a > 0 and _is_word(text[a - 1])) != _is_word(text[a]):
                out.add(text[a:e])
        by_size[size] = frozenset(out)
    return by_size[size]


def _place_elsewhere(ctx: Ctx, name: str) -> bool:
    """Whether the document writes the name, title word and all, before a lower-case
    generic word of a place ('the Baba Amr district' elsewhere): then 'inside Baba
    Amr' is that place's name whole, not a title before a person's (G15, G16)."""
    return " " in name and name in _before_descriptor(ctx, len(name))


def drop_titles(ctx: Ctx, r: Run) -> None:
    """Titles and demonyms before a person's name are left out of it (G17, G66), but
    never down to a single word after a title already left out: in 'Prime Minister
    Sheikh Hasina' the second title is part of the name."""
    T, ws, j = ctx.T, ctx.ws, r.j
    titles_two = {t for t in T.titles if " " in t}
    if run_text(ctx, r.i, j) in ctx.lex.names or place_for(run_text(ctx, r.i, j), T, ctx.countries) is not None:
        return                                        # United States, United Arab Emirates: a name whole
    if j < ctx.n and ctx.ws[j].text.islower() and (ctx.lows[j] in T.place_descriptors or ctx.lows[j] in T.of_heads) \
            or _place_elsewhere(ctx, run_text(ctx, r.i, j)):
        return                                        # the Sheikh Maqsoud district: a place's name keeps its title
    if any(ws[x].text in ("for", "in") for x in range(r.i, j)):
        return                                        # High Commissioner for Refugees: an office's name whole
    while r.i < j - 1 and not r.has_org:
        i = r.i
        two = f"{ws[i].text} {ws[i + 1].text}"
        if r.had_title and i + 2 >= j:
            break
        if two in titles_two and i + 2 < j:
            r.had_title, r.title_type, r.i = True, T.titles[two] or r.title_type, i + 2
        elif is_title(ctx, i):
            r.had_title, r.title_type, r.i = True, T.titles.get(ws[i].text) or r.title_type, i + 1
            r.title_word = ws[i].text
        elif ws[i].text in T.demonyms and (is_title(ctx, i + 1) or _qualified_title(ctx, i + 1, j) or
                                           (i + 2 < j and f"{ws[i + 1].text} {ws[i + 2].text}" in titles_two)):
            r.demonym_cc, r.i = T.demonyms[ws[i].text], i + 1
        elif _qualified_title(ctx, i, j):
            r.had_title, r.i, r.title_word = True, i + 2, ws[i + 1].text
        else:
            break


def _qualified_title(ctx: Ctx, i: int, j: int) -> bool:
    """Whether words i and i + 1 of the run [i, j) are a title of office with the word
    of its charge before it (Health Minister, Interior Minister, Vice-President): the
    title goes with its qualifier (G66), where a name follows in the run. Honorifics
    (Sheikh, Emir) are no titles of office, since inside a run they may be part of a
    place's name (Kafr Sheikh Ali), and a run that goes on to a place's or body's head
    word is that place's or body's name (Dhamar General Hospital)."""
    ws = ctx.ws
    if i + 2 >= j or not ws[i].text.isalpha() or ws[i].text in ctx.T.demonyms or is_title(ctx, i) \
            or ws[i].text in ctx.T.toponym_heads or place_for(ws[i].text, ctx.T, ctx.countries) is not None:
        return False                                  # (Kafr President Ali; Kyiv Mayor X: the place stays)
    t = ws[i + 1].text
    if any(ctx.lows[x] in ctx.lex.place_heads or ctx.lows[x] in ctx.lex.actor_heads for x in range(i + 2, j)):
        return False                                  # Dhamar General Hospital: a place's name whole
    return t[:1].isupper() and t in ctx.T.titles and t not in _honorifics() and len(t) > 3


@cache
def _honorifics() -> frozenset[str]:
    """actors.json's honorifics and private honorifics: titles of address, not of office."""
    a = load("actors")
    return frozenset((*a["honorifics"], *a["private_honorifics"]))


def drop_demonym(ctx: Ctx, r: Run) -> bool:
    """Leave a demonym out of a name (Syrian Bashar ...); False when the run is only one."""
    T, ws, i, j = ctx.T, ctx.ws, r.i, r.j
    if r.has_org or ws[i].text not in T.demonyms or run_text(ctx, i, j) in ctx.lex.names or keeps_demonym(ctx, i, j):
        return True                                   # (the Catholic Church, the Jewish Quarter: one name)
    if j - i == 1:
        return _names_a_region(ctx, i)                # Russian fighter jets; Syrians is a NOM head
    r.i += not any(place_for(run_text(ctx, i, e), T, ctx.countries) for e in range(j, i, -1))  # (kept before a place)
    return True



# lower-case unit words after a people's word that make it the name of their region
_REGION_UNITS = ("region", "state")


def _names_a_region(ctx: Ctx, i: int) -> bool:
    """Whether the lone demonym at word i is the name of a region named after its
    people, which the gazetteer's subdivisions know, before a lower-case unit word
    ('Ethiopia's Somali region', 'the northern Shan state'; plural only after a name
    it is coordinated with, G333: 'Karenni and Shan states'): the name, and the unit
    word its generic word (G16, G245). A demonym no region is named after stays a
    pre-modifier ('the Syrian state'), and so does one before a bare plural ('two
    southern Somali regions': regions of the people's country)."""
    k, lows = i + 1, ctx.lows
    if k >= ctx.n or not ctx.ws[k].text.islower():
        return False
    unit = lows[k] in _REGION_UNITS or (
        lows[k][:-1] in _REGION_UNITS and lows[k].endswith("s") and i >= 2 and lows[i - 1] == "and"
        and ctx.ws[i - 2].text[:1].isupper())
    return unit and bool(gazetteer.lookup_area(ctx.ws[i].text))

def titles_before(ctx: Ctx, r: Run) -> None:
    """Lower-case titles and their modifiers right before the name (Syrian regime leader X)."""
    T, lex, ws, lows = ctx.T, ctx.lex, ctx.ws, ctx.lows
    k = r.i - 1
    if k >= 1 and ws[k].text == "." and ctx.gap(k - 1, k) == "" and ctx.gap(k, r.i) == " " \
            and ws[k - 1].text[0].isupper() and is_title(ctx, k - 1):
        r.stop_title = ws[k - 1].text                 # Dr. Grace Njeri: the stop ends the title's own run (G66)
    while k >= 0 and ctx.gap(k, k + 1) == " " and (ws[k].text in T.titles or lows[k] in lex.premodifiers
                                                   or ws[k].text in T.demonyms or lows[k] in lex.modifier_types):
        t = ws[k].text
        if t in T.titles and t[0].islower():
            r.had_title = True
            r.title_type = T.titles[t] or r.title_type
        elif t in T.demonyms and T.demonyms[t]:
            r.demonym_cc = r.demonym_cc or T.demonyms[t]
        elif lows[k] in lex.modifier_types and r.had_title:
            r.title_type = r.title_type or lex.modifier_types[lows[k]]
        k -= 1


def title_with_stop(ctx: Ctx, i: int, j: int) -> bool:
    """Whether the run [i, j) ends in an abbreviated title with its stop before a
    capitalised word (Dr. Omar Haddad, Rev. Amos Tanyi, Deputy Health Minister Dr.
    Omar Haddad): the stop cut the title off from the name, and a run of titles is no
    name (G66). The abbreviation is one of our titles or, up to four letters, one of
    nameparser's (Rev, Gen, Capt), since a longer title before a stop ends a sentence."""
    t, k = ctx.ws[j - 1].text, j - 1
    if j + 1 >= ctx.n or ctx.gap(k, j) + ctx.ws[j].text != "." or not ctx.ws[j + 1].text[:1].isupper():
        return False
    if j - i == 1 and t in ctx.T.titles:
        return True
    return len(t) <= 4 and is_title(ctx, k)


def drop_initial_word(ctx: Ctx, i: int, j: int) -> int:
    """Past a sentence-initial common word, which is not part of a name."""
    if not ctx.initial[i]:
        return i
    T, lex, t, low = ctx.T, ctx.lex, ctx.ws[i].text, ctx.lows[i]
    keep = t in T.demonyms or t in lex.names or (t in T.compass and j - i > 1) \
        or (j - i > 1 and t in T.titles and t[0].isupper())  # President X: a title, dropped later (G66)
    common = (low in T.closed or low in T.adverbs or low in lex.actor_heads or low in lex.place_heads
              or low in lex.premodifiers or low in T.cue_forms or low in T.verbs or low in T.units
              or _common_suffixed(low) and place_for(t, T, ctx.countries) is None   # (Italy, Sicily)
              or t in T.attr["connectives"])
    return i + 1 if not keep and common and not _opens_a_body(ctx, i, j) else i


def _opens_a_body(ctx: Ctx, i: int, j: int) -> bool:
    """Whether the sentence-initial word i, a noun, verb or participle of English, is the
    first word of a body's name of three or more capitalised words with an organisation
    or aid word after it (Kindred Hands Relief, Harbour Aid International, Wellspring
    Humanitarian Partners: G67's name whole). Charities take such words for names, and
    a press release opens its sentences with its own name; a determiner, an adverb, a
    word of saying or a pre-modifier (Local, Regional) still opens no name."""
    T, lex, low = ctx.T, ctx.lex, ctx.lows[i]
    if j - i < 3 or ctx.ws[i].text in T.attr["connectives"] or any(
            low in s for s in (T.closed, T.adverbs, T.cue_forms, T.units, lex.premodifiers, lex.actor_heads,
                               lex.modifier_types)):
        return False
    return any(ctx.ws[k].text in T.org_words or ctx.ws[k].text in T.aid_name_words for k in range(i + 1, j))


def _common_suffixed(low: str) -> bool:
    """A word in -ing, -ly or -ed that the English lexicon knows (Speaking, Reportedly,
    Displaced): a common word at a sentence's start. The suffix alone does not make one:
    Khaled, Mohammed, Ahmed (and Emily) are given names the lexicon does not know."""
    return bool(re.search(r"(ing|ly|ed)$", low)) and bool(word_classes(low))


def past_post_scope(ctx: Ctx, i: int, j: int) -> int:
    """Past the capitalised scope of a title built as 'N of N' (G250), right after
    'of' and a title head (Chief of Mission, Chief of Army Staff, Secretary of State):
    English nouns there name the post's scope and are no mention. A run of one or two
    such nouns is all scope (j: no name); a longer run goes on after its first word
    with the title holder's name (Secretary of State John Kerry). A place (President
    of Ukraine) or a known name is no scope."""
    if i < 2 or ctx.lows[i - 1] != "of" or ctx.lows[i - 2] not in ctx.T.role_title_heads:
        return i

    def scope(k: int) -> bool:
        t = ctx.ws[k].text
        return t.isalpha() and "NOUN" in word_classes(ctx.lows[k]) and t not in ctx.lex.names \
            and place_for(t, ctx.T, ctx.countries) is None
    if j - i <= 2 and all(scope(k) for k in range(i, j)):
        return j
    return i + 1 if j - i >= 3 and scope(i) else i


def post_of_scope(ctx: Ctx, i: int, h: int) -> str | None:
    """For a title built as 'N of N' (G250), what the noun phrase [i, h] is: 'head' for
    a capitalised title head before 'of' and a capitalised word (the charity's [Chief]
    of Mission: a NOM, though capitalised mid-sentence), 'scope' for a bare noun right
    after a title head's 'of' (the [head] of mission: the post's scope, no mention);
    None otherwise (the [head] of the [relief office]: a body is its own mention)."""
    lows, ws = ctx.lows, ctx.ws
    if i == h and h + 2 < ctx.n and ws[h].text[:1].isupper() and lows[h] in ctx.T.role_title_heads \
            and lows[h + 1] == "of" and ws[h + 2].text[:1].isupper():
        k = h + 3
        while k < ctx.n and ws[k].text[:1].isupper() and ctx.gap(k - 1, k) == " ":
            k += 1
        return "head" if k - h - 2 <= 2 else None     # (Chief of Staff Ivo Brenk: a title before a name, G66)
    if i == h and i >= 2 and lows[i - 1] == "of" and lows[i - 2] in ctx.T.role_title_heads and ws[i].text.islower():
        return "scope"
    return None


def appositive_head(ctx: Ctx, k: int) -> int:
    """The head word of the noun phrase ending at word k, before a name set off by
    commas (G18): word k itself, or past 'of' and a place's or body's name after a
    lower-case noun (a former mayor of Sanaa, X: the head is 'mayor')."""
    ws, e = ctx.ws, k
    while e > 0 and ws[e].text[:1].isupper() and ctx.gap(e - 1, e) == " ":
        e -= 1
    return e - 1 if k > e >= 1 and ctx.lows[e] == "of" and ws[e - 1].text.islower() else k
