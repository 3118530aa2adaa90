"""Helper h939 (sevenhundredtenth, the Mayor of Tirana): an opening “ typed against the full stop before it with a
space after it ("… at the local level.“ I look forward …,” Veliaj said.") opens the quotation the next ” closes,
rather than closing a quotation whose opening was lost, and opens the sentence after the stop
(segments `opening_glued_to_a_sentence_end`, read in `_sentence_ends` and quotes.paragraph_quotes)."""

from .test_patterns import assert_statements

OPENING = "The Mayor of Brellin, Tomas Quarrow, received the Mayor of Ostvale, Pera Lindqvast."


def test_an_opening_mark_glued_to_the_full_stop_opens_the_quotation():
    assert_statements(
        OPENING + "\n\n"
        "Mayor Quarrow said the two cities have much in common, so it is time to work together.“ I look forward "
        "to a new partnership with Ostvale. Our teams will meet soon,” Quarrow said.",
        [("Tomas Quarrow", "indirect", "Mayor Quarrow said the two cities have much in common, so it is time to work together."),
         ("Tomas Quarrow", "direct", "I look forward to a new partnership with Ostvale. Our teams will meet soon,")])


def test_a_german_style_closing_mark_still_closes():
    assert_statements(
        OPENING + "\n\n"
        "Mayor Lindqvast said: „We are ready to work together.“ Mayor Quarrow thanked her, calling the visit “a good start”.",
        [("Pera Lindqvast", "direct", "We are ready to work together."),
         ("Tomas Quarrow", "indirect", "Mayor Quarrow thanked her, calling the visit “a good start”.")])


def test_after_the_meeting_between_the_subject_and_said():
    """"X after the meeting said: “…”": when he spoke, as "X during the meeting stressed" (speech_subjects
    `_meeting_aside_start`)."""
    assert_statements(
        OPENING + "\n\n"
        "On the other hand, the Mayor of Brellin Mr. Quarrow after the meeting said: “It was a fine day in Brellin.”",
        [("Tomas Quarrow", "direct", "It was a fine day in Brellin.")])


def test_after_the_meeting_opening_its_sentence_is_no_subject():
    assert_statements(
        OPENING + "\n\n"
        "After the meeting the guests visited the old town. Mayor Lindqvast said she was grateful for the welcome.",
        [("Pera Lindqvast", "indirect", "Mayor Lindqvast said she was grateful for the welcome.")])
