"""Statements found by helper h854 (sixhundredthirtyninth, Karnataka's Chief Minister's Office as the Indian papers and
agencies print it):
- "Chief Minister X on Thursday pitched for a consulate …", "pitched for strengthening trade ties with …": asked for,
  as "pushed for" (lexicon `_COMPLEMENTS["tabled|…|pitched|pitching|…"]`); not "pitched for the Rovers", "pitched for
  seven innings".
- "Chief Minister X appraised, during his meeting with Ambassador Y on Tuesday, about the need for …": the Indian press's
  "appraised" (apprised) with the meeting set between commas before "about" (lexicon `_COMPLEMENTS["appraised|…"]`).
- "X called on Chief Minister Y here on Thursday and it was decided to open …": a courtesy call, the passive clause
  after "and it was" no appeal's infinitive (lexicon `_COMPLEMENTS["called|…"]`).
- "the newly appointed US Consul General at Rellam Judith Ravin": an envoy's office "at" the city he serves in, the
  city no part of the name (name_offices.office_posted_in_before), so "The US consulate general, Rellam, tweeted …" is
  no one's.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_pitched_for_a_thing_asked_for_is_a_statement():
    assert_statements((
        "Chief Minister Arlo Venn on Thursday pitched for a consulate of Norvane in Rellam, during an interaction "
        "with Ambassador Ela Rusk.\n\n"
        "Chief Minister Arlo Venn also pitched for strengthening trade ties with Norvane."
    ), [
        ("Arlo Venn", "indirect", "Chief Minister Arlo Venn on Thursday pitched for a consulate of Norvane in Rellam, "
                                  "during an interaction with Ambassador Ela Rusk."),
        ("Arlo Venn", "indirect", "Chief Minister Arlo Venn also pitched for strengthening trade ties with Norvane."),
    ])


def test_pitched_for_a_team_or_a_count_is_no_statement():
    """Guard: a player's pitching for a team or for a number of innings says nothing."""
    assert_statements((
        "Governor Tomas Brell met the veteran Ilan Marsh at the stadium on Sunday.\n\n"
        "Ilan Marsh pitched for the Rellam Rovers for ten years.\n\n"
        "Ilan Marsh pitched for seven innings in the final."
    ), [])


def test_appraised_with_the_meeting_between_commas_then_about_is_a_statement():
    assert_statements((
        "Chief Minister Arlo Venn appraised, during his meeting with U.S. Chargé d’Affaires Ambassador A. Ela Rusk on "
        "Tuesday, about the need for opening a consulate office in Rellam."
    ), [
        ("Arlo Venn", "indirect", "Chief Minister Arlo Venn appraised, during his meeting with U.S. Chargé d’Affaires "
                                  "Ambassador A. Ela Rusk on Tuesday, about the need for opening a consulate office "
                                  "in Rellam."),
    ])


def test_appraised_a_thing_is_no_statement():
    """Guard: "appraised the damage, during the visit, …" with no "about" weighs a thing, says nothing."""
    assert_statements((
        "Chief Minister Arlo Venn appraised the flood damage, during his visit to Rellam on Tuesday, with officials."
    ), [])


def test_called_on_and_it_was_decided_to_is_a_courtesy_call():
    assert_statements((
        "Consul General Barry Tolland called on Chief Minister Arlo Venn here on Thursday and it was decided to open "
        "a consulate in Rellam.\n\n"
        "The Chief Minister said that the state is keen to partner with Norvane."
    ), [
        ("Arlo Venn", "indirect", "The Chief Minister said that the state is keen to partner with Norvane."),
    ])


def test_called_on_whom_to_do_is_still_an_appeal():
    """Guard: "called on the envoys to help …" stays an appeal."""
    assert_statements((
        "Chief Minister Arlo Venn called on the visiting envoys to help open a consulate in Rellam."
    ), [
        ("Arlo Venn", "indirect", "Chief Minister Arlo Venn called on the visiting envoys to help open a consulate in "
                                  "Rellam."),
    ])


def test_consul_general_at_a_city_then_the_consulates_tweet_is_no_ones():
    assert_statements((
        "Chief Minister Arlo Venn met the newly appointed US Consul General at Rellam Judith Ravin.\n\n"
        "The US consulate general, Rellam, tweeted that several issues were discussed at the meeting.\n\n"
        "Ravin congratulated Venn on Norvane topping the startup ranking."
    ), [
        ("Judith Ravin", "indirect", "Ravin congratulated Venn on Norvane topping the startup ranking."),
    ])


def test_a_place_after_at_with_no_envoys_office_is_left_alone():
    """Guard: "at" a place after an office that is no envoy's ("Professor at Rellam University Tomas Brell") is not
    read by the envoy's rule: the professor is who speaks."""
    assert_statements((
        "Chief Minister Arlo Venn met Professor Tomas Brell at Rellam University on Monday.\n\n"
        "Professor Tomas Brell said that the programme would grow."
    ), [
        ("Tomas Brell", "indirect", "Professor Tomas Brell said that the programme would grow."),
    ])


def test_a_release_quoted_telling_of_the_chief_ministers_words_is_his_statement():
    """"“The Chief Minister expressed happiness over …,” the statement said." after "according to the statement issued by
    the Chief Minister's Office": the release's words, read as they tell, the CM's indirect statement."""
    assert_statements((
        "Consul General Barry Tolland called on Chief Minister Arlo Venn here on Thursday.\n\n"
        "The meeting focused on trade, according to the statement issued by the Chief Minister's Office.\n\n"
        "\"The Chief Minister expressed happiness over the opening of the Norvanian Consulate in Rellam in a few "
        "days,\" the statement said."
    ), [
        ("Arlo Venn", "indirect", "The Chief Minister expressed happiness over the opening of the Norvanian Consulate "
                                  "in Rellam in a few days"),
    ])


def test_a_release_quoted_in_the_passive_stays_no_ones():
    """Guard: the release's words with no one speaking in them ("… were highlighted") give no statement."""
    assert_statements((
        "Consul General Barry Tolland called on Chief Minister Arlo Venn here on Thursday.\n\n"
        "The meeting focused on trade, according to the statement issued by the Chief Minister's Office.\n\n"
        "\"The good relations between Rellam and Norvane were highlighted at the meeting,\" the statement said."
    ), [])
