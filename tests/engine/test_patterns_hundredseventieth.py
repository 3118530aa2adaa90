"""Rules from the hundred-seventieth held-out set (en.kremlin.ru, July 2001): invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_reply_the_title_sends_is_its_hosts_message():
    """"President X sent a response to a message from President Y" over "The message said, in part: “…”" (42109):
    the quoted reply is X's, the title's host, as under "X sent a reply message to Y". Before, the quotation was given
    to no one."""
    title = "President Arvel Dunmore sent a response to a message from Kestrian President Oren Falk"
    body = ("The message said, in part:\n\n"
            "“I fully agree with you on the importance of our agreements.\n\n"
            "“I am looking forward to our next meeting in Velora.”")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "I fully agree with you on the importance of our agreements."),
        ("Arvel Dunmore", "direct", "I am looking forward to our next meeting in Velora."),
    ], title=title)


def test_a_message_the_title_delivers_from_another_stays_the_authors():
    """The guard: "X delivered a message from President Y" is still Y's message, not the courier's."""
    title = "Minister Arvel Dunmore delivered a message from Kestrian President Oren Falk to the Emir of Velora"
    body = ("The message said, in part:\n\n"
            "“I fully agree with you on the importance of our agreements.”")
    assert_statements(body, [
        ("Oren Falk", "direct", "I fully agree with you on the importance of our agreements."),
    ], title=title)


def test_which_reads_in_part_is_no_part_of_the_sending():
    """"The Russian head of state also sent X a message of greetings, which reads in part:" (42064): the sending is
    the sender's statement (a message of greetings, dev kremlin_58411), the clause that introduces the quotation is
    not (GOLD-FORMAT: the words that introduce a quotation belong to no statement). Before, ", which reads in part"
    was kept in the statement."""
    body = ("President Arvel Dunmore spoke by telephone with President Oren Falk of Kestria.\n\n"
            "The President also sent Oren Falk a message of greetings, which reads in part:\n\n"
            "“I have good memories of our meeting in Velora.”")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "The President also sent Oren Falk a message of greetings"),
        ("Arvel Dunmore", "direct", "I have good memories of our meeting in Velora."),
    ])
