"""Helper h968 (styles51, transport, infrastructure and public works ministries' international meetings): a port's or
any place's dateline with a comma, a month's name and a day, then a colon, "Karstmouth, March 3: Chairman of the … Ports
Authority, Rear Admiral (Retd) X, received …", in no sentence, as "Washington, April 27: " was when the place was a
capital the lexicon knows (segments `_opens_with_a_capital_city_and_colon`); a portfolio of roads or highways before
an office and "and", "Roads and Transport Cabinet Secretary X has said …", no name "Roads" with a second person after
"and" (lexicon `NON_PERSON_WORDS`: "roads", "highways", as "railways" and "bridges"); a weekday after the comma that
closes a name's apposition, "The Deputy Minister …, X, on Thursday told delegates … that …", stepped over back from the
verb as "today" is (speech_subjects `_skip_fillers_back`); an unnamed representative of an observatory, "A
representative of the Regional Transport Observatory said …", no one named "Observatory" (lexicon `NON_PERSON_WORDS`)."""

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


def test_roads_and_transport_cabinet_secretary_has_said():
    assert_statements(
        "Roads and Transport Cabinet Secretary Hesper Ondiwara has said the Government will fast-track the dualling "
        "of the coastal highway.",
        [("Hesper Ondiwara", "indirect", "Roads and Transport Cabinet Secretary Hesper Ondiwara has said the Government "
          "will fast-track the dualling of the coastal highway.")])


def test_a_portfolio_pair_the_lexicon_knew_before_is_read_as_before():
    # (guard: "Trade and Industry Cabinet Secretary X said …" was read already and stays so)
    assert_statements(
        "Trade and Industry Cabinet Secretary Hesper Ondiwara said exporters would use the new port.",
        [("Hesper Ondiwara", "indirect", "Trade and Industry Cabinet Secretary Hesper Ondiwara said exporters would use "
          "the new port.")])


def test_a_weekday_after_the_apposition_before_the_verb():
    assert_statements(
        "The Deputy Minister of Transport and Logistics, Sunnevi Harlowe, on Thursday told delegates at the road "
        "safety conference that speed cameras would be installed on all highways.",
        [("Sunnevi Harlowe", "indirect", "The Deputy Minister of Transport and Logistics, Sunnevi Harlowe, on Thursday "
          "told delegates at the road safety conference that speed cameras would be installed on all highways.")])


def test_a_weekday_after_a_plural_subject_is_still_no_one():
    # (guard: stepping over the day does not make a group's report one person's)
    assert_statements(
        "The ministers of transport of the two countries, on Thursday agreed that the bridge would open in May.",
        [])


def test_a_representative_of_an_observatory_is_no_one_named():
    assert_statements(
        "Minister Hesper Ondiwara opened the conference. "
        "A representative of the Regional Transport Observatory said the recommendations would be published next month.",
        [])


def test_a_named_minister_before_the_observatory_still_speaks():
    # (guard: the observatory named inside a minister's report leaves the report hers)
    assert_statements(
        "Minister Hesper Ondiwara said the Regional Transport Observatory would publish the figures.",
        [("Hesper Ondiwara", "indirect", "Minister Hesper Ondiwara said the Regional Transport Observatory would publish "
          "the figures.")])
