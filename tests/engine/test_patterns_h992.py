"""Helper h992 (sevenhundredfiftythird, the Parliamentary Assembly of Bosnia and Herzegovina's releases): "whilst" joins
a second speaker's clause as "while" does ("X addressed the audience …, whilst the Speaker of the House, Y, spoke about
…": Y's clause only, his); and a lead-in that only passes words on ("X expressed his wish to convey the following to the
public:") is no statement of its own, the quotation after it X's."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_whilst_opens_a_second_speakers_clause():
    body = (
        "The Speaker of the Senate, Marko Delvic, addressed the audience during the first panel, whilst the Speaker "
        "of the Assembly, Ivan Petrak, spoke about the railway cooperation.\n"
    )
    assert_statements(body, [
        ("Ivan Petrak", "indirect", "the Speaker of the Assembly, Ivan Petrak, spoke about the railway cooperation."),
    ])


def test_whilst_splits_two_speakers_clauses():
    body = (
        "The Speaker of the Senate, Marko Delvic, stressed the role of parliaments, whilst the Speaker of the "
        "Assembly, Ivan Petrak, said that the railway matters most.\n"
    )
    assert_statements(body, [
        ("Marko Delvic", "indirect", "The Speaker of the Senate, Marko Delvic, stressed the role of parliaments"),
        ("Ivan Petrak", "indirect", "the Speaker of the Assembly, Ivan Petrak, said that the railway matters most."),
    ])


def test_whilst_inside_one_speakers_words_stays_his():
    # guard: "whilst" with no speaker of its own after it leaves the sentence whole
    body = (
        "The Speaker of the Senate, Marko Delvic, stressed that trade grew, whilst the railway still lags behind.\n"
    )
    assert_statements(body, [
        ("Marko Delvic", "indirect",
         "The Speaker of the Senate, Marko Delvic, stressed that trade grew, whilst the railway still lags behind."),
    ])


def test_a_wish_to_convey_the_following_only_leads_in():
    body = (
        "During a meeting with the Speaker of the Assembly of Norland, Tomas Brekke, the President of the Senate of "
        "Westia, Karel Dvorak, expressed his wish to convey the following to the Norland public:\n\n"
        "\"The President of the Senate of Westia, Karel Dvorak, strongly supports the new initiative of the Union.\"\n"
    )
    assert_statements(body, [
        ("Karel Dvorak", "direct",
         "The President of the Senate of Westia, Karel Dvorak, strongly supports the new initiative of the Union."),
    ])


def test_the_following_said_to_the_public_only_leads_in():
    body = (
        "Karel Dvorak, the President of the Senate, said the following to the public:\n\n"
        "\"We strongly support the new initiative of the Union.\"\n"
    )
    assert_statements(body, [
        ("Karel Dvorak", "direct", "We strongly support the new initiative of the Union."),
    ])


def test_a_wish_with_words_of_its_own_stays_a_statement():
    # guard: a wish that says what is wished is the speaker's own, the colon only leading in
    body = (
        "Karel Dvorak, the President of the Senate, expressed his wish to deepen the cooperation with Norland:\n\n"
        "\"We strongly support the new initiative of the Union.\"\n"
    )
    assert_statements(body, [
        ("Karel Dvorak", "indirect",
         "Karel Dvorak, the President of the Senate, expressed his wish to deepen the cooperation with Norland"),
        ("Karel Dvorak", "direct", "We strongly support the new initiative of the Union."),
    ])
