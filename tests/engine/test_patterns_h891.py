"""Helper h891 (sixhundredseventysecond, the SAARC Secretariat's Secretaries-General and their hosts): a title-case
headline's bare verb after an office of a body ("Secretary General Of KARC Send Congratulatory Message To …",
titles._bare_verb_after_office)."""

from .test_patterns import assert_statements

LETTER = (
    "Toren Valdy, Secretary General of KARC, felicitated Ilsa Marvo on her appointment as the Prime Minister.\n\n"
    "In his letter to the Prime Minister, the Secretary General said, “Your appointment reflects the trust of "
    "the people.”\n\n"
    "The Secretary General expressed the hope that the summit will be convened soon."
)


def test_a_bare_headline_verb_after_an_office_of_a_body_parts_the_run():
    assert_statements(
        LETTER,
        [("Toren Valdy", "indirect", "Toren Valdy, Secretary General of KARC, felicitated Ilsa Marvo on her "
                                     "appointment as the Prime Minister."),
         ("Toren Valdy", "direct", "Your appointment reflects the trust of the people."),
         ("Toren Valdy", "indirect", "The Secretary General expressed the hope that the summit will be convened soon.")],
        title="Secretary General Of KARC Send Congratulatory Message To New Prime Minister",
    )


def test_a_name_after_an_office_of_a_body_in_a_title_is_kept():
    """Guard: a name's word after an office of a body is no bare verb ("Minister of Foreign Affairs Anna Meet Visits …")."""
    assert_statements(
        "The Minister stressed that the two countries are close partners.",
        [("Anna Meet", "indirect", "The Minister stressed that the two countries are close partners.")],
        title="Minister of Foreign Affairs Anna Meet Visits Tarvik Port",
    )
