"""Rules from the eight-hundred-ninety-ninth held-out set (the Governor of Borno State, Babagana Zulum, and those who
speak at or of his meetings, 2019-2021): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MET = "President Ilse Dorn on Thursday met with Governor Olek Varn of Zarnia at the State House. "


def test_berated_a_body_speaks():
    """"Zulum also berated the Rapid Response Squad for failing to have a presence on the road." (TVC News
    2020-12-30): a rebuke voiced, as "criticised". Before, no one's."""
    body = _MET + "Varn also berated the highway patrol for failing to guard the road."
    assert_statements(body, [
        ("Olek Varn", "indirect", "Varn also berated the highway patrol for failing to guard the road."),
    ])


def test_a_participle_berated_is_no_statement():
    """The guard: "berated" as a participle of a body, no person its subject."""
    body = _MET + "The highway patrol, berated for its failures, withdrew from the road."
    assert_statements(body, [])


def test_empathised_after_a_statement_released_by_his_spokesman_is_the_subjects():
    """"Zulum in a statement released on Monday by his spokesman, Isa Gusau, empathised with the families of soldiers
    killed in Mainok." (The Nigerian Voice 2021-04-27): sympathy voiced, as "commiserated with"; the statement's day
    before "by", the issuer an office and its holder set off by commas: the governor's, not the spokesman's. Before, no
    one's ("empathised" unread) and, with "said", the spokesman's."""
    body = _MET + ("Varn in a statement released on Monday by his spokesman, Ida Morn, empathised with the families of "
                   "soldiers killed in Tarvik.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "Varn in a statement released on Monday by his spokesman, Ida Morn, empathised with "
         "the families of soldiers killed in Tarvik."),
    ])


def test_said_after_a_statement_signed_by_his_spokesman_is_the_subjects():
    """The same with "signed by" and "said", a comma after the subject."""
    body = _MET + "Varn, in a statement signed by his spokesman, Ida Morn, said the talks were useful."
    assert_statements(body, [
        ("Olek Varn", "indirect", "Varn, in a statement signed by his spokesman, Ida Morn, said the talks were useful."),
    ])


def test_the_spokesman_named_as_the_subject_speaks():
    """The guard: the spokesman set off by commas as the sentence's own subject, no statement "by" him: his words."""
    body = _MET + "The governor's spokesman, Ida Morn, said on Monday the talks were useful."
    assert_statements(body, [
        ("Ida Morn", "indirect", "The governor's spokesman, Ida Morn, said on Monday the talks were useful."),
    ])


def test_maintained_a_thatless_clause_speaks():
    """"He maintained the international humanitarian organisations must work with govrnments of …" (The Sun
    2021-06-24): a content clause with no "that", "the", three lower-case words, then a modal. Before, no one's."""
    body = _MET + "Varn maintained the international aid organisations must work with the state governments."
    assert_statements(body, [
        ("Olek Varn", "indirect", "Varn maintained the international aid organisations must work with the state "
         "governments."),
    ])


def test_maintained_an_object_is_no_statement():
    """The guard: "maintained the ceasefire line for a decade", no modal after the object: an act."""
    body = _MET + "Varn maintained the old ceasefire line for a decade."
    assert_statements(body, [])


def test_a_bare_surname_opening_a_sentence_is_the_later_he():
    """"President Muhammadu Buhari … met with Governor Babagana Zulum … / Zulum spoke to State House Correspondents
    after the meeting. / He disclosed that his visit was on …" (The Nigerian Voice 2020-04-09): the surname that opens
    a sentence with no speech and no other name is its subject, whom "He" means. Before, the President's."""
    body = _MET + "Varn spoke to State House Correspondents after the meeting.\n\nHe disclosed that his visit was on " \
        "the recent floods in Tarvik."
    assert_statements(body, [
        ("Olek Varn", "indirect", "He disclosed that his visit was on the recent floods in Tarvik."),
    ])


def test_a_surname_after_a_fronted_phrase_is_the_later_he():
    """"Later in Maiduguri, Zulum alleged corruption in …. He maintained …" (The Sun 2021-06-24): a short fronted
    phrase of time or place, its comma, then the bare surname: the subject still. Before, the President's."""
    body = _MET + "Later in Tarvik, Varn toured the flooded camps.\n\nHe insisted that the camps must be moved."
    assert_statements(body, [
        ("Olek Varn", "indirect", "He insisted that the camps must be moved."),
    ])


def test_a_place_opening_a_sentence_leaves_the_subject():
    """The guard: a place's name opens the sentence (no one named in full by it): "He" is still the last subject."""
    body = _MET + "Dorn praised the governor.\n\nTarvik lies on the river.\n\nShe added that the floods were grave."
    assert_statements(body, [
        ("Ilse Dorn", "indirect", "Dorn praised the governor."),
        ("Ilse Dorn", "indirect", "She added that the floods were grave."),
    ])


def test_an_office_after_a_capitals_dateline_and_long_dash_is_the_names():
    """"DAMATURU – Borno State Governor, Professor Babagana Umara Zulum has expressed gratitude …" / "The Governor also
    thanked residents …" (Independent 2021-12-23): the dateline in capitals and its long dash passed over, the office
    is the titled name's, whom "The Governor" means. Before, read with the long dash the office was lost and "The
    Governor also thanked" no one's."""
    body = ("TARVIKSTAD – Zarnia State Governor, Professor Olek Varn has expressed gratitude to residents for the "
            "welcome.\n\nThe Governor also thanked residents for their patience.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "Zarnia State Governor, Professor Olek Varn has expressed gratitude to residents for "
         "the welcome."),
        ("Olek Varn", "indirect", "The Governor also thanked residents for their patience."),
    ])


def test_an_office_opening_the_sentence_with_no_dateline_is_the_names():
    """The guard: the same with no dateline, the office opening the sentence, read as before."""
    body = ("Zarnia State Governor, Professor Olek Varn has expressed gratitude to residents for the welcome."
            "\n\nThe Governor also thanked residents for their patience.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "Zarnia State Governor, Professor Olek Varn has expressed gratitude to residents for "
         "the welcome."),
        ("Olek Varn", "indirect", "The Governor also thanked residents for their patience."),
    ])


def test_a_surname_opening_a_sentence_of_a_state_leaves_the_subject():
    """The guard: a bare surname before "is" (a state, no act: "Balakrishnan is in Malaysia in conjunction with …",
    the 614th's Bernama) is not noted as the subject: "he" after it is still the minister who spoke."""
    body = ("TARVIK: Foreign Minister Datuk Seri Dr Arno Velk met his Zarnian counterpart Dr Olek Varn on Monday. "
            "It was also the first official meeting with Varn since Velk took office. Varn is in Tarvik in conjunction "
            "with his working visit.\n\n“We are committed to these ties,” he said in a statement Tuesday.")
    assert_statements(body, [
        ("Arno Velk", "direct", "We are committed to these ties,"),
    ])
