"""Statements found by helper h640's set hard54 (who speaks when names, offices and voices overlap): a speaker first
named after a country's office in lower case with its remit ("Marrakand's special envoy for the Salt Lakes, X,"; "the
Minister's adviser on water, Y,"), whom a later "Marrakand's envoy" or "The Minister's adviser" means.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_possessive_office_with_its_remit_before_the_name():
    """"Quembria's special envoy for the Dune Wells, X," and "the Minister's adviser on fisheries, Y,": the office
    without its remit is what "Quembria's envoy", "The envoy" and "The Minister's adviser" mean later (before, the
    remit hid the office, and the three sentences had no speaker)."""
    assert_statements((
        "Ostrelia's Foreign Minister, Ravenna Solbrecht-Ay, received Quembria's special envoy for the Dune Wells, "
        "Tarquin Ombeleu, in Marsely on Tuesday. The envoy's deputy, Halvor Diestrand, and the Minister's adviser "
        "on fisheries, Ysolène Carrabuy, were also present.\n\n"
        "Quembria's envoy handed over a letter from his Prime Minister and said that Quembria wanted to reopen "
        "the wells.\n\n"
        "The Minister's adviser explained that the new pumps would halve the water drawn.\n\n"
        "The envoy replied that his Prime Minister would visit in spring."
    ), [
        ("Tarquin Ombeleu", "indirect", "Quembria's envoy handed over a letter from his Prime Minister and said that "
                                        "Quembria wanted to reopen the wells."),
        ("Ysolène Carrabuy", "indirect", "The Minister's adviser explained that the new pumps would halve the water "
                                         "drawn."),
        ("Tarquin Ombeleu", "indirect", "The envoy replied that his Prime Minister would visit in spring."),
    ])


def test_a_possessive_office_without_remit_still_read():
    """Guard: "Ostrelia's foreign minister, X," with no remit is read as before."""
    assert_statements((
        "Ostrelia's foreign minister, Ravenna Solbrecht-Ay, met the press in Marsely on Tuesday.\n\n"
        "Ostrelia's foreign minister said that the border would stay open."
    ), [
        ("Ravenna Solbrecht-Ay", "indirect", "Ostrelia's foreign minister said that the border would stay open."),
    ])
