"""The count layer: COUNT spans (minus the exclusions of G35), their COUNT_OF targets and categories.

Why one module: someone changing how counts are drafted (what is a count, what it
counts, which category its verb gives it) opens this file. The number grammar itself
is :mod:`~ghouta_corpus.annotate.numbers`; the exclusions are a registry in
:mod:`~ghouta_corpus.annotate.exclusions` (:data:`EXCLUSIONS` there), so that a new kind of
non-count is one function and one entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import count_groups, count_nouns
from .categories import category
from .context import Ctx, Mention
from .count_nouns import exclusive, gapped_participle, part_of, past_participle, plural_then_verb, pronoun_those
from .exclusions import excluded
from .intake import intake_casualties, parts_follow
from .lexicons import load
from .measured import figure_ends, measured_noun, ranged_noun, reached, verb_subject
from .movement import movement_kind, sentence_movement
from .numbers import CountValue, count_at
from .one_meaning import thing_noun
from .parts import described_part, whole_before
from .senses import casualty_shares
from .situations import possessed_kin, situation_group, topic
from .story_groups import leading_flight, story_flight
from .tables import Tables, tables
from .wordclass import can_be_verb, is_plural_noun, only_verb, word_classes
from .words import POSSESSIVES, QUOTES, Word, words

# A COUNT over words [start, end) with its value.
Count = tuple[int, int, CountValue]


@dataclass(frozen=True)
class CountMatch:
    """A COUNT found in a text: offsets, text and normalised value."""
    start: int
    end: int
    text: str
    count: CountValue


def _count_spans_par(text: str, ws: list[Word], lows: list[str], T: Tables) -> list[Count]:
    """Counts in one paragraph's words: the longest expression at each position unless an exclusion claims it."""
    out: list[Count] = []
    n, i = len(ws), 0
    while i < n:
        m = count_at(ws, lows, i, T)
        if m is None:
            i += 1
            continue
        if excluded(text, ws, lows, T, m):
            i = m.end if m.bound else i + 1           # 'under 15' as an age: not '15' either
            continue
        out.append((m.start, m.end, m.count))
        i = m.end
    return out


def count_spans(text: str, ws: list[Word], lows: list[str], T: Tables) -> list[Count]:
    """Word ranges of the counts in ``ws`` after G35's exclusions, by paragraph (a count never crosses a newline)."""
    out: list[Count] = []
    a = 0
    for b in range(1, len(ws) + 1):
        if b == len(ws) or "\n" in text[ws[b - 1].end:ws[b].start]:
            out.extend((s + a, e + a, cv) for s, e, cv in _count_spans_par(text, ws[a:b], lows[a:b], T))
            a = b
    return out


def find_counts(text: str) -> list[CountMatch]:
    """Every COUNT expression of ``text`` (the count layer without COUNT_OF).

    >>> [(m.text, m.count.value) for m in find_counts("Two days later, 1,500 fighters left.")]
    [('1,500', 1500)]
    """
    T = tables()
    ws = words(text)
    lows = [w.low for w in ws]
    return [CountMatch(ws[s].start, ws[e - 1].end, text[ws[s].start:ws[e - 1].end], cv)
            for s, e, cv in count_spans(text, ws, lows, T)]


# ---------------------------------------------------------------------------
# COUNT_OF, COUNTED and category

@dataclass
class CountLinks:
    """The COUNT_OF layer of a document: (count, target) pairs, the new COUNTED spans,
    and each count's category by its first word."""
    links: list[tuple[Count, Mention]]
    counted: list[Mention]
    categories: dict[int, str]


# Nouns of a whole of people whose size follows after 'of' ('a population of 2 million').
_WHOLES = ("population", "populations")


def _noun_start(ctx: Ctx, e: int, count_starts: dict[int, int]) -> int:
    """Where the counted noun starts after a count ending at word ``e``: past 'out of N',
    'of their', 'other', 'more', and a quotation mark closing a quoted figure before 'of'."""
    T, lows, n = ctx.T, ctx.lows, ctx.n
    k = e
    if k + 1 < n and lows[k] in QUOTES and lows[k + 1] == "of" and ctx.ws[k].start == ctx.ws[k - 1].end:
        k += 1                                        # killed "hundreds" of civilians: the quote closes the figure
    if k + 1 < n and lows[k] == "out" and lows[k + 1] == "of" and k + 2 in count_starts:
        k = count_starts[k + 2]
    elif count_nouns.ratio_in(ctx, k, count_starts):
        k = count_starts[count_nouns.ratio_start(ctx, k)]   # nearly four in (every) five of the dead (G117)
    half = e > 0 and lows[e - 1] == "half" and k < n and lows[k] in ("the", "those", "these", "a", "an", *POSSESSIVES)
    if k < n and (lows[k] == "of" or half):
        k += 0 if half else 1                         # (half the residents, half a crew: 'of' left out)
        if k < n and (lows[k] in T.determiners or lows[k] in POSSESSIVES) and lows[k] not in ("other", "others") \
                and not pronoun_those(ctx, k):        # (thousands of others: the pronoun is the noun, G40)
            k += 1
        if k in count_starts:
            k = count_starts[k]                       # four of (her) six children: the noun both count (G40)
        k = count_nouns.possessed(ctx, k, count_starts)
    while k < n and lows[k] in count_groups.STEPPED:
        k += 1
    return k


def _with_conjunct(ctx: Ctx, first: Mention, starts: dict[int, Mention], count_starts: dict[int, int]) -> list[Mention]:
    """A counted mention and the mentions coordinated with it (militants and their families; their nationals and
    other foreigners; survivors, rescuers and people familiar with it: one label, 'and' before the last, G40)."""
    lows, n = ctx.lows, ctx.n
    out = [first]
    c = count_groups.past_of_phrase(ctx, first)        # (800 members of the group and their relatives, G40)
    while c + 1 < n and lows[c] in ("and", ","):
        d = c + 1
        if d < n and lows[d] in ("their", "his", "its", "her", "the", "other"):
            d += 1
        if d not in starts or starts[d].label != first.label or d in count_starts or count_nouns.one_relative(
                ctx, starts[d], d > c + 1) or count_groups.one_party(ctx, starts[d], d):
            break                                     # (her mother; the coalition: one person or body, no conjunct)
        out.append(starts[d])
        if lows[c] == "and":
            break
        c = starts[d].j
    last = out[-1].j
    apposition = count_nouns.set_apart(ctx, first, len(out), last)   # Ukrainians, soldiers and X alike,
    return out if c < n and lows[c] == "and" and not apposition else out[:1]


def _counted_conjunct(ctx: Ctx, found: list[Mention], mentions: list[Mention], in_mention: set[int]) -> list[Mention]:
    """A COUNTED noun phrase after 'and' that ends the list of a counted place or thing mention ('1,200 tents
    and hygiene kits': G40, a COUNT counts each conjunct), where the mention found no mention to join it; not
    after a group of people ('300 fighters and weapons' lists what was seized, not what 300 counts)."""
    c = found[-1].j if len(found) == 1 and found[0].label != "ACTOR" else ctx.n
    if c + 1 >= ctx.n or ctx.lows[c] != "and" or only_verb(ctx.lows[c + 1]) or ctx.lows[c + 1].endswith("ing"):
        return []
    nxt = _counted_noun(ctx, c + 1, mentions, in_mention)
    return nxt[:1] if nxt and nxt[0].i == c + 1 else []


def _counted_noun(ctx: Ctx, k: int, mentions: list[Mention], in_mention: set[int] | None = None,
                  singular: bool = False, share: bool = False) -> list[Mention]:
    """A new COUNTED span for the noun phrase at word ``k`` that is no mention: up to
    three lower-case words (no closed-class word, auxiliary, cue, time unit or word that
    opens a clause: 'between 140 and 220 once remains are matched') ending
    in a plural (25 others; forty sheep, a plural without -s; 12 abandoned vehicles, an
    -ed adjective before it), or after a count of one a singular whose plural is a
    thing noun (one bag each), or after a share's 'of' (``share``: a fraction or a
    percentage) a singular noun, the whole it is a part of (G40, G75: 'about a third of
    the [rest]', 'a third of the [toll]'). None where the first word is a verb
    (thousands flee air raids) or the only word is a verb form."""
    T, lows, ws, n = ctx.T, ctx.lows, ctx.ws, ctx.n
    run: list[int] = []
    start = k
    if in_mention is None:
        in_mention = {x for m in mentions for x in range(m.i, m.j)}
    while k < n and len(run) < 3 and count_nouns.run_word(ws[k].text) and ws[k].text.islower() \
            and (lows[k] not in T.closed or lows[k] in T.counted_pronouns) \
            and lows[k] not in T.auxiliaries and lows[k] not in T.cue_forms and lows[k] not in T.time_units \
            and lows[k] not in T.subordinators \
            and ctx.gap(k - 1, k) == " " and k not in in_mention \
            and not (run and plural_then_verb(lows[run[-1]], lows[k])):
        run.append(k)
        k += 1
        if lows[run[0]] in T.counted_pronouns:
            break                                     # a pronoun is its whole phrase: those now waiting
    full = len(run)                                   # (a share's whole: the phrase's own last word, a noun)
    whole = share and full > 0 and "of" in lows[max(0, start - 2):start] and "NOUN" in word_classes(lows[run[-1]])
    while run and not (lows[run[-1]].endswith("s") and not lows[run[-1]].endswith("ss")) \
            and not (singular and thing_noun(lows[run[-1]])) \
            and not (whole and len(run) == full) \
            and lows[run[-1]] not in T.counted_pronouns \
            and (singular or not is_plural_noun(lows[run[-1]])):   # forty sheep: a plural without -s
        run.pop()
    participle = len(run) > 1 and lows[run[0]].endswith(("ed", "ing")) and start > 0 \
        and (lows[start - 1] not in T.vague_words or lows[start - 1] == "of")
    if not run or (only_verb(lows[run[0]]) and not participle):
        return []                                     # (thousands flee gang attacks: a verb, no counted noun;
    #                                                   but 12 abandoned vehicles, seven operating tables,
    #                                                   dozens of sleeping bags: a modifier before the plural)
    if len(run) == 1 and not singular and not whole and not lows[run[0]].endswith("s") and can_be_verb(lows[run[0]]):
        return []                                     # (hundreds sleep in the open: a plural without -s that is
        #                                               also a verb is the figure's verb, not what it counts)
    if lows[run[-1]] in T.verbs and len(run) == 1 and lows[run[-1]] != "others" \
            and not (start > 0 and lows[start - 1] == "of"):
        return []                                     # (dozens of strikes: after 'of' a noun, not the verb)
    return [Mention(run[0], run[-1] + 1, "COUNTED", "NOM", counted=True)]


def _counted_list(ctx: Ctx, first: list[Mention], mentions: list[Mention], in_mention: set[int]) -> list[Mention]:
    """A new COUNTED span and the plural noun phrases coordinated with it, each its own
    COUNTED span (G40: a COUNT may count several conjuncts, as _with_conjunct does for
    mentions): 'hundreds of cars, pickup trucks and tractors', 'dozens of tents and
    blankets'. Only a list with 'and' before its last item, of phrases _counted_noun
    takes (lower-case, ending in a plural), none opening with an -ing form or a verb
    ('hundreds of shells, killing ...'); else the first alone, also where the item after
    'and' is none ('40 blankets, mattresses and a generator': no part of the list)."""
    lows, out = ctx.lows, list(first)
    c = first[-1].j if first else ctx.n
    closed = False                                    # the item after 'and' was taken
    while c + 1 < ctx.n and lows[c] in (",", "and") and not lows[c + 1].endswith("ing") \
            and not only_verb(lows[c + 1]):
        nxt = _counted_noun(ctx, c + 1, mentions, in_mention)
        if not nxt or nxt[0].i != c + 1:
            break
        out.append(nxt[0])
        if lows[c] == "and":
            closed = True
            break
        c = nxt[0].j
    return out if closed else out[:1]


def bare_vague(ctx: Ctx, e: int) -> bool:
    """Whether a vague multiple ending before word e ('in the hundreds') has no noun of
    its own: 'received bodies in the hundreds within hours' counts the people noun right
    before 'in', as 'by the thousands' counts its subject (G41); 'in the hundreds of
    tents' counts the tents, and 'a death toll in the hundreds' nothing."""
    return ctx.lows[e - 1] in ctx.T.vague_words and not (e < ctx.n and ctx.lows[e] == "of")


def _shared_end(ctx: Ctx, s: int, e: int, count_starts: dict[int, int]) -> bool:
    """Whether the count over [s, e) is the first end of two figures that share the noun
    after the second (G257: ends with their own bound words are two COUNTs of one noun,
    'ranging from [a few dozen] to [more than 80] dead', 'between [about 40] and [over
    60] people'; G40: 'scores and probably hundreds of people', 'dozens or hundreds of
    families'): the next count starts right after 'to', 'and' or 'or'."""
    lows = ctx.lows
    if e + 1 >= ctx.n or e + 1 not in count_starts:
        return False
    return lows[e] == "to" and s >= 1 and lows[s - 1] == "from" or lows[e] in ("and", "or")


def count_targets(ctx: Ctx, s: int, e: int, mentions: list[Mention], counts: list[Count],
                  index: tuple[dict[int, Mention], dict[int, int], set[int]] | None = None) -> list[Mention]:
    """What the count over words [s, e) counts: mentions starting right after it (past
    'of their', 'other', 'out of N'), their conjuncts, the subject for 'by the
    thousands' (G41), or a new COUNTED span; nothing where the noun is elided.
    ``index`` is (mentions by first word, counts' end by first word), built once per
    document by :func:`link_counts`."""
    lows = ctx.lows
    starts, count_starts, in_mention = index or ({m.i: m for m in mentions}, {a: b for a, b, _ in counts},
                                                 {x for m in mentions for x in range(m.i, m.j)})
    if s >= 2 and lows[s - 1] == "of" and lows[s - 2] in _WHOLES:
        lo = max(ctx.seg_range(s)[0], s - 6)          # a pre-war population of 300,000: the noun before (G78)
        return [m for k in range(lo, s - 1) if (m := starts.get(k)) is not None and m.j == s - 1][:1]
    if s >= 4 and lows[s - 3:s - 1] == ["in", "groups"] and lows[s - 1] == "of" and figure_ends(ctx, e):
        return [m for k in range(max(0, s - 9), s - 3) if (m := starts.get(k)) is not None
                and m.j == s - 3 and m.label == "ACTOR"][:1]   # move people in groups of 20 to 30 (G40)
    if gapped_participle(ctx, s, e):
        return []                                     # 50 were killed and 73 wounded (G41)
    if figure_ends(ctx, e) and (ranged := ranged_noun(ctx, s, starts, count_starts)) is not None:
        return [ranged]                               # estimates of the dead have ranged between 40 and 53
    if _shared_end(ctx, s, e, count_starts):
        return count_targets(ctx, e + 1, count_starts[e + 1], mentions, counts, index)
    if s >= 2 and lows[s - 2:s] == ["by", "the"]:
        lo = ctx.seg_range(s)[0]
        prev = [m for k in range(lo, s) if (m := starts.get(k)) is not None and m.label == "ACTOR" and m.j <= s]
        return [prev[-1]] if prev else []
    if s >= 2 and lows[s - 2:s] == ["in", "the"] and bare_vague(ctx, e):
        return [m for k in range(max(0, s - 8), s - 2) if (m := starts.get(k)) is not None
                and m.label == "ACTOR" and m.j == s - 2][:1]  # bodies in the hundreds (not: a toll in the hundreds)
    if s >= 2 and reached(ctx, s, e) and (subject := verb_subject(ctx, s - 1, starts)) is not None and (
            lows[s - 1] in load("numbers")["exceed_verbs"] or lows[subject.j - 1] in load("categories")["nouns"]):
        return [subject]                              # arrivals from Ukraine pass 230,000; refugees reach 9,000 (G40)
    if s >= 2 and lows[s - 1] in ("at", "to") and figure_ends(ctx, e) \
            and (measured := measured_noun(ctx, s - 1, starts, in_mention)) is not None:
        return _with_conjunct(ctx, measured, starts, count_starts)   # put the number of dead at 64; puts civilian
                                                      # dead at 105; the number of doctors and nurses rose to 15
    k = past_participle(ctx, count_nouns.past_quote(ctx, s, e, _noun_start(ctx, e, count_starts)), starts)
    k = count_nouns.past_name(ctx, k, starts, in_mention)   # (300 "gunmen", Seven ICRC trucks: the noun, G40)
    k = count_groups.skipped_start(ctx, e, k, starts)         # (1,200 additional tents: the mention holds 'additional')
    if k >= ctx.n or not count_nouns.same_sentence(ctx, max(e - 1, 0), k) or k in count_starts:
        return []                                     # (a heading's last figure: the next line is no noun of it)
    if k in starts:
        found = _with_conjunct(ctx, starts[k], starts, count_starts)
        return found + _counted_conjunct(ctx, found, mentions, in_mention)
    one = lows[e - 1] == "one"                        # (also bound: at least one ambulance, G40)
    share = any(c[0] == s and c[2].unit in ("fraction", "percent") for c in counts)
    first = _counted_noun(ctx, k, mentions, in_mention, singular=one, share=share)
    return first if one else _counted_list(ctx, first, mentions, in_mention)   # (one bag and stories: a count of
    #                                                   one counts its singular noun, not the plurals after it)


def _note_whole(ctx: Ctx, cnt: Count, keep: list[Mention], parts: dict[int, bool],
                tables: tuple[dict[int, int], dict[int, int]]) -> None:
    """Record a linked count as its segment's latest whole (a figure in unit count) and,
    where it counts people only, as its latest group (also a share of people that is no
    part itself: 'half of the wounded ..., adding that two were children', G256)."""
    wholes, groups = tables
    s = cnt[0]
    if keep and cnt[2].unit == "count" and s not in parts:
        wholes[ctx.seg_of[s]] = s
    if keep and (cnt[2].unit == "count" or s not in parts) and all(t.label == "ACTOR" for t in keep):
        groups[ctx.seg_of[s]] = s


def link_counts(ctx: Ctx, counts: list[Count], mentions: list[Mention], blocked: set[int]) -> CountLinks:
    """The COUNT_OF layer: each count's targets (a new COUNTED span only where no
    mention or earlier COUNTED span has its words) and its category."""
    out = CountLinks([], [], {})
    occupied = {k for m in mentions for k in range(m.i, m.j)} | blocked
    movement = movement_kind(ctx)
    kinds: dict[int, str] = {}                        # each sentence's kind of movement, read once
    last: int | None = None
    index = ({m.i: m for m in mentions}, {a: b for a, b, _ in counts}, {x for m in mentions for x in range(m.i, m.j)})
    by_span: dict[tuple[int, int], Mention] = {}      # the COUNTED spans made so far, by (start, end)
    targets_of: dict[int, list[Mention]] = {}         # each count's targets, by the count's start
    people_in_seg: dict[int, int] = {}                # per segment, the latest count of people or of no noun
    values = {c[0]: c[2] for c in counts}
    groups: dict[int, int] = {}                       # per segment, the latest figure that counts people
    parts: dict[int, bool] = {}                       # the counts linked as parts of a group (G256): of places?
    wholes: dict[int, int] = {}                       # per segment, the latest figure that counts anything
    for cnt in counts:
        s, e, _ = cnt
        keep = []
        of_them = e + 1 < ctx.n and ctx.lows[e] == "of" and ctx.lows[e + 1] in ("them", "whom") \
            or count_nouns.among_them(ctx, s, e)
        ante = _antecedent(ctx, s, last, people_in_seg) if of_them else None
        found = list(targets_of.get(ante, [])) if ante is not None \
            else count_targets(ctx, s, e, mentions, counts, index) or count_nouns.fronted_set(ctx, s, index[0]) \
            or count_groups.second_estimate(ctx, cnt, last, (targets_of, values))   # (and possibly nearer N, G407)
        ratio = count_nouns.ratio_second(ctx, s, index[1])   # (one in three had been burned: a share of things)
        part = part_of(ctx, cnt, wholes if ratio or count_nouns.places_whole(ctx, cnt, wholes, groups, targets_of)
                       else groups, values) if not found and not of_them else None
        before = ante if ante is not None else last
        prev = out.categories.get(before) if before is not None and ctx.para_of[before] == ctx.para_of[s] \
            else whole_before(ctx, s, bool(found), values, out.categories)   # (the remainder; a rival figure, G359)
        own = None if part is None else "other" if all(t.label == "LOCATION" for t in targets_of[part]) \
            else category(ctx, s, e, [], sentence_movement(ctx, s, movement, kinds), prev)   # (part of places: G77)
        if part is not None and not exclusive(own, out.categories.get(part)):   # (not 50 killed, 23 were wounded)
            found = list(targets_of[part])            # 23 wounded, three in a critical condition (G256)
            parts[s] = own == "other" and all(t.label == "LOCATION" for t in found)
        for t in found:                               # 40 of them: the noun the count before counts (G78)
            if t.counted:
                same = by_span.get((t.i, t.j))
                if same is not None:                  # seven of the 17 vehicles: both count one COUNTED span
                    keep.append(same)
                    continue
                if any(k in occupied for k in range(t.i, t.j)):
                    continue
                occupied.update(range(t.i, t.j))
                out.counted.append(t)
                by_span[(t.i, t.j)] = t
            keep.append(t)
        out.links.extend((cnt, t) for t in keep)
        targets_of.setdefault(s, []).extend(keep)
        _note_whole(ctx, cnt, keep, parts, (wholes, groups))
        head = targets_of.get(people_in_seg.get(ctx.seg_of[s], -1), [])
        if (not targets_of[s] or any(t.label == "ACTOR" for t in targets_of[s])) \
                and not count_nouns.in_apposition(ctx, s, head):   # (N people, two in three of ..., have fled)
            people_in_seg[ctx.seg_of[s]] = s
        out.categories[s] = own or category(ctx, s, e, keep, sentence_movement(ctx, s, movement, kinds), prev)
        last = s
    count_nouns.ratio_firsts(ctx, counts, out.links, out.categories)
    _bare_figures(ctx, counts, out, movement, kinds, parts)
    return out


def _antecedent(ctx: Ctx, s: int, last: int | None, people_in_seg: dict[int, int]) -> int | None:
    """The count whose noun 'N of them' at word s shares (G78): the nearest earlier count
    in its sentence segment that does not count only places or things (an ACTOR mention: 'dozens of bodies in two
    trenches, a third of them children' shares the bodies, not the trenches), else the
    count just before it; a count with no written noun ('79 were wounded, 56 of them
    children') is its own antecedent; None where no count precedes it in the segment.
    ``people_in_seg`` holds, per segment, the latest such count seen so far (the counts
    come in text order), so the look-up is one step, not a scan of every earlier count."""
    if last is None or ctx.seg_of[last] != ctx.seg_of[s]:
        return None
    return people_in_seg.get(ctx.seg_of[s], last)


def _bare_figures(ctx: Ctx, counts: list[Count], out: CountLinks, movement: str,
                  kinds: dict[int, str], parts: dict[int, bool] | None = None) -> None:
    """A second look at the figures that count no written noun and got 'other': a figure set against another in a
    dispute or comparison ('300 or 600', 'not 300', 'more than 300') that repeats the value of an earlier figure of
    a toll (categories.json's figure_nouns) or of a counted noun restates it and takes its category ('the toll rose
    to about 300 ... "they will argue about 300 or 600"'); a figure that merely shares a value ('Five people were
    killed. The school had five.') does not; with no cue of their own the others count what the document's figures
    mostly count (G41, G77). A part of a group of people (G256, ``parts``) is read as a figure with no noun here, as its
    category comes from its own clause. Then shares of a clinic's casualties (senses.casualty_shares, G179)."""
    counted = {c[0] for c, _ in out.links} - {p for p, places in (parts or {}).items() if not places}
    seen: dict[float, str] = {}
    figures = load("categories")["figure_nouns"]
    for x, (s, _e, cv) in enumerate(counts):
        v = cv.value if cv.value is not None else cv.max
        if s not in counted and out.categories[s] == "other" and v is not None and v > 1 and v in seen \
                and _set_against(ctx, counts, x):
            out.categories[s] = seen[v]
        elif v is not None and out.categories[s] != "other" and cv.unit == "count" and (
                s in counted or any(w in figures for w in ctx.lows[max(ctx.seg_range(s)[0], s - 5):s])):
            seen.setdefault(v, out.categories[s])     # (a toll, or a figure of a counted noun)
    people = [out.categories[s] for s, _, _ in counts if s in counted]
    about = topic(people)
    shares = [(s, e) for s, e, _ in counts if out.categories[s] != "evacuated" or not described_part(ctx, s, e)]
    first = dict(out.categories)
    casualty_shares(ctx, shares, out.categories)      # (half of the people we treated, G179; not evacuees, G351)
    intake_casualties(ctx, counts, out.links, out.categories)   # (received dozens of patients, G179)
    parts_follow(ctx, counts, first, out.categories)   # (..., including 15 children: the whole's)
    if about is not None:
        _story_figures(ctx, counts, out, (movement, kinds), (counted, about))
    story_flight(ctx, [(s, e) for s, e, _ in counts], out.links, out.categories,
                 (about or leading_flight(people, movement), movement))   # (G155; or flight leads, short of half)


def _story_figures(ctx: Ctx, counts: list[Count], out: CountLinks, kinds: tuple[str, dict[int, str]],
                   story: tuple[set[int], str]) -> None:
    """Read again, with the story's topic, the figures left 'other' that count no written noun, kin after a
    possessive with no verb of theirs (G305) or a civilian group (G155)."""
    (movement, seen), (counted, about) = kinds, story
    last: int | None = None
    for s, e, _ in counts:
        kin = [t for c, t in out.links if c[0] == s] if s in counted else []
        again = s not in counted or possessed_kin(ctx, s, kin) or situation_group(ctx, s, kin)   # (families, G155)
        if again and out.categories[s] == "other":
            prev = out.categories.get(last) if last is not None and ctx.para_of[last] == ctx.para_of[s] else None
            out.categories[s] = category(ctx, s, e, kin, sentence_movement(ctx, s, movement, seen), prev, about)
        last = s


# Words that set two adjacent figures against each other: '300 or 600', '300, not 600'.
_AGAINST = frozenset(("or", "not", "than", "versus", "vs"))


def _set_against(ctx: Ctx, counts: list[Count], x: int) -> bool:
    """Whether the x-th figure is set against the figure next to it in its sentence
    segment: at most two words between them, one of which is 'or', 'not', 'than' or
    'versus' (a dispute or comparison of figures)."""
    s, e, _ = counts[x]
    for y in (x - 1, x + 1):
        if 0 <= y < len(counts) and ctx.seg_of[counts[y][0]] == ctx.seg_of[s]:
            gap = ctx.lows[counts[y][1]:s] if y < x else ctx.lows[e:counts[y][0]]
            if len(gap) <= 2 and _AGAINST & set(gap):
                return True
    return False
