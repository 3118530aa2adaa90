"""Readings of known errors of labelled Kremlin held-out sets (stop 35c): a thing done lately, told in the present
perfect passive with no agent, in a governor's report carried over a paragraph (fifth kremlin_60869, hundred-eighty-
fifth kremlin_63240, hundred-sixty-fourth kremlin_63898); a title that is its host's report, carried on by the body's
first sentences (thirty-fifth kremlin_28936, two-hundred-sixth kremlin_29741, forty-fourth kremlin_29470, hundred-thirty-
fifth kremlin_48619, sixty-fourth kremlin_29466); "That is why President X …", a conclusion drawn by the one who spoke
before it though it names another (first ukraine_president 73201, hundred-seventy-second ukraine_president 72401).

Each test is a small invented readout (invented people and places) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

GOVERNOR_TITLE = "Working meeting with Orlensk Region Governor Pavel Dorn"


def test_a_thing_done_lately_goes_on_with_the_report():
    """"Backbone industrial companies are also operating. A decision has been made to resume operations …" (hundred-
    eighty-fifth kremlin_63240), "A memorandum has been signed with …" (fifth kremlin_60869): in the paragraph after
    the governor's report, a present-perfect passive with no agent and a thing for subject is what his region has
    done as he tells it, his report carried on, not the readout's word on the talks."""
    body = (
        "Governor Pavel Dorn reported on the situation in the region. The spring sowing is on schedule.\n\n"
        "Large industrial companies are also operating. A decision has been made to resume work at small "
        "processing plants. These projects have been confirmed, and they could create 2,000 new jobs."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "Governor Pavel Dorn reported on the situation in the region."),
        ("Pavel Dorn", "indirect", "The spring sowing is on schedule."),
        ("Pavel Dorn", "indirect", "Large industrial companies are also operating."),
        ("Pavel Dorn", "indirect", "A decision has been made to resume work at small processing plants."),
        ("Pavel Dorn", "indirect", "These projects have been confirmed, and they could create 2,000 new jobs."),
    ], title=GOVERNOR_TITLE)


def test_what_was_agreed_lately_does_not_go_on_with_the_report():
    """Guard: "An agreement has been reached …", what the people who met settled, and a past-tense passive
    ("A decision was made …"), the readout's word on the talks, stay no one's after the governor's report."""
    body = (
        "Governor Pavel Dorn reported on the situation in the region. The spring sowing is on schedule.\n\n"
        "An agreement has been reached to hold the next meeting in the autumn. A decision was made to resume work "
        "at small processing plants."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "Governor Pavel Dorn reported on the situation in the region."),
        ("Pavel Dorn", "indirect", "The spring sowing is on schedule."),
    ], title=GOVERNOR_TITLE)


REPORT_BODY = (
    "In the next ten years the region will clearly need more energy. Accordingly, cooperation with Orlensk will be the "
    "most advantageous option. According to Oren Vask, the pipeline is not yet working to its full capacity.\n\n"
    "The talks were held in the Blue Hall."
)


def test_a_title_that_is_its_hosts_report_goes_on_in_the_first_paragraph():
    """"Russia can play an important role in …, President Vladimir Putin announced at a press conference following his
    talks with …" and then "In the next 10–15 years Europe will clearly be in need of additional energy resources.
    Accordingly, … . According to Vladimir Putin, …" (thirty-fifth kremlin_28936): the title is its host's report,
    and the body's first sentences with no cue, before his next statement, carry it on."""
    assert_statements(REPORT_BODY, [
        ("Oren Vask", "indirect", "In the next ten years the region will clearly need more energy."),
        ("Oren Vask", "indirect", "Accordingly, cooperation with Orlensk will be the most advantageous option."),
        ("Oren Vask", "indirect", "According to Oren Vask, the pipeline is not yet working to its full capacity."),
    ], title="Orlensk can play a key role in the energy supply of the north, President Oren Vask announced at a press "
             "conference following his talks with President of Corland Ilan Torsk")


def test_a_title_that_tells_a_meeting_is_no_report_to_go_on():
    """Guard: under "President X held talks with President Y", a title that reports no one's words, the body's first
    sentences stay the readout's."""
    assert_statements(REPORT_BODY, [
        ("Oren Vask", "indirect", "According to Oren Vask, the pipeline is not yet working to its full capacity."),
    ], title="President Oren Vask held talks with President of Corland Ilan Torsk")


def test_that_is_why_a_named_person_acts_carries_on_the_speakers_words():
    """"…," he noted. That is why President Zelenskyy categorically does not accept any … ultimatums. "Only full-fledged
    negotiations," Mykhailo Podoliak emphasized.' (first ukraine_president 73201), and "According to him, … . That is
    why President X initiated the adoption of the law on …" at a paragraph's end (hundred-seventy-second 72401): the
    conclusion the adviser draws, his words carried on, though it names the President who acts."""
    body = (
        "Adviser Ilan Torsk said that Corland is ready only for full negotiations. \"Any war ends with talks,\" he "
        "noted. That is why President Oren Vask does not accept any ultimatums. \"Only full negotiations,\" Ilan "
        "Torsk emphasized.\n\n"
        "According to him, the reforms face strong opposition. That is why President Oren Vask initiated the law on "
        "transparency."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect", "Adviser Ilan Torsk said that Corland is ready only for full negotiations."),
        ("Ilan Torsk", "direct", "Any war ends with talks,"),
        ("Ilan Torsk", "indirect", "That is why President Oren Vask does not accept any ultimatums."),
        ("Ilan Torsk", "direct", "Only full negotiations,"),
        ("Ilan Torsk", "indirect", "According to him, the reforms face strong opposition."),
        ("Ilan Torsk", "indirect", "That is why President Oren Vask initiated the law on transparency."),
    ])


def test_a_named_person_acting_after_the_speakers_words_stays_the_readouts():
    """Guard: with no conclusion drawn ("President X then initiated …"), the sentence that names another who acts
    ends the adviser's words."""
    body = (
        "Adviser Ilan Torsk said that Corland is ready only for full negotiations. \"Any war ends with talks,\" he "
        "noted. President Oren Vask then signed the decree. \"Only full negotiations,\" Ilan Torsk emphasized.\n\n"
        "According to him, the reforms face strong opposition. President Oren Vask initiated the law on transparency."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect", "Adviser Ilan Torsk said that Corland is ready only for full negotiations."),
        ("Ilan Torsk", "direct", "Any war ends with talks,"),
        ("Ilan Torsk", "direct", "Only full negotiations,"),
        ("Ilan Torsk", "indirect", "According to him, the reforms face strong opposition."),
    ])
