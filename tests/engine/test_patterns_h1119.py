"""Helper h1119 (eighthundredfiftysecond, the Governor of North Sumatra): a consul named after his district
("US Consul for Sumatra Gordon Church"), whose surname is also a body's word and whose first name is in no list, is a
person who speaks. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_EVENT = ("The event was attended by Deputy Mayor Lena Vost and Velorian Consul for Marava Torvald Church.\n\n"
          "\"This is a symbol of our partnership,\" Velorian Ambassador Tamas Orlin said.\n\n")
_CONSUL = "This building is not just a new office for us"


def test_a_consul_named_after_his_district_speaks_by_his_surname():
    """"Velorian Consul Church said": the consul named after "Consul for Marava", his surname a body's word. Before,
    "Marava Torvald Church" was read as a church, and the quotation went to the Ambassador who spoke before."""
    assert_statements(_EVENT + f"\"{_CONSUL},\" Velorian Consul Church said.", [
        ("Tamas Orlin", "direct", "This is a symbol of our partnership"),
        ("Torvald Church", "direct", _CONSUL),
    ])


def test_a_body_named_after_an_office_and_a_place_stays_a_body():
    """The guard: a church named after a place with no office before it ("… visited the Marava Torvald Church") is
    no one, and the quotation after it stays the Ambassador's."""
    body = ("The delegation visited the Marava Torvald Church.\n\n"
            "\"This is a symbol of our partnership,\" Velorian Ambassador Tamas Orlin said.")
    assert_statements(body, [("Tamas Orlin", "direct", "This is a symbol of our partnership")])
