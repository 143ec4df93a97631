"""COUNT categories (G39, G77): what happened to the counted, from the noun, the verb and the document.

Why apart from the count spans: a category is read off the whole clause and sometimes
the document (is this an organised evacuation, a flight, or an exchange of prisoners?),
and its words are data (``categories.json``); someone changing how a category is chosen
opens this file only.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from .company import companion_category, journey
from .context import Ctx, Mention
from .fates import (
    clause_start,
    gap_between,
    left_in_state,
    listed,
    noun_or_fate,
    referred_to_care,
    tallied_as,
    tallied_set,
)
from .interviewees import asked
from .lexicons import load
from .lodging import capacity_for, held_conjunct, located, lodged, placing, prewar
from .movement import driven_off
from .parts import BREAKDOWN_VERBS, PART_OPENERS, described_part, fraction_words, listed_part, of_them, whole
from .passive_agents import mover_by
from .predicates import NEUTRAL, after_noun, catenative, is_predicate
from .recipients import acted_on
from .senses import cared_for, caseload, interviewed, place_state
from .situations import (
    civilians_only,
    group_situation,
    kin_situation,
    moved_wounded,
    part_situation,
    relative_flight,
    staff,
    staff_left,
    waiting,
)
from .word_categories import (
    added_figure,
    fate_before,
    from_homes,
    gathers_something,
    ill_with,
    no_fate,
    own_participle,
    set_participle,
    single_thing,
    things,
    treated_for,
    verb_category,
    verb_lemmas,
)
from .wordclass import can_be_verb, lemma, only_verb
from .words import APOS, POSSESSIVES, QUOTES

# Particles of phrasal verbs between a verb and its object (flew out 600 people).
_PARTICLES = ("out", "away", "off", "back", "in")
_NOT_OBJECT = ("between", "among", "against")   # prepositions whose object a count is: no verb before takes it
# Verbs whose object kin stay where they are: 'left her two sons behind', 'was holding her two children' (in arms).
_KEEPING = ("leave", "hold")
# Words that open the set a partitive figure is part of ('a third of the ...', 'half of those ...').
# The categories of a count before whose people a referral to hospital does not make patients: casualties of the
# reported event keep their harm (G385), people taken out of a siege or across a border their evacuation (G351).
_REFERRED_KEEP = ("injured", "evacuated", "killed")
_SET_OPENERS = ("the", "those", "these", "this", "that", "all", "his", "her", "its", "our", "their", "my", "your")


# For each sentence start, kind of movement and people or not: the category of the
# nearest word before each word of the sentence (:func:`_before`, one pass per sentence).
_NEAREST: WeakKeyDictionary[Ctx, dict[tuple[int, str, bool], list[str | None]]] = WeakKeyDictionary()
# Per text, the figures :func:`category` has read, by first word, and whether the reading
# was that of people given aid or let through (:func:`recipients.acted_on`).
_READ: WeakKeyDictionary[Ctx, dict[int, bool]] = WeakKeyDictionary()


def _noun_category(ctx: Ctx, s: int, targets: list[Mention], movement: str) -> str | None:
    """The category of the counted noun itself (refugees, bodies, arrivals), or of the
    noun the count's phrase depends on ('the bodies of 29 children'; 'a town of 20,000
    people': present); a place's inhabitants that no verb of a category takes or
    follows are present ('the town had 60,000 inhabitants')."""
    c = load("categories")
    nouns = c["nouns"]
    heads = [ctx.lows[m.j - 1] for m in targets]
    if s >= 3 and ctx.lows[s - 1] == "of":
        gov = ctx.lows[s - 2] if ctx.lows[s - 2] not in ctx.T.determiners else ctx.lows[s - 3]
        if gov in c["settlement_nouns"]:
            return "present"                          # a town of 20,000 people: who live there
        if gov in c["team_nouns"] and (s - 4 < ctx.seg_range(s)[0] or verb_category(ctx, s - 4, movement) is None):
            return "other"                            # arrived with a team of eight: workers (G39's counted groups)
        if gov in ctx.lex.place_heads and not after_noun(ctx, max([s + 1] + [m.j for m in targets]),
                                                     ctx.seg_range(s)[1], movement):
            return "present"                          # an island of 800,000; not 'a trailer of 30 people arrived'
        heads.append(gov)
    after = [ctx.lows[m.j - 1] for m in targets if m.i > s] + heads[len(targets):]   # (not: residents fleeing
    if any(h in c["population_nouns"] for h in after) and after_noun(     # by the thousands; G41's subject)
            ctx, max([s + 1] + [m.j for m in targets]), ctx.seg_range(s)[1], movement) is None \
            and _object_of(ctx, s, ctx.seg_range(s)[0], targets, movement)[0] is None:
        return "present"                              # the town had 60,000 inhabitants; not '... inhabitants fled'
    found = next((nouns[h] for h in heads if h in nouns), None)   # (15 refugees were killed: the fate, G39)
    return noun_or_fate(ctx, s, targets, movement if found == "movement" else found)


def _people(targets: list[Mention]) -> bool:
    """Whether a figure may count people: it counts no written noun, or one of its nouns
    is an ACTOR ('700 families'), not only a noun of things ('3 meetings', '300 tents'),
    which no verb of placing lodges and no verb of receiving moves."""
    return not targets or any(m.label == "ACTOR" for m in targets)


def _share_of_place(ctx: Ctx, s: int, e: int, targets: list[Mention], movement: str) -> bool:
    """Whether the figure over words [s, e) is a share (a fraction or a percentage:
    numbers.json's fractions and percent_words) of a place whose predicate moves or keeps
    people ('half of my street left', 'a third of the village fled', 'stayed'): that share
    counts the place's people (G145), and the predicate gives their category
    (:func:`_partitive`). Not 'two of the villages' (places) and not a share whose
    predicate is of the place itself ('half of the town was destroyed', 'a third of the
    camp burned': 'burns' would read as injured)."""
    lows, nums = ctx.lows, load("numbers")
    if not (targets and all(m.label == "LOCATION" for m in targets)) or e + 1 >= ctx.n or lows[e] != "of":
        return False
    words = set(lows[s:e])
    if not (words & fraction_words() or words & set(nums["percent_words"])):
        return False
    start, hi = max([e + 1] + [m.j for m in targets]), ctx.seg_range(s)[1]
    pred = after_noun(ctx, start, hi, movement)
    return pred in ("evacuated", "displaced") or pred == "present" and not place_state(ctx, start, hi)


def _governed(ctx: Ctx, s: int, end: int, before: str | None, movement: str) -> str | None:
    """The category a governing noun gives (categories.json's 'governing_nouns', with the
    category its 'verbs' table gives the noun: a toll is 'killed'), unless the figure's own
    predicate after it (ending at word ``end``) names another ('the toll rose to 52, with 100
    others wounded'); 'the number of X' before the figure, that of X's verb or noun ('the number of
    people killed', 'put the number of departures at N': a noun of movement, the sentence's kind);
    'the figure', 'the total', 'N of them' take the category of the count before them."""
    (lo, hi), lows, nouns = ctx.seg_range(s), ctx.lows, load("categories")["nouns"]
    cv, governing = ctx.lex.category_verbs, load("categories")["governing_nouns"]
    for w in lows[lo:s]:
        if w in governing and (cat := cv.get(w) or cv.get(lemma(w, "NOUN") or "")) is not None:
            return own_participle(ctx, end, hi) or cat   # the toll rose to 126 (G77)
    if s - 2 >= lo and lows[s - 1] == "of" and lows[s - 2] in load("categories")["movement_nominals"] \
            and s - 3 >= lo and lows[s - 3] in ctx.T.determiners:
        return own_participle(ctx, end, hi) or movement   # the transfer of 40,000 fighters: the movers (G77)
    if (whole := _population_or_flight(ctx, s, lo, end, hi)) is not None:
        return whole
    figures = load("categories")["figure_nouns"]
    for k in range(lo, s - 2):
        if lows[k] in figures and lows[k + 1] in load("categories")["aboard"] and not any(
                w[:1].isdigit() or w in ctx.T.units or w in ctx.T.tens for w in lows[k + 2:s]):
            return movement                           # put the number aboard at N: the people carried (G77)
        if lows[k] in figures and lows[k + 1] == "of" and not any(
                w[:1].isdigit() or w in ctx.T.units or w in ctx.T.tens for w in lows[k + 2:s]):
            cat = next((c for x in range(k + 2, min(k + 5, s)) if (c := ctx.lex.category_verbs.get(lows[x])
                                                                   or nouns.get(lows[x]))), None)
            if cat == "movement":
                return movement                       # put the number of arrivals at N: the story's movement
            if cat in ("killed", "injured", "displaced", "evacuated", "detained", "released"):
                return own_participle(ctx, end, hi) or cat   # the number of people killed ..., estimates of N
    near = max(lo, s - 5)                             # the figure stood at N; a figure of N (not a figure earlier on)
    figure = any(w in load("categories")["figure_nouns"] for w in lows[near:s]) and "and" not in lows[near:s] \
        and not any(lows[x] in ctx.T.subordinators and lows[x] != "that" or lows[x] == "but" for x in range(near, s))
    #                                                   (not 'according to UN figures, though tens of thousands ...')
    of_them = s + 2 < ctx.n and lows[s + 1] == "of" and lows[s + 2] in ("them", "whom")
    return before if (figure or of_them) and before not in (None, "other") else None


def _population_or_flight(ctx: Ctx, s: int, lo: int, end: int, hi: int) -> str | None:
    """A figure a population is put or stands at ('put the town's population at 90,000 before the war'):
    the people who live there, 'present' (G39, G215); a figure a noun of flight grows to ('the flight from
    the enclave swelled to more than half of its population', 'the exodus reached 40,000'): the people
    who fled, 'displaced' (G77, G144); a participle of the figure's own says otherwise ('40 killed')."""
    lows, c = ctx.lows, load("categories")
    cv = ctx.lex.category_verbs
    if s - 2 >= lo and lows[s - 1] == "at":
        p = next((x for x in range(s - 2, max(lo, s - 6) - 1, -1) if lows[x] in c["population_words"]), None)
        if p is not None and not any(cv.get(lows[x]) for x in range(p + 1, s - 1)):
            return own_participle(ctx, end, hi) or "present"
    v = s - 2 if s - 2 >= lo and lows[s - 1] == "to" else s - 1
    if v >= lo and lows[v] in c["growth_verbs"] and any(lows[x] in c["flight_nouns"] for x in range(lo, v)):
        return own_participle(ctx, end, hi) or "displaced"
    return None


def _own_modifier(ctx: Ctx, e: int, hi: int, targets: list[Mention], movement: str, s: int) -> str | None:
    """The category a counted noun's own participle gives (internally displaced Syrians, wounded men), unless the
    clause says what became of them: wounded people who died or a verb of a fate takes as its object are dead
    (:func:`fate_before`), displaced people treated for a complaint patients (G179), displaced people who were
    evacuated evacuated; displaced families who are sheltering stay displaced (G144: flight wins over presence);
    wounded people brought in are still the wounded, wounded people trapped in a town present (G359: 'wounded'
    only says who is counted), but not those who remain. A noun before its figure ('put the wounded at
    40') was given it."""
    cv, end = ctx.lex.category_verbs, max([e, *[m.j for m in targets]])
    for m in targets:
        for k in range(m.i, m.j):
            if (mod := cv.get(ctx.lows[k])) in ("displaced", "injured"):
                own = treated_for(ctx, s, end) or after_noun(  # care first (G179)
                    ctx, end, hi, movement) or fate_before(ctx, s) if m.j > e else None   # (... for diarrhoea)
                if mod == "injured" and own == "present" and _confined(ctx, end, hi):
                    return own                        # 1,500 injured people were trapped in the town (G359)
                if mod == "injured":               # (flew out dozens of wounded civilians; carried out: G351)
                    return own if own == "killed" else moved_wounded(ctx, s, max(e, m.j), own) or mod
                return mod if own in (None, "", "present") else own
    return None


def _confined(ctx: Ctx, end: int, hi: int) -> bool:
    """Whether the clause after word ``end`` says its people are confined (categories.json's confinement_words:
    trapped, stranded) and names no place of care: wounded people trapped in a town are present (G359), those who
    remain in the town or in hospital stay the wounded (G385)."""
    c = load("categories")
    words = ctx.lows[end:hi]
    return any(w in c["confinement_words"] for w in words) and not any(w in c["care_places"] for w in words)


def _object_of(ctx: Ctx, s: int, lo: int, targets: list[Mention], movement: str,
               e: int | None = None) -> tuple[str | None, str]:
    """The category of the verb that takes the count as its object (killed 22, killing
    at least 35, flew out 600: past a particle; 'have 300 people in the hall': present),
    and what governs the count where that gives none: ``"prep"`` for a preposition that
    no verb before reaches (a call between two officials; 'interviews with 23
    survivors'; 'arrived with three children': the verb before 'with' gives companions
    its category, else nothing does), ``"verb"`` for a verb that names no category
    ('sees 80 patients'), else ``""``."""
    lows, T = ctx.lows, ctx.T
    k = s - 1
    while k >= lo and (lows[k] in T.adverbs or lows[k] in ("the", "some", "another", "a", "an")):
        k -= 1
    if k > lo and (lows[k] in _PARTICLES or lows[k] == "over"
                   and lemma(lows[k - 1]) in load("numbers")["over_particle_verbs"]):
        k -= 1                                        # flew out 600; handed over five soldiers
    if k < lo:
        return None, ""
    if interviewed(ctx, k, lo):
        return "other", ""                            # spoke to 28 residents: sources, nothing befell them
    if lows[k] in load("categories")["aboard"]:
        return None, ""                               # welcomed aboard 12 volunteers: 'aboard' follows the moved
    receive = lemma(lows[k]) == "receive"
    if receive and not any(m.label == "ACTOR" for m in targets):
        return None, "verb"                           # received 40 generators, 2,000 applications: no people moved
    care = receive and any(lows[m.j - 1] in load("categories")["care_nouns"] for m in targets)
    if caseload(ctx, k):                              # saw 250 children: a caseload, 'other' (G179, G208)
        last = max([e or s + 1] + [m.j for m in targets])
        return after_noun(ctx, last, ctx.seg_range(s)[1], movement, k) or "other", ""
    if not care and (cat := verb_category(ctx, k, movement)) is not None:   # (received 300 patients: care, G179)
        return left_in_state(ctx, k, max([e or s + 1] + [m.j for m in targets])) or cat, ""   # left 13 dead: killed
    if ctx.ws[k].text.islower() and can_be_verb(lows[k]) and not gathers_something(ctx, k) \
            and (lem := lemma(lows[k])) in verb_lemmas()[0]:   # (not troops gathered 300 men: none present)
        cat = verb_lemmas()[0][lem]                       # fly hundreds out: a verb form that is also a noun,
        return (lodged(ctx, k, movement) if cat == "lodging" else cat), ""   # right before its object
    end = max((m.j for m in targets), default=min(ctx.n, s + 1))
    if lows[k] in ("have", "has", "had") and end < ctx.n and lows[end] in ("in", "inside", "at"):
        return lodged(ctx, k, movement), ""          # we have 300 people in the hall
    last = max([e or s + 1] + [m.j for m in targets])      # (the figure's own last word, or its noun's)
    if _people(targets) and last < ctx.n and placing(ctx, k) and located(ctx, last):
        return lodged(ctx, k, movement), ""          # we had 600 families here; put three families in a tent
    if lows[k] == "with" or lows[k] in _NOT_OBJECT:
        return None, "prep"
    if is_predicate(ctx, k) and ctx.ws[k].text not in T.cue_forms and not catenative(ctx, k):
        if from_homes(lows, end, min(ctx.n, end + 5)) \
                or driven_off(ctx, k, end) and (not targets or civilians_only(ctx, targets)):
            return "displaced", ""                    # drove 3,000 people from their homes; pushed N west
        return None, "verb"
    return None, ""


def _governed_object(ctx: Ctx, s: int, end: int, seg: tuple[int, int], governor: str, movement: str) -> str | None:
    """The category of a figure governed by a verb of no category or by 'with'. The object of such a verb: the rest
    of that verb's clause may name one ('treated dozens of people for wounds', 'found hundreds sheltering', 'expected
    a few hundred to be left'); nothing outside it does. A companion ('arrived with three children') or what fills a
    place ('crowded with thousands of people displaced ...', 'with 1,000 people taken out'): a participle after it,
    else the verb before 'with'."""
    lo, hi = seg
    lows = ctx.lows
    if governor == "verb":
        return after_noun(ctx, end, hi, movement, verb=s - 1) or None
    verb = end < hi and (lows[end].endswith(("ing", "ed")) or only_verb(lows[end]))   # (people taken out of X)
    small = after_noun(ctx, end, hi, movement) if verb else None
    v = s - 2
    while v >= lo and lows[v] in ctx.T.adverbs:
        v -= 1
    own = small or (verb_category(ctx, v, movement) if v >= lo else None)
    return own or companion_category(ctx, s, end, lo, movement)


def _before(ctx: Ctx, s: int, lo: int, movement: str, people: bool = True) -> str | None:
    """The category of the nearest category word before word s in its sentence; where
    the figure counts no people (``people`` false: 'received 300 tents and 40
    generators'), a verb of receiving before it moves no one and is passed over."""
    if lo != ctx.seg_range(s)[0]:
        return next((cat for k in range(s - 1, lo - 1, -1) if (cat := _category_at(ctx, k, movement, people))), None)
    seen = _NEAREST.setdefault(ctx, {})
    if (lo, movement, people) not in seen:            # the sentence's nearest categories, once per sentence
        nearest: list[str | None] = []
        for k in range(lo, ctx.seg_range(lo)[1]):
            nearest.append(_category_at(ctx, k, movement, people) or (nearest[-1] if nearest else None))
        seen[lo, movement, people] = nearest
    return seen[lo, movement, people][s - 1 - lo] if s > lo else None


def _category_at(ctx: Ctx, k: int, movement: str, people: bool) -> str | None:
    """The category word k gives as a word before a figure: none for 'aboard', which
    tells of the people before it, not after ('welcomed aboard 12 volunteers'), nor for
    a verb of receiving before a figure of no people."""
    if ctx.lows[k] in load("categories")["aboard"] or not people and lemma(ctx.lows[k]) == "receive":
        return None
    return verb_category(ctx, k, movement)


def _partitive(ctx: Ctx, s: int, e: int, hi: int, targets: list[Mention], movement: str,
               before: str | None) -> str | None:
    """A part of a set ('a third of the residents', 'half of those waiting', '60 percent of the people still
    there'; G145): the category of the predicate when it is an event of a category ('... have fled', 'lost two of
    her sons'), else that of the set the part is taken from (its noun or its own words: 'still in', 'who
    remained'), else 'other' (:func:`situations.part_situation` then reads a civilian set's situation), never the
    figure before it; 'N of them' is left to the figure it refers to (G78)."""
    lows = ctx.lows
    if e + 1 >= hi or lows[e] != "of" or not (lows[e + 1] in _SET_OPENERS or ctx.ws[e + 1].text.endswith("'s")):
        return None                                   # (dozens of people, hundreds of thousands: no part of a set)
    end = max([e + 1] + [m.j for m in targets])
    if tallied_set(ctx, end, hi) and before not in (None, "other"):
        return before                                 # a third of those it counted: the tally before (G145)
    if (fate := tallied_as(ctx, end, hi)) is not None:
        return fate                                   # a third of the 141 people it counted as dead
    if end + 1 < hi and ctx.ws[end].text in ctx.T.subject_pronouns and caseload(ctx, end + 1):
        return "other"                                # half of the children I examine: a caseload (G179)
    lo = ctx.seg_range(s)[0]
    pred = staff_left(ctx, targets, end, hi, after_noun(ctx, end, hi, movement))   # (half of my nurses left)
    if pred is None:
        pred = _before(ctx, s, lo, movement)          # (lost his wife and two of his sons: the verb before)
    if pred:
        return pred
    own = next((c for k in range(e + 1, end) if set_participle(ctx, k) and (c := verb_category(ctx, k, movement))),
               None)
    if own:
        return own                                    # two-thirds of the departing gunmen were from X: the set's word
    nouns = load("categories")["nouns"]
    found = next((nouns[lows[m.j - 1]] for m in targets if lows[m.j - 1] in nouns), None)
    if found is None and any(lows[m.j - 1] in load("categories")["settlement_nouns"] for m in targets):
        found = "present"                             # half of the population: the people who live there
    return movement if found == "movement" else found or "other"


def category(ctx: Ctx, s: int, e: int, targets: list[Mention], movement: str = "evacuated",
             before: str | None = None, topic: str | None = None) -> str:
    """The category of the count over words [s, e) (:func:`_category`), but evacuated for a part of evacuees
    whose predicate only says they are wounded or ill ('of whom more than half were wounded', G145, G351)."""
    cat = _category(ctx, s, e, targets, movement, before, topic)
    return before if cat == "injured" and before == "evacuated" and described_part(ctx, s, e) else cat


def _category(ctx: Ctx, s: int, e: int, targets: list[Mention], movement: str,
              before: str | None, topic: str | None) -> str:
    """The category of the count over words [s, e) from the counted noun or the
    governing verb or noun (G39, G77); ``before`` is the category of the count before it
    in the same paragraph, which a part of it ('including 68 children', 'N of them'), a
    figure restated ('the figure stood at') or a count with no cue of its own shares;
    ``topic`` is what the document's figures of people mostly count, which a bare
    figure with no noun and no cue ('I stopped counting at forty') is taken to count."""
    lows = ctx.lows
    lo, hi = ctx.seg_range(s)
    if capacity_for(ctx, s) or gap_between(ctx, s) or (things(ctx, s, e, targets) or single_thing(ctx, s, e, targets)) \
            and not _share_of_place(ctx, s, e, targets, movement) or mover_by(ctx, s, lo, movement):
        return "other"                                # (a capacity, G171; a gap, G311; carried by two volunteers)
    if (part := _part_of_before(ctx, s, lo, before, movement)) is not None:
        return part                                   # including 68 children; among them some 700 fighters
    if before == "injured" and not targets and referred_to_care(ctx, max(e, s + 1), hi):
        return before                                 # 30 wounded ...; eight were sent to hospitals in X (G385)
    be = s >= 3 and (lows[s - 3] in ctx.T.attr["passive_aux"] or lemma(lows[s - 3]) == "remain")
    if s >= 3 and lows[s - 2:s] == ["home", "to"] and (be or ctx.ws[s - 3].text == ",") or prewar(ctx, s, targets, e):
        return "present"                              # was home to 160,000 refugees (G215); had N before the war
    if (pred := of_them(ctx, s, e, hi, movement, before)) is not None:
        return pred                                   # a third of them have left; the toll, five of them children
    if (own := _own_modifier(ctx, e, hi, targets, movement, s) or _patients_referred(ctx, (s, e), targets, before)):
        return own                                    # (wounded men; two were sent to hospital with pneumonia)
    if s - 1 > lo and lows[s - 1] == "of" and lows[s - 2] in load("nouns")["parent_nouns"] or whole(ctx, s, lo):
        return "other"                                # a mother of five; two of his [three] sons (G77, G305)
    if s > lo and lows[s - 1] in POSSESSIVES:         # (her three sons with no verb: their people's situation, G305)
        return _possessed(ctx, s, e, (lo, hi), targets, movement) or kin_situation(ctx, s, targets, before, topic)
    end = max([e] + [m.j for m in targets])
    noun = asked(ctx, (s, end), targets, movement, (before, topic)) or tallied_as(ctx, end, hi) \
        or cared_for(ctx, s, end) or ill_with(ctx, end, targets) or _noun_category(ctx, s, targets, movement) \
        or _governed(ctx, s, end, before, movement)   # (treated hundreds of evacuees for fever: patients, G179)
    noun = _recipients(ctx, s, lo, targets, movement, noun)  # (distributed blankets to 3,400 families; let through 300)
    if noun is not None:
        return noun
    verb, governor = _object_of(ctx, s, lo, targets, movement, e)
    if verb is not None:
        return verb
    if (part := _partitive(ctx, s, e, hi, targets, movement, before)) is not None:
        appositive = before not in (None, "other") and s - 1 > lo and ctx.ws[s - 1].text == "," \
            and ctx.ws[s - 2].text.isalpha() and not after_noun(ctx, max([e] + [m.j for m in targets]), hi, movement)
        return before if appositive and before else part if part != "other" \
            else part_situation(ctx, s, targets, before, topic) or part  # (a share after a comma restates it)
    if governor == "verb" or (governor == "prep" and lows[s - 1] == "with"):
        own = _governed_object(ctx, s, end, (lo, hi), governor, movement)
        return own or (before if not targets and before else None) or (topic if not targets else None) or "other"
    after = waiting(ctx, end, hi, movement) or staff_left(ctx, targets, end, hi, relative_flight(
        ctx, end, hi, movement, after_noun(ctx, end, hi, movement)))   # the first verb after (G144); staff (G342)
    if after:
        return after
    if after is None and governor != "prep" and not listed(ctx, s) and (cat := held_conjunct(  # else the nearest one
            ctx, s, targets, lambda k: _category_at(ctx, k, movement, True))   # before it, unless its own predicate
            or _before(ctx, s, lo, movement, _people(targets))) is not None:   # was found or a list holds it
        return cat
    return _fallback(ctx, s, end, targets, (before, topic), after == NEUTRAL)


def _patients_referred(ctx: Ctx, span: tuple[int, int], targets: list[Mention], before: str | None) -> str | None:
    """'other' for a figure sent on to a place of care (:func:`fates.referred_to_care`: 'at least a dozen have
    been sent to the hospital', 'two women were sent to hospital with pneumonia') after no count of the reported
    event's casualties or evacuees: a clinic's patients, whose care is none of the COUNT categories (G179), not
    the story's movement; the wounded keep their harm (G385) and evacuees their evacuation (G351)."""
    s, e = span
    end = max([e, s + 1] + [m.j for m in targets])
    return "other" if before not in _REFERRED_KEEP and referred_to_care(ctx, end, ctx.seg_range(s)[1]) else None


def _part_of_before(ctx: Ctx, s: int, lo: int, before: str | None, movement: str) -> str | None:
    """The category of a figure that is a part of the count before it ('including 68 children', 'among them
    some 700 fighters', 'and 12 more'): that count's (G77, G78). After a verb of a breakdown ('the dead included
    40 soldiers and 25 rebels', 'the remainder included ...') with no count before it in the paragraph, the
    category word of its subject, where one names a category: the figure is a part of the people it names."""
    lows = ctx.lows
    q = s - 1 if s > lo and ctx.ws[s - 1].text in QUOTES and ctx.ws[s].start == ctx.ws[s - 1].end else s # an open quote
    if q <= lo:
        return None
    if before is not None and (lows[q - 1] in PART_OPENERS or q - 1 > lo and lows[q - 2] == "among"
                               and lows[q - 1] in ("them", "whom") or added_figure(ctx, s, lo)
                               or listed_part(ctx, q - 1, lo)):
        return before
    if lows[q - 1] in BREAKDOWN_VERBS and (cat := _before(ctx, q - 1, clause_start(ctx, lo, q - 1), movement)):
        return None if cat in ("other", "lodging") else cat
    return None


def _fallback(ctx: Ctx, s: int, end: int, targets: list[Mention], context: tuple[str | None, str | None],
              neutral: bool) -> str:
    """The category of a figure no category word governs: a civilian group's situation
    from the paragraph or the story (:func:`situations.group_situation`), 'other'
    where its own verb names no category, else the count before's or the story's."""
    (before, topic), lo, hi = context, *ctx.seg_range(s)
    if (group := group_situation(ctx, s, end, targets, before, topic, neutral)) is not None:
        return group                                  # (families with no cue of theirs: the story's situation)
    if neutral and (targets or no_fate(ctx, end, hi)):
        return "other"                                # its own verb names no fate (lost their homes, treated)
    return _inherited(ctx, s, lo, targets, before) or (topic if not targets else None) or "other"


def _possessed(ctx: Ctx, s: int, e: int, seg: tuple[int, int], targets: list[Mention], movement: str) -> str | None:
    """A figure after a possessive: its own predicate; companions after 'with' share the
    fate of who they go with; kin (person nouns) take the verb right before the
    possessive; else None where no predicate of theirs was found, 'other' where one was."""
    lows, (lo, hi) = ctx.lows, seg
    own = after_noun(ctx, max([e] + [m.j for m in targets]), hi, movement)
    neutral = own == NEUTRAL
    w = next((x for x in range(s - 2, max(lo, s - 7) - 1, -1) if lows[x] == "with"), None)
    if not own and w is not None and all(ctx.ws[x].text.isalpha() and lows[x] != "of" for x in range(w + 1, s - 1)):
        own = _before(ctx, w, clause_start(ctx, lo, w), movement) or journey(ctx, w, lo, movement)   # fled, travelled
    if not own and s - 2 >= lo and targets and all(lows[m.j - 1] in ctx.T.person_nouns for m in targets) \
            and not any(m.j < hi and lows[m.j] in APOS for m in targets) \
            and lemma(lows[s - 2]) not in _KEEPING:   # (lost her two sisters; not her two sons' school, held her sons)
        own = verb_category(ctx, s - 2, movement)
    return own or ("other" if neutral else None)


def _recipients(ctx: Ctx, s: int, lo: int, targets: list[Mention], movement: str, noun: str | None) -> str | None:
    """``noun``, else the category of the figure at word s as people given aid or let
    through (:func:`recipients.acted_on`), noted in :data:`_READ` for the figures after it."""
    read = _READ.setdefault(ctx, {})
    read.setdefault(s, False)
    if noun is None and _people(targets) and (noun := acted_on(ctx, s, lo, movement, targets)) is not None:
        read[s] = True
    return noun


def _inherited(ctx: Ctx, s: int, lo: int, targets: list[Mention], before: str | None) -> str | None:
    """The count before's category, which a figure with no cue shares, unless that count was read as people given
    aid or let through in an earlier sentence and this figure has a noun (:func:`_after_recipients`), or it is staff."""
    return None if targets and before is not None and (_after_recipients(ctx, s, lo) or staff(ctx, targets)) else before


def _after_recipients(ctx: Ctx, s: int, lo: int) -> bool:
    """Whether the figure read just before word s (in text order) was read as people
    given aid or let through (:func:`recipients.acted_on`) in an earlier sentence: that
    reading says who the recipients are from the clause around them, and a later figure
    of a noun of its own ('We have two nurses') is not them, so it does not inherit it."""
    read = _READ.get(ctx, {})
    prev = max((x for x in read if x < s), default=None)
    return prev is not None and prev < lo and read[prev]
