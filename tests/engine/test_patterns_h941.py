"""Helper h941 (sevenhundredtwelfth, the Presidency of South Sudan as its press prints it): a comma typed after "that"
("X admitted that, they have briefed …") keeps the clause the speaker's (reported_speech `Attributor._after_that`)."""

from .test_patterns import assert_statements

OPENING = "President Alan Brook of Lorin met the Ostrevian envoy Tom Reed in Tarvik on Tuesday."


def test_a_comma_after_that_keeps_the_clause_the_speakers():
    assert_statements(
        OPENING + "\n\n"
        "Speaking to the Tarvik Post Mr. Reed admitted that, they have briefed the President on the two items.",
        [("Tom Reed", "indirect",
          "Speaking to the Tarvik Post Mr. Reed admitted that, they have briefed the President on the two items.")])


def test_a_group_after_that_with_no_comma_is_unchanged():
    assert_statements(
        OPENING + "\n\n"
        "Mr. Reed said that the two delegations have briefed the President. Besides, the ministers agreed to meet again.",
        [("Tom Reed", "indirect", "Mr. Reed said that the two delegations have briefed the President.")])
