"""Rules from the ninety-third hard set (stop 72's left-overs): "According the <office>, <Name>, …" with "to" dropped; a
ruler's regnal "I" closing his name before the verb; a time between a name's apposition and its verb ("late on Monday",
"last night"); "This was relayed by her aide, Mr. X, in a statement …" after another's denial (narrative) and "This was
confirmed by Mr. Y, who told journalists that …" (Y's); "X, on behalf of the Regional Minister, Hon. Y, hinted …"
(X's). Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_PALACE = ("TOREKU — The Regional Minister, Hon. Kwasi Ampenyin, on Saturday called on the chiefs of the Toreku "
           "Traditional Area at the palace.\n\n")


def test_according_with_to_dropped_is_the_named_holders():
    """"According the Chief of Bekwara, Nana Kofi Dwoma II, …" (a Ghanaian press's slip, "to" dropped): the holder's
    account, as "According to …" is; before, the sentence was no one's."""
    body = _PALACE + ("According the Chief of Bekwara, Nana Kofi Dwoma II, the chiefs had released two plots of land "
                      "for a police post.")
    assert_statements(body, [
        ("Nana Kofi Dwoma II", "indirect", "According the Chief of Bekwara, Nana Kofi Dwoma II, the chiefs had released "
                                      "two plots of land for a police post."),
    ])


def test_according_with_to_dropped_before_a_body_is_no_ones():
    """Guard: "According the Council, …": a body's account, no person's, as "According to the Council" is."""
    body = _PALACE + "According the Council, six men were arrested at the scene and two guns were taken from them."
    assert_statements(body, [])


def test_a_regnal_first_closing_a_name_is_part_of_it():
    """"Nana Obiri Asante I, Omanhene of Toreku, said …": the regnal numeral "I", read as the pronoun before, left the
    phrase before the verb no name, and the sentence was dropped; "II" and "III" were read."""
    body = _PALACE + ("Nana Obiri Asante I, Omanhene of Toreku, said the area had lost four lives to robbers on the "
                      "Toreku road since January.")
    assert_statements(body, [
        ("Nana Obiri Asante I", "indirect", "Nana Obiri Asante I, Omanhene of Toreku, said the area had lost four lives "
                                       "to robbers on the Toreku road since January."),
    ])


def test_a_regnal_first_with_no_apposition():
    """"Nana X I said …": the numeral right before the verb."""
    body = _PALACE + "Nana Obiri Asante I said the chiefs would give land for the post."
    assert_statements(body, [
        ("Nana Obiri Asante I", "indirect", "Nana Obiri Asante I said the chiefs would give land for the post."),
    ])


def test_a_first_person_i_after_a_name_is_no_numeral():
    """Guard: "When I met Kofi Dwoma I said …": a speaker's own "I" earlier in the clause; the later "I" is his too, no
    ruler "Kofi Dwoma I"."""
    body = _PALACE + "When I met Kofi Dwoma I said the road was unsafe."
    assert_statements(body, [])


_STRIKE = ("KIBORU — Lomara County Governor Amos Kiptoo Lemurai on Tuesday visited the Kiboru hospital, where the "
           "nurses have been on strike for two weeks.\n\n")


def test_late_on_a_weekday_after_an_apposition():
    """"The County Executive for Health, Dr. X, late on Monday told …": the time after the apposition's comma, as ", on
    Monday told …" was read; before, the sentence was no one's."""
    body = _STRIKE + ("The County Executive for Health, Dr. Faith Chebet Korosi, late on Monday told the assembly's "
                      "health committee that the Treasury had released the money.")
    assert_statements(body, [
        ("Faith Chebet Korosi", "indirect", "The County Executive for Health, Dr. Faith Chebet Korosi, late on "
                                            "Monday told the assembly's health committee that the Treasury had "
                                            "released the money."),
    ])


def test_last_night_after_an_apposition():
    """"The union's branch secretary, Mr. X, last night said …" and "Mr. X last night said …": "last night" is when he
    spoke, as "last week"; before, both were no one's."""
    body = _STRIKE + ("The union's branch secretary, Mr. Joseph Omwenje Baraka, last night said the nurses would not "
                      "return until they were paid.\n\nMr. Baraka last night said the union would meet on Friday.")
    assert_statements(body, [
        ("Joseph Omwenje Baraka", "indirect", "The union's branch secretary, Mr. Joseph Omwenje Baraka, last night "
                                              "said the nurses would not return until they were paid."),
        ("Joseph Omwenje Baraka", "indirect", "Mr. Baraka last night said the union would meet on Friday."),
    ])


def test_last_night_after_a_body_is_no_ones():
    """Guard: "The police last night said …": a body's words."""
    body = _STRIKE + "The police last night said two men had been arrested at the hospital gate."
    assert_statements(body, [])


_DENIAL = ("DWENTA — The Municipal Chief Executive of Dwenta, Mrs. Abena Frema Kwarteyie, has denied claims that she "
           "sold part of the market land to a developer.\n\n")


def test_relayed_by_her_aide_is_narrative():
    """"This was relayed by her aide, Mr. X, in a statement issued on Sunday …" after her denial: it only says through
    whom and where (GOLD-FORMAT's "This was stated by X in …"); before, it was the aide's statement."""
    body = _DENIAL + ("This was relayed by her aide, Mr. Fiifi Ekumah, in a statement issued on Sunday.\n\n"
                      "Mr. Ekumah said the fence had been put up by the Assembly itself.")
    assert_statements(body, [
        ("Abena Frema Kwarteyie", "indirect", "The Municipal Chief Executive of Dwenta, Mrs. Abena Frema Kwarteyie, "
                                              "has denied claims that she sold part of the market land to a "
                                              "developer."),
        ("Fiifi Ekumah", "indirect", "Mr. Ekumah said the fence had been put up by the Assembly itself."),
    ])


def test_confirmed_by_one_who_told_journalists_is_his():
    """"This was confirmed by the … Director, Mr. Y, who told journalists that …" after a body's report: Y's report in
    the ", who" clause makes the sentence his, as after a sentence the back-reference gives him; before, no one's."""
    body = _DENIAL + ("The radio station reported on Saturday that traders had been told to leave.\n\n"
                      "This was confirmed by the Municipal Coordinating Director, Mr. Kweku Larbi-Ansah, who told "
                      "journalists on Monday that the notice had been served by the Assembly's task force.")
    assert_statements(body, [
        ("Abena Frema Kwarteyie", "indirect", "The Municipal Chief Executive of Dwenta, Mrs. Abena Frema Kwarteyie, "
                                              "has denied claims that she sold part of the market land to a "
                                              "developer."),
        ("Kweku Larbi-Ansah", "indirect", "This was confirmed by the Municipal Coordinating Director, Mr. Kweku "
                                          "Larbi-Ansah, who told journalists on Monday that the notice had been "
                                          "served by the Assembly's task force."),
    ])


def test_on_behalf_of_a_named_principal_is_the_subjects():
    """"X, on behalf of the Regional Minister, Hon. Y, hinted that …": X speaks, for Y; before, the principal's name
    set off right before the verb took the sentence."""
    body = ("BEKWARA — The Regional Coordinating Director, Mr. Kojo Adumensa, on behalf of the Regional Minister, "
            "Hon. Kwasi Ampenyin, hinted that the Council would build a storage barn for the yam farmers.")
    assert_statements(body, [
        ("Kojo Adumensa", "indirect", "The Regional Coordinating Director, Mr. Kojo Adumensa, on behalf of the "
                                      "Regional Minister, Hon. Kwasi Ampenyin, hinted that the Council would build a "
                                      "storage barn for the yam farmers."),
    ])


def test_on_behalf_of_the_minister_with_an_act_is_no_statement():
    """Guard: "Mrs. Z, on behalf of the Minister presented the cheque …": an act, no statement."""
    body = ("BEKWARA — The Deputy Regional Minister, Mrs. Adwoa Serwa Nkansa, on behalf of the Minister presented "
            "the cheque to the festival's planning committee.")
    assert_statements(body, [])


_DONATION = ("The Member of Parliament for Dwenta, Hon. Kwame Ntiamo-Bessah, has donated sixty computers to three "
             "schools and pledged to build a laboratory before the end of the year, according to his political "
             "secretary.\n\n")


def test_an_aide_closing_the_lead_is_the_one_named_next():
    """"…, according to his political secretary. / Mr. Y told journalists …": the source that closes the lead is the
    aide named, styled and with no office, at the head of the next sentence, where he speaks; the lead is his (the MP's
    pledge in it). Before, the lead went to the MP."""
    body = _DONATION + "Mr. Ebo Krampa-Dunyor told journalists on Friday that the computers were paid for from the fund."
    assert_statements(body, [
        ("Ebo Krampa-Dunyor", "indirect", "The Member of Parliament for Dwenta, Hon. Kwame Ntiamo-Bessah, has donated "
                                          "sixty computers to three schools and pledged to build a laboratory before "
                                          "the end of the year, according to his political secretary."),
        ("Ebo Krampa-Dunyor", "indirect", "Mr. Ebo Krampa-Dunyor told journalists on Friday that the computers were "
                                          "paid for from the fund."),
    ])


def test_an_aide_closing_the_lead_is_not_one_named_next_who_does_not_speak():
    """Guard: the next sentence names someone who only acts ("Mrs. Y received the computers …"): not the aide; the lead
    stays the MP's pledge, as before."""
    body = _DONATION + "Mrs. Comfort Abladeh received the computers on behalf of the three schools."
    assert_statements(body, [
        ("Kwame Ntiamo-Bessah", "indirect", "The Member of Parliament for Dwenta, Hon. Kwame Ntiamo-Bessah, has donated "
                                            "sixty computers to three schools and pledged to build a laboratory "
                                            "before the end of the year, according to his political secretary."),
    ])


_LEVY = ("ASOFRA — The Minister of Local Government, Mr. Kofi Bekoe-Nsarko, on Wednesday met the chief executives "
         "of the region.\n\n")


def test_a_cleft_of_the_aim_before_a_progressive_is_the_subjects():
    """"It is in this direction that the Minister, Mr. X, is appealing to …": the cleft's "that" opens no clause of
    another's; the progressive's subject after it speaks. Before, the sentence was no one's."""
    body = _LEVY + ("It is in this direction that the Minister, Mr. Kofi Bekoe-Nsarko, is appealing to the assemblies "
                    "to publish what they collect.")
    assert_statements(body, [
        ("Kofi Bekoe-Nsarko", "indirect", "It is in this direction that the Minister, Mr. Kofi Bekoe-Nsarko, is "
                                          "appealing to the assemblies to publish what they collect."),
    ])


def test_a_cleft_of_the_aim_with_a_body_is_no_ones():
    """Guard: "It is in this direction that the Ministry is urging …": a body's, no one's."""
    body = _LEVY + "It is in this direction that the Ministry is urging the assemblies to publish what they collect."
    assert_statements(body, [])


def test_the_dean_of_a_body_of_chief_executives_is_an_office():
    """"Mr. X, the Dean of the Municipal Chief Executives expressed concern …" (the apposition's closing comma left
    out): the plural "Executives" after "Chief" is the body's members, no person "Executives" whom "Chief" titles; the
    dean's office is X's, and the sentence his. Before, it went to a person "Executives"."""
    body = _LEVY + ("Mr. Yaw Sekyi-Adomfa, the Dean of the Municipal Chief Executives expressed concern that the "
                    "assemblies had collected less than a third of the levy.")
    assert_statements(body, [
        ("Yaw Sekyi-Adomfa", "indirect", "Mr. Yaw Sekyi-Adomfa, the Dean of the Municipal Chief Executives expressed "
                                         "concern that the assemblies had collected less than a third of the levy."),
    ])


def test_a_council_of_chief_executives_is_a_body():
    """"The Council of Chief Executives expressed concern …": a body's, no one's (before, a person "Executives"'s)."""
    body = _LEVY + "The Council of Chief Executives expressed concern that the levy was too low."
    assert_statements(body, [])
