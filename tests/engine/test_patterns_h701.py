"""Readings of styles37 (supreme audit institutions' international meetings): the hyphened office "Auditor-General"
as the subject, "the host official" for the host, remarks offered and nothing of what they said, a sentence of things
counted and received in a passive that carries on a report ("To date, few comments had been received recommending
…"), and a place's dateline in capitals before a spaced hyphen ("KARVELA - President X …").

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_hyphened_auditor_general_as_the_subject():
    """"The Auditor-General of the Republic of Y, X, met … During the meeting, the Auditor-General briefed …": the
    one-word office is his, as "the Auditor General" is."""
    opening = ("Port Vellan — The Auditor-General of the Republic of Orsanda, Cedric Vanterpool-Ames, met on Thursday "
               "with a delegation from the Embassy of Kestmark, headed by Ms. Ilse Brandvold.\n\n")
    briefed = ("During the meeting, the Auditor-General briefed the delegation on the mandate of the National Audit "
               "Chamber and its independence.")
    expressed = "Ms. Brandvold, for her part, expressed her country's readiness to train the Chamber's auditors."
    body = f"{opening}{briefed}\n\n{expressed}\n"
    result = assert_statements(body, [("Cedric Vanterpool-Ames", "indirect", briefed),
                                      ("Ilse Brandvold", "indirect", expressed)])
    auditor = next(s for s in result.speakers if s.name == "Cedric Vanterpool-Ames")
    assert auditor.role == "Auditor-General"


def test_the_host_official_is_the_host():
    """"Auditor General … X received Chairperson … Y … The host official expressed his hope …": the host, X (the
    word for anyone in office after "host" names no office of its own)."""
    opening = ("Auditor General of the State Audit Office of Tanvu (SAT) Dao Minh Quang received Chairperson of the "
               "Audit Board of Serapura (BPS) Wulan Hartanti-Sigar in Phu Lam on May 6.\n\n")
    said = "Quang said the two offices have made important strides since they signed a memorandum in 2015."
    hoped = ("The host official expressed his hope that the two sides will organise joint workshops on environmental "
             "auditing.")
    held = "For her part, Hartanti-Sigar held that the cooperation has grown stronger every year."
    body = f"{opening}{said}\n\n{hoped}\n\n{held}\n"
    assert_statements(body, [("Dao Minh Quang", "indirect", said),
                             ("Dao Minh Quang", "indirect", hoped),
                             ("Wulan Hartanti-Sigar", "indirect", held)])


def test_opening_remarks_offered_are_no_statement():
    """Minutes' "Afterwards, Mr. X offered his opening remarks. He informed the Committee of …": the first sentence says
    only that he spoke, the second what he said."""
    opening = ("The meeting was presided over by Mr. Ramaswamy Venkatanarayan, Comptroller and Auditor General of "
               "Sarvapur and Chairman of the Committee.\n\n")
    offered = "Afterwards, Mr. Venkatanarayan offered his opening remarks. "
    informed = "He informed the Committee of the new procedure for presenting the working groups' reports."
    body = f"{opening}{offered}{informed}\n"
    assert_statements(body, [("Ramaswamy Venkatanarayan", "indirect", informed)])


def test_remarks_offered_on_a_thing_stay_a_statement():
    """Guard: "offered his remarks on the draft, calling it too long" tells what the remarks were about, his
    statement."""
    offered = "Mr. Tobias Ellermark-Hune offered his remarks on the draft strategy, calling it too long."
    body = f"The Committee met in Varnholm on 4 June.\n\n{offered}\n"
    assert_statements(body, [("Tobias Ellermark-Hune", "indirect", offered)])


def test_things_received_in_a_passive_carry_on_a_report():
    """"X, the Director of Strategic Planning, reported on the status of the plan. To date, few comments had been
    received recommending significant revisions to the draft.": counted comments, received, that recommend, are no
    one speaking; the sentence carries on her report."""
    opening = "Finance Committee\n\n"
    updated = "Omar Al-Dhabbani, the chair of the Finance Committee, updated the board on its activities. "
    reported = "Kerstin Valquist-Rohde, the Director of Strategic Planning, reported on the status of the 2027 plan. "
    to_date = "To date, few comments had been received recommending significant revisions to the draft."
    body = f"{opening}{updated}{reported}{to_date}\n"
    assert_statements(body, [("Omar Al-Dhabbani", "indirect", updated),
                             ("Kerstin Valquist-Rohde", "indirect", reported),
                             ("Kerstin Valquist-Rohde", "indirect", to_date)])


def test_states_counted_still_act():
    """Guard: "To date, 42 states have done so, …" after a report: "states" after a number stays the countries, who
    act, not a report carried on."""
    opening = "Vice President Aline Marchetti-Oyelaran hosted a roundtable on maternal health.\n\n"
    urged = "The Vice President urged every state to extend postpartum coverage to a full year. "
    states = "To date, 42 states have done so, benefiting women throughout the country."
    body = f"{opening}{urged}{states}\n"
    assert_statements(body, [("Aline Marchetti-Oyelaran", "indirect", urged)])


def test_a_capitals_dateline_before_a_spaced_hyphen():
    """"KARVELA - President Dr X on Friday called for …" (a Pakistani paper's dateline): the place is in no
    statement, which opens with its speaker."""
    called = ("President Dr Zamir Haqqani-Rostam on Friday called for closer cooperation between the audit "
              "institutions of Dastan and Merovia.")
    body = f"KARVELA - {called}\n"
    assert_statements(body, [("Zamir Haqqani-Rostam", "indirect", called)])
