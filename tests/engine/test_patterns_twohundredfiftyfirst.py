"""Readings of real UK Government text of stop 31 (two-hundred-fifty-first set): a gov.uk readout
that calls a Secretary of State by the short style alone ("The Defence Secretary", "The Business
Secretary") and never names the holder.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_unnamed_defence_secretary_speaks_as_his_office():
    """"The Defence Secretary refuted these claims and cautioned that such allegations should not be used as a
    pretext for greater escalation." (two-hundred-fifty-first shoigu): a readout of his own office never names
    him; the short style alone is one person, who speaks."""
    body = (
        "The Defence Secretary spoke with his Kastravian counterpart, Oren Vask, this afternoon. "
        "Minister Vask alleged that the border drills were a threat to his country.\n\n"
        "The Defence Secretary refuted these claims and cautioned against any escalation."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Minister Vask alleged that the border drills were a threat to his country."),
        ("The Defence Secretary", "indirect",
         "The Defence Secretary refuted these claims and cautioned against any escalation."),
    ], title="Statement on Defence Secretary's call with Kastravian Defence Minister")


def test_an_unnamed_business_secretary_is_not_the_prime_minister():
    """"The Business Secretary provided an update on the government’s new Energy Security Strategy … He said that
    these commitments would see 95% of Great Britain’s electricity become low carbon by 2030." (two-hundred-fifty-
    first business council): the Business Secretary, unnamed, and "He" after him is he, not the Prime Minister."""
    body = (
        "The Prime Minister began by updating the Council on the plans for new ports. "
        "He stressed the need for business and government to work together.\n\n"
        "The Business Secretary provided an update on the new energy strategy. "
        "He said that these commitments would make the grid cleaner by 2030."
    )
    assert_statements(body, [
        ("The Prime Minister", "indirect",
         "The Prime Minister began by updating the Council on the plans for new ports."),
        ("The Prime Minister", "indirect", "He stressed the need for business and government to work together."),
        ("The Business Secretary", "indirect", "The Business Secretary provided an update on the new energy strategy."),
        ("The Business Secretary", "indirect", "He said that these commitments would make the grid cleaner by 2030."),
    ], title="Business Council meeting: 4 March 2031")


def test_a_named_home_secretary_keeps_her_name():
    """Guard: "Home Secretary Mara Olsen spoke to … The Home Secretary stressed …": the office named with its
    holder is she, not a second person known by the office."""
    body = (
        "Home Secretary Mara Olsen spoke to Karel Dunst, Kastravia’s Minister for Home Affairs.\n\n"
        "The Home Secretary stressed that border security was a shared priority."
    )
    assert_statements(body, [
        ("Mara Olsen", "indirect", "The Home Secretary stressed that border security was a shared priority."),
    ], title="Home Secretary call with her Kastravian counterpart")


def test_the_secretary_of_state_is_the_unnamed_defence_secretary():
    """"The Defence Secretary also reiterated UK and wider international support for Ukraine … The Secretary of
    State observed that both Ministers were professional and respectful on the call." (two-hundred-fifty-first
    shoigu): the short style's holder is the Secretary of State for Defence, whom "the Secretary of State" means."""
    body = (
        "The Defence Secretary spoke with his Kastravian counterpart, Oren Vask, this afternoon.\n\n"
        "The Defence Secretary refuted these claims and cautioned against any escalation.\n\n"
        "The Secretary of State observed that both Ministers were professional on the call."
    )
    assert_statements(body, [
        ("The Defence Secretary", "indirect",
         "The Defence Secretary refuted these claims and cautioned against any escalation."),
        ("The Defence Secretary", "indirect",
         "The Secretary of State observed that both Ministers were professional on the call."),
    ], title="Statement on Defence Secretary's call with Kastravian Defence Minister")


def test_a_named_secretary_of_state_stays_the_secretary_of_state():
    """Guard: with a Secretary of State named ("Secretary of State Lena Marsh"), "The Secretary of State" after
    her words is she, not the unnamed Defence Secretary of the same readout."""
    body = (
        "The Defence Secretary met Secretary of State Lena Marsh of Kastravia in London.\n\n"
        "The Defence Secretary stressed the value of joint exercises.\n\n"
        "Secretary of State Lena Marsh said that Kastravia would send two ships. "
        "The Secretary of State also noted the progress of the harbour talks."
    )
    assert_statements(body, [
        ("The Defence Secretary", "indirect", "The Defence Secretary stressed the value of joint exercises."),
        ("Lena Marsh", "indirect", "Secretary of State Lena Marsh said that Kastravia would send two ships."),
        ("Lena Marsh", "indirect", "The Secretary of State also noted the progress of the harbour talks."),
    ], title="Defence Secretary meets Kastravian Secretary of State")
