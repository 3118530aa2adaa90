"""Patterns found by the twentyseventh held-out set (real Kremlin readouts, 2001-2020).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_described_label_whose_office_holds_a_comma():
    """A transcript label whose office is a list ("Minister of Civil Defence, Emergencies
    and Disaster Relief Yevgeny Zinichev:") is a label like one without the comma; the
    turn after it is the minister's, not the President's going on."""
    body = (
        "President Arvo Lindqvist held a working meeting with Minister of Roads, Bridges and Harbours Tomas Velde.\n\n"
        "* * *\n\n"
        "Arvo Lindqvist: Mr Velde, how did the year go?\n\n"
        "Minister of Roads, Bridges and Harbours Tomas Velde: Mr President, thank you. It was a hard year.\n\n"
        "We rebuilt four bridges on the northern coast."
    )
    assert_statements(body, [
        ("Arvo Lindqvist", "direct", "Mr Velde, how did the year go?"),
        ("Tomas Velde", "direct", "Mr President, thank you. It was a hard year."),
        ("Tomas Velde", "direct", "We rebuilt four bridges on the northern coast."),
    ])


def test_a_message_quoted_after_its_lead_in_paragraph_is_the_senders():
    """"X expressed condolences … / The message reads, in part: / “Marta Olsen was …”":
    the quotation is the message's, so the sender's, even when it opens with the name of
    the person it speaks of; the lead-in paragraph between says nothing of its own."""
    body = (
        "President Arvo Lindqvist expressed deep condolences over the death of the actress Marta Olsen.\n\n"
        "The message reads, in part:\n\n"
        "“Marta Olsen was a gifted and generous person. Millions of people loved her work on the stage.”\n\n"
        "Marta Olsen died in Velm at the age of 86."
    )
    assert_statements(body, [
        ("Arvo Lindqvist", "indirect",
         "President Arvo Lindqvist expressed deep condolences over the death of the actress Marta Olsen."),
        ("Arvo Lindqvist", "direct",
         "Marta Olsen was a gifted and generous person. Millions of people loved her work on the stage."),
    ])


def test_greeted_on_a_holiday_is_a_congratulation():
    """"X greeted the staff on their professional holiday": greetings on a holiday, an
    anniversary or a birthday are said (congratulated); "greeted the guests at the door"
    is not."""
    body = (
        "President Arvo Lindqvist greeted employees and veterans of the Coast Guard on their professional holiday "
        "and the 100th anniversary of the service.\n\n"
        "Earlier, President Arvo Lindqvist greeted the guests at the entrance of the palace."
    )
    assert_statements(body, [
        ("Arvo Lindqvist", "indirect",
         "President Arvo Lindqvist greeted employees and veterans of the Coast Guard on their professional holiday "
         "and the 100th anniversary of the service."),
    ])


def test_sent_a_message_to_someone_congratulating_them():
    """"X sent a message to Y congratulating him on …": the message's words are reported
    like "sent a message expressing …" (a bare "sent a message to Y" says nothing)."""
    body = (
        "President Arvo Lindqvist sent a message to Tomas Velde congratulating him on taking office as "
        "Prime Minister of Kastravia.\n\n"
        "President Arvo Lindqvist also sent a message to the Velm Film Festival."
    )
    assert_statements(body, [
        ("Arvo Lindqvist", "indirect",
         "President Arvo Lindqvist sent a message to Tomas Velde congratulating him on taking office as "
         "Prime Minister of Kastravia."),
    ])
