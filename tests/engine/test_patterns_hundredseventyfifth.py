"""Rules from the hundred-seventy-fifth held-out set (en.kremlin.ru, March 2016 and March 2017: working meetings
with governors, an agency head and foreign visitors): invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("office", ["Minister-President of Varnia", "Vice-Chancellor of Tesland"])
def test_a_hyphened_office_in_a_transcript_label_is_an_office(office):
    """"Minister-President of Bavaria Horst Seehofer (retranslated): Mr President, thank you …" (54052): a hyphened
    office ("Minister-President", "Vice-Chancellor") is an office, so the label names the person after it. Before,
    the hyphened word was read as a name: the label was no label at all (its turn given to the previous speaker),
    or, where "Mr Minister-President" came before, a speaker called "Minister-President"."""
    body = ("President Ivo Marr: Welcome, colleagues.\n\n"
            f"{office} Hans Obermann (retranslated): Thank you for the invitation.\n\n"
            "Ivo Marr: Good.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Welcome, colleagues."),
        ("Hans Obermann", "direct", "Thank you for the invitation."),
        ("Ivo Marr", "direct", "Good."),
    ])


def test_a_working_meetings_official_goes_on_reporting_after_said():
    """"Vladimir Putin held a working meeting with Head of Kabardino-Balkaria Yury Kokov to discuss the region's
    socioeconomic situation. / Mr Kokov said that the gross regional product grew … / Tax revenue … increased …"
    (51543): a working meeting is the official's report to the host, so the official's "said that …" paragraph
    goes on into the paragraphs of figures after it, as after a lead "Mr X briefed the President on …". Before,
    with a narrative lead, the report stopped at the end of its first paragraph."""
    body = ("President Ivo Marr held a working meeting with Governor of Tesland Region Oleg Varin to discuss the "
            "region's socioeconomic situation.\n\n"
            "Mr Varin said that the regional product grew by 3 percent last year.\n\n"
            "Housing construction increased by 12 percent.")
    assert_statements(body, [
        ("Oleg Varin", "indirect", "Mr Varin said that the regional product grew by 3 percent last year."),
        ("Oleg Varin", "indirect", "Housing construction increased by 12 percent."),
    ])


def test_talks_with_a_guest_who_said_do_not_go_on():
    """The guard: talks, not a working meeting; the guest's "said that …" paragraph does not carry the figures
    after it (the readout's own facts may follow)."""
    body = ("President Ivo Marr held talks with President of Tesland Oleg Varin.\n\n"
            "Mr Varin said that trade grew by 3 percent last year.\n\n"
            "Housing construction increased by 12 percent.")
    assert_statements(body, [
        ("Oleg Varin", "indirect", "Mr Varin said that trade grew by 3 percent last year."),
    ])


BRIEFED = ("Governor of Tesland Region Oleg Varin briefed the President on the socioeconomic situation in the region.\n\n"
           "Mr Varin said that the regional product grew by 3 percent last year.\n\n")


def test_a_long_compound_noun_whose_amount_changed_by_a_figure_is_no_name():
    """"Tax revenue and compulsory payments and fees at all levels of the budget increased by 23.5 percent."
    (51543, a governor's report): a capitalised first word, a long run of lower-case words, and an amount that
    changed by a figure is a thing's figure, carried on with the report; before, "Tax" was read as a person's
    name acting, and the report stopped."""
    body = BRIEFED + "Tax revenue and compulsory payments and fees at all levels of the budget increased by 23.5 percent."
    assert_statements(body, [
        ("Oleg Varin", "indirect",
         "Governor of Tesland Region Oleg Varin briefed the President on the socioeconomic situation in the region."),
        ("Oleg Varin", "indirect", "Mr Varin said that the regional product grew by 3 percent last year."),
        ("Oleg Varin", "indirect",
         "Tax revenue and compulsory payments and fees at all levels of the budget increased by 23.5 percent."),
    ])


@pytest.mark.parametrize("opening", ["Around", "Nearly"])
def test_an_approximate_amount_opening_a_sentence_is_no_name(opening):
    """"Around 200 new facilities were opened in 2014–2015, …", "Around 300,000 tourists … visited the republic"
    (51543): "Around" before a number opens an amount, not a person's name; the sentence carries the report on."""
    body = BRIEFED + f"{opening} 200 new schools were opened in the region."
    assert_statements(body, [
        ("Oleg Varin", "indirect",
         "Governor of Tesland Region Oleg Varin briefed the President on the socioeconomic situation in the region."),
        ("Oleg Varin", "indirect", "Mr Varin said that the regional product grew by 3 percent last year."),
        ("Oleg Varin", "indirect", f"{opening} 200 new schools were opened in the region."),
    ])


def test_also_discussed_at_the_meeting_were_ends_the_report():
    """"Also discussed at the meeting were public safety, protecting facilities from terrorist attacks, …"
    (51543): the inverted "X was also discussed at the meeting", the meeting's next topic with no agent, is
    narrative and ends the report carried on; before, it was given to the governor as more of his report."""
    body = BRIEFED + "Also discussed at the meeting were public safety and the fight against crime."
    assert_statements(body, [
        ("Oleg Varin", "indirect",
         "Governor of Tesland Region Oleg Varin briefed the President on the socioeconomic situation in the region."),
        ("Oleg Varin", "indirect", "Mr Varin said that the regional product grew by 3 percent last year."),
    ])


def test_a_document_drawn_up_goes_on_with_the_report():
    """"A pilot programme has been drawn up for developing the coastal fishing industry. Mr Kozhemyako proposed
    …" (51542, inside a governor's report carried on): a document "drawn up" is what the region prepared, the
    report's content, not the agentless "attention was drawn to …" of the meeting; before, the sentence was
    read as narrative and given to no one."""
    body = BRIEFED + ("The region has built two new ports.\n\n"
                      "A pilot programme has been drawn up for developing the fishing industry. "
                      "Mr Varin proposed forming a commission on fishing zones.")
    assert_statements(body, [
        ("Oleg Varin", "indirect",
         "Governor of Tesland Region Oleg Varin briefed the President on the socioeconomic situation in the region."),
        ("Oleg Varin", "indirect", "Mr Varin said that the regional product grew by 3 percent last year."),
        ("Oleg Varin", "indirect", "The region has built two new ports."),
        ("Oleg Varin", "indirect", "A pilot programme has been drawn up for developing the fishing industry."),
        ("Oleg Varin", "indirect", "Mr Varin proposed forming a commission on fishing zones."),
    ])


def test_attention_drawn_to_still_ends_the_report():
    """The guard: "Attention was drawn to …", an agentless passive of the meeting, still ends the report."""
    body = BRIEFED + "Attention was drawn to the situation of the fishing industry."
    assert_statements(body, [
        ("Oleg Varin", "indirect",
         "Governor of Tesland Region Oleg Varin briefed the President on the socioeconomic situation in the region."),
        ("Oleg Varin", "indirect", "Mr Varin said that the regional product grew by 3 percent last year."),
    ])
