"""Rules from the thousand-ninth held-out set (the Governor of Busia County, Kenya, and those who speak at or of the
county's meetings, 2017-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_ordered_them_to_act_is_an_order():
    """"The governor rescheduled the meeting to Wednesday this week. He ordered them to prepare the ongoing projects
    status …" (Opera News' feed of the Busia County page): an order to those just named, as "directed them to deliver
    …" is read. Before, "ordered" took a named addressee, an office, "his …" or "all …" before its "to", never "them",
    and the order was lost."""
    body = ("Governor Tomas Velk met the county's executive committee members at the training centre.\n\n"
            "Addressing them, Velk said that they were not performing to his expectations.\n\n"
            "The governor rescheduled the meeting to Wednesday. He ordered them to prepare a report on the stalled "
            "projects.")
    assert_statements(body, [
        ("Tomas Velk", "indirect", "Addressing them, Velk said that they were not performing to his expectations."),
        ("Tomas Velk", "indirect", "He ordered them to prepare a report on the stalled projects."),
    ])


def test_ordered_them_to_a_place_stays_narrative():
    """The guard: "ordered them to the hall" is a way shown, and "ordered them to be …" another's act; no words told
    either way: no statement."""
    body = ("Governor Tomas Velk met the county's executive committee members at the training centre.\n\n"
            "The governor ordered them to the main hall. He later ordered them to be driven home.")
    assert_statements(body, [])


def test_was_responding_to_reports_is_the_occasion():
    """"Ojaamong was responding to reports that Otuoma had ditched NASA presidential candidate Raila Odinga …" (the
    County Government of Busia's page): what he answered, others' reports, as "was responding to a question posed by
    …" is read; the reports' words are nobody's statement. Before, "reports" was not among the words answered, and
    the sentence was given to him."""
    body = ("Governor Tomas Velk has said that the move by his rival Ivo Marek to join the Unity Party will have no "
            "impact.\n\n"
            "Velk was responding to reports that Marek had left the Progress Party over claims that its leader "
            "sidelined him.\n\n"
            "Velk said the move confirms his earlier assertion.")
    assert_statements(body, [
        ("Tomas Velk", "indirect", "Governor Tomas Velk has said that the move by his rival Ivo Marek to join the "
                                   "Unity Party will have no impact."),
        ("Tomas Velk", "indirect", "Velk said the move confirms his earlier assertion."),
    ])


def test_was_responding_to_reports_saying_still_speaks():
    """The guard: his own words after the reports (", saying …") are the statement the sentence tells: his, whole."""
    body = ("Governor Tomas Velk spoke in Dorva on Monday.\n\n"
            "Velk was responding to reports that Ivo Marek had left the party, saying the party remained united.")
    assert_statements(body, [
        ("Tomas Velk", "indirect", "Velk was responding to reports that Ivo Marek had left the party, saying the party "
                                   "remained united."),
    ])
