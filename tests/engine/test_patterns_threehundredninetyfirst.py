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


def test_remarks_after_a_past_verb_is_its_object():
    """"This past December, the Second Gentleman also [delivered remarks](…) at the 11th Annual Vigil for All Victims
    of Gun Violence." (three-hundred-ninety-first whitehouse 2024-02-29 gun violence jobs roundtable): "remarks" right
    after "delivered" is a noun, not the verb "remarks"; the sentence only says where he spoke (narrative)."""
    body = (
        "Governor Mara Velt of Kestria hosted a roundtable on safer streets on Monday.\n\n"
        "This past December, the Governor also delivered remarks at the Annual Vigil for All Victims of Flooding."
    )
    assert_statements(body, [], title="Governor Velt hosted a roundtable")


def test_remarks_as_a_verb_still_speaks():
    """Guard: "The Governor remarks that …", "delivered remarks highlighting …" and (eleventh 2024-10-03 Sheinbaum
    inauguration) "delivered remarks at a reception …, where she highlighted …" stay her statements, whole."""
    body = (
        "Governor Mara Velt of Kestria hosted a roundtable on safer streets on Monday.\n\n"
        "The Governor remarks that the new grants are working. "
        "The Governor also delivered remarks highlighting the work of survivors.\n\n"
        "In May, the Governor delivered remarks at a reception, where she praised the volunteers."
    )
    assert_statements(body, [
        ("Mara Velt", "indirect", "The Governor remarks that the new grants are working."),
        ("Mara Velt", "indirect", "The Governor also delivered remarks highlighting the work of survivors."),
        ("Mara Velt", "indirect", "In May, the Governor delivered remarks at a reception, where she praised the volunteers."),
    ], title="Governor Velt hosted a roundtable")
