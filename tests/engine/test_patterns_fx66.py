"""Helper fx66 (mends of review hr57's findings on this stop's merged rules): a host "welcomed" a delegation "who
said …" still speaks; "The State President" is no guest Governor of another country; the writer's "Let us recall that"
after a dash resumes no quotation; "Provincial governor" opening a sentence is no province's governor; a name's closing
vowel swapped i/o or e/o is another name. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_host_welcoming_a_delegation_who_said_keeps_his_statement():
    """"The delegation was welcomed by the Governor of Kell, Oren Tavik, who said that …": the who-clause speaks, so
    the sentence is the host's statement, not a mere reception (hr57's finding on h1123). Before the mend, none."""
    said = ("The delegation was welcomed by the Governor of Kell, Oren Tavik, who said that Kell is ready to expand "
            "trade with Merrow.")
    body = "On 28 September, a delegation from Merrow region visited the Republic of Kell.\n\n" + said
    result = assert_statements(body, [("Oren Tavik", "indirect", said)])
    assert len(result.statements) == 1


def test_the_state_president_is_no_foreign_governor():
    """"Kaldorian Governor Ilan Brok paid a courtesy call on the leadership of Velchia … The State President said …":
    the Governor is a guest of another country, not the page's State President (hr57's finding on h1125)."""
    body = ("Kaldorian Governor Ilan Brok paid a courtesy call on the leadership of Velchia in Mora.\n\n"
            "The State President said that Velchia welcomes investors from the states of Kaldoria.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Ilan Brok" for s in result.statements)


_BROK_SAYS = "“Our countries are old friends,” says President Ilan Brok. – "


def test_the_writers_let_us_recall_after_a_dash_resumes_no_quotation():
    """"– Let us recall that …" after the attribution sentence is the writer reminding the reader, not the quotation
    resumed (hr57's finding on h1123's `_resumed_after_dash_to_the_end`)."""
    body = ("President Ilan Brok receives the Velchian delegation\n\n" + _BROK_SAYS
            + "Let us recall that in 2019 the two countries signed ten agreements in Mora.")
    assert_statements(body, [("Ilan Brok", "direct", "Our countries are old friends")])


def test_we_remind_after_a_dash_resumes_no_quotation():
    body = ("President Ilan Brok receives the Velchian delegation\n\n" + _BROK_SAYS
            + "We remind that in 2019 the two countries signed ten agreements in Mora.")
    assert_statements(body, [("Ilan Brok", "direct", "Our countries are old friends")])


def test_the_speakers_own_words_after_a_dash_still_resume():
    # guard: "We signed …" after the dash is still the quotation resumed (h1123's case)
    body = ("President Ilan Brok receives the Velchian delegation\n\n" + _BROK_SAYS
            + "We signed ten agreements in Mora.")
    assert_statements(body, [("Ilan Brok", "direct", "Our countries are old friends"),
                             ("Ilan Brok", "direct", "We signed ten agreements in Mora.")])


def test_a_sentence_opening_adjective_before_governor_is_no_province():
    """"Provincial governor referred to …": the capital is the sentence's opening, no place's name, so no speaker
    "Provincial governor" is made up (hr57's finding on h1124's unnamed province governor)."""
    body = ("Kenyan Consul General to Tarsk Irek Dova met on Tuesday with local leaders. "
            "Provincial governor referred to the deep relations between the two sides.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Provincial governor" for s in result.statements)


def test_a_surname_ending_in_o_for_i_is_another_man():
    """"Prime Minister Lorenzo Marchetti … Marchetto, a trader of the port, said …": Italian surnames trade "i" and "o"
    as names of their own (Marchetti, Marchetto; Ferrari, Ferraro), no slip; only "a" for "o" (h1122's "Akpabia",
    "Akpabio") is read as one (hr57's finding on `_closing_vowel_changed`)."""
    body = ("Prime Minister Lorenzo Marchetti received the delegation of Velchia. "
            "Marchetto, a trader of the port, said that the prices rose.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Lorenzo Marchetti" for s in result.statements)


def test_a_surname_ending_in_o_for_e_is_another_man():
    body = ("Prime Minister Lorenzo Ferrante received the delegation of Velchia. "
            "Ferranto, a trader of the port, said that the prices rose.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Lorenzo Ferrante" for s in result.statements)


def test_a_closing_a_for_i_is_no_slip():
    """Finding 6 (h1122's `_GENDERED_ENDINGS`, a feminine's "a" for "i", now outside `_SLIPPED_CLOSING_VOWELS`):
    "Castelli" after "Alex Castella" is another person, not a slip (before the mend, with the endings' set empty, Alex
    Castella's)."""
    body = ("Minister Alex Castella received the delegation of Velchia. "
            "The visit was made when Castelli led the delegation. "
            "Castelli said the election has been fought and won.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Alex Castella" for s in result.statements)


def test_a_relative_clause_with_a_straight_quotation_mark_is_left_as_it_was():
    """Finding 7 (h1122's `_MARKS_NO_RELATIVE_HOLDS`, which its own guard test never reached): a clause after "who"
    that holds a quotation mark is not read as one relative clause by `_opener_before_a_long_who_clause`, so the
    opener is not taken past it and the sentence stays no one's, as before h1122 (with the marks' tuple empty, the
    governor's)."""
    body = ("Governor Oren Valdik of Orsk met the builders. "
            "The governor, who named the hotel \"Relk Hill\", Lake Layout, Orsk, built by Jon Mard from Vesk West, "
            "called on the sons and daughters of Orsk to invest at home.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Oren Valdik" for s in result.statements)
