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


def test_office_alone_in_capitals_is_its_unnamed_holders_label():
    """"PRIME MINISTER: Prime Minister, it is wonderful to meet with you again after we met on the sidelines of the G20
    …" (two-hundred-seventy-fifth australia_pm_2023-11_japan): a label that is the office alone, in capitals with no
    "the", in a readout that never names its holder: that office's holder, as "The Prime Minister:" is; the next
    paragraphs, unlabelled, go on with the same turn. Before, nothing."""
    body = ("PRIME MINISTER: Prime Minister, it is wonderful to meet with you again. We have much to discuss.\n\n"
            "Kestria continues to be a reliable supplier of energy for your country.")
    assert_statements(body, [
        ("The Prime Minister", "direct", "Prime Minister, it is wonderful to meet with you again. We have much to discuss."),
        ("The Prime Minister", "direct", "Kestria continues to be a reliable supplier of energy for your country."),
    ])


def test_office_alone_in_capitals_keeps_a_named_holder():
    """The guard: where the readout names the office's holder ("Prime Minister Corin Maddox"), "PRIME MINISTER:" is
    that person, as before (the office is read as "the Prime Minister" only when nobody answers to it)."""
    body = ("Remarks by Prime Minister Corin Maddox and President Oren Valcourt\n\n"
            "PRESIDENT VALCOURT: Thank you very much. It is an honour to have you here.\n\n"
            "PRIME MINISTER: Thank you for your hospitality and your friendship.")
    assert_statements(body, [
        ("Oren Valcourt", "direct", "Thank you very much. It is an honour to have you here."),
        ("Corin Maddox", "direct", "Thank you for your hospitality and your friendship."),
    ])


def test_name_then_office_with_no_comma_is_a_label():
    """"ANTHONY ALBANESE PRIME MINISTER: Minister, can I welcome you, very much, back to Australia." (two-hundred-
    seventy-fifth australia_pm_2023-02-18_jaishankar): the full name and the office with no comma between, read as one
    description of the office, so that another Prime Minister the words name ("I thank Prime Minister Modi") took the
    turn: the name before the office is the speaker."""
    body = ("CORIN MADDOX PRIME MINISTER: Minister, can I welcome you back to Kestria. I thank Prime Minister Oren "
            "Valcourt for the invitation to visit your country.")
    assert_statements(body, [
        ("Corin Maddox", "direct", "Minister, can I welcome you back to Kestria. I thank Prime Minister Oren Valcourt "
         "for the invitation to visit your country."),
    ])


def test_country_word_before_office_is_no_name_in_the_label():
    """The guard: a word of nationality before the office ("KESTRIAN PRIME MINISTER:") is no full name: the label is
    the office, the holder the readout names, as before."""
    body = ("Prime Minister of Kestria Corin Maddox received Foreign Minister Oren Valcourt.\n\n"
            "KESTRIAN PRIME MINISTER: Welcome, Minister. We have much to discuss today.")
    assert_statements(body, [
        ("Corin Maddox", "direct", "Welcome, Minister. We have much to discuss today."),
    ])


def test_body_name_ending_in_an_office_word_in_mixed_case_is_no_name_and_office():
    """The guard: in mixed case, a body's name whose last word is an office's ("Kestrian Americans Advancing Justice:
    Corin Maddox", twenty-first, a list of who attended) is not a name and an office: no statement, as before."""
    body = ("The White House held a listening session with community leaders.\n\n"
            "Participants included:\n\n"
            "Kestrian Americans Advancing Justice: Corin Maddox\n\n"
            "Borlandian Council for Civic Justice: Oren Valcourt")
    assert_statements(body, [])
