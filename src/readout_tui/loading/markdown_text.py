"""Markdown to plain text, without a Markdown library.

Readouts are prose; what matters is that no syntax survives into the body (an engine
would read `**` or `](https://…` as words, and a terminal would show them) and that the
words come out exactly as written. So this keeps only what CommonMark and pandoc — the
scrapers' usual writer — put around prose: headings, emphasis, links and images, list
markers, block quotes, code, hard breaks, backslash escapes, inline HTML and entities.

Two choices beyond CommonMark, both for the shape of a readout:
- a hard line break (two trailing spaces or a trailing backslash) ends the paragraph:
  scraped pages use it for participant lists, one person a line;
- an ordered list keeps its numbers ("1. Ensure …"), which are wording, while bullet
  markers go.
"""
from __future__ import annotations

import html
import re
from typing import Iterable

from .blocks import BREAK, Block, BlockKind

_QUOTE_PREFIX = re.compile(r"(?: {0,3}> ?)*")  # any depth of block quote: the words stay
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:=+|-+)[ \t]*")
_THEMATIC_BREAK = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_BULLET = re.compile(r"(?:[ \t]*[-*+](?:[ \t]+|$))+")  # `- - item` opens nested lists at once
_ORDERED = re.compile(r"[ \t]*(\d{1,9}[.)])(?:[ \t]+|$)")
_REFERENCE_DEFINITION = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S+.*")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")

_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>")
_ATTRIBUTE = r"""(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)"""
_HTML_TAG = re.compile(rf"<(?:([A-Za-z][A-Za-z0-9-]*){_ATTRIBUTE}*\s*/?|/([A-Za-z][A-Za-z0-9-]*)\s*)>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_DECLARATION = re.compile(r"<[?!][^>]*>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ORDINARY = re.compile(r"[^\\`!\[\]<&*_~]+")  # characters no inline syntax starts with
_BRACKET_TOKENS = {"[": re.compile(r"\\.|[\[\]]", re.DOTALL), "(": re.compile(r"\\.|[()]", re.DOTALL)}
_LINE_BREAK_TAGS = frozenset({"br", "p", "div", "li", "tr", "td", "th", "figure", "figcaption"})


def markdown_blocks(lines: Iterable[str]) -> list[Block]:
    """Split Markdown lines into paragraph blocks; inline syntax is left for `inline`."""
    blocks: list[Block] = []
    current: list[str] = []
    item_column: int | None = None  # where the current list item's text starts
    fence: str | None = None

    def close(kind: BlockKind = "text") -> None:
        nonlocal item_column
        if current:
            blocks.append(Block(kind, tuple(current)))
            current.clear()
        item_column = None

    for line in lines:
        line = line[_QUOTE_PREFIX.match(line).end():]  # type: ignore[union-attr]
        if fence is not None:
            if line.strip().startswith(fence):
                close("verbatim")
                fence = None
            elif line.strip():
                current.append(line)
            continue
        if not line.strip():
            close()
        elif (opening := _FENCE.match(line)) is not None:
            close()
            fence = opening.group(1)
        elif (heading := _ATX_HEADING.fullmatch(line)) is not None:
            close()
            blocks.append(Block("heading", (heading.group(1) or "",)))
        elif current and item_column is None and _SETEXT_UNDERLINE.fullmatch(line):
            close("heading")
        elif _THEMATIC_BREAK.fullmatch(line):
            close()
            blocks.append(BREAK)
        elif not current and _REFERENCE_DEFINITION.fullmatch(line):
            continue
        else:
            if (item := _list_item(line, bool(current), item_column)) is not None:
                close()
                item_column = item.end()
                line = (item.group(1) + " " if item.re is _ORDERED else "") + line[item.end():]
            hard_break = _HARD_BREAK.search(line)
            current.append(line.removesuffix("\\") if hard_break else line)
            if hard_break:
                close()
    close("verbatim" if fence is not None else "text")
    return blocks


def _list_item(line: str, in_paragraph: bool, item_column: int | None) -> re.Match[str] | None:
    """A list marker that starts a new item. As in CommonMark, a number other than 1
    cannot interrupt a paragraph, so a wrapped line starting "2021. The …" stays
    wording; it can only start a sibling of the item being read."""
    if (bullet := _BULLET.match(line)) is not None:
        return bullet
    number = _ORDERED.match(line)
    if number is None or not in_paragraph or number.group(1)[:-1] == "1":
        return number
    if item_column is not None and number.start(1) < item_column:
        return number
    return None


def inline(text: str) -> str:
    """The words of one paragraph of Markdown, its inline syntax removed."""
    brackets = _pairs(text, "[", "]")
    parens = _pairs(text, "(", ")")
    link_tails: dict[int, int] = {}  # where a link label ends -> where its link ends
    unclosed_ticks: set[int] = set()  # backtick run lengths with no closer further on
    # Past the last `>` no tag can close, past the last `-->` no comment: without this,
    # every unclosed `<!--` would search to the end of the paragraph again.
    closers = (text.rfind(">"), text.rfind("-->"))
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if (ordinary := _ORDINARY.match(text, i)) is not None:
            out.append(ordinary.group())
            i = ordinary.end()
            continue
        ch = text[i]
        if i in link_tails:
            i = link_tails.pop(i)
        elif ch == "\\" and i + 1 < n and text[i + 1] in _ASCII_PUNCTUATION:
            out.append(text[i + 1])
            i += 2
        elif ch == "`":
            i = _code_span(text, i, out, unclosed_ticks)
        elif ch == "!" and (end := _link_end(text, i + 1, brackets, parens)) is not None:
            i = end  # an image: its alt text describes a picture the reader cannot show
        elif ch == "[" and (end := _link_end(text, i, brackets, parens)) is not None:
            link_tails[brackets[i]] = end  # the label is read on as wording
            i += 1
        elif ch == "<":
            i = _angle(text, i, out, closers)
        elif ch == "&" and (entity := _ENTITY.match(text, i)) is not None:
            out.append(html.unescape(entity.group()))
            i = entity.end()
        elif ch in "*_~":
            i = _delimiter_run(text, i, out)
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _pairs(text: str, opening: str, closing: str) -> dict[int, int]:
    """Matching bracket positions, found in one pass so that a paragraph full of
    unclosed brackets costs no more than one without."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for token in _BRACKET_TOKENS[opening].finditer(text):
        if token.group() == opening:
            stack.append(token.start())
        elif token.group() == closing and stack:
            pairs[stack.pop()] = token.start()
    return pairs


def _code_span(text: str, start: int, out: list[str], unclosed: set[int]) -> int:
    end = start
    while end < len(text) and text[end] == "`":
        end += 1
    ticks = text[start:end]
    close = -1 if len(ticks) in unclosed else text.find(ticks, end)
    while close != -1 and text.startswith("`", close + len(ticks)):
        close = text.find(ticks, close + len(ticks) + 1)
    if close == -1:
        unclosed.add(len(ticks))
        out.append(ticks)
        return end
    out.append(text[end:close])
    return close + len(ticks)


def _link_end(text: str, start: int, brackets: dict[int, int], parens: dict[int, int]) -> int | None:
    """Where `[label](destination)` or `[label][reference]` starting at `start` ends.
    A bare `[label]` is no link: its brackets are wording."""
    label_end = brackets.get(start)
    if label_end is None:
        return None
    after = label_end + 1
    end = parens.get(after) if text.startswith("(", after) else brackets.get(after)
    return None if end is None else end + 1


def _angle(text: str, start: int, out: list[str], closers: tuple[int, int]) -> int:
    last_gt, last_comment_end = closers
    if start < last_gt:
        if (autolink := _AUTOLINK.match(text, start)) is not None:
            out.append(autolink.group(1))
            return autolink.end()
        if (tag := _HTML_TAG.match(text, start)) is not None:
            name = (tag.group(1) or tag.group(2)).lower()
            out.append(" " if name in _LINE_BREAK_TAGS else "")
            return tag.end()
        if start < last_comment_end and (comment := _HTML_COMMENT.match(text, start)) is not None:
            return comment.end()
        if (declaration := _HTML_DECLARATION.match(text, start)) is not None:
            return declaration.end()
    out.append("<")
    return start + 1


def _delimiter_run(text: str, start: int, out: list[str]) -> int:
    """Emphasis and strike-through marks go. A single `*` that touches no word is
    wording (`5 * 3`), and so are `_` inside a word (`snake_case`) and a single `~`.
    A double `**` or `~~` always goes, even where CommonMark would keep it: scraped
    pages leave bold marks stranded beside spaces (`**Speakers **`), and a writer
    escapes the rare literal one."""
    ch = text[start]
    end = start
    while end < len(text) and text[end] == ch:
        end += 1
    # The paragraph's edges count as words, not spaces: a mark there is stranded
    # syntax (`*Participants included: *`), never wording.
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if ch == "_":
        syntax = (not after.isspace() and not before.isalnum()) or (not before.isspace() and not after.isalnum())
    else:
        syntax = end - start >= 2 or (ch == "*" and not (before.isspace() and after.isspace()))
    if not syntax:
        out.append(text[start:end])
    return end
