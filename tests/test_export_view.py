"""Exporting what a view shows: whole readouts, or one person's statements in
each, and the file name the app offers for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout_tui.export import file_name, render_view
from readout_tui.model import Attribution, Document, Readout, Speaker, Statement


def readout(title: str, *said: tuple[str, str]) -> Readout:
    speakers = tuple(Speaker(name, slot=slot) for slot, name in enumerate(dict.fromkeys(name for name, _ in said)))
    statements = tuple(Statement(name, "direct", 0, 0, 1, text) for name, text in said)
    return Readout(Document(Path(f"{title}.txt"), title, ""), Attribution(speakers, statements))


ONE = readout("One", ("Joe Biden", "first"), ("Amara Quell", "second"))
TWO = readout("Two", ("Joseph R. Biden", "third"), ("Amara Quell", "fourth"))


def test_one_person_named_two_ways_across_readouts_keeps_only_their_statements() -> None:
    exported = json.loads(render_view([ONE, TWO], "json", {"Joe Biden", "Joseph R. Biden"}))
    assert [[s["text"] for s in item["statements"]] for item in exported] == [["first"], ["third"]]
    assert [[s["name"] for s in item["speakers"]] for item in exported] == [["Joe Biden"], ["Joseph R. Biden"]]


def test_a_whole_readout_is_one_object_and_keeps_every_statement() -> None:
    exported = json.loads(render_view([ONE], "json"))
    assert exported["document"]["title"] == "One"
    assert [s["text"] for s in exported["statements"]] == ["first", "second"]


@pytest.mark.parametrize("fmt", ["markdown", "csv"])
def test_every_format_leaves_the_other_speakers_out(fmt: str) -> None:
    text = render_view([ONE, TWO], fmt, {"Amara Quell"})
    assert "second" in text and "fourth" in text
    assert "first" not in text and "third" not in text


@pytest.mark.parametrize(
    ("title", "speakers", "fmt", "expected"),
    [
        ("Talks in Dorvik", [], "markdown", "talks-in-dorvik.md"),
        ("Talks in Dorvik", ["Amara Quell"], "json", "talks-in-dorvik-amara-quell.json"),
        ("Ñandú: “[bold]” / ../etc", ["Joseph R. Biden Jr."], "csv", "nandu-bold-etc-joseph-r-biden-jr.csv"),
        ("Встреча", [], "json", "readout.json"),
        ("word " * 30, ["name " * 10], "csv", "-".join(["word"] * 9) + "-" + "-".join(["name"] * 5) + ".csv"),
    ],
)
def test_the_file_name_offered_is_short_plain_and_follows_the_format(title, speakers, fmt, expected) -> None:
    assert file_name(title, speakers, fmt) == expected
