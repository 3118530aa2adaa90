"""Statements found by helper h702's set hard59 (constructions this stop's helpers found in real pages and left with no
set): "the visiting official" after two officials of whom only one is visiting, a Permanent Representative to the UN
later "the ambassador", a lower-case office with its body's acronym and a place before the name ("The head of the
delegation of the International Committee of the Red Cross (ICRC) in X, Y, said …"), then "the head of the ICRC
delegation".

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_visiting_official_is_the_one_on_a_visit():
    """"… received … the Director-General …, X, who is in Y for the consultations. The Ambassador of Z, W, took part …
    The visiting official welcomed …": the one whose visit the text tells, not the host nor the resident ambassador
    (before, "official" fitted no one's office and the sentence was no one's)."""
    assert_statements((
        "Deputy Minister of Foreign Affairs of Ostrevand Mirela Tavoschi received on 3 March the Director-General for "
        "Northern Affairs of the Ministry of Foreign Affairs of Kallmark, Severin Drahomir-Lutz, who is in Ostrevand "
        "for the annual consultations. The Ambassador of Kallmark to Ostrevand, Ulrike Fenstad, took part.\n\n"
        "The visiting official welcomed the proposal and said that Kallmark would answer it in the spring."
    ), [
        ("Severin Drahomir-Lutz", "indirect", "The visiting official welcomed the proposal and said that Kallmark "
                                              "would answer it in the spring."),
    ])


def test_the_visiting_official_who_visited_a_province():
    """"The representative of X in Y, Z, visited W Province … and was received by the Deputy Governor, V. … The visiting
    official praised …": the representative, who visited, though she is named first (the readout's principal)."""
    assert_statements((
        "The representative of the United Nations Children's Fund (UNICEF) in Kestral, Odile Marchbanks-Oyo, visited "
        "Varrow Province on 2 April and was received by the Deputy Governor, Anselmo Drubec.\n\n"
        "The Deputy Governor said that the province had built six new clinics.\n\n"
        "The visiting official praised the clinics and announced that UNICEF would supply vaccines for them."
    ), [
        ("Anselmo Drubec", "indirect", "The Deputy Governor said that the province had built six new clinics."),
        ("Odile Marchbanks-Oyo", "indirect", "The visiting official praised the clinics and announced that UNICEF "
                                             "would supply vaccines for them."),
    ])


def test_a_permanent_representative_to_the_un_is_the_ambassador():
    """"… received the Permanent Representative of X to the United Nations, Y, … The ambassador briefed …": a
    permanent representative to the UN holds an ambassador's rank and is called so (before, "the ambassador" found no
    one and the quotation after it went to the Minister)."""
    assert_statements((
        "The Minister of Foreign Affairs of Pellavia, Ruth Anstey-Morrow, received the Permanent Representative of "
        "Dolmaria to the United Nations, Caspar Velde-Ikeme, on 4 May.\n\n"
        "The ambassador briefed the Minister on Dolmaria's candidacy for the Security Council.\n\n"
        "“We will speak for the small states,” the ambassador said."
    ), [
        ("Caspar Velde-Ikeme", "indirect", "The ambassador briefed the Minister on Dolmaria's candidacy for the "
                                           "Security Council."),
        ("Caspar Velde-Ikeme", "direct", "We will speak for the small states,"),
    ])


def test_the_ambassador_is_not_another_bodys_representative():
    """Guard: "the representative of UNICEF in X, Y," is no ambassador; "The ambassador" stays the one who bears that
    office."""
    assert_statements((
        "The representative of the United Nations Children's Fund (UNICEF) in Kestral, Odile Marchbanks-Oyo, and the "
        "Ambassador of Norvale, Tobin Ashgrove-Pell, opened the school on 5 May.\n\n"
        "The ambassador said that Norvale had paid for its roof."
    ), [
        ("Tobin Ashgrove-Pell", "indirect", "The ambassador said that Norvale had paid for its roof."),
    ])


def test_the_head_of_an_acronymed_bodys_delegation_in_a_place():
    """"The head of the delegation of the International Committee of the Red Cross (ICRC) in X, Y, said …", then "The
    head of delegation noted …" and "“…,” the head of the ICRC delegation said": her office, the body's initials and
    the place left out, "Red Cross" a body's name (before, a Mr Red Cross took the office, and the Minister named next
    the quotation)."""
    assert_statements((
        "The head of the delegation of the International Committee of the Red Cross (ICRC) in Velmora, Annika "
        "Brugsdal, said on Monday that the ICRC would help the families of the missing. She met the Minister of the "
        "Interior, Petar Ondrasik.\n\n"
        "The head of delegation noted that six hundred families were still waiting.\n\n"
        "Minister Ondrasik welcomed the work of the ICRC.\n\n"
        "“Every name is a family,” the head of the ICRC delegation said."
    ), [
        ("Annika Brugsdal", "indirect", "The head of the delegation of the International Committee of the Red Cross "
                                        "(ICRC) in Velmora, Annika Brugsdal, said on Monday that the ICRC would help "
                                        "the families of the missing."),
        ("Annika Brugsdal", "indirect", "The head of delegation noted that six hundred families were still waiting."),
        ("Petar Ondrasik", "indirect", "Minister Ondrasik welcomed the work of the ICRC."),
        ("Annika Brugsdal", "direct", "Every name is a family,"),
    ])


def test_the_dean_named_with_the_deanship_in_a_relative_clause():
    """"The Ambassador of Q, Dr. X, hosted … on behalf of the diplomatic corps …, of which he has been the dean since
    2022. … The Dean praised …": the one named with the deanship (before, "The Dean" was a thing, no one)."""
    assert_statements((
        "The Ambassador of Tressaly, Dr. Ambrose Kettleborn, hosted a farewell on 1 June for the outgoing ambassador of "
        "Vorlund, on behalf of the diplomatic corps accredited to Ismereth, of which he has been the dean since 2021. "
        "The Chief of Protocol, Laila Oberwick, attended.\n\n"
        "The Dean praised the outgoing ambassador for her work."
    ), [
        ("Ambrose Kettleborn", "indirect", "The Dean praised the outgoing ambassador for her work."),
    ])


def test_the_dean_who_called_as_dean_then_said_and_assured():
    """"received … the High Commissioner of A, Y, who called on him as Dean of the Diplomatic Corps. The Permanent
    Secretary, Z, was present. … “…,” said the Dean and assured …": the High Commissioner, not the silent Permanent
    Secretary named last (before, the quotation went to him)."""
    assert_statements((
        "The Minister of Foreign Affairs of Sarvona, Elric Thornbury-Vass, received on Monday the High Commissioner of "
        "Cobrenne, Adaeze Whitfield-Moor, who called on him as Dean of the Diplomatic Corps. The Permanent Secretary, "
        "Osgood Brannagh, was also present.\n\n"
        "“The corps is small, but it is united,” said the Dean and assured the Minister of its cooperation."
    ), [
        ("Adaeze Whitfield-Moor", "direct", "The corps is small, but it is united,"),
        ("Adaeze Whitfield-Moor", "indirect", "assured the Minister of its cooperation."),
    ])


def test_dean_before_a_name_is_no_office():
    """Guard: "dean" is no office word before or after a name (only "the Dean", "the Dean of the Diplomatic Corps"):
    "Congresswoman Madeline Dean said …" is hers."""
    assert_statements((
        "Congresswoman Madeline Dean said that the bill would pass in June.\n\n"
        "Senator Corvin Ashby added that it would be signed in July."
    ), [
        ("Madeline Dean", "indirect", "Congresswoman Madeline Dean said that the bill would pass in June."),
        ("Corvin Ashby", "indirect", "Senator Corvin Ashby added that it would be signed in July."),
    ])


def test_an_office_with_initials_and_a_place_is_the_second_of_a_pair():
    """"The President of the Society, X, and the head of the delegation of the International Committee of the Red Cross
    (ICRC) in M, Y, welcomed the guests …": the two together, no statement (before, Y alone, the office read back from
    the place "M")."""
    assert_statements((
        "The President of the Ismereth Red Cross Society, Hedda Pollworth, and the head of the delegation of the "
        "International Committee of the Red Cross (ICRC) in Ismereth, Jorund Maelstrand, welcomed the guests and "
        "presented the work of the volunteers.\n\n"
        "The Minister of Health, Orla Finchbeck, said that the blood bank would open in May."
    ), [
        ("Orla Finchbeck", "indirect", "The Minister of Health, Orla Finchbeck, said that the blood bank would open in "
                                       "May."),
    ])


def test_an_office_and_a_former_one_before_the_name():
    """"The chair of the X Institute … and former Permanent Representative of Y to the United Nations, Z, hosted …",
    then "The former ambassador to the UN opened … and recalled …": both offices are Z's, the second a former one (before,
    the two read as a pair and Z had no office)."""
    assert_statements((
        "The chair of the Tollmark Institute of Foreign Policy and former Permanent Representative of Tollmark to the "
        "United Nations, Ingeborg Salvesen-Oduya, hosted a round table on Tuesday for the Deputy Minister of Foreign "
        "Affairs of Carrowen, Piers Lamberth-Osei.\n\n"
        "The former ambassador to the UN opened the round table and recalled the two countries' years on the Security "
        "Council."
    ), [
        ("Ingeborg Salvesen-Oduya", "indirect", "The former ambassador to the UN opened the round table and recalled "
                                                "the two countries' years on the Security Council."),
    ])


def test_a_glued_initial_after_a_place_opens_the_name():
    """"Governor of Ulaanbel S.Tumurbaatar noted …" (Montsame's manner: the initial glued to the surname right after
    the place of the office): the person "S. Tumurbaatar", Governor of Ulaanbel, whom "The Governor" means (before, a
    Mr "Ulaanbel S. Tumurbaatar" whose office was "Governor of")."""
    result = assert_statements((
        "Ulaanbel /KHOROL NEWS/ On March 12, Governor of Ulaanbel S.Tumurbaatar received Ambassador of Varnesse "
        "Ansfried Grevenbroich-Tade.\n\n"
        "Governor of Ulaanbel S.Tumurbaatar noted that the road to the border would be finished next year.\n\n"
        "The Governor said that the aimag would set aside land for a farm."
    ), [
        ("S. Tumurbaatar", "indirect", "Governor of Ulaanbel S.Tumurbaatar noted that the road to the border would be "
                                       "finished next year."),
        ("S. Tumurbaatar", "indirect", "The Governor said that the aimag would set aside land for a farm."),
    ])
    governor = result.speaker("S. Tumurbaatar")
    assert governor is not None and governor.role == "Governor of Ulaanbel"


def test_a_first_name_before_a_middle_initial_stays_in_the_name():
    """Guard: "Governor of Texarra George W. Talbot said …": a first name, a middle initial and the surname after the
    place, the name all three ("George W. Bush"), the place the office's."""
    result = run("Governor of Texarra George W. Talbot said that the new dam would be finished in May.")
    assert [s.name for s in result.speakers] == ["George W. Talbot"]
