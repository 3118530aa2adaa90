"""Rules from the two-hundred-eightieth held-out set (en.kremlin.ru, April 2017): invented readouts, invented people
and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = ("Arvel Dunmore had a working meeting with Governor of Kestria Region Oren Falk to discuss the region’s "
         "socioeconomic situation.\n\n")
_REPORT = "Mr Falk said that the gross regional product grew by 4 percent.\n\n"


def test_work_continues_on_carries_a_report_on():
    """"Work continues on the programme to resettle people from dilapidated housing." (twohundredeightieth 54285): "Work"
    opening the sentence before "continues on" is a work's state, no one's name; the governor's report goes on into
    the next paragraphs. Before, the report stopped there."""
    body = (_LEAD + _REPORT + "Work continues on the programme to resettle people from old housing.\n\n"
            "The region plans to build 10 new schools over the next five years.")
    assert_statements(body, [
        ("Oren Falk", "indirect", "Mr Falk said that the gross regional product grew by 4 percent."),
        ("Oren Falk", "indirect", "Work continues on the programme to resettle people from old housing."),
        ("Oren Falk", "indirect", "The region plans to build 10 new schools over the next five years."),
    ])


def test_a_name_that_continues_to_act_ends_the_report():
    """The guard: a capitalised word before "continues to" may be a place or a body that acts ("Borlandia continues to
    …"): not read as a work's state, the report is over."""
    body = (_LEAD + _REPORT + "Borlandia continues to block the shipments.\n\n"
            "The region plans to build 10 new schools over the next five years.")
    assert_statements(body, [
        ("Oren Falk", "indirect", "Mr Falk said that the gross regional product grew by 4 percent."),
    ])


def test_each_facility_in_the_guests_report_is_a_thing():
    """"Each facility will produce goods worth more than 3 billion rubles." (twohundredeightieth 54277): "Each" before a
    singular noun that names no one, in the report of the official a working meeting is held with, counts things; the
    report goes on. Before, "Each" was read as a group acting and the report stopped."""
    body = (_LEAD + _REPORT + "The region has opened three new plants. Each facility will produce goods worth 3 billion "
            "rubles.\n\nThe cable plant will produce 2 million kilometres of fibre this year.")
    assert_statements(body, [
        ("Oren Falk", "indirect", "Mr Falk said that the gross regional product grew by 4 percent."),
        ("Oren Falk", "indirect", "The region has opened three new plants."),
        ("Oren Falk", "indirect", "Each facility will produce goods worth 3 billion rubles."),
        ("Oren Falk", "indirect", "The cable plant will produce 2 million kilometres of fibre this year."),
    ])


def test_each_side_still_acts():
    """The guard: "Each side" (a noun whose plural heads a group) is the people who met acting, not the report."""
    body = (_LEAD + _REPORT + "The region has opened three new plants. Each side will appoint a coordinator.\n\n"
            "The cable plant will produce 2 million kilometres of fibre this year.")
    assert_statements(body, [
        ("Oren Falk", "indirect", "Mr Falk said that the gross regional product grew by 4 percent."),
        ("Oren Falk", "indirect", "The region has opened three new plants."),
    ])


def test_together_with_a_partner_opens_the_sentence():
    """"Together with the university, the plant is working to establish a research centre …" (54277) and "Jointly with
    Gazprom, the region is carrying out a programme …" (54285): "Together"/"Jointly" open the sentence before the
    partner's phrase, no one's name; the subject is after the comma. Before, the report stopped there."""
    body = (_LEAD + _REPORT + "The plant has begun producing antibiotics. Together with the university, the plant is "
            "working to establish a research centre.\n\nJointly with Kestgaz, the region is carrying out a programme "
            "to connect villages to the gas network.")
    assert_statements(body, [
        ("Oren Falk", "indirect", "Mr Falk said that the gross regional product grew by 4 percent."),
        ("Oren Falk", "indirect", "The plant has begun producing antibiotics."),
        ("Oren Falk", "indirect", "Together with the university, the plant is working to establish a research centre."),
        ("Oren Falk", "indirect", "Jointly with Kestgaz, the region is carrying out a programme to connect villages "
         "to the gas network."),
    ])


def test_together_the_leaders_act():
    """The guard: after "Together," the subject is read after the comma; "the two leaders" acting ends the report."""
    body = (_LEAD + _REPORT + "The plant has begun producing antibiotics. Together, the two leaders then visited the "
            "plant.\n\nThe region plans to build 10 new schools.")
    assert_statements(body, [
        ("Oren Falk", "indirect", "Mr Falk said that the gross regional product grew by 4 percent."),
        ("Oren Falk", "indirect", "The plant has begun producing antibiotics."),
    ])


def test_a_compound_number_opens_a_sentence_of_the_report():
    """"Twenty-eight percent of the goods produced in the republic are innovative products." (54277): a hyphenated
    number word ("Twenty-eight") opening the sentence counts, as "Twenty" does; no one's name. Before, nothing."""
    body = (_LEAD + _REPORT + "Exports of high-tech products have increased threefold.\n\n"
            "Twenty-eight percent of the goods produced in the region are innovative products.")
    assert_statements(body, [
        ("Oren Falk", "indirect", "Mr Falk said that the gross regional product grew by 4 percent."),
        ("Oren Falk", "indirect", "Exports of high-tech products have increased threefold."),
        ("Oren Falk", "indirect", "Twenty-eight percent of the goods produced in the region are innovative products."),
    ])
