"""Statements found by helper h805's mend of sixhundredthird (Mexico's Foreign Ministry's English releases): a speech
verb's participle after a list set off by semicolons ("took part in a panel with A; B; and the State Minister of Y,
Z, warning that …") is the sentence subject's, not the last item's (an office and its holder's name after "; and" opens
a clause of its own only before a finite verb).

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_participle_after_a_semicolon_list_is_the_subjects_not_the_last_items():
    """"He took part in a panel discussion with A; B; and State Minister … of Y, Z, warning that …" and the quotation
    after it ("“…,” he said."): the subject's, "He", the Foreign Secretary named before (before, Z took both, and the
    statement began at "and State Minister")."""
    assert_statements((
        "Foreign Secretary Tomas Ardelio is on a visit to Norvane.\n\n"
        "He took part in a panel discussion with High Representative Josep Varnell; Foreign Minister Anna Bergholt; "
        "and State Minister of Foreign Affairs of Kastravia, Omar Selimov, warning that an escalation of the war could "
        "have adverse effects on the economy of nations. “We have to work very hard to avoid the disaster,” he said."
    ), [
        ("Tomas Ardelio", "indirect",
         "He took part in a panel discussion with High Representative Josep Varnell; Foreign Minister Anna Bergholt; "
         "and State Minister of Foreign Affairs of Kastravia, Omar Selimov, warning that an escalation of the war could "
         "have adverse effects on the economy of nations."),
        ("Tomas Ardelio", "direct", "We have to work very hard to avoid the disaster"),
    ])


def test_guard_an_office_and_name_after_semicolon_and_with_a_finite_verb_keep_their_clause():
    """"X proposed …; the Minister of Finance objected …; and the Governor of the Kastel Region, Mira Ostby, supported
    the proposal": a finite verb after the office and its holder's name is the holder's clause, from the office on."""
    assert_statements((
        "Prime Minister Davor Kelmanic chaired the meeting of the government.\n\n"
        "Prime Minister Davor Kelmanic proposed to raise the heating subsidy; and the Governor of the Kastel Region, "
        "Mira Ostbyn, supported the proposal."
    ), [
        ("Davor Kelmanic", "indirect", "Prime Minister Davor Kelmanic proposed to raise the heating subsidy;"),
        ("Mira Ostbyn", "indirect",
         "the Governor of the Kastel Region, Mira Ostbyn, supported the proposal."),
    ])
