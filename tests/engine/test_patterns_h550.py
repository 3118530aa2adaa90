"""Readings of errors of the fourhundredtwelfth set (president.az readouts, stop 40): an adverb of gratitude between
the subject and its verbs ("President X gratefully accepted the invitation and, in turn, invited …", merz_call), and a
group subject named "members of the …" after a reported "that" and a fronted adverbial ("X said that during his
meeting with the community, members of the community said …", tatarstan).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL = "On May 3, Chancellor Arno Vell of Velchia made a phone call to President Ilsa Marrow of Norland.\n\n"


def test_gratefully_between_the_subject_and_its_verbs_keeps_the_later_invitation_hers():
    """"President X gratefully accepted the invitation and, in turn, invited the German Chancellor to visit …"
    (fourhundredtwelfth az_president_2025-12-04_merz_call): "gratefully" is an adverb between the subject and her
    verb, as "gladly" is; the invitation she extends is her statement, the whole sentence."""
    sentence = ("President Ilsa Marrow gratefully accepted the invitation and, in turn, invited the Velchian "
                "Chancellor to visit Norland.")
    assert_statements(CALL + sentence + "\n", [("Ilsa Marrow", "indirect", sentence)])


def test_gratefully_before_an_acceptance_alone_is_still_narrative():
    """The guard of the same rule: an acceptance with no speech verb after it is an act, as before."""
    assert_statements(CALL + "President Ilsa Marrow gratefully accepted the invitation.\n", [])


MEETING = "Governor Piet Harven of Ostra received a delegation of the Vellish community of Brenn.\n\n"


def test_members_of_a_body_after_a_reported_that_and_a_fronted_adverbial_say_what_the_speaker_reports():
    """"Rustam Minnikhanov said that during his meeting with the Tatar community in Azerbaijan, members of the
    community said tolerance …" (fourhundredtwelfth az_president_2015-04-14_tatarstan): the later "said" is inside
    the "that" clause, after its fronted adverbial; its subject "members of the community" is read from its body,
    the words before it the subject's too: one statement of the Governor's, the whole sentence."""
    sentence = ("Governor Piet Harven said that during his meeting with the Vellish community in Ostra, members of "
                "the community said the region's tolerance gave them a good life.")
    assert_statements(MEETING + sentence + "\n", [("Piet Harven", "indirect", sentence)])


def test_members_of_a_body_after_a_closed_statement_is_a_group_of_its_own():
    """The guard of the same rule: with no "that" and no fronted adverbial before it, a new sentence whose subject is
    "members of the community" is a group's (no statement), the Governor's before it his alone (as before)."""
    first = "Governor Piet Harven said the region's tolerance gave the community a good life."
    body = MEETING + first + " Members of the community said they were grateful.\n"
    assert_statements(body, [("Piet Harven", "indirect", first)])
