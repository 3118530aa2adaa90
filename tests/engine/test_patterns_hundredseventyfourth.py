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
    paragraphs carry it on, when he presented a report before (the lead's "informed … about")."""
    body = ("Dravenka Region Governor Tomas Virelli informed the President about the situation in the region.\n\n"
            "Mr Virelli spoke of the region’s efforts to support the economy. A support package was passed.\n\n"
            "In 2019, gross agricultural output topped 80 billion rubles. Exports grew by 12 percent.\n\n"
            "The President wished Mr Virelli every success.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect",
         "Dravenka Region Governor Tomas Virelli informed the President about the situation in the region."),
        ("Tomas Virelli", "indirect", "Mr Virelli spoke of the region’s efforts to support the economy."),
        ("Tomas Virelli", "indirect", "A support package was passed."),
        ("Tomas Virelli", "indirect", "In 2019, gross agricultural output topped 80 billion rubles."),
        ("Tomas Virelli", "indirect", "Exports grew by 12 percent."),
        ("the President", "indirect", "The President wished Mr Virelli every success."),
    ])


def test_a_regions_head_is_its_governor():
    """"The Penza Region Head informed the President about the local socioeconomic situation." (63498, the lead of a
    working meeting with the region's governor): "<Region> Head" is whoever heads the region, as "the regional head"
    is; it was left to no one, and the report after it lost its opening."""
    body = ("The Dravenka Region Head informed the President about the local situation. "
            "The meeting took place via videoconference.\n\n"
            "The regional situation is stable, Mr Virelli said.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect", "The Dravenka Region Head informed the President about the local situation."),
        ("Tomas Virelli", "indirect", "The regional situation is stable, Mr Virelli said."),
    ], title="Working meeting with Dravenka Region Governor Tomas Virelli")


def test_speaking_of_a_vision_with_no_report_before_does_not_go_on():
    """The guard on "spoke of": only a report presented before ("informed", "reported") is told on; "the President
    spoke of his vision of the main processes …" then "The political scientists are in Moscow for …" (fifty-fifth
    34018) is the readout's narrative."""
    body = ("President Arvel Dunmore met with a group of foreign analysts.\n\n"
            "Over the course of a lengthy discussion, the President spoke of his vision of the main processes "
            "underway in Velora and abroad.\n\n"
            "The analysts are in Kestrin for the annual meeting of their club.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Over the course of a lengthy discussion, the President spoke of his vision of the main processes "
         "underway in Velora and abroad."),
    ])


def test_the_two_who_met_end_a_report_carried_over():
    """"Mr Putin and Mr Minnikhanov also touched upon the social sector, … Extensive work is underway on road
    construction …" (thirty-second 62327) after "The Head of Tatarstan also spoke about the projects …": a paragraph
    that opens with the two who met acting together carries no one's report on."""
    body = ("President Arvel Dunmore met with Governor Tomas Virelli.\n\n"
            "Mr Virelli reported that the regional product grew by 2 percent.\n\n"
            "The Governor also spoke about the projects under way in the region. Work is going as planned.\n\n"
            "Mr Dunmore and Mr Virelli also touched upon the social sector. "
            "Extensive work is underway on road construction.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect", "Mr Virelli reported that the regional product grew by 2 percent."),
        ("Tomas Virelli", "indirect", "The Governor also spoke about the projects under way in the region."),
        ("Tomas Virelli", "indirect", "Work is going as planned."),
    ])
