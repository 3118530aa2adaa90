"""Rules from the twohundredthirtyninth held-out set (UK Government readouts: FCDO, MOD, No 10):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_foreign_secretary_is_not_the_other_countrys_secretary_of_state():
    """"Foreign Secretary meeting with US Secretary of State Mike Pompeo … The Foreign Secretary reiterated his
    disappointment at the US decision …" (twohundredthirtyninth): the Foreign Secretary is the UK's, not the guest
    whom "Secretary Pompeo" calls a secretary too. Before, his words were given to the Secretary of State."""
    body = ("Following the meeting, a Foreign Office spokesperson said:\n\n"
            "The Foreign Secretary met Secretary Marr this evening.\n\n"
            "The Foreign Secretary reiterated his disappointment at the Varnian decision.")
    assert_statements(body, [], title="Foreign Secretary meeting with Varnian Secretary of State Ivo Marr")


def test_a_secretary_of_state_is_still_the_secretary():
    """The guard: "Secretary of State Ivo Marr … The Secretary reiterated …" is still Marr's (a bare "the
    Secretary" is his title)."""
    body = ("Varnian Secretary of State Ivo Marr met the Foreign Minister of Ostrava today.\n\n"
            "The Secretary reiterated his support for the talks.")
    assert_statements(body, [("Ivo Marr", "indirect", "The Secretary reiterated his support for the talks.")])


def test_where_it_was_said_before_a_titled_name_only_leads_in():
    """"Speaking during their meeting at the Pentagon, Defense Secretary Lloyd Austin III said:" (twohundredthirtyninth
    austin): where it was said, then the speaker's title and name, then a colon: a lead-in, no statement. Before, the
    title between the comma and the name made the lead-in an indirect statement."""
    body = ("Speaking during their meeting at the Pentagon, Defence Secretary Lars Vell said:\n\n"
            "“We have no closer partner or ally than Ostrava.”")
    assert_statements(body, [("Lars Vell", "direct", "We have no closer partner or ally than Ostrava.")])


def test_a_lead_in_with_a_speech_verb_before_the_titled_name_still_says_something():
    """The guard: "Noting the progress of the talks, Defence Secretary Lars Vell said:" — what he noted is his."""
    body = ("Noting the progress of the talks, Defence Secretary Lars Vell said:\n\n"
            "“We have no closer partner or ally than Ostrava.”")
    assert_statements(body, [
        ("Lars Vell", "indirect", "Noting the progress of the talks, Defence Secretary Lars Vell said"),
        ("Lars Vell", "direct", "We have no closer partner or ally than Ostrava."),
    ])
