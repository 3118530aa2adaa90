"""Helper h893 (sixhundredseventythird, the Government of Bermuda as Bernews prints it): an unnamed spokesperson brought
in by "a"/"an" is the speaker of a quotation's tag ("“…,” a Government spokesperson said," / "A Government spokesperson
said, “…") and of a sentence's closing tag ("…, a Government spokesperson said.") (people.People.unnamed_spokesperson,
sentence_reading._speaker_after_quote)."""

from .test_patterns import assert_statements


def test_unnamed_spokesperson_after_a_quotation_is_its_speaker():
    assert_statements(
        "Premier Jon Vale met Minister Ann Rook in Parlo.\n\n"
        "“The talks were useful,” a Government spokesperson said.\n\n"
        "A Government spokesperson said, “The Premier will return on Friday.\n\n"
        "“He is grateful.”",
        [("A Government spokesperson", "direct", "The talks were useful"),
         ("A Government spokesperson", "direct", "The Premier will return on Friday."),
         ("A Government spokesperson", "direct", "He is grateful.")],
    )


def test_unnamed_spokesperson_closing_a_sentence_owns_it():
    assert_statements(
        "Premier Jon Vale met Minister Ann Rook in Parlo.\n\n"
        "It was an occasion to build a working relationship, a spokeswoman said.",
        [("A spokeswoman", "indirect", "It was an occasion to build a working relationship, a spokeswoman said.")],
    )


def test_spokesperson_over_a_readout_leaves_it_to_those_it_tells_of():
    """Guard: "A Government spokesperson said:" over a readout gives its sentences to those they tell of: unchanged."""
    assert_statements(
        "A Government spokesperson said:\n\n"
        "Premier Jon Vale spoke to Minister Ann Rook this morning. The Premier stressed the importance of trade.",
        [("Jon Vale", "indirect", "The Premier stressed the importance of trade.")],
    )


def test_tweeted_a_photo_saying_leads_the_quotation_in():
    """sentence_reading._SHARED_THING_BEFORE_SAYING: "The Premier tweeted the photo below saying, “…" with no comma
    before "saying": the Premier's words, over the paragraphs the quotation runs on into."""
    assert_statements(
        "Premier Jon Vale met Ambassador Ann Rook.\n\n"
        "The Premier tweeted the photo below saying, “Yesterday, I met the Ambassador.\n\n"
        "“We will build ties.”",
        [("Jon Vale", "direct", "Yesterday, I met the Ambassador."),
         ("Jon Vale", "direct", "We will build ties.")],
    )


def test_a_comma_before_saying_still_leads_in():
    """Guard: "The Premier posted a photo, saying, “…" (a comma before "saying") was read before: unchanged."""
    assert_statements(
        "Premier Jon Vale met Ambassador Ann Rook.\n\n"
        "The Premier posted a photo, saying, “Yesterday, I met the Ambassador.\n\n"
        "“We will build ties.”",
        [("Jon Vale", "direct", "Yesterday, I met the Ambassador."),
         ("Jon Vale", "direct", "We will build ties.")],
    )
