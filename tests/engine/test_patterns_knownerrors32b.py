"""Errors of the weakest invented hard sets (benchmarks/hard13/, hard16/, hard25/) mended with general rules:
each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostlund Greta Lind.\n\n"


def test_remarks_in_part_ran_as_follows_is_only_a_lead_in():
    """hard16 veldt_cabinet_mourning: "There would be no negotiating with terrorists …, she vowed. Her remarks,
    in part, ran as follows:" and a quotation: the second sentence introduces the words quoted next, no
    words of its own, and does not carry her report on (as "The message reads, in part:")."""
    body = ("President Anton Maric chaired a Cabinet meeting.\n\nThere would be no talks with the kidnappers, he vowed. "
            "His remarks, in part, ran as follows:\n\n\u201cWe will protect every school in the country.\u201d\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "There would be no talks with the kidnappers, he vowed."),
        ("Anton Maric", "direct", "We will protect every school in the country."),
    ])


def test_the_message_reads_as_follows_is_only_a_lead_in():
    """The guard of the same rule: a lead-in naming the text ("The message reads as follows:") is no more of
    the sender's report either; a sentence about the remarks that says something stays his."""
    body = ("President Anton Maric sent a message to Foreign Minister Greta Lind. He said the talks had been useful. "
            "The message reads as follows:\n\n\u201cI thank you for your visit.\u201d\n\n"
            "President Maric also said the border would reopen in May.\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "He said the talks had been useful."),
        ("Anton Maric", "direct", "I thank you for your visit."),
        ("Anton Maric", "indirect", "President Maric also said the border would reopen in May."),
    ])


def test_special_mention_was_made_by_someone_of():
    """hard25 sabkha_amir_receives_norland_senate_delegation: "Special mention was made by His Highness of the
    role of Norland in tightening sanctions …": a passive of "made special mention of", its agent the
    speaker (as "Special attention was paid by the Head of State to …"); not "Mention was made" with no agent."""
    body = (_TALKS + "Special mention was made by the President of the role of Ostlund in the grain corridor. "
            "Mention was made of the new bridge during the talks.\n")
    assert_statements(body, [
        ("Anton Maric", "indirect",
         "Special mention was made by the President of the role of Ostlund in the grain corridor."),
    ])


def test_a_position_as_set_out_by_someone_is_that():
    """hard25 nejdaria_crown_prince_call_elvaria_national_day: "The position of the Kingdom, as set out by HRH the
    Crown Prince, is that the safe passage of civilians must come before all other considerations.": the agent
    of the aside states the position, as "X's position is that …"; a treaty as the agent is no one."""
    body = (_TALKS + "The position of the region, as set out by the treaty, is that the border is fixed.\n\n"
            "The position of Ostlund, as set out by the Foreign Minister, is that the corridor must stay open.\n")
    assert_statements(body, [
        ("Greta Lind", "indirect",
         "The position of Ostlund, as set out by the Foreign Minister, is that the corridor must stay open."),
    ])


def test_warm_birthday_greetings_came_from_someone():
    """hard13 veskaria_birthday_call_pm: "Warm birthday greetings to the Prime Minister of Quelmar came first from the
    Veskarian President.": greetings with their kind between the adjective and the noun, as "Warm wishes … came
    from the Prime Minister"; greetings that came from all over the country are no one's."""
    body = ("President Anton Maric had a telephone conversation with Prime Minister of Ostlund Greta Lind.\n\n"
            "Warm festive greetings came from all over the country. Warm birthday greetings to the Prime Minister "
            "came first from the President.\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Warm birthday greetings to the Prime Minister came first from the President."),
    ])
