"""Patterns found by the ninetyfourth held-out set (real Kremlin news readouts, 2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_according_to_a_persons_information_is_their_statement():
    """"Mr.Putin asked about the level of salary … According to the Governor’s information, the
    salary of budget workers … comes to …": the Governor's own account, his statement as "According
    to the Governor, …" is, not a carry-on of the question before it."""
    body = (
        "Anton Brask asked about the level of wages in the public sector. According to the Governor’s "
        "information, wages in the region come to 900 crowns, and there are no delays in payment."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Anton Brask asked about the level of wages in the public sector."),
        ("Ivo Lund", "indirect", "According to the Governor’s information, wages in the region come to 900 "
                                 "crowns, and there are no delays in payment."),
    ], title="Anton Brask held a working meeting with Ivo Lund, the Governor of the Varna Region")


def test_according_to_a_persons_estimates_with_a_name():
    """The same with a name and another noun of one's own account ("According to Mr Lund’s
    estimates, …"); "according to the President’s instructions" stays no one's statement."""
    body = (
        "Anton Brask asked about the harvest. According to Mr Lund’s estimates, the harvest will reach two "
        "million tonnes this year."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Anton Brask asked about the harvest."),
        ("Ivo Lund", "indirect", "According to Mr Lund’s estimates, the harvest will reach two million tonnes "
                                 "this year."),
    ], title="Anton Brask held a working meeting with Governor of the Varna Region Ivo Lund")


def test_a_quoted_title_inside_a_quotation_left_open_keeps_it_going():
    """"The message reads: / “It is with great satisfaction … A clear sign of this was the exhibition
    “Russia-Italy. Through the centuries” which drew major interest in Rome and Moscow. I would also
    like to note … / I am sure that …”": the pair inside, which the sentence runs on past, is a
    title; the quotation goes on to its paragraph's end and into the next, which closes it."""
    body = (
        "The message reads:\n\n"
        "“We note the good progress of our relations. A sign of this was the festival “Norland Days. "
        "A Week of Music” which drew many visitors in Varna. I would also like to note the new air "
        "link.\n\n"
        "I am sure that our cooperation will go on.”"
    )
    assert_statements(body, [
        ("Anton Brask", "direct", "We note the good progress of our relations. A sign of this was the festival "
                                  "“Norland Days. A Week of Music” which drew many visitors in Varna. I would "
                                  "also like to note the new air link."),
        ("Anton Brask", "direct", "I am sure that our cooperation will go on."),
    ], title="Anton Brask sent a message of congratulations to President of Norland Ivo Lund")
