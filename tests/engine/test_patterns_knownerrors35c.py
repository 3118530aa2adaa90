"""Readings of known errors of labelled Kremlin held-out sets (stop 35c): a thing done lately, told in the present
perfect passive with no agent, in a governor's report carried over a paragraph (fifth kremlin_60869, hundred-eighty-
fifth kremlin_63240, hundred-sixty-fourth kremlin_63898).

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
