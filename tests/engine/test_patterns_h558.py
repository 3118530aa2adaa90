"""Readings of an error of the 415th real set (a tenth random sample of the corpus's White House readouts): one
person's statement named by its topic ("Later the day, White House Press Secretary X issued a statement on the
Oklahoma legislature’s latest bill, which …", 2022-05-21 reproductive justice leaders), as "delivered a speech on
the role of media …".

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

LEAD = ("Yesterday, Counsellor Edda Rhun of the Vellish Policy Council hosted a meeting with midwives from across "
        "Vellia.\n\n")
ON_THE_BILL = ("Later the day, Vellish Press Secretary Mara Tolvek issued a statement on the Ostran assembly’s latest "
               "bill, which is one of the harshest efforts yet to close rural clinics.")


def test_a_statement_issued_on_a_topic_is_the_issuers():
    """"X issued a statement on the assembly's latest bill, which …" (fourhundredfifteenth 2022-05-21): one person's
    statement named by its topic, the whole sentence hers, as "delivered a speech on …"."""
    assert_statements(LEAD + ON_THE_BILL + "\n", [("Mara Tolvek", "indirect", ON_THE_BILL)])


def test_a_statement_issued_about_a_topic_is_the_issuers():
    """The same with "about"."""
    text = "Vellish Press Secretary Mara Tolvek issued a brief statement about the closure of the Dornik clinic."
    assert_statements(LEAD + text + "\n", [("Mara Tolvek", "indirect", text)])


@pytest.mark.parametrize("text", [
    "Later the day, Vellish Press Secretary Mara Tolvek issued a statement on Monday.",
    "Later the day, Vellish Press Secretary Mara Tolvek issued a statement on behalf of the Council.",
    "Later the day, Vellish Press Secretary Mara Tolvek issued a statement on its website.",
    "Later the day, Vellish Press Secretary Mara Tolvek issued a statement on social media.",
    "Later the day, Vellish Press Secretary Mara Tolvek issued a statement.",
])
def test_a_statement_issued_on_a_day_a_behalf_or_a_place_names_no_topic(text):
    """Guards: "on Monday", "on behalf of …", "on its website", "on social media" say when, for whom or where the
    statement was put out, no topic; a bare "issued a statement" tells only that one was made (as before)."""
    assert_statements(LEAD + text + "\n", [])


def test_a_joint_statement_on_a_topic_is_no_one_persons():
    """Guard: a joint statement on a topic is the pair's, not a statement of one person (as before)."""
    text = "Minister Aldo Vrenn and Minister Cato Ilse issued a joint statement on the Ostran assembly’s latest bill."
    assert_statements(LEAD + text + "\n", [])
