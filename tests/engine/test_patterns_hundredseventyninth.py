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


def test_figures_cited_inside_a_report_go_on_with_it():
    """"Maxim Topilin also said … that the total fertility rate … should reach 1.754 by 2018. However, the figure was
    1.77 in 2015 and, according to Rosstat data, may exceed 1.83 for the first half of 2016. In a favourable
    situation, …" (52884): "according to Rosstat data" set inside a sentence of the minister's report cites the
    statistics office's record for one figure; the sentence is still his report. Before, the cue with a name as its
    source was read as someone else speaking, and the sentence was no one's."""
    body = ("President Ivo Marr had a working meeting with Labour Minister Oleg Varin.\n\n"
            "Oleg Varin said that the birth rate should reach 1.7 by 2018. However, the figure was 1.77 in 2015 "
            "and, according to Tesstat data, may exceed 1.8 this year. In a favourable situation, it can increase "
            "to 1.9.")
    assert_statements(body, [
        ("Oleg Varin", "indirect", "Oleg Varin said that the birth rate should reach 1.7 by 2018."),
        ("Oleg Varin", "indirect", "However, the figure was 1.77 in 2015 and, according to Tesstat data, may exceed "
                                   "1.8 this year."),
        ("Oleg Varin", "indirect", "In a favourable situation, it can increase to 1.9."),
    ])


def test_a_sentence_opening_with_according_to_data_is_not_carried_on():
    """The guard of the rule above: a sentence that opens "According to Tesstat data, …" gives the statistics
    office's account (`_press_account`), not the reporter's, and stays no one's."""
    body = ("President Ivo Marr had a working meeting with Labour Minister Oleg Varin.\n\n"
            "Oleg Varin said that the birth rate should reach 1.7 by 2018. According to Tesstat data, the figure "
            "may exceed 1.8 this year.")
    assert_statements(body, [
        ("Oleg Varin", "indirect", "Oleg Varin said that the birth rate should reach 1.7 by 2018."),
    ])
