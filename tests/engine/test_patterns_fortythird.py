"""Patterns found by the fortythird held-out set (real Kremlin news readouts, 2001-2013).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_label_with_a_sees_style_and_all():
    """"Metropolitan Ilarion of Tarvik and All Ostrava: …": a see's style after the name
    ("of X and All Y") is one person's title, not two people joined by "and", so the
    label is his and so are the paragraphs after it."""
    body = (
        "Petr Halen congratulated Metropolitan Ilarion of Tarvik and All Ostrava on the anniversary of his enthronement.\n\n"
        "* * *\n\n"
        "President of Ostrava Petr Halen: Your Eminence, I congratulate you on this day.\n\n"
        "Metropolitan Ilarion of Tarvik and All Ostrava: Thank you very much, Mr President.\n\n"
        "Ten years have passed since I took on this service.\n\n"
        "Petr Halen: Happy holiday to you!"
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen congratulated Metropolitan Ilarion of Tarvik and All Ostrava on the "
                                   "anniversary of his enthronement."),
        ("Petr Halen", "direct", "Your Eminence, I congratulate you on this day."),
        ("Ilarion", "direct", "Thank you very much, Mr President."),
        ("Ilarion", "direct", "Ten years have passed since I took on this service."),
        ("Petr Halen", "direct", "Happy holiday to you!"),
    ])


def test_a_pull_quote_inside_the_next_turn_is_its_first_speakers():
    """A Kremlin pull-quote (”…“, reversed marks) that the page sets inside the next
    speaker's turn repeats words said before it: they are the first speaker's, and the
    turn of the one speaking goes on after it."""
    body = (
        "Petr Halen met with Governor of Tarvik Region Oleg Darin.\n\n"
        "* * *\n\n"
        "President of Ostrava Petr Halen: Mr Darin, the region faces major challenges. "
        "I know that the people of the region need to feel that they are heard by the authorities.\n\n"
        "Governor of Tarvik Region Oleg Darin: Thank you for your trust, Mr President.\n\n"
        "”The people of the region need to feel that they are heard by the authorities.“\n\n"
        "We will open new schools this year.\n\n"
        "Petr Halen: I wish you success."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Mr Darin, the region faces major challenges. I know that the people of the region "
                                 "need to feel that they are heard by the authorities."),
        ("Oleg Darin", "direct", "Thank you for your trust, Mr President."),
        ("Petr Halen", "direct", "The people of the region need to feel that they are heard by the authorities."),
        ("Oleg Darin", "direct", "We will open new schools this year."),
        ("Petr Halen", "direct", "I wish you success."),
    ])


def test_the_message_a_title_says_was_sent_speaks_for_its_sender():
    """Under "X sent a message to Y", "The message stressed that …", "His message expressed
    hope …" and "In that context the message expressed readiness …" are X's statements (his
    message with no author of its own), and a sentence after them carries his words on."""
    body = (
        "The message stressed that Ostrava would continue to focus on integration. "
        "The relevant programmes must be implemented.\n\n"
        "President Halen noted that the talks had been useful.\n\n"
        "His message expressed hope that the customs union would be ready by May.\n\n"
        "In that context the message expressed readiness to send a group of experts to Tarvik."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The message stressed that Ostrava would continue to focus on integration."),
        ("Petr Halen", "indirect", "The relevant programmes must be implemented."),
        ("Petr Halen", "indirect", "President Halen noted that the talks had been useful."),
        ("Petr Halen", "indirect", "His message expressed hope that the customs union would be ready by May."),
        ("Petr Halen", "indirect", "In that context the message expressed readiness to send a group of experts to Tarvik."),
    ], title="President Petr Halen sent a message to Velmoran President Ivo Marek")


def test_since_questions_related_to_is_a_clause_not_the_journalists_questions():
    """"Since questions related to X belonged to …, his country was prepared to …" right after
    the President's statement carries his words on: "questions related to" here opens a
    clause, not "Journalists' questions related to …" (the readout's narrative)."""
    body = (
        "President Petr Halen noted that Ostrava was seriously concerned about the situation in the valley. "
        "Since questions related to internal stability belonged to the competence of the local authorities, "
        "his country was prepared to help only at their request."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "President Petr Halen noted that Ostrava was seriously concerned about the "
                                   "situation in the valley."),
        ("Petr Halen", "indirect", "Since questions related to internal stability belonged to the competence of the "
                                   "local authorities, his country was prepared to help only at their request."),
    ])


def test_a_message_of_congratulations_after_an_apposition_and_one_explaining_views():
    """"The President sent Patriarch X, the head of the Church, a message of congratulations."
    (an apposition between the addressee and the message) and "sent Velmoran President Ivo
    Marek a special message explaining his views on …" (the message's content named) are the
    sender's statements; a bare "sent a message to …" stays narrative."""
    body = (
        "Earlier, the President sent Archbishop Anton, the head of the Ostravan Church, a message of congratulations.\n\n"
        "On May 4, President Petr Halen sent Velmoran President Ivo Marek a special message explaining his views "
        "on the border.\n\n"
        "President Petr Halen also sent a message to the Tarvik forum."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Earlier, the President sent Archbishop Anton, the head of the Ostravan Church, "
                                   "a message of congratulations."),
        ("Petr Halen", "indirect", "On May 4, President Petr Halen sent Velmoran President Ivo Marek a special message "
                                   "explaining his views on the border."),
    ], title="Meeting with President of Ostrava Petr Halen")


def test_an_agentless_order_does_not_carry_a_report_on():
    """"The President instructed the ministers to report …. The Defence Ministry was told to
    draft proposals …": an agentless passive order says no one speaks (GOLD-FORMAT), so it
    does not carry the President's instruction on."""
    body = (
        "The President instructed the Border Service Director and the Defence Minister to report on the "
        "strengthening of the southern frontiers. The Defence Ministry was told to draft proposals on "
        "special operations."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President instructed the Border Service Director and the Defence Minister to "
                                   "report on the strengthening of the southern frontiers."),
    ], title="President Petr Halen chaired a meeting with senior officials of law enforcement agencies")
