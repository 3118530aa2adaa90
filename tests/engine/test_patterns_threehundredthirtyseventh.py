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


_REMARKS_TITLE = "Remarks by President Dole and President Varga of Kaldoria Before Bilateral Meeting"


def test_a_question_label_with_no_colon_and_the_closing_time_are_no_ones():
    """"Q    Is America back?" / "PRESIDENT MACRON:  Definitely." / "3:03 P.M. BST" (three-hundred-thirty-seventh
    whitehouse_md 2021-06-12 biden_macron_remarks): the White House's "Q" and spaces label a reporter unnamed, and the
    clock line after the last turn tells when the remarks ended; neither goes on with the turn before."""
    body = (
        "Vestra Palace\n\n"
        "3:01 P.M. CET\n\n"
        "PRESIDENT DOLE:  It is good to be here with my friend.\n\n"
        "PRESIDENT VARGA:  Thank you, Mr. President.\n\n"
        "Q    Are the talks going well?\n\n"
        "PRESIDENT DOLE:  Very well.\n\n"
        "Q Mr. President, will you visit Kaldoria?\n\n"
        "PRESIDENT VARGA:  He will.\n\n"
        "3:03 P.M. CET"
    )
    assert_statements(body, [
        ("Dole", "direct", "It is good to be here with my friend."),
        ("Varga", "direct", "Thank you, Mr. President."),
        ("Dole", "direct", "Very well."),
        ("Varga", "direct", "He will."),
    ], title=_REMARKS_TITLE)


def test_a_turn_going_on_after_a_time_in_words_stays_the_speakers():
    """Guard: a paragraph that goes on a turn and opens with a time in a sentence ("12:30 is when the ministers meet.")
    is no clock line alone: still the speaker's words."""
    body = (
        "PRESIDENT DOLE:  We have a full day ahead.\n\n"
        "12:30 is when the ministers meet.\n\n"
        "PRESIDENT VARGA:  Good."
    )
    assert_statements(body, [
        ("Dole", "direct", "We have a full day ahead."),
        ("Dole", "direct", "12:30 is when the ministers meet."),
        ("Varga", "direct", "Good."),
    ], title=_REMARKS_TITLE)


def test_laughs_closing_a_turn_is_no_ones_words():
    """"… that makes me even feel better.  (Laughs.)" (three-hundred-thirty-seventh whitehouse_md biden_macron_remarks):
    the speaker's laugh noted after his last sentence, as "(Laughter.)", is the editor's note, not his words."""
    body = (
        "PRESIDENT DOLE:  I am with my friend; that makes me feel even better.  (Laughs.)\n\n"
        "PRESIDENT VARGA:  Thank you, Mr. President."
    )
    assert_statements(body, [
        ("Dole", "direct", "I am with my friend; that makes me feel even better."),
        ("Varga", "direct", "Thank you, Mr. President."),
    ], title=_REMARKS_TITLE)
