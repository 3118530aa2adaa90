"""Rules from the two-hundred-seventy-fifth held-out set (Australian Prime Minister's transcripts, pm.gov.au and
pmtranscripts.pmc.gov.au, 2018-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_name_then_office_after_a_comma_is_a_label():
    """"ANTHONY ALBANESE, PRIME MINISTER: Well, Mr President, it is great to see you." and "EMMANUEL MACRON, PRESIDENT
    OF FRANCE: Thank you, Mr Prime Minister." (two-hundred-seventy-fifth australia_pm_2022-11_macron_g20): a label that
    gives the full name, a comma and the office; the words after it are that person's. Before, nothing."""
    body = ("CORIN MADDOX, PRIME MINISTER: Well, Mr President, it is great to see you. We have much to talk about.\n\n"
            "OREN VALCOURT, PRESIDENT OF BORLANDIA: Thank you, Mr Prime Minister. I agree with you completely.")
    assert_statements(body, [
        ("Corin Maddox", "direct", "Well, Mr President, it is great to see you. We have much to talk about."),
        ("Oren Valcourt", "direct", "Thank you, Mr Prime Minister. I agree with you completely."),
    ])


def test_name_then_office_in_mixed_case_is_a_label():
    """The same label as a site prints it in mixed case ("Anthony Albanese, Prime Minister of Australia: Good to see you
    again, Justin.", two-hundred-seventy-fifth australia_pm_2022-09-18_trudeau)."""
    body = ("Corin Maddox, Prime Minister of Kestria: Good to see you again, Oren. We will talk about trade today.\n\n"
            "Oren Valcourt, Prime Minister of Borlandia: It is good to be here. Our economies are so similar.")
    assert_statements(body, [
        ("Corin Maddox", "direct", "Good to see you again, Oren. We will talk about trade today."),
        ("Oren Valcourt", "direct", "It is good to be here. Our economies are so similar."),
    ])


def test_name_then_an_outlet_after_a_comma_is_no_office_label():
    """The guard: after the comma, words that are no office (an outlet, "Northfield Public Radio") do not make the
    paragraph a speaker's label outside a transcript."""
    body = ("President Oren Valcourt met with the press in Tarsel.\n\n"
            "Corin Maddox, Northfield Public Radio: the questions were about trade.")
    assert_statements(body, [])
