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


_LEAD = ("Deputy Adviser Tom Rell met today with President Ivo Marek. "
         "Deputy Adviser Rell discussed with President Marek the urgent need to appoint a new cabinet. ")
_NEXT = "Deputy Adviser Rell also met with civil society leaders and conveyed support for their work."


def _carried(middle: str) -> None:
    """`middle` between two statements of Tom Rell's is his too."""
    assert_statements(_LEAD + middle + " " + _NEXT, [
        ("Tom Rell", "indirect", "Deputy Adviser Rell discussed with President Marek the urgent need to appoint "
                                 "a new cabinet."),
        ("Tom Rell", "indirect", middle),
        ("Tom Rell", "indirect", _NEXT),
    ])


def test_a_gerund_clause_heading_a_sentence_carries_the_report_on():
    """"Finer discussed with President Y the urgent need to appoint a prime minister … Empowering a new
    government to stabilize the economy will also create space for an inclusive dialogue about proposed
    constitutional and electoral reforms in response to the widely expressed demands of many Tunisians for …
    Finer also met … and conveyed …" (2021-08-13): a sentence with no speech verb between two statements of
    one person, headed by a gerund clause and a modal, gives the reason of his report: his. Before, the
    gerund was read as a name acting (narrative) and "proposed", "expressed", "demands" as speech verbs."""
    _carried("Empowering a new cabinet to stabilize the economy will also create space for an open dialogue "
             "about proposed constitutional reforms in response to the widely expressed demands of many citizens "
             "for honest, effective, and transparent governance.")


def test_an_adverb_before_an_attributive_speech_participle_keeps_it_an_adjective():
    """"the widely expressed demands of many Tunisians" (2021-08-13): an -ly adverb between the article and
    the -ed form, and the -s form after them, are an adjective and its noun, no one speaking, so the
    sentence still carries on the report around it."""
    _carried("Empowering a new cabinet will also answer the widely expressed demands of many citizens.")


def test_a_speech_participle_after_about_is_an_adjective():
    """"a dialogue about proposed constitutional and electoral reforms" (2021-08-13): "about" before the -ed
    form and two lower-case words after it, as "of guaranteed medical services": an adjective, no one
    proposing; the sentence carries the report on."""
    _carried("Empowering a new cabinet will also open a dialogue about proposed constitutional and electoral "
             "reforms.")
