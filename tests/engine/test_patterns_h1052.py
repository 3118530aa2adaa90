"""Helper h1052 (KE61, a known-error pass on KE57's M1 and S1): a closing tag "…, said X" whose speaker is set off
after the name ("…, said Tan Wei, a deputy to the assembly and also mayor of Kell city."): the words before are his
report, a body's or a side's speech verb inside them no cut, as when the tag ends the sentence at the name."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "Mayor Tan Wei of Kell met a delegation from Norlan on Monday.\n\n"


def test_closing_tag_with_who_the_speaker_is_keeps_the_sides_report_inside():
    body = _LEAD + (
        "During the floods, the Norlan side reported to Kell every day about the water levels of the upper reaches, "
        "giving a lot of help to the city, said Tan Wei, a deputy to the assembly and also mayor of Kell."
    )
    assert_statements(body, [
        ("Tan Wei", "indirect",
         "During the floods, the Norlan side reported to Kell every day about the water levels of the upper reaches, "
         "giving a lot of help to the city, said Tan Wei, a deputy to the assembly and also mayor of Kell."),
    ])


def test_closing_tag_with_a_relative_clause_keeps_the_sides_report_inside():
    body = _LEAD + "The Norlan side reported to Kell about the water levels, said Tan Wei, who chairs the flood board."
    assert_statements(body, [
        ("Tan Wei", "indirect",
         "The Norlan side reported to Kell about the water levels, said Tan Wei, who chairs the flood board."),
    ])


def test_closing_tag_at_the_name_as_before():
    body = _LEAD + "The Norlan side reported to Kell about the water levels, said Tan Wei."
    assert_statements(body, [
        ("Tan Wei", "indirect", "The Norlan side reported to Kell about the water levels, said Tan Wei."),
    ])


def test_tag_followed_by_a_second_clause_is_no_closing_tag():
    # the comma after the name opens no "who" or "a/the …" phrase: the tag does not close the sentence, the side's
    # report stays cut off as before
    body = _LEAD + (
        "The Norlan side reported to Kell about the water levels, said Tan Wei, adding that the dam is safe."
    )
    assert_statements(body, [
        ("Tan Wei", "indirect", "said Tan Wei, adding that the dam is safe."),
    ])
