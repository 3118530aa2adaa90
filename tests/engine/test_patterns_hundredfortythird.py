"""Rules from the hundred-forty-third held-out set (president.gov.ua, May 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_sentence_opener_capitalised_after_a_comma_opens_a_new_statement():
    """"“…,” the Head of State added, According to him, Russia's blockade … is a kind of example …" (75405):
    the source lost the full stop after the attribution; "According to him" opens a sentence of its own,
    his indirect statement, not more of the attribution (it was given to no one)."""
    body = ("This was stated by President of Norland Ivo Marten during a meeting with students. "
            "\"The harvest is at risk,\" the Head of State noted. "
            "\"Just imagine the chaos this could bring,\" the Head of State added, According to him, "
            "the blockade of the ports is an example for other aggressors.")
    assert_statements(body, expected=[
        ("Ivo Marten", "direct", "The harvest is at risk"),
        ("Ivo Marten", "direct", "Just imagine the chaos this could bring"),
        ("Ivo Marten", "indirect", "According to him, the blockade of the ports is an example for other aggressors."),
    ])


def test_however_capitalised_after_a_comma_opens_a_new_statement():
    """The same with "However": "…, the Minister said, However, the ports remain closed …"."""
    body = ("Minister of Trade of Norland Olaf Strand met with the exporters. "
            "The grain harvest will be large this year, the Minister said, However, the ports remain closed "
            "to merchant ships.")
    assert_statements(body, expected=[
        ("Olaf Strand", "indirect", "The grain harvest will be large this year, the Minister said"),
        ("Olaf Strand", "indirect", "However, the ports remain closed to merchant ships."),
    ])


def test_an_opener_inside_a_quotation_is_not_cut():
    """Guard: inside a quotation the comma and capital stand as written (one direct statement)."""
    body = ("Minister of Trade of Norland Olaf Strand met with the exporters. "
            "\"The harvest will be large, However we look at it, and the ports will open,\" Olaf Strand said.")
    assert_statements(body, expected=[
        ("Olaf Strand", "direct", "The harvest will be large, However we look at it, and the ports will open"),
    ])


def test_quotation_that_lost_its_opening_mark_after_a_carried_sentence_ends_at_its_mark():
    """"The Head of State is convinced that the G20 should … . I think the G20 should put an end to this.
    At least to express its clear position …," the President summed up." (75409): the opening mark was
    lost, and the sentence before the closing one is already his, carried on; the closing sentence's
    words end at the closing mark, "the President summed up" is no one's words (it was in his span)."""
    body = ("President of Norland Ivo Marten took part in an online forum. "
            "\"The war must end,\" Ivo Marten said. "
            "The Head of State is convinced that the summit should condemn the aggression. "
            "I think the summit should put an end to this. "
            "At least to state its clear position in support of Norland,\" the President summed up.")
    assert_statements(body, expected=[
        ("Ivo Marten", "direct", "The war must end"),
        ("Ivo Marten", "indirect", "The Head of State is convinced that the summit should condemn the aggression."),
        ("Ivo Marten", "indirect", "I think the summit should put an end to this."),
        ("Ivo Marten", "direct", "At least to state its clear position in support of Norland"),
    ])
