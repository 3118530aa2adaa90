"""Lead, stop 63: an inverted tag read with no comma before its verb (h1082: "… the Republic said Premier X (pix).")
only when the name stands right after the verb; a passive's agent further on ("… said the group was invited by X, the
consul general of …") is no tag, and the office's sentence before it stays no one's."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "Governor Tamsin Rell will lead a trade delegation to Orvania next month.\n\n"


def test_a_passive_agent_after_an_offices_said_is_no_tag():
    body = _LEAD + (
        "Rell’s office said the group was invited by Dario Venk, the consul general of Orvania to the Western States. "
        "In a statement, Venk said he hoped the visit would open new partnerships."
    )
    assert_statements(body, [
        ("Dario Venk", "indirect", "In a statement, Venk said he hoped the visit would open new partnerships."),
    ])


def test_a_tag_with_no_comma_and_the_name_after_the_verb_still_closes_the_sentence():
    body = _LEAD + "Orvania has agreed to open a trade office in the capital next year said Governor Tamsin Rell (pix)."
    assert_statements(body, [
        ("Tamsin Rell", "indirect",
         "Orvania has agreed to open a trade office in the capital next year said Governor Tamsin Rell (pix)."),
    ])
