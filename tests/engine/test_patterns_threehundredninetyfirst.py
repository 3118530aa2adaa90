"""Readings of real White House readouts of stop 37 (three-hundred-ninety-first): a random sample of the corpus's
unlabelled whitehouse-readouts.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_knows_with_its_that_dropped_is_a_belief():
    """"The President knows more can and must be done, which is why OGVP … continues to identify executive orders …"
    (three-hundred-ninety-first whitehouse 2024-02-29 gun violence jobs roundtable): "knows" before a clause with its
    own modal is a belief stated, as "knows that"; the sentence is his to its end."""
    body = (
        "Governor Mara Velt of Kestria hosted a roundtable on safer streets on Monday.\n\n"
        "The Governor knows more can and must be done, which is why her office continues to fund local programs, "
        "while also announcing new grants for cities."
    )
    assert_statements(body, [
        ("Mara Velt", "indirect", "The Governor knows more can and must be done, which is why her office continues to "
         "fund local programs, while also announcing new grants for cities."),
    ], title="Governor Velt hosted a roundtable")


def test_knows_a_place_or_people_stays_narrative():
    """Guard: "knows the region well and was glad …", "knew the families and will return …": no clause after "knows",
    no statement."""
    body = (
        "Governor Mara Velt of Kestria visited Orlan on Monday.\n\n"
        "The Governor knows the region well and was glad to return. "
        "She knew the families and will return to the city in May."
    )
    assert_statements(body, [], title="Governor Velt visited Orlan")
