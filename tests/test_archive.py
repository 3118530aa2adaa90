"""One person across readouts: name forms merged, namesakes kept apart."""
from __future__ import annotations

import pytest

from readout_tui.archive import Appearance, merge_appearances, merge_speakers, same_first_name
from readout_tui.engine import attribute
from readout_tui.model import Document, Readout, Speaker


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
    assert biden[0].statement_count == 3 and len(biden[0].sources) == 3
    assert {"Joe Biden", "President Biden"} <= biden[0].aliases


def test_one_name_transliterated_two_ways_is_one_person():
    """"Zelenskyy" and "Zelensky" (a readout's title spelt it so): one key, one person."""
    people = merge_speakers([
        readout("Readout", "President Volodymyr Zelenskyy thanked the partners for their support."),
        readout("Readout", "President Volodymyr Zelensky stressed that the front would hold."),
    ])
    assert [(p.name, p.statement_count) for p in people] == [("Volodymyr Zelenskyy", 2)]


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
    assert joe.statement_count == 2


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


def test_appearances_merge_without_readouts_behind_them():
    """Sources other than readouts (a cached row, a tally) merge the same way: each
    appearance comes back with the source it was given."""
    joe = Speaker("Joe Biden", ("President Joe Biden",), 0, "president")
    joseph = Speaker("Joseph R. Biden Jr.", (), 0, "president")
    lone = Speaker("President Biden", (), 0, "president")
    jill = Speaker("Jill Biden", ("First Lady Jill Biden",), 0, "first lady")
    people = merge_appearances([
        Appearance(joe, 2, "row 1"), Appearance(jill, 1, "row 1"),
        Appearance(joseph, 3, "row 2"), Appearance(lone, 4, "row 3"),
    ])
    assert [(p.name, p.statement_count, p.sources) for p in people] == [
        ("Joseph R. Biden Jr.", 9, ["row 1", "row 2", "row 3"]),
        ("Jill Biden", 1, ["row 1"]),
    ]
