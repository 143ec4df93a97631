"""Where a capitalised name run goes on past a word that is no capitalised word: a
genitive inside a place name (Cox's Bazar), 'of', 'for' or 'and' inside an
organisation's name, a particle (Lanao del Sur), an apostrophe inside one word
(Sana'a).

Why a module of its own: :mod:`~ghouta_corpus.annotate.names` reads the runs, and these
joints are the one concern of where a name may cross a non-name word.
"""

from __future__ import annotations

from functools import cache

from . import gazetteer
from .context import Ctx, Mention
from .lexicons import load
from .places import place_for
from .wordclass import word_classes
from .words import APOS, is_cap

# prepositions of movement that a headline in title case capitalises and that no name
# of a place or body holds after another capital word ('Leaving Kemi Across a River')
_TITLE_PREPOSITIONS = frozenset(("across", "into", "onto", "toward", "towards", "through"))


def name_word(ctx: Ctx, k: int) -> bool:
    T, t = ctx.T, ctx.ws[k].text
    if not t[0].isalpha() or t in T.weekdays or t in T.months or gazetteer.calendar_name(t) and not (
            k > 0 and is_cap(ctx.ws[k - 1].text)):
        return False                                  # in Ramadan: a time ('Fatima Ramadan': a surname)
    if "-" in t and t.rsplit("-", 1)[1].islower():
        return False                                  # Houthi-held, US-led: an adjective, not a name
    if k > 0 and t.lower() in _TITLE_PREPOSITIONS and is_cap(ctx.ws[k - 1].text):
        return False                                  # a headline in title case: 'Leaving Kemi Across a River'
    if is_cap(t):
        return True
    if "-" in t:
        first, rest = t.split("-", 1)
        return first.lower() in T.particles_hyphen and rest[:1].isupper()
    return False


@cache
def name_particles() -> frozenset[str]:
    """actors.json's name_particles: Romance particles inside one name (Lanao del Sur)."""
    return frozenset(load("actors")["name_particles"])


def org_ends(ctx: Ctx, k: int) -> bool:
    """Whether the capitalised words from k (the second half of 'X and Y ...') end in an
    organisation word (Refugees and Returnees Service: one body's name, G67). The run
    calls it only where the first half is English nouns, not a place's name ('Homs and
    Hama Council' stays two)."""
    e = k
    while e < ctx.n and name_word(ctx, e) and ctx.gap(e - 1, e) == " ":
        e += 1
    return e > k and ctx.ws[e - 1].text in ctx.T.org_words


def english_half(ctx: Ctx, i: int, j: int) -> bool:
    """Whether the capitalised words [i, j) before 'and' in a run that ends in an
    organisation word are the first half of one body's name (G67: 'Refugees and Returnees
    Service', 'Sahel Water and Relief Initiative'): every word an English noun, or a name
    first and English nouns after it, the last an English noun ('Homs and Hama Council'
    stays two: two places)."""
    nouns = ["NOUN" in word_classes(ctx.lows[x]) for x in range(i, j)]
    return all(nouns) or j - i >= 2 and all(nouns[1:])


def possessive_place(ctx: Ctx, i: int, j: int, taken: set[int]) -> int:
    """3 when the run [i, j) goes on with ``'s`` and a capitalised word into a place
    name the gazetteer has in the document's countries (Cox's Bazar, COX'S BAZAR in a
    dateline), else 0: the genitive is inside the name, not the end of it (G11)."""
    ws, k = ctx.ws, j + 2
    if k >= ctx.n or k in taken or ws[j].text not in APOS or ws[j + 1].text not in ("s", "S") \
            or ctx.gap(j - 1, j) != "" or ctx.gap(j, j + 1) != "" or ctx.gap(k - 1, k) != " " or not is_cap(ws[k].text):
        return 0
    name = ctx.text[ws[i].start:ws[k].end]
    if place_for(name.title() if name.isupper() else name, ctx.T, ctx.countries) is not None:
        return 3
    if j - i > 1 and ctx.initial[i] and ctx.lows[i] in ctx.T.closed and place_for(
            ctx.text[ws[i + 1].start:ws[k].end], ctx.T, ctx.countries) is not None:
        return 3                                      # In Cox's Bazar, ...: the sentence's first word goes later
    owner = ctx.text[ws[i].start:ws[j - 1].end]
    if owner in ctx.lex.names or place_for(owner, ctx.T, ctx.countries) is not None:
        return 0                                      # Russia's Defence Ministry: two mentions (G19)
    e = k
    while e < ctx.n and e not in taken and name_word(ctx, e) and ctx.gap(e - 1, e) == " ":
        e += 1                                        # People's Liberation Front: an organisation's name whole
    return 3 if any(ws[x].text in ctx.T.org_words for x in range(k, e)) else 0


def org_link(ctx: Ctx, j: int, taken: set[int]) -> int:
    """Inside an organisation name, the words 'of', 'for' (with 'the') or 'and' that
    join it to a next capitalised word (International Committee of the Red Cross,
    Coordination Headquarters for the Treatment of Prisoners of War): how many words
    to take, or 0."""
    k = j + 1
    if ctx.lows[j] != "and" and k < ctx.n and ctx.lows[k] == "the":
        k += 1
    if k < ctx.n and name_word(ctx, k) and k not in taken and all(ctx.gap(x, x + 1) == " " for x in range(j - 1, k)):
        return k + 1 - j
    return 0


@cache
def _link_heads() -> dict[str, frozenset[str]]:
    """actors.json's org_link_heads: per linking word, the words of office before it."""
    return {w: frozenset(v) for w, v in load("actors")["org_link_heads"].items()}


def office_link(ctx: Ctx, i: int, j: int, taken: set[int]) -> int:
    """How many words to take when 'in' or 'for' at j goes on from a run [i, j) of two
    or more words that ends in a word of office into one body's name (UN Mission in
    South Sudan, UN High Commissioner for Refugees), else 0. A body before 'in' whose
    last word is no such office is a body and a place (Norwegian Refugee Council in
    Lebanon: G15, G16); one word alone (IOM's Chief of Mission in Sudan) is no name."""
    heads = _link_heads().get(ctx.lows[j])
    if not heads or j - i < 2 or ctx.ws[j - 1].text not in heads:
        return 0
    return org_link(ctx, j, taken)


def office_run(ctx: Ctx, i: int, j: int) -> bool:
    """Whether the run [i, j) holds a word of office with its 'in' or 'for' (UN Mission
    in South Sudan): a body's name, of the type 'organization' when no organisation word
    says another."""
    heads = _link_heads()
    return any(ctx.ws[x].text in heads and ctx.ws[x - 1].text in heads[ctx.ws[x].text] for x in range(i + 1, j))


def office_after(ctx: Ctx, i: int, j: int, taken: set[int]) -> bool:
    """Whether a known name [i, j) goes on through capitalised words into a word of
    office and its 'in' or 'for' (UN High Commissioner for Refugees): one longer name."""
    e = j
    while e < ctx.n and e not in taken and name_word(ctx, e) and ctx.gap(e - 1, e) == " ":
        e += 1
    return e > j and e < ctx.n and office_link(ctx, i, e, taken) > 0


# What follows an apostrophe in a genitive or a contraction ('Syria's', 'don't', 'I'm'):
# no name goes on past these.
_CLITICS = frozenset(("s", "t", "ll", "re", "ve", "d", "m"))


def inner_apostrophe(ctx: Ctx, j: int, taken: set[int]) -> int:
    """2 when word j is an apostrophe inside one name word ('Sana'a', 'Birni N'Gaouré',
    'Hay'at Tahrir al-Sham'), else 0. The words split the name at the apostrophe, but an
    apostrophe glued to letters on both sides is a transliteration's glottal stop or an
    elided particle, not a genitive or a contraction (G11, G15): the name is one."""
    ws, k = ctx.ws, j + 1
    if k >= ctx.n or k in taken or ws[j].text not in APOS or ctx.gap(j - 1, j) != "" or ctx.gap(j, k) != "":
        return 0
    after = ws[k].text
    return 2 if after.isalpha() and after.lower() not in _CLITICS and ws[j - 1].text.isalpha() else 0


@cache
def _saint_titles() -> frozenset[str]:
    """places.json's saint_titles: the word before a saint's name (St, Saint)."""
    return frozenset(load("places")["saint_titles"])


def _saint_start(ctx: Ctx, i: int, j: int) -> int | None:
    """Where the saint's title of the run [i, j) is: its first word, or its second after
    a sentence's first closed-class word ('At St Mary's'), which the run's reading drops."""
    titles = _saint_titles()
    if ctx.ws[i].text in titles:
        return i
    if j - i > 2 and ctx.initial[i] and ctx.lows[i] in ctx.T.closed and ctx.ws[i + 1].text in titles:
        return i + 1
    return None


def saint_dot(ctx: Ctx, k: int, taken: set[int]) -> bool:
    """Whether word k is the full stop of a saint's title, a name with a genitive after
    it ('St. Theresa's cathedral'): the stop is inside the name, not a sentence's end.
    Without the genitive ('St. Louis') the run stays as it was."""
    ws, e = ctx.ws, k + 1
    if not (k > 0 and ws[k - 1].text in _saint_titles() and ws[k].text == "." and ctx.gap(k - 1, k) == ""):
        return False
    while e < ctx.n and e not in taken and ctx.gap(e - 1, e) == " " and name_word(ctx, e):
        e += 1
    return e > k + 1 and e + 1 < ctx.n and ws[e].text in APOS and ws[e + 1].text in ("s", "S") \
        and ctx.gap(e - 1, e) == "" and ctx.gap(e, e + 1) == ""


def saint_genitive(ctx: Ctx, i: int, j: int, taken: set[int]) -> int:
    """2 when the run [i, j) is a saint's name ('St Mary', 'St. Theresa') going on with
    a genitive ``'s``, else 0. 'St Mary's' is the church's (or school's) name whole; the
    noun after it ('church', 'cathedral') is part of that name, no mention of its own (G11)."""
    ws, k, s = ctx.ws, j + 1, _saint_start(ctx, i, j)
    if s is None or j - s < 2 or k >= ctx.n or k in taken:
        return 0
    if ws[j].text not in APOS or ws[k].text not in ("s", "S") or ctx.gap(j - 1, j) != "" or ctx.gap(j, k) != "":
        return 0
    return 2


def saint_place(ctx: Ctx, i: int, j: int) -> Mention | None:
    """The run [i, j) as a place when it is a saint's name with its genitive ('St
    Andrew's', 'St. Theresa's', which :func:`saint_genitive` ends there): the name of a
    church or school, LOCATION NAM whole with its title (G11), not a person."""
    ws, s = ctx.ws, _saint_start(ctx, i, j)
    if s is not None and j - s >= 4 and ws[j - 1].text in ("s", "S") and ws[j - 2].text in APOS:
        return Mention(s, j, "LOCATION", "NAM")
    return None
