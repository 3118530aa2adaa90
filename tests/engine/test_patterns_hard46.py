"""Readings of the forty-sixth hard set (speech not made beside speech made): greetings extended with the
addressee first, words of gratitude passed on, a message passed on by a courier, and "As X told the media, …"
as the source of what follows.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

LEAD = "President of Tarnovia Ivor Selchuk met with Ambassador of Miravel Gunnar Vestholm.\n\n"


def test_greetings_extended_with_the_addressee_first_are_the_envoys():
    """"The diplomat extended to the head of state the warmest greetings of President X …" (hard46
    zalessia_president_meets_karsavian_ambassador): the addressee stands between the verb and the kind greetings,
    as after "passed" and "gave"; the envoy who carries them speaks."""
    said = ("Gunnar Vestholm extended to the head of state the warmest greetings of Miravelian President Solveig "
            "Arnholt and her thanks for the grain shipments.")
    assert_statements(LEAD + said + "\n", [("Gunnar Vestholm", "indirect", said)])


def test_a_courtesy_extended_to_someone_is_still_no_speech():
    """The guard of the same rule: "extended" with no greetings, wishes or thanks after it is an act (as before)."""
    body = LEAD + "Gunnar Vestholm extended to the head of state the programme of the coming visit.\n"
    assert_statements(body, [])


def test_words_of_gratitude_passed_on_are_the_carriers_statement():
    """"X passed on to the senators the words of gratitude of President Y for …" (hard46
    zarichia_head_of_office_meets_fennmark_senators): words relayed, the addressee maybe first; the one who passes
    them on speaks."""
    said = ("Gunnar Vestholm passed on to the President the words of gratitude of the Miravelian Prime Minister "
            "for the help after the floods.")
    assert_statements(LEAD + said + "\n", [("Gunnar Vestholm", "indirect", said)])


def test_a_message_passed_on_from_one_to_another_is_a_couriers_act():
    """"He also passed on a message from X to the head of state." (hard46
    zalessia_president_meets_karsavian_ambassador): a message handed over from its sender to its addressee, nothing
    after the addressee, is a courier's act, as "conveyed the message to X." is; the message's own words, told after
    it, are its sender's."""
    message = "In the message, the Miravelian President invites Ivor Selchuk to visit Miravel in the spring."
    body = (LEAD + "Gunnar Vestholm passed on a message from President Solveig Arnholt to the head of state. "
            + message + "\n")
    assert_statements(body, [("Solveig Arnholt", "indirect", message)])


def test_a_message_passed_on_that_says_something_or_an_invitation_is_still_speech():
    """The guard of the same rule: a message passed on with what it says after the addressee, and an invitation
    passed on, are the carrier's statements (as before)."""
    said = ("Gunnar Vestholm passed on a message from President Solveig Arnholt to the head of state expressing hope "
            "for an early visit.")
    invited = "He also passed on an invitation from Solveig Arnholt to visit Miravel."
    assert_statements(LEAD + said + " " + invited + "\n",
                      [("Gunnar Vestholm", "indirect", said), ("Gunnar Vestholm", "indirect", invited)])


def test_as_x_told_the_media_opens_xs_account():
    """"As Press Secretary … X told the media, the heads of state discussed …" (hard46
    zalessia_president_phone_call_tselvara_president): the press told, then the comma: a source opening the
    sentence, as "As X said, …"; all of it is X's."""
    said = ("As Press Secretary of the Tarnovian leader Oksana Drevlyuk told the media, the heads of state discussed "
            "the supply of buses.")
    body = "President of Tarnovia Ivor Selchuk had a call with President of Miravel Solveig Arnholt.\n\n" + said + "\n"
    assert_statements(body, [("Oksana Drevlyuk", "indirect", said)])


def test_told_the_media_with_no_as_and_a_second_speaker_still_splits():
    """The guard of the same rule: with no "As" before it, "X told the media that …, and Y stressed …" is two
    statements (as before)."""
    first = "Oksana Drevlyuk told the media that the call was useful,"
    second = "Ivor Selchuk stressed that buses mattered."
    body = ("President of Tarnovia Ivor Selchuk had a call with President of Miravel Solveig Arnholt.\n\n"
            + first + " and " + second + "\n")
    assert_statements(body, [("Oksana Drevlyuk", "indirect", first[:-1]), ("Ivor Selchuk", "indirect", second)])
