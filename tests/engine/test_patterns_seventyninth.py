"""Patterns found with the seventyninth held-out set (real White House readouts, 2021-2024).

The set itself scored 1.0 unseen (no error to mend); this rule comes from invented variants of
its readouts' constructions (a counterpart and a minister of the principal's side both named,
then one of them called by an office). Each test is a small invented readout (invented people,
invented countries) and the statements GOLD-FORMAT.md asks for; each fails without the rule it
is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_office_with_a_portfolio_is_not_a_person_called_only_by_the_bare_title():
    """"Trade Minister X … Minister X noted … the Foreign Minister underscored …": X is called
    "Minister" bare, but the office he holds is another minister's; "the Foreign Minister" is
    the Foreign Minister named before, not X who spoke last. Secretaries alike ("Secretary of
    State A … Secretary A noted … The Defense Secretary underscored …" is the Defense Secretary)."""
    body = (
        "Trade Minister Kofi Adeyemi met today with Foreign Minister Tamsin Reeve of Norland in Lagos. "
        "Minister Adeyemi noted the drought in the north. "
        "In addition, they spoke about the harvest and the Foreign Minister underscored the need for more food aid.\n\n"
        "Secretary of State Mara Lind met today with Defense Secretary Tomas Halvorsen of Norland. "
        "Secretary Lind noted the storm damage. "
        "The Defense Secretary underscored the need for more patrol ships."
    )
    assert_statements(body, [
        ("Kofi Adeyemi", "indirect", "Minister Adeyemi noted the drought in the north."),
        ("Tamsin Reeve", "indirect", "the Foreign Minister underscored the need for more food aid."),
        ("Mara Lind", "indirect", "Secretary Lind noted the storm damage."),
        ("Tomas Halvorsen", "indirect", "The Defense Secretary underscored the need for more patrol ships."),
    ])


def test_bare_title_still_means_its_holder_when_no_one_else_holds_the_office():
    """The same reading leaves a minister called "Minister X" whom a description of his own
    office names: "Foreign Minister X … Minister X noted … The Foreign Minister added …" is X."""
    body = (
        "Trade Minister Kofi Adeyemi met today with Foreign Minister Tamsin Reeve of Norland in Lagos. "
        "Minister Reeve noted the drought in the north. "
        "The Foreign Minister also underscored the need for more food aid."
    )
    assert_statements(body, [
        ("Tamsin Reeve", "indirect", "Minister Reeve noted the drought in the north."),
        ("Tamsin Reeve", "indirect", "The Foreign Minister also underscored the need for more food aid."),
    ])
