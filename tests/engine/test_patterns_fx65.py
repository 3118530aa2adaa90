"""Helper fx65 (review hr56 of stop 65's merged rules): narrowings of h1108's courtesy call's purpose and word of
praise, and the guards the review asked for."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_purpose_of_talks_with_a_second_infinitive_of_appeal_is_an_appeal():
    # "called on X to exchange … and to return …": both infinitives urged, not a courtesy call's purpose
    body = (
        "The Secretary-General Ana Kell called on Russia and Ukraine to exchange all prisoners and to return to the "
        "negotiating table.\n\n"
        "President Tomas Ekvall called on Parliament to discuss the bill and to adopt it before the recess."
    )
    assert_statements(body, [
        ("Ana Kell", "indirect", "The Secretary-General Ana Kell called on Russia and Ukraine to exchange all "
                                 "prisoners and to return to the negotiating table."),
        ("Tomas Ekvall", "indirect", "President Tomas Ekvall called on Parliament to discuss the bill and to adopt it "
                                     "before the recess."),
    ])
