"""Patterns found by the seventy-eighth held-out set (benchmarks/heldout/seventyeighth/, real
president.gov.ua readouts of December 2021 and February 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_appeal_with_its_content_before_a_colon_is_an_indirect_statement():
    """"She also urged tourists to ask for guides …: “…”": the words before the colon are an appeal
    with its content (a verb of appeal, whom to, "to" and a verb), her indirect statement, and the
    quotation her direct one (72309); a bare "The Minister also urged:" only leads in its quotation."""
    body = ("Minister of Culture of Borlandia Anna Keller met with students. She also urged young travellers to ask "
            "for guides in their native language at leading museums: \"The world needs to hear our language. This "
            "is how each of us becomes an ambassador.\" The Minister also urged: \"Read more books.\"")
    assert_statements(body, [
        ("Anna Keller", "indirect", "She also urged young travellers to ask for guides in their native language at "
                                    "leading museums"),
        ("Anna Keller", "direct", "The world needs to hear our language. This is how each of us becomes an ambassador."),
        ("Anna Keller", "direct", "Read more books."),
    ])


def test_an_invitation_to_the_stage_before_a_colon_only_leads_in():
    """Guard (passes on both): "X invited the guests to the stage:" has no verb after "to", so the
    clause only leads in the quotation, as before."""
    body = ("Minister of Culture of Borlandia Anna Keller opened the festival. Anna Keller invited the guests to "
            "the stage: \"Welcome to our festival, dear friends.\"")
    assert_statements(body, [
        ("Anna Keller", "direct", "Welcome to our festival, dear friends."),
    ])


def test_addressing_an_audience_of_people_is_narrative():
    """"X addressed the heads of foreign diplomatic missions … at the conference": an audience spoken
    to, a speech delivered, not words reported (72213); "addressed the needs of veterans" (a topic, the
    audience noun after "of") stays a statement."""
    body = ("Foreign Minister of Borlandia Anna Keller addressed the heads of foreign diplomatic missions of "
            "Borlandia at the conference in Vell. She briefed the ambassadors on the talks. Anna Keller addressed "
            "the needs of veterans in the region.")
    assert_statements(body, [
        ("Anna Keller", "indirect", "She briefed the ambassadors on the talks."),
        ("Anna Keller", "indirect", "Anna Keller addressed the needs of veterans in the region."),
    ])


def test_calling_a_thing_another_something_is_a_statement():
    """"The President called the country's economy and … another frontline.": a thing named as another
    (a view stated, as "called it a crime"), his indirect statement (73125); "called the President of
    Kelland on Monday" (a telephone call) stays narrative."""
    body = ("President of Borlandia Tom Varga held a briefing. President Tom Varga called the country's economy and "
            "the work of its factories another frontline. President Tom Varga called the President of Kelland on "
            "Monday.")
    assert_statements(body, [
        ("Tom Varga", "indirect", "President Tom Varga called the country's economy and the work of its factories "
                                  "another frontline."),
    ])


def test_thanks_with_what_they_are_for_before_a_colon_is_an_indirect_statement():
    """The same class with thanks: "She thanked the volunteers for their work in …: “…”" is her indirect
    statement and the quotation her direct one; a bare "She thanked everyone:" only leads in."""
    body = ("Minister of Culture of Borlandia Anna Keller met with volunteers. She thanked the volunteers for their "
            "work in the flooded villages: \"You saved many lives in these weeks.\" She thanked everyone: \"Thank you "
            "all, my friends.\"")
    assert_statements(body, [
        ("Anna Keller", "indirect", "She thanked the volunteers for their work in the flooded villages"),
        ("Anna Keller", "direct", "You saved many lives in these weeks."),
        ("Anna Keller", "direct", "Thank you all, my friends."),
    ])
