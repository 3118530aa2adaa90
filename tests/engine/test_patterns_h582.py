"""Readings of Asia-Pacific foreign ministries' and prime ministers' offices' English releases (styles28): a courtesy
call "called on" a person whose sentence holds an honorific with dots ("H.E."), a title with "for" ("Minister for
Trade") or a destination after "to" ("his visit to X"), which is no appeal; Malaysia's and Brunei's titles before a
name ("Dato' Seri Haji"); the guest of a title that names only its guest, not the body's opener, so the bare "the
Prime Minister" of a release that names two Prime Ministers is its own; and a minister who sits in the Senate
(styles28 motuvai_opm_prime_minister_calls_on_akitsuman_prime_minister,
temasari_mfa_minister_meets_akitsuman_foreign_minister, kurrajin_pm_annual_leaders_meeting_with_seranjang_prime_minister,
seranjang_pmo_prime_minister_receives_courtesy_call_from_merapuran_foreign_minister,
kurrajin_foreign_minister_joint_media_release_whenuaroa_consultations).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_courtesy_call_on_his_excellency_during_a_visit_is_narrative():
    """"X called on the Prime Minister of Y, H.E. Mr. Z, at … on the second day of his official visit to Y.": a
    courtesy call; the dots of "H.E." and "Mr." end no sentence and "to Y" (a place) is no appeal's infinitive."""
    thanked = "PM Tavake thanked the Government of Norland for its assistance after the cyclone."
    body = ("Prime Minister Hon. Sione Tavake called on the Prime Minister of Norland, H.E. Mr. HIDAKA Masanobu, at "
            "the Prime Minister's Office on Tuesday, the second day of his official visit to Norland.\n\n"
            f"{thanked}\n")
    assert_statements(body, [
        ("Sione Tavake", "indirect", thanked),
    ])


def test_a_courtesy_call_on_a_prime_minister_then_a_minister_for_trade_is_narrative():
    """"X called on Prime Minister Y earlier this morning and will meet Minister for Trade and Industry Z …": the
    "for" of an office's title (a capital after it) is not the "for" of an appeal ("called on Y for restraint")."""
    conveyed = "Minister Halvik conveyed Norland's appreciation for Kestria's support."
    body = (f"{conveyed}\n\nMinister Halvik called on Prime Minister Oren Castell earlier this morning and will meet "
            "Minister for Trade and Industry Ms Ilse Marrow before he leaves Kestria.\n")
    assert_statements(body, [
        ("Halvik", "indirect", conveyed),
    ])


def test_an_appeal_called_on_a_named_person_to_act_still_speaks():
    """Guard: "called on H.E. Mr. Y to release …" and "called on Member States for restraint" stay appeals: "to"
    and "for" before a word in lower case."""
    urged = "Minister Halvik called on H.E. Mr. Oren Castell to release the detained fishermen."
    appealed = "Minister Halvik also called on Member States for restraint."
    body = f"Minister Halvik met the press in Kestria.\n\n{urged}\n\n{appealed}\n"
    assert_statements(body, [
        ("Halvik", "indirect", urged),
        ("Halvik", "indirect", appealed),
    ])


def test_malay_titles_before_a_name_are_no_part_of_it():
    """"Prime Minister Dato' Seri Haji X Y received … Dato' Seri X welcomed …": Malaysia's and Brunei's titles
    ("Dato'", "Datuk", "Seri" after them, "Tan Sri", the pilgrim's "Haji") stand before the name as "Dr" does; the
    apostrophe of "Dato'" ends no phrase, and the name is X Y, whom "Dato' Seri X" names again."""
    welcomed = "Dato' Seri Azlan welcomed the Foreign Minister and thanked Norland for its support."
    said = "Tan Sri Lim Boon Huat said the two sides would meet again in June."
    body = ("Prime Minister Dato' Seri Haji Azlan Rashidi today received a courtesy call from the Foreign Minister of "
            f"Norland, H.E. Ilse Marrow.\n\n{welcomed}\n\n{said}\n")
    assert_statements(body, [
        ("Azlan Rashidi", "indirect", welcomed),
        ("Lim Boon Huat", "indirect", said),
    ])


def test_sri_and_tan_alone_stay_names():
    """Guard: "Sri" not after a Malay title is a given name ("Dr Sri Wahyuni Pratama"), "Tan" not before "Sri" a
    surname ("Minister Tan Boon Huat"), and "Sri Lanka" a country."""
    stressed = "Finance Minister Dr Sri Wahyuni Pratama stressed the need for fiscal discipline."
    said = "Minister Tan Boon Huat said trade with Sri Lanka had doubled."
    body = f"The ministers met in Kestria on Monday.\n\n{stressed}\n\n{said}\n"
    assert_statements(body, [
        ("Sri Wahyuni Pratama", "indirect", stressed),
        ("Tan Boon Huat", "indirect", said),
    ])


LEADERS_MEETING = "Annual Leaders' Meeting with the Prime Minister of Norland"


def test_a_title_naming_only_its_guest_is_not_the_bodys_opener():
    """Title "Annual Leaders' Meeting with the Prime Minister of Norland", body "Prime Minister X today welcomed
    Prime Minister Y to …": the title's guest is Y, not X who opens the body (the release's own head, of no country
    named), so the bare "The Prime Minister" after it is X."""
    called = ("The Prime Minister called Norland one of Kestria's oldest friends, and said the relationship had never "
              "mattered more.")
    body = ("Prime Minister Ewan Caldry today welcomed Prime Minister Haris Ventor to Port Aden for the fourth Annual "
            f"Leaders' Meeting between Kestria and Norland.\n\n{called}\n")
    assert_statements(body, [
        ("Ewan Caldry", "indirect", called),
    ], title=LEADERS_MEETING)


def test_a_title_guest_who_opens_the_body_with_his_country_stays_the_guest():
    """Guard: "Prime Minister Y of Norland today met Prime Minister X in Port Aden.": the one who opens the body is
    of the title's country, its guest as before; "The Prime Minister" is still X, the host."""
    stressed = "The Prime Minister stressed the importance of the new trade agreement."
    body = (f"Prime Minister Haris Ventor of Norland today met Prime Minister Ewan Caldry in Port Aden.\n\n"
            f"{stressed}\n")
    assert_statements(body, [
        ("Ewan Caldry", "indirect", stressed),
    ], title=LEADERS_MEETING)


def test_a_foreign_minister_who_is_a_senator_is_one_person():
    """"Foreign Minister Senator the Hon X Y and Minister Z … Foreign Minister Y said … Senator Y said.": a minister
    who sits in the Senate (Australia's releases), the office read with "senator" after it and the seat alone, one
    person with the minister's office, not a second "Y"."""
    said = "Foreign Minister Marrabee said the consultations had been useful."
    body = ("Foreign Minister Senator the Hon Adeline Marrabee and Minister Tom Rissany today held talks in Port "
            f"Aden.\n\n{said}\n\n“We will keep working together,” Senator Marrabee said.\n")
    result = assert_statements(body, [
        ("Adeline Marrabee", "indirect", said),
        ("Adeline Marrabee", "direct", "We will keep working together"),
    ])
    assert len(result.speakers) == 1


def test_a_senator_and_a_secretary_of_one_surname_stay_two():
    """Guard: "Senator Paul Orrin … Secretary Orrin said …": a Secretary's office is no minister's, so the Senator
    and the Secretary of one surname stay two people, as before."""
    said = "Secretary Orrin said the agreement would be signed next month."
    body = f"Senator Paul Orrin met the delegation at the Capitol.\n\n{said}\n"
    result = assert_statements(body, [
        ("Orrin", "indirect", said),
    ])
    assert [sp.name for sp in result.speakers] == ["Orrin"]  # (merged with the Senator, it would be "Paul Orrin")
