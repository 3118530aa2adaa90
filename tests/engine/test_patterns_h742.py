"""Statements found by helper h742's set fivehundredfiftysixth (ACN, the Cuban News Agency, in English): "ratified"
for a stance said again ("ratified that …", "ratified the party's gesture of solidarity"), and a welcome whose day (and
city) comes before the guests ("welcomed on Monday in Orsk a delegation …"), a host's act; an agency's dateline with the
country after the city and no dash ("HAVANA, Cuba, Mar 14 (ACN) "); a participle set off by a comma with its agent
(", invited by the party"), no verb of its own.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_ratified_that_is_said_again():
    """"For his part, the general secretary of the party, X, ratified that …": the English of an agency for
    "ratificó", said again, as "reaffirmed that"."""
    said = ("For his part, the general secretary of the Velmar Workers' Party, Pol Brann, ratified that the Orsk "
            "revolutionaries are an example of firmness for the people of the world.")
    assert_statements("Minister Ilse Varnow received a delegation of the Velmar Workers' Party.\n\n" + said, [
        ("Pol Brann", "indirect", said),
    ])


def test_ratified_a_stance_is_said_again():
    """"X ratified the party's gesture of solidarity with …", "ratified her country's support": a stance restated;
    guard: "ratified the agreement last year" is a treaty's act, no words."""
    said = "Pol Brann ratified the Velmar Workers' Party's gesture of solidarity with the people of Orsk."
    assert_statements(said + "\n\nVelmar ratified the agreement on trade last year.", [
        ("Pol Brann", "indirect", said),
    ])
    assert_statements("Minister Ilse Varnow ratified the agreement on trade last year.", [])


def test_welcomed_on_a_day_a_delegation_is_a_hosts_act():
    """"X welcomed on Monday in Orsk a delegation from …", "X welcomed Monday the Velmar delegation that …": the day
    and city of the welcome before the guests, a reception, no words; what is said after stays."""
    said = "During the meeting, she thanked the Velmar party for its support."
    assert_statements((
        "Minister Ilse Varnow welcomed on Monday in Orsk a delegation from the Velmar Workers' Party headed by its "
        "General Secretary Pol Brann.\n\n" + said
    ), [("Ilse Varnow", "indirect", said)])
    assert_statements((
        "Ilse Varnow welcomed Monday the Velmar delegation that for several days will hold meetings in Orsk.\n\n" + said
    ), [("Ilse Varnow", "indirect", said)])
    assert_statements((
        "Minister Ilse Varnow welcomed on Tuesday President Pol Brann of Velmar.\n\n" + said
    ), [("Ilse Varnow", "indirect", said)])


def test_welcomed_on_a_day_a_thing_stays_words():
    """Guard: "welcomed today the decision of …", "welcomed on Tuesday the delegation's proposal": a thing welcomed
    in words, still a statement."""
    decision = "Minister Ilse Varnow welcomed today the decision of the Velmar government to reopen the consulate."
    assert_statements(decision, [("Ilse Varnow", "indirect", decision)])
    proposal = "Minister Ilse Varnow welcomed on Tuesday the delegation's proposal on trade."
    assert_statements(proposal, [("Ilse Varnow", "indirect", proposal)])


def test_an_agencys_dateline_with_no_dash_is_no_sentence():
    """"TARVEL, Orsk, Mar 14 (KNA) Deputy Foreign Minister, X, received …": the place, its country, the month and day and
    the agency's initials open no sentence, so the office that follows is X's and "The Deputy Foreign Minister said"
    is hers (before, the dateline hid the office, and no one said it)."""
    said = "The Deputy Foreign Minister said that Velmar is a partner."
    assert_statements((
        "TARVEL, Orsk, Mar 14 (KNA) Deputy Foreign Minister, Ilse Varnow, received the envoys of Velmar.\n\n" + said
    ), [("Ilse Varnow", "indirect", said)])
    assert_statements((
        "Tarvel, Mar 14 (kna) President Ilse Varnow received the envoys of Velmar.\n\n"
        "The President said that Velmar is a partner."
    ), [("Ilse Varnow", "indirect", "The President said that Velmar is a partner.")])


def test_a_participle_with_its_agent_after_a_comma_is_no_speech():
    """"X received Y, who is on a working visit to Orsk, invited by the Workers' Party.": "invited by" tells of the
    guest, no words of X's; guard: "Y, invited by the minister, said …" still says."""
    assert_statements((
        "President Ilse Varnow received Pol Brann, who is on a working visit to Orsk, invited by the Workers' Party."
    ), [])
    said = "Pol Brann, invited by the minister, said the talks were good."
    assert_statements(said, [("Pol Brann", "indirect", said)])


def test_two_offices_joined_by_and_in_an_apposition_are_one_persons():
    """"X, deputy head and coordinator of the department, thanked …", "X, President and CEO of the bank, said …": one
    person's two offices in the name's apposition, the name the subject (before, read as a pair, no one); guard: "X,
    the minister and the ambassador, …" stays two people."""
    thanked = "Pol Brann, deputy head and coordinator of the department, thanked the Velmar party for its support."
    assert_statements(thanked, [("Pol Brann", "indirect", thanked)])
    said = "Pol Brann, President and CEO of the bank, said the bank was strong."
    assert_statements(said, [("Pol Brann", "indirect", said)])


def test_the_activist_is_the_activist_named():
    """"X, political leader and activist, declared … / We have witnessed …, said the activist": "the activist" names
    him, as "the lawmaker" would; the unquoted words before the inverted "said" his."""
    declared = "During the meeting, Pol Brann, political leader and activist, declared that the visit was wonderful."
    assert_statements(declared + "\n\nWe have witnessed the great strength of the people, said the activist.", [
        ("Pol Brann", "indirect", declared),
        ("Pol Brann", "direct", "We have witnessed the great strength of the people"),
    ])


def test_a_gloss_in_brackets_after_the_office_closes_it():
    """"Yesterday X, president of the National Assembly of Orsk (Parliament), received …" / "According to the Orsk
    official, …": the body's common name in brackets is no part of the office, which is X's though the name does not
    open the sentence, and "the Orsk official" is X (before, the office unread, no one)."""
    said = "According to the Orsk official, these exchanges provide an opportunity to learn more."
    assert_statements((
        "Yesterday Pol Brann, president of the National Assembly of Orsk (Parliament), received a delegation.\n\n" + said
    ), [("Pol Brann", "indirect", said)])
