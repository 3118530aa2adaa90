"""Text to Document: front matter, format, title and body, in that order.

Whatever the format, the body comes out the same shape: paragraphs of single-spaced
text separated by one blank line, so that the engine's offsets and paragraph numbers
mean the same thing for every readout.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..model import Document
from .blocks import Block, plain_blocks, wrapped_at
from .cleanup import SECTION_BREAK, is_debris, is_section_break, normalise, squeeze, strip_end_mark, tidy
from .formats import FORMATS
from .front_matter import split_front_matter
from .markdown_text import inline, markdown_blocks
from .metadata import Metadata, read_metadata
from .safe_yaml import load_yaml


def parse_document(text: str, *, path: Path | None = None, format: str = "txt", title_only: bool = False) -> Document:
    """A Document from text already in memory: `format` is "txt", "md" or "yaml".

    A YAML readout is one mapping (title, date, …, body); its body is plain text. Only
    a malformed YAML readout is an error, as it has no body to show; bad front matter
    is only noted. With `title_only`, the body is left empty (not rendered): the
    title and date of a file's head, for a list of readouts.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown readout format {format!r} (expected one of {sorted(FORMATS)})")
    fallback_title = path.name if path is not None else ""
    text, scrubbed = normalise(text)
    if not text or text.isspace():
        return Document(path=path, title=fallback_title, body="", format=format, notes=("empty file",))
    notes: list[str] = []
    if format == "yaml":
        loaded = load_yaml(text, limit_size=False)
        if loaded.problem is not None or not isinstance(loaded.value, dict):
            problem = loaded.problem or "expected keys such as title and body, found a list or a value"
            error = tidy(f"not a YAML readout: {problem}")  # a parser's message may quote the file
            return Document(path=path, title=fallback_title, body="", format=format, error=error)
        metadata = read_metadata(loaded.value, where="YAML", with_body=True)
        body_text, more = normalise(metadata.body or "")
        scrubbed += more
    else:
        split = split_front_matter(text)
        notes.extend([split.problem] if split.problem else [])
        metadata = _front_matter(split.yaml, notes)
        body_text = split.body
    notes.extend(metadata.notes)
    lines = [line for line in body_text.split("\n") if not is_debris(line)]
    blocks = markdown_blocks(lines) if format == "md" else plain_blocks(lines)
    render = _renderer(markdown=format == "md")
    title, blocks = _title(metadata.title, blocks, render)
    body = "" if title_only else "\n\n".join(_paragraphs(blocks, render))
    notes.extend(scrubbed.notes())
    if not body and not title_only:
        notes.append("no body text")
    return Document(
        path=path,
        title=title or fallback_title,
        body=body,
        date=metadata.date,
        source=metadata.source,
        source_url=metadata.source_url,
        participants=metadata.participants,
        format=format,
        notes=tuple(map(tidy, notes)),  # a note may quote the file: a key, a parser's message
    )


def _front_matter(yaml_text: str | None, notes: list[str]) -> Metadata:
    if yaml_text is None:
        return Metadata()
    loaded = load_yaml(yaml_text, first_line=2)
    if loaded.problem is not None:
        notes.append(f"front matter ignored: {loaded.problem}")
        return Metadata()
    return read_metadata(loaded.value, where="front matter")


def _renderer(*, markdown: bool) -> Callable[..., str]:
    """Blocks, or some lines of a block, to the text of one paragraph. The text was
    scrubbed whole already; only Markdown's entities can bring in a control again."""

    def render(block: Block, lines: tuple[str, ...] | None = None) -> str:
        text = " ".join(block.lines if lines is None else lines)
        if markdown and block.kind != "verbatim":
            return tidy(inline(text))
        return squeeze(text)

    return render


def _title(given: str | None, blocks: list[Block], render: Callable[..., str]) -> tuple[str, list[Block]]:
    """The front matter's title, or else the first heading or first line of the body
    (which then leaves the body). A first paragraph or line that only repeats the
    title goes."""
    content = [block for block in blocks if block.kind != "break"]
    title = given
    if not title and content:
        first = content.pop(0)
        if first.kind == "heading":
            title = render(first)
            blocks = [block for block in blocks if block is not first]
        else:
            count = _title_lines(first, content)
            title = render(first, first.lines[:count])
            if count < len(first.lines) and render(first, first.lines[count:count + 1]).casefold() == title.casefold():
                count += 1  # the title again on the next line
            rest = Block(first.kind, first.lines[count:])
            blocks = [rest if block is first else block for block in blocks]
            content[:0] = [rest] if rest.lines else []
    if title and content and render(content[0]).casefold() == title.casefold():
        blocks = [block for block in blocks if block is not content[0]]
    return title or "", blocks


def _title_lines(first: Block, following: list[Block]) -> int:
    """How many lines of the first paragraph the title takes: its first line, or
    more when the file is hard-wrapped and the title was wrapped with it ("… met
    with Defence" / "Minister Igor Sergeyev"). A line was wrapped when the next
    line's first word would not have fitted after it within the text's width; the
    title is taken so only when the text's lines after it show that wrapping (the
    width: the longest line that another follows in its paragraph) and
    its last line ends no sentence (a title and a paragraph with no blank line
    between them: the paragraph ends in a full stop). Only the lines in the first
    `TITLE_EVIDENCE` characters count, so a file's head says the same."""
    lines = first.lines
    if len(lines) < 2:
        return 1
    sample: list[tuple[str, ...]] = []
    used = sum(len(line) + 1 for line in lines)
    for block in following:
        if block.kind != "text":
            continue
        taken = []
        for line in block.lines:
            used += len(line) + 1
            if used > TITLE_EVIDENCE:
                break
            taken.append(line)
        sample.append(tuple(taken))
        if used > TITLE_EVIDENCE:
            break
    width = max(len(line.rstrip()) for block in (lines, *sample) for line in block[:-1])
    count = 1
    while count < len(lines) and wrapped_at(width, lines[count - 1], lines[count]):
        count += 1
    if count == 1 or count > 6 or lines[count - 1].rstrip().endswith(_TITLE_NEVER_ENDS):
        return 1
    pairs = [wrapped_at(width, a, b) for block in sample for a, b in zip(block, block[1:])]
    return count if len(pairs) >= 2 and all(pairs) else 1


TITLE_EVIDENCE = 1000
"""Characters from the body's start whose lines tell a hard-wrapped title (within
the head that `read_title_and_date` reads)."""
_TITLE_NEVER_ENDS = (".", "!", "?", ":", ";", ".”", '."', "!”", "?”")
"""How a paragraph's line may end and a title's never does."""


def _paragraphs(blocks: list[Block], render: Callable[..., str]) -> list[str]:
    """Rendered paragraphs, page debris dropped. Section breaks stand only between
    paragraphs, never doubled; Markdown that wrote one as text (`\\*\\*\\*`) or
    decorated an end mark (`*\\###*`) is only recognised once rendered."""
    paragraphs: list[str] = []
    for block in blocks:
        text = render(block) if block.kind != "break" else SECTION_BREAK
        if is_section_break(text):
            if paragraphs and paragraphs[-1] != SECTION_BREAK:
                paragraphs.append(SECTION_BREAK)
        elif text and not is_debris(text):
            paragraphs.append(text)
    if paragraphs and paragraphs[-1] == SECTION_BREAK:
        paragraphs.pop()
    if paragraphs:
        paragraphs[-1] = strip_end_mark(paragraphs[-1])
    return paragraphs
