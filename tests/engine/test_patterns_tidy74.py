"""Tidy74: one reader where two read the same shape (stop 74): `carrying_on._settle_last_subject` in place of
`_newcomer_reported_last` and `_opener_noted_last`, and `lexicon._OFFICE_HOLDERS_PLURAL`, one list of office-holders'
plurals that "directed" and "ordered" both read (invented readouts, invented people and countries)."""

from __future__ import annotations

from .test_patterns import assert_statements

_FLOODS = "The floods reached the northern districts on Monday.\n\n"


def test_ordered_council_chairpersons_to_act_is_an_order():
    """"ordered council chairpersons to register …": the plural "directed" read ("directed Local Council chairpersons
    to register …", ninehundredninetyeighth) is now read after "ordered" too, one list for both verbs. Before, only
    "directed" took "chairpersons", and the sentence was no one's."""
    assert_statements(_FLOODS + "Governor Dorin Valesk ordered council chairpersons to register every family in "
                                "their wards.", [
        ("Dorin Valesk", "indirect", "Governor Dorin Valesk ordered council chairpersons to register every family in "
                                     "their wards."),
    ])


def test_directed_mayors_to_act_is_an_order():
    """"directed mayors of the affected towns to open …": the plural "ordered" read ("ordered mayors of affected towns
    … to wrap up …", ninehundredninetyfifth) is now read after "directed" too. Before, the sentence was no one's."""
    assert_statements(_FLOODS + "Governor Dorin Valesk directed mayors of the affected towns to open shelters for the "
                                "families.", [
        ("Dorin Valesk", "indirect", "Governor Dorin Valesk directed mayors of the affected towns to open shelters for "
                                     "the families."),
    ])


def test_each_verb_keeps_its_own_guard_before_the_shared_plurals():
    """The guards: "directed at state governors" (anger sent their way, "directed"'s preposition guard) and "ordered
    lunch for the chairpersons to eat" (a thing ordered, "ordered"'s guard) are no orders: no statement."""
    assert_statements(_FLOODS + "Much of the anger was directed at state governors for the slow response.", [])
    assert_statements(_FLOODS + "Governor Dorin Valesk ordered lunch for the chairpersons to eat in the hall.", [])


def test_he_after_a_newcomer_closing_a_paragraph_whose_opener_relayed_an_order():
    """Both cases of `_settle_last_subject` in one paragraph: the opener relays a king's order inside his report (which
    alone would note him again, thousandthird) and a newcomer's report closes the paragraph (thousandfirst): the
    newcomer's case comes first, so the next paragraph's "He" is the newcomer's, as it was with the two readers."""
    assert_statements("Court Chief Dorin Valesk on Tuesday visited the northern governorate of Tarnow.\n\n"
                      "Valesk said that King Orvan instructed him to prepare a plan of the governorate's priorities. "
                      "Deputy governor Karl Tamsin said the plan will be ready in May.\n\n"
                      "He said that dealing with unemployment was at the top of the agenda.", [
        ("Dorin Valesk", "indirect", "Valesk said that King Orvan instructed him to prepare a plan of the "
                                     "governorate's priorities."),
        ("Karl Tamsin", "indirect", "Deputy governor Karl Tamsin said the plan will be ready in May."),
        ("Karl Tamsin", "indirect", "He said that dealing with unemployment was at the top of the agenda."),
    ])
