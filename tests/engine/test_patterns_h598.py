"""Leftovers the helpers of the last stops named but left (helper h598): "the latter" after a sentence that ends on
the other party named only so ("President X received his guest. The latter …").

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_latter_after_his_guest():
    """"President X received his guest at the palace. The latter said …": the guest, mentioned last though named
    before the host; before, the last two named were taken and "the latter" was the host."""
    body = (
        "President Arlen Voss of Kastravia met Foreign Minister Tomas Brel of Veloria in Tarvik on Monday.\n\n"
        "President Voss received his guest at the palace. The latter said that Veloria wanted closer ties with "
        "Kastravia."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "The latter said that Veloria wanted closer ties with Kastravia."),
    ], title="President receives Foreign Minister")


def test_the_latter_after_his_guest_in_a_statement():
    """The same when the sentence before is a statement of the host ("President X welcomed his guest.")."""
    body = (
        "President Arlen Voss of Kastravia received Foreign Minister Tomas Brel of Veloria in Tarvik on Monday.\n\n"
        "President Voss welcomed his guest. The latter said that Veloria wanted closer ties with Kastravia."
    )
    assert_statements(body, [
        ("Arlen Voss", "indirect", "President Voss welcomed his guest."),
        ("Tomas Brel", "indirect", "The latter said that Veloria wanted closer ties with Kastravia."),
    ], title="President receives Foreign Minister")


def test_the_latter_after_a_sentence_naming_both_stays_the_last_named():
    """Guard: a sentence before that names the object by name keeps the last one named ("X met with Y. The latter
    …")."""
    body = (
        "President Arlen Voss of Kastravia arrived in Tarvik on Monday.\n\n"
        "President Voss met with Foreign Minister Tomas Brel of Veloria. The latter said that Veloria wanted closer "
        "ties with Kastravia. The former thanked the guest for the visit."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "The latter said that Veloria wanted closer ties with Kastravia."),
        ("Arlen Voss", "indirect", "The former thanked the guest for the visit."),
    ], title="President receives Foreign Minister")
