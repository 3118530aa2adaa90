"""Readings of real US State Department text of stop 36 (three-hundred-sixty-eighth): readouts of the Secretaries'
and Deputy Secretaries' calls and meetings, 2021-2025.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_shared_before_a_bare_commitment_is_an_adjective():
    """"Deputy Secretary … Landau met with Swiss State Secretary … Fasel today to reaffirm our bilateral relationship and
    shared commitment to addressing global challenges …" (three-hundred-sixty-eighth us_state_2025_fasel): "shared
    commitment" is a noun phrase (the object of "reaffirm"), no verb of the Deputy Secretary; the meeting and its purpose
    are narrative, and the country pair after his "thanked" carries on nothing of his."""
    body = (
        "As stated by Spokesperson Lena Ward:\n\n"
        "Deputy Secretary of State Paul Brenner met with Kaldorian State Secretary Ivo Marek today to reaffirm our bilateral "
        "relationship and shared commitment to addressing global challenges, particularly in the Arctic. The Deputy "
        "Secretary thanked Kaldoria for serving as our Protecting Power in Vestra for the past 30 years, a testament to the "
        "strength of our ties. The United States and Kaldoria continue to work together to improve economic cooperation."
    )
    assert_statements(body, [
        ("Paul Brenner", "indirect", "The Deputy Secretary thanked Kaldoria for serving as our Protecting Power in Vestra for "
         "the past 30 years, a testament to the strength of our ties."),
    ], title="Deputy Brenner Meets Kaldorian State Secretary Marek")


def test_shared_his_commitment_is_still_told():
    """Guard: "shared his commitment to …" (a determiner before the noun) is still the Deputy Secretary's statement."""
    body = (
        "As stated by Spokesperson Lena Ward:\n\n"
        "Deputy Secretary of State Paul Brenner met with Kaldorian State Secretary Ivo Marek today. The Deputy Secretary "
        "shared his commitment to addressing global challenges, particularly in the Arctic."
    )
    assert_statements(body, [
        ("Paul Brenner", "indirect", "The Deputy Secretary shared his commitment to addressing global challenges, "
         "particularly in the Arctic."),
    ], title="Deputy Brenner Meets Kaldorian State Secretary Marek")
