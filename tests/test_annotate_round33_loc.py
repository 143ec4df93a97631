"""Round thirty-three of the LOCATION rules (issue 11), on invented sentences only, never
dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_arabic_toponym_heads_maarat_and_qalaat_open_a_place():
    # G68: a capitalised run that starts with an Arabic generic place word is a place,
    # also where its second part is an 'al-' word that would otherwise read as a group
    assert mention_layers("They fled from Maarat al-Numan on Monday.") == ([], ["Maarat al-Numan"])
    assert mention_layers("Others went on to Qalaat al-Hosn and Maaret al-Ikhwan.") == (
        [], ["Qalaat al-Hosn", "Maaret al-Ikhwan"])
    # neighbour: a group's 'al-' name with no toponym head stays an ACTOR
    assert mention_layers("Fighters of Ahrar al-Sham said they withdrew.") == (["Fighters", "Ahrar al-Sham"], [])


def test_a_bare_seat_is_no_place():
    # G9/G30: a seat paid for, wanted or looked out from is a place to sit, no place
    # people are in; the seat of an office or of power, and a seat a modifier places, are
    assert mention_layers("The drivers charged 300 dollars for a seat to the border.") == (["drivers"], ["border"])
    assert mention_layers("I watched the fire from my seat.") == ([], [])
    assert mention_layers("The city was his seat of power.") == ([], ["city", "seat"])
    assert mention_layers("She slept on the back seat of the car.") == ([], ["back seat"])


def test_a_place_noun_classifying_a_compound_head_is_no_place():
    # G9: in 'school age', 'the school year', 'a school trip', 'camp beds' the place noun
    # only classifies the head, an age, a period, an outing or a thing
    assert mention_layers("Half of them are of school age.") == ([], [])
    assert mention_layers("The pupils missed the school year.") == (["pupils"], [])
    assert mention_layers("They slept on camp beds in the hall.") == ([], ["hall"])
    # neighbours: the place noun as a head, and the verb 'bed down' after it
    assert mention_layers("They slept in the school.") == ([], ["school"])
    assert mention_layers("Families in the camp bed down early.") == (["Families"], ["camp"])


def test_a_capitalised_word_and_its_number_are_one_place_name():
    # G15/G16/G79: 'Kilo 12', 'Sector 4', 'Delmas 33' are names with their number (no
    # COUNT); the road noun or generic word after them is left out as after any name
    assert mention_layers("Cars queued at checkpoints on the Kilo 12 road.") == ([], ["checkpoints", "Kilo 12"])
    assert mention_layers("Families in the Sector 4 neighbourhood went hungry.") == (["Families"], ["Sector 4"])
    assert mention_layers("Gangs have displaced thousands across Haiti. In Delmas 33, families slept in classrooms.") \
        == (["Gangs", "families"], ["Haiti", "Delmas 33", "classrooms"])
    # a capitalised place head takes its number whatever follows ('Camp 4', 'School No. 134')
    assert mention_layers("Volunteers moved the sick to Camp 4. Our clinic near Camp 9 has treated them.")[1] == [
        "Camp 4", "clinic", "Camp 9"]
    assert mention_layers("A teacher from School No. 134 holds lessons.") == (["teacher"], ["School No. 134"])
    # neighbours: no gazetteer place before the comma, a month, a figure of days
    assert mention_layers("In Phase 3, the plan changes.")[1] != ["Phase 3"]
    assert mention_layers("Families left Aleppo 12 days ago.") == (["Families"], ["Aleppo"])


def test_tents_handed_over_as_goods_are_supplies():
    # G127: tents sent, given, delivered, lacked or kept in stock are supplies, no place
    assert mention_layers("A charity gave us new tents in May.") == (["charity"], [])
    assert mention_layers("Only 200 tents have reached the town so far.") == ([], ["town"])
    assert mention_layers("About 300 tents and 2,000 blankets had been sent to the border.") == ([], ["border"])
    assert mention_layers("The agency has 5,000 tents in stock.") == (["agency"], [])
    # neighbours: tents set up, pitched, burned, lived in or supplied in rows are places
    assert mention_layers("Volunteers set up tents near the school.") == (["Volunteers"], ["tents", "school"])
    assert mention_layers("Around 50 tents had been pitched by the river.") == ([], ["tents", "river"])
    assert mention_layers("Families slept in tents.") == (["Families"], ["tents"])
    assert mention_layers("Rows of tents supplied by the agency line the hill.") == ([], ["tents", "hill"])


def test_home_as_the_goal_of_a_verb_before_to():
    # G182 against G215: 'home to' after a verb of going is the goal, a place; after 'be'
    # it is the relational 'home to N', no place
    assert mention_layers("The pupils can come home to their school.") == (["pupils"], ["home", "school"])
    assert mention_layers("Soldiers flew home to the capital.") == (["Soldiers"], ["home", "capital"])
    assert mention_layers("The valley was home to 30,000 farmers.") == (["farmers"], ["valley"])
    # a goal verb's past form after a quantifier subject or adverbs is a verb, not an adjective
    assert mention_layers("Many returned home to find their houses looted.")[1] == ["home", "houses"]
    assert mention_layers("Many of them had only recently returned home when the shelling began.")[1] == ["home"]
    # neighbours: a participle after a determiner or possessive still modifies 'home'
    assert mention_layers("Their destroyed home stood empty.") == ([], ["destroyed home"])
    assert mention_layers("The badly damaged home collapsed.") == ([], ["badly damaged home"])


def test_breaking_point_is_a_figure_not_a_place():
    # G9: 'at breaking point' names a state, no place; a crossing or screening point is one
    assert mention_layers("Camps near the city at breaking point as fighting spreads") == ([], ["Camps", "city"])
    assert mention_layers("Buses stopped at the crossing point.") == ([], ["crossing point"])


def test_flats_wards_and_health_posts_are_place_heads():
    # G7: flats, a hospital's emergency department and a health post are places people
    # live in, are treated in or are sent to
    assert mention_layers("About 70 flats were destroyed.") == ([], ["flats"])
    assert mention_layers("A nurse described an emergency department that filled quickly.") == (
        ["nurse"], ["emergency department"])
    assert mention_layers("He runs a health post near the hospital.") == ([], ["health post", "hospital"])
    # neighbours: 'flat' as an adjective, a ministry's department
    assert mention_layers("Prices stayed flat.") == ([], [])
    assert mention_layers("The ministry's health department said it.") == (["ministry"], [])
