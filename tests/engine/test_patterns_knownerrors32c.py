"""Errors the sets merged in stop 32 left alone (two-hundred-seventy-sixth, two-hundred-seventy-eighth,
two-hundred-eighty-first, styles9) mended with general rules: each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_first_name_then_a_month_or_modal_is_a_surname():
    """two-hundred-seventy-eighth eu_council_2016-10-21: "Over the dinner, British Prime Minister Theresa May
    provided a short update on Brexit and Prime Minister Rutte briefed the leaders …": a common first name
    before "May" makes it her surname (not "Theresa", then the month or the modal); and "on Brexit", a lone
    word after "on", is the topic, not a person joined with the next clause's subject."""
    body = ("The leaders of the Union met in Veldhaven.\n\n"
            "Over the dinner, Ostlandic Prime Minister Theresa May provided a short update on Grexitt and "
            "Prime Minister Rautenberg briefed the leaders on the situation in Nordmark.\n\n"
            "Theresa May said the talks had been useful.\n")
    assert_statements(body, [
        ("Theresa May", "indirect", "Over the dinner, Ostlandic Prime Minister Theresa May provided a short update on Grexitt"),
        ("Rautenberg", "indirect", "Prime Minister Rautenberg briefed the leaders on the situation in Nordmark."),
        ("Theresa May", "indirect", "Theresa May said the talks had been useful."),
    ])


def test_a_month_or_modal_after_no_first_name_stays_a_word():
    """The guard of the same rule: "In May" and "Will the talks …" are no surname (no first name
    before them)."""
    body = ("President Anton Maric met with Foreign Minister Greta Lind.\n\n"
            "In May the President said the border would reopen. Will the talks go on?\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "In May the President said the border would reopen."),
    ])

