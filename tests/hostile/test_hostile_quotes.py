"""Quotation marks gone wrong: unbalanced, nested ten deep, thousands in one paragraph.

Whatever the marks, the reader shows every word and the attribution stays within the
body; and the time it takes grows with the length of the paragraph, not its square.
Timings are best-of-three and compared between two sizes, with a wide margin, so a
slow or busy machine does not fail them; a quadratic pass would miss it by far.
"""

from __future__ import annotations

from time import perf_counter

import pytest

from readout_tui.loading import parse_document
from readout_tui.readouts import attribute_document

MARKS = "\"“”„«»‟＂'‘’‚‹›"


def attributed(text: str):
    readout = attribute_document(parse_document(text))
    body = readout.document.body
    for statement in readout.attribution.statements:
        assert 0 <= statement.start < statement.end <= len(body)
        assert statement.text == body[statement.start : statement.end]
    assert "The engine failed" not in " ".join(readout.document.notes)
    return readout


def best_time(text: str) -> float:
    times = []
    for _ in range(3):
        started = perf_counter()
        attributed(text)
        times.append(perf_counter() - started)
    return min(times)


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will never agree, the minister said. And then nothing more.",
        "We will never agree,” the minister said. And then nothing more.",
        '"Open, " the minister said, « and never closed. ‘Nor this.',
        "» « » « The minister said: ” “ ” “",
        "".join(MARKS) + " the minister said " + "".join(reversed(MARKS)),
    ],
)
def test_unbalanced_quotes_keep_every_word(paragraph: str) -> None:
    readout = attributed(f"Talks\n\n{paragraph}\n\nThe leaders met again.")

    assert readout.document.body == f"{paragraph}\n\nThe leaders met again."


def test_quotes_nested_ten_deep() -> None:
    opening, closing = "“‘«‹„\"'“‘«", "»’”'\"“›»’”"
    quote = "".join(f"{mark}level {depth} " for depth, mark in enumerate(opening)) + "deep" + closing
    readout = attributed(f"Talks\n\nThe minister said: {quote}. The talks ended.")

    assert readout.document.body.startswith(f"The minister said: {quote}.")
    assert readout.attribution.statements, "the quotation is attributed"


@pytest.mark.parametrize("mark", ["\"", "“", "«", "'", "”", "mixed"])
def test_thousands_of_quote_marks_in_one_paragraph_take_linear_time(mark: str) -> None:
    def paragraph(count: int) -> str:
        if mark == "mixed":
            return "The minister said " + " ".join(f"{MARKS[n % len(MARKS)]}w{n}" for n in range(count)) + "."
        return "The minister said " + " ".join(f"{mark}word{n}" for n in range(count)) + "."

    small, large = best_time(f"Talks\n\n{paragraph(2_000)}"), best_time(f"Talks\n\n{paragraph(8_000)}")

    print(f"{mark}: 2,000 marks {small * 1000:.0f} ms, 8,000 marks {large * 1000:.0f} ms")
    assert large < 12 * small + 0.05, "four times the marks took far more than four times as long"
    assert large < 5


def test_a_paragraph_of_nothing_but_quote_marks() -> None:
    readout = attributed("Talks\n\n" + "“" * 20_000 + "”" * 20_000)

    assert len(readout.document.body) == 40_000
