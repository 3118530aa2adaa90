"""Helper h927 (sevenhundredfirst, the AfCFTA Secretariat's Secretary-General as its own site and African papers and
agencies print him): a body's initials written with a lower-case letter between capitals ("… of the African
Continental Free Trade Area (AfCFTA), Mr X,", "(AfDB)") close the office before the name as capitals do
(name_offices `BODY_INITIALS` in `INITIALS_IN_BRACKETS`), and before an office later ("The AfCFTA Secretary General
also commended …") they name the body, not an unknown country (phrases `_unknown_country`, `_mixed_case_initials`),
so the description is the one who holds that office. A nation's office with no name, "and", then a body's office and
the name ("South African President and African Union chairman X expressed …") is one person's two offices, not a pair
(phrases `_nations_office_then_a_bodys`, in `_is_group_and`)."""

from .test_patterns import assert_statements


def test_an_office_closed_by_mixed_case_initials_is_the_named_holders():
    assert_statements(
        "The Secretary General of the Coastal Free Trade Area (CoFTA), Mr Tomas Verlin, paid a courtesy call on "
        "the Prime Minister, Mr Ivo Brand, today.\n\n"
        "The CoFTA Secretary General also commended the Government for the rapid growth of its ports.",
        [("Tomas Verlin", "indirect",
          "The CoFTA Secretary General also commended the Government for the rapid growth of its ports.")],
    )


def test_a_development_banks_mixed_case_initials_before_its_president():
    assert_statements(
        "The President of the Coastal Development Bank (CoDB), Ana Morel, met the Minister of Finance, Ivo Brand.\n\n"
        "The CoDB President said the bank would fund two new bridges.",
        [("Ana Morel", "indirect", "The CoDB President said the bank would fund two new bridges.")],
    )


def test_a_degree_in_brackets_is_no_bodys_initials():
    """Guard: a degree's letters in brackets after a name are no office's initials: the person's own sentence stays."""
    assert_statements(
        "Ana Morel (PhD), the Chair of the Coastal Council, met the Minister of Finance, Ivo Brand.\n\n"
        "Morel said the council would meet again in May.",
        [("Ana Morel", "indirect", "Morel said the council would meet again in May.")],
    )


def test_capital_initials_before_an_office_still_name_the_holder():
    """Guard: the capitals' reading, as before."""
    assert_statements(
        "The Secretary-General of the Coastal Trade Union (COTU), Tomas Verlin, met the minister.\n\n"
        "The COTU Secretary-General said the union would open a new office.",
        [("Tomas Verlin", "indirect", "The COTU Secretary-General said the union would open a new office.")],
    )


def test_a_nations_office_and_a_bodys_office_before_one_name_are_one_persons():
    assert_statements(
        "Kenyan President and Coastal Union chairman Tomas Verlin on Thursday expressed his “deep gratitude” to "
        "Lirea for hosting the summit.\n\n"
        "Lirea's Foreign Minister, Ana Morel, welcomed the delegations.",
        [("Tomas Verlin", "indirect",
          "Kenyan President and Coastal Union chairman Tomas Verlin on Thursday expressed his “deep gratitude” "
          "to Lirea for hosting the summit."),
         ("Ana Morel", "indirect", "Lirea's Foreign Minister, Ana Morel, welcomed the delegations.")],
    )


def test_a_known_nations_office_and_a_bodys_initials_office_before_one_name():
    assert_statements(
        "South African President and SADC chairman Tomas Verlin said the region would hold a summit in May.",
        [("Tomas Verlin", "indirect",
          "South African President and SADC chairman Tomas Verlin said the region would hold a summit in May.")],
    )


def test_two_nations_offices_joined_by_and_stay_a_pair():
    """Guard: a second nation's office after the 'and' is another person's: the pair says nothing of one person's."""
    assert_statements(
        "South African President and Kenyan Foreign Minister Ana Morel discussed the summit in May.\n\n"
        "Morel said Kenya would send a delegation.",
        [("Ana Morel", "indirect", "Morel said Kenya would send a delegation.")],
    )
