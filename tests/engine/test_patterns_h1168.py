"""Rules from the eight-hundred-ninetieth held-out set (the Premier of Mpumalanga, widened to the Premier of North
West, and those who speak at or of the Premier's meetings, 2016-2022): invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_office_of_a_named_premier_in_lower_case_is_no_person():
    """"The office of the North West Premier Job Mokgoro says a meeting between him and United Nations delegates …
    has not taken place …" (EWN 2018-07-16): the bureau named, in lower case, by the office holder it serves is no
    person, as "The Office of the President called on …" and "Velko's office said …" already were. Before, the
    sentence was the Premier's; his named spokesperson's quotation after it stays his."""
    body = ("ARVEN - The office of the Zarnian Premier Tomas Velko says a meeting between him and Orvan delegates has "
            "not taken place. Velko's spokesperson Dario Kest said: “The premier could not meet the delegation.”")
    assert_statements(body, [
        ("Dario Kest", "direct", "The premier could not meet the delegation."),
    ])


def test_the_press_office_of_a_named_president_in_lower_case_is_no_person():
    """The same with "press office" and a title with no article: "The press office of President Anna Moravec said …"
    was the President's before."""
    body = ("President Anna Moravec of Zarnia received Ambassador Tomas Pell of Orsa on Monday. "
            "The press office of President Anna Moravec said the talks would resume in May. "
            "Ambassador Pell thanked the President for the warm welcome.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Ambassador Pell thanked the President for the warm welcome."),
    ])


def test_the_head_of_the_office_still_speaks():
    """The guard: a person who heads the office ("The head of the office of President Anna Moravec, Lev Darn, said
    …") opens with his own office and speaks, as before."""
    body = ("President Anna Moravec of Zarnia received Ambassador Tomas Pell of Orsa on Monday. "
            "The head of the office of President Anna Moravec, Lev Darn, said the talks would resume in May.")
    assert_statements(body, [
        ("Lev Darn", "indirect",
         "The head of the office of President Anna Moravec, Lev Darn, said the talks would resume in May."),
    ])
