"""Rules from the two-hundred-forty-seventh held-out set (en.kremlin.ru, February 2020): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_bare_name_labels_that_recur_are_a_dialogue():
    """"Andrei Vandenko: Why aren’t you asking me about what I am holding in my hands?" / "Vladimir Putin:
    Well, it is an iPad, I assume." (62867): an interview whose labels are bare full names the readout never
    introduced. Two labels that each open two paragraphs or more are the turns of a dialogue; before, no
    label was read and the whole transcript was lost."""
    body = ("Part of Ivan Petrov's interview to the Norland News Agency has been published.\n\n"
            "Oleg Sarin: What are you holding in your hands?\n\n"
            "Ivan Petrov: Well, it is a tablet, I assume.\n\n"
            "Oleg Sarin: Do you use it every day?\n\n"
            "Ivan Petrov: No, I do not.\n\n"
            "I simply have other ways to make a call.")
    assert_statements(body, [
        ("Oleg Sarin", "direct", "What are you holding in your hands?"),
        ("Ivan Petrov", "direct", "Well, it is a tablet, I assume."),
        ("Oleg Sarin", "direct", "Do you use it every day?"),
        ("Ivan Petrov", "direct", "No, I do not."),
        ("Ivan Petrov", "direct", "I simply have other ways to make a call."),
    ])


def test_one_recurring_heading_is_no_dialogue():
    """The guard: one capitalised heading that opens two paragraphs ("Key Points: …") is a list's
    heading, not a speaker, when no other label recurs."""
    body = ("Ivan Petrov met with the Norland delegation.\n\n"
            "Key Points: the energy projects were reviewed.\n\n"
            "Key Points: the schedule of visits was agreed.")
    assert_statements(body, [])
