"""Readings of real White House text of stop 35 (three-hundred-thirty-seventh): statements of the press secretary, the NSC
spokesperson and the Vice President's spokesperson on meetings and calls, and remarks before a bilateral meeting (2021-2022).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_CALLS_TITLE = "Statement by Press Secretary Lena Ardo on the President’s Calls with Senator Mara Quill and Chairman Teo Brand"


def test_a_spokesperson_statement_opening_with_a_call_told_is_a_readout():
    """"Statement by Press Secretary X on the President's Calls with …" / "The President spoke to Senator Y and Chairman Z
    today." (three-hundred-thirty-seventh whitehouse_md 2021-06-04 capito_defazio): the first paragraph tells of
    someone else's call, in the third person: the readout's voice, not the press secretary's own words; the body's
    reported speech keeps its speakers."""
    body = (
        "The President spoke to Senator Mara Quill and Chairman Teo Brand today.\n\n"
        "Senator Quill conveyed to the President a new offer from her group."
    )
    assert_statements(body, [
        ("Mara Quill", "indirect", "Senator Quill conveyed to the President a new offer from her group."),
    ], title=_CALLS_TITLE)


def test_a_titled_statement_in_the_first_person_is_still_its_hosts():
    """Guard: "Statement by X, …, following his meeting with Y" / "President Y and I had a productive meeting today."
    is X's own statement (three-hundredth eu_council schmitt): the meeting verb after a pair with "I" leaves it his."""
    body = (
        "President Aren Dole and I had a productive meeting today. "
        "We agreed that our countries must trade more.\n\n"
        "I look forward to visiting Vestra next spring."
    )
    assert_statements(body, [
        ("Lena Ardo", "direct", "President Aren Dole and I had a productive meeting today. "
                                "We agreed that our countries must trade more."),
        ("Lena Ardo", "direct", "I look forward to visiting Vestra next spring."),
    ], title="Statement by Lena Ardo, President of the Council, following her meeting with President Aren Dole")


def test_indicated_to_someone_that_is_said():
    """"He indicated to Senator Capito that he would continue to engage …" (three-hundred-thirty-seventh whitehouse_md
    capito_defazio): the one told between "indicated" and "that", as "told X that"."""
    body = (
        "President Aren Dole spoke with Senator Mara Quill today.\n\n"
        "President Dole indicated to Senator Quill that he would continue to engage both parties."
    )
    assert_statements(body, [
        ("Aren Dole", "indirect", "President Dole indicated to Senator Quill that he would continue to engage both parties."),
    ], title="Readout of President Dole’s Call with Senator Quill")


def test_indicated_a_direction_stays_narrative():
    """Guard: "indicated to the crowd the way to the square" has no "that" nor a clause after the one shown: no
    statement."""
    body = (
        "President Aren Dole visited Vestra today.\n\n"
        "President Dole indicated to the Crowd the way to the square."
    )
    assert_statements(body, [], title="President Dole visited Vestra")
