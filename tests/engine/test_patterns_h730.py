"""Statements found by helper h730's set fivehundredfortyseventh (the Union for the Mediterranean's English releases and
the Nordic Council of Ministers' Office in Estonia):

- "X opened a seminar: “Science, Technology and Entrepreneurship” in Tallinn.": a short quotation after a colon that its
  sentence goes on after in lower case, every long word capitalised, is the seminar's title, no one's words
  (sentence_reading._a_title_mid_sentence; titles.title_case with three long words enough there).
- "The seminar was organised by the Nordic office …" after X's report: who organised or hosted the event, the readout's
  account, no report carried on (sentence_patterns.EVENT_ORGANISED, read by reported_speech._continues and
  carrying_on._goes_on_reporting).
- "…, where he presented the strategic axes of …", "presented the priorities of …": a plan's lines or what was achieved set
  out in words (lexicon, the present entry widened with priorities, achievements, axes; not "the awards for the
  achievements of …").
- "Josep Antoni Duran i Lleida expressed …" / "… said Duran i Lleida.": Catalan's lower-case "i" between two surnames
  joins one name (name_runs._RUN_JOINER, phrases' particles, people.core), and the two surnames alone name the same man
  (people._surnames_alone); the pronoun "I" stays a pronoun.
- "Barcelona-The Secretary General of the UfM, X, expressed …": a city glued by a hyphen to "The" and an office is a
  dateline, in no statement (segments._PLACE_GLUED_DATELINE).

Each test is a small invented readout (invented people and places); each rule's test fails without it.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = ("The Secretary General of the Vendel Council, Halvar Mostrup, visited Ostrava on Monday and Tuesday, when he met "
          "the Prime Minister.")
_STRESSED = "Halvar Mostrup emphasised the importance of a strong partnership between the Vendel countries and Ostrava."
_QUOTED = "Since the Council opened its office in Ostrava the whole region has changed. We still need each other"


def test_a_seminar_title_after_a_colon_mid_sentence_is_no_statement():
    """`… opened a seminar: “Trade, Innovation and Entrepreneurship” in Lorvik.`: the title, not his words; his quoted
    speech after it stays his."""
    assert_statements(
        _VISIT + "\n\n" + _STRESSED + " On May 8 Halvar Mostrup opened a Vendel-Ostravan seminar: “Trade, Innovation "
        "and Entrepreneurship” in Lorvik. In his speech Halvar Mostrup said: “" + _QUOTED + "”.",
        [("Halvar Mostrup", "indirect", _STRESSED), ("Halvar Mostrup", "direct", _QUOTED)],
    )


def test_a_quotation_after_a_colon_that_ends_its_sentence_stays_speech():
    """`The Minister told the forum: “We Will Never Give Up Our Fishing Grounds”.`: it ends its sentence, his words."""
    words = "We Will Never Give Up Our Fishing Grounds"
    assert_statements(
        "Minister Brede Tollan met the fishermen of Lorvik.\n\nThe Minister told the forum: “" + words + "”.",
        [("Brede Tollan", "direct", words)],
    )


def test_who_organised_the_event_carries_no_report_on():
    """`X emphasised … . The seminar was organised by the office in Ostrava and the embassies.`: the readout's account."""
    assert_statements(
        _VISIT + "\n\n" + _STRESSED + " The seminar was organised by the Council's office in Ostrava and the four "
        "embassies in the country.",
        [("Halvar Mostrup", "indirect", _STRESSED)],
    )


def test_what_he_presented_in_an_interview_where_clause():
    """`He also had an interview with the channel Lorvik24, where he presented the strategic axes of …`: his."""
    said = ("He also had an interview with the TV channel Lorvik24, where he presented the strategic axes of the "
            "Council's work in the areas of human development.")
    assert_statements(
        "Secretary General Halvar Mostrup met today with the members of the committee.\n\n" + said,
        [("Halvar Mostrup", "indirect", said)],
    )


def test_presented_the_priorities_of_a_presidency():
    """`Ambassador X presented the priorities of the presidency …`: his account of them."""
    said = "Ambassador Tollan presented the priorities of Ostrava's presidency of the Vendel Council."
    assert_statements(
        "The Chair of the committee met the Ambassador of Ostrava, Brede Tollan.\n\n" + said,
        [("Brede Tollan", "indirect", said)],
    )


def test_awards_presented_for_achievements_are_no_statement():
    """`The Minister presented the awards for the achievements of the athletes.`: a thing handed over."""
    assert_statements(
        "Minister Brede Tollan visited the sports school.\n\n"
        "Minister Tollan presented the awards for the achievements of the athletes of the school.",
        [],
    )


def test_two_surnames_joined_by_catalan_i_name_one_man():
    """`Josep Marc Ferrer i Puig expressed …` / `« … », said Ferrer i Puig.`: one man, both statements his."""
    lead = "Josep Marc Ferrer i Puig expressed support for the work of the Vendel Council during his visit to Lorvik."
    quoted = "The Vendel Sea is a priority for our region"
    assert_statements(
        lead + "\n\nThe Secretary General, Halvar Mostrup, received Mr. Josep Marc Ferrer i Puig at the headquarters. "
        "« " + quoted + ", » said Ferrer i Puig.",
        [("Josep Marc Ferrer i Puig", "indirect", lead), ("Josep Marc Ferrer i Puig", "direct", quoted)],
    )


def test_the_pronoun_i_is_no_name_particle():
    """`“I think …,” said Mostrup. I look forward to it, he added.`: "I" joins no name."""
    assert_statements(
        "Halvar Mostrup visited Lorvik.\n\n“I think the visit is good,” said Mostrup. I look forward to more visits, he "
        "added.",
        [("Halvar Mostrup", "direct", "I think the visit is good"),
         ("Halvar Mostrup", "direct", "I look forward to more visits")],
    )


def test_a_city_glued_to_the_sentence_by_a_hyphen_is_a_dateline():
    """`Lorvik-The Secretary General of the Council, X, expressed his gratitude …`: the dateline is in no statement."""
    said = ("The Secretary General of the Council, Halvar Mostrup, expressed his gratitude for the strong support of "
            "Lorvik to the Council.")
    assert_statements(
        "The Secretary General met the Mayor of Lorvik, Brede Tollan.\n\nLorvik-" + said,
        [("Halvar Mostrup", "indirect", said)],
    )
