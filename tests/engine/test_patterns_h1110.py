"""Helper h1110 (eighthundredfortysixth, the Premier of KwaZulu-Natal): a lone surname that speaks in the present
("Ntuli says …") on a radio page stored without its lead, so that no fuller form of the name is ever printed, is a
person's when it stands as one subject with an office-holder named after his office ("Ntuli and Transport MEC
Sboniso Duma met with non-striking groups"). Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "Efforts are being made to bring calm to the ferry trade through talks which began in Valdora on Thursday.\n\n"
_SAYS = "Brenko says the issuing of permits topped the agenda.\n\n"
_QUOTED = "We have agreed that it is important that we consult everyone so that we find a way forward."
_AFTER = "The meeting will continue on Friday."


def test_a_lone_surname_beside_a_named_office_holder_speaks():
    """The surname speaks once, in the present, and is joined by "and" to "Transport MEC Tomas Vell": his report and
    the untagged quotation after it are his. Before, both were no one's (a lone word that speaks only in the
    present was read as a body's or a place's name)."""
    body = (_TALKS + _SAYS + f"\"{_QUOTED}\"\n\n"
            "Brenko and Transport MEC Tomas Vell met with the ferry owners to discuss solutions.\n\n" + _AFTER)
    assert_statements(body, [
        ("Brenko", "indirect", "Brenko says the issuing of permits topped the agenda."),
        ("Brenko", "direct", _QUOTED),
    ])


def test_a_lone_surname_beside_a_minister_speaks_in_the_past():
    """The same with another office before the holder's name ("Minister Lisa Harvo") and a past speech verb."""
    body = ("Talks on the ferry permits went on in Valdora on Thursday.\n\n"
            "Brenko said the issuing of permits topped the agenda.\n\n"
            "Brenko and Minister Lisa Harvo later visited the harbour.")
    assert_statements(body, [
        ("Brenko", "indirect", "Brenko said the issuing of permits topped the agenda."),
    ])


def test_a_lone_word_not_joined_to_an_office_holder_stays_no_ones():
    """The guard: the same page where the lone word stands beside no named office-holder ("Brenko and the ferry
    owners met …") stays as it was: a lone word that speaks once in the present may be a body's ("Tarvex says …")."""
    body = (_TALKS + _SAYS + f"\"{_QUOTED}\"\n\n"
            "Brenko and the ferry owners met to discuss solutions.\n\n" + _AFTER)
    assert_statements(body, [])


def test_a_lone_word_that_stands_as_a_place_stays_no_ones():
    """The guard: a lone word that also stands after "at" as a place or a body does ("at Tarvex") stays no one's
    though an office-holder is joined to it."""
    body = (_TALKS + "Tarvex says the issuing of permits topped the agenda.\n\n"
            "Tarvex and Transport MEC Tomas Vell met with the ferry owners at Tarvex to discuss solutions.\n\n" + _AFTER)
    assert_statements(body, [])
