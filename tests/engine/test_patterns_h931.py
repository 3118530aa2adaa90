"""Helper h931 (sevenhundredthird, the Cook Islands government's leaders as Pacific outlets print them): a lower-case
office, then "of" and its body's capitalised word before the name ("U.S deputy secretary of State Vance Orrin has met
…", "The deputy secretary highlighted …"), read as the name's office (name_offices `office_before`), while an office
"of" a name itself ("The spokesperson of Teodor Malvik Ruiz", "the mayor of Port Essling") gives the name no office."""

from .test_patterns import assert_statements


def test_a_lower_case_office_of_a_capitalised_body_before_the_name_is_his():
    assert_statements(
        "U.S deputy secretary of State Vance Orrin has met with Tavari Prime Minister Selu Marateki on Friday.\n\n"
        "The deputy secretary highlighted the growing partnership between the two countries.",
        [("Vance Orrin", "indirect",
          "The deputy secretary highlighted the growing partnership between the two countries.")],
    )


def test_an_office_of_a_named_person_is_not_the_persons_office():
    """Guard: "The spokesperson of X" is someone else's office; X is not "the spokesperson"."""
    assert_statements(
        "The spokesperson of Teodor Malvik Ruiz issued a statement on Monday.\n\n"
        "Teodor Malvik Ruiz visited the harbour.\n\n"
        "The spokesperson said that the talks had gone well.",
        [],
    )
