"""Patterns found by the ninth styles set (benchmarks/styles9/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_before_his_excellency_and_the_name_is_his():
    """"The President of the Republic, His Excellency Mr. Mamadou Lamine Sarr, received … The Head of State welcomed
    …" (styles9 teranga_presidency): the office before the styled name is his, so the head of state is he, not the
    King named later."""
    body = ("Audience\n\nThe President of the Republic, His Excellency Mr. Oumar Faye Ndour, received the Minister, "
            "Mr. Jorge Albareda.\n\nThe Head of State welcomed the quality of the relations.\n\nThe President of the "
            "Republic also recalled the importance of peace.\n\nMr. Albareda conveyed the greetings of His Majesty "
            "King Rodrigo II.")
    assert_statements(body, [
        ("Oumar Faye Ndour", "indirect", "The Head of State welcomed the quality of the relations."),
        ("Oumar Faye Ndour", "indirect", "The President of the Republic also recalled the importance of peace."),
        ("Jorge Albareda", "indirect", "Mr. Albareda conveyed the greetings of His Majesty King Rodrigo II."),
    ])


def test_his_excellency_the_office_then_the_name_is_his_excellency():
    """"His Excellency the Prime Minister, Mr. Adnan Kadhim al-Sudairi, received … His Excellency affirmed …"
    (styles9 rafidan_pm_media_office): the style before the office is his, as it is before his name."""
    body = ("Prime Minister receives minister\n\nHis Excellency the Prime Minister, Mr. Karim Hadi al-Naseri, received "
            "the Minister of Foreign Affairs of Vestria, Mr. Henrik Dalgaard.\n\nHis Excellency affirmed the keenness of "
            "Rafidan to develop relations.\n\nMr. Dalgaard conveyed the greetings of his government.\n\nHis "
            "Excellency concluded by stressing that Rafidan seeks balanced relations.")
    assert_statements(body, [
        ("Karim Hadi al-Naseri", "indirect", "His Excellency affirmed the keenness of Rafidan to develop relations."),
        ("Henrik Dalgaard", "indirect", "Mr. Dalgaard conveyed the greetings of his government."),
        ("Karim Hadi al-Naseri", "indirect", "His Excellency concluded by stressing that Rafidan seeks balanced relations."),
    ])


def test_a_lead_in_to_the_press_after_when_it_was_said_says_nothing():
    """"At the end of the audience, the minister declared to the press:" and the quotation in the next paragraph
    (styles9 teranga_presidency): "the end" is a noun after its article, no speech verb; the press it was said to
    is no content."""
    body = ("Audience\n\nPresident Oumar Ndour received Foreign Minister Jorge Albareda.\n\nAt the end of the "
            "audience, the minister declared to the press:\n\n\"Teranga is a strategic partner for Valdoria.\"")
    assert_statements(body, [
        ("Jorge Albareda", "direct", "Teranga is a strategic partner for Valdoria."),
    ])


def test_a_lead_in_that_reports_something_before_its_subject_is_still_a_statement():
    """Guard: "Noting the end of the talks, the minister said:" has a speech verb of its own, not after an article."""
    body = ("Audience\n\nPresident Oumar Ndour received Foreign Minister Jorge Albareda.\n\nNoting the end of the "
            "talks, the minister said:\n\n\"Teranga is a strategic partner for Valdoria.\"")
    assert_statements(body, [
        ("Jorge Albareda", "indirect", "Noting the end of the talks, the minister said"),
        ("Jorge Albareda", "direct", "Teranga is a strategic partner for Valdoria."),
    ])
