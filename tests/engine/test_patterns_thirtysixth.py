"""Patterns found by the thirtysixth held-out set (real Kremlin readouts, 2000 and 2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_title_sending_telegrams_names_the_sender():
    """Title "President X sent telegrams of condolences to the President and Prime Minister
    of Y …" over "The telegram reads, in particular: “…”": the plural "telegrams" (or
    "messages", "letters") is a written message its host sent, as "sent a telegram" is;
    the quoted words are the sender's."""
    title = ("President Petr Halen sent telegrams of condolences to the President and Prime Minister of Velmora "
             "following the floods that struck the country")
    body = (
        "The telegram reads, in particular:\n\n"
        "“We share the Velmoran people’s grief and wish a speedy recovery to all who were injured.”"
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "We share the Velmoran people’s grief and wish a speedy recovery to all who were injured."),
    ], title=title)


def test_a_title_sending_someone_a_message_names_the_sender():
    """Title "X sent the King of Y, Harald V, a congratulatory message on …": the person
    sent to comes between "sent" and "a … message"; the host is still the sender of the
    message the body quotes."""
    title = ("Petr Halen sent the King of Tarsia, Orvin II, a congratulatory message on the occasion of the "
             "100th anniversary of diplomatic relations")
    body = (
        "The message reads, in particular:\n\n"
        "“One hundred years ago Ostrava recognised the sovereignty of Tarsia.\n\n"
        "I hope that our relations will continue to develop in the spirit of mutual respect.”"
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "One hundred years ago Ostrava recognised the sovereignty of Tarsia."),
        ("Petr Halen", "direct", "I hope that our relations will continue to develop in the spirit of mutual respect."),
    ], title=title)


def test_requires_that_is_an_order():
    """"The President requires that special attention be paid to …": a person's requirement
    with its content is an order (as "instructed", "demanded that"); "The plan requires that
    funds be found", of a thing, is no one's statement."""
    body = (
        "At the session of the Council for National Projects, President Petr Halen emphasized that spending on "
        "schools will rise by a third next year.\n\n"
        "The President requires that special attention be paid to administrative procedures.\n\n"
        "The new housing plan requires that additional funds be found in the regional budgets."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect",
         "At the session of the Council for National Projects, President Petr Halen emphasized that spending on "
         "schools will rise by a third next year."),
        ("Petr Halen", "indirect", "The President requires that special attention be paid to administrative procedures."),
    ])
