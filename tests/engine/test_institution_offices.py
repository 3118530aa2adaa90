"""An office with its institution's name before it ("Supreme Court President X", "Senate President X",
"the Accounts Chamber Chairman") is that institution's office (`phrases._institutions_office`): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_institutions_office_means_its_holder_however_he_was_named():
    """"President of the Supreme Court Oleg Durnev … The Supreme Court President informed the President …":
    the description names the institution's president, whom the lead named with the office spelled out, not
    the host. Before, the phrase kept only "president" (and a special case matched only the very words
    "Supreme Court President <name>"), so the host was read."""
    body = ("Ivan Marov met with President of the Supreme Court Oleg Durnev.\n\n"
            "The Supreme Court President informed the President about the work of the courts in 2021. "
            "Ivan Marov noted that the courts had worked well.")
    assert_statements(body, title="Meeting with President of the Supreme Court Oleg Durnev", expected=[
        ("Oleg Durnev", "indirect", "The Supreme Court President informed the President about the work of the "
                                    "courts in 2021."),
        ("Ivan Marov", "indirect", "Ivan Marov noted that the courts had worked well."),
    ])


def test_a_bare_president_is_not_an_institutions_president():
    """The guard of the rule: "the President" after "Constitutional Court President Oleg Durnev" is the
    host, the head of state, not the court's president."""
    body = ("Ivan Marov met with Constitutional Court President Oleg Durnev.\n\n"
            "Oleg Durnev reported on the work of the court. The President noted that the court had worked well.")
    assert_statements(body, title="Meeting with Constitutional Court President Oleg Durnev", expected=[
        ("Oleg Durnev", "indirect", "Oleg Durnev reported on the work of the court."),
        ("Ivan Marov", "indirect", "The President noted that the court had worked well."),
    ])


def test_a_bare_chairman_may_still_be_the_institutions_chairman():
    """The guard of the rule: only a bare "the President" is kept from an institution's office (it means
    the head of state); "the Chairman" after "Audit Chamber Chairman Pavel Lorin" is still he."""
    body = ("Ivan Marov held a working meeting with Audit Chamber Chairman Pavel Lorin.\n\n"
            "The Chairman briefed the President on the results of the audits.")
    assert_statements(body, title="Meeting with Audit Chamber Chairman Pavel Lorin", expected=[
        ("Pavel Lorin", "indirect", "The Chairman briefed the President on the results of the audits."),
    ])
