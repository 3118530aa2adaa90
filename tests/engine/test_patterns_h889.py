"""Helper h889 (sixhundredseventieth, the Telangana Chief Minister's Office as Indian papers print it): a request for
money ("sought funds for the state"), a day's greetings named at length ("greeted people on the occasion of the
<State> Formation Day"), and a host's honour given with a gift ("felicitated X with a shawl and a memento"), which is
no speech, while "felicitated X on his victory" still is (all in lexicon._COMPLEMENTS)."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_sought_funds_is_a_request():
    """"He also sought funds for the state …": asked for money, as "sought … assistance"; before, no statement."""
    assert_statements(
        "Chief Minister Ravi Kumar met the Union Minister in Delhi on Friday.\n\n"
        "Kumar requested the Minister to release the pending grants.\n\n"
        "He also sought funds for the state to develop backward areas.", [
            ("Ravi Kumar", "indirect", "Kumar requested the Minister to release the pending grants."),
            ("Ravi Kumar", "indirect", "He also sought funds for the state to develop backward areas."),
        ])


def test_sought_to_reach_is_no_request():
    """Guard: "sought to reach the capital" an attempt, no speech."""
    assert_statements(
        "Chief Minister Ravi Kumar thanked the pilots for their work.\n\n"
        "He sought to reach the capital before the storm.", [
            ("Ravi Kumar", "indirect", "Chief Minister Ravi Kumar thanked the pilots for their work."),
        ])


def test_greeted_on_the_occasion_of_a_long_named_day():
    """"greeted people on the occasion of the Velmar Formation Day": a day's greetings, the day's name longer than
    the five words allowed before "Day"; before, no statement."""
    assert_statements(
        "Chief Minister Anil Varma has greeted people on the occasion of the Velmar State Formation Day on Monday.", [
            ("Anil Varma", "indirect",
             "Chief Minister Anil Varma has greeted people on the occasion of the Velmar State Formation Day on "
             "Monday."),
        ])


def test_greeted_at_the_entrance_is_no_speech():
    """Guard: "greeted the guests at the entrance" a host's welcome, no speech."""
    assert_statements(
        "Chief Minister Anil Varma thanked the organisers.\n\nVarma greeted the guests at the entrance of the hall.", [
            ("Anil Varma", "indirect", "Chief Minister Anil Varma thanked the organisers."),
        ])


def test_felicitated_with_a_shawl_is_no_speech():
    """"CM X felicitated Y with a shawl and a memento.": an honour given with a gift; before, X's statement."""
    assert_statements(
        "Chief Minister Ravi Kumar welcomed Chief Minister Arun Das to the residence.\n\n"
        "On the occasion, CM Kumar felicitated Arun Das with a shawl and a memento.", [
            ("Ravi Kumar", "indirect", "Chief Minister Ravi Kumar welcomed Chief Minister Arun Das to the residence."),
        ])


def test_felicitated_on_a_victory_still_speaks():
    """Guard: "felicitated X on his victory" congratulated, a statement."""
    assert_statements(
        "Chief Minister Ravi Kumar met Chief Minister Arun Das on Friday.\n\n"
        "Kumar felicitated Das on his victory in the election.", [
            ("Ravi Kumar", "indirect", "Kumar felicitated Das on his victory in the election."),
        ])


def test_a_leaders_initials_in_capitals_are_his():
    """"Chief Minister K Chandra Velu …", then "KCV requested …": the letters of his three names, his
    (people.Registry._initials_of_a_full_name); before, no one's."""
    assert_statements(
        "Chief Minister K Chandra Velu called on the Union Minister in Delhi on Friday.\n\n"
        "KCV left for Delhi by a special flight.\n\n"
        "KCV requested the Minister to raise the capacity of the canal project.", [
            ("K Chandra Velu", "indirect", "KCV requested the Minister to raise the capacity of the canal project."),
        ])


def test_a_bodys_initials_with_the_article_are_no_one():
    """Guard: "The IMF welcomed …" after "Ivan Mark Fedorov": a body with its article, no one; and two letters
    ("RK") are too few to read as a name's initials."""
    assert_statements(
        "Finance Minister Ivan Mark Fedorov thanked the mission for its work.\n\n"
        "The IMF welcomed the reforms of the government.\n\n"
        "Chief Minister Ravi Kumar met the delegation.\n\nRK requested the delegation to invest in the state.", [
            ("Ivan Mark Fedorov", "indirect", "Finance Minister Ivan Mark Fedorov thanked the mission for its work."),
        ])


def test_a_courtesy_call_ends_where_a_pairs_where_clause_opens():
    """"X … first called on Union Home Minister Y, where they discussed issues pertaining to the state.": a visit, the
    pair's "where" clause its topic, its "to" no appeal's (lexicon "call" complement); before, X's appeal."""
    assert_statements(
        "Chief Minister Ravi Kumar thanked the officials.\n\n"
        "The Chief Minister, accompanied by his Deputy, first called on Union Home Minister Arun Das, where they "
        "discussed issues pertaining to the state.", [
            ("Ravi Kumar", "indirect", "Chief Minister Ravi Kumar thanked the officials."),
        ])


def test_a_where_clause_of_the_callers_own_speech_still_speaks():
    """Guard: "called on Minister Y, where he stressed …": one man's speech in the "where" clause, his."""
    assert_statements(
        "Chief Minister Ravi Kumar called on Minister Arun Das, where he stressed the need for funds.", [
            ("Ravi Kumar", "indirect",
             "Chief Minister Ravi Kumar called on Minister Arun Das, where he stressed the need for funds."),
        ])
