"""Patterns found by the fiftyninth held-out set (real Kremlin news readouts, 2003 and 2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_below_is_the_full_text_of_the_message_is_a_lead_in():
    """"Below is the full text of the message." announces the text the title says its host
    sent, as "The message reads:" does: each quoted paragraph after it is the sender's."""
    body = (
        "Below is the full text of the message.\n\n"
        "“I am glad to send my greetings to all the participants in the summit in Tarvo.\n\n"
        "“The situation in the region is worrying. I am sure that a peaceful settlement is possible.\n\n"
        "“I wish you success in your work.”"
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "I am glad to send my greetings to all the participants in the summit in Tarvo."),
        ("Petr Halen", "direct",
         "The situation in the region is worrying. I am sure that a peaceful settlement is possible."),
        ("Petr Halen", "direct", "I wish you success in your work."),
    ], title="President Petr Halen sent a message to the participants in the summit of the Velmoran League")


def test_a_paragraph_that_lost_its_opening_mark_between_two_that_reopen_a_quotation():
    """A quotation run over paragraphs reopens on each one; a middle paragraph with no mark
    whose next paragraph reopens the quotation lost its opening mark: it is the same
    speaker's words, not narrative."""
    body = (
        "Petr Halen opened the congress in Tarvo with a speech. “We have done much this year.\n\n"
        "Our economy grew by five percent, and unemployment fell to a record low.\n\n"
        "“We will do even more next year,” Mr Halen said."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "We have done much this year."),
        ("Petr Halen", "direct", "Our economy grew by five percent, and unemployment fell to a record low."),
        ("Petr Halen", "direct", "We will do even more next year,"),
    ])


def test_his_opening_remarks_is_a_noun_before_the_subject():
    """"In his opening remarks President X emphasised that …": "remarks" after its owner and
    the kind of remarks is a noun, not a verb whose subject is "his opening", so the
    sentence is X's."""
    body = (
        "President Petr Halen chaired a meeting of the State Council on housing.\n\n"
        "In his opening remarks President Petr Halen emphasised that the mortgage system should be market-based. "
        "He said this was the key condition for new housing."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect",
         "In his opening remarks President Petr Halen emphasised that the mortgage system should be market-based."),
        ("Petr Halen", "indirect", "He said this was the key condition for new housing."),
    ])


def test_mr_x_after_an_opening_phrase_naming_a_president_of_a_country_is_the_subject():
    """"Following the meeting with President of Velmora Anton Brask, Mr Halen also confirmed
    that …": "Mr Halen" after the comma is a man, not a place that would make the
    President of Velmora the subject (as "Mayor X of Wilmington, Delaware praised" does)."""
    body = (
        "President Petr Halen visited the space centre at Tarvo.\n\n"
        "Following the meeting with President of Velmora Anton Brask, Mr Halen also confirmed that "
        "his country is ready to establish an investment bank jointly with Velmora."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect",
         "Following the meeting with President of Velmora Anton Brask, Mr Halen also confirmed that "
         "his country is ready to establish an investment bank jointly with Velmora."),
    ])


def test_a_report_after_an_opening_sentence_of_the_pair_carries_on():
    """"The two leaders’ talks were focused on Olmen. Mr X told … He said … The situation
    was also to be discussed during …": the report that follows what the pair did together
    is told on to the end of the paragraph, as it is when it opens the paragraph."""
    body = (
        "President Petr Halen met with Chancellor Anton Brask.\n\n"
        "The two leaders’ talks were focused on Olmen. Mr Halen told his counterpart about the efforts "
        "his country was taking. He said the special envoy had met with officials in Tarvo. "
        "The situation was also to be discussed during the Foreign Minister’s talks in Olmen."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Mr Halen told his counterpart about the efforts his country was taking."),
        ("Petr Halen", "indirect", "He said the special envoy had met with officials in Tarvo."),
        ("Petr Halen", "indirect",
         "The situation was also to be discussed during the Foreign Minister’s talks in Olmen."),
    ])


def test_welcoming_a_guest_on_a_square_is_a_hosts_act():
    """"President Y warmly welcomed President X on Tarvo Square": a greeting ceremony, a
    host's act (as "welcomed X to the White House"), not words; "welcomed the decision …"
    stays a statement."""
    body = (
        "President Petr Halen arrived in Olmen on a state visit.\n\n"
        "Velmoran President Anton Brask warmly welcomed President Petr Halen on Tarvo Square. "
        "After the official greeting ceremony, Mr Halen laid wreaths at the monument.\n\n"
        "Mr Brask welcomed the decision to build a new bridge."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Mr Brask welcomed the decision to build a new bridge."),
    ])
