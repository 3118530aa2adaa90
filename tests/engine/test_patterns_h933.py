"""Helper h933 (sevenhundredfifth, Bhutan's Prime Minister's Office as BBS, Kuensel and The Bhutanese print it):
Bhutan's Dzongkha title of its Prime Minister, "Lyonchhen" (and the press's spellings "Lyonchhoen", "Lyonchoen",
"Lyonchen"), is an office, as "Taoiseach" is: bare after "Prime Minister X" it is X, and before the name it is no part
of the name (lexicon `ROLE_WORDS`, `OFFICE_NAMED_ALSO`); a lower-case minister "for" a body, "state" maybe before him,
before a name and its comma is the name's office (name_offices `_LOWER_OFFICE_BEFORE`); a lower-case office before a
name whose run opens with a personal style ("UAE ambassador Dr X") is the name's (name_registry, `office_before`)."""

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


def test_a_lower_case_state_minister_for_a_body_before_the_name_is_hers():
    """South Asian presses' "state minister for …" (a Minister of State), in lower case before the name and its comma,
    the body's name long: "the state minister" later is she (name_offices `_LOWER_OFFICE_BEFORE`)."""
    assert_statements(
        "Prime Minister Pemba Tenzing Norlo met the state minister for the Department of Post and Telecommunication "
        "of Valdoria, Begum Sarina Kolwati, at the palace this morning.\n\n"
        "Conveying the best wishes of the people of Valdoria, the state minister said that Valdoria valued the ties.",
        [("Begum Sarina Kolwati", "indirect", "Conveying the best wishes of the people of Valdoria, the state minister said "
          "that Valdoria valued the ties.")],
    )


def test_a_lower_case_minister_for_a_body_before_the_name_is_his():
    assert_statements(
        "Prime Minister Pemba Tenzing Norlo met the minister for the Department of Rural Roads of Valdoria, Ivo "
        "Danel, at the palace.\n\n"
        "The minister said that the roads would be finished next year.",
        [("Ivo Danel", "indirect", "The minister said that the roads would be finished next year.")],
    )


def test_a_minister_for_a_topic_in_lower_case_is_no_office_of_a_body():
    """Guard: "the minister for trade" with no body in capitals after "for" reads no office before the name (a thing
    talked of, not an office held by the named)."""
    assert_statements(
        "Prime Minister Pemba Tenzing Norlo met the state minister for trade, Ivo Danel, at the palace.\n\n"
        "Prime Minister Norlo said that trade would grow.",
        [("Pemba Tenzing Norlo", "indirect", "Prime Minister Norlo said that trade would grow.")],
    )


def test_a_lower_case_office_before_a_doctor_is_the_doctors():
    assert_statements(
        "Prime Minister Pemba Tenzing Norlo met with Valdorian ambassador Dr Ivo Danel yesterday.\n\n"
        "The ambassador conveyed the regards of his President and said that Valdoria admired the kingdom.",
        [("Ivo Danel", "indirect", "The ambassador conveyed the regards of his President and said that Valdoria "
          "admired the kingdom.")],
    )


def test_a_doctor_with_no_office_before_him_holds_none():
    """Guard: a lower-case word before "Dr X" that is no office gives him none ("the ambassador" stays no one's)."""
    assert_statements(
        "Prime Minister Pemba Tenzing Norlo met with Dr Ivo Danel and the ambassador of Valdoria yesterday.\n\n"
        "Dr Danel said that the hospital would open in May.",
        [("Ivo Danel", "indirect", "Dr Danel said that the hospital would open in May.")],
    )
