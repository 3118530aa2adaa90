"""Readings of known errors of the invented sets of stop 35 (thirty-third and thirty-second hard sets, fifteenth and
sixteenth styles sets): the guest's quotation of several paragraphs after a lead-in that names him only as "His guest"
(thirty-third hard set morvia_valdaria_press_statements), and "His guest said:" read a second time for its quotation.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_PRESS_LEAD = ("Following the talks, Ilmar Vesk and President of the Republic of Soltavia Teodor Brana made statements "
               "for the press.\n\n"
               "The President of Norvania opened the statements:\n\n"
               "\"Our talks today were held in a friendly atmosphere.\n\n"
               "I would like to thank Mr Brana for accepting our invitation.\"\n\n")


def test_the_guests_quotation_after_a_lead_in_naming_him_his_guest():
    """"His guest took the floor next:" and a quotation of several paragraphs (thirty-third hard set
    morvia_valdaria_press_statements): the lead-in's subject, the guest, speaks them, not the host before."""
    body = _PRESS_LEAD + ("His guest took the floor next:\n\n"
                          "\"Thank you, Mr Vesk.\n\n"
                          "I invite the President of Norvania to pay a return visit.\"")
    assert_statements(body, [
        ("Ilmar Vesk", "direct", "Our talks today were held in a friendly atmosphere."),
        ("Ilmar Vesk", "direct", "I would like to thank Mr Brana for accepting our invitation."),
        ("Teodor Brana", "direct", "Thank you, Mr Vesk."),
        ("Teodor Brana", "direct", "I invite the President of Norvania to pay a return visit."),
    ])


def test_his_guest_said_before_a_quotation_is_the_guest():
    """"His guest said:" before the quotation: the sentence read again for its quotation finds its own subject
    noted as the last one; "His" is still the host's, the guest the other party."""
    body = _PRESS_LEAD + ("His guest said:\n\n"
                          "\"Thank you, Mr Vesk.\"")
    assert_statements(body, [
        ("Ilmar Vesk", "direct", "Our talks today were held in a friendly atmosphere."),
        ("Ilmar Vesk", "direct", "I would like to thank Mr Brana for accepting our invitation."),
        ("Teodor Brana", "direct", "Thank you, Mr Vesk."),
    ])


def test_a_lead_in_of_the_host_himself_keeps_the_host():
    """Guard: "The President of Norvania went on:" after his own quotation: the host's again."""
    body = _PRESS_LEAD + ("The President of Norvania went on:\n\n"
                          "\"We will meet again next year.\"")
    assert_statements(body, [
        ("Ilmar Vesk", "direct", "Our talks today were held in a friendly atmosphere."),
        ("Ilmar Vesk", "direct", "I would like to thank Mr Brana for accepting our invitation."),
        ("Ilmar Vesk", "direct", "We will meet again next year."),
    ])
