"""rf21's review of the seventy-third stop's merges h1292, h1297, h1294, h1295: near shapes their rules must not
touch, invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_initials_spelled_out_for_two_holders_name_neither():
    """"Ostra Regional Commissioner, X …" then "Velm Regional Commissioner, Y …" then "The RC also instructed …":
    the office is spelled out for two people, so "the RC" is either; the merged rule gave it to the first one named,
    though the last named is the nearer. No one's, as before."""
    body = ("Ostra Regional Commissioner, Pell Arkin has suspended 21 port workers over the warehouse fire. "
            "Velm Regional Commissioner, Dorin Salk said the coast road would be finished soon. "
            "The RC also instructed the police in the region to arrest three traders.")
    assert_statements(body, [
        ("Dorin Salk", "indirect", "Velm Regional Commissioner, Dorin Salk said the coast road would be finished "
                                   "soon."),
    ])


def test_initials_spelled_out_once_still_name_the_holder():
    """The rule's own shape kept: the office spelled out once, then "the RC", his."""
    body = ("Ostra Regional Commissioner, Pell Arkin has suspended 21 port workers over the warehouse fire. "
            "The RC also instructed the police in the region to arrest three traders.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "The RC also instructed the police in the region to arrest three traders."),
    ])


def test_directed_a_thing_toward_leaders_is_no_order():
    """"directed anger toward leaders", "directed funds through councillors": a thing sent their way, no order to
    them; the merged rule took any two words before the plural but five prepositions."""
    body = ("Governor Halim Ostra directed anger toward leaders of the opposition over the delays. "
            "Governor Halim Ostra directed funds through councillors in the western district.")
    assert_statements(body, [])


def test_directed_chairpersons_still_an_order():
    """The rule's own shape kept: "directed village chairpersons to register …"."""
    body = "Governor Halim Ostra directed village chairpersons to register every visitor."
    assert_statements(body, [
        ("Halim Ostra", "indirect", "Governor Halim Ostra directed village chairpersons to register every visitor."),
    ])
