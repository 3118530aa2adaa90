"""Patterns found by the thirtieth held-out set (real Kremlin news readouts, 2001-2002).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_message_whose_sender_only_the_title_names():
    """Title "President X congratulated Y on …" over a body of "The message said, in part:"
    and a quotation: the body names no one, the quotation is the message, the title's
    host wrote it."""
    body = (
        "The message said, in part:\n\n"
        "“I am confident that the friendship between Kastravia and Osterra will grow for the good of our peoples.”"
    )
    assert_statements(body, [
        ("Arvo Lindqvist", "direct",
         "I am confident that the friendship between Kastravia and Osterra will grow for the good of our peoples."),
    ], title="President Arvo Lindqvist congratulated Governor-General Mara Olsen on Founders Day")


def test_a_quotation_under_a_title_that_reports_no_message_stays_unattributed():
    """The same body under a title that reports a meeting, not a message: nobody is
    known to have written it."""
    body = (
        "The message said, in part:\n\n"
        "“I am confident that the friendship between Kastravia and Osterra will grow for the good of our peoples.”"
    )
    assert_statements(body, [], title="President Arvo Lindqvist met with Governor-General Mara Olsen")


def test_an_office_after_a_comma_in_the_title_is_the_named_persons():
    """Title "… a working meeting with Tomas Velde, Minister for Roads, Bridges and
    Harbours": "the Minister" of the body is Velde, as when the body names him so."""
    body = (
        "The Minister reported on the state of the northern roads. He spoke about the new bridge at Velm.\n\n"
        "Tomas Velde explained that the coastal road must be rebuilt first."
    )
    assert_statements(body, [
        ("Tomas Velde", "indirect", "The Minister reported on the state of the northern roads."),
        ("Tomas Velde", "indirect", "He spoke about the new bridge at Velm."),
        ("Tomas Velde", "indirect", "Tomas Velde explained that the coastal road must be rebuilt first."),
    ], title="President Arvo Lindqvist had a working meeting with Tomas Velde, Minister for Roads, Bridges and Harbours")


def test_called_to_with_a_verb_is_an_appeal():
    """"X called to bridge the gap …" asks for something, as "called for" does; "was called
    to the podium" does not."""
    body = (
        "President Arvo Lindqvist met with the national ski team.\n\n"
        "Mr Lindqvist called to build more ski jumps and tracks in the northern regions.\n\n"
        "The team captain was then called to the podium."
    )
    assert_statements(body, [
        ("Arvo Lindqvist", "indirect",
         "Mr Lindqvist called to build more ski jumps and tracks in the northern regions."),
    ])


def test_spoke_highly_of_is_praise():
    """"X spoke highly of the contribution …" praises."""
    body = (
        "President Arvo Lindqvist met with members of the Velm diaspora.\n\n"
        "He spoke highly of the contribution the diaspora had made to the country's cultural life."
    )
    assert_statements(body, [
        ("Arvo Lindqvist", "indirect",
         "He spoke highly of the contribution the diaspora had made to the country's cultural life."),
    ])


def test_evaluated_as_is_an_assessment():
    """"X evaluated the team's performance as satisfactory" voices an assessment;
    "evaluated the bridges as well as the roads" is an inspection."""
    body = (
        "President Arvo Lindqvist met with the national ski team.\n\n"
        "Mr Lindqvist evaluated the team’s performance at the winter games as perfectly satisfactory.\n\n"
        "Later, engineers evaluated the bridges as well as the roads of the region."
    )
    assert_statements(body, [
        ("Arvo Lindqvist", "indirect",
         "Mr Lindqvist evaluated the team’s performance at the winter games as perfectly satisfactory."),
    ])
