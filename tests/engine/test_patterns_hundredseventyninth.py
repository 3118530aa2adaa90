"""Rules from the hundred-seventy-ninth held-out set (en.kremlin.ru, 2016: working meetings with a minister, a mayor
and a company head, transcripts, a telephone call): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_working_meetings_official_sums_up_his_measures():
    """"Financial assistance is provided to 32 regions … These additional measures will embrace some 70,000 people.
    / As per the budget, 2.2 billion rubles … have already been transferred to the regions." (52884, a minister's
    report in a working meeting): "These … measures will …" sums up the measures the official reports, so it goes
    on with his report, and the report goes on into the next paragraph. Before, it was read as the readout's own
    summing-up ("These efforts build on …"): the sentence was no one's and the report ended there."""
    body = ("President Ivo Marr had a working meeting with Labour Minister Oleg Varin.\n\n"
            "Oleg Varin said that wages increased by 7 percent over the past seven months.\n\n"
            "Financial assistance is provided to 30 regions. These additional measures will embrace some 60,000 "
            "people.\n\n"
            "As per the budget, 2 billion tolars have already been transferred to the regions.")
    assert_statements(body, [
        ("Oleg Varin", "indirect", "Oleg Varin said that wages increased by 7 percent over the past seven months."),
        ("Oleg Varin", "indirect", "Financial assistance is provided to 30 regions."),
        ("Oleg Varin", "indirect", "These additional measures will embrace some 60,000 people."),
        ("Oleg Varin", "indirect", "As per the budget, 2 billion tolars have already been transferred to the regions."),
    ])
