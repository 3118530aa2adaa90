"""Readings of known errors of labelled sets (stop 41, h568): the one to whom credentials are presented in a title
(styles25 sundavara_setkab_ambassadors_credentials).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CREDENTIALS_BODY = ("President Tomas Varga received the letters of credence of five ambassadors-designate at the Palace "
                    "on Thursday.\n\n"
                    "Minister of Foreign Affairs Erika Sand, who accompanied the President, said that in the meetings "
                    "the Head of State underlined the country's commitment to a free foreign policy.\n\n")
CREDENTIALS_SAID = "Minister of Foreign Affairs Erika Sand, who accompanied the President, said that in the meetings " \
                   "the Head of State underlined the country's commitment to a free foreign policy."
CREDENTIALS_ASKED = ("The President also asked the Ambassador of Orlandia to convey his condolences to the families of "
                     "the victims.")


def test_the_one_credentials_are_presented_to_in_the_title_is_the_host():
    """"Ambassadors Present Credentials to President X" (styles25 sundavara_setkab_ambassadors_credentials): the one
    who receives the letters of credence is the host, whom the body's bare "The President" means, not a guest."""
    assert_statements(CREDENTIALS_BODY + CREDENTIALS_ASKED + "\n", [
        ("Erika Sand", "indirect", CREDENTIALS_SAID),
        ("Tomas Varga", "indirect", CREDENTIALS_ASKED),
    ], title="Five Ambassadors-Designate Present Credentials to President Varga")


def test_a_message_to_the_one_named_after_to_stays_a_guest():
    """Guard: "Credentials" aside, the one after "to" in a title ("X Sends Message to President Y") stays a guest,
    so the body's bare "The President" means the sender."""
    body = ("President Tomas Varga sent a message to President Erik Sand of Orlandia.\n\n"
            "The President also asked the Ambassador of Orlandia to convey his condolences to the families of the "
            "victims.\n")
    assert_statements(body, [
        ("Tomas Varga", "indirect", CREDENTIALS_ASKED),
    ], title="Ambassadors Present Letters to President Sand")

