"""Readings of known errors of the invented hard and styles sets (stop 38): a ministry's portfolio "Construction"
read as a country ("Minister of Construction and Housing X … The Minister of Construction said …", twentieth styles
karsovia_presidency_heating_season_ministers); "the latter" after a sentence whose described subject acts on a
described person ("The President acquainted His Majesty with … . The latter pledged …", eighteenth hard
readout_president_voss_king_rashad_meeting); "He" after an office named nowhere that spoke ("The Prosecutor
General, in turn, noted that … . He proposed …", nineteenth styles korsland_president_speaker_prosecutor).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

HEATING = ("Anton Veretin held a meeting with Minister of Energy Kirill Salnikov and Minister of Construction and "
           "Housing Sergei Samsonov.\n\n"
           "Salnikov proposed extending the conversion programme. ")


def test_a_minister_of_construction_and_housing_is_the_minister_of_construction():
    """"… with Minister of Energy Kirill Salnikov and Minister of Construction and Housing Sergei Samsonov. … The
    Minister of Construction said that his ministry was ready …" (twentieth styles
    karsovia_presidency_heating_season_ministers): "Construction" is the ministry's portfolio, not a country, so the
    office is Samsonov's and its shorter form his."""
    body = HEATING + "The Minister of Construction said that his ministry was ready to take over the networks."
    assert_statements(body, [
        ("Kirill Salnikov", "indirect", "Salnikov proposed extending the conversion programme."),
        ("Sergei Samsonov", "indirect", "The Minister of Construction said that his ministry was ready to take over "
                                        "the networks."),
    ])


def test_the_construction_minister_is_not_the_energy_minister():
    """"The Construction Minister" is Samsonov too, not the Minister of Energy named last."""
    body = HEATING + "The Construction Minister said that his ministry was ready to take over the networks."
    assert_statements(body, [
        ("Kirill Salnikov", "indirect", "Salnikov proposed extending the conversion programme."),
        ("Sergei Samsonov", "indirect", "The Construction Minister said that his ministry was ready to take over "
                                        "the networks."),
    ])


def test_the_minister_of_energy_stays_the_energy_minister():
    """Guard: the other minister's office is read as before ("The Minister of Energy noted …": Salnikov)."""
    body = HEATING + "The Minister of Energy noted that the networks were old."
    assert_statements(body, [
        ("Kirill Salnikov", "indirect", "Salnikov proposed extending the conversion programme."),
        ("Kirill Salnikov", "indirect", "The Minister of Energy noted that the networks were old."),
    ])


AUDIENCE = ("President Arno Vell received His Majesty King Idris IV of Sarrat in the capital today. The President, who "
            "had returned from a tour of the provinces that morning, used the meeting to restate the partnership.\n\n"
            "His Majesty spoke with feeling about the floods in the south, and he warned of the cost of delay. ")
HOSTAGES = "The President acquainted His Majesty with the state of the hostage talks and held that a deal was close."
AUDIENCE_OPENING = [
    ("Arno Vell", "indirect", "The President, who had returned from a tour of the provinces that morning, used the "
                              "meeting to restate the partnership."),
    ("Idris IV", "indirect", "His Majesty spoke with feeling about the floods in the south, and he warned of the cost "
                             "of delay."),
    ("Arno Vell", "indirect", HOSTAGES),
]


def test_the_latter_is_the_described_object_of_the_sentence_before():
    """"The President acquainted His Majesty with the state of the hostage talks … . The latter pledged that …"
    (eighteenth hard readout_president_voss_king_rashad_meeting): no two people named close before; the sentence
    before has a described subject acting on a described person: the latter is that person, His Majesty."""
    body = AUDIENCE + HOSTAGES + " The latter pledged that the corridor would stay open around the clock."
    assert_statements(body, [
        *AUDIENCE_OPENING,
        ("Idris IV", "indirect", "The latter pledged that the corridor would stay open around the clock."),
    ])


def test_the_former_is_the_described_subject_of_the_sentence_before():
    """The former, in the same sentence, is its subject, the President."""
    body = AUDIENCE + HOSTAGES + " The former pledged that the corridor would stay open around the clock."
    assert_statements(body, [
        *AUDIENCE_OPENING,
        ("Arno Vell", "indirect", "The former pledged that the corridor would stay open around the clock."),
    ])


def test_the_former_of_two_named_close_before_is_read_as_before():
    """Guard: two people named close before ("President Vell acquainted King Idris IV with …") still decide, by
    their names: the former is the President."""
    body = (AUDIENCE + "President Vell acquainted King Idris IV with the state of the hostage talks. The former "
            "pledged that the corridor would stay open around the clock.")
    assert_statements(body, [
        *AUDIENCE_OPENING[:2],
        ("Arno Vell", "indirect", "President Vell acquainted King Idris IV with the state of the hostage talks."),
        ("Arno Vell", "indirect", "The former pledged that the corridor would stay open around the clock."),
    ])


ASSETS = ("President of Korvany Andrei Vostrel held a meeting on the draft law on illegally acquired assets. Taking part "
          "were the Speaker of Parliament, the Prosecutor General and the Minister of Justice.\n\n"
          "Opening the meeting, the head of state recalled that the draft had been in Parliament since February.\n\n")


def test_he_after_an_unnamed_office_that_spoke_is_no_one_known():
    """"The Prosecutor General, in turn, noted that … . He proposed that …" (nineteenth styles
    korsland_president_speaker_prosecutor): the Prosecutor General is named nowhere, nor listed as taking part; "He" is
    he, someone the engine does not know, not the President, the last subject before him."""
    body = ASSETS.replace(" Taking part were the Speaker of Parliament, the Prosecutor General and the Minister of "
                          "Justice.", "") \
        + ("The Prosecutor General, in turn, noted that prosecutors had identified assets worth 3.4 billion. "
           "He proposed that the burden of proof be placed on the owner.")
    assert_statements(body, [
        ("Andrei Vostrel", "indirect", "Opening the meeting, the head of state recalled that the draft had been in "
                                       "Parliament since February."),
    ])


def test_he_after_an_unnamed_office_listed_as_taking_part_is_its_holder():
    """The same with the office listed as taking part ("Taking part were …, the Prosecutor General and …", as
    korsland's gold reads it, h618): the office is one person known by it, and "He" is he, not the President."""
    body = ASSETS + ("The Prosecutor General, in turn, noted that prosecutors had identified assets worth 3.4 billion. "
                     "He proposed that the burden of proof be placed on the owner.")
    assert_statements(body, [
        ("Andrei Vostrel", "indirect", "Opening the meeting, the head of state recalled that the draft had been in "
                                       "Parliament since February."),
        ("The Prosecutor General", "indirect", "The Prosecutor General, in turn, noted that prosecutors had identified "
                                               "assets worth 3.4 billion."),
        ("The Prosecutor General", "indirect", "He proposed that the burden of proof be placed on the owner."),
    ])


def test_he_after_a_named_office_that_spoke_is_that_person():
    """Guard: an office someone holds ("The Minister of Justice, Ivo Darm, noted …"), the sentence his statement:
    "He" is he, as before."""
    body = ASSETS + ("The Minister of Justice, Ivo Darm, noted that prosecutors had identified assets worth 3.4 "
                     "billion. He proposed that the burden of proof be placed on the owner.")
    assert_statements(body, [
        ("Andrei Vostrel", "indirect", "Opening the meeting, the head of state recalled that the draft had been in "
                                       "Parliament since February."),
        ("Ivo Darm", "indirect", "The Minister of Justice, Ivo Darm, noted that prosecutors had identified assets "
                                 "worth 3.4 billion."),
        ("Ivo Darm", "indirect", "He proposed that the burden of proof be placed on the owner."),
    ])


def test_he_after_a_ministry_that_proposed_is_read_as_before():
    """Guard: a body that speaks ("The Ministry of Justice proposed …") is no unnamed holder of an office: "He" after
    it is the last subject, as before."""
    body = ASSETS + ("The Ministry of Justice proposed that the maximum term be reduced. He described the situation "
                     "in the camps as critical.")
    assert_statements(body, [
        ("Andrei Vostrel", "indirect", "Opening the meeting, the head of state recalled that the draft had been in "
                                       "Parliament since February."),
        ("Andrei Vostrel", "indirect", "He described the situation in the camps as critical."),
    ])
