"""Who spoke how much, computed without the interface."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from readout_tui.archive import merge_speakers
from readout_tui.model import Attribution, Document, Readout, Speaker, Statement
from readout_tui.statistics import (
    ArchiveTally,
    Timeline,
    bar,
    on_zero,
    period_of,
    person_named,
    readout_shares,
    timeline,
    word_count,
)


def readout(date: str | None, *said: tuple[str | None, str], speakers: tuple[Speaker, ...] = ()) -> Readout:
    names = speakers or tuple(
        Speaker(name, slot=slot) for slot, name in enumerate(dict.fromkeys(n for n, _ in said if n))
    )
    statements = tuple(Statement(name, "direct", 0, 0, 1, text) for name, text in said)
    return Readout(Document(Path("x.txt"), "T", "", date=date), Attribution(names, statements))


def test_words_count_contractions_and_hyphenated_words_once() -> None:
    assert word_count("Lirea's well-known port, “Cray” — 2020!") == 5


def test_readout_shares_most_words_first_and_unattributed_last_adding_up_to_one() -> None:
    shares = readout_shares(
        readout(
            "2024-05-14", ("Ann Lee", "one two"), ("Bo Ray", "one two three four"), (None, "x y"), ("Ann Lee", "three")
        ).attribution
    )
    assert [(s.name, s.statements, s.words) for s in shares] == [("Bo Ray", 1, 4), ("Ann Lee", 2, 3), (None, 1, 2)]
    assert [round(s.share, 3) for s in shares] == [round(4 / 9, 3), round(3 / 9, 3), round(2 / 9, 3)]
    assert sum(s.share for s in shares) == pytest.approx(1.0)


def test_a_speaker_without_words_and_a_readout_without_statements_have_no_share() -> None:
    silent = readout(None, speakers=(Speaker("Ann Lee"),))
    assert [(s.name, s.statements, s.share) for s in readout_shares(silent.attribution)] == [("Ann Lee", 0, 0.0)]


@pytest.mark.parametrize(
    ("fraction", "expected"),
    [(0.0, "    "), (1.0, "████"), (0.5, "██  "), (1 / 32, "▏   "), (9 / 32, "█▏  "), (2.0, "████"), (-1, "    ")],
)
def test_bar_fills_to_an_eighth_of_a_cell(fraction: float, expected: str) -> None:
    assert bar(fraction, 4) == expected


@pytest.mark.parametrize(
    ("date", "period"), [("2024-05-14", "2024-05"), ("2024-05", "2024-05"), ("2024", "2024"), (None, ""), ("May", "")]
)
def test_period_of_a_date(date: str | None, period: str) -> None:
    assert period_of(date) == period


def test_timeline_by_month_fills_the_empty_months_and_sets_undated_aside() -> None:
    assert timeline({"2024-11": 2, "2025-02": 1, "": 4}) == Timeline("month", "2024-11", "2025-02", (2, 0, 0, 1), 4)


def test_a_timeline_names_its_periods_across_years() -> None:
    months = timeline({"2024-11": 2, "2025-02": 1})
    assert [months.period(index) for index in range(len(months.counts))] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert timeline({"2015-01": 1, "2020-03": 2}).period(2) == "2017"


def test_a_long_or_partly_yearly_timeline_is_counted_by_year() -> None:
    by_year = Timeline("year", "2015", "2020", (1, 0, 0, 0, 0, 3), 0)
    assert timeline({"2015-01": 1, "2020-03": 2, "2020-07": 1}) == by_year
    assert timeline({"2020": 1, "2021-03": 2}) == Timeline("year", "2020", "2021", (1, 2), 0)


def test_sparkline_samples_repeat_each_count_and_end_on_a_hidden_zero() -> None:
    assert on_zero([3, 5], samples=4) == [3, 3, 5, 5, 0]
    assert on_zero([7], samples=3) == [7, 7, 7, 0]
    assert len(on_zero(list(range(1, 400)))) == 399 * 3 + 1


def test_no_timeline_without_a_dated_statement() -> None:
    assert timeline({"": 3}) is None
    assert timeline({}) is None


def test_archive_merges_one_person_named_differently_and_counts_statements_words_and_months() -> None:
    tally = ArchiveTally()
    for item in (
        readout("2024-05-14", ("Joseph R. Biden Jr.", "a b c"), ("Amara Quell", "a")),
        readout("2024-07-01", ("Joe Biden", "a b"), ("Joe Biden", "c")),
        readout(None, ("Biden", "a b c d"), (None, "z")),
    ):
        tally.add(item)
    people = tally.people()
    assert [(p.name, p.statements, p.words, p.readouts) for p in people] == [
        ("Joseph R. Biden Jr.", 4, 10, 3),
        ("Amara Quell", 1, 1, 1),
    ]
    biden = people[0]
    assert biden.names == {"Joseph R. Biden Jr.", "Joe Biden", "Biden"}
    assert biden.share == pytest.approx(10 / 12)
    assert biden.timeline() == Timeline("month", "2024-05", "2024-07", (1, 0, 2), 1)
    assert (tally.readouts, tally.statements, tally.words) == (3, 6, 12)
    assert person_named(people, "Joe Biden") is biden
    assert person_named(people, "Nobody") is None


def test_archive_people_are_the_people_merge_speakers_finds_over_whole_readouts() -> None:
    readouts = [
        readout("2024-01-02", ("Jill Biden", "a"), ("Joe Biden", "a b")),
        readout("2024-01-03", ("President Biden", "a"), ("Teodora Lisk", "a"), ("Lisk", "b")),
        readout("2024-01-04", ("Teodora Lisk", "a b c")),
    ]
    tally = ArchiveTally()
    for item in readouts:
        tally.add(item)
    merged = {person.name: person.statement_count for person in merge_speakers(readouts)}
    assert {person.name: person.statements for person in tally.people()} == merged


def test_a_persons_readouts_are_those_they_speak_in_each_once() -> None:
    # (a user's QA pass: the panel said 473 readouts for Biden where the all-readouts view listed his statements in
    # 467: a readout naming him two ways counted twice, and one listing him with nothing said counted too)
    tally = ArchiveTally()
    for item in (
        readout("2024-05-14", ("Joseph R. Biden Jr.", "a b c"), ("Biden", "d")),
        readout("2024-05-15", ("Amara Quell", "a"), speakers=(Speaker("Amara Quell", slot=0), Speaker("Joe Biden", slot=1))),
        readout("2024-05-16", ("Joe Biden", "a"), ("Amara Quell", "b"), ("Joe Biden", "c")),
    ):
        tally.add(item)
    assert [(p.name, p.statements, p.readouts) for p in tally.people()] == [
        ("Joseph R. Biden Jr.", 4, 2),
        ("Amara Quell", 2, 2),
    ]


def test_a_readout_that_could_not_be_read_counts_for_nothing() -> None:
    tally = ArchiveTally()
    tally.add(Readout(Document(Path("x.bin"), "x", "", error="binary")))
    assert (tally.readouts, tally.people()) == (0, [])


def test_statistics_imports_without_textual() -> None:
    probe = "import sys, readout_tui.statistics; print(any(m.startswith('textual') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
