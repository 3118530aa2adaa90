"""Rules from the two-hundred-thirty-ninth held-out set (UK Government readouts: FCDO, MOD, No 10):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_foreign_secretary_is_not_the_other_countrys_secretary_of_state():
    """"Foreign Secretary meeting with US Secretary of State Mike Pompeo … The Foreign Secretary reiterated his
    disappointment at the US decision …" (two-hundred-thirty-ninth): the Foreign Secretary is the UK's, not the guest
    whom "Secretary Pompeo" calls a secretary too. Before, his words were given to the Secretary of State."""
    body = ("Following the meeting, a Foreign Office spokesperson said:\n\n"
            "The Foreign Secretary met Secretary Marr this evening.\n\n"
            "The Foreign Secretary reiterated his disappointment at the Varnian decision.")
    assert_statements(body, [
        ("The Foreign Secretary", "indirect", "The Foreign Secretary reiterated his disappointment at the Varnian decision."),
    ], title="Foreign Secretary meeting with Varnian Secretary of State Ivo Marr")


def test_an_unnamed_foreign_secretary_speaks_as_his_office():
    """"The Foreign Secretary reiterated his disappointment …" in a release that never names him (two-hundred-thirty-ninth
    pompeo): his office is the speaker, as "The Prime Minister" of No 10 readouts. Before, no one's."""
    body = ("The Foreign Secretary met Varnian Secretary of State Ivo Marr this evening.\n\n"
            "The Foreign Secretary reiterated his disappointment at the Varnian decision.")
    assert_statements(body, [
        ("The Foreign Secretary", "indirect", "The Foreign Secretary reiterated his disappointment at the Varnian decision."),
    ])


def test_a_named_foreign_secretary_keeps_his_name():
    """The guard: "Foreign Secretary Tom Hale met … The Foreign Secretary stressed …" is Hale's."""
    body = ("Foreign Secretary Tom Hale met Varnian Secretary of State Ivo Marr this evening.\n\n"
            "The Foreign Secretary stressed the need for a pragmatic approach to trade.")
    assert_statements(body, [
        ("Tom Hale", "indirect", "The Foreign Secretary stressed the need for a pragmatic approach to trade."),
    ])


def test_a_secretary_of_state_is_still_the_secretary():
    """The guard: "Secretary of State Ivo Marr … The Secretary reiterated …" is still Marr's (a bare "the
    Secretary" is his title)."""
    body = ("Varnian Secretary of State Ivo Marr met the Foreign Minister of Ostrava today.\n\n"
            "The Secretary reiterated his support for the talks.")
    assert_statements(body, [("Ivo Marr", "indirect", "The Secretary reiterated his support for the talks.")])


def test_where_it_was_said_before_a_titled_name_only_leads_in():
    """"Speaking during their meeting at the Pentagon, Defense Secretary Lloyd Austin III said:" (two-hundred-thirty-ninth
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


def test_paragraphs_after_a_named_lead_in_are_the_speakers_words():
    """"Defence Secretary Ben Wallace said: / It’s been an honour … / The US is our closest ally … / … / The Defence
    Secretary also discussed …" (two-hundred-thirty-ninth austin): a gov.uk release prints a minister's words after
    "<name> said:" with no quote marks, one paragraph each, until the release speaks of him again. Before, they
    were no one's."""
    body = ("Defence Secretary Lars Vell has concluded a visit to Ostrava.\n\n"
            "Defence Secretary Lars Vell said:\n\n"
            "It has been an honour to meet my friend Ivo Marr again.\n\n"
            "We discussed ways to strengthen our defence cooperation.\n\n"
            "The Defence Secretary also visited the naval base at Port Selm.")
    assert_statements(body, [
        ("Lars Vell", "direct", "It has been an honour to meet my friend Ivo Marr again."),
        ("Lars Vell", "direct", "We discussed ways to strengthen our defence cooperation."),
    ])


def test_paragraphs_after_a_spokespersons_lead_in_stay_narrative():
    """The guard: "Following the meeting, a Foreign Office spokesperson said: / The Foreign Secretary's discussions
    with Secretary Pompeo this evening focussed on …" (two-hundred-thirty-ninth pompeo): the office's readout, no one's
    direct words."""
    body = ("Following the meeting, a Foreign Office spokesperson said:\n\n"
            "The discussions this evening focussed on future opportunities for trade.")
    assert_statements(body, [])
