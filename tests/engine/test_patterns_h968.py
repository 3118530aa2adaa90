"""Helper h968 (styles51, transport, infrastructure and public works ministries' international meetings): a port's or
any place's dateline with a comma, a month's name and a day, then a colon, "Karstmouth, March 3: Chairman of the … Ports
Authority, Rear Admiral (Retd) X, received …", in no sentence, as "Washington, April 27: " was when the place was a
capital the lexicon knows (segments `_opens_with_a_capital_city_and_colon`)."""

from .test_patterns import assert_statements


def test_a_place_month_and_day_dateline_before_an_office_and_its_holder():
    assert_statements(
        "Brellhaven, March 3: Chairman of the Brellhaven Ports Authority, Rear Admiral (Retd) Osmund Vatterby, "
        "received a delegation of a shipping line on Tuesday.\n\n"
        "The Chairman apprised the delegation of the dredging of the main channel.",
        [("Osmund Vatterby", "indirect", "The Chairman apprised the delegation of the dredging of the main channel.")])


def test_a_capital_city_dateline_with_its_date_still_opens_the_sentence():
    # (guard: the capital the lexicon knows, "Washington, April 27: ", is read as before)
    assert_statements(
        "Washington, April 27: Transport Secretary Osmund Vatterby has called for a new bridge and voiced his "
        "concern about delays.",
        [("Osmund Vatterby", "indirect", "Transport Secretary Osmund Vatterby has called for a new bridge and voiced "
          "his concern about delays.")])
