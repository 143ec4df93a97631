"""The noun phrase a count's COUNT_OF target starts at (G40, G78): 'those' standing for
its group and a participle the mention leaves out; and the group an elliptical partitive
takes part of (G256).

Why apart from counts.py: these read only the words after a count, so the count layer
(counts.py) asks them where its target begins and stays under its size limit.
"""

from __future__ import annotations

from .context import Ctx, Mention
from .lexicons import load
from .numbers import CountValue, count_at
from .wordclass import can_be_verb, is_plural_noun, lemma, only_verb
from .words import APOS, POSSESSIVES, QUOTES, is_cap


def pronoun_those(ctx: Ctx, k: int) -> bool:
    """Whether 'those' at word k is the counted pronoun itself ('a third of those waiting',
    'half of those who left'), not a determiner before a noun: what follows it is no
    noun, but a relative, a participle (also an irregular one: 'those held', 'those
    left behind', 'those taken'), a preposition ('those on the buses', 'those in the
    camp'), an adverb ('those now on the move') or the subject of a relative clause with
    its 'whom' left out ('those she treats', 'those we met'); a plural -s form after it is its noun
    ('those rooms', 'those families'), and so is a plural after a participle or an adverb
    that only qualifies it ('those stolen cars', 'those wounded civilians', 'those very
    young children')."""
    if ctx.lows[k] not in ("those", "these"):
        return False
    nxt = ctx.lows[k + 1] if k + 1 < ctx.n else ""
    if not nxt.isalpha() or nxt in ("who", "whom", "that", "which") or nxt in ctx.T.prepositions \
            or ctx.ws[k + 1].text in ctx.T.subject_pronouns:   # grammar.json's, as written ('those I met')
        return True                                   # those who left, those on the buses, those she treats
    if nxt == "still" or nxt.endswith(("ing", "ed")) or nxt in ctx.T.adverbs \
            or can_be_verb(nxt) and not nxt.endswith("s") and lemma(nxt) not in (None, nxt):
        return not _modified_plural(ctx, k + 1)       # those held, those left, those now on the move
    return False


def _modified_plural(ctx: Ctx, k: int) -> bool:
    """Whether the modifier at word k after 'those' only qualifies a plural noun: the
    plural follows it (a participle or adjective: 'stolen cars', 'wounded civilians',
    'detained people'), or follows the one word after it where it is an adverb ('very
    young children', 'recently arrived families'); not 'held were', 'left homeless',
    'killed included women', 'now on the move'."""
    T, lows, ws = ctx.T, ctx.lows, ctx.ws
    for x in range(k + 1, min(k + (3 if lows[k] in T.adverbs else 2), ctx.n)):
        w = lows[x]
        if not ws[x].text.isalpha() or not ws[x].text.islower() or w in T.closed or w in T.auxiliaries \
                or w in T.time_units or w in T.prepositions or ctx.gap(x - 1, x) != " " or w.endswith("ss"):
            return False
        if w.endswith("s") or is_plural_noun(w):
            return True
    return False


def past_participle(ctx: Ctx, k: int, starts: dict[int, Mention]) -> int:
    """The mention a participle left out of it modifies after a determiner ('a third of the
    remaining residents', 'half of the newly arrived families': an -ing or -ed word, an
    -ly adverb before it allowed, right before an ACTOR mention), else ``k`` itself."""
    lows, ws = ctx.lows, ctx.ws
    if k in starts or not 1 <= k < ctx.n or not (lows[k - 1] in ctx.T.determiners or lows[k - 1] in POSSESSIVES):
        return k
    x = k + 1 if lows[k].endswith("ly") and k + 1 < ctx.n else k
    if not (ws[x].text.isalpha() and ws[x].text.islower() and lows[x].endswith(("ing", "ed"))):
        return k
    m = starts.get(x + 1)
    return x + 1 if m is not None and m.label == "ACTOR" and ws[k].text.islower() else k


# What may follow a count that takes part of a group with no noun of its own (G256): a
# form of 'be', or past 'had' ('13 were staff', 'half had no relatives'), a comma ('13, or
# more than 40 percent, were'), or 'in' ('three in a critical condition'); not a present
# perfect 'have'/'has', which opens a claim of its own more often than a part ('7.1
# million were displaced inside, while more than 4.6 million have fled abroad').
_PART_AFTER = frozenset(("were", "was", "are", "is", "had", ",", "in"))

# Verbs of staying: with a place or nothing after them they say which part of the group is
# still there ('about 300 slept there and roughly 120 remained', 'evacuated eleven of the
# injured, where four remain in a critical condition'); with a predicate they give a fate
# of their own ('560 injured and some 400 remain missing': no part of the injured).
_STAY = frozenset(("remain", "remains", "remained"))


def _part_verb(ctx: Ctx, e: int) -> bool:
    """Whether the word after a count ending at word ``e`` lets it take part of a group
    (G256): one of _PART_AFTER, or a verb of staying before punctuation or a preposition."""
    low = ctx.lows[e]
    if low in _STAY:
        return e + 1 >= ctx.n or not ctx.ws[e + 1].text.isalpha() or ctx.lows[e + 1] in ctx.T.prepositions
    return low in _PART_AFTER


def part_of(ctx: Ctx, cnt: tuple[int, int, CountValue], groups: dict[int, int],
             values: dict[int, CountValue]) -> int | None:
    """The count whose group an elliptical partitive at ``cnt`` takes part of (G256,
    as 'N of them', G78): a count with no noun that a form of be/have, a comma, 'in' or a
    verb of staying follows (_part_verb), after an earlier figure of people (ACTOR targets; ``groups`` holds the latest
    per sentence segment) and smaller than it (a fraction or percentage always is, and any figure is part of
    a share's group of unstated size: 'half of the wounded had burns, adding that two were children'):
    'received 23 wounded, three in a critical condition', 'about 170 detainees were held, and only around 40 were
    known to have survived', '49 of the dead, about 45 percent, were children'. Not for
    a larger figure ('50 killed and 73 were wounded'), a count of things, or a count with
    no noun before it ('killed 1,500 and wounded more than 5,000', G41)."""
    s, e, cv = cnt
    ante = groups.get(ctx.seg_of[s])
    if ante is None or e >= ctx.n or not _part_verb(ctx, e) or ctx.lows[s - 1:s] == ["of"]:
        return None
    if _ratio_of(ctx, e) or _new_claim_between(ctx, ante, s):
        return None
    whole = values[ante]
    if cv.unit in ("fraction", "percent") or whole.unit in ("fraction", "percent"):
        return ante                                   # (half of the wounded ..., adding that two were children)
    v, w = cv.value if cv.value is not None else cv.max, whole.value if whole.value is not None else whole.min
    return ante if v is not None and w is not None and whole.unit == "count" and v < w else None


def exclusive(part: str | None, group: str | None) -> bool:
    """Whether a part's category and its group's are outcomes no one has both of: a
    figure of the wounded is no part of a figure of the killed before it, nor the
    reverse ('50 prisoners were killed and 23 were wounded': no COUNT_OF for 23, G256)."""
    return {part, group} == {"killed", "injured"}


def _new_claim_between(ctx: Ctx, a: int, s: int) -> bool:
    """Whether a claim of its own stands between the group's figure at a and the count
    at s: 'while'/'whereas' (another side's figure: 'the army said 20 soldiers died,
    while rebels said 15 were killed') or a year ('300 families returned in 2019, and in
    2020, 150 were expected'): the count is no part of the group. (A verb of saying is
    none: 'found that about one in eight was', 'Of the 30 dead confirmed so far, 13'.)"""
    for x in range(a + 1, s):
        w = ctx.lows[x]
        if w in ("while", "whereas") or len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100:
            return True
    return False


def _ratio_of(ctx: Ctx, e: int) -> bool:
    """Whether a ratio 'N in (every) M of X' follows the count ending at e: it counts
    its own group after 'of', not an earlier one."""
    k = e + 1 + (e + 1 < ctx.n and ctx.lows[e + 1] == "every")
    if ctx.lows[e] != "in" or k >= ctx.n or not (ctx.ws[k].text[:1].isdigit() or ctx.lows[k] in ctx.T.units):
        return False
    return k + 1 < ctx.n and ctx.lows[k + 1] == "of"


def gapped_participle(ctx: Ctx, s: int, e: int) -> bool:
    """Whether the count over [s, e) is the second of two passives that share their
    auxiliary, its participle right after it: '50 prisoners were killed and 73 wounded',
    '44 people had been killed and more than 130 injured'. The participle is the elided
    verb, not a noun the count counts: no COUNT_OF (G41). Only after 'and' or a comma
    with a passive (an auxiliary and a participle in -ed, or 'hurt') earlier in its
    clause, or a reduced one after a figure's plural noun ('1,430 civilians killed and
    more than 2,000 injured'; '15 refugees were killed, about 560 injured and ...'), and
    where no noun or auxiliary follows the participle ('and 73 wounded civilians' counts
    the civilians; 'and 12 wounded were carried out' is the noun as a subject)."""
    lows = ctx.lows
    if s < 3 or e + 1 >= ctx.n or lows[s - 1] not in ("and", ",") or not _participle(lows[e]) \
            or ctx.ws[e + 1].text.isalpha() and lows[e + 1] not in ctx.T.closed or lows[e + 1] in ctx.T.auxiliaries:
        return False                                  # (and 12 wounded were carried out: a noun, a subject)
    lo = max(ctx.seg_range(s)[0], s - 12)
    return any(_participle(lows[x + 1]) and (lows[x] in ctx.T.auxiliaries or x > lo and is_plural_noun(lows[x])
                                             and ctx.ws[x - 1].text[:1].isdigit()) for x in range(lo, s - 2))


def among_them(ctx: Ctx, s: int, e: int) -> bool:
    """Whether the count over [s, e) follows 'among them' or 'among whom' with no noun
    of its own after it ('treated 37 wounded people, among them [two dozen] with burns'):
    a part of the group before, which it counts as 'N of them' does (G78); with its own
    noun ('among them some 700 fighters', 'among them hundreds of pro-government
    fighters') it counts that noun."""
    lows = ctx.lows
    if s < 2 or lows[s - 2] != "among" or lows[s - 1] not in ("them", "whom"):
        return False
    return e >= ctx.n or not ctx.ws[e].text[:1].isalpha() or lows[e] in ctx.T.closed and lows[e] != "of"


def _participle(low: str) -> bool:
    return low.endswith("ed") and len(low) > 4 or low == "hurt"


def plural_then_verb(prev: str, low: str) -> bool:
    """Whether ``low`` after the plural ``prev`` in a counted noun run is the verb of
    the count's clause, not a second noun: a form that can be a verb and has no -s
    ('hundreds of shells fell on the villages': 'fell' is also a noun, 'fells'). Not
    after a plural that modifies the next noun (numbers.json's 'attributive_plurals':
    'dozens of human rights group members', 'goods train wagons')."""
    return prev.endswith("s") and not prev.endswith("ss") and not low.endswith("s") and can_be_verb(low) \
        and prev not in load("numbers")["attributive_plurals"]


def name_word(t: str) -> bool:
    """A word of a name: capitalised ('Nagorno-Karabakh'), or a lower-case Arabic article
    before a capitalised name ('al-Qusour', 'ad-Dana')."""
    return is_cap(t) or "-" in t and t.split("-", 1)[0] in ("al", "el", "ad", "ar", "as", "ash", "az", "at", "an") \
        and is_cap(t.split("-", 1)[1])


def possessed(ctx: Ctx, k: int, count_starts: dict[int, int]) -> int:
    """Where the counted noun starts after 'N of' and a possessor at word ``k``: past a
    name's possessive ('half of Nagorno-Karabakh's Armenians', 'two-thirds of al-Qusour's
    families') or one common noun's ('a third of the hospital's nurses'), and past a
    figure of the possessed ('one in ten of the city's 100,000 residents': the noun both
    count, G40); ``k`` itself where no possessive follows."""
    n, lows = ctx.n, ctx.lows
    g = k
    while g < n and name_word(ctx.ws[g].text):
        g += 1
    if g + 2 < n and ctx.ws[g].text.isalpha() and ctx.ws[g].text.islower() and ctx.ws[g + 1].text in APOS \
            and lows[g + 2] == "s":
        g += 1                                        # the hospital's nurses, the al-Hol camp's residents: one
    if g > k and g + 1 < n and ctx.ws[g].text in APOS and lows[g + 1] == "s":   # common noun ends the possessor
        k = g + 2                                     # half of Nagorno-Karabakh's Armenians: the possessed
        if k in count_starts and count_starts[k] < n and is_plural_noun(lows[count_starts[k]]):
            k = count_starts[k]                       # one in ten of the city's 100,000 residents (G40); not
    return k                                          # the town's 2019 population (no plural: no count of it)


def ratio_second(ctx: Ctx, s: int, count_starts: dict[int, int]) -> bool:
    """Whether the count at word ``s`` is the M of a ratio 'N in M' (a count, by its
    start in ``count_starts``, ends right before its 'in'): a share, as a fraction is,
    so a part of the group before it may be a group of things too ('visited 40 schools
    ... about one in four had been hit', G117)."""
    e = s - 2 if s >= 3 and ctx.lows[s - 1] == "every" else s - 1
    return s >= 2 and ratio_in(ctx, e, count_starts)


def ratio_firsts(ctx: Ctx, counts: list[tuple[int, int, CountValue]],
                 links: list[tuple[tuple[int, int, CountValue], Mention]], categories: dict[int, str]) -> None:
    """The N of a ratio 'N in M' with no noun of its own counts what M counts (G117:
    two COUNTs of the same noun, 'almost one in three was malnourished' after 'screened
    9,000 children'), with M's category; and the M of 'one X in M' with no noun of its
    own counts the X between them ('roughly one house in three', 'one child in four'),
    with N's category; in place."""
    by_start = {c[0]: c for c in counts}
    linked: dict[int, list[Mention]] = {}
    for c, t in links:
        linked.setdefault(c[0], []).append(t)
    for c in counts:
        m = by_start.get(ratio_start(ctx, c[1]))
        if m is not None and c[1] < ctx.n and ctx.lows[c[1]] == "in" and c[0] not in linked and m[0] in linked \
                and _smaller(c[2].value, m[2].value):
            links.extend((c, t) for t in linked[m[0]])
            categories[c[0]] = categories[m[0]]
        for t in linked.get(c[0], [])[:1]:
            m = by_start.get(ratio_start(ctx, t.j))
            if m is not None and t.j < ctx.n and ctx.lows[t.j] == "in" and m[0] not in linked and t.i == c[1] \
                    and _smaller(c[2].value, m[2].value):
                links.append((m, t))                  # one house in three: the second counts houses too
                categories[m[0]] = categories[c[0]]


def said_by(ctx: Ctx, first: Mention, last: int) -> bool:
    """Whether the mentions after a comma that follows the counted mention ``first`` and
    run to word ``last`` are the sources of a verb of saying right after them, not more
    of what is counted: 'flew out dozens of wounded civilians, residents and local
    officials said' (G40 counts the civilians only); the verb ends its clause, or 'that'
    or a preposition follows it ('said on Monday'; not 'reported missing'), but not
    'by', 'as' or 'to' (a passive participle: 'described as', 'claimed by', 'said to be'),
    and a preposition only after a form of 'say', whose passive takes no person as its
    subject ('said in a statement' stays a source; 'doctors reported in the area',
    'children found in the house', 'put on buses' are participles after the last
    conjunct, which stays counted). Only where a
    verb stands before the count in its segment (the figure is an object); a list that
    opens its clause ('Dozens of residents, activists and officials said ...') is
    counted and speaks as a whole."""
    lows, n = ctx.lows, ctx.n
    after = lows[last + 1] if last + 1 < n else "."
    if first.j >= n or lows[first.j] != "," or last >= n or lows[last] not in ctx.T.cue_forms \
            or not can_be_verb(lows[last]) or after not in (",", ".", ";", ":", "that", *ctx.T.prepositions):
        return False                                  # (not '... and doctors reported missing')
    if after in ctx.T.prepositions and (after in ("by", "as", "to") or lemma(lows[last]) != "say"):
        return False                                  # (a participle: 'described as', 'found in the house')
    return any(only_verb(lows[x]) for x in range(ctx.seg_range(first.i)[0], first.i))



def run_word(t: str) -> bool:
    """A word of a counted noun run: letters, or a lower-case compound of letters joined
    by hyphens ('six shut-down reactors', '12 war-damaged schools', G40's adjective
    before the noun); not a hyphenated figure or range ('20-30')."""
    return t.isalpha() or "-" in t and all(p.isalpha() for p in t.split("-"))


def verb_with_object(lows: list[str], k: int, closed: frozenset[str]) -> bool:
    """Whether the measured whole at word ``k`` (G118) after an adjective-like word is a
    verb with its object, and that word a nominal head: 'half of the wounded needs
    surgery', 'of the elderly needs care' (a share of people, G75); not 'of daily needs
    were met', 'of the medical needs of the camp', 'of its annual funding comes from' (a
    noun: a verb, a closed-class word or punctuation after it)."""
    nxt = lows[k + 1] if k + 1 < len(lows) else "."
    verb_next = only_verb(nxt) or can_be_verb(nxt) and nxt.endswith("s") and not nxt.endswith("ss")
    return can_be_verb(lows[k]) and nxt.isalpha() and not verb_next and nxt not in closed


def same_sentence(ctx: Ctx, a: int, k: int) -> bool:
    """Whether word ``k`` after word ``a`` stands in ``a``'s sentence: in its segment, or
    after a hard line wrap (one line break, no punctuation between, and ``k`` in lower
    case: 'Buses carried 300' + 'civilians out of the town'); a heading's last figure
    ('Strike kills 40' + 'Residents said ...', or a blank line) is not (G40/G41)."""
    if ctx.seg_of[k] == ctx.seg_of[a]:
        return True
    gap = ctx.text[ctx.ws[a].end:ctx.ws[k].start]
    return ctx.ws[k].text[:1].islower() and gap.count("\n") == 1 and not any(p in gap for p in ".!?;:")


def _smaller(a: float | None, b: float | None) -> bool:
    """Whether a ratio's N ``a`` can be a part of its M ``b`` (unknown values can)."""
    return a is None or b is None or a < b


def ratio_start(ctx: Ctx, e: int) -> int:
    """Where the M of a ratio 'N in M' starts after 'in' at word ``e``: right after it, or
    after 'every' ('two in every three', G117); the one home of that reading for the span
    rules and COUNT_OF."""
    return e + 2 if e + 2 < ctx.n and ctx.lows[e + 1] == "every" else e + 1


def ratio_in(ctx: Ctx, e: int, count_starts: dict[int, int]) -> bool:
    """Whether the count ending at word ``e`` and the count after 'in' (or 'in every')
    there make a ratio 'N in M' ('nearly four in five of the dead', 'one in three', 'two
    in every three', G117): N a part of M, so smaller; 'killed 12 in three raids',
    'arrested 30 in two villages' count people in a number of events or places, no ratio
    (G40: each count its own noun)."""
    first = next((s for s, end in count_starts.items() if end == e), None)
    if e >= ctx.n or ctx.lows[e] != "in" or ratio_start(ctx, e) not in count_starts or first is None:
        return False
    m, n = count_at(ctx.ws, ctx.lows, ratio_start(ctx, e), ctx.T), count_at(ctx.ws, ctx.lows, first, ctx.T)
    return _smaller(n.count.value if n else None, m.count.value if m else None)


def said_after(ctx: Ctx, c: int) -> bool:
    """Whether the comma at word ``c`` after a counted list opens a said-clause: up to
    four words of a source that hold no verb, then a verb of saying ending its clause
    ('40 civilians, nurses and doctors, officials said.'; 'residents told Reuters', 'a
    monitor said on Monday'), so the list is what is counted, no apposition (G40)."""
    lows, n = ctx.lows, ctx.n
    for k in range(c + 1, min(n, c + 6)):
        if lows[k] in ctx.T.cue_forms and can_be_verb(lows[k]) and k > c + 1:
            after = lows[k + 1] if k + 1 < n else "."
            return after in (".", ",", ";", ":", "that") or ctx.ws[k + 1].text[:1].isupper() \
                or after in ctx.T.prepositions and after not in ("by", "as", "to") and lemma(lows[k]) == "say"
        if not ctx.ws[k].text.isalpha() or only_verb(lows[k]):
            return False
    return False


def set_apart(ctx: Ctx, first: Mention, items: int, last: int) -> bool:
    """Whether a list of ``items`` mentions from ``first`` to word ``last`` is no conjunct
    of the count: an apposition ('Ukrainians, soldiers and civilians alike,', a comma
    after three or more, unless a said-clause follows it: said_after) or the sources of
    a verb of saying (said_by)."""
    return items > 2 and last < ctx.n and ctx.lows[last] in (",", "alike") and not said_after(ctx, last) \
        or said_by(ctx, first, last)


def one_relative(ctx: Ctx, m: Mention, determined: bool) -> bool:
    """Whether the mention ``m`` after 'and' in a counted list is one relative of someone
    (a singular kin noun of nouns.json after a possessive or article, ``determined``: 'her
    five children and her mother', 'his two sons and his wife'): one person, whom a figure
    of several does not count, so no conjunct of it (G40: COUNT_OF goes to what the figure
    counts); not a kin noun of a group (group_kin: 'and their family'), nor a plural ('and
    their relatives': counted, G40's own example)."""
    nouns, head = load("nouns"), ctx.lows[m.j - 1]
    return determined and head in nouns["actor_lists"]["kin"]["words"] and head not in nouns["group_kin"] \
        and not is_plural_noun(head)


def places_whole(ctx: Ctx, cnt: tuple[int, int, CountValue], wholes: dict[int, int], groups: dict[int, int],
                 targets_of: dict[int, list[Mention]]) -> bool:
    """Whether the latest figure before the count ``cnt`` in its sentence segment that
    counts anything (``wholes``) counts places only (LOCATION mentions: 'visited eleven
    villages') and is later than the latest figure of people (``groups``), and no word
    after the count in its clause names a fate of people (a category word other than a
    form of 'burn', which befalls places too, but for 'burned alive', 'to death'): an
    elliptical partitive after it takes part of those places ('... and found that at least
    seven had been burned', G256, as the ratio 'one in three' does) and counts places,
    'other' (G77). Not 'attacked 20 villages, and 12 were killed' (people)."""
    s, e, _ = cnt
    seg, hi = ctx.seg_of[s], ctx.seg_range(s)[1]
    whole, group = wholes.get(seg), groups.get(seg)
    if whole is None or (group is not None and group > whole) or not targets_of.get(whole) \
            or not all(t.label == "LOCATION" for t in targets_of[whole]):
        return False
    lows, people = ctx.lows, load("categories")["burn_of_people"]   # (burned alive, burned to death: people only)
    return not any(lemma(w) == "burn" and bool(set(lows[x + 1:x + 3]) & set(people)) or lemma(w) != "burn"
                   and ctx.lex.category_verbs.get(w) not in (None, "other") for x, w in enumerate(lows[e:hi], e))


def past_quote(ctx: Ctx, s: int, e: int, k: int) -> int:
    """Where the counted noun starts when quotation marks stand between a figure over
    words [s, e) and its noun at word k (G40: the noun is what is counted, the quote only
    marks a word as someone else's): an opening quote attached to the noun ('about 300
    "gunmen"', '11 "terrorists"'), or the closing quote of a figure quoted on its own
    ('“at least 350” fatalities'); k itself elsewhere (a quotation that ends after the
    figure: '“we counted 300,” residents said')."""
    ws, n = ctx.ws, ctx.n
    if k + 1 >= n or ws[k].text not in QUOTES:
        return k
    opens = ws[k].end == ws[k + 1].start and (k == 0 or ws[k].start > ws[k - 1].end)
    quoted = k == e and s > 0 and ws[s - 1].text in QUOTES and ws[s - 1].end == ws[s].start \
        and ws[k].start == ws[k - 1].end
    return k + 1 if (opens or quoted) and ws[k + 1].text[:1].isalpha() else k


def past_name(ctx: Ctx, k: int, starts: dict[int, Mention], in_mention: set[int]) -> int:
    """Where the counted noun starts when a figure's phrase opens with a name that only
    modifies the noun after it (G40: the head is counted): an ACTOR name at word k (an
    organisation, 'Seven ICRC trucks') right before a lower-case plural that no mention
    holds; k itself elsewhere ('five Hezbollah fighters' is one mention; 'two MSF staff')."""
    m = starts.get(k)
    if m is None or m.label != "ACTOR" or not ctx.ws[m.i].text[:1].isupper() or m.j >= ctx.n:
        return k
    j = m.j
    plural = ctx.ws[j].text.isalpha() and ctx.ws[j].text.islower() and is_plural_noun(ctx.lows[j])
    return j if plural and j not in in_mention and ctx.gap(j - 1, j) == " " else k


def fronted_set(ctx: Ctx, s: int, starts: dict[int, Mention]) -> list[Mention]:
    """The set a figure with no noun of its own at word s takes part of when its sentence
    opens with a fronted 'Of' phrase that ends in the comma right before it (G40, G145:
    'Of the families she met, roughly 40 percent ...', 'Of the town's 7,000 inhabitants,
    fewer than half remain'): the phrase's first ACTOR mention; none elsewhere."""
    lo = ctx.seg_range(s)[0]
    lo += 1 if lo < s and ctx.ws[lo].text in QUOTES else 0
    if s - 2 <= lo or ctx.lows[lo] != "of" or ctx.ws[s - 1].text != "," or "," in ctx.lows[lo:s - 1]:
        return []
    return next(([m] for k in range(lo + 1, s - 1) if (m := starts.get(k)) is not None and m.label == "ACTOR"
                 and m.j < s), [])


def in_apposition(ctx: Ctx, s: int, head: list[Mention]) -> bool:
    """Whether the count at word ``s`` sits in an apposition set off by commas right after
    the mentions ``head`` that an earlier count counts, the clause's verb after its closing
    comma ('about 1.5 million people, roughly two in every three of the 2.3 million
    residents, have fled, and 700,000 of them ...'): a restatement of that group, so an
    'N of them' later in the sentence counts the head's noun, not the apposition's (G78).
    Not a list ('500 men, 300 women and 200 children, 40 of them'): no 'and' or 'or' in it."""
    if not head:
        return False
    j = max(m.j for m in head)
    if j >= s or ctx.lows[j] != ",":
        return False
    lo, hi = ctx.seg_range(s)
    k = j + 1
    while k < hi and ctx.lows[k] != ",":
        if ctx.lows[k] in ("and", "or", ";", ".") or k > j + 15:
            return False
        k += 1
    return lo <= j and s < k and k + 1 < hi and (ctx.lows[k + 1] in ctx.T.auxiliaries or only_verb(ctx.lows[k + 1]))
