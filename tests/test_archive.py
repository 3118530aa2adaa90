"""One person across readouts: name forms merged, namesakes kept apart."""
from __future__ import annotations

import pytest

from readout_tui.archive import merge_speakers, same_first_name
from readout_tui.engine import attribute
from readout_tui.model import Document, Readout


def readout(title: str, body: str) -> Readout:
    return Readout(Document(path=None, title=title, body=body), attribute(body, title=title))


def test_a_presidents_name_forms_are_one_person_and_his_statements_are_all_his():
    people = merge_speakers([
        readout("Readout of President Joseph R. Biden, Jr.’s Call with Chancellor Scholz",
                "President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz. "
                "President Biden reaffirmed his support for the alliance."),
        readout("Readout of President Joe Biden’s Meeting",
                "President Joe Biden met the governors. President Biden thanked them for their work."),
        readout("Readout of President Biden’s Call",
                "President Biden spoke with the mayor. President Biden expressed his condolences."),
    ])
    biden = [p for p in people if p.name.endswith(("Biden", "Biden Jr."))]
    assert len(biden) == 1
    assert biden[0].name == "Joseph R. Biden Jr."
    assert len(biden[0].statements) == 3 and len(biden[0].readouts) == 3
    assert {"Joe Biden", "President Biden"} <= biden[0].aliases


def test_two_people_sharing_a_surname_stay_apart():
    people = merge_speakers([
        readout("Readout", "President Joe Biden thanked the nurses for their service."),
        readout("Readout", "First Lady Jill Biden thanked the teachers for their service."),
    ])
    assert sorted(p.name for p in people) == ["Jill Biden", "Joe Biden"]


def test_a_lone_surname_joins_the_person_whose_offices_fit():
    people = merge_speakers([
        readout("Readout", "President Joe Biden thanked the nurses for their service."),
        readout("Readout", "First Lady Jill Biden thanked the teachers for their service."),
        readout("Readout", "President Biden stressed that the economy is growing."),
    ])
    joe = next(p for p in people if p.name == "Joe Biden")
    assert len(joe.statements) == 2


@pytest.mark.parametrize("a, b, same", [
    ("joe", "joseph", True), ("aleksandr", "alexander", True), ("alexandr", "aleksandr", True),
    ("volodymyr", "volodimir", True), ("j", "joseph", True), ("jill", "joe", False),
    ("boris", "vladimir", False), ("kamala", "timothy", False),
])
def test_first_names(a, b, same):
    assert same_first_name(a, b) is same


def test_matches_any_alias():
    people = merge_speakers([readout("Readout", "Belarus President Aleksandr Lukashenko said he hopes for peace.")])
    assert people[0].matches("belarus president") and people[0].matches("LUKA")
    assert not people[0].matches("mitchell")
