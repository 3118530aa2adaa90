"""Readings of East Asian foreign ministries' English readouts (styles26): observations counted and their points, a
minister's own state carrying his words on in the present tense, and a second minister's stance in ", on which …"
(styles26 jiangmor_tao_ruiqing_holds_talks_with_orsennan_foreign_minister, tsurumine_mofa_foreign_ministers_meeting_orsenna).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

OPENING = "On 3 May, Foreign Minister Kellan Dorvo held talks with Ostmerian Foreign Minister Piet Hallin in Varsk.\n\n"
HOST_SAID = "Kellan Dorvo said that the two countries have been friends for decades."
OBSERVATIONS = "Kellan Dorvo made three observations on the way ahead."
POINTS = ("First, political trust should remain the anchor of the relationship.",
          "Second, the two countries should tap the potential of cooperation in grain trade.",
          "Third, people-to-people ties should be brought closer.")


def test_counted_observations_announce_points_that_go_on():
    """"X made three observations on the way ahead. First, … Second, the two countries should … Third, …": the
    observations counted are speech, as "made three points:", and the points after them are his, a group in one of
    them included (styles26 jiangmor_tao_ruiqing_holds_talks_with_orsennan_foreign_minister)."""
    body = OPENING + HOST_SAID + "\n\n" + OBSERVATIONS + " " + " ".join(POINTS) + "\n"
    assert_statements(body, [
        ("Kellan Dorvo", "indirect", HOST_SAID),
        ("Kellan Dorvo", "indirect", OBSERVATIONS),
        *[("Kellan Dorvo", "indirect", point) for point in POINTS],
    ])


def test_observations_of_a_thing_are_no_speech():
    """Guard: "made three observations of the comet from the ridge." is work done, not speech, and the sentence
    after it is no point of his."""
    body = (OPENING + HOST_SAID + "\n\n" + "Kellan Dorvo made three observations of the comet from the ridge. "
            "The observatory will open in May.\n")
    assert_statements(body, [
        ("Kellan Dorvo", "indirect", HOST_SAID),
    ])


GUEST_SAID = "Piet Hallin said that Ostmeria values the relationship."
GUEST_THANKED = "He thanked the hosts."


def test_the_speakers_own_state_in_the_present_tense_carries_his_words_on():
    """"Y said that Ostmeria values … . Ostmeria welcomes more Varskan companies …": the guest's own state, a verb in
    the present tense, his words carried on, as "the Ostmerian side welcomes …" is (styles26
    jiangmor_tao_ruiqing_holds_talks_with_orsennan_foreign_minister)."""
    welcomes = "Ostmeria welcomes more Varskan companies to invest in its provinces."
    also = "Ostmeria also supports the initiative on flood warning."
    body = OPENING + f"{GUEST_SAID} {welcomes} {also} {GUEST_THANKED}\n"
    assert_statements(body, [
        ("Piet Hallin", "indirect", GUEST_SAID),
        ("Piet Hallin", "indirect", welcomes),
        ("Piet Hallin", "indirect", also),
        ("Piet Hallin", "indirect", GUEST_THANKED),
    ])


def test_a_state_in_the_past_tense_or_another_state_is_not_carried_on():
    """Guard: "Ostmeria welcomed …" (a past act the readout tells) and another state's "Velmaria welcomes …" after
    the Ostmerian's words are not his."""
    body = ("On 3 May, Velmarian Foreign Minister Kellan Dorvo held talks with Ostmerian Foreign Minister Piet Hallin "
            "in Varsk.\n\n"
            f"{GUEST_SAID} Ostmeria welcomed more Varskan companies to invest in its provinces. "
            f"Velmaria welcomes more Varskan companies to invest in its provinces. {GUEST_THANKED}\n")
    assert_statements(body, [
        ("Piet Hallin", "indirect", GUEST_SAID),
        ("Piet Hallin", "indirect", GUEST_THANKED),
    ])


MOFA_OPENING = ("1. On April 8, Mr. HOSEDA Ken, Minister for Foreign Affairs of Kanemori, held a Foreign Ministers' "
                "Meeting with H.E. Mr. Piet Hallin, Minister for Foreign Affairs of Ostmeria. The overview is as "
                "follows.\n\n")
EXPLAINED = "Minister Hoseda explained Kanemori's position regarding the situation in the Amber Sea"


def test_on_which_a_second_minister_expressed_his_understanding_is_his():
    """"X explained …'s position regarding …, on which Minister Y expressed his understanding.": two statements, the
    relative clause the second minister's stance on what was explained, as ", to which Y replied …" (styles26
    tsurumine_mofa_foreign_ministers_meeting_orsenna)."""
    understood = "on which Minister Hallin expressed his understanding."
    body = MOFA_OPENING + f"2. {EXPLAINED}, {understood} The two ministers concurred to continue close communication.\n"
    assert_statements(body, [
        ("HOSEDA Ken", "indirect", EXPLAINED),
        ("Piet Hallin", "indirect", understood),
    ])


def test_on_which_a_second_person_acted_stays_in_the_first_statement():
    """Guard: "…, on which Minister Y worked as a young engineer." is no speech of his: the whole sentence stays the
    first minister's."""
    sentence = f"{EXPLAINED}, on which Minister Hallin worked as a young engineer."
    body = MOFA_OPENING + f"2. {sentence}\n"
    assert_statements(body, [
        ("HOSEDA Ken", "indirect", sentence),
    ])
