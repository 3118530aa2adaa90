"""Statements found by helper h823's mends of sixhundredeighteenth (Tamil Nadu's Chief Minister's and Raj Bhavan's
releases as the Indian papers print them): a first name's two joined initials ("M.K. Stalin") no sentence's end; ANI's
dateline with the state and the country in brackets; calls received from several callers, their greeting no one's; an
Indian Governor's house ("Raj Bhavan") no person; a bureau named by its holder's possessive, then an aside naming its
statement, no person; "greeted X on his victory" and "greeted X, who has been appointed …" congratulations; a body's
account on a social network before a quotation, no one's.

Each test is a small invented readout (invented people and places); each fails without its rule, and guard tests keep
what was read before.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_two_joined_initials_do_not_end_the_sentence():
    """"Chief Minister A.R. Velan said …": the sentence opens with the office, not at the surname."""
    assert_statements(
        "Chief Minister A.R. Velan said the state would open a desk for Morvian investors.",
        [("A.R. Velan", "indirect", "Chief Minister A.R. Velan said the state would open a desk for Morvian investors.")],
    )


def test_joined_initials_before_a_sentence_starter_still_end_it():
    """Guard: "… in the U.N. He said …": an initialism the tables know ends the sentence before "He"."""
    assert_statements(
        "Ambassador Oren Balt spoke at the U.N. He said the talks would go on in Geneva.",
        [("Oren Balt", "indirect", "He said the talks would go on in Geneva.")],
    )


def test_an_agency_dateline_with_the_state_and_country_in_brackets_is_no_ones():
    """"Kavalam (Morvia State) [Morvia], Sept 24 (ANI): X on Monday met Y and apprised him …": X's, from his office."""
    assert_statements(
        "Kavalam (Morvia State) [Morvia], Sept 24 (ANI): Navy chief Arun Dev on Monday met Chief Minister Ravi Kumar "
        "and apprised him about the new patrol boats.",
        [("Arun Dev", "indirect", "Navy chief Arun Dev on Monday met Chief Minister Ravi Kumar and apprised him about "
                                  "the new patrol boats.")],
    )


def test_calls_received_from_several_congratulating_him_are_not_the_receivers():
    """"X received telephone calls from A, …; B, …; and C, …, congratulating him …": the callers', a group's."""
    assert_statements((
        "Prime Minister Arun Velan today received telephone calls from H.E. Mr. Oren Balt, President of Korvia; H.E. "
        "Mr. Ivo Tarn, President of Zimbia; and H.E. Mr. Lem Vos, President of Mozia, congratulating him on his victory "
        "in the recent General Elections.\n\n"
        "Prime Minister Arun Velan thanked the leaders for their wishes."
    ), [
        ("Arun Velan", "indirect", "Prime Minister Arun Velan thanked the leaders for their wishes."),
    ])


def test_a_governors_house_is_no_person():
    """"“…,” a release from the Raj Bhavan said.": the house's release, no Mr Bhavan's words."""
    assert_statements((
        "Chief Minister Arun Velan met Governor Lena Rask at Raj Bhavan on Saturday.\n\n"
        "“The meeting was cordial,” a release from the Raj Bhavan said.\n\n"
        "Governor Lena Rask underscored the need for regular meetings, it added."
    ), [
        ("Lena Rask", "indirect", "Governor Lena Rask underscored the need for regular meetings, it added."),
    ])


def test_a_bureau_set_off_by_an_aside_naming_its_statement_is_no_person():
    """"The Chief Minister's office, in the statement, said that …": the office's notice, not the Chief Minister's."""
    assert_statements((
        "Chief Minister Arun Velan, who is on a visit to Morvia, has requested investors to look at the state, an "
        "official statement said.\n\n"
        "The Chief Minister's office, in the statement, said that this was his first visit to Morvia.\n\n"
        "Velan said the state would support the investors in any manner they wanted."
    ), [
        ("Arun Velan", "indirect", "Chief Minister Arun Velan, who is on a visit to Morvia, has requested investors to "
                                   "look at the state, an official statement said."),
        ("Arun Velan", "indirect", "Velan said the state would support the investors in any manner they wanted."),
    ])


def test_greeted_on_a_victory_or_a_new_office_is_congratulation():
    """"greeted him on his victory in …", "greeted X, who has been appointed the Governor …": congratulated."""
    assert_statements((
        "Chief Minister Arun Velan greeted Lena Rask, who has been appointed the Governor of Morvia.\n\n"
        "Former minister Oren Balt called on Ivo Tarn yesterday and greeted him on his victory in the Presidential "
        "election."
    ), [
        ("Arun Velan", "indirect", "Chief Minister Arun Velan greeted Lena Rask, who has been appointed the Governor of "
                                   "Morvia."),
        ("Oren Balt", "indirect", "Former minister Oren Balt called on Ivo Tarn yesterday and greeted him on his victory "
                                  "in the Presidential election."),
    ])


def test_a_physical_greeting_stays_narrative():
    """Guard: "greeted the guests at the entrance": no words said."""
    assert_statements((
        "President Arun Velan greeted the guests at the entrance of the palace.\n\n"
        "President Arun Velan said the talks had been useful."
    ), [
        ("Arun Velan", "indirect", "President Arun Velan said the talks had been useful."),
    ])


def test_a_bodys_social_media_account_before_a_quotation_is_no_ones():
    """"the official Twitter handle of Morvia's missions in Kavalam tweeted: “…”": the missions', not the minister's
    named last."""
    result = assert_statements((
        "Consul-General Oren Balt called on Chief Minister Arun Velan on Monday. Industries Minister Ivo Tarn was also "
        "present.\n\n"
        "Later in the day, the official Twitter handle of Morvia's diplomatic missions in Kavalam tweeted: “We discussed "
        "warm relations and new flights.”"
    ), [])
    assert [s.speaker for s in result.statements if "warm relations" in s.text] in ([], [None])


def test_according_to_the_official_statement_names_no_official():
    """"According to the official statement, X also met Y, who assured …": a text, no official, so no one's."""
    assert_statements((
        "Navy chief Arun Dev met Chief Minister Ravi Kumar on Monday.\n\n"
        "According to the official statement, Dev also met Deputy Chief Minister Oren Balt, who assured his continued "
        "support for fishermen in distress.\n\n"
        "Oren Balt also acknowledged the efforts of the coast guard."
    ), [
        ("Oren Balt", "indirect", "Oren Balt also acknowledged the efforts of the coast guard."),
    ])


def test_according_to_the_official_statement_keeps_the_speakers_own_verb():
    """Guard: "According to the official statement, X said …": X's, by his own verb."""
    assert_statements((
        "Navy chief Arun Dev met Chief Minister Ravi Kumar on Monday.\n\n"
        "According to the official statement, Dev said the navy would help the fishermen."
    ), [
        ("Arun Dev", "indirect", "According to the official statement, Dev said the navy would help the fishermen."),
    ])
