"""Helper h970 (sevenhundredthirtythird, the Presidency of the Central African Republic as English outlets print it):
a fronted participle clause, then a name and a relative clause with no opening comma, closed by the comma before the
verb, "Speaking after taking his oath of office, X who is the second president … after Y in 1993, expressed …": X
speaks, not Y named last in the clause (speech_subjects, `_subject_before_who` read after `_opens_clause`); "the new
president" no one named holds is the one named its "-elect", who has now taken it up (people `resolve_description`,
`_NEW_HOLDER_DESCRIPTION`)."""

from .test_patterns import assert_statements


def test_fronted_participle_then_name_and_unopened_who_clause_is_the_names():
    assert_statements(
        "Ostravian president-elect Dorin Valek was on Monday sworn in as president in Port Arlen.\n\n"
        "Speaking after taking his oath of office, Valek who is the third elected president of Ostravia after Ema "
        "Lind in 2001, expressed his appreciation for the support of friendly nations.",
        [("Dorin Valek", "indirect", "Speaking after taking his oath of office, Valek who is the third elected "
          "president of Ostravia after Ema Lind in 2001, expressed his appreciation for the support of friendly "
          "nations.")])


def test_name_and_unopened_who_clause_opening_the_sentence_still_the_names():
    # guard: the sentence opening with the name, as before
    assert_statements(
        "Foreign Minister Dorin Valek met Ema Lind in Port Arlen.\n\n"
        "Foreign Minister Valek who is on a visit to Port Arlen, stressed the value of the fishing treaty.",
        [("Dorin Valek", "indirect", "Foreign Minister Valek who is on a visit to Port Arlen, stressed the value of "
          "the fishing treaty.")])


def test_the_new_president_is_the_one_named_president_elect():
    assert_statements(
        "Ostravian president-elect Dorin Valek was on Monday sworn in as president in Port Arlen.\n\n"
        "The ceremony was attended by Ema Lind, who led the country from 2001 to 2006.\n\n"
        "The new president reiterated the need for lasting security.",
        [("Dorin Valek", "indirect", "The new president reiterated the need for lasting security.")])


def test_the_president_is_still_the_untitled_host_beside_a_president_elect():
    # guard: no "new": the bare office stays the readout's own untitled head, not the president-elect he calls
    assert_statements(
        "Ira Hollen spoke by phone with President-elect Dorin Valek of Ostravia today.\n\n"
        "The President congratulated him on his victory.",
        [("Ira Hollen", "indirect", "The President congratulated him on his victory.")])
