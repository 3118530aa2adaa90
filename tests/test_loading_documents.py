"""Loading files: real-world shapes, every way a file can fail, and the cheap title read."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from readout_tui.loading import load_document, read_title_and_date, reading
from readout_tui.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "loading"
MARKDOWN_SYNTAX = re.compile(r"\\|\]\(|\*\*|###|&amp;|&nbsp;|</?[a-z]+[\s/>]|\u00a0|\n\n\n")


def test_white_house_shaped_readouts_load_as_clean_documents() -> None:
    documents = {path.name: load_document(path) for path in sorted(FIXTURES.glob("whitehouse-*.md"))}

    assert len(documents) == 4
    for document in documents.values():
        assert document.ok and document.notes == () and document.format == "md"
        assert MARKDOWN_SYNTAX.search(document.body) is None, document.body
        assert document.body == document.body.strip()

    call = documents["whitehouse-call.md"]
    assert call.title == "Readout of President Joe Biden Call with Prime Minister Justin Trudeau of Canada"
    assert call.date == "2021-01-22"
    assert call.source is None
    assert call.source_url == "https://example.gov/briefing-room/2021/01/22/readout-call-with-prime-minister-of-canada/"
    assert call.body == (
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Justin Trudeau of Canada. The President "
        "noted that he was pleased Canada was his first call as President, and emphasized the importance of the "
        "relationship.\n\nThe leaders agreed to meet next month. “We will rebuild,” the President said."
    )

    roundtable = documents["whitehouse-roundtable.md"]
    assert roundtable.title == "Readout of White House Meeting with Leaders of Civil Rights Groups on Police Reform"
    assert roundtable.body.split("\n\n") == [
        "Yesterday, senior officials from the White House met with leaders from civil rights organizations to "
        "discuss police reform. This meeting was part of a broader effort to consult with members of Congress and "
        "victims’ families.",
        "The civil rights leaders stressed the urgent need for action, including on the 16th anniversary of the "
        "Voting Rights review. They also highlighted the need for more detailed data collection.",
        "Background:",
        "Dr. Melina Abdullah, Original Organizer of Black Lives Matter",
        "Bishop William Barber, National Co-Chair of the Poor People’s Campaign",
        "Curt Decker, Executive Director of the National Disability Rights Network (NDRN)",
        "White House participants:",
        "Susan Rice, Domestic Policy Advisor",
        "Cedric Richmond, Senior Advisor",
        "Vanita Gupta, Associate Attorney General*",
        "*Denotes virtual participant",
    ]

    figure = documents["whitehouse-figure.md"]
    assert figure.title == "Readout of President Biden’s Meeting with the Council of Advisors on Science and Technology"
    assert figure.body.split("\n\n") == [
        "Today, President Joe Biden convened a meeting of the Council of Advisors on Science & Technology – a group "
        "of experts – to discuss their ongoing work. Information on future meetings can be found at "
        "https://example.gov/pcast/meetings/.",
        "President Joe Biden attends a virtual meeting, Thursday, January 20, 2022. (Official White House Photo by "
        "Adam Schultz)",
        "The Co-Chairs outlined the areas of work:",
        "1. Ensure that government oversight and industry practice further protect consumers;",
        "2. Combat valuation bias through educating the consumer.",
        "2. Separately, the Department of Commerce announced $78 million in grants, and the budget lines.",
        "* * *",
        "PCAST Members",
        "Lisa A. Cooper, Johns Hopkins University",
    ]

    bilateral = documents["whitehouse-bilateral.md"]
    assert bilateral.title == "Readout of Vice President Harris’s Meeting with President Yoon of the Republic of Korea"
    assert bilateral.date == "2022-09-29"
    assert bilateral.body.split("\n\n") == [
        "Vice President Kamala Harris met with President Yoon Suk Yeol of the Republic of Korea in Seoul. The Vice "
        "President reaffirmed the constitutional rights under Roe v. Wade and underscored the strength of the "
        "alliance.",
        "President Yoon said, “The alliance is the linchpin of peace,” and the Vice President welcomed improving "
        "Japan-Republic of Korea bilateral ties.",
    ]


def test_a_readout_with_crlf_newlines_and_a_photo_counter_loads_like_the_seed(tmp_path: Path) -> None:
    path = tmp_path / "belarus-us-mitchell-meeting.txt"
    path.write_bytes(
        "Meeting with U.S. Assistant Secretary of State Aaron Wess Mitchell\r\n\r\n  • 1\r\n\r\n"
        "I hope the relations will gradually improve, Belarus President Aleksandr Lukashenko said.\r\n\r\n"
        "“The fact that you are visiting speaks volumes,” the Belarusian leader said.\r\n".encode()
    )

    document = load_document(path)

    assert document == Document(
        path=path,
        title="Meeting with U.S. Assistant Secretary of State Aaron Wess Mitchell",
        body="I hope the relations will gradually improve, Belarus President Aleksandr Lukashenko said.\n\n"
        "“The fact that you are visiting speaks volumes,” the Belarusian leader said.",
        format="txt",
    )


def failed(document: Document, path: Path, error: str) -> None:
    assert document.error == error
    assert not document.ok
    assert (document.title, document.body, document.path) == (path.name, "", path)


def test_a_missing_file_is_a_document_with_an_error(tmp_path: Path) -> None:
    path = tmp_path / "gone.md"

    document = load_document(path)

    failed(document, path, "no such file or directory")
    assert document.format == "md"


def test_a_directory_is_a_document_with_an_error(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()

    failed(load_document(path), path, "is a directory, not a file")


def test_a_file_that_may_not_be_read_is_a_document_with_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> int:  # permissions do not stop root
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)

    failed(load_document(path), path, "permission denied")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_does_not_hang_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)

    failed(load_document(path), path, "not a regular file")
    assert read_title_and_date(path) == ("pipe.txt", None)


def test_a_file_too_large_for_a_readout_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Title\n\n" + b"word " * 300_000)

    failed(load_document(path), path, "file too large to be a readout (1.4 MB; the reader opens files of up to 1 MB)")


def test_the_file_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")
    opened: list[object] = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda *args, **kwargs: opened.append(args) or real_open(*args, **kwargs))

    assert load_document(path).body == "Body."
    assert len(opened) == 1


def test_title_and_date_come_cheaply_and_match_the_full_load() -> None:
    for path in sorted(FIXTURES.glob("*.md")):
        document = load_document(path)
        assert read_title_and_date(path) == (document.title, document.date)


def test_title_and_date_read_only_the_head_of_a_big_file(tmp_path: Path, reads_through) -> None:
    path = tmp_path / "big.md"
    path.write_text("---\ntitle: Talks\ndate: 2020-02-02\n---\n" + "A paragraph of the body.\n\n" * 50_000, encoding="utf-8")
    read_sizes: list[int] = []

    def count(file, size: int) -> bytes:
        read_sizes.append(size)
        return file.read(size)

    reads_through(count)

    assert read_title_and_date(path) == ("Talks", "2020-02-02")
    assert read_sizes == [reading.HEAD_BYTES]


def test_title_and_date_of_a_long_front_matter_reads_on_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    participants = "".join(f"  - name: Participant {n}\n    role: {'Adviser ' * 8}\n" for n in range(200))
    path.write_text(f"---\nparticipants:\n{participants}title: Late title\ndate: 2020-02-02\n---\nBody.\n", encoding="utf-8")

    assert read_title_and_date(path) == ("Late title", "2020-02-02")


def test_title_and_date_of_a_big_yaml_readout_come_from_its_head(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    body = "".join(f"  Paragraph {n} of the body.\n\n" for n in range(20_000))
    path.write_text(f"title: \"Talks in Minsk\\u2019s Palace\"\ndate: 2019-10-31\nbody: |\n{body}", encoding="utf-8")

    assert read_title_and_date(path) == ("Talks in Minsk’s Palace", "2019-10-31")
    assert load_document(path).title == "Talks in Minsk’s Palace"


def test_title_and_date_of_an_unreadable_file_fall_back_to_its_name(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")

    assert read_title_and_date(tmp_path / "gone.txt") == ("gone.txt", None)
    assert read_title_and_date(binary) == ("photo.txt", None)


_WRAPPED_BODY = [
    "Mr Varga and Mr Tollen reported on the situation on the northern border and on the progress of the"
    " joint patrols along the river.",
    "The interior minister said that the patrols had entered their final stage, and that in many places"
    " the police had taken over from the army.",
    "He added that a depot of arms had been found near Estry in the last two days.",
]


def _hard_wrapped(title: str, paragraphs: list[str], *, blank_after_title: bool = True) -> str:
    import textwrap

    wrap = lambda text: "\n".join(textwrap.wrap(text, 72, break_on_hyphens=False))  # noqa: E731
    head = wrap(title) + ("\n\n" if blank_after_title else "\n")
    return head + "\n\n".join(wrap(p) for p in paragraphs) + "\n"


def test_a_hard_wrapped_title_is_read_whole_and_leaves_the_body(tmp_path: Path) -> None:
    from readout_tui.engine import attribute

    title = ("Acting President and Prime Minister Orel Danek met with Defence Minister Ivo Varga"
             " and Interior Minister Pavel Tollen")
    path = tmp_path / "wrapped.txt"
    path.write_text(_hard_wrapped(title, _WRAPPED_BODY), encoding="utf-8")
    assert "\n" in path.read_text(encoding="utf-8").split("\n\n")[0]  # (the title is wrapped)

    document = load_document(path)

    assert document.title == title
    assert document.body.startswith("Mr Varga and Mr Tollen reported on the situation")
    assert read_title_and_date(path) == (title, None)
    # the title's offices tell who "the interior minister" is
    attribution = attribute(document.body, document.participants, document.title)
    said = [s for s in attribution.statements if s.text.startswith("The interior minister said")]
    assert [s.speaker for s in said] == ["Pavel Tollen"]


def test_a_title_line_stays_one_line_when_nothing_shows_it_was_wrapped(tmp_path: Path) -> None:
    # hard-wrapped text with a paragraph right under the title, its first word too long to
    # have fitted after the title: the paragraph ends with a full stop, so it is the body
    title = "Talks with the Prime Minister of Osterra on the river border"
    first = ("Representatives of the two ministries reported on the situation on the northern border and"
             " on the joint patrols.")
    wrapped = tmp_path / "no-blank.txt"
    wrapped.write_text(_hard_wrapped(title, [first, *_WRAPPED_BODY], blank_after_title=False), encoding="utf-8")
    assert len(title) + 1 + len("Representatives") > 72
    assert load_document(wrapped).title == title
    assert load_document(wrapped).body.startswith("Representatives of the two ministries reported")
    # a wrapped title with no blank line after it ends where its last line is short
    longer = title + " and the patrols along it"
    wrapped_title = tmp_path / "wrapped-no-blank.txt"
    wrapped_title.write_text(_hard_wrapped(longer, _WRAPPED_BODY, blank_after_title=False), encoding="utf-8")
    assert load_document(wrapped_title).title == longer
    assert load_document(wrapped_title).body.startswith("Mr Varga and Mr Tollen reported")
    # a file written a paragraph a line: its first line is the title, whatever its length
    unwrapped = tmp_path / "lines.txt"
    unwrapped.write_text("\n".join([longer, *_WRAPPED_BODY]) + "\n", encoding="utf-8")
    document = load_document(unwrapped)
    assert document.title == longer
    assert document.body.startswith("Mr Varga and Mr Tollen reported")
    for path in (wrapped, wrapped_title, unwrapped):
        assert read_title_and_date(path)[0] == load_document(path).title


def test_a_page_copied_a_paragraph_a_line_keeps_its_paragraphs(tmp_path: Path) -> None:
    from readout_tui.engine import attribute

    lines = [
        "Meeting with members of the Harbour Council",  # the title
        "Meeting with members of the Harbour Council",  # the page's heading: the title again
        "Ilona Brenn met with members of the Harbour Council in Estry. The council advises the government"
        " on the ports, the canals and the fisheries of the northern coast, and it last met in",
        "2022. Its members are elected by the harbour towns for four years.",  # (the page broke a sentence)
        "Opening remarks at the meeting with members of the Harbour Council",
        "President of Kastravia Ilona Brenn: Good afternoon, colleagues,",
        "I would like to thank the council for its work this year, which was not an easy one for the ports"
        " or for the people who work in them.",
        "We will keep the canals open all winter. This is a promise, and the budget for it is already in"
        " the law that the assembly passed last week.",
    ]
    path = tmp_path / "copied.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    document = load_document(path)

    assert document.title == "Meeting with members of the Harbour Council"
    assert document.body.split("\n\n") == [
        lines[2] + " " + lines[3],
        lines[4],
        lines[5],
        lines[6],
        lines[7],
    ]
    attribution = attribute(document.body, document.participants, document.title)
    speech = {s.text: (s.speaker, s.kind) for s in attribution.statements}
    assert speech[lines[6]] == ("Ilona Brenn", "direct")
    assert speech[lines[7]] == ("Ilona Brenn", "direct")


def test_a_hard_wrapped_paragraph_ends_at_a_short_line_that_ends_a_sentence(tmp_path: Path) -> None:
    import textwrap

    first = ("Mr Varga and Mr Tollen reported on the situation on the northern border. They said the patrols"
             " along the river had been doubled since the spring floods.")
    second = "The interior minister said that the patrols had entered their final stage, and that the police had taken over."
    wrapped = textwrap.wrap(first, 72) + textwrap.wrap(second, 72)  # no blank line between the two
    assert wrapped[0].endswith("border.")  # (a sentence ends at a wrap: the paragraph goes on)
    path = tmp_path / "wrapped.txt"
    path.write_text("Talks on the border\n\n" + "\n".join(wrapped) + "\n", encoding="utf-8")

    assert load_document(path).body.split("\n\n") == [first, second]


def test_a_dash_wrapped_to_the_start_of_a_line_stays_in_its_sentence(tmp_path: Path) -> None:
    import textwrap

    # " - " as a dash (the Ukrainian President's pages write it so), wrapped by a mail client to a line's start:
    # read as a bullet it cut the sentence, and the statement, in two
    sentence = ("President Arvo Lind said that since the start of the floods he has been in constant contact with"
                " his Kastravian counterpart - every day or several times a day. We all see - and heard today,"
                " when the talks ended - that the river is only looking for new ways to rise.")
    paragraphs = [sentence, "The sides also discussed trade, energy and the border crossings that were closed."]
    text = "\n\n".join("\n".join(textwrap.wrap(p, 72, break_on_hyphens=False)) for p in paragraphs)
    assert re.search(r"\n- ", text)  # (the wrap put a dash at the start of a line)
    path = tmp_path / "dashes.txt"
    path.write_text("Talks on the floods\n\n" + text + "\n", encoding="utf-8")

    assert load_document(path).body.split("\n\n") == paragraphs


def test_a_dashed_list_in_hard_wrapped_text_keeps_its_items(tmp_path: Path) -> None:
    import textwrap

    intro = ("Following the meeting of the council on the floods, the President of Kastravia signed a list of"
             " instructions to the Government and the regions, which include")  # (no colon: room left on the line)
    items = ["- to restore the bridges over the river by the end of the year;",
             "- to pay the families whose houses were flooded, and",
             "- to report on the dams by 1 June."]
    path = tmp_path / "list.txt"
    path.write_text("Instructions after the floods\n\n" + "\n".join(textwrap.wrap(intro, 72)) + "\n" + "\n".join(items)
                    + "\n\nThe council will meet again in June, when the dams have been inspected by the experts.\n",
                    encoding="utf-8")

    assert load_document(path).body.split("\n\n")[1:4] == items
