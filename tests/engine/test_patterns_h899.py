"""Helper h899 (sixhundredseventyninth, NAN, the News Agency of Nigeria, as Nigerian papers print it): a spokesman's
statement quoting his principal "to have said:" ("A statement by Mr X quoted President Y to have said: “…”", Y's words,
the lead-in no one's: speech_subjects._QUOTED_AS, reported_speech._only_leads_in)."""

from .test_patterns import assert_statements


def test_quoted_the_president_to_have_said_gives_him_the_quotation():
    assert_statements(
        "President Ilse Marrow received the outgoing Ambassador of Ostria, Tolvan Reski, in Varno.\n\n"
        "A statement by Mr Dano Kell, the Special Adviser to the President on Media, quoted President Marrow to have "
        "said: “I congratulate you on a successful stay here.\n\n"
        "“I wish you well in your future endeavours,” she said.",
        [("Ilse Marrow", "direct", "I congratulate you on a successful stay here."),
         ("Ilse Marrow", "direct", "I wish you well in your future endeavours")],
    )


def test_quoted_as_saying_is_read_as_before():
    """Guard: "quoted X as saying:" still gives X the words; "is quoted to have been" no speech verb, nothing."""
    assert_statements(
        "President Ilse Marrow received the outgoing Ambassador of Ostria, Tolvan Reski, in Varno.\n\n"
        "A statement by Mr Dano Kell quoted President Marrow as saying: “Our two countries are close.”\n\n"
        "The old treaty quoted Varno to have been the capital of the region.",
        [("Ilse Marrow", "direct", "Our two countries are close.")],
    )
