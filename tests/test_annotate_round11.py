"""The annotator's eleventh round of general rules (issue 11): invented sentences only.

None of these sentences comes from the gold articles or the development set; each pins
one general rule of noun-phrase structure so that a change that breaks it fails here
by name, and each rule comes with sentences where it should not fire.
"""

from __future__ import annotations

from sentences import spans as _spans

# --- ACTOR: an organisation's name after a known name or a demonym is one name (G67) ----

def test_a_national_society_or_agency_name_is_whole():
    assert _spans("Volunteers from the Kenya Red Cross handed out blankets.", "ACTOR") == ['Volunteers', 'Kenya Red Cross']
    assert _spans("Teams from the Jordanian Red Crescent arrived.", "ACTOR") == ['Teams', 'Jordanian Red Crescent']
    got = _spans("The UN Development Agency (UNDA) said the wells were dry.", "ACTOR")
    assert got == ['UN Development Agency', 'UNDA']


def test_no_joined_name_across_a_genitive_a_person_or_a_place_preposition():
    got = _spans("Kenya's Red Cross sent teams.", "ACTOR")
    assert got == ['Kenya', 'Red Cross', 'teams']
    got = _spans("UN envoy Maria Lindqvist said the talks had stalled.", "ACTOR")
    assert got == ['UN', 'Maria Lindqvist']
    assert _spans("The UN said on Friday that Lindqvist had resigned.", "ACTOR") == ['UN']


# --- ACTOR: a noun modifier after a preposition or a coordinator (G14) -------------------

def test_a_noun_modifier_after_a_preposition_or_coordinator_stays():
    assert _spans("Most newcomers are lodging with host families near the market.", "ACTOR") == ['newcomers', 'host families']
    got = _spans("The grant supports newcomers and host communities in the district.", "ACTOR")
    assert got == ['newcomers', 'host communities']


def test_no_noun_modifier_where_a_new_clause_starts():
    got = _spans("After weeks of siege residents are leaving the town.", "ACTOR")
    assert got == ['residents']
    got = _spans("Video showed women with baggage crossing the bridge.", "LOCATION")
    assert got == ['bridge']
    assert _spans("The men were accused of guarding prisoners.", "ACTOR") == ['men', 'prisoners']


# --- ACTOR: a hyphenated adjective whose first part is a name of several words (G65) -----

def test_a_hyphenated_modifier_keeps_its_whole_name():
    got = _spans("The Buenos Aires-based charity said the convoy was late.", "ACTOR")
    assert got == ['Buenos Aires-based charity']
    assert _spans("An Islamic State-linked militia took the port.", "ACTOR") == ['Islamic State-linked militia']


def test_the_name_before_a_hyphen_stops_at_an_article_or_a_time_word():
    assert _spans("The Saudi-led coalition said it would investigate.", "ACTOR") == ['Saudi-led coalition']
    got = _spans("Yesterday Turkish-backed fighters entered the village.", "ACTOR")
    assert got == ['Turkish-backed fighters']


# --- ACTOR: a noun before an adjective or a name ends its noun phrase (contact clauses) --

def test_a_contact_clause_subject_is_not_run_into_the_noun_before_it():
    got = _spans("The army rejects the claim, a charge Kurdish officials repeat.", "ACTOR")
    assert got == ['army', 'Kurdish officials']
    got = _spans("The toll rose to 40, a discrepancy local officials blame on transfers.", "ACTOR")
    assert got == ['local officials']


def test_noun_modifiers_and_adjectives_in_their_usual_order_stay():
    assert _spans("The town's health officials said.", "ACTOR") == ['health officials']
    got = _spans("Lindqvist, an independent humanitarian worker, said.", "ACTOR")
    assert got == ['Lindqvist', 'independent humanitarian worker']


# --- ACTOR: a state coordinated with a party that is no state acts (G8) -----------------

def test_a_state_coordinated_with_a_non_state_party_acts():
    assert _spans("Fighting between Egypt and Hezbollah broke out in July.", "ACTOR") == ['Egypt', 'Hezbollah']
    assert _spans("Clashes between Israel and Hamas resumed on Monday.", "ACTOR") == ['Israel', 'Hamas']
    got = _spans("Thousands have fled since Turkey and the armed factions it backs began the offensive.", "ACTOR")
    assert got == ['Turkey', 'armed factions']


def test_a_state_coordinated_with_its_people_or_no_party_stays_a_place():
    assert _spans("Aid reached Syria and its refugees by road.", "LOCATION") == ['Syria', 'road']
    assert _spans("Trucks crossed into Jordan and the camps beyond it.", "LOCATION") == ['Jordan', 'camps']


# --- LOCATION: a head that needs a modifier, definite after a place preposition (G7) -----

def test_a_bare_crossing_or_square_after_a_place_preposition_is_a_place():
    assert _spans("Hundreds of families waited at the crossing until dusk.", "LOCATION") == ['crossing']
    assert _spans("Protesters gathered in the square before noon.", "LOCATION") == ['square']
    assert _spans("The wounded were carried to the base by volunteers.", "LOCATION") == ['base']


def test_a_bare_crossing_elsewhere_is_no_place():
    assert _spans("The crossing took eleven hours.", "LOCATION") == []
    assert _spans("The talks took place in the capital.", "LOCATION") == ['capital']
    assert _spans("They spoke about the crossing of the river.", "LOCATION") == ['river']


# --- COUNT: bounds 'no more than', 'as high as'; a contrastive 'one' (G33, G143) --------

def test_no_more_than_and_as_high_as_are_bounds_inside_the_count():
    from sentences import doc
    got = {s.text: s for s in doc("Officials said no more than 1,500 people remained.").spans if s.label == "COUNT"}
    assert got["no more than 1,500"].modifier == "at_most" and got["no more than 1,500"].max == 1500
    assert _spans("Local officials put the toll as high as 900.", "COUNT") == ['as high as 900']


def test_a_one_in_a_ratio_or_alone_after_for_is_a_count_but_one_meaning_a_is_not():
    assert _spans("Here there is one latrine for every 50 people.", "COUNT") == ['one', '50']
    assert _spans("They put four families in a tent meant for one.", "COUNT") == ['four', 'one']
    assert _spans("One official said 300 fighters left.", "COUNT") == ['300']
    assert _spans("They were asked for one reason: the road was closed.", "COUNT") == []


# --- COUNT: a bounded fraction as the subject of a finite verb (G75, G78) ---------------

def test_a_bounded_fraction_before_a_finite_verb_is_a_count():
    text = "Most of the newcomers were women. About a fifth arrived without any relatives."
    assert _spans(text, "COUNT") == ["About a fifth"]


def test_a_fraction_without_a_bound_or_a_verb_stays_out():
    assert _spans("He ate about a third yesterday.", "COUNT") == []
    assert _spans("A third wave arrived on Monday.", "COUNT") == []


# --- ACTOR: executives and operators are occupation nouns (G62) -------------------------

def test_executives_and_operators_are_actor_heads():
    assert _spans("The company's chief executive resigned on Monday.", "ACTOR") == ['chief executive']
    assert _spans("Ruralnet, the network operator, said lines were down.", "ACTOR") == ['Ruralnet', 'network operator']
    assert _spans("Two executives were questioned by police.", "ACTOR") == ['executives', 'police']


# --- ACTOR: 'X and Y Service', one body's name (G67) -----------------------------------

def test_a_body_named_by_two_coordinated_nouns_is_whole():
    got = _spans("The survey was run with Kenya's Refugees and Migrants Service and partners.", "ACTOR")
    assert got == ['Kenya', 'Refugees and Migrants Service']


def test_two_places_before_an_organisation_word_stay_apart():
    got = _spans("Aid reached Homs and Hama Council said.", "ACTOR")
    assert got == ['Hama Council']
