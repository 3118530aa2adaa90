"""Rules from the hundred-seventy-fourth held-out set (en.kremlin.ru, June-July 2020, reported working meetings with
governors): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_opening_sentence_adverb_is_no_name_in_a_carried_report():
    """"Unfortunately, 28 people have passed away." (63498), inside a governor's report: "Unfortunately" was read
    as a name acting, and the figure was dropped from the report."""
    body = ("Governor Tomas Virelli reported to the President on the situation in Dravenka Region. "
            "The region has recorded 1,204 cases, and 950 people have recovered. "
            "Unfortunately, 12 people have passed away. Hospitals have 400 free beds.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect",
         "Governor Tomas Virelli reported to the President on the situation in Dravenka Region."),
        ("Tomas Virelli", "indirect", "The region has recorded 1,204 cases, and 950 people have recovered."),
        ("Tomas Virelli", "indirect", "Unfortunately, 12 people have passed away."),
        ("Tomas Virelli", "indirect", "Hospitals have 400 free beds."),
    ])


def test_a_word_before_a_figure_or_a_compound_noun_is_no_name_in_a_carried_report():
    """"Almost 140,000 tests have been conducted in total as of today." and "Major investment projects of both
    federal and regional scale have received continuous support as well." (63495): "Almost" and "Major" were read
    as names acting."""
    body = ("Governor Tomas Virelli reported to the President on the situation in Dravenka Region. "
            "Eleven laboratories are performing 2,000 tests per day. "
            "Almost 90,000 tests have been conducted in total. "
            "Major investment projects of regional scale have received continuous support.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect",
         "Governor Tomas Virelli reported to the President on the situation in Dravenka Region."),
        ("Tomas Virelli", "indirect", "Eleven laboratories are performing 2,000 tests per day."),
        ("Tomas Virelli", "indirect", "Almost 90,000 tests have been conducted in total."),
        ("Tomas Virelli", "indirect",
         "Major investment projects of regional scale have received continuous support."),
    ])


def test_a_short_name_before_its_comma_still_acts():
    """The guard: a short name before a comma ("Sally, …") is no sentence adverb; a name before its verb and a plural
    ("Petrov visited plants of …") still acts, and ends the report."""
    body = ("Governor Tomas Virelli reported to the President on the situation in Dravenka Region. "
            "The region has recorded 1,204 cases. "
            "Sally Brandt, the mayor, later visited factories of the region.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect",
         "Governor Tomas Virelli reported to the President on the situation in Dravenka Region."),
        ("Tomas Virelli", "indirect", "The region has recorded 1,204 cases."),
    ])


def test_a_report_spoken_of_goes_on_over_the_next_paragraphs():
    """"Mr Belozertsev spoke of the region’s efforts to minimise the pandemic’s impact …" then paragraphs of figures
    with no speech verb ("In 2019, gross agricultural output topped 103 billion rubles. …", 63498; "Alexander
    Drozdenko also spoke about support measures …" then "To support the labour market, … the Leningrad Region has
    organised jobs …", 63495): "spoke of/about" presents his report as "informed … about" does, and the next
    paragraphs carry it on."""
    body = ("The President held a working meeting with Dravenka Region Governor Tomas Virelli.\n\n"
            "Mr Virelli spoke of the region’s efforts to support the economy. A support package was passed.\n\n"
            "In 2019, gross agricultural output topped 80 billion rubles. Exports grew by 12 percent.\n\n"
            "The President wished Mr Virelli every success.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect", "Mr Virelli spoke of the region’s efforts to support the economy."),
        ("Tomas Virelli", "indirect", "A support package was passed."),
        ("Tomas Virelli", "indirect", "In 2019, gross agricultural output topped 80 billion rubles."),
        ("Tomas Virelli", "indirect", "Exports grew by 12 percent."),
        ("the President", "indirect", "The President wished Mr Virelli every success."),
    ])
