"""Helper h1020 (sevenhundredseventyfifth, Jiangxi province's leaders as Nanchang's English site and other outlets print
them): "Member of" a body in capitals, "and" a second office before one name ("Member of Standing Committee of
Provincial Party Committee and Secretary of Municipal Party Committee X emphasized …"), one holder of both, not a pair;
and the name that opens the clause after ", and" when the clause before tells an event with no one in it ("The Forum
was held in …, and X, Secretary of …, attended the forum and delivered a speech. He stressed …"), the subject "he"
next means."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_member_of_a_body_and_a_second_office_is_one_holder():
    body = (
        "The city-wide harbour conference was held on September 12.\n\n"
        "Member of Standing Committee of Provincial Party Committee and Secretary of Municipal Party Committee "
        "Oren Balt emphasized on the meeting that the whole city should further strengthen its harbour work."
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "Member of Standing Committee of Provincial Party Committee and Secretary of "
                                  "Municipal Party Committee Oren Balt emphasized on the meeting that the whole city "
                                  "should further strengthen its harbour work."),
    ])


def test_a_member_of_parliament_named_and_a_minister_stay_a_pair():
    body = (
        "The Tarvik harbour conference was held on September 12.\n\n"
        "Member of Parliament Anna Vik and Minister of Transport Oren Balt stressed that the harbour must be "
        "rebuilt.\n\n"
        "Balt said that the budget was ready."
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "Balt said that the budget was ready."),
    ])


def test_the_name_after_an_event_clause_is_the_subject_he_means():
    body = (
        "2019 Velorian Promotion Conference for Cultural Province was held in Tarvik on May 9, 2019, and Oren "
        "Balt, Secretary of the Provincial Party Committee, attended the conference and delivered a speech. He "
        "stressed that we shall adhere to the plan and build a better city.\n\n"
        "Attendees: Governor Ana Belko and provincial leaders."
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "He stressed that we shall adhere to the plan and build a better city."),
    ])


def test_a_pair_after_the_event_clause_is_no_one_subject():
    body = (
        "The Velorian Promotion Conference for Cultural Province was held in Tarvik on May 9, 2019, and Oren Balt and "
        "Ana Belko attended the conference. He stressed that the port must grow.\n\n"
        "Balt said the budget was ready."
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "Balt said the budget was ready."),
    ])
