"""Rules from the hundred-fifty-second held-out set (Kremlin readouts of May 2020): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_message_sent_to_congratulate_is_the_senders_statement():
    """"Vladimir Putin sent a message to congratulate X on assuming office …" (63361): the message is named
    by what it says, a purpose infinitive of a speech verb right after it, as "a message congratulating …";
    read as a bare "sent a message", the lead went to no one."""
    body = ("President Aldo Brenn sent a message to congratulate Lena Osk on her election as President of Tesland.\n\n"
            "The two countries have long been friends.")
    assert_statements(body, [
        ("Aldo Brenn", "indirect",
         "President Aldo Brenn sent a message to congratulate Lena Osk on her election as President of Tesland."),
    ])


def test_a_message_to_an_addressee_sent_to_express_sympathy_is_the_senders_statement():
    """"Vladimir Putin sent a message to President of the People's Republic of China Xi Jinping to express
    his deep sympathy …" (hundred-eleventh's 62709): the infinitive after a long addressee."""
    body = ("After the floods, President Aldo Brenn sent a message to President of the Republic of Tesland Lena "
            "Osk to express his deep sympathy to the families of the victims.\n\n"
            "Rescue teams are still at work.")
    assert_statements(body, [
        ("Aldo Brenn", "indirect",
         "After the floods, President Aldo Brenn sent a message to President of the Republic of Tesland Lena Osk "
         "to express his deep sympathy to the families of the victims."),
    ])


def test_a_bare_message_sent_to_an_addressee_stays_narrative():
    """The guard: "sent a message to X" with no speech verb after it says nothing of what the message says
    (the settled convention), nor does a purpose infinitive that is no speech verb."""
    body = ("President Aldo Brenn sent a message to President Lena Osk of Tesland.\n\n"
            "President Aldo Brenn sent a letter to the ministry to arrange the visit.")
    assert_statements(body, [])


def test_a_turn_that_is_a_figure_alone_is_the_speakers_words():
    """"Vladimir Putin: Was it 950?" / "Igor Sechin: 950." (63346): a transcript turn holding a figure alone
    was dropped as holding no word."""
    body = ("Aldo Brenn had a meeting with Varnia Oil CEO Piet Dorn.\n\n"
            "President of Varnia Aldo Brenn: Mr Dorn, what was the plan this year?\n\n"
            "Varnia Oil CEO Piet Dorn: Mr President, we planned to invest more than last year.\n\n"
            "Aldo Brenn: What was the plan this year?\n\n"
            "Piet Dorn: 950.\n\n"
            "Aldo Brenn: So you want to cut it?")
    assert_statements(body, [
        ("Aldo Brenn", "direct", "Mr Dorn, what was the plan this year?"),
        ("Piet Dorn", "direct", "Mr President, we planned to invest more than last year."),
        ("Aldo Brenn", "direct", "What was the plan this year?"),
        ("Piet Dorn", "direct", "950."),
        ("Aldo Brenn", "direct", "So you want to cut it?"),
    ])


def test_a_turn_of_marks_alone_is_no_ones_words():
    """The guard: a turn of marks alone ("<…>") is still dropped."""
    body = ("Aldo Brenn had a meeting with Varnia Oil CEO Piet Dorn.\n\n"
            "President of Varnia Aldo Brenn: Mr Dorn, what was the plan this year?\n\n"
            "Varnia Oil CEO Piet Dorn: Mr President, we planned to invest more than last year.\n\n"
            "Aldo Brenn: What was the plan this year?\n\n"
            "Piet Dorn: <…>")
    assert_statements(body, [
        ("Aldo Brenn", "direct", "Mr Dorn, what was the plan this year?"),
        ("Piet Dorn", "direct", "Mr President, we planned to invest more than last year."),
        ("Aldo Brenn", "direct", "What was the plan this year?"),
    ])
