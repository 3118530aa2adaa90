"""Review rf15 of stop 72 (the merges of h1276 and h1275): near shapes where a new rule did worse than the engine before
it, each mended in the rule's own module: invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "On June 4, Ambassador Lira Osk of Kelvar met with Governor Dorvan Keller of Tesk County. "


def test_introduced_that_before_a_capitalised_bill_is_no_statement():
    """"introduced that Bill in the county assembly": the demonstrative before a capitalised noun, as Kenyan and
    Nigerian papers print "Bill", "Motion", "Act"; a bill brought in, an act, no clause told (h1275's "introduced that
    <clause>" read a capitalised word after "that" as a clause's subject)."""
    body = (_OPENING + "Governor Keller introduced that Bill in the county assembly last year. Senator Ilan Morrow "
            "introduced that Motion in the Senate in 2019.")
    assert_statements(body, [])


def test_introduced_that_before_a_month_or_an_adjective_of_a_country_is_no_statement():
    """"introduced that January a levy …", "introduced that Kelvari firm to …": a demonstrative before a month or a
    capitalised adjective, no subject and verb after it: no statement."""
    body = (_OPENING + "Keller introduced that January a levy on imported sugar. Keller introduced that Kelvari firm to "
            "the county's farmers.")
    assert_statements(body, [])


def test_introduced_that_before_a_capitalised_subject_and_its_verb_is_a_clause_told():
    """The guard: a capitalised subject of two names joined by "and", its verb after it ("introduced that Tesk County and
    Kelvar have cooperated …"): a clause told, still his."""
    body = _OPENING + "Keller introduced that Tesk County and Kelvar have cooperated for years."
    assert_statements(body, [
        ("Dorvan Keller", "indirect", "Keller introduced that Tesk County and Kelvar have cooperated for years."),
    ])
