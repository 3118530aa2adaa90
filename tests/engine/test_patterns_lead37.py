"""Constructions the lead mended in stop 37, found by helpers' probes rather than a set's gold: a quotation closed by
an office and its holder's name set off by commas ("“…,” the Minister of Defence, Ivan Petrenko, said.").

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_closed_by_an_office_and_its_holders_name_in_commas_is_the_holders():
    """"“We are ready,” the Minister of Defence, Ivan Petrenko, said.": the words are the quotation alone, the name's;
    before, the words ran on to "the Minister of Defence" and the whole was read as unquoted speech."""
    body = (
        "President Ivan Koval met with the Minister of Defence, Ivan Petrenko.\n\n"
        "\u201cWe are ready,\u201d the Minister of Defence, Ivan Petrenko, said. \u201cThe army is strong.\u201d"
    )
    assert_statements(body, [
        ("Ivan Petrenko", "direct", "We are ready"),
        ("Ivan Petrenko", "direct", "The army is strong."),
    ])


def test_a_quotation_closed_by_an_office_and_a_describing_aside_keeps_the_office():
    """Guard: an aside that describes ("who led the talks") is no name; the office speaks, as before."""
    body = "Talks were held.\n\n\u201cWe are ready,\u201d the Minister of Defence, who led the talks, said."
    assert_statements(body, [("The Minister of Defence", "direct", "We are ready")])
