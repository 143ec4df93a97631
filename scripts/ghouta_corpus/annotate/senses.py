"""Readings of a word in its context that give a COUNT category of their own (G39, G77,
G179): a phrasal verb ('taken aside', 'take in'), 'take out' after an attack, the
passive of security screening, people asked for what they know ('spoke to 28
residents'), people staying with relatives, people treated for a complaint
('treated 300 people for fever'), a word of evacuation that names a kind of place ('evacuation centres'), and
'carry out' that means perform ('a survey carried out by'), and a past participle that
opens a reduced relative clause ('prisoners held in X were released'), and a verb of
staying whose complement is a state of a place ('half of the city stayed dark').

Why apart from categories.py: each is one sense of a word decided by its neighbours,
not the search for the governing word; someone changing when a verb means detention or
an interview opens this file. Its words are categories.json's.
"""

from __future__ import annotations

from .context import Ctx
from .lexicons import load
from .lodging import lodged
from .phrase_acts import rescued, signed_up, went_home
from .wordclass import lemma, only_verb, word_classes
from .words import POSSESSIVES, is_cap


def names_a_place(ctx: Ctx, k: int) -> bool:
    """Whether the word of evacuation at word k is the first part of the name of a kind of
    place ('evacuation centres', 'an evacuation site': categories.json's shelter_nouns
    after it), which lodges people and says nothing of how they came (G39, G77)."""
    c = load("categories")
    return ctx.lows[k] in c["evacuation_words"] and k + 1 < ctx.n and ctx.lows[k + 1] in c["shelter_nouns"]


def caseload(ctx: Ctx, k: int) -> bool:
    """Whether word k is a verb of seeing patients that never marks casualties
    (categories.json's caseload_verbs and care_verbs less its casualty_care_verbs: 'saw',
    'see', 'examined', 'vaccinated'), in lower case after a subject word: its object is a
    clinic's caseload, 'other' unless its own clause names a fate (G179, G208). Why by
    lemma and not by word class: 'saw' is also a noun, so no predicate test accepts it. 'see'
    (caseload_verbs_near_care) is also sight ('we see 40 new families at the gate'): it is
    care only with a place, noun or complaint of care in its sentence or the one before."""
    c, lows = load("categories"), ctx.lows
    verbs = (set(c["caseload_verbs"]) | set(c["care_verbs"])) - set(c["casualty_care_verbs"])
    if not (ctx.ws[k].text.islower() and (lem := lemma(lows[k])) in verbs and k > 0 and ctx.ws[k - 1].text.isalpha()
            and lows[k - 1] not in ctx.T.determiners and "VERB" in word_classes(lows[k])):
        return False
    if lem not in c["caseload_verbs_near_care"]:
        return True                                   # examined, vaccinated: care whatever is near
    lo = ctx.seg_range(ctx.seg_range(k)[0] - 1)[0] if ctx.seg_range(k)[0] > 0 else 0
    care = set(c["care_places"]) | set(c["care_nouns"]) | set(c["care_complaints"])
    return any(w in care for w in lows[lo:ctx.seg_range(k)[1]])   # 'see' is care only near a word of care


def performed(ctx: Ctx, k: int) -> bool:
    """Whether 'carry out' or 'hand out' at word k means perform or hand round
    (categories.json's doing_out_verbs), not carry people out or hand them over: 'out' followed
    by 'by' ('a survey carried out by the agency'), by a word that is no person and no
    figure ('carried out raids', 'handed out hygiene kits'), or by a determiner whose
    noun within three words is no person ('carried out a count'); not 'carried out 12
    children', 'carried out the wounded' (an ACTOR head) or 'were carried out.'."""
    lows, n = ctx.lows, ctx.n
    if not (k + 2 < n and lows[k + 1] == "out" and lemma(lows[k]) in load("categories")["doing_out_verbs"]):
        return False
    x = k + 2
    if lows[x] == "by":
        return True
    if not ctx.ws[x].text.isalpha() or not ctx.ws[x].text.islower():
        return False                                  # a figure, punctuation, a name
    words = lows[x + 1:min(n, x + 4)] if lows[x] in ctx.T.determiners or lows[x] in POSSESSIVES else [lows[x]]
    return bool(words) and not any(w in ctx.lex.actor_heads or w[:1].isdigit() for w in words)


def cared_for(ctx: Ctx, s: int, end: int) -> str | None:
    """The category of a figure at word s that a verb of care (categories.json's
    care_verbs, by lemma) takes as its object and treats 'for' a complaint, its phrase
    ending at word ``end`` (G179): 'injured' for a harm of violence ('treated 40 people
    for burns'), 'other' for a complaint (:func:`_complaint`: 'treated hundreds of evacuees
    for diarrhoea'); None where no verb of care governs it, no 'for' follows ('treated 40
    wounded': the noun says) or 'for' names no complaint ('examined 50 families for
    eligibility', 'treated 40 children for the cameras': a purpose or a beneficiary).
    A list of objects shares the verb and the 'for' ('treated 40 displaced children and 30
    displaced women for diarrhoea': both)."""
    lows, lo = ctx.lows, ctx.seg_range(s)[0]
    k = s - 1
    while k > lo and (lows[k] in ctx.T.adverbs or lows[k] in ctx.T.determiners):
        k -= 1
    if k > lo and lows[k] == "and":
        k = _listed_after(ctx, k, lo)                 # (treated 40 children and 30 women: the verb before the list)
    if k < lo or not ctx.ws[k].text.islower() or lemma(lows[k]) not in load("categories")["care_verbs"]:
        return None
    if end < ctx.n and lows[end] == "and":
        end = next((x for x in range(end + 1, min(ctx.n, end + 7)) if lows[x] == "for" or _list_stop(ctx, x)
                    or x == end + 1 and only_verb(lows[x])), end)   # (and 30 women for; not 'and moved')
    if end >= ctx.n or lows[end] != "for" or _no_complaint(lows[end + 1:min(ctx.n, end + 4)]):
        return None                                   # (treated 40 refugees for free, for hours: the noun says)
    after = lows[end + 1:min(ctx.n, end + 6)]
    if "injured" in [ctx.lex.category_verbs.get(w) for w in after[:4]]:
        return "injured"
    return "other" if any(_complaint(w) for w in after) else None   # not 'for eligibility', 'for the UN'


def in_care(ctx: Ctx, start: int) -> bool:
    """Whether the clause of the noun phrase starting at word ``start`` speaks of medical
    care: a verb of care or of seeing patients (categories.json's care_verbs and
    caseload_verbs, by lemma) before the phrase in its sentence ('saw dozens of children
    with diarrhoea', 'treated 40 people with fever'), or a place of care (care_places) in
    it ('sent two people with pneumonia to hospital'): the people with a complaint are a
    clinic's caseload (G179, G208); not 'met 40 children with asthma at the school'."""
    c, (lo, hi) = load("categories"), ctx.seg_range(start)
    verbs = set(c["care_verbs"]) | set(c["caseload_verbs"])
    return any("VERB" in word_classes(w) and lemma(w) in verbs for w in ctx.lows[lo:start]) \
        or any(w in c["care_places"] for w in ctx.lows[lo:hi])


def _listed_after(ctx: Ctx, k: int, lo: int) -> int:
    """The word of a verb of care whose first object stands before the 'and' at word k, in
    the six words before it with no punctuation but commas or relative between ('treated
    40 displaced children and 30 women'); k itself where there is none."""
    lows, care = ctx.lows, load("categories")["care_verbs"]
    for x in range(k - 1, max(lo, k - 7) - 1, -1):
        if lemma(lows[x]) in care and ctx.ws[x].text.islower():
            return x
        if _list_stop(ctx, x):
            break
    return k


def _list_stop(ctx: Ctx, x: int) -> bool:
    """Whether word x ends a list of objects: punctuation other than a comma, or a relative."""
    return not ctx.ws[x].text.isalnum() and ctx.lows[x] not in (",", "-") \
        or ctx.lows[x] in ("who", "which", "that", "whom", "whose")


def _complaint(low: str) -> bool:
    """Whether the word names a complaint a patient is treated for (categories.json's
    care_complaints: 'diarrhoea', 'infections', 'dehydration'; or an illness's ending:
    'meningitis', 'tuberculosis', 'anaemia')."""
    return low in load("categories")["care_complaints"] or low.endswith(("itis", "osis", "aemia", "emia"))


def _no_complaint(words: list[str]) -> bool:
    """Whether the words after 'for' name no complaint: a duration (times.json's units:
    'for hours', 'for two weeks') or a price or a turn (categories.json's
    care_not_complaints: 'for free', 'for nothing', 'for the first time')."""
    return any(w in load("times")["bare_need_prep"] or w in load("categories")["care_not_complaints"]
               for w in words)


def hosted(ctx: Ctx, k: int) -> bool:
    """Whether the verb of staying or living at word k is followed by 'with' and kin or
    friends in the plural (nouns.json's group_kin) within two words: 'staying with
    relatives', 'living with host families' tells of people lodged by others, not of
    residents who remain (G144, G155); 'stayed with the convoy', 'lives with her
    family' (a household, singular) do not count."""
    lows, n = ctx.lows, ctx.n
    if not (k + 2 < n and lows[k + 1] == "with" and lemma(lows[k]) in ("stay", "live")):
        return False
    return any(w in load("nouns")["group_kin"] and w.endswith("s") for w in lows[k + 2:min(n, k + 4)])


def interviewed(ctx: Ctx, k: int, lo: int) -> bool:
    """Whether word k, right before a figure, makes it the people asked for what they know:
    a verb of asking (categories.json's interview_verbs, by lemma) right before it
    ('interviewed 40 survivors', 'surveyed 300 families') or a verb of speaking
    (speaking_verbs) before 'to' or 'with' ('spoke to 28 residents'); a verb of speaking
    right before the figure speaks no one ('talked 30 people down from the roof')."""
    c = load("categories")
    if ctx.lows[k] in ("to", "with") and k > lo:
        return ctx.ws[k - 1].text.islower() and lemma(ctx.lows[k - 1]) in (*c["interview_verbs"], *c["speaking_verbs"])
    return ctx.ws[k].text.islower() and lemma(ctx.lows[k]) in c["interview_verbs"]


def _attack_subject(ctx: Ctx, k: int) -> bool:
    """Whether the subject right before the verb at word k (past auxiliaries and
    adverbs: 'drones have reportedly taken out') is an attack or weapon (categories.json's
    attack_nouns), not a word of an earlier phrase ('Under fire, the convoy took out').
    'strike' alone is also a stoppage of work ('the strike took out 12 workers'): it is an
    attack only after a weapon or a word of the air ('drone strike', 'air strikes':
    categories.json's strike_modifiers) or a name ('Israeli strikes')."""
    x = ctx.subject_before(k)
    c = load("categories")
    if x >= 0 and ctx.lows[x] in c["bare_strike_nouns"]:
        return x > 0 and (ctx.lows[x - 1] in c["attack_nouns"] or ctx.lows[x - 1] in c["strike_modifiers"]
                          or is_cap(ctx.ws[x - 1].text) and x - 1 > ctx.seg_range(x)[0])
    return x >= 0 and ctx.lows[x] in c["attack_nouns"]


def _screened(ctx: Ctx, k: int) -> bool:
    """Whether the passive verb of screening at word k holds people for security checks:
    after a form of 'be', with people as its subject (an ACTOR head, a figure or a
    relative or personal pronoun: 'some 3,000 men were being screened', 'those who were
    vetted'; not '300 films were screened'), and not screened 'for' something ('screened
    for cholera', 'vetted for the job': a check of health or fitness, no one held; a
    duration after 'for' is none: 'interrogated for hours', times.json's units)."""
    lows = ctx.lows
    if not (k > 0 and lows[k - 1] in ctx.T.attr["passive_aux"]):
        return False
    if k + 1 < ctx.n and lows[k + 1] == "for" and not any(
            w in load("times")["bare_need_prep"] for w in lows[k + 2:k + 4]):
        return False
    x = ctx.subject_before(k)
    return x >= 0 and (lows[x] in ctx.lex.actor_heads or ctx.ws[x].text[:1].isdigit()
                       or lows[x] in load("numbers")["units"] or lows[x] in ("who", "whom", "they", "them", "we"))


# Category verbs of categories.json that are nouns after a determiner or possessive ('Thousands
# crowd the base' lodges; 'the crowd turned' is a noun and says nothing of anyone's fate).
_NOUN_TOO = ("crowd",)
# The words of a direction after 'heading' that make it a movement ('heading for the border',
# 'heading north'); 'heading a team' leads it.
_WAYS = ("for", "to", "towards", "toward", "into", "north", "south", "east", "west", "back", "out", "home")


def phrase_category(ctx: Ctx, k: int, movement: str) -> str | None:
    """The category of a phrasal verb at word k ('take in': lodging; 'taken aside':
    detained; 'take out' after an attack, 'air strikes took out 12 fighters': killed;
    'laid flowers', 'brought candles' (categories.json's tribute_verbs and tribute_objects):
    mourners at the site, present, G39)
    or of a verb that gives one only in the passive ('were being screened': detained;
    not 'screened 40 films'); '' for a word of evacuation that names a kind of place
    (:func:`names_a_place`) and for 'carry out' that means perform (:func:`performed`):
    they give no category, and no other reading of them does; nor does 'living' before a
    noun it modifies (categories.json's living_nouns: 'a living room', 'living conditions'),
    nor 'quit' with no place after it ('quit their jobs'; 'had quit the camp' is a movement)."""
    c, lows = load("categories"), ctx.lows
    if names_a_place(ctx, k) or performed(ctx, k) or lows[k] in _NOUN_TOO and k > 0 and (
            lows[k - 1] in ctx.T.determiners or lows[k - 1] in POSSESSIVES):
        return ""                                     # (the crowd turned, put a crowd at 2,000: a noun)
    if lows[k] == "heading" and (k + 1 >= ctx.n or lows[k + 1] not in _WAYS):
        return ""                                     # (heading a team of 40 doctors: leading it, no movement)
    if lows[k] in ("quit", "quitting") and not any(w in ctx.lex.place_heads or ctx.ws[x].text[:1].isupper()
                                                   for x, w in enumerate(lows[k + 1:k + 4], k + 1)):
        return ""                                     # (quit their jobs: no place left, no movement)
    if lows[k] == "living" and k + 1 < ctx.n and lows[k + 1] in c["living_nouns"]:
        return ""                                     # (a living room, living conditions: a modifier, no 'live')
    if hosted(ctx, k):
        return lodged(ctx, k, movement)               # staying with relatives: lodged by kin (G144, G155)
    phrasal = c["phrasal"].get(f"{lows[k]} {lows[k + 1]}") if k + 1 < ctx.n else None
    if phrasal == "detained" and lows[k + 1] == "away" and set(lows[slice(*ctx.seg_range(k))]) & set(
            c["vehicle_words"]):
        phrasal = None                                # (taken away by buses: a transport, not custody, G375)
    if phrasal is not None:
        return lodged(ctx, k + 1, movement) if phrasal == "lodging" else phrasal
    if k + 1 < ctx.n and lows[k + 1] == "out" and lemma(lows[k]) == "take" and _attack_subject(ctx, k):
        return "killed"                               # air strikes took out 12 fighters (not: a bus took out 40)
    if lows[k] in c["passive_verbs"] and _screened(ctx, k):
        return str(c["passive_verbs"][lows[k]])
    if lemma(lows[k]) in c["tribute_verbs"] and ctx.ws[k].text.islower() \
            and set(lows[k + 1:min(ctx.n, k + 4)]) & set(c["tribute_objects"]):
        return "present"                              # laid flowers, brought candles to the site: mourners there
    if signed_up(ctx, k):
        return "evacuated"                            # had put their names on the lists (to leave): a departure
    if went_home(ctx, k):
        return "other"                                # have since gone home, crossed back, returned to homes (G312)
    if (rescue := rescued(ctx, k)) is not None:
        return rescue                                 # troops rescued 1,600 residents; pulled 30 from the rubble
    return "detained" if for_questioning(ctx, k) or seized(ctx, k) else None


def seized(ctx: Ctx, k: int) -> bool:
    """Whether the active 'took' or 'take' at word k has an armed subject (nouns.json's
    armed actors and soldiers, troops, police) and a person as its object, with no 'to'
    in the clause after it: 'soldiers took her two brothers from their home' is custody
    (G39, G305: a verb of their own decides for kin), not 'troops took 300 civilians to the
    camp' (a transfer) nor 'soldiers took control' (no person)."""
    lows, hi = ctx.lows, ctx.seg_range(k)[1]
    if lows[k] not in ("took", "take", "takes") or not ctx.ws[k].text.islower():
        return False
    x = ctx.subject_before(k)
    armed = {*load("nouns")["actor_lists"]["armed"]["words"], "soldiers", "troops", "police", "policemen"}
    if x < 0 or lows[x] not in armed or "to" in lows[k + 1:hi]:
        return False
    obj = next((y for y in range(k + 1, min(hi, k + 5)) if ctx.ws[y].text.isalpha()
                and lows[y] not in POSSESSIVES and lows[y] not in ctx.T.determiners and lows[y] not in ctx.T.units
                and "ADJ" not in word_classes(lows[y])), None)
    return obj is not None and lows[obj] in ctx.lex.actor_heads


# Verbs that move people somewhere they are held when 'for questioning' follows them.
_TAKING = ("take", "call", "bring", "pick", "lead", "drive", "move", "transfer", "send")


def for_questioning(ctx: Ctx, k: int) -> bool:
    """Whether the verb at word k takes people somewhere 'for questioning' or 'for
    interrogation' later in its clause, within eight words ('were taken for questioning',
    'taken to a school for questioning', 'was called in for questioning', 'took my husband
    for questioning'): people held by the ones asking, 'detained' (G77's people held;
    English idiom, not any article's), not moved, evacuated or called to a meeting."""
    lows, hi = ctx.lows, ctx.seg_range(k)[1]
    if lemma(lows[k]) not in _TAKING or not ctx.ws[k].text.islower():
        return False
    for x in range(k + 1, min(hi - 1, k + 9)):
        if ctx.ws[x].text in (",", ";", ":") or lows[x] in ("and", "but", "while", "who", "which"):
            return False
        if lows[x] == "for" and lows[x + 1] in ("questioning", "interrogation"):
            return True
    return False


def reduced_relative(ctx: Ctx, k: int, hi: int) -> bool:
    """Whether word k, right after the counted noun, opens a reduced relative clause: a
    past participle ('prisoners held in X were released', 'civilians trapped there were
    freed') followed in the sentence by a form of 'be' or 'have' and another verb, the
    main clause's; the main clause's verb then decides, as after 'who'. Not where a
    coordinator or a comma comes first ('300 people fled the town and were detained':
    'fled' is the finite verb of the first of two predicates, not a participle)."""
    lows = ctx.lows
    if not (lows[k].endswith("ed") or lows[k] in ("held", "kept", "taken")) or not ctx.ws[k].text.islower():
        return False
    for x in range(k + 1, min(hi, k + 8)):
        if lows[x] in ("and", "or", "but", ","):
            return False                              # fled the town and were detained: two predicates
        if x >= k + 2 and lows[x] in ("were", "was", "have", "has", "had") and x + 1 < hi \
                and ctx.ws[x + 1].text.islower() \
                and (lows[x + 1].endswith("ed") or lows[x + 1] in ctx.lex.category_verbs):
            return True
    return False


def place_state(ctx: Ctx, start: int, hi: int) -> bool:
    """Whether the first verb of staying in [start, hi) ('stayed', 'remains') takes a state
    of the place as its complement: a lower-case word right after it that is no
    preposition, adverb or particle ('half of the city stayed dark', 'a third of the camp
    remained closed'), or 'under' ('remains under water'). 'Half of the village stayed',
    'stayed behind', 'stayed in their homes' keep the people."""
    lows, ws = ctx.lows, ctx.ws
    x = next((x for x in range(start, hi) if ctx.lex.category_verbs.get(lows[x]) == "present"), None)
    if x is None or x + 1 >= hi or not ws[x + 1].text.isalpha() or not ws[x + 1].text.islower():
        return False
    nxt = lows[x + 1]
    return nxt == "under" or nxt not in ctx.T.prepositions and nxt not in ctx.T.adverbs \
        and nxt not in ("behind", "put", "home", "there", "here", "and", "but", "until")


# Words a set of patients may open with after 'of': 'half of the people we treated', 'a third of those brought in'.
_SET_DETERMINERS = ("the", "those", "these")
# Categories a predicate gives that say no fate ('were children'; 'brought in': the movement to care, G179).
_NO_FATE = ("other", "evacuated", "displaced", "present")


def casualty_shares(ctx: Ctx, spans: list[tuple[int, int]], categories: dict[int, str]) -> None:
    """Make 'injured' each figure over words [s, e) of ``spans`` that counts part of the
    people a clinic took in (:func:`treated_share`) and whose predicate gives it no fate
    of its own (:data:`_NO_FATE`), in a story whose figures of people (``categories``, by
    first word) are mostly of its dead and wounded together: its casualties (G145, G179),
    where neither the dead nor the wounded alone need be most of them."""
    people = [c for c in categories.values() if c != "other"]
    if 2 * sum(c in ("killed", "injured") for c in people) <= len(people):
        return
    for s, e in spans:
        if categories.get(s) in _NO_FATE and treated_share(ctx, s, e) \
                or categories.get(s) in (*_NO_FATE, "killed") and needed_care(ctx, e):
            categories[s] = "injured"


# Nouns of medical care a predicate of need takes ('needed treatment', 'required hospital care').
_CARE = ("treatment", "care", "hospitalisation", "hospitalization", "surgery")


def needed_care(ctx: Ctx, e: int) -> bool:
    """Whether the predicate of the figure ending before word e, past its noun and auxiliaries, is a need of medical
    care ('between 115 and 125 people had needed treatment', 'hundreds required hospital care'): in a story of the
    dead and wounded they are its wounded (G179), alive, neither the dead nor a clinic's caseload."""
    lows, hi = ctx.lows, ctx.seg_range(e - 1)[1]
    for k in range(e, min(hi, e + 4)):                # (past the figure's noun and 'had')
        if not ctx.ws[k].text.isalpha():
            return False
        if lemma(lows[k]) in ("need", "require") and lows[k].endswith("ed"):
            return any(w in _CARE for w in lows[k + 1:min(hi, k + 4)])
        if only_verb(lows[k]) and lows[k] not in ctx.T.auxiliaries:
            return False                              # (another predicate first)
    return False


def treated_share(ctx: Ctx, s: int, e: int) -> bool:
    """Whether the figure over words [s, e) counts part of a set of the people a clinic
    took in (categories.json's casualty_care_verbs, by lemma; 'bring' only with 'in'):
    'half of the people we treated', 'a third of those brought in on Friday', 'a quarter
    of the patients admitted overnight'. In a story of violence they are its casualties,
    'injured', whatever their predicate only says they are ('were children'): G145 (a
    part keeps the category of the set) with G179 (patients of the reported attack).
    Not 'the children I examine', 'the patients he saw' (a caseload: care_verbs that
    take in no one), nor 'dozens of people treated' (no set: no determiner after 'of')."""
    lows, hi = ctx.lows, ctx.seg_range(s)[1]
    if e + 2 >= hi or lows[e] != "of" or lows[e + 1] not in _SET_DETERMINERS:
        return False
    c = load("categories")
    for k in range(e + 2, min(hi, e + 7)):
        if not ctx.ws[k].text.isalpha():
            return False                              # (the set's phrase ends at punctuation or a figure)
        if lemma(lows[k]) in c["casualty_care_verbs"] and lows[k].endswith(("ed", "ought")) and _taken_in(ctx, k, hi):
            return _clinic_set(ctx, lows[e + 1:k], lemma(lows[k]) == "treat") and not _FATES & {
                ctx.lex.category_verbs.get(w) for w in lows[k + 1:hi]}   # (later died; were evacuated to Turkey)
    return False


# Fates of the share's own predicate that G145 lets decide ('later died', 'were evacuated to Turkey').
_FATES = {"killed", "evacuated", "displaced", "detained", "released"}


def _taken_in(ctx: Ctx, k: int, hi: int) -> bool:
    """Whether the care verb at word k takes people in: 'bring' only with 'in' or with
    'to' and a place of care (categories.json's care_places) in the next five words
    ('brought in', 'brought to the hospital'; not 'brought to Turkey')."""
    lows = ctx.lows
    if lemma(lows[k]) != "bring":
        return True
    return k + 1 < hi and (lows[k + 1] == "in" or lows[k + 1] == "to" and bool(
        set(lows[k + 2:min(hi, k + 7)]) & set(load("categories")["care_places"])))


def _clinic_set(ctx: Ctx, words: list[str], treated: bool) -> bool:
    """Whether the set's words (from its determiner to the care verb) name people a clinic
    took in: 'those', or a head noun of people or kin (nouns.json) that is no staff and has
    no category of its own other than harm ('the letters we received', 'the staff we
    treated', 'the refugees ...': G145, the noun's category), and, but for 'treat' (care
    whoever gives it), a taker that is a pronoun, a place of care or its staff ('those we
    received', 'the people the hospital admitted'; not 'the families the camp received',
    'the students the school admitted')."""
    c, actors = load("categories"), load("nouns")["actor_lists"]
    head = None if words[0] == "those" else words[1] if len(words) > 1 else ""
    people = {*actors["people"]["words"], *actors["kin"]["words"], *c["care_nouns"], *c["situation_groups"]}
    if head is not None and (head not in people or head in c["staff_nouns"]
                             or c["nouns"].get(head) not in (None, "killed", "injured")):
        return False
    takers = {*ctx.T.pronouns, *ctx.T.auxiliaries, *ctx.T.determiners, *c["care_places"], *c["staff_nouns"],
              "who", "whom", "that"}
    return treated or all(w in takers for w in words[1 if head is None else 2:])
