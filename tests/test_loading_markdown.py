"""Markdown bodies come out as plain words: no syntax, the wording exactly as written."""
from __future__ import annotations

import time

import pytest

from readout_tui.loading import parse_document


def body(markdown: str) -> str:
    return parse_document("---\ntitle: T\n---\n" + markdown, format="md").body


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("The *President* said **no** and _then_ __left__.", "The President said no and then left."),
        ("***Presenters:***", "Presenters:"),
        ("**Speakers\u00a0**", "Speakers"),
        ("*Participants included:\u00a0*", "Participants included:"),
        ("See the [Presidential\nMemorandum](https://example.gov/a_(b)) today.", "See the Presidential Memorandum today."),
        ("A [reference link][1] here.\n\n[1]: https://example.gov", "A reference link here."),
        ("Before ![a chart](https://example.gov/c.png) after.", "Before after."),
        ("Read <https://example.gov/pcast/> now.", "Read https://example.gov/pcast/ now."),
        ("The 27<sup>th</sup> and <u>*Meeting*</u> at Southw<s>e</s>st.", "The 27th and Meeting at Southwest."),
        ('<span style="text-decoration: underline">Latino leaders</span>', "Latino leaders"),
        ("Science &amp; Technology&nbsp;Council, &#8220;quoted&#8221;", "Science & Technology Council, “quoted”"),
        ("Secretary of Education\\*, build\\[ing\\], \\#1 and 2\\. Interior", "Secretary of Education*, build[ing], #1 and 2. Interior"),
        ("Run `pip *install*` today.", "Run pip *install* today."),
        ("Use snake_case and 5 * 3 and ~5 million.", "Use snake_case and 5 * 3 and ~5 million."),
        ("~~Struck~~ words.", "Struck words."),
        ("A comment<!-- hidden --> goes.", "A comment goes."),
        ("An [unclosed bracket and (parens.", "An [unclosed bracket and (parens."),
    ],
)
def test_inline_syntax_goes_and_wording_stays(markdown: str, text: str) -> None:
    assert body(markdown) == text


def test_headings_list_items_and_quotes_become_paragraphs() -> None:
    markdown = (
        "# Participants\n"
        "The meeting participants included:\n"
        "-   Dr. Melina Abdullah, Original Organizer\n"
        "-   Bishop William Barber, National Co-Chair of the Poor People’s\n"
        "    Campaign\n"
        "*   Curt Decker\n"
        "\n"
        "Setext heading\n"
        "--------------\n"
        "> “We will rebuild,” the President\n"
        "> said.\n"
    )

    assert body(markdown).split("\n\n") == [
        "Participants",
        "The meeting participants included:",
        "Dr. Melina Abdullah, Original Organizer",
        "Bishop William Barber, National Co-Chair of the Poor People’s Campaign",
        "Curt Decker",
        "Setext heading",
        "“We will rebuild,” the President said.",
    ]


def test_ordered_lists_keep_their_numbers_but_a_wrapped_year_is_no_list() -> None:
    markdown = (
        "1.  Ensure that oversight\n"
        "    protects consumers;\n"
        "2.  Combat valuation bias.\n"
        "\n"
        "The plan was announced in\n"
        "2021. The President welcomed it.\n"
    )

    assert body(markdown).split("\n\n") == [
        "1. Ensure that oversight protects consumers;",
        "2. Combat valuation bias.",
        "The plan was announced in 2021. The President welcomed it.",
    ]


def test_a_hard_line_break_ends_the_paragraph() -> None:
    markdown = "Lael Brainard, Director of the National\nEconomic Council  \nKristina Costa, Deputy Assistant\\\nLivia Shmavonian\n"

    assert body(markdown).split("\n\n") == [
        "Lael Brainard, Director of the National Economic Council",
        "Kristina Costa, Deputy Assistant",
        "Livia Shmavonian",
    ]


def test_html_figures_leave_only_their_caption() -> None:
    markdown = (
        "<figure>\n<img\nsrc=\"https://example.gov/photo.jpg?w=640\"\nclass=\"wp-image-1\" loading=\"lazy\"\n"
        "sizes=\"(max-width: 3000px) 100vw, 3000px\"\nalt=\"A photo\" />\n"
        "<figcaption aria-hidden=\"true\">The President at the meeting. (Official\nWhite House Photo)</figcaption>\n"
        "</figure>\n"
    )

    assert body(markdown) == "The President at the meeting. (Official White House Photo)"


def test_fenced_code_keeps_its_characters() -> None:
    assert body("```\n*not emphasis* [not](a link)\n```\n") == "*not emphasis* [not](a link)"


def test_thematic_breaks_and_asterisk_lines_are_section_breaks() -> None:
    markdown = "Intro.\n\n* * *\n\nSpeech.\n\n\\*\\*\\*\n\nMore.\n\n---\n\n***\n\nEnd.\n"

    assert body(markdown) == "Intro.\n\n* * *\n\nSpeech.\n\n* * *\n\nMore.\n\n* * *\n\nEnd."


def test_without_a_title_the_first_heading_is_the_title() -> None:
    document = parse_document("# Talks in *Minsk*\n\nThe leaders met.\n", format="md")

    assert (document.title, document.body) == ("Talks in Minsk", "The leaders met.")


def test_without_a_title_or_heading_the_first_line_is_the_title() -> None:
    document = parse_document("**Talks** in Minsk\nThe leaders met\nat noon.\n", format="md")

    assert (document.title, document.body) == ("Talks in Minsk", "The leaders met at noon.")


def test_a_first_paragraph_repeating_the_title_is_dropped() -> None:
    markdown = "---\ntitle: Readout of the Call\n---\n**Readout of the\nCall**\n\nThe leaders spoke.\n"

    assert parse_document(markdown, format="md").body == "The leaders spoke."


@pytest.mark.parametrize("end_mark", ["\\###", "###", "*\\###*", "**\\###**", "# # #"])
def test_end_marks_are_dropped_however_they_are_dressed(end_mark: str) -> None:
    assert body(f"The leaders spoke.\n\n{end_mark}\n") == "The leaders spoke."


def test_an_end_mark_run_into_the_last_paragraph_is_dropped() -> None:
    assert body("The leaders welcomed improving\nbilateral ties. \\###\n") == "The leaders welcomed improving bilateral ties."


def test_a_hashtag_is_wording() -> None:
    assert body("Advocates from #myimagemychoice and the #1 priority.\n") == "Advocates from #myimagemychoice and the #1 priority."


def test_block_quotes_and_nested_list_markers_leave_only_words() -> None:
    assert body("> > -   - Nested item\n> > in a quote.\n") == "Nested item in a quote."


def test_pathological_markdown_stays_fast() -> None:
    started = time.perf_counter()
    for text in ("<!--" * 20_000, "[" * 100_000, "`` ` ```" * 20_000, "> " * 100_000 + "x", "<a b " * 20_000):
        assert "\x00" not in body(text)
    assert time.perf_counter() - started < 5
