"""Readings of real Kremlin text of stop 31: inside a speaker's turn, a list read out as
"Office: Full Name." paragraphs (the Prime Minister naming his Government) is the speaker's
list going on, not a new label and turn per entry.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Working meeting with Prime Minister Ivo Darnel"


def test_office_and_holder_entries_go_on_in_the_turn():
    """"Dmitry Medvedev: I will name everyone. / … / Interior Minister: Vladimir Kolokoltsev. / Minister for
    Civil Defence, Emergencies and Natural Disaster Relief: Yevgeny Zinichev. / Minister of Foreign Affairs:
    Sergei Lavrov." (two-hundred-forty-first 57492): each "Office: Full Name." paragraph is an entry of the list
    the Prime Minister reads, his words, not a label opening someone's turn."""
    body = (
        "President of Velania Oren Vask: Go ahead, Mr Darnel.\n\n"
        "Prime Minister Ivo Darnel: I will name everyone.\n\n"
        "Deputy Prime Minister Lina Sorvat.\n\n"
        "Interior Minister: Pavel Ostrand.\n\n"
        "Minister for Civil Defence, Emergencies and Natural Disaster Relief: Yanek Morrow.\n\n"
        "Minister of Foreign Affairs: Teodor Kallas.\n\n"
        "Oren Vask: I agree, and I will sign the executive orders today.\n\n"
        "Ivo Darnel: We will introduce the new ministers shortly.\n"
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Go ahead, Mr Darnel."),
        ("Ivo Darnel", "direct", "I will name everyone."),
        ("Ivo Darnel", "direct", "Deputy Prime Minister Lina Sorvat."),
        ("Ivo Darnel", "direct", "Interior Minister: Pavel Ostrand."),
        ("Ivo Darnel", "direct", "Minister for Civil Defence, Emergencies and Natural Disaster Relief: Yanek Morrow."),
        ("Ivo Darnel", "direct", "Minister of Foreign Affairs: Teodor Kallas."),
        ("Oren Vask", "direct", "I agree, and I will sign the executive orders today."),
        ("Ivo Darnel", "direct", "We will introduce the new ministers shortly."),
    ], title=TITLE)


def test_an_office_label_with_words_still_opens_a_turn():
    """Guard: an office's label followed by words spoken ("Interior Minister: Thank you, Mr President.") or by a
    name with an honorific stays a label: the rule takes a bare full name alone after the colon."""
    body = (
        "President of Velania Oren Vask: Mr Ostrand, please.\n\n"
        "Interior Minister Pavel Ostrand: Thank you, Mr President.\n\n"
        "Oren Vask: Go on.\n\n"
        "Pavel Ostrand: The plan is ready.\n"
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Mr Ostrand, please."),
        ("Pavel Ostrand", "direct", "Thank you, Mr President."),
        ("Oren Vask", "direct", "Go on."),
        ("Pavel Ostrand", "direct", "The plan is ready."),
    ], title=TITLE)
