"""What a capitalised run is: the ordered rules that give a proper name its label and actor type.

Why a registry: a run's label comes from the first piece of evidence that decides it
(a known name, an organisation word, ``the town of``, the gazetteer, a title, an
appositive, ...). :data:`NAME_RULES` lists that evidence in order, one small function
each, so a new kind of evidence is one function and one entry in the list, and a
reviewer can read why a name got its label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from . import gazetteer
from .context import Ctx, Mention
from .lexicons import load
from .name_joints import office_run
from .name_places import after_locative as _after_locative
from .name_places import compass_region as _compass_region
from .name_places import example_of_places as _example_of_places
from .name_places import named_facility as _named_facility
from .name_places import nxt as _nxt
from .name_places import nxt2 as _nxt2
from .name_places import place_word_around as _place_word_around
from .name_places import river_crossed as _river_crossed
from .name_titles import (
    Run,
    appositive_head,
    drop_demonym,
    drop_initial_word,
    drop_titles,
    is_title,
    past_post_scope,
    title_with_stop,
    titles_before,
)
from .name_titles import run_text as _text
from .phrases import appositive
from .places import place_for
from .wordclass import word_classes
from .words import APOS

# ---------------------------------------------------------------------------
# the run's shape and the words left out of the name (titles: name_titles.py)

def _by_shape(ctx: Ctx, i: int, j: int) -> tuple[bool, Mention | None]:
    """(decided, mention) from the run's capitals alone: a dateline place, or no name."""
    T, ws, n = ctx.T, ctx.ws, ctx.n
    caps = [k for k in range(i, j) if ws[k].text.isupper() and len(ws[k].text) > 1]
    dateline_comma = j + 1 < n and ws[j].text == "," and (ws[j + 1].text[:1].isupper() or (
        ws[j + 1].text.isdigit() and j + 2 < n and ws[j + 2].text in T.months))   # MAPUTO, 12 March 2025 -
    all_caps = bool(caps) and all(ws[k].text.isupper() or ws[k].text in APOS for k in range(i, j))
    if all_caps and i == ctx.para_first.get(ctx.para_of[i]) and j < n \
            and (ws[j].text in ("(", "-", "\u2013", "\u2014") or dateline_comma):
        place = place_for(_text(ctx, i, j).title(), T, ctx.countries)
        if place is not None or dateline_comma:       # a dateline: BEIRUT (Reuters) -; GORIS, Armenia -
            return True, Mention(i, j, "LOCATION", "NAM", place=place,
                                 key=f"LOCATION:{gazetteer.fold(_text(ctx, i, j))}")
    if len(caps) >= 2 and _text(ctx, i, j) not in ctx.lex.names:
        return True, None                             # AL JAZEERA WORLD: a programme title (G6)
    if caps and j < n and ws[j].text == ":" and j - i == len(caps):
        return True, None                             # WATCH:, SOURCE:
    return False, None


def _known_name(ctx: Ctx, r: Run, m: Mention) -> bool:
    e = ctx.lex.names.get(_text(ctx, r.i, r.j))
    if e is None:
        return False
    m.label, m.atype, m.eid = e[0][0], e[0][1], e[0][2]
    return True


def _organisation(ctx: Ctx, r: Run, m: Mention) -> bool:
    """An organisation word gives the type; a foreign demonym or possessor makes a
    government foreign (Russia's Defence Ministry)."""
    if not r.has_org:
        return False
    T, ws, i, j = ctx.T, ctx.ws, r.i, r.j
    ow = next((ws[x].text for x in range(j - 1, i - 1, -1) if ws[x].text in T.org_words), None)
    m.atype = T.org_words[ow] if ow else "organization"   # UN High Commissioner for Refugees
    if m.atype != "government" and any(ws[x].text in T.aid_name_words for x in range(i, j)):
        m.atype = "organization"                      # Coastal Aid Alliance: a humanitarian body (G26)
    cc = next((T.demonyms[ws[x].text] for x in range(i, j) if ws[x].text in T.demonyms), None)
    poss = next((x for x in r.names if i >= 2 and x.j == i - 2 and ws[i - 1].text == "s"), None)
    if poss is not None and poss.place is not None:
        cc = poss.place.country_code
    if m.atype == "government" and cc and cc != ctx.home:
        m.atype = "foreign_government"
    return True


def _gazetteer_place(ctx: Ctx, r: Run, m: Mention) -> bool:
    """A place the gazetteer knows, unless an honorific of private people stands
    before it (Mr Jassim, Dr. Qasim: a person, G66, whatever town has the name)."""
    if (r.stop_title or r.title_word) in _private_honorifics():
        return False
    place = place_for(_text(ctx, r.i, r.j), ctx.T, ctx.countries)
    if place is None:
        return False
    m.label, m.place = "LOCATION", place
    return True


_KUNYA = ("Abu", "Umm", "Um", "Bint")


def _person_context(ctx: Ctx, r: Run, m: Mention) -> bool:
    """A person by the shape or the words around the name (no place, the gazetteer
    asked first): a kunya (Umm Khaled, Abu Ahmad, G66), a non-restrictive relative
    with 'who' after it (X, who said ...), or the name someone gave (gave his name as
    X, identified only as X)."""
    ws, lows, i, j = ctx.ws, ctx.lows, r.i, r.j
    kunya = j - i > 1 and ws[i].text in _KUNYA
    who = j + 1 < ctx.n and ws[j].text == "," and lows[j + 1] == "who"
    named = i > 0 and lows[i - 1] == "as" and any(w in ("name", "identified", "named") for w in lows[max(0, i - 5):i])
    if kunya or who or named:
        return _person(m, "civilians", strong=not who)
    return False


def _titled_person(ctx: Ctx, r: Run, m: Mention) -> bool:
    if not r.had_title:
        return False
    m.atype, m.person = r.title_type or "other", True
    if r.demonym_cc and m.atype == "other":
        m.atype = "government" if r.demonym_cc == ctx.home else "foreign_government"
    return True


def _media_genitive(ctx: Ctx, r: Run, m: Mention) -> bool:
    """Al Jazeera's Zeina Khodr: a person of the media"""
    ws, i = ctx.ws, r.i
    if i >= 2 and ws[i - 1].text == "s" and ws[i - 2].text in APOS and any(
            x.j == i - 2 and x.atype == "media" for x in r.names):
        m.atype, m.person = "media", True
        return True
    return False


def _has_particle(ctx: Ctx, r: Run) -> bool:
    """A name particle inside (al, bin, ar-), as in Arabic names of people and groups."""
    T, ws, lows = ctx.T, ctx.ws, ctx.lows
    return any(lows[k] in T.particles and ws[k].text.islower()
               or ("-" in ws[k].text and ws[k].text.split("-")[0].lower() in T.particles_hyphen)
               for k in range(r.i, r.j)) \
        or (ws[r.i].text in ("Al", "El") and r.j - r.i > 1)


def _appositive_after(ctx: Ctx, r: Run, m: Mention) -> bool:
    """X, an evacuee; X, a northwestern province (not after a place preposition: in X,
    people who ... is a place and a clause)"""
    appos = appositive(ctx, r.j)
    if appos is None or (r.i > 0 and ctx.lows[r.i - 1] in ctx.T.place_prepositions and appos[1] == "ACTOR"):
        return False
    if appos[1] == "LOCATION":
        m.label = "LOCATION"
    else:
        m.atype, m.person = appos[2] or "other", not (_has_particle(ctx, r) and appos[2] != "civilians")
    return True


def _appositive_before(ctx: Ctx, r: Run, m: Mention) -> bool:
    """the enclave's separatist leader, X, signed; his son, X. (G18, G66): a name set off
    by commas right after a person noun or a title is that person"""
    T, ws, i, j = ctx.T, ctx.ws, r.i, r.j
    if i < 2 or ws[i - 1].text != "," or j >= ctx.n or ws[j].text not in (",", ".", ";") or j - i > 4:
        return False
    k = appositive_head(ctx, i - 2)
    head = ctx.lows[k]                                # (his son, X; its minister, X; the mayor of Kemi, X)
    if head not in T.person_nouns and not ((head in T.titles or head in T.role_title_heads or head.title()
                                             in T.titles) and ws[k].text[0].islower()):
        return False
    return _person(m, ctx.lex.actor_heads.get(head) or T.titles.get(head) or "other")


def _descriptor_after(ctx: Ctx, r: Run, m: Mention) -> bool:
    """the Ahrar al-Sham rebel group"""
    T, lex, nxt, nxt2 = ctx.T, ctx.lex, _nxt(ctx, r), _nxt2(ctx, r)
    if nxt in T.actor_descriptors or nxt2 in T.actor_descriptors:
        m.atype = lex.actor_heads.get(nxt2) or lex.actor_heads.get(nxt) or T.particle_type
        return True
    return False


def _particle_name(ctx: Ctx, r: Run, m: Mention) -> bool:
    """Ahrar al Sham: a group's name, unless a place preposition stands before it or it
    starts with a known place (in Daraa al-Balad, Bosra al-Sham: places, G68)"""
    if not (_has_particle(ctx, r) and r.j - r.i > 1):
        return False
    prev = ctx.lows[r.i - 1] if r.i > 0 else ""
    if prev in ctx.T.place_prepositions or place_for(ctx.ws[r.i].text, ctx.T, ctx.countries) is not None:
        m.label = "LOCATION"
        return True
    m.atype = ctx.T.particle_type
    return True


def _subject_of_cue(ctx: Ctx, r: Run, m: Mention) -> bool:
    """X said: weak evidence of a person"""
    T, nxt = ctx.T, _nxt(ctx, r)
    if T.verb_cue(nxt) and ctx.lows[r.j - 1] not in T.closed:
        m.atype, m.person, m.strong = "other", True, False
        return True
    return False


def _after_stop_title(ctx: Ctx, r: Run, m: Mention) -> bool:
    """Dr. X, Gen. X: a name right after a title with its stop, which the tokens make a
    run of its own and no part of the name (G66), is the titled person; asked last, so
    that an appositive or a clause around the name gives the type first. The type is
    the title's, or for an honorific of private people (actors.json's
    private_honorifics: Dr, Mr) civilians, whose side the text does not state (G26)."""
    if r.stop_title is None:
        return False
    typ = ctx.T.titles.get(r.stop_title) or ("civilians" if r.stop_title in _private_honorifics() else "other")
    return _person(m, typ)


@cache
def _private_honorifics() -> frozenset[str]:
    """actors.json's private_honorifics: titles of private people (Dr, Mr, Mrs)."""
    return frozenset(load("actors")["private_honorifics"])


def _person(m: Mention, atype: str, strong: bool = True) -> bool:
    """A person; weak evidence of the type leaves it to another mention of the name."""
    m.label, m.atype, m.person, m.strong = "ACTOR", atype, True, strong
    return True


def _age_after(ctx: Ctx, r: Run, m: Mention) -> bool:
    """X, 52, ...: a person with an age set off by commas (G64)"""
    ws, j = ctx.ws, r.j
    if j + 2 < ctx.n and ws[j].text == "," and ws[j + 1].text.isdecimal() and int(ws[j + 1].text) < 120 \
            and ws[j + 2].text in (",", ".", ";"):
        return _person(m, "civilians", strong=False)
    return False


def _kin_of(ctx: Ctx, r: Run, m: Mention) -> bool:
    """the grandchildren of X, the wife of X: a person's relatives are named after a
    person, whatever place shares a word of the name. A name that is a place as a whole
    (the gazetteer's, for the document's countries or the corpus's region, or a place
    named before in the document) stays a place: 'the
    children of Gaza' are a place's people, not a person's."""
    i = r.i
    if i < 2 or ctx.lows[i - 1] != "of":
        return False
    kin = ctx.lows[i - 2]
    nouns = load("nouns")
    if kin in nouns["group_kin"] or kin not in nouns["actor_lists"]["kin"]["words"]:
        return False
    text = _text(ctx, r.i, r.j)
    if place_for(text, ctx.T, ctx.countries) is not None or place_for(text, ctx.T) is not None \
            or any(x.label == "LOCATION" and _text(ctx, x.i, x.j) == text for x in r.names):
        return False
    return _person(m, "civilians", strong=False)


def _after_inverted_cue(ctx: Ctx, r: Run, m: Mention) -> bool:
    """'...,' said X / ..., said X: the speaker of a postposed, inverted cue is a person"""
    i, T = r.i, ctx.T
    if i >= 2 and T.verb_cue(ctx.lows[i - 1]) \
            and (ctx.ws[i - 2].text == "," or (i - 2) in ctx.quote_close) and r.j - r.i <= 4:
        return _person(m, "civilians", strong=False)
    return False


def _descriptor_before(ctx: Ctx, r: Run, m: Mention) -> bool:
    """the monitoring group NetBlocks, the disaster agency AFAD, the group East SOS: a
    name right after a lower-case descriptor of an organisation (actors.json's
    name_descriptors, one or two words, with a determiner or a modifier before it) is
    that organisation, and the descriptor is no mention of its own (G17)."""
    T, ws, lows, i = ctx.T, ctx.ws, ctx.lows, r.i
    if i < 2 or not ws[i - 1].text.islower() or ctx.gap(i - 1, i) != " ":
        return False
    two = f"{lows[i - 2]} {lows[i - 1]}"
    if two not in T.actor_descriptors and lows[i - 1] not in T.actor_descriptors:
        return False
    if not (ws[i - 2].text.islower() and ws[i - 2].text.isalpha()) or lows[i - 2] in T.prepositions:
        return False                                  # (a preposition before: 'of group X' is no descriptor)
    lex = ctx.lex
    m.atype = lex.actor_heads.get(two) or lex.modifier_types.get(lows[i - 2]) or (
        "organization" if lows[i - 1] == "group" else lex.actor_heads.get(lows[i - 1])) or "organization"
    return True                                       # (a bare 'group' before a name: a body, not a militia)


def _credit(ctx: Ctx, r: Run, m: Mention) -> bool:
    """By X; Reporting by X; Editing by X; contact: X (G61): journalists and press officers"""
    i, lows = r.i, ctx.lows
    if i >= 1 and lows[i - 1] == "by" and (ctx.role(i) == "boilerplate" or i - 1 == ctx.para_first.get(ctx.para_of[i])
                                          or (i >= 2 and lows[i - 2] in ("reporting", "editing", "writing"))):
        return _person(m, "media")
    if i >= 2 and lows[i - 1] == ":" and lows[i - 2] == "contact":
        return _person(m, "organization")
    lo = ctx.seg_range(i)[0]
    credit = any(lows[k] in ("reporting", "editing", "writing") and lows[k + 1] == "by" for k in range(lo, i - 1))
    if i >= 1 and lows[i - 1] == "and" and credit and (r.j >= ctx.n or lows[r.j] in ("in", ";", ")", ",")):
        return _person(m, "media")                    # Reporting by X in Kabul and Y in London (G61)
    return False


def _comma_subject(ctx: Ctx, r: Run, m: Mention) -> bool:
    """X, told reporters ...; X, the agency's chief, said ...: a name set off by a comma
    before a verb of saying, or before an appositive that a comma and such a verb
    close, is the speaker, a person (G18, G45)."""
    T, ws, lows, j = ctx.T, ctx.ws, ctx.lows, r.j
    if j + 1 >= ctx.n or ws[j].text != ",":
        return False
    def cue(k: int) -> bool:
        return k < ctx.n and T.verb_cue(ws[k].text)
    if cue(j + 1) and r.i > 0 and ws[r.i - 1].text == ",":
        return _person(m, "other", strong=False)
    if lows[j + 1] not in ("the", "a", "an"):
        return False
    for k in range(j + 2, min(ctx.n - 1, j + 16)):
        if ws[k].text in (".", ";", ":") or lows[k] in T.verbs or lows[k] in T.auxiliaries:
            return False
        if ws[k].text == ",":
            return cue(k + 1) and _person(m, "other", strong=False)
    return False


def _role_title(ctx: Ctx, r: Run, m: Mention) -> bool:
    """X, Media Officer; X, Country Director: a capitalised job title set off after a
    name is a common-noun ACTOR (G18, G61), of an organisation in a contact line."""
    ws, i, j = ctx.ws, r.i, r.j
    if not (i >= 2 and ws[i - 1].text == "," and j - i <= 3 and ctx.lows[j - 1] in ctx.T.role_title_heads
            and any(x.j == i - 1 and x.person for x in r.names)):
        return False
    lo = ctx.seg_range(i)[0]
    m.mtype, m.person = "NOM", False
    m.atype = "organization" if "contact" in ctx.lows[lo:i] or ctx.role(i) == "boilerplate" else "other"
    return True


def _subject_of_verb(ctx: Ctx, r: Run, m: Mention) -> bool:
    """Amal Wardi checked the tyres: a run of two to four capitalised words, no place
    (the gazetteer asked first) and no body, that opens its clause and is the subject of
    a finite verb is a person's name, weak evidence (G66): a verb that is no noun, a
    past in -ed, or an auxiliary; a determiner, preposition or conjunction before the
    run ('the', 'in', 'and') leaves it to other rules."""
    ws, i, j = ctx.ws, r.i, r.j
    if r.has_org or not 2 <= j - i <= 4 or j >= ctx.n or not ws[j].text.isalpha() or not ws[j].text.islower():
        return False
    if not all(ws[k].text[:1].isupper() and ws[k].text.replace("-", "").isalpha() for k in range(i, j)):
        return False
    if i > 0 and ws[i - 1].text[:1].isalnum() and r.title_word is None and not is_title(ctx, i - 1) \
            and "\n" not in ctx.gap(i - 1, i):
        return False                                  # (only after a stop, a comma, a dash, a title or a line's
    #                                                   start: 'Hope Wells International is', '2021 Joint Plan is')
    low, classes = ctx.lows[j], word_classes(ctx.lows[j])
    if "VERB" not in classes or not ("NOUN" not in classes or low.endswith("ed") or low in ctx.T.auxiliaries
                                     or _present_with_object(ctx, j)):
        return False
    return _person(m, "civilians" if r.title_type is None else r.title_type, strong=False)


def _present_with_object(ctx: Ctx, j: int) -> bool:
    """Whether the word in -s at j, a noun or a verb, is a verb in the present with its
    object: a determiner, a possessive or an object pronoun after it (wakes her children,
    counts the cars), which a plural noun after a name never takes."""
    low = ctx.lows[j]
    return low.endswith("s") and not low.endswith("ss") and j + 1 < ctx.n and (
        ctx.lows[j + 1] in ctx.T.determiners or ctx.lows[j + 1] in ("her", "his", "their", "its", "them", "him"))


def _dateline_agency(ctx: Ctx, r: Run, m: Mention) -> bool:
    """KABUL, Aug 24 (Nile Wire) -: the agency in a dateline's brackets (G61)"""
    ws, i, j = ctx.ws, r.i, r.j
    first = ctx.para_first.get(ctx.para_of[i], i)
    if i >= 1 and ws[i - 1].text == "(" and j + 1 < ctx.n and ws[j].text == ")" \
            and ws[j + 1].text in ("-", "\u2013", "\u2014") and i - first <= 8:
        m.atype = "media"
        return True
    return False


def _definite_acronym(ctx: Ctx, r: Run, m: Mention) -> bool:
    """the ELN, the LTTE, the M23: an acronym of letters (and digits) no rule placed,
    after 'the', names a body (G67), asked last, when no place or person claimed it; a
    lower-case word of a mention after it makes it that phrase's pre-modifier instead."""
    t, i = ctx.ws[r.i].text, r.i
    if r.j - i != 1 or i == 0 or ctx.lows[i - 1] != "the" or not t.isalnum() or not t.isupper() \
            or sum(c.isalpha() for c in t) < 2 or len(t) > 8 or ctx.lows[i] in ctx.lex.actor_heads \
            or i + 1 < ctx.n and ctx.gap(i, i + 1) == "" and ctx.ws[i + 1].text in "-\u2013/":
        return False                                  # (the AC-130: a model's name, no body)
    m.atype = "other"
    return True


NAME_RULES: tuple[Callable[[Ctx, Run, Mention], bool], ...] = (
    _known_name, _role_title, _organisation, _descriptor_before, _place_word_around, _credit, _dateline_agency,
    _age_after,
    _kin_of, _after_inverted_cue, _gazetteer_place, _comma_subject, _named_facility, _person_context,
    _compass_region, _titled_person, _media_genitive, _appositive_after, _appositive_before, _descriptor_after,
    _particle_name,
    _example_of_places, _after_locative, _river_crossed, _subject_of_cue, _after_stop_title, _subject_of_verb,
    _definite_acronym,
)


def classify_run(ctx: Ctx, i: int, j: int, names: list[Mention], towns_of: set[int]) -> Mention | None:
    """Label and type of the capitalised run [i, j) from its shape and context: the
    first rule of :data:`NAME_RULES` that decides, else label ``?`` (left for another
    mention of the same name to resolve), or None when the run is no name."""
    decided, shaped = _by_shape(ctx, i, j)
    if decided:
        return shaped
    i = drop_initial_word(ctx, i, j)
    scoped = past_post_scope(ctx, i, j)
    titled, i = scoped > i, scoped                    # (Secretary of State X: X had a title, G250)
    while i < j and ctx.ws[i].text[0].islower() and not re.fullmatch(r"[a-z]{1,3}-[A-Z]\S*", ctx.ws[i].text):
        i += 1                                        # 'Waiting at Ramouseh': no name starts with a particle,
    #                                                   but one may start with a hyphenated one (al-Shifa, G15)
    region_word = j < ctx.n and ctx.lows[j] in ctx.T.place_descriptors and ctx.ws[j].text.islower()
    if i >= j or (j - i == 1 and ctx.ws[i].text in gazetteer.language_names() and not region_word
                  and gazetteer.fold(ctx.ws[i].text) not in gazetteer.country_names()):
        return None                                   # (in Arabic and English: languages, no mentions;
    #                                                   but the Afar region, the Somali region: places)
    if title_with_stop(ctx, i, j):
        return None                                   # Dr. Omar Haddad: a title with its stop, no name (G66)
    r = Run(i, j, names, towns_of, has_org=any(ctx.ws[k].text in ctx.T.org_words for k in range(i, j))
            or office_run(ctx, i, j))
    r.had_title = titled
    drop_titles(ctx, r)
    if not drop_demonym(ctx, r):
        return None
    titles_before(ctx, r)
    m = Mention(r.i, r.j, "ACTOR", "NAM")
    if not any(rule(ctx, r, m) for rule in NAME_RULES):
        m.label = "?"
    if m.label == "ACTOR" and m.atype is None:
        m.atype = "other"
    m.key = f"{m.label}:{gazetteer.fold(_text(ctx, r.i, r.j))}"
    return m
