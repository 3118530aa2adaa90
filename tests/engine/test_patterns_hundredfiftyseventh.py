"""Rules from the hundred-fifty-seventh held-out set (en.kremlin.ru, March - May 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("noun", ["a report", "his report", "a briefing", "his latest report"])
def test_presented_a_report_on_a_topic_is_said(noun):
    """"Foreign Minister Sergey Lavrov presented a report on the topic." (68525): a report presented on a topic is
    one made, as "reported on …" and "delivered a briefing on …" already were. Before, no one's."""
    body = ("The President held a briefing session with permanent members of the Security Council. "
            "The participants discussed foreign policy issues. "
            f"Foreign Minister Odo Venn presented {noun} on the topic.")
    assert_statements(body, [
        ("Odo Venn", "indirect", f"Foreign Minister Odo Venn presented {noun} on the topic."),
    ])


def test_presented_the_annual_report_to_someone_stays_narrative():
    """The guard: a document handed over ("presented the annual report on human rights to the President",
    "presented her annual performance report to …") stays narrative, as in the Kremlin's gold."""
    body = ("President Ivo Marr met with Commissioner Lena Osk. "
            "Lena Osk presented the annual report on human rights to the President.")
    assert_statements(body, [])
