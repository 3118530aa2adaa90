"""Helper h951 (sevenhundredeighteenth, the Presidency of Honduras): a wire's dateline, a capital, the month and day and
a colon, "Washington, April 27: President X has called … and voiced …" (segments `_CAPITAL_COLON_DATELINE`)."""

from .test_patterns import assert_statements


def test_a_capital_the_month_and_day_and_a_colon_is_a_dateline():
    assert_statements(
        "London, April 27: President Ida Morn has called her counterpart Olaf Brenn and voiced her concern about the "
        "floods.",
        [("Ida Morn", "indirect",
          "President Ida Morn has called her counterpart Olaf Brenn and voiced her concern about the floods.")])


def test_a_capital_and_a_colon_alone_is_still_a_dateline():
    assert_statements(
        "Abu Dhabi: President Ida Morn has called her counterpart Olaf Brenn and voiced her concern about the floods.",
        [("Ida Morn", "indirect",
          "President Ida Morn has called her counterpart Olaf Brenn and voiced her concern about the floods.")])

