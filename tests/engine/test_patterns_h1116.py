"""Helper h1116 (eighthundredfortyninth, the Rulers of the UAE's northern emirates): an emirate whose name holds the
article "Al" ("Ras Al Khaimah", "Umm Al Qaiwain") after a Ruler's office is the realm, not a man named "Al Qaiwain"; WAM's
"Supreme Council Member and Ruler of X" gives its holder both offices, so "The Ruler of X" later is he; and ANI's dateline
with the country's initials and another agency carried ("Umm Al Quwain [UAE], September 18 (ANI/WAM): ") is no one's
words."""

from __future__ import annotations

from .test_patterns import assert_statements, run

HAMDAN = "Hamdan bin Saif Al Rashdi"
BADR = "Badr bin Ali Al Hamri"


def test_a_realm_with_al_amid_its_name_is_the_rulers_not_a_person():
    body = (
        "Wadi Noor, September 18 (WAM): Sheikh Hamdan bin Saif Al Rashdi, Ruler of Wadi Al Noor, congratulated "
        "Sheikh Badr bin Ali Al Hamri, Ruler of Ras Tamra, on the anniversary.\n\n"
        "The Ruler of Wadi Al Noor stressed the importance of ties."
    )
    result = assert_statements(body, [
        (HAMDAN, "indirect", "Sheikh Hamdan bin Saif Al Rashdi, Ruler of Wadi Al Noor, congratulated Sheikh Badr bin "
                             "Ali Al Hamri, Ruler of Ras Tamra, on the anniversary."),
        (HAMDAN, "indirect", "The Ruler of Wadi Al Noor stressed the importance of ties."),
    ])
    assert not any("Noor" in sp.name for sp in result.speakers)


def test_supreme_council_member_and_ruler_holds_both_offices():
    body = (
        "Wadi Noor, September 18 (WAM): Sheikh Hamdan bin Saif Al Rashdi, Supreme Council Member and Ruler of Wadi Al "
        "Noor, congratulated Sheikh Badr bin Ali Al Hamri, Ruler of Ras Tamra, on the anniversary.\n\n"
        "The Ruler of Wadi Al Noor, said, \"Today, we celebrate an inspiring leader.\"\n\n"
        "The Ruler of Wadi Al Noor prayed to the Almighty Allah to grant the Ruler of Ras Tamra many more years."
    )
    assert_statements(body, [
        (HAMDAN, "indirect", "Sheikh Hamdan bin Saif Al Rashdi, Supreme Council Member and Ruler of Wadi Al Noor, "
                             "congratulated Sheikh Badr bin Ali Al Hamri, Ruler of Ras Tamra, on the anniversary."),
        (HAMDAN, "direct", "Today, we celebrate an inspiring leader."),
        (HAMDAN, "indirect", "The Ruler of Wadi Al Noor prayed to the Almighty Allah to grant the Ruler of Ras Tamra "
                             "many more years."),
    ])


def test_the_other_ruler_keeps_his_own_realm():
    # guard: the second Ruler, named with his realm in two words, is still the one "The Ruler of Ras Tamra" is
    body = (
        "Wadi Noor, September 18 (WAM): Sheikh Hamdan bin Saif Al Rashdi, Supreme Council Member and Ruler of Jazirat "
        "Tamra, congratulated Sheikh Badr bin Ali Al Hamri, Ruler of Ras Tamra, on the anniversary.\n\n"
        "The Ruler of Ras Tamra stressed the importance of ties."
    )
    assert_statements(body, [
        (HAMDAN, "indirect", "Sheikh Hamdan bin Saif Al Rashdi, Supreme Council Member and Ruler of Jazirat Tamra, "
                             "congratulated Sheikh Badr bin Ali Al Hamri, Ruler of Ras Tamra, on the anniversary."),
        (BADR, "indirect", "The Ruler of Ras Tamra stressed the importance of ties."),
    ])


def test_a_minister_of_a_realm_with_al_named_after_it_keeps_his_name():
    # guard: not a monarch's office, so the words after "of" are read as before (the place, then his name)
    body = (
        "Wadi Noor, September 18 (WAM): Minister of Wadi Al Noor Faris Hamdi said the ties were strong.\n\n"
        "Hamdi added that trade had doubled."
    )
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker] == [result.statements[0].speaker] * 2
    assert "Hamdi" in result.statements[0].speaker


def test_ani_dateline_with_country_initials_and_a_carried_agency_is_no_ones():
    body = (
        "Wadi Al Noor [UAE], September 18 (ANI/WAM): Sheikh Hamdan bin Saif Al Rashdi, Ruler of Jazirat Tamra, "
        "congratulated Sheikh Badr bin Ali Al Hamri on the anniversary."
    )
    assert_statements(body, [
        (HAMDAN, "indirect", "Sheikh Hamdan bin Saif Al Rashdi, Ruler of Jazirat Tamra, congratulated Sheikh Badr bin "
                             "Ali Al Hamri on the anniversary."),
    ])


def test_ani_dateline_with_the_country_in_words_stays_as_it_was():
    # guard: the form read before ("New Delhi [India], Sept 16 (ANI): ")
    body = (
        "Port Velan [Quarnesia], Sept 16 (ANI): Prime Minister Arvid Tomaskovel on Monday received the envoy and "
        "assured him of support."
    )
    assert_statements(body, [
        ("Arvid Tomaskovel", "indirect", "Prime Minister Arvid Tomaskovel on Monday received the envoy and assured him "
                                         "of support."),
    ])


def test_welcomed_an_envoy_in_lower_case_to_his_palace_is_a_hosts_act():
    body = (
        "Sheikh Hamdan bin Saif Al Rashdi, Ruler of Jazirat Tamra, welcomed Quarnesia's ambassador to the UAE, Arvid "
        "Tomaskovel, to his palace in Tamra City on Sunday.\n\n"
        "The ruler wished him success in his new role.\n\n"
        "Mr Tomaskovel thanked Sheikh Hamdan for his hospitality."
    )
    assert_statements(body, [
        (HAMDAN, "indirect", "The ruler wished him success in his new role."),
        ("Arvid Tomaskovel", "indirect", "Mr Tomaskovel thanked Sheikh Hamdan for his hospitality."),
    ])


def test_welcomed_an_envoy_in_lower_case_with_his_wish_stays_a_statement():
    # guard: no place after the envoy's office, his wish said in the same sentence
    body = (
        "Sheikh Hamdan bin Saif Al Rashdi, Ruler of Jazirat Tamra, welcomed Quarnesia's ambassador, wishing him "
        "success in his duties."
    )
    assert_statements(body, [
        (HAMDAN, "indirect", "Sheikh Hamdan bin Saif Al Rashdi, Ruler of Jazirat Tamra, welcomed Quarnesia's "
                             "ambassador, wishing him success in his duties."),
    ])


def test_welcomed_the_envoy_to_a_place_then_a_wish_stays_a_statement():
    # guard (hard82's shape): "the ambassador" with no country's possessive is read as before
    body = (
        "The Ministry of Foreign Affairs said Minister Arvid Tomaskovel welcomed the ambassador to Nesterhall and "
        "wished her success in her mission."
    )
    result = run(body)
    texts = [s.text for s in result.statements if s.speaker]
    assert any("wished her success in her mission" in t for t in texts)
