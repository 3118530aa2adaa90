"""Rules from the two-hundred-twenty-second held-out set (en.kremlin.ru, September and October-November 2001): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_highly_valued_is_a_judgement_voiced():
    """"The Russian head of state highly valued the contribution Mr Kohl made to the development and strengthening of the
    bilateral relations." (39981): an adverb of approval before "valued" makes it a judgement voiced, as "highly
    assessed". Before, nothing."""
    body = ("President Arvel Dunmore met with former Chancellor of Borlandia Oren Falk.\n\n"
            "Various issues of bilateral cooperation were discussed.\n\n"
            "President Dunmore highly valued the contribution Mr Falk made to the strengthening of the bilateral relations.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Dunmore highly valued the contribution Mr Falk made to the strengthening "
         "of the bilateral relations."),
    ])


def test_valued_without_an_adverb_of_approval_is_no_statement():
    """The guard: "valued" alone is a price or a worth ("valued the shares at …"), no judgement voiced."""
    body = ("President Arvel Dunmore visited the port of Kestria.\n\n"
            "Mr Dunmore valued the company at three billion dollars before the sale.")
    assert_statements(body, [])


def test_supported_the_integration_of_is_a_statement():
    """"The President also supported the integration of the Russian military-industrial complex into the market
    infrastructure, which would allow it to attract non-state investment" (40537): a course backed, as "supported the
    restoration of". Before, nothing."""
    body = ("President Arvel Dunmore chaired a meeting of the Security Council.\n\n"
            "The meeting discussed the defence industry.\n\n"
            "President Dunmore also supported the integration of the Kestrian defence industry into the market economy.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Dunmore also supported the integration of the Kestrian defence industry "
         "into the market economy."),
    ])


def test_supported_a_bare_noun_stays_narrative():
    """The guard: "supported" with no course named after it ("supported local farmers") is an act, not a stance voiced."""
    body = ("President Arvel Dunmore visited the region.\n\n"
            "The programme supported local farmers in the integration period.")
    assert_statements(body, [])
