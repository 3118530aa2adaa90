"""Rules from the nine-hundred-seventy-fourth held-out set (the Governor of Cameroon's Littoral Region, Douala, and those
at or of his meetings, 2014-2022): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_quotation_then_the_revelation_was_made_by():
    """"“I will ensure …” The revelation was made by X, Consul General in Y, shortly after …" (allAfrica 2017-08-10): a
    back-reference naming the quotation before as X's, as "The remarks were made by X" does. Before, the quotation was
    no one's."""
    body = ("Norland's new envoy received his credentials in Dorva on Wednesday.\n\n"
            "\"I will protect the interest of our citizens in Kord.\" The revelation was made by Tomas Verel, "
            "Consul General in Dorva, shortly after the ceremony.")
    assert_statements(body, [
        ("Tomas Verel", "direct", "I will protect the interest of our citizens in Kord."),
    ])


def test_quotation_then_the_statement_was_made_by():
    """The same back-reference with "The statement was made by X" after a quotation."""
    body = ("The port of Dorva reopened on Monday.\n\n"
            "\"We will double the traffic within a year.\" The statement was made by Ana Kessel, "
            "director of the port, at a press briefing.")
    assert_statements(body, [
        ("Ana Kessel", "direct", "We will double the traffic within a year."),
    ])


def test_quotation_then_the_announcement_was_made_by_stays_as_it_was():
    """The guard: "The announcement was made by X" is no back-reference this rule adds (the 525th's and 900th's golds
    leave the sentence before it no one's): the quotation stays no one's (no one named), as on base."""
    body = ("The port of Dorva reopened on Monday.\n\n"
            "\"We will double the traffic within a year.\" The announcement was made by Ana Kessel, "
            "director of the port, at a press briefing.")
    assert_statements(body, [])


def test_issued_a_decision_for_people_not_to():
    """"… the governor of the region X issued a decision for people not to drink in bars …" (Mimi Mefo Info
    2020-04-07): an order to those named after "for", as "issued an order to begin …". Before, nothing was found."""
    body = "Last week, Governor Tomas Verel issued a decision for people not to gather in the markets of Dorva."
    assert_statements(body, [
        ("Tomas Verel", "indirect",
         "Last week, Governor Tomas Verel issued a decision for people not to gather in the markets of Dorva."),
    ])


def test_issued_a_decision_on_a_thing_is_no_order():
    """The guard: "issued a decision on the land dispute" bids no one do anything: an act, nothing (as on base)."""
    body = "Last week, Governor Tomas Verel issued a decision on the land dispute in Dorva."
    assert_statements(body, [])


def test_sdo_initials_before_the_name_after_an_opener():
    """"In the document, SDO X on the instructions of the governor … suspends an earlier measure … He however called on
    people …" (Mimi Mefo Info 2020-04-07): "SDO" (a Senior Divisional Officer) an office before the name, as "MEC" and
    "MCE", so that the name is read after the sentence's opener and "He" is its holder. Before, nothing was found."""
    body = ("In the document, SDO Tomas Verel suspends an earlier measure on the markets.\n\n"
            "He however called on traders in the division to respect the rules.")
    assert_statements(body, [
        ("Tomas Verel", "indirect", "He however called on traders in the division to respect the rules."),
    ])


def test_for_him_then_a_modal_is_his_view():
    """"… He notified it … and urged the police to be even more vigilant." / "For him, Douala 4e could host dormant cells
    …" (Afrinews 2018-07-02): the French "Pour lui, …" in translation, his view as "in his view". Before, only the first
    sentence was found."""
    body = ("Mayor Tomas Verel urged the police to be more vigilant. For him, Dorva 4e could host dormant cells "
            "of armed groups.")
    assert_statements(body, [
        ("Tomas Verel", "indirect", "Mayor Tomas Verel urged the police to be more vigilant."),
        ("Tomas Verel", "indirect", "For him, Dorva 4e could host dormant cells of armed groups."),
    ])


def test_for_her_without_a_copula_or_modal_after_narrative_is_nothing():
    """The guard: "For her, the hosts had prepared a dinner …" after a sentence that tells only where she went: a thing
    done for her, no copula nor modal, no view (nothing, as on base)."""
    body = ("Minister Ana Kessel arrived in Dorva on Monday. For her, the hosts had prepared a dinner at the palace "
            "of Kord.")
    assert_statements(body, [])
