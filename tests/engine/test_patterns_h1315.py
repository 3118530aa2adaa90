"""Rules from the ninety-sixth hard set (invented readouts, invented states and people): a lower-case deputy before a
lower-case portfolio or level ("The deputy trade minister said …"), and "Figures presented by <officer> showed that …"."""

from __future__ import annotations

from .test_patterns import assert_statements

_MARKET = ("The deputy roads minister, Mr. Kofi Ansabre-Tweneboah, on Monday visited the Dorkpe lorry station with the "
           "deputy trade minister, Mrs. Abena Sarkodua-Frimpo. ")


def test_a_lower_case_deputy_of_a_portfolio_is_the_deputy_named_so():
    """"The deputy trade minister, Mrs. Y," gives Y the whole office, which the later bare "The deputy trade minister
    added …" and the tag "“…,” the deputy roads minister said." mean (at base the phrase reader stopped at "The deputy"
    and the appositions gave no office: every sentence but the named one had no speaker)."""
    body = (_MARKET + "The deputy roads minister said the station would be paved before the rains. The deputy trade "
            "minister added that traders would be given new stalls. “No trader will lose a stall,” the deputy roads "
            "minister said.")
    assert_statements(body, [
        ("Kofi Ansabre-Tweneboah", "indirect", "The deputy roads minister said the station would be paved before the "
         "rains."),
        ("Abena Sarkodua-Frimpo", "indirect", "The deputy trade minister added that traders would be given new stalls."),
        ("Kofi Ansabre-Tweneboah", "direct", "No trader will lose a stall"),
    ])


def test_the_deputy_of_one_portfolio_is_not_the_deputy_of_another_or_the_minister():
    """The guard: the deputy regional minister's words are never the deputy health minister's (one rank, one office
    word, two portfolios: `people.roles_compatible`), nor the Regional Minister's, named and silent (at base the two
    deputies' words went to no one and the quotation to the Regional Minister)."""
    body = ("The deputy regional minister, Mrs. Efua Owusuaa-Kwakye, on Friday inspected the Bansoa clinic with the "
            "deputy health minister, Dr. Yaw Obenewa-Asiedu. The Regional Minister, Mr. Kojo Adabra-Mensah, sent a "
            "message. The deputy health minister said two doctors would be posted to the clinic. “This clinic will "
            "save lives,” the deputy regional minister said.")
    assert_statements(body, [
        ("Yaw Obenewa-Asiedu", "indirect", "The deputy health minister said two doctors would be posted to the "
         "clinic."),
        ("Efua Owusuaa-Kwakye", "direct", "This clinic will save lives"),
    ])


def test_a_rank_before_any_other_lower_case_word_is_no_office():
    """The guard: "the deputy often minister" is no office ("often" no portfolio's nor level's word), and "The deputy
    said …" alone stays the deputy's bare rank, which no one named here holds: no statement's speaker made up."""
    body = (_MARKET + "The deputy trade minister said the stalls would be ready in May. The deputy said so too.")
    assert_statements(body, [
        ("Abena Sarkodua-Frimpo", "indirect", "The deputy trade minister said the stalls would be ready in May."),
    ])


_SITTING = "The assembly's health committee met in Varambo on Tuesday. "


def test_figures_presented_by_a_named_officer_are_his_report():
    """"Figures presented by Chief Fire Officer X showed that …": his report, his words (as "According to X, …"; at
    base "showed" was no cue and the sentence no one's)."""
    body = (_SITTING + "Figures presented by Chief Fire Officer Dismus Okwarodi showed that 41 stalls had burned in "
            "March. Mr. Okwarodi said the county needed a fourth engine.")
    assert_statements(body, [
        ("Dismus Okwarodi", "indirect", "Figures presented by Chief Fire Officer Dismus Okwarodi showed that 41 stalls "
         "had burned in March."),
        ("Dismus Okwarodi", "indirect", "Mr. Okwarodi said the county needed a fourth engine."),
    ])


def test_figures_with_no_presenter_stay_no_ones():
    """The guard: figures "from" a department, figures "presented at the sitting" (no one presents them) and "the
    visit by Mr. X showed that …" are no one's report."""
    body = (_SITTING + "Mr. Dismus Okwarodi said the county needed a fourth engine. Figures from the county's trade "
            "department showed that most stalls had no insurance. Figures presented at the sitting showed that half "
            "the budget was spent. The visit by Mr. Okwarodi showed that the engines were old.")
    assert_statements(body, [
        ("Dismus Okwarodi", "indirect", "Mr. Dismus Okwarodi said the county needed a fourth engine."),
    ])


def test_a_saints_place_in_capitals_is_a_dateline():
    """"ST. AMBRINE — The Minister of Education, Mrs. X, has defended the decision …, saying …": the dateline, so the
    lead's subject opens its sentence and the defence "saying …" is hers (at base the place and the lead were one
    sentence, and no statement was found)."""
    body = ("ST. AMBRINE — The Minister of Education, Mrs. Odette Larrimore-Pryde, has defended the decision to merge "
            "the island's smallest schools, saying none had more than forty pupils. She was speaking at a meeting "
            "with parents.")
    assert_statements(body, [
        ("Odette Larrimore-Pryde", "indirect", "The Minister of Education, Mrs. Odette Larrimore-Pryde, has defended "
         "the decision to merge the island's smallest schools, saying none had more than forty pupils."),
    ])


def test_an_act_after_a_saints_dateline_stays_narrative():
    """The guard: "ST. AMBRINE — The Minister …, Mrs. X, opened …": the dateline read, the act no statement; and
    "defended its national title" no words of anyone's."""
    body = ("ST. AMBRINE — The Minister of Education, Mrs. Odette Larrimore-Pryde, opened the new school library on "
            "Monday. The school's netball team, which defended its national title in March, sang for the guests. "
            "Mrs. Larrimore-Pryde said the library would open on Saturdays.")
    assert_statements(body, [
        ("Odette Larrimore-Pryde", "indirect", "Mrs. Larrimore-Pryde said the library would open on Saturdays."),
    ])


def test_an_order_to_a_deputy_named_in_commas_is_the_orders_givers():
    """"President X has ordered his deputy, Y, to travel to …": an order, X's, the deputy's name set off inside the
    object; and "She ordered immediate reversals on transfers …": an order with a plural noun of action (at base
    both were no one's)."""
    body = ("President Amon Kelembu has ordered his deputy, Julius Lemani Orupo, to travel to the flooded valley and "
            "stay there until every family has shelter. The Regional Commissioner, Ms. Zawadi Mkelo, met the families "
            "on Monday. She ordered immediate reversals on transfers of the valley's land officers.")
    assert_statements(body, [
        ("Amon Kelembu", "indirect", "President Amon Kelembu has ordered his deputy, Julius Lemani Orupo, to travel to "
         "the flooded valley and stay there until every family has shelter."),
        ("Zawadi Mkelo", "indirect", "She ordered immediate reversals on transfers of the valley's land officers."),
    ])


def test_ordering_goods_or_a_ride_stays_an_act():
    """The guard: "ordered 400 new desks from …" (a purchase), "ordered his driver, Mr. Y, to the airport" (no verb
    after "to") and "ordered rentals of chairs" (no word of haste) are acts, no one's words."""
    body = ("The District Executive Director, Mr. Emanuel Kasongo, ordered 400 new desks from a carpenters' "
            "cooperative. He ordered his driver, Mr. Salim Ngwenya, to the airport. He ordered rentals of chairs for "
            "the meeting. Mr. Kasongo said the desks would arrive in May.")
    assert_statements(body, [
        ("Emanuel Kasongo", "indirect", "Mr. Kasongo said the desks would arrive in May."),
    ])


def test_a_two_word_place_before_an_office_leaves_the_office_to_the_name():
    """"The Lorosho Valley governor, Mr. X, said …" then "The Lorosho Valley governor asked …": the place of two words
    (a proper word and "Valley") is no person, the office is X's, and the bare description later is his (at base the
    place's words were read as a name and the office left to no one: the second sentence had no speaker)."""
    body = ("KAPTERO — The Lorosho Valley governor, Mr. Wilfred Kiprono Sai, said 14,000 people had left their homes. "
            "Residents of Lorosho Valley said the water had risen fast. The Lorosho Valley governor asked the national "
            "government to pay for new bridges.")
    assert_statements(body, [
        ("Wilfred Kiprono Sai", "indirect", "The Lorosho Valley governor, Mr. Wilfred Kiprono Sai, said 14,000 people "
         "had left their homes."),
        ("Wilfred Kiprono Sai", "indirect", "The Lorosho Valley governor asked the national government to pay for new "
         "bridges."),
    ])


def test_two_governors_of_two_word_places_keep_their_own_words():
    """The guard: two governors of two-word places, each named once; "The Tarno Hills governor said …" is hers, not
    the Lorosho Valley governor's named before her, and his act ("toured the camps") is no statement."""
    body = ("The Lorosho Valley governor, Mr. Wilfred Kiprono Sai, toured the camps on Monday. The Tarno Hills "
            "governor, Mrs. Esther Jepkoech Kimosi, sent twenty lorries of maize flour. The Tarno Hills governor said "
            "more lorries would follow.")
    assert_statements(body, [
        ("Esther Jepkoech Kimosi", "indirect", "The Tarno Hills governor said more lorries would follow."),
    ])
