"""Rules from the hundred-thirty-ninth held-out set (White House readouts, 2021): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_speech_participle_after_a_message_from_someone_is_the_senders():
    """"During the visit, he delivered a message from President Y reaffirming his personal support … and
    urging a swift return to …" (2021-08-13, Tunisia): the participle tells what the message says, and
    the message is its sender's, not the courier's (the subject "he"). Before, "reaffirming" was no cue
    and "and urging" took the courier as its subject."""
    body = ("Deputy Adviser Tom Rell traveled to Ostrava and met today with President Ivo Marek. "
            "During the visit, he delivered a message from President Petr Halen reaffirming his "
            "personal support for the Ostravan people and urging a swift return to parliamentary rule. "
            "Deputy Adviser Rell also met with civil society leaders and conveyed support for their work.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "During the visit, he delivered a message from President Petr Halen "
                                   "reaffirming his personal support for the Ostravan people and urging a "
                                   "swift return to parliamentary rule."),
        ("Tom Rell", "indirect", "Deputy Adviser Rell also met with civil society leaders and conveyed "
                                 "support for their work."),
    ])


def test_a_letter_from_someone_inviting_is_the_senders():
    """The same class with another written noun and no courier: "The Minister handed over a letter from
    the King inviting …" is the King's invitation."""
    body = ("Foreign Minister Anna Vold received Ambassador Karl Dorn. "
            "The Ambassador handed over a letter from King Harald Brun inviting the Minister to visit Velmora.")
    assert_statements(body, [
        ("Harald Brun", "indirect", "The Ambassador handed over a letter from King Harald Brun inviting the "
                                    "Minister to visit Velmora."),
    ])


def test_what_a_speaker_notes_that_another_made_clear_stays_his():
    """"Mr. Sullivan explained that this administration believes …, while also noting that the President
    has made clear that if diplomacy fails, …" (2021-10-05): the second speaker's verb lies in what the
    first speaker's participle ("noting that") reports; the sentence is the first speaker's. Before, it
    was cut at ", while also noting" and the rest given to the President."""
    body = ("Adviser Tom Rell hosted Adviser Ivo Marek at the White House. "
            "Mr. Rell explained that this administration believes diplomacy is the best path to achieve that "
            "goal, while also noting that the President has made clear that if diplomacy fails, the country "
            "is prepared to turn to other options.")
    assert_statements(body, [
        ("Tom Rell", "indirect", "Mr. Rell explained that this administration believes diplomacy is the best "
                                 "path to achieve that goal, while also noting that the President has made "
                                 "clear that if diplomacy fails, the country is prepared to turn to other "
                                 "options."),
    ])
