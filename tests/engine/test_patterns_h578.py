"""Readings the four-hundred-twenty-sixth and four-hundred-thirtieth sets (random samples of White House readouts)
showed the engine missing: an "as …" aside after a speaker's "that", a group's clause joined by a bare "and" before a
speaker's, what a talk "should" be carried on as a stance, a serial list of offices as one group, bare "partners" as a
group with a clause of its own, and "evaluated the progress" as a judgement told.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MEETING_OPENING = "President Lena Marov met today with Prime Minister Oskar Veld of Ostreland.\n\n"


def test_an_as_aside_after_that_stays_in_the_speakers_words():
    """"President Biden made clear that, as every other leader in both parties in Congress has affirmed, it is their
    shared duty …" (four-hundred-twenty-sixth 2023-02-01 McCarthy): the aside names others who agree; what follows it
    is still the speaker's, the whole sentence hers."""
    reported = ("President Marov made clear that, as every other leader in both parties in the Assembly has affirmed, "
                "it is their shared duty to avoid a default.")
    assert_statements(MEETING_OPENING + reported + "\n", [("Lena Marov", "indirect", reported)])


def test_an_as_aside_naming_another_person_stays_in_the_speakers_words():
    """The aside's source a named person ("as Prime Minister X has said before,"): still one statement, the
    speaker's."""
    reported = "President Marov made clear that, as Prime Minister Veld has said before, the ports must stay open."
    assert_statements(MEETING_OPENING + reported + "\n", [("Lena Marov", "indirect", reported)])


def test_an_as_aside_after_a_groups_that_is_the_asides_source():
    """Guard: the earlier subject a group ("The ministers agreed that, as X has said, …"): no speaker's words to keep
    it in; "as X has said, …" reads as X's source, as before."""
    body = MEETING_OPENING + "The ministers agreed that, as President Marov has said, the ports must stay open.\n"
    assert_statements(body, [("Lena Marov", "indirect", "as President Marov has said, the ports must stay open.")])


def test_a_groups_clause_before_a_bare_and_is_left_out():
    """"They covered a range of issues and President Biden underscored that …" (2023-02-01 McCarthy): the pair's
    narrative, joined by "and" with no comma, is not the President's; his clause only, as after ", and"."""
    reported = "President Marov underscored that she is eager to keep working with Ostreland."
    body = MEETING_OPENING + "They covered a range of issues and " + reported + "\n"
    assert_statements(body, [("Lena Marov", "indirect", reported)])


def test_a_group_joined_to_a_person_by_and_is_one_subject():
    """Guard: "They and President X stressed …": one subject, a group, no statement; nor a clause inside a
    that-clause ("The leaders agreed that the ministers and President X would stress …")."""
    body = MEETING_OPENING + ("They and President Marov stressed that the ports must stay open. The leaders agreed "
                              "that the ministers and President Marov would stress the need to keep the ports open.\n")
    assert_statements(body, [])


WELCOMES = "President Marov welcomes a separate discussion with the ministers about how to cut the deficit."


def test_what_a_talk_should_be_carries_the_speaker_on():
    """"The President welcomes a separate discussion …. This conversation should build on the President's leadership
    …" (2023-02-01 McCarthy): what a talk ought to be is the speaker's stance carried on, not the readout's account
    of its talks."""
    carried = "This conversation should build on the President’s record in cutting the deficit."
    assert_statements(MEETING_OPENING + WELCOMES + " " + carried + "\n",
                      [("Lena Marov", "indirect", WELCOMES), ("Lena Marov", "indirect", carried)])


def test_what_a_talk_will_be_is_the_readouts_account():
    """Guard: "This conversation will take place in May.": when a talk is held, the readout's narrative."""
    body = MEETING_OPENING + WELCOMES + " This conversation will take place in May.\n"
    assert_statements(body, [("Lena Marov", "indirect", WELCOMES)])


LEADERS_OPENING = "President Lena Marov met today with Speaker Oskar Veld and Leader Ada Brin.\n\n"


def test_a_serial_list_of_offices_is_a_group():
    """"The President, Vice President, Speaker, and Senate Leader agreed on …" (four-hundred-twenty-sixth 2021-07-30):
    four offices in a list closed by ", and", four people, a group, not the last office alone."""
    body = LEADERS_OPENING + ("The President, Vice President, Speaker, and Senate Leader agreed on the need to pass "
                              "the budget.\n")
    assert_statements(body, [])


def test_a_clauses_object_before_and_is_no_list():
    """Guard: "President X thanked the Speaker, and Senate Leader Y stressed …": one office after a verb, then a
    second speaker's clause, two statements."""
    body = LEADERS_OPENING + ("President Marov thanked the Speaker, and Senate Leader Brin stressed the need to pass "
                              "the budget.\n")
    assert_statements(body, [("Lena Marov", "indirect", "President Marov thanked the Speaker"),
                             ("Ada Brin", "indirect", "Senate Leader Brin stressed the need to pass the budget.")])


def test_partners_after_and_are_a_group_with_a_clause_of_their_own():
    """"Mr. Sullivan conveyed the United States' unwavering support for Ukraine, and partners discussed the steps …"
    (four-hundred-thirtieth 2024-08-30): bare "partners" (as "participants") are a group, its clause cut off the
    speaker's, and the "and" before them joins the clauses, no modifier of theirs."""
    reported = "Prime Minister Veld conveyed Ostreland’s steady support for the port project,"
    body = MEETING_OPENING + reported + " and partners discussed the steps they are taking to fund it.\n"
    assert_statements(body, [("Oskar Veld", "indirect", reported)])


def test_a_modified_plural_office_after_and_stays_a_group():
    """Guard: ", and regional leaders discussed …": the lower-case modifier still part of the group, its clause cut
    off."""
    reported = "Prime Minister Veld conveyed Ostreland’s steady support for the port project,"
    body = MEETING_OPENING + reported + " and regional leaders discussed the steps they are taking to fund it.\n"
    assert_statements(body, [("Oskar Veld", "indirect", reported)])


def test_evaluating_the_progress_is_a_judgement_told():
    """"The President also evaluated the progress in implementing his Executive Order …" (2024-07-26): how far a thing
    has come, judged by one person, as "reviewed progress in …"."""
    reported = "President Marov also evaluated the progress in building the new port at Tarvik."
    assert_statements(MEETING_OPENING + reported + "\n", [("Lena Marov", "indirect", reported)])


def test_evaluating_a_thing_or_a_pairs_evaluation_is_no_statement():
    """Guard: "evaluated the damage" (a thing looked at) and "The two leaders evaluated the progress" (a pair)."""
    body = MEETING_OPENING + ("President Marov evaluated the damage to the port at Tarvik. The two leaders "
                              "evaluated the progress in building the new port.\n")
    assert_statements(body, [])
