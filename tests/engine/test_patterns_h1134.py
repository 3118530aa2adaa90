"""Helper h1134 (styles62, justice ministries', attorneys-general's and courts' meetings): a body's president called
later by a word of the body's name before the office ("The Bar President", "the Law Society President", "The Council
President") is the one named with that body's whole name ("The President of the Kelmora Bar Association, Mr. X",
"a delegation of the Law Society of Drevany led by its President, Mrs. Y"), not the person named last; a nationality's
word before the office ("The Kelmoran President") stays a country's president."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_bar_president_is_the_one_named_president_of_the_bar_association():
    body = (
        "The President of the Kelmora Bar Association (KBA), Mr. Tovic Amsander, on Saturday received a delegation "
        "of lawyers from Drevany. The KBA's Treasurer, Mr. Oskel Brandvaar, attended.\n\n"
        "The Bar President said lawyers had to wait up to five years for a land case to be decided."
    )
    assert_statements(body, [
        ("Tovic Amsander", "indirect", "The Bar President said lawyers had to wait up to five years for a land case "
         "to be decided."),
    ])


def test_law_society_president_is_the_one_its_delegation_was_led_by():
    body = (
        "Mr. Tovic Amsander on Saturday received a delegation of the Law Society of Drevany led by its President, "
        "Mrs. Ulrike Ponsavar, in Kelm. The society's Treasurer, Mr. Oskel Brandvaar, attended.\n\n"
        "\"A Kelmoran advocate should be able to argue a contract case in our courts,\" the Law Society President "
        "said."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "direct", "A Kelmoran advocate should be able to argue a contract case in our courts,"),
    ])


def test_council_president_after_a_retired_justices_style():
    body = (
        "The President of the Judicial Service Council of Kelmora, Justice (Rtd) Ulrike Ponsavar, on Monday received "
        "a delegation led by Judge Tovic Amsander. The Council's Executive Secretary, Mr. Oskel Brandvaar, was also "
        "present.\n\n"
        "The Council President explained that judges were appointed after a public interview."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Council President explained that judges were appointed after a public "
         "interview."),
    ])


def test_a_nationality_before_president_stays_the_countrys_president():
    # guard: "Kelmoran" is found in the chamber's name, but it is a nationality's word: the country's president
    body = (
        "The President of the Kelmoran Chamber of Commerce, Mr. Tovic Amsander, on Monday called on President "
        "Ulrike Ponsavar of Kelmora.\n\n"
        "The Kelmoran President said the country's courts would hear commercial cases within a year."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Kelmoran President said the country's courts would hear commercial "
         "cases within a year."),
    ])


def test_bar_president_is_not_the_vice_president_named_first():
    # guard: "Vice-President of the … Bar Association, X" holds "President of the": not the body's president
    body = (
        "The Vice-President of the Kelmora Bar Association, Mr. Tovic Amsander, and the President of the Kelmora Bar "
        "Association, Mrs. Ulrike Ponsavar, on Saturday received a delegation of lawyers from Drevany.\n\n"
        "The Bar President said lawyers had to wait up to five years for a land case to be decided."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Bar President said lawyers had to wait up to five years for a land case "
         "to be decided."),
    ])


def test_a_states_president_named_before_his_office_stays_the_states():
    # guard (hard20's shape): "President of the Kelmor Republic, called President Y": a state's word in the name
    # and an office before the name after the comma; "The Kelmor President" is X, as before, not Y
    body = (
        "H.E. Mr Tovic Amsander, President of the Kelmor Republic, called President Ulrike Ponsavar of Drevany "
        "this evening.\n\n"
        "The Kelmor President said the border talks would resume in March."
    )
    assert_statements(body, [
        ("Tovic Amsander", "indirect", "The Kelmor President said the border talks would resume in March."),
    ])
