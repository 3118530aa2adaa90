"""Readings of the thirty-first hard set (stop 34): invented releases of a trade union confederation's, a space agency's,
a football federation's and a relief society's press offices.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_frame_of_time_without_its_comma_ends_the_last_turn():
    """"BROTHER X (…): Thank you, … / Later in the day Sister Y met the national executive …" (thirty-first hard set
    norvaal_union_congress_address): a frame of time of three words, with no comma before the name, opens the
    readout's own account again; the narrative and the next report are not the last speaker's words."""
    body = (
        "The General Secretary of the Tamber Workers' League, Ms Ada Penn, addressed the dockers' congress.\n\n"
        "MS PENN: Friends, we are meeting at a hard time for the ports.\n\n"
        "MR ROOK (President of the Dockers' Union): Thank you, General Secretary. We heard you.\n\n"
        "Later in the day Ms Penn met the union's executive in private session. The meeting ran for two hours.\n\n"
        "Ms Penn stressed that no agreement would be signed without a ballot."
    )
    assert_statements(body, [
        ("Ada Penn", "direct", "Friends, we are meeting at a hard time for the ports."),
        ("Rook", "direct", "Thank you, General Secretary. We heard you."),
        ("Ada Penn", "indirect", "Ms Penn stressed that no agreement would be signed without a ballot."),
    ], title="General Secretary addresses the dockers' congress")


def test_a_short_frame_without_a_comma_stays_in_the_turn():
    """Guard: "Later we will …" (two words, no comma) is a speaker's own time, not a frame of the account: the
    paragraph is still the last speaker's."""
    body = (
        "The General Secretary of the Tamber Workers' League, Ms Ada Penn, addressed the dockers' congress.\n\n"
        "MS PENN: Friends, we are meeting at a hard time for the ports.\n\n"
        "Later we will vote on the motion, and Ms Penn will answer your questions."
    )
    assert_statements(body, [
        ("Ada Penn", "direct", "Friends, we are meeting at a hard time for the ports."),
        ("Ada Penn", "direct", "Later we will vote on the motion, and Ms Penn will answer your questions."),
    ], title="General Secretary addresses the dockers' congress")


def test_a_confederation_is_a_body_not_a_person():
    """"The General Secretary of the Norvaal Confederation of Trade Unions, Sister X, …" (thirty-first hard set
    norvaal_union_congress_address): "Confederation" makes the run a body's name, like "Federation"; no Mr Tamber
    Confederation is there to take a later "She added that …", which is the General Secretary's."""
    body = (
        "The General Secretary of the Tamber Confederation of Labour, Ms Ada Penn, met the union's executive.\n\n"
        "The General Secretary, whose father was a docker, would not hear of a deal without a ballot. "
        "She added that the Confederation's lawyers would be at the union's disposal."
    )
    assert_statements(body, [
        ("Ada Penn", "indirect", "She added that the Confederation's lawyers would be at the union's disposal."),
    ], title="General Secretary meets the union's executive")


def test_the_director_general_is_the_untitled_principal_when_everyone_else_holds_an_office():
    """"Dr Imre Vasko instructed the Executive Board … the Director-General criticised the plans …" (thirty-first hard
    set tarrow_space_agency_board): an organisation's release that never gives its own head's office; the untitled
    principal is "the Director-General" when each other person named holds an office, none of them this one."""
    body = (
        "Dr Ivo Marr instructed the Board to submit a revised plan. In his annual report, delivered last month, "
        "the Director-General criticised the plans drawn up by the Board.\n\n"
        "Orbital debris, the Director-General said, was bound up with the Accord.\n\n"
        "The Deputy Director-General for Launch, Ms Oona Pell, conceded that the plan was late."
    )
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Dr Ivo Marr instructed the Board to submit a revised plan."),
        ("Ivo Marr", "indirect", "In his annual report, delivered last month, the Director-General criticised the plans "
                                 "drawn up by the Board."),
        ("Ivo Marr", "indirect", "Orbital debris, the Director-General said, was bound up with the Accord."),
        ("Oona Pell", "indirect", "The Deputy Director-General for Launch, Ms Oona Pell, conceded that the plan was late."),
    ], title="Director-General holds a meeting of the Agency's Board")


def test_the_director_general_is_not_guessed_when_another_untitled_person_is_named():
    """Guard: when another person named holds no office ("Dr Ivo Marr met Ms Oona Pell …"), either may be the
    Director-General: the bare office is given to neither."""
    body = (
        "Dr Ivo Marr met Ms Oona Pell at the Agency's headquarters.\n\n"
        "The Director-General criticised the plans drawn up by the Board."
    )
    assert_statements(body, [], title="Director-General holds a meeting")
