"""Rules from the nine-hundred-seventy-second held-out set (the Regional Commissioners of Mwanza, Tanzania, and those
who speak at or of their meetings): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_office_initials_after_a_name_span_opening_inside_the_office():
    """"Kavala Regional Commissioner (RC) Arlo Venn has urged … / The RC pledged to …" (the Daily News' style): the
    registry's span of the name opens at "Commissioner", inside the office spelled out, yet holds the brackets, so "the
    RC" is its holder; before, "The RC pledged …" was no one's."""
    body = ("Kavala Regional Commissioner (RC) Arlo Venn has urged traders to obey the city's rules.\n\n"
            "The RC pledged to establish new market centres, adding that the region will create jobs.\n\n"
            "The RC further, pledged to provide support to the children.")
    assert_statements(body, [
        ("Arlo Venn", "indirect", "Kavala Regional Commissioner (RC) Arlo Venn has urged traders to obey the city's "
                                  "rules."),
        ("Arlo Venn", "indirect", "The RC pledged to establish new market centres, adding that the region will create "
                                  "jobs."),
        ("Arlo Venn", "indirect", "The RC further, pledged to provide support to the children."),
    ])


def test_office_initials_with_no_holder_named_stay_no_ones():
    """The guard: the office and its initials written with no name after them, a person named later elsewhere: "the
    RC" is no one the readout names, and the mayor's words stay hers."""
    body = ("The Regional Commissioner (RC) was away on Monday.\n\n"
            "Mayor Ilsa Morrow said the market will open next week.\n\n"
            "The RC said the roads will be repaired.")
    assert_statements(body, [
        ("Ilsa Morrow", "indirect", "Mayor Ilsa Morrow said the market will open next week."),
    ])


def test_lead_told_by_a_back_reference_with_a_date_before_by():
    """"President X is set to meet … on Tuesday. / This was said on June 6, 2021 by Regional Commissioner, Y while
    speaking to reporters …" (The Citizen): the date between the verb and "by", as "today" already was; the lead is
    Y's, the back-reference only who and when."""
    body = ("President Ivo Ranst is set to meet more than 10,000 farmers from the Kavala region on Tuesday.\n\n"
            "This was said on June 6, 2021 by Kavala Regional Commissioner, Arlo Venn while speaking to reporters.\n\n"
            "Venn said the President will speak at the convention hall.")
    assert_statements(body, [
        ("Arlo Venn", "indirect", "President Ivo Ranst is set to meet more than 10,000 farmers from the Kavala region "
                                  "on Tuesday."),
        ("Arlo Venn", "indirect", "Venn said the President will speak at the convention hall."),
    ])


def test_back_reference_with_a_date_names_no_one_for_a_body():
    """The guard: the same dated back-reference naming a body, not a person: the lead stays no one's."""
    body = ("The Kavala market will close on Tuesday.\n\n"
            "This was said on Monday by the Kavala City Council in a notice.\n\n"
            "Mayor Ilsa Morrow said traders will be moved to a new site.")
    assert_statements(body, [
        ("Ilsa Morrow", "indirect", "Mayor Ilsa Morrow said traders will be moved to a new site."),
    ])


def test_order_told_by_the_directive_issued_by_an_office_with_its_portfolio():
    """"X was on Monday given 48 hours to explain … / The directive was issued here by the Deputy Minister in the
    Vice-President's Office (Environment and Union), Mr Y." (a Daily News story): the order told before is Y's (the
    format's "directed"), the back-reference only who and where, its portfolio in brackets part of the office; and the
    "He" after "The deputy minister was in the region …" is Y."""
    body = ("KAVALA Regional Commissioner (RC), Mr Tomas Brel, was on Monday given 48 hours to explain why the city's "
            "streets were filthy.\n\n"
            "The directive was issued here by the Deputy Minister in the Vice-President's Office (Environment and "
            "Union), Mr Arlo Venn. The deputy minister was in the region for a two-day tour.\n\n"
            "He pointed out that hygiene remains a national agenda.")
    assert_statements(body, [
        ("Arlo Venn", "indirect", "KAVALA Regional Commissioner (RC), Mr Tomas Brel, was on Monday given 48 hours to "
                                  "explain why the city's streets were filthy."),
        ("Arlo Venn", "indirect", "He pointed out that hygiene remains a national agenda."),
    ])


def test_directive_issued_by_a_body_gives_the_lead_to_no_one():
    """The guard: "The directive was issued by the Ministry of Health." names a body: the order told before stays no
    one's, and the minister's later words his."""
    body = ("Schools in Kavala will remain closed until further notice.\n\n"
            "The directive was issued by the Ministry of Health on Friday.\n\n"
            "Health Minister Arlo Venn said the schools will reopen next month.")
    assert_statements(body, [
        ("Arlo Venn", "indirect", "Health Minister Arlo Venn said the schools will reopen next month."),
    ])
