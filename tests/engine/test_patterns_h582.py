"""Readings of Asia-Pacific foreign ministries' and prime ministers' offices' English releases (styles28): a courtesy
call "called on" a person whose sentence holds an honorific with dots ("H.E."), a title with "for" ("Minister for
Trade") or a destination after "to" ("his visit to X"), which is no appeal; and the bare "the Prime Minister" of a
release that names two Prime Ministers
(styles28 motuvai_opm_prime_minister_calls_on_akitsuman_prime_minister,
temasari_mfa_minister_meets_akitsuman_foreign_minister, kurrajin_pm_annual_leaders_meeting_with_seranjang_prime_minister).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_courtesy_call_on_his_excellency_during_a_visit_is_narrative():
    """"X called on the Prime Minister of Y, H.E. Mr. Z, at … on the second day of his official visit to Y.": a
    courtesy call; the dots of "H.E." and "Mr." end no sentence and "to Y" (a place) is no appeal's infinitive."""
    thanked = "PM Tavake thanked the Government of Norland for its assistance after the cyclone."
    body = ("Prime Minister Hon. Sione Tavake called on the Prime Minister of Norland, H.E. Mr. HIDAKA Masanobu, at "
            "the Prime Minister's Office on Tuesday, the second day of his official visit to Norland.\n\n"
            f"{thanked}\n")
    assert_statements(body, [
        ("Sione Tavake", "indirect", thanked),
    ])


def test_a_courtesy_call_on_a_prime_minister_then_a_minister_for_trade_is_narrative():
    """"X called on Prime Minister Y earlier this morning and will meet Minister for Trade and Industry Z …": the
    "for" of an office's title (a capital after it) is not the "for" of an appeal ("called on Y for restraint")."""
    conveyed = "Minister Halvik conveyed Norland's appreciation for Kestria's support."
    body = (f"{conveyed}\n\nMinister Halvik called on Prime Minister Oren Castell earlier this morning and will meet "
            "Minister for Trade and Industry Ms Ilse Marrow before he leaves Kestria.\n")
    assert_statements(body, [
        ("Halvik", "indirect", conveyed),
    ])


def test_an_appeal_called_on_a_named_person_to_act_still_speaks():
    """Guard: "called on H.E. Mr. Y to release …" and "called on Member States for restraint" stay appeals: "to"
    and "for" before a word in lower case."""
    urged = "Minister Halvik called on H.E. Mr. Oren Castell to release the detained fishermen."
    appealed = "Minister Halvik also called on Member States for restraint."
    body = f"Minister Halvik met the press in Kestria.\n\n{urged}\n\n{appealed}\n"
    assert_statements(body, [
        ("Halvik", "indirect", urged),
        ("Halvik", "indirect", appealed),
    ])
