"""Rules from the three-hundred-eleventh held-out set (White House, 2001-2014): invented readouts, invented people
and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_FUTURE_HEADLINE = "President Arvan Tolmen to Welcome PM Kesh Dorrel: Statement by the Press Secretary"


def test_a_future_headlines_to_and_verb_part_host_from_guest():
    """"President Bush to Welcome PM Howard" / "… and the President appreciates the opportunity to discuss these
    issues with his friend, the Prime Minister." (threehundredeleventh 2003-02-04): the joiner "to" had made one
    person of "President Bush to Welcome PM Howard", titled Prime Minister Howard, who then took the body's "the
    President". Cut at " to Welcome" as at "Welcomes", the President is the host."""
    body = ("Prime Minister Kesh Dorrel of Veldia has accepted the President’s invitation to meet on May 3 at the "
            "Palace. Veldia is among the closest of Arvania’s partners, and the President appreciates the "
            "opportunity to discuss these issues with his friend, the Prime Minister.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "the President appreciates the opportunity to discuss these issues with his "
                                     "friend, the Prime Minister."),
    ], title=_FUTURE_HEADLINE)


def test_the_future_headlines_guest_keeps_his_own_words():
    """Guard: the guest cut off after " to Welcome" is still a person of the title; what he says stays his."""
    body = ("Prime Minister Kesh Dorrel thanked the President for the invitation. "
            "The President looks forward to the meeting.")
    assert_statements(body, [
        ("Kesh Dorrel", "indirect", "Prime Minister Kesh Dorrel thanked the President for the invitation."),
        ("Arvan Tolmen", "indirect", "The President looks forward to the meeting."),
    ], title=_FUTURE_HEADLINE)


_INVITATION = "Statement by the Press Secretary"


def test_an_opportunity_for_the_two_leaders_is_no_carried_on_word():
    """"President Bush looks forward to a meeting and working dinner with the Prime Minister.  This will be an
    opportunity for the two leaders to review the scope of this exceptionally close and important bilateral
    relationship …" (threehundredeleventh 2001-01-25): what the meeting is for, its people a group; before, the
    sentence was carried on as Bush's."""
    body = ("The President has invited Prime Minister Kesh Dorrel of Veldia to meet with him on May 3.  "
            "President Arvan Tolmen looks forward to a working dinner with the Prime Minister.  "
            "This will be an opportunity for the two leaders to review the scope of this close relationship.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "The President has invited Prime Minister Kesh Dorrel of Veldia to meet with "
                                     "him on May 3."),
        ("Arvan Tolmen", "indirect", "President Arvan Tolmen looks forward to a working dinner with the Prime "
                                     "Minister."),
    ], title=_INVITATION)


def test_an_opportunity_for_a_region_still_carries_on():
    """Guard: "an opportunity for the region" names no group of people (`GROUP_HEADS`): the sentence after the
    President's words is still his, as before."""
    body = ("President Arvan Tolmen said that the new port would open next year. "
            "This will be an opportunity for the region to expand its trade.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "President Arvan Tolmen said that the new port would open next year."),
        ("Arvan Tolmen", "indirect", "This will be an opportunity for the region to expand its trade."),
    ], title=_INVITATION)
