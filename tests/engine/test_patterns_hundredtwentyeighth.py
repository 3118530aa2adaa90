"""Rules from the hundred-twenty-eighth held-out set (en.kremlin.ru, November 2002): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President Aldo Verran met with Senate Speaker Tomas Ivel and Senator Karo Belt"


def test_the_visitors_agreeing_do_not_carry_on_the_hosts_report():
    """"Mr Putin emphasised once again that … . The visitors agreed with his opinion." (27766): "the visitors"
    are the guests who met him, a group; the sentence is theirs, not his report carried on. Before, it was
    read as the host's words."""
    body = ("They discussed the dispute over the river.\n\n"
            "Mr Verran stressed that the talks had to resume. "
            "The visitors agreed with his opinion.")
    assert_statements(body, title=TITLE, expected=[
        ("Aldo Verran", "indirect", "Mr Verran stressed that the talks had to resume."),
    ])


def test_the_guests_agreeing_do_not_carry_on_the_hosts_report():
    """The same class with "the guests": a plural of the people received, a group."""
    body = ("They discussed the border.\n\n"
            "Mr Verran said that the border had to be reopened. "
            "The guests fully agreed with him.")
    assert_statements(body, title=TITLE, expected=[
        ("Aldo Verran", "indirect", "Mr Verran said that the border had to be reopened."),
    ])
