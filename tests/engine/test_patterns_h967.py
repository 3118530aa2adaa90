"""Helper h967 (sevenhundredthirtysecond, the Chief Minister's Office of Punjab, India, as Indian outlets print it): a
lower-case office held *to* another before a titled name, "special principal secretary to CM X", makes X a secretary to
the chief minister, not a chief minister whom a later "the CM" or "he" means (name_registry `_office_serving_before`,
`_SERVING_OFFICES`)."""

from .test_patterns import assert_statements

LEAD = ("Varda chief minister Arvel Dorn has urged investors to become partners in the state's progress.\n\n"
        "The CM made the request after meeting a delegation of Ostravian companies.\n\n"
        "He said the state is open for business.\n\n")


def test_a_secretary_to_the_cm_is_not_the_cm():
    assert_statements(
        LEAD + "Principal secretary Mira Holt, special principal secretary to CM Orrin Kast and CEO Tamsin Vell were "
        "among those present.",
        [("Arvel Dorn", "indirect", "Varda chief minister Arvel Dorn has urged investors to become partners in the "
          "state's progress."),
         ("Arvel Dorn", "indirect", "He said the state is open for business.")])


def test_an_adviser_to_the_chief_minister_is_not_the_chief_minister():
    assert_statements(
        LEAD + "The delegation also met adviser to Chief Minister Orrin Kast on Monday.",
        [("Arvel Dorn", "indirect", "Varda chief minister Arvel Dorn has urged investors to become partners in the "
          "state's progress."),
         ("Arvel Dorn", "indirect", "He said the state is open for business.")])


def test_a_chief_minister_after_to_with_no_serving_office_keeps_the_office():
    # guard: "a letter to CM X" names the chief minister himself; "the CM" after means him
    assert_statements(
        "Governor Mira Holt wrote a letter to CM Orrin Kast on Monday.\n\n"
        "The CM said the state would reply within a week.",
        [("Orrin Kast", "indirect", "The CM said the state would reply within a week.")])
