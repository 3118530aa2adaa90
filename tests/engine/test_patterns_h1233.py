"""Rules from the nine-hundred-forty-fifth held-out set (the Menteri Besar of Kelantan, Malaysia, and those who speak
of his meetings, 2011-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The leaders of the Dorvan party met in Velmora on Sunday to choose the new chief minister. "


def test_a_bare_office_and_a_ranked_lower_case_office_are_one_holders():
    """"Kelantan PAS commissioner and outgoing menteri besar Ahmad Yakob said …" (FMT 2023-08-14): a bare office with
    no name or article, "and", "outgoing" and a second office in lower case before the name: one holder of both, who
    speaks. Before, the two offices were read as a pair and the sentence (and the quotations after it) no one's."""
    body = (_OPENING + "Dorvan party commissioner and outgoing chief minister Ivo Ranst said all the names were "
            "approved by the president.\n\n“We cannot reveal who the three candidates are,” he said.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Dorvan party commissioner and outgoing chief minister Ivo Ranst said all the names "
         "were approved by the president."),
        ("Ivo Ranst", "direct", "We cannot reveal who the three candidates are,"),
    ])


def test_a_bare_office_and_a_former_lower_case_office_are_one_holders():
    """The same with "former": "Party commissioner and former governor X said that …", his."""
    body = (_OPENING + "Party commissioner and former governor Ivo Ranst said that the talks went well.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Party commissioner and former governor Ivo Ranst said that the talks went well."),
    ])


def test_a_named_holder_and_a_ranked_office_are_still_a_pair():
    """The guards: a name before "and" ("Party chairman X and outgoing governor Y said …") and an article before the
    first office ("The party chairman and outgoing governor Y said …") are two people: no one's, as before."""
    body = (_OPENING + "Party chairman Maro Velik and outgoing governor Ivo Ranst said the talks went well. "
            "The party chairman and outgoing governor Ivo Ranst said the list was ready.")
    assert_statements(body, [])


def test_said_this_when_asked_is_only_the_occasion():
    """"He said this when asked to comment on the steps being taken to address …" (Malay Mail 2024-04-17, Bernama):
    the question put to him is only the occasion of the words before, no statement of its own ("asked" and "comment"
    name the question). Before, the sentence was his."""
    body = ("Chief Minister Ivo Ranst said the federal government had offered to help with the water supply. "
            "He said this when asked to comment on the steps being taken to address the state’s water issue. "
            "He also said this after being asked about the drought.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Chief Minister Ivo Ranst said the federal government had offered to help with the "
         "water supply."),
    ])


def test_said_this_when_asked_then_adding_still_speaks():
    """The guard: a clause of speech after the question's comma ("…, adding that …") is still his."""
    body = ("Chief Minister Ivo Ranst said the federal government had offered to help. "
            "He said this when asked about the talks, adding that the state would cooperate.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Chief Minister Ivo Ranst said the federal government had offered to help."),
        ("Ivo Ranst", "indirect", "He said this when asked about the talks, adding that the state would cooperate."),
    ])
