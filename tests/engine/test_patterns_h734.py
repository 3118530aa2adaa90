"""Statements found by helper h734's set fivehundredfiftyfirst (the Government of the Azores' and the Vatican's English
pages): a body's statement quoted, with its source named in the lead-in or named earlier and then told by "the
statement" ("“…,” the statement said", "The statement continued: “…”"), is no one's; "anticipated his wishes for X"
offers good wishes.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_AUDIENCE = (
    "Pope Leo XIV on Friday received President Ilvar Dunsmore-Kael of Quessany in a private audience in the Apostolic "
    "Palace.\n\n"
    "Following the audience, President Dunsmore-Kael met with Cardinal Pietro Parolin, Secretary of State.\n\n"
)


def test_quotation_from_a_statement_of_a_named_office_is_no_ones():
    """"According to a statement from the Holy See Press Office, “…”": the office's words, not the last person named's
    (before, the President's)."""
    assert_statements(_AUDIENCE + (
        "According to a statement from the Holy See Press Office, “During the cordial discussions at the Secretariat "
        "of State, reference was made to the good bilateral relations between the Holy See and Quessany.”"
    ), [])


def test_the_statement_telling_a_quotation_is_the_office_named_before():
    """"According to a statement released by the Holy See Press Office, …" then "“…,” the statement said.", "The
    statement continued: “…”" and "Finally, the statement notes that “…”": the office's words each time (before, the
    President's)."""
    assert_statements(_AUDIENCE.replace("Following the audience", "According to a statement released by the Holy See "
                                                                  "Press Office, following the audience") + (
        "“During the cordial talks held at the Secretariat of State, the good relations between the Holy See and "
        "Quessany were highlighted,” the statement said.\n\n"
        "The statement continued: “As the conversation continued, the hope was expressed that the country would "
        "experience a new season of political harmony.”\n\n"
        "Finally, the statement notes that “The need to foster peace in the region was addressed.”"
    ), [])


def test_the_statement_with_no_source_named_stays_the_last_speakers():
    """Guard: "President X sent a message to Y." / "“…,” the message reads." and a statement whose source no sentence
    names ("“…,” the statement said." after the President's own words) keep the last speaker, as before."""
    assert_statements((
        "President Ilvar Dunsmore-Kael on Monday issued a statement on the floods in the north of Quessany.\n\n"
        "The President said that the government would rebuild every bridge before the winter.\n\n"
        "“Our thoughts are with every family who lost a home this week,” the statement said."
    ), [
        ("Ilvar Dunsmore-Kael", "indirect", "The President said that the government would rebuild every bridge before "
                                            "the winter."),
        ("Ilvar Dunsmore-Kael", "direct", "Our thoughts are with every family who lost a home this week"),
    ])


def test_anticipated_his_wishes_is_an_offer_of_wishes():
    """"Prime Minister X also anticipated his wishes for Y on his birthday, …": good wishes offered ahead of the day, an
    indirect statement (before, nothing)."""
    assert_statements((
        "Pope Leo XIV on Saturday received Prime Minister Corvin Ashgrove-Tull of Quessany in a private audience.\n\n"
        "Prime Minister Ashgrove-Tull also anticipated his wishes for the Pope on his birthday, which he celebrates "
        "on Monday."
    ), [
        ("Corvin Ashgrove-Tull", "indirect", "Prime Minister Ashgrove-Tull also anticipated his wishes for the Pope on "
                                             "his birthday, which he celebrates on Monday."),
    ])


def test_anticipated_a_result_stays_narrative():
    """Guard: "anticipated a rise in exports" (no wishes, no "that") is no statement."""
    assert_statements((
        "Prime Minister Corvin Ashgrove-Tull visited the port of Belmarch on Saturday.\n\n"
        "The Prime Minister anticipated a rise in exports in the coming year."
    ), [])
