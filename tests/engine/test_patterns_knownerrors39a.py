"""Readings of known errors of labelled real sets (stop 39, the Kremlin's and the President of Ukraine's readouts): a
country's head in a readout that names no one ("The President of Russia emphasized that …", two-hundred-fifty-ninth
kremlin_34229).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

HEALTH_TITLE = "The country's health care system must be renewed"
EMPHASISED = "The President of Velora emphasised that a new wage system must accompany all of these measures."


def test_a_countrys_head_in_a_readout_that_names_no_one():
    """"Topics such as … were discussed during the State Council Presidium's session in Penza. / The President of
    Russia emphasized that establishing a new wage system must accompany all of these measures." (two-hundred-fifty-
    ninth kremlin_34229): no one is named, so the country's head is known by the office as written."""
    body = (
        "Topics such as primary medical care and new hospitals were discussed during the State Council session in "
        "Dornsk.\n\n" + EMPHASISED + "\n"
    )
    assert_statements(body, [("The President of Velora", "indirect", EMPHASISED)], title=HEALTH_TITLE)


def test_a_countrys_head_named_before_is_that_person():
    """Guard: where the readout names the country's head, "The President of Velora" is he."""
    body = (
        "President of Velora Arno Veld held a meeting of the State Council in Dornsk.\n\n" + EMPHASISED + "\n"
    )
    assert_statements(body, [("Arno Veld", "indirect", EMPHASISED)], title=HEALTH_TITLE)


def _security_council(report: str) -> str:
    return (
        "President Arno Veld held an operational meeting with the permanent members of the Security Council.\n\n"
        "The participants discussed the situation in the border regions. "
        f"Foreign Minister Ivan Lind presented {report} on the topic. The meeting was also attended by Prime Minister "
        "Tomas Berg.\n"
    )


def test_presented_a_report_on_a_topic_is_the_ministers():
    """"Foreign Minister Sergey Lavrov presented a report on the topic." (hundred-fifty-seventh kremlin_68525): a
    report made at the meeting, as "delivered a report on the subject"."""
    assert_statements(_security_council("a report"), [
        ("Ivan Lind", "indirect", "Foreign Minister Ivan Lind presented a report on the topic."),
    ], title="Meeting with permanent members of the Security Council")


def test_presented_an_annual_report_stays_narrative():
    """Guard: "presented an annual report on …" is a document handed over (narrative in the Kremlin's gold,
    hundred-fifty-sixth 57642)."""
    assert_statements(_security_council("an annual report"), [],
                      title="Meeting with permanent members of the Security Council")
