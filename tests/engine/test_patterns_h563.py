"""Readings of known errors of a labelled set (stop 41): a pair's "with" clause after one speaker's statement, and
"sought" someone's perspectives (four-hundred-nineteenth canada_pm_2024-12-29_trudeau_zelenskyy,
canada_pm_2022-06-26_trudeau_zelenskyy_g7).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL_OPENING = "Today, Prime Minister Tomas Varga spoke with the President of Orlandia, Erik Sand.\n\n"
UNDERSCORED = ("Prime Minister Varga also underscored the continued importance of support for peace in Orlandia as "
               "Kastravia prepares to assume the Presidency in January")


def test_a_groups_with_clause_ends_the_speakers_statement():
    """"X also underscored …, with both leaders expressing the need for …" (four-hundred-nineteenth
    canada_pm_2024-12-29_trudeau_zelenskyy): the "with" clause is the pair's words, not X's: his statement ends
    before it."""
    for group in ("both leaders", "the two leaders", "the leaders"):
        body = CALL_OPENING + UNDERSCORED + f", with {group} expressing the need for continued sanctions.\n"
        assert_statements(body, [
            ("Tomas Varga", "indirect", UNDERSCORED + ","),
        ])


def test_a_persons_with_clause_stays_his():
    """Guard: "…, with President Sand expressing the need for …": one person's "with" clause is his statement (the
    sets' "with Mr Putin expressing" precedent), still cut from the one before."""
    with_clause = "President Sand expressing the need for continued sanctions."
    body = CALL_OPENING + UNDERSCORED + ", with " + with_clause + "\n"
    assert_statements(body, [
        ("Tomas Varga", "indirect", UNDERSCORED + ","),
        ("Erik Sand", "indirect", with_clause),
    ])


def test_a_group_after_with_with_no_participle_is_an_object():
    """Guard: "X underscored … in close co-operation with both leaders of the region." : "with" and a group and no
    -ing verb, an object: X's statement runs to the end."""
    sentence = ("Prime Minister Varga also underscored the importance of support for peace, in close co-operation "
                "with both leaders of the region.")
    assert_statements(CALL_OPENING + sentence + "\n", [
        ("Tomas Varga", "indirect", sentence),
    ])


SOUGHT = "He also sought the President’s perspectives on the summit's priorities."
SHARED = ("Prime Minister Varga shared insights with President Sand on the conversations that took place at the "
          "regional meeting.")


def test_sought_someones_perspectives_is_a_request_for_views():
    """"He also sought the President’s perspectives on G7 priorities." (four-hundred-nineteenth
    canada_pm_2022-06-26_trudeau_zelenskyy_g7): asked for his views, as "sought … views"."""
    assert_statements(CALL_OPENING + SHARED + " " + SOUGHT + "\n", [
        ("Tomas Varga", "indirect", SHARED),
        ("Tomas Varga", "indirect", SOUGHT),
    ])


def test_sought_refuge_stays_narrative():
    """Guard: "He also sought shelter in the embassy." names no views asked for: narrative."""
    assert_statements(CALL_OPENING + SHARED + " He also sought shelter in the embassy.\n", [
        ("Tomas Varga", "indirect", SHARED),
    ])
