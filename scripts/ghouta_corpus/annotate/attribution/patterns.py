"""The attribution patterns' registry and :func:`cue_record`, the dispatcher that tries them on a cue word.

Why a dispatcher over tables: the corpus's attribution patterns (G43-G58) are tried
in a fixed order, and a new one should be one function and one entry, not a branch
in a long function. :data:`WORD_PATTERNS` are set off by the words themselves
('according to', an impersonal 'it is said'); a verb cue then tries
:data:`CONTENT_FIRST` (the source after the content) and, failing those, the
source-first frames of :mod:`~ghouta_corpus.annotate.attribution.preposed`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..context import Quote
from ..numbers import count_at
from ..words import APOS, is_cap
from . import extent
from .figures import compared_figure
from .finder import Cue, Finder
from .medial import according_apposition_end, according_rest
from .postposed import cue_then_source, source_then_cue
from .preposed import source_first
from .records import Rec


def _is_according(f: Finder, c: int) -> bool:
    return f.lw(c) == "according" and f.lw(c + 1) == "to"


def _according(f: Finder, c: int) -> None:
    """'according to X': the source follows; the content is the rest of the
    sentence, after X and its comma when the phrase opens the sentence."""
    lo, hi, q = f.lo_hi(c)
    cue = [(f.c.ws[c].start, f.c.ws[c + 1].end)]
    a = c + 2
    end = a
    while end < hi and f.tw(end) not in (",", ";") and not f.sentence_end(end, hi):
        end += 1
    start = f.clause_start(lo, lo)
    rest = according_rest(f, start, c, end + 1, hi) if c > start and f.tw(end) == "," else None
    if c > start and f.tw(end) == "," and end + 1 < hi and rest is None:
        e2 = end + 1                                  # according to X, a Britain-based monitoring group (G45)
        while e2 < hi and f.tw(e2) not in (",", ";") and not f.sentence_end(e2, hi):
            e2 += 1
        T, first = f.T, f.lw(end + 1)
        clause = first not in ("who", "which") and (first in T.conjunctions or first in T.subordinators
                                                    or first in T.prepositions)
        if f.sentence_end(e2, hi) and not clause and not extent.writer_comment(f, end + 1, hi):
            end = e2                                  # what follows the source to the end of the sentence
            #                                           describes it: an apposition, a relative clause, a participle
            #                                           ('..., who asked not to be named'; '..., OCHA'), not a clause
    if c <= start and f.tw(end) == ",":
        end = according_apposition_end(f, end, hi)    # According to X, head of Y, <content> (G45)
    src = f.source_span(a, f.strip_time_left(a, end))
    if src is None:
        return
    if c <= start:
        if f.tw(end) != ",":
            return
        cs = f.content_span(end + 1, extent.content_end(f, end + 1, hi))
    else:
        b = c - 1
        if f.tw(b) == ",":
            b -= 1
        cs = f.content_span(start, b + 1)
    if cs:                                            # By noon, according to X, buses had crossed (G54)
        f.add(Rec(cue, [src], [(*cs, False), *([(*rest, False)] if rest else [])], c, inside=q))


def _by_count_end(f: Finder, c: int) -> int | None:
    """The comma that closes 'By X's count,' opening a sentence (G242): 'By' (capitalised),
    then within eight words a possessive ('X's', its, their) and a noun of counting
    (attribution.json's 'count_nouns', a cue form among them: 'By the ministry's estimate,'),
    possibly after 'own', right before the comma; None
    otherwise ('By Monday, ...', 'By the count of three', 'By car, ...')."""
    if f.tw(c) != "By":
        return None
    k = c + 1
    while k < min(f.c.n, c + 9) and f.tw(k) not in (",", ";", ".") \
            and not (f.is_cue(k) and not (f.lw(k) in f.A["count_nouns"] and f.tw(k + 1) == ",")):
        k += 1
    owner = any(f.tw(x) in APOS and f.lw(x + 1) == "s" or f.lw(x) in ("its", "their", "his", "her")
                for x in range(c + 1, k - 1))
    return k if f.tw(k) == "," and owner and f.lw(k - 1) in f.A["count_nouns"] else None


def _by_count(f: Finder, c: int) -> None:
    """'By X's count, <clause>' (G242): CUE 'By', SOURCE the noun phrase 'X's count' with its
    modifiers, CONTENT the clause after the comma (past an aside 'X said,' that opens it);
    only where the phrase opens the sentence."""
    lo, hi, q = f.lo_hi(c)
    k = _by_count_end(f, c)
    if k is None or c > f.clause_start(lo, lo):
        return
    src = f.source_span(c + 1, k)
    a = k + 1
    aside = next((j for j in range(a + 1, min(hi, a + 6)) if f.tw(j) in (",", ";", ".") or f.is_cue(j)), None)
    if aside is not None and f.is_cue(aside) and f.tw(aside + 1) == ",":
        a = aside + 2                                 # 'By its count, the army said, 40 died': past the aside
    cs = f.content_span(a, extent.content_end(f, a, hi))
    if src is not None and cs is not None:
        f.add(Rec([f.span(c, c + 1)], [src], [(*cs, False)], c, inside=q))


def _is_impersonal(f: Finder, c: int) -> bool:
    entry = f.T.cue_forms.get(f.tw(c))
    return entry is not None and entry["kind"] == "impersonal"


def _it_passive(f: Finder, c: int) -> bool:
    """'It was reported', 'it has been widely reported', 'it is understood': an
    expletive 'it' and a passive before the cue (G85)."""
    def adverb(x: int) -> bool:
        return f.lw(x) in f.T.adverbs or (f.lw(x).endswith("ly") and f.tw(x).islower())
    k = c - 1
    while k >= 0 and adverb(k):
        k -= 1
    if f.lw(k) not in ("is", "was", "been") or f.lw(c).endswith("ing"):
        return False                                  # (a participle in -ing is no passive)
    while k >= 0 and (f.lw(k) in f.T.auxiliaries or adverb(k)):
        k -= 1
    return f.lw(k) == "it"


def _is_raised(f: Finder, c: int) -> bool:
    """'X are believed to remain', 'civilians believed to be trapped' (G115)."""
    entry = f.T.cue_forms.get(f.tw(c))
    v = c + 3 if f.lw(c + 2) in ("still", "already", "now", "also") else c + 2   # believed to still be
    return entry is not None and entry["lemma"] in f.A["raised"] and f.lw(c + 1) == "to" and (
        f.lw(v) in ("be", "have") or f.lw(v) in f.T.verbs) and not f.tw(c).endswith("s")


def _raised(f: Finder, c: int) -> None:
    """A raised passive (G115): no source; contents the subject noun phrase and the
    infinitive with 'to'."""
    lo, hi, q = f.lo_hi(c)
    k = c - 1
    while k >= lo and (f.lw(k) in f.T.auxiliaries or f.tw(k) == "," or f.ly_adverb(k)
                       or f.lw(k) in ("still", "now", "also", "already")):
        k -= 1                                        # are still listed as missing
    end = k + 1
    T = f.T
    while k >= lo and not (f.lw(k) in T.verbs or f.lw(k) in T.cue_forms or f.lw(k) in T.subordinators
                           or _ends_raised_subject(f, k, lo) or f.tw(k) in (";", ":") or _intro_comma(f, k, lo)):
        k -= 1                                        # (more than 400 people: 'than' is part of the count)
    subj = f.content_span(k + 1, end, enclosing=False)
    rest = f.content_span(c + 1, extent.content_end(f, c + 1, hi))
    if subj and rest:
        f.add(Rec([f.span(c, c + 1)], [], [(*subj, False), (*rest, False)], c, inside=q))


def _ends_raised_subject(f: Finder, k: int, lo: int) -> bool:
    """Whether a preposition at k, read leftwards from a raised cue, ends its subject (G115):
    one that opens the clause ('In Kemi, 300 people are believed ...'; but 'Between 500 and
    700 fighters' is the figure's own word), or one of a few that head an adverbial ('after',
    'during', 'since', 'until', 'despite'); 'of', 'than' and a preposition inside a relative or
    participle clause ('those leaving in recent days') stay in the subject, but not one after
    a verb or past participle ('based on [how many people] were believed')."""
    low = f.lw(k)
    if low not in f.T.prepositions or low in ("of", "than"):
        return False
    if low in ("between", "about", "around", "over", "under") and (
            count_at(f.c.ws, f.c.lows, k + 1, f.T) is not None or f.lw(k + 1) in ("half", "a")):
        return False                                  # Between 500 and 700 fighters; about half of those
    if k == lo or f.tw(k - 1) in (",", ";", ":") or f.lw(k - 1) in f.T.subordinators or f.is_cue(k - 1):
        return True
    prev = f.lw(k - 1)
    if prev.endswith("ed") or prev in f.T.verbs or prev in f.T.auxiliaries:
        return True                                   # had been based on [how many people] were believed
    return low in ("after", "during", "since", "until", "despite", "before", "because")


def _intro_comma(f: Finder, k: int, lo: int) -> bool:
    """Whether the comma at k closes an opening adverbial ('In Kemi, 300 people are believed
    ...'), which stays out of a raised subject; a comma inside the subject ('Ali Hamid, 52, a
    driver, is believed ...') does not."""
    if f.tw(k) != ",":
        return False
    j = k - 1
    while j > lo and f.tw(j - 1) not in (",", ";", ":", "."):
        j -= 1
    return f.lw(j) in f.T.prepositions or f.lw(j) in f.T.subordinators


_PARTICIPLE_CUES = ("told", "said", "thought", "heard", "learnt", "put", "given")


def _be_before(f: Finder, c: int) -> bool:
    """Whether a form of 'be' stands before the cue, past adverbs (was told, were
    later reported)."""
    k = c - 1
    while k >= 0 and (f.lw(k) in f.T.adverbs or (f.lw(k).endswith("ly") and f.tw(k).islower())):
        k -= 1
    return f.lw(k) in f.A["passive_aux"]


def _is_personal_passive(f: Finder, c: int) -> bool:
    """A passive of a verb cue with a subject that is not the source ('his unit was
    told that ...', 'people were reported killed', 'Famine was confirmed there'):
    not 'it' (the impersonal pattern), not one with its agent ('was reported by
    state media') and not the quoted-by frame."""
    if not f.is_cue(c) or f.tw(c) == f.A["channel"]["cue"]:
        return False
    if not (f.lw(c).endswith("ed") or f.lw(c) in _PARTICIPLE_CUES) or f.lw(c + 1) == "by":
        return False
    return _be_before(f, c) and not _it_passive(f, c)


def _personal_passive(f: Finder, c: int) -> None:
    """A personal passive (G85, G115): no SOURCE. With 'that' the content follows it
    ('was told on Monday that the war was over'); with a participle after the cue,
    as in a raised passive, the subject and the participle's clause are the two
    contents ('400 people were reported killed in the attacks'); else no record
    ('Famine was confirmed there')."""
    _, hi, q = f.lo_hi(c)
    a = f.time_adv_right(c + 1, hi)
    t = a if f.lw(a) == "that" else f.that_after(a, hi)
    if t is not None:
        cs = f.content_span(t + 1, extent.content_end(f, t + 1, hi))
        if cs:
            f.add(Rec([f.span(c, c + 1)], [], [(*cs, False)], c, inside=q))
        return
    if f.T.cue_forms[f.tw(c)]["lemma"] in f.A["bare_complement"] and _bare_clause(f, a, hi):
        cs = f.content_span(a, extent.content_end(f, a, hi))
        if cs:                                    # they were told it would be safer (G85)
            f.add(Rec([f.span(c, c + 1)], [], [(*cs, False)], c, inside=q))
        return
    p = f.time_adv_right(c + 1, hi)
    nxt = f.lw(p)
    if nxt.isalpha() and nxt.endswith("ed") and nxt not in f.T.cue_forms or (
            nxt == "among" or nxt == "as" and not f.is_cue(p + 1)) \
            and f.T.cue_forms[f.tw(c)]["lemma"] in ("report", "confirm", "list"):
        _raised(f, c)                             # were reported killed; among the dead; listed as missing (G355)


def _bare_clause(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a are a clause without 'that' after a passive cue that takes
    one ('were told [it would be safer]', 'was told [her turn would come next week]'):
    a subject pronoun or a determiner first, and an auxiliary within the next words
    before any comma. Not 'were told to leave' or 'were told they must go' (directives,
    G114), nor 'was told the news' (a thing, no clause)."""
    if f.lw(a) not in f.T.subject_pronouns and f.lw(a) not in f.T.determiners:
        return False
    for x in range(a + 1, min(hi, a + 9)):
        if f.tw(x) in (",", ";", ".", ":") or f.lw(x) == "to":
            return False
        if f.lw(x) in f.T.auxiliaries and f.lw(x) not in ("not", "n't"):
            return f.lw(x) not in ("must", "should")      # were told they must go: a directive (G114)
    return False


def _is_passive_cue(f: Finder, c: int) -> bool:
    return f.is_cue(c) and _it_passive(f, c)


def _impersonal(f: Finder, c: int) -> None:
    """'it is said that ...', 'it was reported ...': a record with no source."""
    if _it_passive(f, c):
        lo, hi, q = f.lo_hi(c)
        a = f.time_adv_right(c + 1, hi)
        if f.sentence_end(a, hi):
            _postposed_impersonal(f, c, lo, q)
            return
        a = f.that_after(a, hi) or a                  # it was reported on Sunday that ... (G56)
        if f.lw(a) == "that":
            a += 1
        cs = f.content_span(a, extent.content_end(f, a, hi))
        if cs:
            f.add(Rec([f.span(c, c + 1)], [], [(*cs, False)], c, inside=q))


def _postposed_impersonal(f: Finder, c: int, lo: int, q: Quote | None) -> None:
    """'<clause>, it was reported.', '<clause>, it is understood.' (G42, G56): the
    impersonal cue closes its sentence, so its content is the clause before the comma,
    as with a postposed source. Where that clause holds a saying of its own (X said that
    ..., a process that ..., it is understood) the impersonal covers only the last
    comma-separated chunk, the part no other cue reports."""
    it = next((x for x in range(c - 1, max(lo, c - 6) - 1, -1) if f.lw(x) == "it"), None)
    if it is None or it - 1 <= lo or f.tw(it - 1) != ",":
        return
    start = f.clause_start(lo, lo)
    if any(f.is_cue(x) for x in range(start, it - 1)):
        commas = [x for x in range(start, it - 1) if f.tw(x) == ","]
        start = commas[-1] + 1 if commas else it
    cs = f.content_span(start, it - 1) if start < it - 1 else None
    if cs:
        f.add(Rec([f.span(c, c + 1)], [], [(*cs, False)], c, inside=q))


def _is_asked_question(f: Finder, c: int) -> bool:
    """'Asked what he would miss, he ...' (G114, G85): a question participle opening its
    sentence (or quotation) before a wh-word, 'if' or 'whether'."""
    lo, _, _ = f.lo_hi(c)
    return f.tw(c) in f.A["question_participles"] and c == f.clause_start(lo, lo) \
        and (f.lw(c + 1) in f.A["wh_words"] or f.lw(c + 1) in ("if", "whether"))


def _asked_question(f: Finder, c: int) -> None:
    """The reported question of an opening 'Asked ...,': no SOURCE (the asker is unnamed),
    CONTENT the question up to its comma."""
    _, hi, q = f.lo_hi(c)
    end = next((k for k in range(c + 1, hi) if f.tw(k) in (",", ";", ":")), None)
    cs = f.content_span(c + 1, end) if end is not None else None
    if cs:
        f.add(Rec([f.span(c, c + 1)], [], [(*cs, False)], c, inside=q))


# (name, condition, pattern) for cues that the words themselves make: tried first, and
# the first whose condition holds settles the word.
WORD_PATTERNS: tuple[tuple[str, Callable[[Finder, int], bool], Callable[[Finder, int], None]], ...] = (
    ("according to X", _is_according, _according),
    ("By X's count (G242)", lambda f, c: _by_count_end(f, c) is not None, _by_count),
    ("Asked + a reported question (G114, G85)", _is_asked_question, _asked_question),
    ("impersonal (it is said)", _is_impersonal, _impersonal),
    ("impersonal passive (it was reported, G85)", _is_passive_cue, _impersonal),
    ("raised passive (X are believed to, G115)", _is_raised, _raised),
    ("personal passive (was told that, were reported killed, G85)", _is_personal_passive, _personal_passive),
)

# Patterns with the source after the content, tried in order on a verb cue; each
# returns True when it added a record, and the source-first frames run otherwise.
CONTENT_FIRST: tuple[Callable[[Finder, Cue], bool], ...] = (source_then_cue, cue_then_source)


def _noun_use(f: Finder, c: int) -> bool:
    """Whether the cue form at ``c`` is a noun or a participle modifying one: after a
    determiner or a figure adjective ('a report by', 'lower estimates'), a noun form
    after a capitalised name after a determiner ('a UN report', not 'the UN said'),
    a plural form after a preposition other than 'to' ('with estimates ranging'), or
    inside the object of 'according to' ('according to UN estimates',
    'according to statements posted on ...')."""
    A = f.A
    if f.lw(c - 1) in A["noun_determiners"]:
        return True
    if f.lw(c).endswith("s") and f.lw(c - 1) in f.T.prepositions and f.lw(c - 1) != "to":
        return True                                   # with estimates ranging ... (G50)
    j = c - 1
    while j > 0 and j > c - 5 and is_cap(f.tw(j)):
        j -= 1                                        # (a United Nations report: a name of several words)
    if f.tw(c) in A["noun_forms"] and j < c - 1 and f.lw(j) in ("a", "an", "the") \
            and f.lw(c + 1) != "that" and count_at(f.c.ws, f.c.lows, c + 1, f.T) is None:
        return True
    for k in range(c - 1, max(c - 2 - A["according_np"], -1), -1):
        if f.lw(k) == "to" and f.lw(k - 1) == "according":
            return True
        if f.lw(k) in f.T.verbs or f.lw(k) in f.T.auxiliaries or f.tw(k) in (",", ";", ".") or f.is_cue(k):
            return False
    return False


def _nobody_can_say(f: Finder, c: int, q: object) -> bool:
    """Whether the cue at ``c`` is the writer's 'nobody can say how many ...' (G191):
    a negative pronoun and a modal (not 'has': 'nobody has said where' keeps its record)
    before it, a wh-word within the next words (past a
    time phrase: 'could say on Friday how many'), and no quotation around it."""
    k = c - 1
    if q is not None or f.lw(k) not in f.A["no_one_modals"]:
        return False
    subj = f.lw(k - 1) if f.lw(k - 1) != "one" else f.lw(k - 2) + " one"
    if subj not in f.A["no_one_subjects"]:
        return False
    return any(f.lw(x) in f.A["wh_words"] for x in range(c + 1, c + 5))


def _writer_not_confirming(f: Finder, c: int, lemma: str, q: object) -> bool:
    """Whether the cue at ``c`` is the writer's own outlet or reporter saying it could not
    confirm something ('This reporter was unable to confirm how many ...'; G404): like
    G191's 'nobody can say', no record. A negation must come between the subject ('this'
    and a noun in 'writer_selves') and the cue; a named source's refusal stays G51's."""
    W = f.A["writer_selves"]
    if q is not None or lemma not in W["lemmas"]:
        return False
    k, negated = c - 1, False
    while k > 0 and f.lw(k) in W["negators"]:
        negated = negated or f.lw(k) in ("unable", "not", "n't", "cannot")
        k -= 1
    return negated and f.lw(k) in W["nouns"] and f.lw(k - 1) == "this"


def _closes_zero_relative(f: Finder, c: int, lo: int, hi: int) -> bool:
    """Whether the cue at ``c`` closes a zero relative after a noun of saying that follows
    a comma ('..., a claim the militia denied.'; G324): the clause has no relative pronoun
    to be CONTENT, so it makes no record."""
    for n in range(c - 1, max(lo, c - 12), -1):
        if f.tw(n) in (",", ";", ":"):
            return False
        if f.lw(n) in f.A["comment_nouns"]:
            det = n - 1 if f.lw(n - 1) in ("a", "an", "the") else n
            return f.tw(det - 1) == "," and extent.zero_relative_verb(f, n + 1, hi) == c
    return False


def verb_cue(f: Finder, c: int) -> Cue | None:
    """The verb cue at word ``c`` with its sentence, or None: not a verb cue, already
    part of another record (the second cue of a quoted-by frame), or a noun
    ('a report by', 'the claims')."""
    t = f.tw(c)
    if not f.is_cue(c) or c in f.consumed:
        return None
    entry = f.T.cue_forms[t]
    if _noun_use(f, c) or any(f.tw(b) == "By" and _by_count_end(f, b) == c + 1 for b in range(max(0, c - 8), c)):
        return None                                   # a noun: 'By the ministry's estimate,' (G242)
    k = c - 1
    while k > 0 and f.lw(k) in ("not", "n't", "never"):
        k -= 1
    if entry["lemma"] == "tell" and f.lw(k) in ("can", "could", "cannot", "couldn't") \
            and f.lw(c + 1) in f.A["wh_words"]:
        return None                                   # could not tell who they were: to distinguish, not to say
    if f.lw(c).endswith("ing") and f.lw(c - 1) in f.A["passive_aux"] and f.lw(c - 2) == "it" \
            and f.lw(c + 1) == "that":
        return None                                   # It is telling that ...: an adjective, no saying
    lo, hi, q = f.lo_hi(c)
    if _nobody_can_say(f, c, q):
        return None                                   # though nobody could say how many (G191)
    if _writer_not_confirming(f, c, entry["lemma"], q):
        return None                                   # This reporter was unable to confirm ... (G404)
    if _closes_zero_relative(f, c, lo, hi):
        return None                                   # ..., a claim the army denied: the writer's (G324)
    if entry["lemma"] == "count" and count_at(f.c.ws, f.c.lows, c + 1, f.T) is None \
            and not compared_figure(f, c + 1, c + 2, hi):
        return None                                   # counted the checkpoints: no figure given (G116)
    after = c + 1
    if entry["lemma"] in f.A["addressee"]:
        after = f.object_np(after, hi)
    elif entry["lemma"] in f.A["addressee_optional"]:
        o = f.object_np(after, hi)                    # warned us it was coming; warned her that ... (G82)
        if o > after and (f.lw(after) in ("me", "us", "him", "her", "them", "you") or f.lw(o) in ("that", "to")):
            after = o
    elif f.lw(after) == "to" and f.lw(after + 1) in ("me", "us", "him", "her", "them"):
        after += 2                                    # My sister said to me, '...' (G84)
    after = f.time_adv_right(after, hi)
    return Cue(c, t, entry["lemma"], entry, lo, hi, q, after)


def cue_record(f: Finder, c: int) -> None:
    """Try the patterns for the cue word at ``c``; add at most one record."""
    if f.c.role(c) == "boilerplate":
        return
    for _name, applies, pattern in WORD_PATTERNS:
        if applies(f, c):
            pattern(f, c)
            return
    cue = verb_cue(f, c)
    if cue is None:
        return
    if any(pattern(f, cue) for pattern in CONTENT_FIRST):
        return
    source_first(f, cue)
