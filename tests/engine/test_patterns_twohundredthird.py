"""Rules from the two-hundred-third held-out set (en.kremlin.ru, August 2001-September 2002): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TITLE = "President Arvan Tolmen sent a message to Ostrian President Kesh Dorrel"


def test_a_message_with_a_carrier_relative_clause_is_the_senders():
    """"The message that was delivered by Russian Prime Minister Mikhail Kasyanov, who headed the Russian delegation at
    the World Summit …, said in part: “…”" (two-hundred-third 27373): the title's sender wrote it, the relative clause
    only names who carried it. Before, the intro was the carrier's statement and the quotation his."""
    body = ("The message that was delivered by Foreign Minister Sela Varn, who headed the Lessovian delegation at the "
            "summit in Lond, said in part:\n\n"
            "“Lessovia highly appreciates the political dialogue it is conducting with your country.”\n\n"
            "Mr Tolmen said trade should grow.")
    assert_statements(body, [
        ("Arvan Tolmen", "direct", "Lessovia highly appreciates the political dialogue it is conducting with your country."),
        ("Arvan Tolmen", "indirect", "Mr Tolmen said trade should grow."),
    ], title=_TITLE)


def test_a_carried_message_in_a_relative_clause_with_no_speech_verb_is_no_statement():
    """Guard: "The message that was delivered by X, who …, was well received.": no one speaks."""
    body = ("The message that was delivered by Foreign Minister Sela Varn, who headed the delegation, was well "
            "received.\n\n"
            "Mr Tolmen said trade should grow.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen said trade should grow."),
    ], title=_TITLE)


def test_a_person_accompanied_by_a_minister_still_speaks():
    """Guard: a person, not a message, before a relative passive: "Mr Dorrel, who was accompanied by X, said …" keeps
    its own subject (the carrier reading takes only "message that/which was delivered … by")."""
    body = ("Mr Dorrel, who was accompanied by Foreign Minister Sela Varn, said trade should grow.\n\n"
            "Mr Tolmen said he agreed.")
    assert_statements(body, [
        ("Kesh Dorrel", "indirect", "Mr Dorrel, who was accompanied by Foreign Minister Sela Varn, said trade should grow."),
        ("Arvan Tolmen", "indirect", "Mr Tolmen said he agreed."),
    ], title=_TITLE)


def test_a_message_with_a_content_clause_delivered_by_a_minister_stays_his():
    """Guard: "The message that the talks would go on was delivered by X": "that" opens the message's content, not a
    relative clause; X conveyed it (the relative-"that" reading needs "that" right before the auxiliary)."""
    body = "The message that the talks would go on was delivered by Foreign Minister Sela Varn."
    assert_statements(body, [
        ("Sela Varn", "indirect", "The message that the talks would go on was delivered by Foreign Minister Sela Varn."),
    ], title=_TITLE)


_CALL = "President Arvan Tolmen had a telephone conversation with Ostrian President Kesh Dorrel"


def test_regional_states_after_a_call_goes_on_with_the_callers_report():
    """"Mr Putin called on to urgently come to an accord on the new Caspian status. Such an accord would help to create
    a firm legal basis for lucrative partnership of all Caspian states—in particular, for …" (two-hundred-third 41760):
    "all Caspian states" is the plural noun, no one "states" anything; the sentence carries his call on. Before,
    "states" read as a verb, the sentence nobody's."""
    body = ("Mr Tolmen called on to urgently come to an accord on the new Lessic status. Such an accord would help "
            "to create a firm legal basis for partnership of all Lessic states—in particular, for the development of "
            "oil extraction.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen called on to urgently come to an accord on the new Lessic status."),
        ("Arvan Tolmen", "indirect",
         "Such an accord would help to create a firm legal basis for partnership of all Lessic states—in particular, "
         "for the development of oil extraction."),
    ], title=_CALL)


def test_the_chairman_states_is_still_a_verb():
    """Guard: an office before "states" ("The Chairman states the need for …") is the speaker, not an adjective:
    the widened pattern takes only "-ian", "-ean", "-can", "-ic", "-ese", "-ish" words."""
    body = "Chairman Sela Varn joined the talks. The Chairman states the need for more trade."
    assert_statements(body, [
        ("Sela Varn", "indirect", "The Chairman states the need for more trade."),
    ], title=_CALL)
