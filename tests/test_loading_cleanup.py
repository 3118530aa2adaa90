"""Clean-up common to every format: newlines, invisible characters, page debris, paragraphs."""
from __future__ import annotations

import pytest

from readout_tui.loading import parse_document


@pytest.mark.parametrize("format", ["txt", "md"])
def test_windows_and_old_mac_newlines_become_one_paragraph_shape(format: str) -> None:
    document = parse_document("Talks\r\n\r\nFirst line\r\nwrapped.\r\rSecond.\r", format=format)

    assert (document.title, document.body) == ("Talks", "First line wrapped.\n\nSecond.")


def test_hard_wrapped_lines_join_and_paragraphs_are_one_blank_line_apart() -> None:
    text = "\n\n  Talks in Minsk  \n\n\n\nThe head of state\n   met the\tdelegation.   \n \n\u00a0\n\n\nHe said so.\n\n\n"

    document = parse_document(text)

    assert document.title == "Talks in Minsk"
    assert document.body == "The head of state met the delegation.\n\nHe said so."


def test_unicode_spaces_become_plain_spaces_and_invisible_characters_go() -> None:
    text = "Talks\n\nPresident\u00a0Joe\u2009Biden\u202fsaid\u3000so\u200b.\ufeff Soft\u00adhyphen and\u200d joiner.\n"

    document = parse_document(text)

    assert document.body == "President Joe Biden said so. Softhyphen and joiner."
    assert document.notes == ()


def test_control_characters_are_shown_as_symbols_one_for_one_and_noted() -> None:
    text = "Talks\x1b[2J\n\nThe \x1b[31mminister\x1b[0m said\x07 so.\x00\x7f\x9b\n"

    document = parse_document(text)

    assert document.title == "Talks\u241b[2J"
    assert document.body == "The \u241b[31mminister\u241b[0m said\u2407 so.\u2400\u2421\ufffd"
    assert document.notes == ("7 control character(s) shown as visible symbols: \u2400 \u2407 \u241b \u2421 \ufffd",)


def test_controls_that_mean_a_new_line_are_new_lines() -> None:
    text = "Talks\n\nFirst line\x0bwrapped,\x85 still\x0cthe same.\n\x0c\nSecond page.\n"

    document = parse_document(text)

    assert document.body == "First line wrapped, still the same.\n\nSecond page."
    assert document.notes == ()


def test_bidirectional_overrides_are_removed_and_noted() -> None:
    text = "Talks\n\nThe minister \u202esaid nothing\u202c and \u2067left\u2069.\n"

    document = parse_document(text)

    assert document.body == "The minister said nothing and left."
    assert document.notes == ("removed 4 bidirectional control character(s) that could reorder the text on screen",)


def test_a_markdown_entity_cannot_smuggle_in_a_control_character() -> None:
    document = parse_document("Talks\n\nThe minister&#27;[31m said&#x85; so.\n", format="md")

    assert document.body == "The minister[31m said… so."


def test_wording_is_kept_exactly() -> None:
    sentence = "“I hope,” said the head of state — it’s ‘historic’ – isn't it? \"Yes\"… 1–2 (sic) [sic] <…>"

    document = parse_document(f"Talks\n\n{sentence}\n")

    assert document.body == sentence


def test_photo_counters_are_page_debris() -> None:
    text = "Meeting with the Assistant Secretary\n\n  • 1\n\nI hope relations improve, the president said.\n\n• 12\n"

    document = parse_document(text)

    assert document.title == "Meeting with the Assistant Secretary"
    assert document.body == "I hope relations improve, the president said."


@pytest.mark.parametrize("end_mark", ["###", "\\###", "# # #", "  ###  "])
def test_end_marks_are_page_debris(end_mark: str) -> None:
    assert parse_document(f"Talks\n\nThe leaders spoke.\n\n{end_mark}\n").body == "The leaders spoke."


def test_a_section_break_stays_as_its_own_paragraph_between_intro_and_speech() -> None:
    text = (
        "Meeting with Crown Prince\n\n* * *\n\nVladimir Putin received the Crown Prince.\n\n"
        "*  *  *\n\n***\n\nPresident of Russia Vladimir Putin: Your Highness, welcome.\n\n* * *\n"
    )

    document = parse_document(text)

    assert document.body.split("\n\n") == [
        "Vladimir Putin received the Crown Prince.",
        "* * *",
        "President of Russia Vladimir Putin: Your Highness, welcome.",
    ]


def test_bulleted_lines_of_plain_text_are_paragraphs_and_keep_their_bullets() -> None:
    text = "Talks\n\nParticipants:\n- Dr. Melina Abdullah\n- Bishop William Barber\n• Alstom\n"

    assert parse_document(text).body.split("\n\n") == [
        "Participants:",
        "- Dr. Melina Abdullah",
        "- Bishop William Barber",
        "• Alstom",
    ]


def test_plain_text_is_not_read_as_markdown() -> None:
    text = "Talks\n\nThe **bold** [link](url) &amp; stays.\n"

    assert parse_document(text, format="txt").body == "The **bold** [link](url) &amp; stays."


def test_a_plain_text_first_paragraph_that_repeats_the_title_is_dropped() -> None:
    text = "Readout of the Call\n\nReadout of the\u00a0Call\n\nThe leaders spoke.\n"

    assert parse_document(text).body == "The leaders spoke."


def test_a_title_only_readout_has_an_empty_body_and_a_note() -> None:
    document = parse_document("Talks in Minsk\n")

    assert (document.title, document.body, document.notes) == ("Talks in Minsk", "", ("no body text",))


def test_text_in_memory_without_a_title_has_an_empty_title() -> None:
    document = parse_document("   \n\n")

    assert (document.title, document.body, document.notes) == ("", "", ("empty file",))


def test_an_unknown_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown readout format 'html'"):
        parse_document("Talks", format="html")


def test_a_short_numbered_heading_on_its_own_line_is_its_own_paragraph() -> None:
    text = ("Talks\n\n2. The visa\nThe Prime Minister welcomed the new rules.\n\n"
            "3. Energy policy and security\nDaniel Brand expressed interest.\n")

    assert parse_document(text).body.split("\n\n") == [
        "2. The visa",
        "The Prime Minister welcomed the new rules.",
        "3. Energy policy and security",
        "Daniel Brand expressed interest.",
    ]


def test_a_hard_wrapped_numbered_paragraph_is_still_joined() -> None:
    text = ("Talks\n\n"
            "1. The Prime Minister and the envoy agreed that further delays in\n"
            "Talks on the border would harm both countries and their people,\n"
            "and that the talks in Varnholm should resume in the spring.\n")

    assert parse_document(text).body == (
        "1. The Prime Minister and the envoy agreed that further delays in Talks on the border would harm both "
        "countries and their people, and that the talks in Varnholm should resume in the spring.")
