"""Helper h1051 (sevenhundredninetyninth, Brčko District and its Supervisor as the OHR, EUFOR and the press print
them): "Supervisor" as an office, the overseer of a territory named by it alone after his full name ("Vennmark
District Supervisor Aldo Terrin said … the Supervisor welcomed …, but noted …"): his statements, as "the
Administrator" is an administrator's; a supervisor of works met by no name stays no one's."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_supervisor_is_the_named_supervisor():
    body = (
        "“The plan agreed by the three parties is what the District needs”, Vennmark District Supervisor Aldo Terrin "
        "said today in a meeting with the Speaker of the Orlan Assembly Mira Kestel.\n\n"
        "Reviewing the plan, the Supervisor welcomed the approach of the parties, but noted that a few technical "
        "points remain open. “I hope these points can be settled soon”, the Supervisor concluded."
    )
    assert_statements(body, [
        ("Aldo Terrin", "direct", "The plan agreed by the three parties is what the District needs"),
        ("Aldo Terrin", "indirect",
         "Reviewing the plan, the Supervisor welcomed the approach of the parties, but noted that a few technical "
         "points remain open."),
        ("Aldo Terrin", "direct", "I hope these points can be settled soon"),
    ])


def test_an_unnamed_site_supervisor_stays_no_ones():
    body = (
        "Mayor Aldo Terrin visited the new bridge over the Orlan river on Monday.\n\n"
        "The site supervisor showed the guests the works and noted that the bridge would open in May."
    )
    assert_statements(body, [])
