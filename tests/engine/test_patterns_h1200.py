"""Rules from the nine-hundred-seventeenth held-out set (Kisii County's Governors and, widened, Garissa's,
2019-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Governor Arno Pelk of Tessary met a delegation from Velmora on Monday. "


def test_revealed_the_reason_why_speaks():
    """"Kisii County Governor, Simba Arati, has revealed the reason why there have been fights and chaos …" (Kenyan
    Post 2024-01-16): a cause made known, as "explained why". Before, no one's."""
    body = _MEETING + "Pelk has revealed the reason why there have been delays at the county's new market."
    assert_statements(body, [
        ("Arno Pelk", "indirect", "Pelk has revealed the reason why there have been delays at the county's new market."),
    ])


def test_disclosed_the_real_reasons_for_speaks():
    """The same with one qualifying word and "for": "disclosed the real reasons for the delay"."""
    body = _MEETING + "Pelk disclosed the real reasons for the delay of the road project."
    assert_statements(body, [
        ("Arno Pelk", "indirect", "Pelk disclosed the real reasons for the delay of the road project."),
    ])


def test_revealed_the_reasons_alone_or_a_plaque_is_no_statement():
    """The guard: "revealed a plaque", "unveiled the reasons board" name no cause put forward."""
    body = _MEETING + "Pelk revealed a plaque at the county's new market. He later unveiled the reasons board."
    assert_statements(body, [])


def test_attributed_a_thing_to_a_cause_speaks():
    """"On Tuesday, Arati attributed the latest political heat in the region to his purge against graft." (Kenyan
    Post 2024-01-16): a cause put forward, as "blamed … on". Before, no one's."""
    body = _MEETING + "On Tuesday, Pelk attributed the latest delays in the region to the long drought."
    assert_statements(body, [
        ("Arno Pelk", "indirect", "On Tuesday, Pelk attributed the latest delays in the region to the long drought."),
    ])


def test_attributed_it_to_speaks():
    """The short object: "He attributed it to the effective management systems …"."""
    body = _MEETING + "He attributed it to the effective management of the county's markets."
    assert_statements(body, [
        ("Arno Pelk", "indirect", "He attributed it to the effective management of the county's markets."),
    ])


def test_remarks_attributed_to_someone_is_no_statement():
    """The guard: "The remarks attributed to Pelk" (a participle right before "to") and "were attributed by the press
    to …" (a passive with its agent) put forward nothing of anyone's."""
    body = _MEETING + ("The remarks attributed to the governor circulated widely. "
                       "Some of them were attributed by the press to his aide.")
    assert_statements(body, [])
