"""Rules from the nine-hundred-fourteenth held-out set (Turkana County's Governor, Kenya, 2017-2024): invented
readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = ("Governor Olek Varnu today hosted the Relief Agency’s Head of Mirto Sub-Office Ima Sellato at the County "
          "headquarters in Dravo. ")


def test_the_county_boss_is_the_governor_not_another_offices_head():
    """"The County boss said locals in Turkana have been hospitable …" (turkanagoke 2024-04-04, The County Times
    2024-04-08): the county's boss is the Governor named, not the guest who heads a sub-office ("boss" read as
    "chief", which matched the guest's "head"). Before, the guest's."""
    body = _VISIT + ("In his remarks, Governor Varnu acknowledged the support of the agency. "
                     "The County boss said locals in Zeltra have been hospitable to other communities.")
    assert_statements(body, [
        ("Olek Varnu", "indirect", "In his remarks, Governor Varnu acknowledged the support of the agency."),
        ("Olek Varnu", "indirect", "The County boss said locals in Zeltra have been hospitable to other communities."),
    ])


def test_the_county_chief_in_lower_case_is_the_governor():
    """The same with "the county chief", in lower case, after the guest spoke last."""
    body = _VISIT + ("On her part, Ima Sellato assured that the agency will continue its work. "
                     "The county chief welcomed the move to auction the vehicles.")
    assert_statements(body, [
        ("Ima Sellato", "indirect", "On her part, Ima Sellato assured that the agency will continue its work."),
        ("Olek Varnu", "indirect", "The county chief welcomed the move to auction the vehicles."),
    ])


def test_the_agency_boss_is_still_the_head_of_the_agency():
    """The guard: "the agency boss" names no county; the head of the sub-office, as before."""
    body = _VISIT + "The agency boss said the vehicles will be sold on Monday."
    assert_statements(body, [
        ("Ima Sellato", "indirect", "The agency boss said the vehicles will be sold on Monday."),
    ])
