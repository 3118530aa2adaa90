"""Patterns found by the seventieth held-out set (benchmarks/heldout/seventieth/, real en.kremlin.ru
readouts of 2017-2020): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_reported_about_is_a_report():
    """"X reported about measures to …" reports as "reported on" does (kremlin_63859's lead,
    "General Director of DOM.RF Vitaly Mutko reported about measures to support …", was lost)."""
    body = ("General Director of Velcom Ivan Dorn reported about measures to support the housing sector.\n\n"
            "Petr Halen thanked Mr Dorn for his work.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "General Director of Velcom Ivan Dorn reported about measures to support the housing sector."),
        ("Petr Halen", "indirect", "Petr Halen thanked Mr Dorn for his work."),
    ])


def test_a_bare_they_without_a_speech_verb_goes_on_with_a_report():
    """"Mr X told the President about the programme. First, they have been subsidising
    mortgages; …": a bare "they" in a sentence with no speech verb is the body the report
    speaks of, and the report goes on (kremlin_63859)."""
    body = ("Petr Halen met with General Director of Velcom Ivan Dorn.\n\n"
            "Mr Dorn told the President about the anti-crisis programme. First, they have been subsidising "
            "mortgages; 400 applications have been submitted. Second, mortgage demand will rebound by the end of the year.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Mr Dorn told the President about the anti-crisis programme."),
        ("Ivan Dorn", "indirect", "First, they have been subsidising mortgages; 400 applications have been submitted."),
        ("Ivan Dorn", "indirect", "Second, mortgage demand will rebound by the end of the year."),
    ])


def test_a_they_with_a_speech_verb_still_ends_a_report():
    """Guard: "They also discussed …" after a report is the people who met speaking
    together: no one's statement."""
    body = ("Petr Halen met with General Director of Velcom Ivan Dorn.\n\n"
            "Mr Dorn told the President about the anti-crisis programme. They also discussed the housing market.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Mr Dorn told the President about the anti-crisis programme."),
    ])


def test_the_reporters_body_written_in_capitals_is_what_their_report_speaks_of():
    """"General Director of VELCOM.RU Ivan Dorn …": "VELCOM.RU is an operator of …",
    "VELCOM.RU and the Ministry of Construction have launched …": the body the reporter's
    office names, in capitals, alone or with another body, is what the report speaks of, no
    one who acts in the readout; the report goes on (kremlin_63859, "DOM.RF")."""
    body = ("Petr Halen met with General Director of VELCOM.RU Ivan Dorn.\n\n"
            "Mr Dorn told the President about the anti-crisis programme. VELCOM.RU is an operator of two "
            "mortgage plans. VELCOM.RU and the Ministry of Construction have promptly launched the programme.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Mr Dorn told the President about the anti-crisis programme."),
        ("Ivan Dorn", "indirect", "VELCOM.RU is an operator of two mortgage plans."),
        ("Ivan Dorn", "indirect", "VELCOM.RU and the Ministry of Construction have promptly launched the programme."),
    ])


def test_an_agency_in_capitals_that_is_not_the_reporters_acts_in_the_readouts_voice():
    """Guard: "USDA will fund pilots …" after an official's remarks, the agency not named in
    their office ("Under Secretary Bonnie"), is the readout telling what the agency does."""
    body = ("Under Secretary Ivan Dorn described the new programme.\n\n"
            "Through this $1 billion investment, VELCA will fund pilot projects across the country.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Under Secretary Ivan Dorn described the new programme."),
    ])


def test_a_report_said_after_it_was_presented_goes_on_into_the_next_paragraphs():
    """The official who presented their report in the lead ("reported about …") and, after
    the President's remark, "said" more: the paragraphs after it in which no one acts or
    speaks ("On the President’s instruction, they have established …", "Tapping land reserves
    is another important aspect …") go on with that report (kremlin_63859)."""
    body = ("General Director of Velcom Ivan Dorn reported about measures to support the housing sector.\n\n"
            "Petr Halen remarked that the process must be controlled.\n\n"
            "As for financial results, Mr Dorn said the company had maintained financial stability.\n\n"
            "On the President’s instruction, they have established an authorised bank. Project financing "
            "covers about 1,200 contracts.\n\n"
            "Tapping land reserves is another important aspect of the work. Rental housing is developing.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "General Director of Velcom Ivan Dorn reported about measures to support the housing sector."),
        ("Petr Halen", "indirect", "Petr Halen remarked that the process must be controlled."),
        ("Ivan Dorn", "indirect", "As for financial results, Mr Dorn said the company had maintained financial stability."),
        ("Ivan Dorn", "indirect", "On the President’s instruction, they have established an authorised bank."),
        ("Ivan Dorn", "indirect", "Project financing covers about 1,200 contracts."),
        ("Ivan Dorn", "indirect", "Tapping land reserves is another important aspect of the work."),
        ("Ivan Dorn", "indirect", "Rental housing is developing."),
    ])


def test_a_plain_said_after_no_report_does_not_carry_over():
    """Guard: "Mr X said …" by someone who presented no report leaves the next paragraph
    of news the readout's."""
    body = ("Petr Halen met with General Director of Velcom Ivan Dorn.\n\n"
            "Mr Dorn said the company had maintained financial stability.\n\n"
            "The company was founded in 1998. It employs 3,000 people.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Mr Dorn said the company had maintained financial stability."),
    ])
