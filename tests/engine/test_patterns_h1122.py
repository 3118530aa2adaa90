"""Rules from the eight-hundred-fifty-fifth held-out set (the Governor of Enugu State, Nigeria, in Daily Post, The Sun,
TVC News and Vanguard): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_speaker_set_off_with_the_body_he_comes_from_speaks():
    """"Presenting their stance, Sir Anterus Chikaobi Ezeh, from Ndi Enugu Europe, disclosed that …" (vanguardngr
    2018-12-23): a name set off by commas with the body or place its bearer comes from, all capitalised, is the
    verb's subject, as a name with its office is. Before, no one's."""
    body = ("A delegation of Tarnish people abroad paid a visit to Governor Oren Valdik. "
            "Presenting their stance, Sir Mateo Brannoch Ilse, from Tarnish Friends Europe, disclosed that the "
            "decision was reached after a careful review.")
    assert_statements(body, [
        ("Mateo Brannoch Ilse", "indirect",
         "Presenting their stance, Sir Mateo Brannoch Ilse, from Tarnish Friends Europe, disclosed that the "
         "decision was reached after a careful review."),
    ])


def test_a_speaker_set_off_with_of_and_his_firm_speaks():
    """The same with "of" and a firm: "Jon Relk, of Vesk Holdings, said that …"."""
    body = "Governor Oren Valdik met the investors. Jon Relk, of Vesk Holdings, said that the firm would invest."
    assert_statements(body, [
        ("Jon Relk", "indirect", "Jon Relk, of Vesk Holdings, said that the firm would invest."),
    ])


def test_a_from_aside_in_lower_case_stays_unread():
    """The guard: an aside with "from" and lower-case words ("from a firm in Vesk") is no body's name set off, and
    stays as it was (no statement)."""
    body = "Governor Oren Valdik met the investors. Jon Relk, from a firm in Vesk, said that the firm would invest."
    assert_statements(body, [])


def test_the_envoy_is_the_last_subject_who_heads_a_mission():
    """"The Ambassador of France …, Mrs. X, has acknowledged … the Rwandan High Commissioner …, Amb. Y, … Y expressed
    gratitude … The envoy expressed joy …" (sunnewsonline 2022-10-30): "the envoy" is the last subject when he
    heads a mission of another rank (a High Commissioner), not the ambassador named first; "He said …" then his.
    Before, the ambassador's, then a man named in passing."""
    body = ("The Ambassador of Tarn, Mrs. Ana Vell, has acknowledged the potentials of Orsk State. "
            "Similarly, the Vesk High Commissioner to Tarn, Amb. Stan Kavoro, accompanied by Prince Ole Mund, was "
            "also at the Government House. "
            "Kavoro expressed gratitude to the governor for receiving him. "
            "The envoy expressed joy over the peaceful ambience of the city. "
            "He said that the visit was an opportunity to expand ties.")
    assert_statements(body, [
        ("Ana Vell", "indirect", "The Ambassador of Tarn, Mrs. Ana Vell, has acknowledged the potentials of Orsk State."),
        ("Stan Kavoro", "indirect", "Kavoro expressed gratitude to the governor for receiving him."),
        ("Stan Kavoro", "indirect", "The envoy expressed joy over the peaceful ambience of the city."),
        ("Stan Kavoro", "indirect", "He said that the visit was an opportunity to expand ties."),
    ])


def test_the_envoy_after_a_host_stays_the_first_envoy():
    """The guard: when the last subject heads no mission (the host governor), "the envoy" stays the ambassador the
    readout is about, as before."""
    body = ("The Ambassador of Tarn, Mr. Ali Vell, has acknowledged the potentials of Orsk State. "
            "Similarly, the Vesk High Commissioner to Tarn, Amb. Stan Kavoro, was also at the Government House. "
            "Governor Oren Valdik expressed gratitude to the guests. "
            "The envoy expressed joy over the peaceful ambience of the city.")
    assert_statements(body, [
        ("Ali Vell", "indirect", "The Ambassador of Tarn, Mr. Ali Vell, has acknowledged the potentials of Orsk State."),
        ("Oren Valdik", "indirect", "Governor Oren Valdik expressed gratitude to the guests."),
        ("Ali Vell", "indirect", "The envoy expressed joy over the peaceful ambience of the city."),
    ])


def test_an_opener_before_a_relative_clause_with_commas_speaks():
    """"The governor, who spoke when he formally declared open for business, the Easton Hill Continental Hotel,
    Independence Layout, Enugu, built by Mike Onu from …, called on …" (sunnewsonline 2021-04-29): the relative
    clause holds commas of its own; the opener is the verb's subject, not the builder. Before, no one's."""
    body = ("Governor Oren Valdik of Orsk has reiterated his commitment to investment. "
            "The governor, who spoke when he declared open the Relk Hill Hotel, Lake Layout, Orsk, built by Jon Mard "
            "from Vesk West, called on the sons and daughters of Orsk to think home in their investment decisions.")
    assert_statements(body, [
        ("Oren Valdik", "indirect", "Governor Oren Valdik of Orsk has reiterated his commitment to investment."),
        ("Oren Valdik", "indirect",
         "The governor, who spoke when he declared open the Relk Hill Hotel, Lake Layout, Orsk, built by Jon Mard "
         "from Vesk West, called on the sons and daughters of Orsk to think home in their investment decisions."),
    ])


def test_a_relative_clause_with_a_quotation_is_left_as_it_was():
    """The guard: a clause after "who" that holds a quotation mark is not read as one relative clause (the opener is
    not taken past it): "The governor, who said “we are ready”, Jon Mard, the builder, added …" stays the builder's
    or no one's as before, never the governor's."""
    body = ("Governor Oren Valdik of Orsk met the builders. "
            "The governor, who said “we are ready”, Lake Layout, Orsk, added that the hotel would open soon.")
    result = assert_statements(body, [
        ("Oren Valdik", "direct", "we are ready"),
    ])
    assert not any(s.text.startswith("The governor, who said") for s in result.statements)


def test_a_surname_with_its_closing_vowel_changed_is_the_one_named():
    """"President of the 10th Senate Godwil Akpabia says …", then "Akpabio said election has been fought and won …"
    (tvcnews 2023-06-17): a lone surname that the full name's misspells in its closing vowel only is that person.
    Before, no one's."""
    body = ("President of the Senate Tomas Brennavia says the government is eager to partner with Orsk State. "
            "The visit was made when Brennavio led the delegation. "
            "Brennavio said the election has been fought and won.")
    assert_statements(body, [
        ("Tomas Brennavia", "indirect",
         "President of the Senate Tomas Brennavia says the government is eager to partner with Orsk State."),
        ("Tomas Brennavia", "indirect", "Brennavio said the election has been fought and won."),
    ])


def test_a_feminine_ending_is_no_slip():
    """The guard: "Kowalski" and "Kowalska" trade "i" for "a", a feminine's ending, not a slip: "Marta Dobrowska …
    Dobrowski said …" is not Marta's."""
    body = ("Minister Marta Dobrowska says the government is eager to partner with Orsk State. "
            "The visit was made when Dobrowski led the delegation. "
            "Dobrowski said the election has been fought and won.")
    result = assert_statements(body, [
        ("Marta Dobrowska", "indirect",
         "Minister Marta Dobrowska says the government is eager to partner with Orsk State."),
    ])
    assert all(s.speaker is None or "Dobrowska" not in s.speaker or "Dobrowski" not in s.text
               for s in result.statements)
