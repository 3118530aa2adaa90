"""Statements found by helper h729's set hard61 (constructions the last stop's helpers found in real pages and left with
no set): speech in an event's "at which" / "where" clause, "with whom he stressed …", "Charge d'Affaires ad Interim of X
in Y Name", "the Vice-President …, Charged with … Affairs, Name", "responded with a smile, saying, “…”".

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_speech_in_an_at_which_clause_is_the_subjects():
    """"X attended the forum …, at which she called for …" (X named after her office) and "In the evening she attended
    a dinner hosted by Y, at which she thanked …": the sentence's subject speaks in the event's clause, as in a "where"
    clause (before, neither sentence was anyone's)."""
    assert_statements((
        "The Minister of Labour of Quessany, Ms. Idony Farrowgate-Lune, on Monday attended the forum on seasonal work "
        "in Belmarch, at which she called for a common code for seasonal workers.\n\n"
        "In the evening she attended a dinner hosted by the Mayor of Belmarch, Mr. Oswy Tennaby-Kraal, at which she "
        "thanked the city for its hospitality."
    ), [
        ("Idony Farrowgate-Lune", "indirect", "The Minister of Labour of Quessany, Ms. Idony Farrowgate-Lune, on Monday "
                                              "attended the forum on seasonal work in Belmarch, at which she called for "
                                              "a common code for seasonal workers."),
        ("Idony Farrowgate-Lune", "indirect", "In the evening she attended a dinner hosted by the Mayor of Belmarch, Mr. "
                                              "Oswy Tennaby-Kraal, at which she thanked the city for its hospitality."),
    ])


def test_speech_in_a_during_which_clause_stays_narrative():
    """Guard: "…, during which she congratulated …" after a lunch is narrative, as the sets decided."""
    assert_statements((
        "President Aldreda Vonnegast-Ilo hosted a lunch for the Prime Minister of Quessany, during which she "
        "congratulated him on his re-election.\n\n"
        "The President said that the two countries would open a new border crossing."
    ), [
        ("Aldreda Vonnegast-Ilo", "indirect", "The President said that the two countries would open a new border "
                                              "crossing."),
    ])


def test_with_whom_he_stressed_is_the_subjects_but_not_with_whom_he_discussed():
    """"…, including one with his counterpart, Ms. Y, with whom he stressed …": the sentence's subject speaks (before, no
    one); "…, with whom he discussed …" and "…, with whom he commented on …" stay a meeting's narrative (guards)."""
    assert_statements((
        "The Minister of Fisheries of Tallevan, Mr. Gorvan Ulbrecht-Sae, has held several meetings in Orsby this week, "
        "including one with his counterpart, Ms. Wenna Castlemoor-Abi, with whom he stressed the need to share the "
        "cod quotas.\n\n"
        "On Friday he met the Governor of the Harbour Bank, Mr. Aldo Fenwray-Kuti, with whom he discussed the loans "
        "for new trawlers.\n\n"
        "He later held a meeting with the journalists who accompanied him, with whom he commented on the results of "
        "the visit."
    ), [
        ("Gorvan Ulbrecht-Sae", "indirect", "The Minister of Fisheries of Tallevan, Mr. Gorvan Ulbrecht-Sae, has held "
                                            "several meetings in Orsby this week, including one with his counterpart, "
                                            "Ms. Wenna Castlemoor-Abi, with whom he stressed the need to share the cod "
                                            "quotas."),
    ])


def test_a_where_clauses_pronoun_is_the_sentence_subject():
    """"The Charge d'Affaires then travelled to X, where he told …" after another man spoke: "he" is the sentence's
    subject, not the last man who spoke (before, the Governor's); and "Charge d'Affaires ad Interim of V in D Name", the
    title spelt out and a place before the name, is that person's office (before, no one)."""
    assert_statements((
        "The Governor of Kestral Province, Mr. Hubert Ollendray-Mfu, on Tuesday received the Charge d'Affaires ad "
        "Interim of Vostrany in Delmarch Tancred Ebbesloe-Nari at the provincial administration.\n\n"
        "The Governor said that the province would welcome firms from Vostrany.\n\n"
        "The Charge d'Affaires then travelled to the port of Wyndle, where he told the port's managers that a "
        "shipping line would call there from May."
    ), [
        ("Hubert Ollendray-Mfu", "indirect", "The Governor said that the province would welcome firms from Vostrany."),
        ("Tancred Ebbesloe-Nari", "indirect", "The Charge d'Affaires then travelled to the port of Wyndle, where he told "
                                              "the port's managers that a shipping line would call there from May."),
    ])


def test_the_diplomat_is_the_charge_daffaires_not_the_foreign_minister():
    """"The Minister of Foreign Affairs of O, Mr. X, received the Charge d'Affaires ad Interim of V in O Y … “…,” the
    diplomat said": the head of the mission, not the foreign minister (before, the Minister's; the chargé's own "The
    Charge d'Affaires said …" no one's)."""
    assert_statements((
        "The Minister of Foreign Affairs of Orlevant, Mr. Sigeric Hallamby-Tse, on Monday received the Charge "
        "d'Affaires ad Interim of Pruvany in Orlevant Leofric Aubernay-Sow at the Ministry.\n\n"
        "The Charge d'Affaires said that his embassy would open a consulate in the north.\n\n"
        "“We have waited ten years for this office,” the diplomat said."
    ), [
        ("Leofric Aubernay-Sow", "indirect", "The Charge d'Affaires said that his embassy would open a consulate in the "
                                             "north."),
        ("Leofric Aubernay-Sow", "direct", "We have waited ten years for this office,"),
    ])


def test_an_office_with_a_remit_charged_with_before_the_name():
    """"The Vice-President of the Council of Ministers, Charged with Defence Affairs, Name, received …": the office
    before the remit is the name's, so "The Vice-President said …" is his (before, no one's)."""
    assert_statements((
        "The Vice-President of the Council of Ministers, Charged with Defence Affairs, Wulfric Anselmane-Dube, "
        "received on Wednesday a delegation of the Parliament of Trevany.\n\n"
        "The Vice-President said that his country valued the training of its officers in Trevany."
    ), [
        ("Wulfric Anselmane-Dube", "indirect", "The Vice-President said that his country valued the training of its "
                                               "officers in Trevany."),
    ])


def test_responded_with_a_smile_saying_leads_the_quotation_in():
    """"Asked …, the Mayor responded with a smile, saying, “…”" and "X responded with a smile saying, “…”": the
    quoted words are the speaker's direct statement, the words before them no statement (before, the whole sentence
    indirect)."""
    assert_statements((
        "The Mayor of Pellacombe, Ms. Gisela Ravenhurst-Oke, on Saturday received a choir from Tolvany.\n\n"
        "Asked by a young singer whether she sang herself, the Mayor responded with a smile, saying, “Only in the "
        "car, and only alone.”\n\n"
        "Ms. Ravenhurst-Oke responded with a smile saying, “The choir is welcome back every year.”"
    ), [
        ("Gisela Ravenhurst-Oke", "direct", "Only in the car, and only alone."),
        ("Gisela Ravenhurst-Oke", "direct", "The choir is welcome back every year."),
    ])
