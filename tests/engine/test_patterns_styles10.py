"""Patterns found by the tenth styles set (benchmarks/styles10/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_account_resumes_after_a_transcripts_last_turn():
    """"… / Luc Marchetti: Yes. … / Earlier in the day, the Head of State received …" (styles10
    lagunia_presidency) and "Asked by journalists about …, Prime Minister Trajkovski said that …" (styles10
    vardaria_government): the readout's own frame, no one speaking in the first person: the turn is over."""
    body = ("Prime Minister receives guest\n\nPrime Minister Ivo Dravec met Prime Minister Sanna Lindqvist today.\n\n"
            "Prime Minister Ivo Dravec:\n\nWelcome to Brezna. We agreed to open a new flight.\n\n"
            "Prime Minister Sanna Lindqvist:\n\nThank you for the hospitality.\n\n"
            "Asked by journalists about the border, Prime Minister Dravec said that the talks would go on.\n\n"
            "Earlier in the day, Prime Minister Lindqvist laid a wreath at the memorial. Speaking to the press, "
            "Minister Ana Holm indicated that the border was \"under control\".")
    assert_statements(body, [
        ("Ivo Dravec", "direct", "Welcome to Brezna. We agreed to open a new flight."),
        ("Sanna Lindqvist", "direct", "Thank you for the hospitality."),
        ("Ivo Dravec", "indirect", "Asked by journalists about the border, Prime Minister Dravec said that the talks "
                                   "would go on."),
        ("Ana Holm", "indirect", "Speaking to the press, Minister Ana Holm indicated that the border was "
                                 "\"under control\"."),
    ])


def test_a_turn_that_opens_with_earlier_and_speaks_goes_on():
    """Guard: "Earlier, we signed …" in a turn speaks in the first person: still the speaker's."""
    body = ("Press conference\n\nPrime Minister Ivo Dravec:\n\nWelcome to Brezna.\n\n"
            "Earlier, we signed two agreements on energy.")
    assert_statements(body, [
        ("Ivo Dravec", "direct", "Welcome to Brezna."),
        ("Ivo Dravec", "direct", "Earlier, we signed two agreements on energy."),
    ])


def test_two_offices_a_comma_joins_before_the_name_are_one_holders():
    """"the Prime Minister, Minister of State, Marc Weydert, received the Prime Minister of the Republic of Velsk,
    Andrej Kovalčík, …" (styles10 lorvania_state_ministry): both offices are Weydert's, so "In this context, the
    Prime Minister underlined …" and "the Prime Minister, Minister of State, reiterated …" are his."""
    body = ("Working visit\n\nOn 3 June, the Prime Minister, Minister of State, Paul Reding, received the Prime Minister "
            "of the Republic of Vorsk, Ivan Malek, for a working visit.\n\nIn this context, the Prime Minister "
            "underlined the importance of the single market.\n\nPrime Minister Malek presented the priorities of his "
            "government and expressed his interest in cross-border work.")
    assert_statements(body, [
        ("Paul Reding", "indirect", "In this context, the Prime Minister underlined the importance of the single market."),
        ("Ivan Malek", "indirect", "Prime Minister Malek presented the priorities of his government and expressed "
                                   "his interest in cross-border work."),
    ])


def test_an_office_and_a_place_before_the_name_are_no_two_offices():
    """Guard: "the Minister, In Tarvik, …" is no pair of offices; "In Tarvik, Ida Morn said …" stays hers."""
    body = ("Visit\n\nThe Ambassador of Norland, Ida Morn, visited Tarvik.\n\nIn Tarvik, Ida Morn said that the port "
            "would grow.")
    assert_statements(body, [
        ("Ida Morn", "indirect", "In Tarvik, Ida Morn said that the port would grow."),
    ])


def test_the_office_before_his_excellency_and_a_name_is_his():
    """"the President of the Republic of Sarnia, His Excellency Aleksis Varga, …" (styles10 kavunda_presidency):
    the office is Varga's, so "The Sarnian leader, for his part, described …" is his, not the host's."""
    body = ("State visit\n\nPresident Tendai Moyo this morning welcomed the President of the Republic of Castia, His "
            "Excellency Pavel Drozd, at State House.\n\nThe Castian leader, for his part, said his country would "
            "double the number of scholarships.")
    assert_statements(body, [
        ("Pavel Drozd", "indirect", "The Castian leader, for his part, said his country would double the number of "
                                    "scholarships."),
    ])


def test_his_excellency_after_a_comma_and_no_office_before_it():
    """Guard: "In Mutapa, His Excellency Pavel Drozd said …": a place before the comma, no office."""
    body = ("Visit\n\nIn Mutapa, His Excellency Pavel Drozd said that trade would grow.")
    assert_statements(body, [
        ("Pavel Drozd", "indirect", "In Mutapa, His Excellency Pavel Drozd said that trade would grow."),
    ])


def test_a_closing_cue_after_a_long_capitalised_title_takes_the_sentence():
    """"President Hachiinga Mwaanga has called on newly accredited envoys to help …, State House Chief
    Communications Specialist Chanda Mulenga said in a statement." (styles10 zambezia_state_house): the title's
    capitalised words stand before the closing cue's name; the whole sentence is the communications chief's."""
    body = ("Envoys\n\nPresident Ivo Banda has urged the new envoys to help attract investment, State House Chief "
            "Communications Specialist Ruth Phiri said in a statement.")
    assert_statements(body, [
        ("Ruth Phiri", "indirect", "President Ivo Banda has urged the new envoys to help attract investment, State "
                                   "House Chief Communications Specialist Ruth Phiri said in a statement."),
    ])


def test_a_closing_clause_with_lower_case_words_before_its_subject_is_its_own():
    """Guard: "…, and on Friday Ruth Phiri said …" is no closing cue of the whole: lower-case words before it."""
    body = ("Envoys\n\nPresident Ivo Banda urged the envoys to help attract investment, and after the ceremony the "
            "Minister Ruth Phiri said that trade would grow.")
    assert_statements(body, [
        ("Ivo Banda", "indirect", "President Ivo Banda urged the envoys to help attract investment,"),
        ("Ruth Phiri", "indirect", "and after the ceremony the Minister Ruth Phiri said that trade would grow."),
    ])
