"""Attribution patterns with the source first: ``<source> said (that) <content>`` and its frames.

Why a table of frames: once the source before a cue is found, what follows the cue
decides the record's shape (a quoted-by frame with two cues, a characterisation as
a quotation, a relative clause, accuse-of with two contents, a that-clause or a
quotation). :data:`FRAMES` lists them in the order they are tried, one function
each; the first whose condition holds settles the cue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..numbers import count_at
from ..wordclass import can_be_verb, lemma
from . import extent
from .characterise import as_characterisation, as_link, blamed_party, object_complement, quote_after, quote_object
from .figures import figure
from .finder import Cue, Finder
from .grammar import finite, manner_at
from .medial import add_medial
from .postposed import apposition
from .records import Rec, trim

Spans = list[tuple[int, int]]


@dataclass(frozen=True)
class Preposed:
    """A verb cue with its source before it."""
    cue: Cue
    s_start: int              # first word of the source, or -1 for a coordinated cue
    relative: bool            # the cue is in a relative clause (which they deny)
    pseudo_cleft: bool        # What X said is that ...
    src: Spans
    relative_subject: bool = False    # X, who said ...: the relative pronoun is the source

    @property
    def start(self) -> int:
        """Where the content side starts (past 'is that' in a pseudo-cleft)."""
        return self.cue.after + 2 if self.pseudo_cleft else self.cue.after


def _source(f: Finder, cue: Cue, s_start: int, s_end: int) -> Spans | None:
    """The source spans: the noun phrase before the cue, or for a coordinated cue
    ('but did not say') the source of the record before it or the clause's subject."""
    c = cue.c
    if s_start == -1:
        prev = f.prev_source(c)
        if prev is not None:
            return prev
        subj = f.subject(cue.lo, c)
        if subj is None:
            return None
        sp = f.source_span(*subj)
        return [sp] if sp else None
    if f.tw(c - 1) == "," and "," not in f.c.text[f.c.ws[s_start].start:f.c.ws[c - 1].start]:
        return None                                   # 'The deal, announced on Wednesday': a participle
    sp = f.source_span(_apposed_start(f, s_start, s_end), s_end)
    return [sp] if sp else None


def _apposed_start(f: Finder, a: int, b: int) -> int:
    """Where a source with commas before its cue starts (G45): a comma-closed chunk before
    the last stays out when it is not in apposition (postposed.apposition) and is either a
    lone closed-class word ('Others, Mahmoud added, had left'; not before a preposition or
    participle: 'Several, including the mayor, said') or an indefinite description after a
    comma before a definite one ('to Tal Tamr, a market town, the mayor, Ali Hamid, said';
    not 'A senior official, the head of the council, said');
    other chunks stay in ('Ali Hamid, 52, a driver from Homs,'; 'X, 41, an accountant from
    Laval, outside Montreal, who ...')."""
    commas = [x for x in range(a + 1, b - 1) if f.tw(x) == ","]
    if commas and any(f.lw(x) in ("and", "or") for x in range(commas[-1], b)):
        return a                                      # a list: 'The army, the police and the militia said'
    for i in range(len(commas) - 1, -1, -1):
        p = commas[i - 1] + 1 if i else a
        s = commas[i] + 1
        if p < commas[i] and not apposition(f, p, commas[i], s) and f.lw(s) not in f.T.prepositions \
                and not f.lw(s).endswith("ing") and (
                commas[i] - p == 1 and f.lw(p) in f.T.closed          # 'Others, Mahmoud added,'
                or f.lw(p) in ("a", "an") and f.lw(s) in f.T.determiners and f.tw(p - 1) == ","):
            return s                                  # ', a hill town, the mayor' (not 'A nurse, the only one')
    return a


def _complementiser(f: Finder, t: int, hi: int) -> bool:
    """Whether the 'that' at t follows a verb, past its addressee, time adverbials and manner
    phrases ('said in a statement that', 'said on Thursday that', 'told reporters that'): a
    complementiser, not a relative pronoun, so a cue after its subject is no relative clause;
    so is a coordinated ', and that' (G162: 'said X, and that leaflets had warned ...')."""
    if f.lw(t - 1) in ("and", "but") and f.tw(t - 2) == ",":
        return True
    for c in range(t - 1, max(-1, t - 10), -1):
        if f.tw(c) in (",", ";", ".", ":"):
            return False
        if f.is_cue(c) or f.lw(c) in f.T.verbs:
            entry = f.T.cue_forms.get(f.tw(c))
            x = f.object_np(c + 1, hi) if entry is not None and entry["lemma"] in f.A["addressee"] else c + 1
            while x < t:
                y = f.time_adv_right(x, hi)
                y += manner_at(f.c, y, f.manner)
                if y == x:
                    break
                x = y
            return x == t
    return False


def preposed(f: Finder, cue: Cue) -> Preposed | None:
    """The cue with its source before it, or None when it has none."""
    ls = f.left_source(cue.c, cue.lo)
    if ls is None:
        return None
    s_start, s_end, boundary = ls
    # in a relative clause the relative pronoun is content (G57); a 'that' after a
    # verb is a complementiser, not a relative pronoun
    relative = s_start > 0 and boundary in ("which", "what", "that") and f.lw(s_start - 1) == boundary \
        and not (boundary == "that" and _complementiser(f, s_start - 1, cue.hi))
    pseudo_cleft = relative and boundary == "what" and f.lw(cue.after) in ("is", "was") \
        and f.lw(cue.after + 1) == "that"
    if cue.lemma in f.A["relative_only"] and not relative and not (
            cue.lemma in f.A["quote_object"] and (quote_after(f, cue) is not None or object_complement(f, cue))):
        return None                                   # (but: called the figures "...", G83; called it premature)
    src = _source(f, cue, s_start, s_end)
    if not src:
        return None
    return Preposed(cue, s_start, relative, pseudo_cleft, src, relative_subject=boundary == "subject")


# ---------------------------------------------------------------------------
# the frames

def _quoted_by(f: Finder, p: Preposed) -> None:
    """The quoted-by frame (G49): '<source> was quoted by <outlet> as saying ...': one
    record, two cues."""
    cue, A = p.cue, f.A
    c, hi = cue.c, cue.hi
    k = c + 1
    while k < min(hi, c + 12) and f.lw(k) != "as":
        k += 1
    if f.lw(k) != A["channel"]["link"] or f.tw(k + 1) not in A["channel"]["second"]:
        return
    src = p.src
    if f.lw(c + 1) != "by":
        sp = f.source_span(c + 1, k)
        src = [sp] if sp else src
    cues = [*cue.spans(f), f.span(k + 1, k + 2)]
    f.consumed.add(k + 1)
    a = k + 2
    if f.lw(a) == "that":
        a += 1
    cs = f.content_span(a, extent.content_end(f, a, hi))
    if cs:
        f.add(Rec(cues, src, [(*cs, False)], c, inside=cue.q))


def _received_report(f: Finder, p: Preposed) -> bool:
    """Hearsay (G123) or a noun of saying received (G139): a verb of hearing ('has heard
    that'), or a cue that is a noun (in 'noun_forms', or a form the English lexicon
    knows only as a noun: assurances, allegations) after a verb whose subject receives
    the report rather than makes it ('had received reports that', 'got assurances that':
    'receiving_verbs' and the 'hearsay' verbs, by lemma; or the passive of one of the
    'giving_verbs': 'had been given assurances that'). One rule for both; the lexicon
    lists no received noun."""
    if p.cue.lemma in f.A["hearsay"]:
        return True
    t, prev = f.lw(p.cue.c), f.lw(p.cue.c - 1)
    noun = f.tw(p.cue.c) in f.A["noun_forms"] or not can_be_verb(t)
    given = lemma(prev) in f.A["giving_verbs"] and f.lw(p.cue.c - 2) in f.A["passive_aux"]
    receivers = (*f.A["receiving_verbs"], *f.A["hearsay"])   # (a verb of hearing receives too: heard reports that)
    return noun and (given or prev in receivers or lemma(prev) in receivers)


def _hearsay(f: Finder, p: Preposed) -> None:
    """Hearsay (G123): 'X has heard that Y', 'learned that Y': the hearer is not the
    source and the source is unstated, so the record has none; only with 'that'."""
    a = p.start
    if f.lw(a) != "that":
        return
    cs = f.content_span(a + 1, extent.content_end(f, a + 1, p.cue.hi))
    if cs is not None:
        f.add(Rec(p.cue.spans(f), [], [(*cs, False)], p.cue.c, inside=p.cue.q))


def _refuse(f: Finder, p: Preposed) -> None:
    """No record: the cue lacks what its lemma needs."""


def _relative(f: Finder, p: Preposed) -> None:
    """A relative clause: the relative pronoun and the rest of the clause are the
    content (... which they deny using, G57)."""
    cue, T = p.cue, f.T
    a, hi = cue.after, cue.hi
    if cue.lemma in f.A["naming_lemmas"] and f.tw(a)[:1].isupper():
        return                                # which Ankara calls Olive Branch: a name, no claim (G114)
    rel = p.s_start - 1
    end = a
    while end < hi and f.tw(end) not in (",", ";") and not f.sentence_end(end, hi) \
            and not (end > a and f.lw(end) in T.auxiliaries and f.lw(end) not in ("not", "n't")):
        end += 1                              # ... which they deny using[, were dropped]
    if f.lw(a) not in T.auxiliaries:          # (not a subject relative: that she said has risen since ...)
        end = next((t for t in range(a + 1, end) if f.time_adv_right(t, end) == end
                    and f.lw(t - 1) not in T.prepositions), end)
    cs = f.content_span(a, end)               # which X declared won [in July]: the saying's time (G86)
    if cs is None:
        return
    f.add(Rec(cue.spans(f), p.src, [(*f.span(rel, rel + 1), False), (*cs, False)], cue.c, inside=cue.q))


def _accuse_of(f: Finder, p: Preposed) -> None:
    """accuse X of Y (G52): two cues, two contents."""
    cue, a = p.cue, p.start
    second, hi = cue.entry.get("second"), cue.hi
    k = a
    while k < min(hi, a + 12) and f.lw(k) != second:
        k += 1
    if f.lw(k) != second or k == a:
        return
    obj = f.content_span(a, k, enclosing=False)
    rest = f.content_span(k + 1, extent.content_end(f, k + 1, hi), enclosing=False)
    if obj is None or rest is None:
        return
    f.add(Rec([*cue.spans(f), f.span(k, k + 1)], p.src, [(*obj, False), (*rest, False)], cue.c, inside=cue.q))


def _complement_ok(f: Finder, p: Preposed, a: int, end: int) -> bool:
    """Whether words [a, end) without 'that' are a complement clause of the cue (not
    'said on Monday', 'told to leave')."""
    first, lemma, A, T = f.lw(a), p.cue.lemma, f.A, f.T
    if lemma in A["wh_only"]:
        return first in A["wh_words"]                 # asked if the gate would open; not asked X for help (G114)
    if count_at(f.c.ws, f.c.lows, a, T) is not None and first not in ("one",):
        return True                                   # said about 900 people had crossed (G80)
    if lemma in A["np_object"] and (first in T.determiners or first in ("of",) or first in A["bare_np_objects"]):
        return True                                   # denied the charge, warned of a risk
    if first in T.prepositions or first in ("to", "and", "but", "or") or f.tw(a) in (",", ".", ";", ")"):
        return False
    said = [w for w in f.c.lows[a:end] if w[:1].isalnum()]
    if " ".join(said) in A["said_things"] or any(
            " ".join(said[:n]) in A["said_things"] and said[n] == "about"
            and not any(w in T.auxiliaries for w in said[n + 1:]) for n in range(1, min(len(said), 4))):
        return False                                  # nobody tells us anything; told us a story about the siege (G43)
    if lemma in A["bare_complement"] or first in A["wh_words"] or (lemma in A["np_object"] and first.endswith("ing")):
        return True
    window = [f.lw(k) for k in range(a, min(end, a + 10))]
    return first == "there" or any(w in T.auxiliaries and w not in ("not", "n't", "'s") for w in window)


_OBJECT_PRONOUNS = ("me", "you", "him", "her", "us", "them")


def _complement(f: Finder, p: Preposed) -> None:
    """'<source> said (that) <content>' and '<source> said: "<quotation>"'."""
    cue, a = p.cue, p.start
    hi = cue.hi
    a = f.that_after(a, hi) or a                      # said on Sunday that ... (G56)
    np_end = _demonstrative_np(f, a, hi)
    has_that = f.lw(a) == "that" and np_end is None
    if has_that and cue.lemma in f.A["wh_only"]:
        return                                        # asked that his name be withheld: a request (G114)
    if has_that:                                      # (confirmed that link: a determiner, not 'that')
        a += 1
    if a < hi and f.tw(a) in (":", ","):
        a += 1
    if cue.lemma in f.A["wh_only"] and f.lw(a) in _OBJECT_PRONOUNS:
        x = a + 1                                     # they ask you [where they should sleep] (G114), past a
        while x < min(hi, a + 5) and f.lw(x) not in f.A["wh_words"] and f.tw(x).isalpha() \
                and (f.lw(x) in f.A["time_quantifiers"] or f.lw(x) in f.T.time_nouns or f.lw(x) in f.T.time_units
                     or f.lw(x) in ("half", "a")):
            x += 1                                    # time adverbial: asked me every half hour whether
        a = x if f.lw(x) in f.A["wh_words"] else a
    inner = _single_quote(f, a, hi)
    if inner is not None:                             # My neighbour told me, 'Take the photographs' (G84)
        f.add(Rec(cue.spans(f), p.src, [inner], cue.c, quote_content=True, inside=cue.q))
        return
    if a in f.c.quote_open and not _quote_opens_clause(f, a, hi):
        qc = f.quote_content(f.c.quote_open[a])
        if qc:
            first = _split_first(f, p, a)
            f.add(Rec(cue.spans(f), p.src, ([first] if first else []) + [qc], cue.c, quote_content=True,
                      inside=cue.q))
        return
    end = extent.content_end(f, a, hi) if np_end is None else np_end
    if p.relative_subject and f.tw(p.s_start - 1) == ",":
        end = next((k for k in range(a + 1, end) if f.tw(k) == "," and _predicate(f, k + 1)), end)
    if cue.lemma in f.A["wh_only"]:                   # a reported question ends at ', and ...'
        end = next((k for k in range(a + 1, end) if f.tw(k) == "," and f.lw(k + 1) in ("and", "but")), end)
    if a >= end:
        return
    if not (has_that or p.pseudo_cleft or _complement_ok(f, p, a, end)):
        return
    if not has_that and f.lw(a) == "of" and p.cue.lemma in f.A["np_object"]:
        a += 1                                        # warned of a risk: the content is the risk
        end = next((k for k in range(a + 1, end) if f.tw(k) == "," and f.lw(k + 1) == "with"
                    or f.lw(k) == "as" and _as_clause(f, k + 1, end)), end)
    cs = f.content_span(a, end)
    if cs is not None:
        _add_content(f, p, cs, has_that)


def _as_clause(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a, after 'as', are a clause of their own ('warns of hunger as
    fighting drags on'): a subject of a word or more, then a finite verb, no comma. The
    clause dates or explains the warning, outside its noun-phrase content (G86)."""
    if f.lw(a) in ("well", "much", "many", "long", "soon", "far", "if", "though", "part", "such", "a", "an"):
        return False
    for x in range(a + 1, min(hi, a + 5)):
        if f.tw(x) in (",", ";") or f.lw(x) in f.T.prepositions:
            return False
        if f.tw(x).islower() and finite(f.lw(x)) and can_be_verb(f.lw(x)) and f.lw(x - 1) not in f.T.determiners:
            return True
    return False


def _demonstrative_np(f: Finder, a: int, hi: int) -> int | None:
    """Where 'that <noun>' after a cue ends, when 'that' is a determiner and not the
    complementiser (G86): one noun, then only a time adverbial of the saying before the
    sentence's end ('confirmed that link.', 'rejected that account within hours.'). The
    adverbial dates the saying, not what was said, so the content is the noun phrase."""
    if f.lw(a) != "that" or not f.lw(a + 1).isalpha():
        return None
    z = f.time_adv_right(a + 2, hi)
    if z == a + 2 and f.lw(z) in ("within", "after") and f.lw(z + 1) in f.T.time_units:
        z += 2                                        # within hours, after days
    return a + 2 if f.sentence_end(z, hi) else None


def _quote_opens_clause(f: Finder, a: int, hi: int) -> bool:
    """Whether the quotation opening at a is only the first words of the reported clause
    (said that "more than 200,000" had come; which said "terrorists" and their relatives
    were being moved): a lower-case word that is neither a cue nor a subject pronoun
    goes on right after its closing mark, so the content is the whole clause with the
    marks inside it (G53), not the quotation alone."""
    q = f.c.quote_open[a]
    k = q.close_w
    if k is None or k + 1 >= hi or f.tw(k - 1) in (",", ".", "?", "!"):
        return False
    nxt = f.tw(k + 1)
    return nxt.isalpha() and nxt.islower() and not f.is_cue(k + 1) and nxt not in f.T.subject_pronouns


def _add_content(f: Finder, p: Preposed, cs: tuple[int, int], has_that: bool) -> None:
    """Add the record of a that-clause or bare complement; a cue set off by commas inside
    its sentence gets the sentence's first phrase as a first CONTENT span (G54)."""
    cue = p.cue
    plain = p.relative or p.pseudo_cleft or p.relative_subject or has_that
    if plain or not add_medial(f, cue, p.src, cs):   # Her son, she added, would stay (G54)
        f.add(Rec(cue.spans(f), p.src, [(*cs, False)], cue.c, inside=cue.q))


def _split_first(f: Finder, p: Preposed, a: int) -> tuple[int, int, bool] | None:
    """``"<Q1>," she said, "<Q2>"``: a quotation split by its cue (G55). The first half
    is the quotation that closes, with its comma (inside or right after its mark), right
    before the source, and that opens its sentence or follows another quotation; None
    when the cue has no comma before the second quotation or no such quotation is there.
    A quotation that opens after other words of its sentence is theirs (Ahmed told the
    officer, "<Q1>," his wife said, ...; the mayor said the town "<Q1>," one resident
    said, ...), not the first half of this one."""
    if p.s_start < 1 or f.tw(a - 1) != "," or p.relative or p.pseudo_cleft:
        return None
    k = p.s_start - 1
    if k not in f.c.quote_close and not (f.tw(k) == "," and (k - 1) in f.c.quote_close):
        return None
    if k in f.c.quote_close and f.tw(k - 1) != ",":
        return None
    q = f.c.quote_close[k if k in f.c.quote_close else k - 1]
    o = q.open_w
    if o != f.c.seg_first.get(f.c.seg_of[o]) and (o - 1) not in f.c.quote_close:
        return None
    return f.quote_content(q)


def _predicate(f: Finder, k: int) -> bool:
    """Whether word k is a lower-case finite verb: the main clause going on after a
    relative clause set off by commas (X, who said he lost two brothers, left)."""
    low, t = f.lw(k), f.tw(k)
    return t.isalpha() and t.islower() and (low in f.T.verbs or low in f.T.cue_forms or (
        low.endswith("ed") and low not in f.T.prepositions))


def _single_quote(f: Finder, a: int, hi: int) -> tuple[int, int, bool] | None:
    """A quotation in single quotation marks opening at word a (inside a quotation in
    double ones), up to its closing mark (one not followed by a letter, unlike an
    apostrophe): the content, as a whole quotation."""
    if a >= hi or f.tw(a) not in ("\u2018", "'"):
        return None
    text = f.c.text
    for k in range(a + 1, hi):
        e = f.c.ws[k].end
        if f.tw(k) in ("\u2019", "'") and (e >= len(text) or not text[e].isalpha()):
            s, e2 = trim(text, f.c.ws[a].end, f.c.ws[k].start)
            return (s, e2, True) if s < e2 else None
    return None


def _addressee_without_that(f: Finder, p: Preposed) -> bool:
    """told X without 'that' and without a clause after the addressee (told them to
    leave): no attribution. 'told Reuters the figure could rise' is one (G84)."""
    if p.cue.lemma not in f.A["addressee"] or f.lw(p.cue.after) == "that":
        return False
    a = p.cue.after
    q = a + 1 if f.tw(a) in (",", ":") else a
    if _single_quote(f, q, p.cue.hi) is not None or q in f.c.quote_open:
        return False                                  # told me, 'Take the photographs first' (G84, G114)
    return not (p.cue.after > p.cue.c + 1 and _complement_ok(f, p, a, extent.content_end(f, a, p.cue.hi)))


def _needs_that(f: Finder, p: Preposed) -> bool:
    return not p.pseudo_cleft and p.cue.lemma in f.A["needs_that"] and f.lw(p.cue.after) != "that"


# (name, condition, frame): the first frame whose condition holds settles the cue.
FRAMES: tuple[tuple[str, Callable[[Finder, Preposed], bool], Callable[[Finder, Preposed], None]], ...] = (
    ("quoted-by (G49)", lambda f, p: p.cue.t == f.A["channel"]["cue"], _quoted_by),
    ("blamed X (for Y) without a quotation (G209, G52)", lambda f, p: f.lw(p.cue.c) in f.A["party_blame"]
     and not p.relative and quote_after(f, p.cue) is None, lambda f, p: blamed_party(f, p.cue, p.src)),
    ("characterisation by quotation (G83)", lambda f, p: p.cue.lemma in f.A["quote_object"] and not p.relative,
     lambda f, p: quote_object(f, p.cue, p.src)),
    ("characterisation with 'as' (G83)", lambda f, p: p.cue.lemma in f.A["as_characterise"] and (
        not p.relative or p.cue.lemma in f.A["as_quote"]) and as_link(f, p.cue, p.relative) is not None,
     lambda f, p: as_characterisation(f, p.cue, p.src, p.relative)),
    ("figure-giving verb (G116)", lambda f, p: p.cue.lemma in f.A["figure_verbs"],
     lambda f, p: figure(f, p.cue, p.src)),
    ("told without 'that': no attribution", _addressee_without_that, _refuse),
    ("hearsay without source (G123, G139)", _received_report, _hearsay),
    ("a raised-passive cue with a subject: a thought (G115)", lambda f, p: p.cue.lemma in f.A["raised_only"], _refuse),
    ("relative clause (G57)", lambda f, p: p.relative and not p.pseudo_cleft, _relative),
    ("a cue that needs 'that', without it", _needs_that, _refuse),
    ("accuse X of Y (G52)", lambda f, p: bool(p.cue.entry.get("second")), _accuse_of),
    ("that-clause, bare complement or quotation", lambda f, p: True, _complement),
)


def source_first(f: Finder, cue: Cue) -> None:
    """``<source> <cue> <content>``: find the source before the cue, then settle the
    cue with the first frame of :data:`FRAMES` that applies."""
    p = preposed(f, cue)
    if p is None:
        return
    for _name, applies, frame in FRAMES:
        if applies(f, p):
            frame(f, p)
            return
