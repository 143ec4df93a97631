"""Annotator round forty, COUNT categories of care and company: patterns of fresh text,
on invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import DISPLACEMENT_STORY, count_layer

ATTACK = "An air strike hit the market on Monday, killing 40 people and wounding 90, officials said. "


def test_patients_a_clinic_took_in_during_an_attack_story_are_injured():
    # G179: people a hospital received or treated for harm from the reported violence
    assert count_layer(ATTACK + "A surgeon said his clinic had received dozens of patients since Tuesday.")[0][2:] == [
        ("dozens", "injured")]
    assert count_layer(ATTACK + "Doctors said about 200 people were treated for choking at clinics in "
                       "the town.")[0][2:] == [("about 200", "injured")]


def test_an_intake_named_by_a_harm_of_violence_is_injured_in_any_story():
    # G179: 'gunshot cases' name the harm whatever the story's figures count
    assert count_layer(DISPLACEMENT_STORY + "Dozens of gunshot cases arrived on Monday alone, a nurse "
                       "said.")[0][2:] == [("Dozens", "injured")]


def test_a_rate_or_a_year_keeps_an_intake_a_caseload():
    # G179: a clinic's general caseload ('a day', 'each week', 'since it opened in 2009') is other
    assert count_layer(ATTACK + "A nurse said the clinic receives 150 patients a day.")[0][2:] == [
        ("150", "other")]
    assert count_layer(ATTACK + "The clinic had treated thousands of patients since it opened in 2009.")[0][2:] == [
        ("thousands", "other")]
    # a part of the intake with wounds after a comma does not make the whole intake injured
    assert count_layer(DISPLACEMENT_STORY + "Our clinics received more than 900 patients, 120 of them with "
                       "wounds from weapons.")[0][2] == ("more than 900", "other")


SIEGE = "Shelling has pounded the besieged town for weeks, killing 200 people. "


def test_kin_hiding_underground_with_someone_are_present():
    # G304, G305: people who sit out a siege in a basement, and the kin hiding with them, are present
    assert count_layer(SIEGE + "She said she had spent three months in a cellar with her two sons.")[0] == [
        ("200", "killed"), ("two", "present")]
    # not where the clause tells of flight to the basement
    assert count_layer(SIEGE + "She said she had fled to a cellar with her two sons.")[0] == [
        ("200", "killed"), ("two", "displaced")]


def test_kin_an_armed_subject_took_are_detained():
    # G39, G305: a verb of their own decides for kin: armed men who 'took' people hold them
    assert count_layer(DISPLACEMENT_STORY + "Soldiers took her two brothers from their home.")[0][2:] == [
        ("two", "detained")]
    assert count_layer(DISPLACEMENT_STORY + "Gunmen took 12 men from the village.")[0][2:] == [("12", "detained")]
    # a transfer 'to' somewhere is no custody
    assert count_layer(DISPLACEMENT_STORY + "Troops took 300 civilians to the camp.")[0][2:] != [
        ("300", "detained")]


def test_a_clinic_intake_with_a_rate_is_a_caseload_and_so_are_its_parts():
    # G179: people a clinic takes in 'each week' or 'a day' are its general caseload, other,
    # even where a noun of flight modifies them; 'N of them' right after is a part of it (G78, G145)
    assert count_layer(DISPLACEMENT_STORY + "A doctor said 20 displaced patients arrive each week with malaria. "
                       "\"Half of them have not seen a doctor since they left,\" he said.")[0][2:] == [
        ("20", "other"), ("Half", "other")]
    assert count_layer(DISPLACEMENT_STORY + "A nurse at the district hospital said the ward was receiving "
                       "hundreds of people a day.")[0][2:] == [("hundreds", "other")]
    # a span of time is no rate
    assert count_layer(ATTACK + "A surgeon said his clinic had received dozens of patients for a week.")[0][2:] == [
        ("dozens", "injured")]
