"""Rules from the hundred-fifty-eighth held-out set (en.kremlin.ru, June - July 2020): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_message_to_an_addressee_of_a_long_style_conveying_condolences_is_said():
    """"Vladimir Putin sent a message to President of the People’s Republic of China Xi Jinping conveying his
    condolences over …" (63615): the addressee's style runs to nine words before the participle that names the
    message's content; "sent a message to X conveying …" is said whatever the length of X's style (as the purpose
    infinitive's "sent a message to … to express …" already was). Before, the lead was given to no one."""
    body = ("President Ivo Marr sent a message to President of the People’s Republic of Tesland Odo Varga conveying "
            "his condolences over the heavy flooding in the south. The two countries will hold talks next month.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "President Ivo Marr sent a message to President of the People’s Republic of Tesland Odo Varga conveying "
         "his condolences over the heavy flooding in the south."),
    ])


def test_bare_message_to_an_addressee_of_a_long_style_stays_narrative():
    """The guard: a bare "sent a message to <a long style>" with no participle of speech after it stays narrative."""
    body = ("President Ivo Marr sent a message to President of the People’s Republic of Tesland Odo Varga last week. "
            "The two countries will hold talks next month.")
    assert_statements(body, [])


def test_nations_body_with_two_offices_before_one_name_is_one_speaker():
    """"Russian Post CEO and Chairman of the Management Board Maxim Akimov briefed the President on …" (63617): a body
    named with a nation's word ("Russian Post", "Russian Railways") opens the style, then two offices joined by
    "and" before one name, the second's complement a board named by a capitalised word ("of the Management
    Board"): one person's two offices, not two people. Before, the lead was read as a group's and given to no one."""
    body = ("Danish Post CEO and Chairman of the Management Board Ivan Dorn briefed the President on the company’s "
            "operation during the pandemic. The meeting took place in the capital.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect",
         "Danish Post CEO and Chairman of the Management Board Ivan Dorn briefed the President on the company’s "
         "operation during the pandemic."),
    ])


def test_nations_body_office_and_a_named_second_holder_stays_a_group():
    """The guard: "Danish Railways CEO Ivan Dorn and Chairman Oleg Rusk" names two people: a group, no statement."""
    body = ("Danish Railways CEO Ivan Dorn and Chairman Oleg Rusk briefed the President on the company’s work. "
            "The meeting took place in the capital.")
    assert_statements(body, [])
