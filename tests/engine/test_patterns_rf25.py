"""Review rf25 of stop 74's merges h1309-h1312: the near shapes their new rules must not touch, each mended in the rule's
module; invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_plural_office_opening_a_clause_of_its_own_is_no_list_of_the_next_speaker():
    """"Ministers A and B met in Tarn on Monday, and Minister C said …": the plural office opens a clause of its own
    ("met" is no list member's word); C, after ", and", speaks alone. The list reader of h1312 took "Ministers … and"
    anywhere before C for a list ending in C and gave the sentence to no one."""
    assert_statements("Ministers Ana Voss and Ben Rho met in Tarn on Monday, and Minister Cy Mor said the plan was good.",
                      [("Cy Mor", "indirect", "Minister Cy Mor said the plan was good.")])


def test_a_list_a_plural_office_opens_with_semicolons_is_still_a_group():
    """The rule's own shape, kept: capitalised names, "of" and places, set apart by semicolons, the last after "and"."""
    assert_statements("Governors Ana Voss of Kell; Ben Rho of Tarn; and Cy Mor of Vell said the plan was good.", [])


_MEETING = "Governor Tomas Varel met the mayors on Monday.\n\n"


def test_a_judgement_after_a_comma_and_ends_the_report():
    """"X said the plan was good, and officials in the region deemed it necessary …": a clause of its own after ", and",
    its subject with a preposition's object in it; the officials' view, not X's report, which ends before it, as a
    body's judgement after ", and" does. h1312's rule took "the region" for a mere object inside the report and ran it
    on over the officials' clause."""
    body = _MEETING + "Varel said the plan was good, and officials in the region deemed it necessary to move the families."
    assert_statements(body, [("Tomas Varel", "indirect", "Varel said the plan was good")])


def test_a_judgement_after_a_comma_and_by_a_body_of_a_place_ends_the_report():
    """The same with "the council of the province called it …"."""
    body = _MEETING + "Varel said the plan was good, and the council of the province called it a success."
    assert_statements(body, [("Tomas Varel", "indirect", "Varel said the plan was good")])


def test_a_judging_verb_inside_the_report_still_runs_on():
    """The rule's own shape, kept: the preposition's object inside a relative clause of the report, no comma before
    the verb."""
    second = ("Varel said the storms that brought heavy rain and caused flooding in the province deemed it necessary "
              "to move the families.")
    assert_statements(_MEETING + second, [("Tomas Varel", "indirect", second)])


def test_ordered_them_to_a_place_with_no_article_is_no_order_told():
    """"He ordered them to safety.", "The judge ordered them to prison.": where they were sent, no words told, as "ordered
    them to the hall" is read; h1310's "ordered them to <verb>" took the place for a verb."""
    body = _MEETING + "He ordered them to safety. Later the judge ordered them to prison."
    assert_statements(body, [])


def test_ordered_them_to_a_verb_is_still_an_order():
    """The rule's own shape, kept: "ordered them to leave …", a verb after "to"."""
    body = _MEETING + "He ordered them to leave the building at once."
    assert_statements(body, [("Tomas Varel", "indirect", "He ordered them to leave the building at once.")])
