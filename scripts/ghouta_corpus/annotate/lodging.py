"""Where counted people are (G39, G144, G155): lodged in a shelter, held in a place,
at their posts; what the COUNT categories ask when a verb puts people somewhere.

Why apart from categories.py: a place phrase, a verb of lodging and the story's kind
of movement decide together between 'present' and 'displaced'; someone changing how a
place phrase is read opens this file. Its words are categories.json's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .context import Ctx, Mention
from .lexicons import load
from .movement import evacuation_told
from .wordclass import can_be_verb, lemma, only_verb, word_classes
from .words import APOS, POSSESSIVES, is_cap

# Words that negate a verb; a contraction is split into its stem, an apostrophe and 't'.
_NEGATIONS = ("not", "never", "n't")


def negated(lows: list[str], a: int, b: int) -> bool:
    """Whether a negation stands in words a to b (exclusive): not, never, n't, or a split
    contraction ('didn', "'", 't'; 'aren't', 'wasn't', 'haven't')."""
    return any(lows[x] in _NEGATIONS or lows[x] == "t" and x >= 2 and lows[x - 1] in APOS
               and lows[x - 2].endswith("n") for x in range(max(0, a), b))


# Verbs of holding: a place that holds people has them present, a captor holds them detained.
HOLD = ("hold", "holds", "held", "holding")


def holds(ctx: Ctx, k: int) -> bool:
    """Whether word k lodges people in a place: a verb of holding after a place ('the
    rooms hold sixty people', 'a camp holding 3,000') or of sharing before one ('22
    people shared a single room'; G155), not a thing shared ('shared 40 cigarettes')."""
    low, lows = ctx.lows[k], ctx.lows
    if low in HOLD:
        return any(lows[x] in ctx.lex.place_heads for x in range(max(ctx.seg_range(k)[0], k - 3), k))
    return lemma(low) == "share" and any(lows[x] in ctx.lex.place_heads for x in range(k + 1, min(ctx.n, k + 4)))


def it_holds(ctx: Ctx, k: int) -> bool:
    """Whether word k is a verb of holding after 'it' or 'which' (past adverbs) whose
    object is no captives (:func:`captives`; (the camp ...) 'it now holds 5,000 people',
    '... 300 displaced families'): a place lodging people (G155); or, after 'now', a verb
    of holding whose subject is a name that is no actor ('Kakuma now holds 200,000') or
    is left out after 'and' ('(a camp) built for 90,000 and now holds 300,000'): 'now'
    makes it the state of a place, not captors holding people."""
    lows = ctx.lows
    if lows[k] not in HOLD or captives(ctx, k):
        return False
    x = k - 1
    while x >= max(0, k - 3) and lows[x] in ctx.T.adverbs:
        x -= 1
    if x < max(0, k - 3):
        return False
    if lows[x] in ("it", "which"):
        return True
    if "now" not in lows[x + 1:k]:
        return False
    name = ctx.ws[x].text
    return lows[x] == "and" or name[:1].isupper() and not any(
        label == "ACTOR" for label, _, _ in ctx.lex.names.get(name, ()))


def captives(ctx: Ctx, k: int) -> bool:
    """Whether a noun of captives (nouns.json's actor_lists 'captives': hostages, prisoners,
    detainees, inmates) follows the verb of holding at word k in its next six words ('it
    now holds about 300 hostages', '... 3,000 inmates'): a captor or a prison holds them,
    not a place that lodges people (G155); other people held by a place ('it holds 300
    soldiers', '... 300 families') keep the lodging reading. Only in the first noun phrase
    after the verb: a second one after 'and', 'or' or a comma ('it holds 300 displaced
    families and 40 prisoners') does not make the families held."""
    held = load("nouns")["actor_lists"]["captives"]["words"]
    for x in range(k + 1, min(ctx.n, k + 7)):
        if ctx.lows[x] in ("and", "or") or ctx.ws[x].text in (",", ";", ":", "."):
            return False
        if ctx.lows[x] in held:
            return True
    return False


def held_conjunct(ctx: Ctx, s: int, targets: list[Mention], word_category: Callable[[int], str | None]) -> str | None:
    """'detained' for a figure of captives (nouns.json's captives) that is a later item of
    a list of counted people ('holds 300 displaced families and 40 prisoners of war',
    'There are 300 refugees and 40 hostages'): its noun says who they are, people held
    (G77), where the nearest category word before it (``word_category`` of a word) is the
    first item's own ('displaced', 'refugees') and no word before the list gives one
    of a release, an evacuation or a harm (a verb of the whole list decides: 'released 300
    displaced civilians and 40 prisoners'); else None (a lone '40 prisoners' keeps its reading)."""
    lows, lo = ctx.lows, ctx.seg_range(s)[0]
    if s - 2 < lo or not (lows[s - 1] in ("and", "or") or ctx.ws[s - 1].text == ","):
        return None
    T, held = ctx.T, load("nouns")["actor_lists"]["captives"]["words"]
    f = next((x for x in range(s - 2, max(lo, s - 7) - 1, -1)
              if ctx.ws[x].text[:1].isdigit() or lows[x] in T.units or lows[x] in T.tens), None)
    if f is None or not any(lows[m.j - 1] in held for m in targets if m.i > s):
        return None                                   # (no counted item before the conjunction; no captives)
    if not any(word_category(k) for k in range(f + 1, s - 1)):
        return None                                   # (the first item has no category word of its own)
    return "detained" if all(word_category(k) not in ("released", "evacuated", "killed", "injured")
                             for k in range(lo, f)) else None


def placing(ctx: Ctx, k: int) -> bool:
    """Whether word k is a verb that has, keeps, puts or counts people where a place phrase
    after its object says (categories.json's 'placing_verbs': 'we had 600 families
    here', 'put three families in a tent', 'counted 11,000 there'), or the 'be' of
    'there are N in the tent'."""
    low = ctx.lows[k]
    if low in ctx.T.attr["passive_aux"]:
        return k > 0 and ctx.lows[k - 1] == "there"
    return ctx.ws[k].text.islower() and can_be_verb(low) and lemma(low) in load("categories")["placing_verbs"]


def located(ctx: Ctx, k: int) -> bool:
    """Whether a form of 'be' before word k says where people are: past adverbs
    (still, now), 'there' or 'here', or a place preposition before a determiner, a
    possessive and a place head, or a name ('is still there', 'to be in the country',
    'were at the port'), not a state or a body ('were in shock', 'are in the process of
    leaving', 'were in the militia')."""
    lows, n = ctx.lows, ctx.n
    while k < n and lows[k] in ctx.T.adverbs and lows[k] not in ("there", "here"):
        k += 1
    if k < n and lows[k] in ("there", "here"):
        return True
    if any(lows[k:k + len(p)] == p and (k + len(p) >= n or lows[k + len(p)] != "on") for p in presence()):
        return True                                   # staff were on site, on duty (G39); not 'at work on a plan
    if not (k + 1 < n and lows[k] in ctx.T.place_prepositions and lows[k] != "into"):
        return False
    if is_cap(ctx.ws[k + 1].text):
        return True                                   # were in Lebanon
    if lows[k + 1] not in ctx.T.determiners and lows[k + 1] not in POSSESSIVES:
        return False
    return any(lows[x] in ctx.lex.place_heads for x in range(k + 2, min(n, k + 5)))   # the country, not the process


def endangered(ctx: Ctx, k: int) -> bool:
    """Whether a form of 'be' before word k says people are where a danger is, past
    adverbs: 'were at risk', 'are in danger', 'remain under threat' (categories.json's
    danger_phrases; G304: people where the reported events threaten them are present);
    not before 'of' ('at risk of cholera': a harm), nor after a negation ('were not at
    risk'); only where a noun of people (a person noun or a civilian group) stands in the
    eight words before the 'be', after its clause's verb or 'that' ('2,000 jobs are at
    risk', 'Officials said 2,000 jobs are at risk' are no one), nor where the people only
    own the subject ('the homes of 300 families', '300 families' homes are at risk'). One adjective may stand
    inside the phrase ('at high risk', 'in grave danger'). Only after 'be': a verb
    that puts people at risk places no one ('it put 300 people at risk')."""
    lows, n, first = ctx.lows, ctx.n, k
    groups, x = load("categories")["situation_groups"], first - 2
    stop = max(ctx.seg_range(first - 1)[0], first - 9)
    while x >= stop and not only_verb(lows[x]) and lows[x] != "that":
        if lows[x] in ctx.T.person_nouns or lows[x] in groups:
            break                                     # (the subject's people; not past 'said' or 'that')
        x -= 1
    else:
        return False                                  # (2,000 jobs are at risk: no people)
    if _possessor(ctx, max(stop, x - 6), x):
        return False                                  # (the homes of 300 families are at risk: things)
    while k < n and lows[k] in ctx.T.adverbs:
        k += 1
    return not negated(lows, first, k) and any(_danger_at(ctx, k, p) for p in danger())


def _possessor(ctx: Ctx, a: int, x: int) -> bool:
    """Whether the noun of people at word x only owns the subject: a possessive after it
    ("300 families' homes"), or 'of' in words a to x after an article or possessive and
    a noun other than one of categories.json's danger_selves ('the homes of 300
    families', 'the jobs of 2,000 workers': things at risk; not 'the lives of 300
    people', 'the majority of the families': the people)."""
    lows, selves = ctx.lows, load("categories")["danger_selves"]
    if x + 1 < ctx.n and (lows[x + 1] in APOS or lows[x + 1] in ("'s", "\u2019s")):
        return True                                   # (300 families' homes are at risk)
    return any(lows[o] == "of" and o >= a + 2 and lows[o - 1] not in selves
               and (lows[o - 2] in ctx.T.determiners or lows[o - 2] in POSSESSIVES) for o in range(a, x))


def _danger_at(ctx: Ctx, k: int, phrase: list[str]) -> bool:
    """Whether a danger phrase starts at word k, with at most one adjective inside it ('at
    risk', 'at high risk', 'in grave danger', 'under serious threat'), not before 'of'."""
    lows, n, m = ctx.lows, ctx.n, len(phrase)
    if lows[k:k + m] != phrase:
        if not (m == 2 and k + 2 < n and lows[k] == phrase[0] and lows[k + 2] == phrase[1]
                and "ADJ" in word_classes(lows[k + 1])):
            return False
        m = 3                                         # (at greater risk, in grave danger)
    return k + m >= n or lows[k + m] != "of"


@cache
def danger() -> tuple[list[str], ...]:
    """categories.json's phrases of being where a danger is ('at risk', 'in danger'), as word lists."""
    return tuple(p.split() for p in load("categories")["danger_phrases"])


@cache
def presence() -> tuple[list[str], ...]:
    """categories.json's idioms of being at one's post ('on site', 'on duty'), as word lists."""
    return tuple(p.split() for p in load("categories")["presence_phrases"])


def lodged(ctx: Ctx, k: int, movement: str) -> str:
    """People lodged (sheltering, sleeping, crammed, held in a place, taken in) by the
    verb ending at word k: in a story of flight they are the ones who fled, displaced
    (G144, G155: flight may come from the story); in a story of evacuation, people a
    verb of accommodation lodges (categories.json's 'accommodation_verbs': sleeping in
    schools, housed in dormitories) are the evacuees where it brought them, evacuated
    (G304), while people sheltering, crammed or huddled there hide where the events are
    (and a place that houses people, its subject, holds them as :func:`holds` does);
    elsewhere, or lodged in a named place ('packed into Rafah': where the events are),
    present (G39)."""
    lows, ws = ctx.lows, ctx.ws
    if k >= 2 and lows[k - 1] == "to" and lows[k - 2] in load("categories")["capacity_words"]:
        return "other"                                # built to shelter 800 people: a capacity (G171)
    if movement == "evacuated" and _accommodated(ctx, k):
        return "evacuated"                            # slept in a school after the buses (G304), not 'sheltered in'
    if _after_upheaval(ctx, k):
        return "displaced"                            # shelter at the church after clashes: away from home (G304)
    named = k + 2 < ctx.n and lows[k + 1] in ("in", "into", "inside") and ws[k + 2].text[:1].isupper()
    return "displaced" if movement == "displaced" and not named else "present"


def _after_upheaval(ctx: Ctx, k: int) -> bool:
    """Whether the verb of lodging at word k is followed in its clause (within ten words, before a comma or
    semicolon) by 'after' and, within six words, one of categories.json's 'upheaval_nouns' ('shelter at
    the church after clashes', 'sheltering in X after village attacks'): people who went to shelter after
    the events that drove them out, away from home (G304), not people caught where a strike hit ('were
    sheltering in the hall when the shell hit': present). After a verb of seeking ('sought shelter
    during the offensive') 'during' does as 'after': people who went looking for a refuge while
    the events went on ('were sheltering there during the shelling' stays where they were)."""
    lows, hi = ctx.lows, ctx.seg_range(k)[1]
    ups = load("categories")["upheaval_nouns"]
    seeking = k > 0 and lows[k - 1] in ("sought", "seek", "seeks", "seeking")
    for x in range(k + 1, min(hi, k + 11)):
        if ctx.ws[x].text in (",", ";", ":"):
            return False
        if lows[x] == "after" or seeking and lows[x] == "during":
            return any(lows[y] in ups for y in range(x + 1, min(hi, x + 7)))   # (last month's offensive)
    return False


def _accommodated(ctx: Ctx, k: int) -> bool:
    """Whether the verb at word k is one of accommodation (categories.json's
    'accommodation_verbs', by lemma) in a text that tells of an organised evacuation
    (:func:`movement.evacuation_told`), with no place head in the three words before it
    ('the stadium houses 4,000': a place that holds people, G155, not evacuees, G304)."""
    lows = ctx.lows
    return evacuation_told(ctx) and lemma(lows[k]) in load("categories")["accommodation_verbs"] \
        and not any(lows[x] in ctx.lex.place_heads for x in range(max(ctx.seg_range(k)[0], k - 3), k))


def capacity_for(ctx: Ctx, s: int) -> bool:
    """Whether the figure opening at word s is a capacity after 'for' (G171, G231): a
    place 'built for 35,000 people' (also past a time phrase: 'built two decades ago for
    90,000 people', 'built in 1991 for'), a tent 'meant for one', 'room for 200 families'
    counts what it can hold, not who is there; not supplies 'intended for 3,000
    families' (the people given aid, recipients.py)."""
    lows = ctx.lows
    c = load("categories")
    w = s - 2
    if w >= 2 and (lows[w] == "ago" or lows[w].isdigit() and lows[w - 1] == "in"):   # built two decades ago for,
        w = next((x for x in range(w - 1, max(-1, w - 5), -1) if lows[x] in c["capacity_words"]), w)   # built in 1991
    if s < 2 or lows[s - 1] != "for" or lows[w] not in c["capacity_words"]:
        return False
    s = w + 2                                         # (past the time phrase, as if the word were right there)
    k = s - 3                                         # the thing meant for them, past a copula and a
    while k >= 0 and (lows[k] in ctx.T.be_forms or lows[k] in _COPULA_ADVERBS
                      or ctx.ws[k].text == ","):     # comma ('the aid was intended for')
        k -= 1
    head = lows[k] if k >= 0 else ""
    goods = {*load("nouns")["supply_nouns"], *c["aid_goods"]} - _LODGINGS
    if head in goods:
        return False                                  # kits intended for 3,000 families: recipients
    # a vehicle 'meant for' people is for the people it is to carry (buses meant for 40
    # fighters: the movement), not a capacity; 'a bus built for 40' still is one
    return not (lows[s - 2] in _PURPOSE and head in c["vehicle_words"])


# adverbs skipped with a form of 'be' (grammar.json's be_forms)
_COPULA_ADVERBS = ("originally", "initially", "only", "mainly")
_PURPOSE = ("meant", "intended")
# goods words that are also places people sleep in: a tent meant for one is its capacity
_LODGINGS = {"tent", "tents", "shelter"}


def prewar(ctx: Ctx, s: int, targets: list[Mention], e: int) -> bool:
    """Whether the figure over words [s, e) (with its counted nouns ``targets``) is a
    population before the events: right after a verb of having or lodging and followed
    by 'before the war' (categories.json's 'prewar': 'had 60,000 residents before the
    war', 'sheltered 20,000 people before the siege'), present whatever the story (G39);
    only of people (an ACTOR counted: not 'the league had 20 clubs before the war'). The
    agent of a passive 'shared' is one too ('the house was shared by 12 people before the
    war': who lived there then, not people lodged by the story's flight, G155)."""
    lows, pre, end = ctx.lows, load("categories")["prewar"], max([e] + [m.j for m in targets])
    people = bool(targets) and all(m.label == "ACTOR" and ctx.lows[m.j - 1] in pre["nouns"] for m in targets)
    verb = s >= 1 and lemma(lows[s - 1]) in pre["verbs"] \
        or s >= 2 and lows[s - 1] == "by" and lemma(lows[s - 2]) == "share" and ctx.ws[s - 2].text.islower()
    return people and verb and end + 2 < ctx.n and lows[end] == "before" \
        and lows[end + 1] == "the" and lows[end + 2] in pre["events"]
