"""Rules from the five-hundred-seventeenth held-out set (the Ministry of Foreign Affairs of Chile's English press items,
minrel.gob.cl, 2017-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_advanced_that_is_a_statement():
    """"The Chancellor Heraldo Muñoz advanced that Chile will continue to do everything possible to …"
    (fivehundredseventeenth minrel_2017-08-08): said ahead, as "announced that". Before, nothing."""
    body = ("The Minister of Foreign Affairs, Tomas Reyl, is currently in Varden, taking part in a meeting of "
            "ministers of the region.\n\n"
            "The Chancellor Tomas Reyl advanced that Normia will continue to do everything possible to find "
            "a peaceful outlet from this crisis.")
    assert_statements(body, [
        ("Tomas Reyl", "indirect",
         "The Chancellor Tomas Reyl advanced that Normia will continue to do everything possible to find "
         "a peaceful outlet from this crisis."),
    ])


def test_advanced_with_no_that_is_no_statement():
    """The guard: "advanced the bilateral agenda", "advanced technologies" say nothing; only "advanced that …"."""
    body = ("Foreign Minister Tomas Reyl advanced the bilateral agenda with his counterpart Arvel Dunmore.\n\n"
            "The two ministers visited a centre for advanced technologies in Varden.")
    assert_statements(body, [])


def test_list_of_names_opening_with_advanced_is_no_statement():
    """The guard for list items: a list of institutes, one a paragraph, whose names open with "Advanced …" after a
    lead-in read as a name ("Fabrication USA Institutes:") is no list of anyone's statements; a list item's verb needs
    the complement its form asks for ("advanced that"), as it does in a sentence (`_item_verb_speaks`). Without the
    check, "advanced" as a cue word made the items of a White House readout's list of institutes statements."""
    body = ("Director Arvel Dunmore welcomed the heads of the institutes to the summit.\n\n"
            "Agencies and institutes in attendance at the summit included:\n\n"
            "The Department of Industry\n\n"
            "The Office of the Budget\n\n"
            "Fabrication USA Institutes:\n\n"
            "Advanced Textiles of Normia (ATN)\n\n"
            "Advanced Robotics for Fabrication (ARF)\n\n"
            "Northern Institute for Fabrication Optics (NIFO)\n\n"
            "Bioindustrial Fabrication and Design Ecosystem (BioFADE)\n\n"
            "Coastal Fabrication Institute (CFI)")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Director Arvel Dunmore welcomed the heads of the institutes to the summit."),
    ])


def test_where_clause_after_a_pairs_own_clause_is_the_speakers_only():
    """"Following the signing, both dignitaries conducted a jointpress conference, where the Chilean President
    highlighted that the agreement has …" (fivehundredseventeenth minrel_2017-07-17): the pair's clause is narrative;
    the speaker's words start at the speaker, as after a meeting's clause ("The meeting also addressed …, where the
    President reiterated …"). Before, the whole sentence was hers."""
    body = ("The Minister of Foreign Affairs, Tomas Reyl, signed an agreement with Normia during the state visit of "
            "its President, Arvel Dunmore.\n\n"
            "Following the signing, both dignitaries conducted a joint press conference, where President Dunmore "
            "highlighted that the agreement opens a permanent channel of communication.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "President Dunmore highlighted that the agreement opens a permanent channel of communication."),
    ])


def test_where_clause_after_ones_own_clause_stays_whole():
    """The guard: "X met Y …, where he stressed …" is all the speaker's (one subject, his meeting and his words)."""
    body = ("Foreign Minister Tomas Reyl met the two delegations in Varden, where he stressed that the talks "
            "must go on.")
    assert_statements(body, [
        ("Tomas Reyl", "indirect",
         "Foreign Minister Tomas Reyl met the two delegations in Varden, where he stressed that the talks must go on."),
    ])
