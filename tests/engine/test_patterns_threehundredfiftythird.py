"""Readings of real White House text of stop 35 (three-hundred-fifty-third): an NSC spokesperson's statements on
dialogues between two countries (2023).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_DIALOGUE_TITLE = "Statement by NSC Spokesperson Lena Ardo on the Vestra-Oskia Strategic Dialogue on the Arctic"


def test_two_countries_convening_in_a_spokespersons_statement_is_a_readout():
    """"Statement by NSC Spokesperson X on the … Dialogue" / "Vestra and Oskia reconvened high-level consultations …"
    (three-hundred-fifty-third whitehouse 2023-03-06 us_lithuania): two parties meeting, told in the third person,
    the readout's voice and not the spokesperson's words; the named speaker's statement keeps its speaker."""
    body = (
        "Vestra and Oskia reconvened high-level bilateral consultations in Tarsel today to discuss the Arctic. "
        "Participants discussed shipping routes.\n\n"
        "The dialogue was led by Foreign Minister Teo Brand of Oskia. Minister Brand stressed that the routes must "
        "stay open."
    )
    assert_statements(body, [
        ("Teo Brand", "indirect", "Minister Brand stressed that the routes must stay open."),
    ], title=_DIALOGUE_TITLE)


def test_a_spokespersons_statement_in_the_first_person_stays_hers():
    """Guard: under the same title, a body in the first person ("We met …", "We welcome …") is the spokesperson's
    own words, a meeting verb after "We" too (two-hundred-seventy-sixth ireland_taoiseach 2011 cameron)."""
    body = "We met the Oskian delegation in Tarsel today. We welcome the progress made on shipping routes in the Arctic."
    assert_statements(body, [
        ("Lena Ardo", "direct", body),
    ], title=_DIALOGUE_TITLE)
