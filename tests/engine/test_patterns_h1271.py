"""Rules from the nine-hundred-seventy-seventh held-out set (the Governor of Pangasinan, Philippines, widened to the
Governor of Davao del Norte, with the Governor of Rizal's own page as its trap, 2007-2025): invented readouts, invented
people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Aron Velk of Dorvan Province met the provincial police commanders at the capitol on Monday. "


def test_a_described_office_after_a_fronted_link_is_its_holder():
    """"As such, the governor, a retired police general who once served as head of the provincial PNP, called on the
    police to become “instruments of healing”." (The PUNCH, Dagupan): a link ("As such", "However") before an office
    and its describing aside set off by commas; the verb after the aside is the office holder's, as it is with no link
    ("The governor, a retired police general, called on …"). Before, the aside's head noun ("general") was read as the
    subject and the sentence was no one's."""
    body = (_OPENING + "As such, the governor, a retired police general who once served as head of the provincial "
            "police, called on the police to become “instruments of healing”. However, the governor, a former banker, "
            "urged the mayors to fund the stations.")
    assert_statements(body, [
        ("Aron Velk", "indirect", "As such, the governor, a retired police general who once served as head of the "
                                  "provincial police, called on the police to become “instruments of healing”."),
        ("Aron Velk", "indirect", "However, the governor, a former banker, urged the mayors to fund the stations."),
    ])


def test_a_possessive_office_or_a_group_after_a_fronted_link_is_no_statement():
    """The guards: after the same link, the governor's aide (an unnamed person of his, not the governor), a group
    ("the delegation, a group of ten officials, urged …") and an office no one in the readout holds ("Later, the
    chairman, a former banker, said …", as h1093's guard) still make no statement."""
    body = (_OPENING + "However, the governor's aide, a former banker, urged the police to help. Meanwhile, the "
            "delegation, a group of ten officials, urged the mayors to fund the stations. Later, the chairman, a "
            "former banker, said the plant would hire 200 workers.")
    assert_statements(body, [])


def test_the_sangguniang_panlalawigan_is_a_body():
    """"THE Sangguniang Panlalawigan (SP) commended and congratulated Gov. Ramon Guico III on his designation …" (The
    PUNCH 2022-09-05): the Filipino name of a provincial board ("Sangguniang" "council of", "Panlalawigan"
    "provincial"; "Panlungsod" "city"), a body, as "the Provincial Board" is; before, its two capitalised words were read
    as a person's name and the body's act given to "Sangguniang Panlalawigan"."""
    body = (_OPENING + "THE Sangguniang Panlalawigan (SP) commended and congratulated Gov. Aron Velk on his "
            "designation as investment officer. The Sangguniang Panlungsod said the ordinance will help the city.")
    assert_statements(body, [])


def test_the_board_s_presiding_officer_still_speaks():
    """The guard: a person set off with an office of the board ("…, presiding officer of the Sangguniang
    Panlalawigan, said …") is still the speaker; only the board's own name is no person."""
    body = (_OPENING + "Vice Governor Ilo Brant, presiding officer of the Sangguniang Panlalawigan, said the ordinance "
            "will help the province.")
    assert_statements(body, [
        ("Ilo Brant", "indirect", "Vice Governor Ilo Brant, presiding officer of the Sangguniang Panlalawigan, said "
                                  "the ordinance will help the province."),
    ])


def test_first_to_admit_that_is_an_admission():
    """"Dorvan may have been cited …, but re-elected Governor X is first to admit that the political exercise was
    “too much divisive”." (The PUNCH): one who owns to it readily, as "was quick to acknowledge that"; "the first to
    acknowledge that" too, and "was quick to admit that"."""
    body = (_OPENING + "Dorvan may have been cited as the most peaceful province, but re-elected Governor Aron Velk is "
            "first to admit that the exercise was “too much divisive”. Senator Ilo Brant was quick to admit that the "
            "count had been slow.")
    assert_statements(body, [
        ("Aron Velk", "indirect", "Dorvan may have been cited as the most peaceful province, but re-elected Governor "
                                  "Aron Velk is first to admit that the exercise was “too much divisive”."),
        ("Ilo Brant", "indirect", "Senator Ilo Brant was quick to admit that the count had been slow."),
    ])


def test_first_to_arrive_or_to_admit_students_is_no_statement():
    """The guards: "the first to arrive" (no verb of saying) and "the first to admit students" (an act, no "that")
    are no statements."""
    body = (_OPENING + "Governor Aron Velk was the first to arrive at the venue. Senator Ilo Brant was the first to "
            "admit students to the new school.")
    assert_statements(body, [])
