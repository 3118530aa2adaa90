"""Rules from the hundred-sixty-second held-out set (en.kremlin.ru, June 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = ("Governor Oleg Varn reported to the President on the results of the Kestrov Region's development. "
         "The Governor said that investment has grown 30 percent over three years. ")


def test_funds_made_available_carry_a_governors_report_on():
    """"As part of regional support under the Governor's Start-up Programme, 1 million rubles have been made
    available for business development." (68680): funds made available are what the governor's report tells,
    not an agentless passive of the meeting ("was made", "was given") that ends the report. Before, the
    sentence was given to no one."""
    body = (_LEAD + "The revenue base has doubled. "
            "As part of regional support, 2 million rubles have been made available for small firms. "
            "Public debt has decreased by a third.")
    assert_statements(body, [
        ("Oleg Varn", "indirect",
         "Governor Oleg Varn reported to the President on the results of the Kestrov Region's development."),
        ("Oleg Varn", "indirect", "The Governor said that investment has grown 30 percent over three years."),
        ("Oleg Varn", "indirect", "The revenue base has doubled."),
        ("Oleg Varn", "indirect",
         "As part of regional support, 2 million rubles have been made available for small firms."),
        ("Oleg Varn", "indirect", "Public debt has decreased by a third."),
    ])


def test_a_conditional_after_estimates_carries_a_governors_report_on():
    """"According to the most conservative estimates, natural gas distribution would attract 400 billion rubles
    …" (68680), after "The Governor further spoke about …": figures with no body as their source and a
    conditional after them are the reporter's reckoning, not another source's account. Before, the sentence
    was given to no one."""
    body = (_LEAD + "Gas distribution was the first key issue. "
            "According to the most conservative estimates, gas distribution would create 20,000 new jobs. "
            "The port will be completed in 2023.")
    assert_statements(body, [
        ("Oleg Varn", "indirect",
         "Governor Oleg Varn reported to the President on the results of the Kestrov Region's development."),
        ("Oleg Varn", "indirect", "The Governor said that investment has grown 30 percent over three years."),
        ("Oleg Varn", "indirect", "Gas distribution was the first key issue."),
        ("Oleg Varn", "indirect",
         "According to the most conservative estimates, gas distribution would create 20,000 new jobs."),
        ("Oleg Varn", "indirect", "The port will be completed in 2023."),
    ])


def test_estimates_of_what_happened_still_end_the_report():
    """The guard: "According to preliminary estimates, the fair brought together …" (no conditional: an account
    of what happened) is still the figures' account, and the report stops there."""
    body = (_LEAD + "According to preliminary estimates, the fair brought together 5,000 guests.")
    assert_statements(body, [
        ("Oleg Varn", "indirect",
         "Governor Oleg Varn reported to the President on the results of the Kestrov Region's development."),
        ("Oleg Varn", "indirect", "The Governor said that investment has grown 30 percent over three years."),
    ])


def test_a_place_name_before_its_nouns_carries_a_governors_report_on():
    """"Andrei X also talked about the fishing industry and ship repair. Murmansk fishing port upgrades are being
    launched as part of …" (68680): the place's one-word name qualifies the nouns after it ("fishing port
    upgrades"), the subject is the upgrades, no one who acts. Before, the sentence was given to no one."""
    body = (_LEAD + "Oleg Varn also talked about the fishing industry. "
            "Kestrov fishing port upgrades are being launched this year. "
            "Draft decisions have been prepared with the Government.")
    assert_statements(body, [
        ("Oleg Varn", "indirect",
         "Governor Oleg Varn reported to the President on the results of the Kestrov Region's development."),
        ("Oleg Varn", "indirect", "The Governor said that investment has grown 30 percent over three years."),
        ("Oleg Varn", "indirect", "Oleg Varn also talked about the fishing industry."),
        ("Oleg Varn", "indirect", "Kestrov fishing port upgrades are being launched this year."),
        ("Oleg Varn", "indirect", "Draft decisions have been prepared with the Government."),
    ])
