"""Helper h1136 (eighthundredsixtysixth, the Mayor of Manila and those the office meets): (1) "took the opportunity to
tell X about …" is a verb of speech taken from an occasion, as "took the opportunity to inform" is; (2) "call" right
after "courtesy" (or "telephone", "video" …) is a noun, a visit, never the appeal "called on … to"; (3) "focused on"
in a "which" clause is what a meeting covered, no one's words. Rules (2) and (3) let "X gave the assurance during Y's
courtesy call on him which focused on …" say only when the assurance told before was given, as "… during a meeting"
already did. Invented readouts and people."""

from __future__ import annotations

from .test_patterns import assert_statements

_MET = "Kastravian Ambassador Oren Balt paid a courtesy call on Mayor Elsa Moravec at city hall on Tuesday."
_ASSURED = "Mayor Elsa Moravec assured Ambassador Oren Balt of the safety of Kastravian tourists in the city."


def test_took_the_opportunity_to_tell_is_speech():
    """Before, "tell" was not among the verbs after "took the opportunity to": the sentence was no one's."""
    told = "The mayor took the opportunity to tell Balt about her policies and plans for the capital."
    assert_statements("\n\n".join([_MET, told]), [
        ("Elsa Moravec", "indirect", told),
    ])


def test_took_the_opportunity_to_visit_stays_an_act():
    """The guard: an act after "took the opportunity to" is no statement."""
    visited = "The mayor took the opportunity to visit the old port with Balt."
    assert_statements("\n\n".join([_MET, visited]), [])


def test_gave_the_assurance_during_a_named_guests_courtesy_call_says_only_when():
    """Before, "call on him" after "courtesy" was read as the appeal "called on", so the sentence was a second
    statement of hers."""
    when = "Moravec gave the assurance during Ambassador Oren Balt's courtesy call on her."
    assert_statements("\n\n".join([_ASSURED, when]), [
        ("Elsa Moravec", "indirect", _ASSURED),
    ])


def test_a_which_clause_that_focused_on_topics_says_nothing_of_its_own():
    """Before, "which focused on" was read as someone dwelling on the topics."""
    when = ("Moravec gave the assurance during the ambassador's visit to city hall which focused on heritage, "
            "public safety and trade.")
    assert_statements("\n\n".join([_ASSURED, when]), [
        ("Elsa Moravec", "indirect", _ASSURED),
    ])


def test_called_on_them_to_and_a_person_focusing_stay_speech():
    """The guards: "called on … to" with no "courtesy" before it stays an appeal, and a person who "focused on"
    something stays that person's statement."""
    urged = "Moravec called on Kastravian investors to return to the capital."
    focused = "Balt focused on the need for more direct flights."
    assert_statements("\n\n".join([_MET, urged, focused]), [
        ("Elsa Moravec", "indirect", urged),
        ("Oren Balt", "indirect", focused),
    ])
