"""Whatever the bytes, the reader loads them without raising, says why when it cannot,
attributes the text without raising, and draws it without a single character that
could act on the terminal.

The pipeline under test is the reader's own: bytes to a Document (decoding, front
matter, Markdown, clean-up), the engine on its body, then the page the view draws,
rendered to segments. Inputs are any bytes, any text in the encodings readouts come
in, and text built from what hostile files hold: escape sequences, markup, bidi
controls, quotation marks, front matter good and bad, YAML tags and aliases.

Hypothesis profile: `fast` (200 examples a test) by default; `long` (100,000) with
`pytest tests/hostile --hypothesis-profile=long` (profiles in conftest.py).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readout_tui.app.page import Pages
from readout_tui.app.styles import SpeakerStyles
from readout_tui.engine import attribute
from readout_tui.loading import document_from_bytes
from readout_tui.model import Document, Readout

from .hostile_files import ANSI, BIDI, BILLION_LAUGHS, MARKUP, OSC_8, OSC_52, OTHER_CONTROLS
from .screen import UNSAFE

# The property tests' own default, without touching the global profile other tests share.
HOSTILE_SETTINGS = (
    settings.get_profile("fast") if settings.get_current_profile_name() == "default" else settings.default
)
FORMATS = st.sampled_from(["txt", "md", "yaml"])
ERRORS = ("not a text file (binary content)", "not a YAML readout: ")
STYLES = SpeakerStyles((), None, True)

FRAGMENTS = [
    ANSI, OSC_52, OSC_8, OTHER_CONTROLS, BIDI, MARKUP, "\x1b", "\x00", "\x07", "\x9b", "\u202e", "\u2066", "\ud800",
    "\r\n", "\r", "\n", "\n\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\t", "\ufeff", "\u200b", "\u00ad",
    "---\n", "---\ntitle: T\n---\n", "---\n- a\n---\n", "---\n{[\n---\n", f"---\n{BILLION_LAUGHS}---\n",
    "title: !!python/object/apply:os.system [echo]\n", "body: |\n  ", "date: [1]\n", "participants: [A, {name: B}]\n",
    "&amp;", "&#27;", "&#x202e;", "<b>", "</p>", "**", "_", "`", "[a](b)", "![i](x)", "\\", "# ", "* * *", "###",
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", ":", ". ", ", ",
    "the minister said", "President Ilona Brenn", "he stressed that", "She noted:", "Mr Kirel",
]
HOSTILE_TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "windows-1251", "latin-1", "windows-1252"])


def check_safe(text: str, what: str) -> None:
    assert UNSAFE.search(text) is None, f"unsafe character in the {what}: {text[:200]!r}"


def check_document(document: Document) -> None:
    for note in document.notes:
        check_safe(note, "notes")
    check_safe(document.title, "title")
    assert "\n" not in document.title
    if not document.ok:
        assert document.error is not None and document.error.startswith(ERRORS), document.error
        check_safe(document.error, "error")
        assert document.body == ""
        return
    check_safe(document.body, "body")
    assert document.body == document.body.strip()
    assert "\n\n\n" not in document.body
    for participant in document.participants:
        for name in (participant.name, *participant.aliases, participant.role or ""):
            check_safe(name, "participants")
    for field in (document.source or "", document.source_url or ""):
        check_safe(field, "source")


def check_pipeline(data: bytes, format: str) -> None:
    document = document_from_bytes(data, path=Path(f"readout.{format}"), format=format)
    check_document(document)
    if not document.ok:
        return
    body = document.body
    attribution = attribute(body, document.participants, document.title)
    for statement in attribution.statements:
        assert 0 <= statement.start < statement.end <= len(body)
        assert statement.text == body[statement.start : statement.end]
        assert 1 <= statement.paragraph <= body.count("\n\n") + 1
    for mention in attribution.mentions:
        assert 0 <= mention.start < mention.end <= len(body)
    readout = Readout(document, attribution)
    styles = SpeakerStyles(attribution.speakers, None, True)
    for page in (Pages(readout, styles).full(), Pages(readout, styles).filtered(attribution.speakers)):
        for index, block in enumerate(page.blocks):
            assert block.text.plain == page.text_of(index)
            for segment in block.text.render_segments():
                check_safe(segment.text, "drawn text")
                assert segment.style is None or not segment.style.link
        for number in range(len(page.statements)):
            page.locate(number)


@HOSTILE_SETTINGS
@given(st.binary(max_size=2048), FORMATS)
@example(b"\xff\xfe" + "Talks\n\nBody\x1b[31m.".encode("utf-16-le"), "txt")
@example(b"\x00" * 10, "md")
@example(b"---\ntitle: !!python/object/apply:os.system [echo]\n---\nBody.", "md")
def test_any_bytes_load_attribute_and_draw_safely(data: bytes, format: str) -> None:
    check_pipeline(data, format)


@HOSTILE_SETTINGS
@given(st.text(), ENCODINGS, FORMATS)
def test_any_text_in_any_readout_encoding(text: str, encoding: str, format: str) -> None:
    check_pipeline(text.encode(encoding, errors="replace"), format)


@HOSTILE_SETTINGS
@given(HOSTILE_TEXT, ENCODINGS, FORMATS)
@example(f"Talks\n\nThe minister said {MARKUP} {ANSI} {OSC_52} {OSC_8} {BIDI}.", "utf-8", "txt")
@example(f"---\n{BILLION_LAUGHS}---\nTalks\n\nBody.", "utf-8", "md")
def test_hostile_text_in_any_readout_encoding(text: str, encoding: str, format: str) -> None:
    check_pipeline(text.encode(encoding, errors="replace"), format)


@HOSTILE_SETTINGS
@given(HOSTILE_TEXT)
@example("TITLE")  # found by the long profile: a first paragraph repeating the title goes, by design
def test_no_word_is_lost(text: str) -> None:
    """Plain text keeps every letter and digit it has, in order, whatever controls,
    escape sequences or markup surround them. Three rules drop words on purpose: a
    line that is only a photo counter or an end mark is page debris, and a first
    paragraph that only repeats the title is dropped."""
    title = "Hostile title"
    letters = "".join(ch for ch in text if ch.isascii() and ch.isalnum())
    document = document_from_bytes(f"{title}\n\n{text}".encode("utf-8", errors="replace"), format="txt")
    if not document.ok:  # a NUL byte, or controls by the dozen: taken for a binary file
        assert document.error == "not a text file (binary content)"
        return
    kept = "".join(ch for ch in f"{document.title}{document.body}" if ch.isascii() and ch.isalnum())
    if "•" in text or "#" in text:
        return  # page debris may have gone
    first = " ".join(document_from_bytes(text.encode("utf-8", errors="replace")).title.split())
    if first.casefold() == title.casefold():
        assert kept.startswith("Hostiletitle")
        return
    assert kept == f"Hostiletitle{letters}"
