"""Helper h1019 (sevenhundredseventyfourth, the Government of the Federation of Bosnia and Herzegovina as outlets print
it): a paragraph that glosses what a named country is made of ("Varnia consists of three provinces …") between two of
one speaker's paragraphs is the release's, not carried on as the speaker's words."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_what_a_named_country_consists_of_is_no_ones():
    body = (
        "Ambassador Tomas Elver met Prime Minister Ilsa Dorn in Ostrava on Tuesday.\n\n"
        "Ambassador Elver also asked about the census, stressing it is important that the institutions be stable.\n\n"
        "Varnia consists of three provinces and a capital district: Ost, Mid and the District of Lenn.\n\n"
        "The Ambassador also noted the importance of solving the youth issue."
    )
    assert_statements(body, [
        ("Tomas Elver", "indirect",
         "Ambassador Elver also asked about the census, stressing it is important that the institutions be stable."),
        ("Tomas Elver", "indirect", "The Ambassador also noted the importance of solving the youth issue."),
    ])


def test_a_paragraph_of_the_speakers_own_between_is_still_carried_on():
    body = (
        "Ambassador Tomas Elver met Prime Minister Ilsa Dorn in Ostrava on Tuesday.\n\n"
        "Ambassador Elver also asked about the census, stressing it is important that the institutions be stable.\n\n"
        "Only a stable government can complete the reforms this year.\n\n"
        "The Ambassador also noted the importance of solving the youth issue."
    )
    assert_statements(body, [
        ("Tomas Elver", "indirect",
         "Ambassador Elver also asked about the census, stressing it is important that the institutions be stable."),
        ("Tomas Elver", "indirect", "Only a stable government can complete the reforms this year."),
        ("Tomas Elver", "indirect", "The Ambassador also noted the importance of solving the youth issue."),
    ])
