"""Front matter and YAML readouts: the fields, their checks and the YAML limits."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from readout_tui.loading import load_document, parse_document
from readout_tui.loading.metadata import normalise_date
from readout_tui.model import Participant

SUMMIT = """---
title: "Readout of the Leaders\\u2019 Summit"
date: 2024-11-21
source: Northern Union Secretariat
source_url: https://example.org/press/summit
participants:
  - name: Casimir Oduya
    aliases: [Prime Minister Oduya, Oduya]
    role: Prime Minister of Norvane
  - Halvard Strenn
  - name: Anton Marek
    aliases: Marek
---
Leaders met today in Halsby.
"""


def test_markdown_front_matter_fills_every_field() -> None:
    document = parse_document(SUMMIT, format="md")

    assert document.title == "Readout of the Leaders’ Summit"
    assert document.date == "2024-11-21"
    assert document.source == "Northern Union Secretariat"
    assert document.source_url == "https://example.org/press/summit"
    assert document.participants == (
        Participant("Casimir Oduya", ("Prime Minister Oduya", "Oduya"), "Prime Minister of Norvane"),
        Participant("Halvard Strenn"),
        Participant("Anton Marek", ("Marek",)),
    )
    assert document.body == "Leaders met today in Halsby."
    assert document.notes == ()


def test_plain_text_may_carry_front_matter_too() -> None:
    document = parse_document("---\ntitle: Talks in Minsk\ndate: '2019-10-31'\n---\nThe leaders met.\n", format="txt")

    assert (document.title, document.date, document.body) == ("Talks in Minsk", "2019-10-31", "The leaders met.")


def test_without_front_matter_source_and_date_are_none() -> None:
    document = parse_document("Talks in Minsk\n\nThe leaders met.\n")

    assert (document.source, document.source_url, document.date, document.participants) == (None, None, None, ())


def test_a_yaml_readout_is_a_mapping_with_a_body(tmp_path: Path) -> None:
    path = tmp_path / "call.yaml"
    path.write_text(
        "title: Telephone conversation\n"
        "date: '2022-08-30'\n"
        "source: Ministry of Defence\n"
        "participants: [Sigrun Vaelborg]\n"
        "body: |\n"
        "  On 30 August, the ministers spoke\n"
        "  by telephone.\n"
        "\n"
        "  “We are neighbours at sea,” she said.\n",
        encoding="utf-8",
    )

    document = load_document(path)

    assert (document.format, document.title, document.date) == ("yaml", "Telephone conversation", "2022-08-30")
    assert document.participants == (Participant("Sigrun Vaelborg"),)
    assert document.body == "On 30 August, the ministers spoke by telephone.\n\n“We are neighbours at sea,” she said."


def test_a_yaml_readout_without_a_title_takes_its_first_line() -> None:
    document = parse_document("body: |\n  Talks in Minsk\n\n  The leaders met.\n", format="yaml")

    assert (document.title, document.body) == ("Talks in Minsk", "The leaders met.")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("title: [unclosed\n", "not a YAML readout: invalid YAML at line 2: "),
        ("- just\n- a list\n", "not a YAML readout: expected keys such as title and body, found a list or a value"),
    ],
)
def test_a_yaml_readout_that_is_no_mapping_is_an_error(text: str, error: str) -> None:
    document = parse_document(text, path=Path("bad.yml"), format="yaml")

    assert document.error is not None and document.error.startswith(error)
    assert document.title == "bad.yml"


def test_a_yaml_readout_without_a_body_is_noted() -> None:
    document = parse_document("title: Only a title\n", format="yaml")

    assert document.ok and document.body == ""
    assert document.notes == ("no body text",)


def test_malformed_front_matter_is_noted_with_its_line_and_the_body_still_loads() -> None:
    text = "---\ntitle: Talks\ndate: 2021-01-21\nsource: a: b\n---\nTalks in Minsk\n\nThe leaders met.\n"

    document = parse_document(text, path=Path("talks.md"), format="md")

    assert document.ok
    (note,) = document.notes  # the wording after the line is libyaml's or PyYAML's
    assert note.startswith("front matter ignored: invalid YAML at line 4: mapping values are not allowed")
    assert (document.title, document.body) == ("Talks in Minsk", "The leaders met.")
    assert document.date is None


@pytest.mark.parametrize(
    ("front_matter", "note"),
    [
        ("- a\n- b", "front matter ignored: expected keys and values, found a list"),
        ("just a sentence", "front matter ignored: expected keys and values, found a str"),
        ("title: T\nauthor: X\n42: y", "front matter: ignored unknown key(s): 42, author"),
        ("title: T\ndate: [1]", "front matter: ignored date '[1]': not a date"),
        ("title: T\ndate: someday", "front matter: ignored date 'someday': not a date"),
        ("title: [T]", "front matter: ignored title: expected text, found a list"),
        ("title: T\nsource: {a: 1}", "front matter: ignored source: expected text, found a mapping"),
        ("title: T\nparticipants: Oduya", "front matter: ignored participants: expected a list, found a str"),
        (
            "title: T\nparticipants: [{aliases: [x]}, Oduya]",
            "front matter: ignored participant 1: expected a name, or a mapping with name, aliases, role",
        ),
    ],
)
def test_front_matter_of_the_wrong_shape_is_ignored_with_a_note(front_matter: str, note: str) -> None:
    document = parse_document(f"---\n{front_matter}\n---\nTalks in Minsk\n\nThe leaders met.\n", format="md")

    assert document.ok
    assert document.body.endswith("The leaders met.")
    assert document.notes == (note,)


def test_scraper_keys_of_the_white_house_archive_are_accepted_silently() -> None:
    text = "---\ntags: statements-releases\nmodified_time: 2021-01-22 11:06:45-05:00\npublished_time: x\ntitle: T\n---\nBody.\n"

    assert parse_document(text, format="md").notes == ()


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        (dt.date(2021, 1, 21), "2021-01-21"),
        (dt.datetime(2021, 1, 21, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "2021-01-21"),
        ("2021-01-21", "2021-01-21"),
        ("2021-01-21 17:12:47-05:00", "2021-01-21"),
        ("2021-01-21T17:12:47Z", "2021-01-21"),
        ("21 January 2021", "2021-01-21"),
        ("January 21, 2021", "2021-01-21"),
        ("2021-02-30", None),
        ("tomorrow", None),
        (20210121, None),
        ([1], None),
    ],
)
def test_dates_are_normalised_to_iso_or_dropped(value: object, iso: str | None) -> None:
    assert normalise_date(value) == iso


def test_a_yaml_timestamp_in_front_matter_becomes_its_own_day() -> None:
    document = parse_document("---\ntitle: T\ndate: 2021-01-21 17:12:47-05:00\n---\nBody.\n", format="md")

    assert document.date == "2021-01-21"


BILLION_LAUGHS = "title: T\n" + "".join(
    f"l{level}: &l{level} [{', '.join([f'*l{level - 1}'] * 9) if level else ', '.join(['lol'] * 9)}]\n"
    for level in range(10)
)


def test_an_alias_bomb_is_refused_quickly_with_a_note() -> None:
    started = time.perf_counter()
    document = parse_document(f"---\n{BILLION_LAUGHS}---\nTalks\n\nThe body still loads.\n", format="md")

    assert time.perf_counter() - started < 1
    assert document.notes == ("front matter ignored: aliases expand too far (beyond 10,000 nodes, or into a loop)",)
    assert (document.title, document.body) == ("Talks", "The body still loads.")


def test_recursive_aliases_are_refused() -> None:
    document = parse_document("---\ntitle: T\nparticipants: &p [*p]\n---\nTalks\n\nBody.\n", format="md")

    assert document.notes == ("front matter ignored: aliases expand too far (beyond 10,000 nodes, or into a loop)",)


def test_oversized_front_matter_is_refused() -> None:
    filler = "".join(f"k{n}: {'x' * 60}\n" for n in range(1200))

    document = parse_document(f"---\ntitle: T\n{filler}---\nTalks\n\nBody.\n", format="md")

    assert document.notes == ("front matter ignored: larger than 64 KB",)
    assert (document.title, document.body) == ("Talks", "Body.")


def test_python_tags_are_never_constructed() -> None:
    document = parse_document("---\ntitle: !!python/object/apply:os.system [echo hacked]\n---\nTalks\n\nBody.\n", format="md")

    assert document.title == "Talks"
    assert len(document.notes) == 1 and "could not determine a constructor" in document.notes[0]


def test_front_matter_without_its_closing_line_is_read_as_text() -> None:
    document = parse_document("---\nTalks in Minsk\n\nThe leaders met.\n", format="txt")

    assert (document.title, document.body) == ("Talks in Minsk", "The leaders met.")
    assert document.notes == ("front matter has no closing '---': read as text",)


def test_escapes_in_yaml_strings_are_cleaned_like_the_body() -> None:
    document = parse_document('---\ntitle: "Joe\\_Biden\\u200b and\\e[31m Trudeau\\t "\n---\nBody.\n', format="md")

    assert document.title == "Joe Biden and\u241b[31m Trudeau"


def test_a_control_character_a_yaml_escape_makes_in_the_title_is_shown_and_noted() -> None:
    """"\\e[31m" in a quoted title is an escape character only once YAML has read it, after the file's
    own scrubbing: it shows as a symbol and is noted, as one in the body is; a plain title notes nothing."""
    coloured = parse_document('---\ntitle: "Talks \\e[31min red\\e[0m"\n---\nThe President met the Prime Minister.\n',
                              format="md")
    assert coloured.title == "Talks ␛[31min red␛[0m"
    assert any("title" in note and "control character" in note for note in coloured.notes)
    plain = parse_document("---\ntitle: Talks in Tarsel\n---\nThe President met the Prime Minister.\n", format="md")
    assert plain.title == "Talks in Tarsel" and not plain.notes
