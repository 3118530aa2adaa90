"""Rules from the nine-hundred-thirtieth held-out set (the Governor of Homa Bay County, Kenya, and those who speak at or
of her and his meetings, 2019-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "President Oren Valt of Lorvia visited Tesk County on Sunday for a church service. "


def test_issued_an_apology_speaks():
    """"Governor Wanga … was quick to issue an apology and welcomed President Ruto into the region." (Capital FM
    2022-10-02): an apology said, as "apologised" and "tendered an apology". Before, "issued" spoke only of
    instructions, orders, warnings, appeals, calls and a statement named by its words."""
    first = "Governor Tamsin Vell was quick to issue an apology and welcomed the President into the region."
    second = "Mr Osk Dral, the county's speaker, issued a public apology to the residents for the delay."
    assert_statements(_VISIT + first + " " + second, [
        ("Tamsin Vell", "indirect", first),
        ("Osk Dral", "indirect", second),
    ])


def test_the_issue_of_an_apology_is_no_apology():
    """The guard: the noun "issue" ("The issue of an apology was left to the committee") and "issued visas" say
    nothing: no statement."""
    body = (_VISIT + "The issue of an apology was left to the county committee. "
            "The county office issued visas to the visitors.")
    assert_statements(body, [])


def test_blamed_something_as_the_reason_speaks():
    """"In a statement on his twitter account, Kaluma blamed poor communication and coordination as the reason he
    failed to attend the service." (Capital FM 2022-10-02): a cause put forward, as "blamed … for/on". Before,
    "blamed" spoke only before "for" or "on"."""
    body = ("In a statement on his account, Mr Garo Pindel blamed poor planning and coordination as the reason he "
            "failed to attend the service.")
    assert_statements(_VISIT + body, [
        ("Garo Pindel", "indirect", body),
    ])


def test_blame_as_a_noun_is_no_statement():
    """The guard: "the blame as the reason" with no one blaming ("Poor planning took the blame as the main reason for
    the delay") is the writer's: no statement."""
    body = _VISIT + "Poor planning took the blame as the main reason for the delay."
    assert_statements(body, [])
