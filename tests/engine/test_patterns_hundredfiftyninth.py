"""Rules from the hundred-fifty-ninth held-out set (en.kremlin.ru, February - June 2019): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_LEAD = "Vladimir Putin had a working meeting with Governor of Eastmark Province Tomas Brell.\n\n"
_RECALLED = "The Governor recalled that five years ago the province had asked for federal loans at low interest."
_AFTER = "In five years, the provincial budget has doubled."


@pytest.mark.parametrize("opening", ["Owing to these measures", "Due to these loans"])
def test_a_result_opened_by_owing_to_carries_the_report_on(opening):
    """"The Governor recalled that … he had asked the President to support his request to provide the region with
    budget loans at 0.1 percent interest. Owing to these measures, the region overcame its budget crisis. In seven
    years, …" (60171): "Owing" and "Due" opening a sentence are the first word of a compound preposition, no one's
    name, so the subject is the thing after the comma and the result the report gives is carried on with it. Before,
    "Owing" was read as a person's name acting, and the sentence was given to no one."""
    result = f"{opening}, the province overcame its budget crisis."
    body = _LEAD + f"{_RECALLED} {result} {_AFTER}"
    assert_statements(body, [
        ("Tomas Brell", "indirect", _RECALLED),
        ("Tomas Brell", "indirect", result),
        ("Tomas Brell", "indirect", _AFTER),
    ])


def test_a_person_after_due_to_still_acts():
    """The guard: after "Due to …," a person is the subject who acts ("Due to bad weather, the President postponed
    his visit …"): the readout's narrative, not the Governor's report carried on."""
    body = _LEAD + f"{_RECALLED} Due to bad weather, the President postponed his visit to the province. {_AFTER}"
    assert_statements(body, [
        ("Tomas Brell", "indirect", _RECALLED),
        ("Tomas Brell", "indirect", _AFTER),
    ])
