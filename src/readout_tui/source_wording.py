"""A statement as its Markdown source writes it, links and all.

The body a Markdown readout is attributed in has no syntax left: "President Biden
announced [new actions](https://…) to …" reads "President Biden announced new actions
to …". An export that is to be found again in the file (the attribution scorer looks a
statement's words up in the file as published) or that keeps what the statement
cites needs the source's own wording: the same words, with the link destinations,
image text and entities the body left out between them, and its lines joined.

`SourceWording(source).of(text)` finds the statement's words in the source in order,
passing over only words that lie in such markup, so it never pairs a statement with
words it does not hold. A statement whose words come out with nothing between them
is left as it is.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")
_MARKUP = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"  # an image: the body keeps none of it
    r"|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"  # a link's destination (and title)
    r"|\]\[[^\]\n]*\]"  # a reference link's label
    r"|&#?[A-Za-z0-9]+;"  # an entity: "&amp;" is "&" in the body
    r"|<[^<>\n]+>"  # an inline tag
)
_LINE_BREAKS = re.compile(r"[ \t]*\n[ \t]*")


class SourceWording:
    """The words of a source text, each with where it is and whether it is markup."""

    def __init__(self, source: str) -> None:
        self.source = source
        markup = [match.span() for match in _MARKUP.finditer(source)]
        self.words: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.in_markup: list[bool] = []
        k = 0
        for match in _WORD.finditer(source):
            start = match.start()
            while k < len(markup) and markup[k][1] <= start:
                k += 1
            self.words.append(match.group().casefold())
            self.spans.append(match.span())
            self.in_markup.append(k < len(markup) and markup[k][0] <= start)
        self._next = 0  # statements come in order: each is looked for after the last

    def of(self, text: str) -> str:
        """`text` (a statement of the body) in the source's wording, or `text` itself
        when the source has nothing more between its words or does not hold them."""
        wanted = [(match.group().casefold(), match.span()) for match in _WORD.finditer(text)]
        if not wanted:
            return text
        words = [word for word, _ in wanted]
        found = self._find(words, self._next)
        if found is None:
            found = self._find(words, 0)
        if found is None:
            return text
        first, last = found
        self._next = last + 1
        source = self.source
        if last - first + 1 == len(wanted) and not source.startswith("](", self.spans[last][1]):
            return text  # the same words, nothing left out between them (nor a link's destination after)
        start, end = self.spans[first][0], self.spans[last][1]
        if start > 0 and source[start - 1] == "[":
            start -= 1  # a link's label opens the statement
        closing = _MARKUP.match(source, end)
        if closing is not None:
            end = closing.end()  # a link's label closes it: its destination too
        middle = _LINE_BREAKS.sub(" ", source[start:end])
        return text[: wanted[0][1][0]] + middle + text[wanted[-1][1][1]:]

    def _find(self, wanted: list[str], after: int) -> tuple[int, int] | None:
        """The first and last source word of the first run from `after` on that holds
        `wanted` in order with only markup words between them."""
        words, in_markup = self.words, self.in_markup
        head = wanted[0]
        for first in range(after, len(words)):
            if words[first] != head or in_markup[first]:
                continue
            k, i, need = 1, first + 1, wanted[1] if len(wanted) > 1 else ""
            while k < len(wanted) and i < len(words):
                if not in_markup[i]:
                    word = words[i]
                    if word == need:
                        k += 1
                        need = wanted[k] if k < len(wanted) else ""
                    elif need.startswith(word):
                        need = need[len(word):]  # "capabilities](…)through": one word in the body
                    else:
                        break
                i += 1
            if k == len(wanted):
                return first, i - 1
        return None
