"""Helper h1055 (eighthundredfirst, the Chief Minister of Chhattisgarh as Indian papers print him): a written text
that opens a sentence as the source of one person's account ("The government statement said the chief minister also
requested …", "The statement said the CM informed …"): the account is the person's, whole; not a text that tells
of no one's speech ("The statement said Dresner and Lorvik were present in the meeting.")."""

from __future__ import annotations

from .test_patterns import assert_statements

MET = "Governor Paul Dresner met Ambassador Anna Lorvik in Belmont on Monday.\n\n"


def test_statement_said_the_governor_requested_is_his():
    body = MET + "The government statement said the Governor also requested Lorvik to open a consulate in the port."
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "The government statement said the Governor also requested Lorvik to open a consulate in the port."),
    ])


def test_release_said_the_governor_informed_is_his():
    body = MET + "The release said the Governor informed Lorvik about the plan for the new port."
    assert_statements(body, [
        ("Paul Dresner", "indirect", "The release said the Governor informed Lorvik about the plan for the new port."),
    ])


def test_statement_telling_who_was_present_is_no_ones():
    body = MET + "The statement said Dresner and Lorvik, as well as other officials, were present in the meeting."
    assert_statements(body, [])


# An unnamed release named at a sentence's opening ("An official statement said …"), then telling a quotation after it
# ("“…,” the statement added."): the same release, read as its sentences tell, not the last person named.

def test_quoted_release_after_an_official_statement_said_reads_as_its_sentences():
    body = (
        "Ambassador Anna Lorvik met Governor Paul Dee Sai in Belmont on Monday.\n\n"
        "An official statement said the Governor and the Ambassador had a discussion on trade.\n\n"
        "\"Sai told her about the new port. The Governor informed that Belmont is open to investors,\" "
        "the statement added."
    )
    assert_statements(body, [
        ("Paul Dee Sai", "indirect", "Sai told her about the new port."),
        ("Paul Dee Sai", "indirect", "The Governor informed that Belmont is open to investors"),
    ])


def test_quoted_release_after_a_person_said_stays_the_persons():
    body = (
        "Ambassador Anna Lorvik met Governor Paul Dee Sai in Belmont on Monday.\n\n"
        "An official statement said the Governor and the Ambassador had a discussion on trade.\n\n"
        "\"We will open the port to investors,\" Lorvik said."
    )
    assert_statements(body, [
        ("Anna Lorvik", "direct", "We will open the port to investors"),
    ])


# A head's office written as its acronym, as Indian papers write the Chief Minister's Office and the Prime Minister's
# Office ("“…,” Belmont CMO posted on X.", "the Prime Minister's Office (PMO) said, “…”"): a body's post, no one's,
# neither a person named "Belmont Cmo" nor the Governor the post tells of.

def test_cmo_posting_a_quotation_is_no_ones():
    body = (
        "Belmont Governor Paul Dee Sai called on Prime Minister Anna Lorvik on Saturday.\n\n"
        "\"Today in Tarvik, Governor Paul Dee Sai met Prime Minister Anna Lorvik,\" Belmont CMO posted on X.\n\n"
        "\"Her ideas on the new port are certainly impressive,\" the Governor posted on X."
    )
    assert_statements(body, [
        ("Paul Dee Sai", "direct", "Her ideas on the new port are certainly impressive"),
    ])


def test_office_with_its_acronym_in_brackets_leading_in_a_quotation_is_no_ones():
    body = (
        "Belmont Governor Paul Dee Sai called on Prime Minister Anna Lorvik on Saturday.\n\n"
        "In a post on X, the Prime Minister's Office (PMO) said, \"Governor of Belmont, Paul Dee Sai, met Prime "
        "Minister Anna Lorvik.\"\n\n"
        "Sai speaking to the media said: \"We have come here for the first time.\""
    )
    assert_statements(body, [
        ("Paul Dee Sai", "direct", "We have come here for the first time."),
    ])


def test_governor_posting_a_quotation_stays_his():
    body = (
        "Belmont Governor Paul Dee Sai called on Prime Minister Anna Lorvik on Saturday.\n\n"
        "\"Her ideas on the new port are certainly impressive,\" Governor Sai posted on X."
    )
    assert_statements(body, [
        ("Paul Dee Sai", "direct", "Her ideas on the new port are certainly impressive"),
    ])


# One person telling the press what another asked ("While appreciating …, Ambassador X asked to open …, Governor Y
# said in a press conference."): Y's account, all of it, X's cue inside it; not when no press is named.

def test_said_in_a_press_conference_closes_anothers_request():
    body = (
        "Governor Paul Dresner met Ambassador Anna Lorvik in Belmont on Monday.\n\n"
        "While appreciating the new port, Ambassador Anna Lorvik asked to open a cafe in Belmont, "
        "Governor Paul Dresner said in a press conference."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "While appreciating the new port, Ambassador Anna Lorvik asked to open a cafe in Belmont, "
         "Governor Paul Dresner said in a press conference."),
    ])


def test_said_in_a_town_closing_anothers_request_stays_split():
    body = (
        "Governor Paul Dresner met Ambassador Anna Lorvik in Belmont on Monday.\n\n"
        "While appreciating the new port, Ambassador Anna Lorvik asked to open a cafe in Belmont, "
        "Governor Paul Dresner said in Tarvik."
    )
    assert_statements(body, [
        ("Anna Lorvik", "indirect",
         "While appreciating the new port, Ambassador Anna Lorvik asked to open a cafe in Belmont"),
        ("Paul Dresner", "indirect", "Governor Paul Dresner said in Tarvik."),
    ])
