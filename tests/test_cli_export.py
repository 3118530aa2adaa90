"""`readout-tui export` as a script uses it: the real command, its output and exit code."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "documents" / "belarus-us-mitchell-meeting.txt"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readout_tui", "export", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_one_file_gives_one_object_with_document_speakers_and_statements():
    result = run("--format", "json", str(SEED))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["document"]["title"].startswith("Meeting with U.S. Assistant Secretary")
    assert {s["name"] for s in data["speakers"]} == {"Aleksandr Lukashenko", "Aaron Wess Mitchell"}
    assert len(data["statements"]) == 12
    first = data["statements"][0]
    assert set(first) == {"speaker", "kind", "start", "end", "paragraph", "text"}
    assert first["speaker"] == "Aleksandr Lukashenko" and first["kind"] == "direct"
    assert first["text"].startswith("I hope the relations between Belarus")


def test_a_folder_gives_a_list_and_speaker_keeps_one_persons_statements_by_any_alias():
    result = run("--speaker", "BELARUSIAN LEADER", str(SEED.parent))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == len(list(SEED.parent.iterdir()))
    seed = next(d for d in data if d["document"]["path"].endswith(SEED.name))
    assert {s["speaker"] for s in seed["statements"]} == {"Aleksandr Lukashenko"}
    assert len(seed["statements"]) == 9


def test_a_speaker_nobody_matches_is_said_so_on_stderr():
    result = run("--speaker", "Nobody Atall", str(SEED))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["statements"] == []
    assert "no speaker matches “Nobody Atall” in the 1 readout read" in result.stderr
    found = run("--speaker", "mitchell", str(SEED))
    assert found.stderr == "" and len(json.loads(found.stdout)["statements"]) == 3


def test_markdown_and_csv():
    markdown = run("--format", "markdown", str(SEED)).stdout
    assert markdown.startswith("# Meeting with U.S. Assistant Secretary")
    assert "- **Aaron Wess Mitchell**, U.S. Assistant Secretary of State for European and Eurasian Affairs (" in markdown
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv", str(SEED)).stdout)))
    assert len(rows) == 12 and rows[-1]["speaker"] == "Aaron Wess Mitchell"
    # the Markdown is for people: a kind as the app says it ("reported"); the CSV keeps the kinds
    assert "- **Aleksandr Lukashenko** (reported, ¶3): Aleksandr Lukashenko stressed" in markdown
    assert "(indirect," not in markdown and {row["kind"] for row in rows} == {"direct", "indirect"}


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "no such file or directory"),
    ("notes.pdf", b"%PDF-1.4", "not a readout file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
])
def test_bad_input_is_one_line_on_stderr_and_a_failing_exit(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run(str(path))
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_output_never_replaces_a_file_without_force_and_never_lands_among_the_documents(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")

    refused = run("-o", str(target), str(docs))
    assert refused.returncode == 1 and "already exists" in refused.stderr
    assert target.read_text(encoding="utf-8") == "keep me"

    inside = run("-o", str(docs / "export.json"), str(docs))
    assert inside.returncode == 1 and "inside the documents folder" in inside.stderr
    assert sorted(p.name for p in docs.iterdir()) == ["seed.txt"]

    forced = run("-o", str(target), "--force", str(docs))
    assert forced.returncode == 0, forced.stderr
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_speakers_lists_each_person_once_across_readouts(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nPresident Joseph R. Biden, Jr. thanked the hosts.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Call\n\nPresident Joe Biden stressed that trade matters.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Visit\n\nFirst Lady Jill Biden thanked the teachers.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "readout_tui", "speakers", "--format", "json", "--no-cache",
                             str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    people = {p["name"]: p for p in json.loads(result.stdout)}
    assert sorted(people) == ["Jill Biden", "Joseph R. Biden Jr."]
    assert people["Joseph R. Biden Jr."]["statements"] == 2
    assert len(people["Joseph R. Biden Jr."]["readouts"]) == 2
    table = subprocess.run([sys.executable, "-m", "readout_tui", "speakers", "--no-cache", str(tmp_path)],
                           capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "120"})
    assert "Joseph R. Biden Jr." in table.stdout and "Jill Biden" in table.stdout


def test_export_help_says_what_format_does_and_its_default():
    """`--format` had no description and no default shown."""
    result = subprocess.run([sys.executable, "-m", "readout_tui", "export", "--help"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    described = text.split("--format {json,markdown,csv} ", 1)[1].split(" --speaker", 1)[0]
    assert "markdown" in described and "default: json" in described


def test_the_readmes_usage_lines_name_every_command_and_option_help_shows():
    """README's "Using it" left out `--no-cache` and the `speakers` command."""
    from readout_tui import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = readme.split("## Using it", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    lines = {line.split("#")[0].split()[1] if line.split()[1:] and not line.split()[1].startswith(("[", "-"))
             else "": line for line in usage.strip().splitlines()}
    parsers = {"": cli._app_parser(), "export": cli._export_parser(), "speakers": cli._speakers_parser(),
               "cache": cli._cache_parser()}
    assert set(parsers) <= set(lines), sorted(lines)
    for command, parser in parsers.items():
        for action in parser._actions:
            options = action.option_strings
            if not options or "--help" in options or "--version" in options:
                continue
            assert any(f"{option} " in lines[command] or f"{option}]" in lines[command] for option in options), (
                f"{options} missing from README's line for {command or 'the reader'}")
