"""Helper h933 (sevenhundredfifth, Bhutan's Prime Minister's Office as BBS, Kuensel and The Bhutanese print it):
Bhutan's Dzongkha title of its Prime Minister, "Lyonchhen" (and the press's spellings "Lyonchhoen", "Lyonchoen",
"Lyonchen"), is an office, as "Taoiseach" is: bare after "Prime Minister X" it is X, and before the name it is no part
of the name (lexicon `ROLE_WORDS`, `OFFICE_NAMED_ALSO`)."""

from .test_patterns import assert_statements


def test_a_bare_lyonchhen_after_the_prime_minister_named_is_he():
    assert_statements(
        "The Secretary General of the Orvan Union, Halvard Mestre, paid a farewell call on Prime Minister Pemba "
        "Tenzing Norlo today.\n\n"
        "Lyonchoen expressed his appreciation to the Secretary General for his work.\n\n"
        "“Our union will keep growing,” said Lyonchhen.",
        [("Pemba Tenzing Norlo", "indirect",
          "Lyonchoen expressed his appreciation to the Secretary General for his work."),
         ("Pemba Tenzing Norlo", "direct", "Our union will keep growing")],
    )


def test_lyonchhen_before_the_name_is_his_office_not_his_name():
    result = assert_statements(
        "Lyonchhen Pemba Tenzing Norlo received the Ambassador of Valdoria, Mr. Ivo Danel, today.\n\n"
        "Lyonchhen Pemba Tenzing Norlo thanked the Ambassador for his country's support.",
        [("Pemba Tenzing Norlo", "indirect",
          "Lyonchhen Pemba Tenzing Norlo thanked the Ambassador for his country's support.")],
    )
    assert all(s.speaker != "Lyonchhen Pemba Tenzing Norlo" for s in result.statements)


def test_a_lyonchhen_is_no_other_office():
    """Guard: a Lyonchhen is the Prime Minister, not a guest of another office ("the Ambassador said")."""
    assert_statements(
        "Prime Minister Pemba Tenzing Norlo received the Ambassador of Valdoria, Mr. Ivo Danel, today.\n\n"
        "The Ambassador said that Valdoria would open a consulate. Lyonchhoen said that the consulate was welcome.",
        [("Ivo Danel", "indirect", "The Ambassador said that Valdoria would open a consulate."),
         ("Pemba Tenzing Norlo", "indirect", "Lyonchhoen said that the consulate was welcome.")],
    )
