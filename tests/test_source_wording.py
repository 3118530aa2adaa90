"""A statement in its Markdown source's wording: what JSON and CSV exports quote."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from readout_tui.loading import load_document
from readout_tui.readouts import quoting_the_source, read_readout
from readout_tui.source_wording import SourceWording

SOURCE = """---
title: Readout of the Harbour Meeting
---

Minister Ida Morn emphasized [the Council’s direction to rapidly
improve our harbours](https://example.org/fact-sheet_(2024)/)through close
partnerships with the ports. She said the fund &amp; the plan would follow.

Minister Ida Morn emphasized the importance of the quay.
"""


def test_the_words_between_come_back_with_the_links_entities_and_joined_lines():
    wording = SourceWording(SOURCE)
    assert wording.of(
        "Minister Ida Morn emphasized the Council’s direction to rapidly improve our harboursthrough close "
        "partnerships with the ports."
    ) == (
        "Minister Ida Morn emphasized [the Council’s direction to rapidly improve our harbours]"
        "(https://example.org/fact-sheet_(2024)/)through close partnerships with the ports."
    )
    assert wording.of("She said the fund & the plan would follow.") == "She said the fund &amp; the plan would follow."


def test_a_statement_with_nothing_left_out_or_not_in_the_source_stays_as_it_is():
    wording = SourceWording(SOURCE)
    assert wording.of("Minister Ida Morn emphasized the importance of the quay.") == (
        "Minister Ida Morn emphasized the importance of the quay.")
    assert wording.of("Minister Ida Morn emphasized the importance of the harbour.") == (
        "Minister Ida Morn emphasized the importance of the harbour.")  # words the source does not hold
    # markup is passed over only between the statement's words, never instead of one
    assert SourceWording("She said [the fund](https://x.org/plan) grows.").of("She said the plan grows.") == (
        "She said the plan grows.")


def test_a_statement_that_ends_with_a_link_keeps_its_destination():
    """"… benchmarks directed in his [Memorandum on the
    Harbours](https://…)." : the statement ends with the link's label, so nothing lies
    between its words, but what it cites follows them and is the statement's too."""
    wording = SourceWording("Minister Ida Morn shared the progress made on the benchmarks in her [Memorandum on\n"
                            "the Harbours](https://example.org/memo/). The ports agreed.\n")
    assert wording.of("Minister Ida Morn shared the progress made on the benchmarks in her Memorandum on the "
                      "Harbours.") == ("Minister Ida Morn shared the progress made on the benchmarks in her "
                                       "[Memorandum on the Harbours](https://example.org/memo/).")


def test_statements_with_the_same_words_are_found_in_turn():
    wording = SourceWording("He said [yes](https://a.org/one). He said [yes](https://b.org/two) again.")
    assert wording.of("He said yes.") == "He said [yes](https://a.org/one)."  # (its link closes it: kept)
    assert wording.of("He said yes again.") == "He said [yes](https://b.org/two) again."


def test_json_and_csv_exports_quote_a_markdown_readout_as_written_and_markdown_keeps_the_body(tmp_path: Path):
    path = tmp_path / "harbour.md"
    path.write_text(SOURCE, encoding="utf-8")
    readout = read_readout(path)
    body = load_document(path).body
    first = readout.attribution.statements[0]
    assert "](" not in first.text and first.text == body[first.start:first.end]
    quoted = quoting_the_source([readout], "json")[0].attribution.statements[0]
    assert "(https://example.org/fact-sheet_(2024)/)" in quoted.text
    assert (quoted.start, quoted.end, quoted.speaker) == (first.start, first.end, first.speaker)
    assert quoting_the_source([readout], "markdown")[0] is readout

    result = subprocess.run([sys.executable, "-m", "readout_tui", "export", "--format", "json", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout)["statements"]
    assert any("](https://example.org/fact-sheet_(2024)/)" in s["text"] for s in exported)
