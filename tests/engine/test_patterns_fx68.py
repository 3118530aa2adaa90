"""Mends of the review hr59's findings on stop 68's merged rules (fx68): invented readouts, invented people and
countries. Each test fails on the integration head db89bbe56 before its mend."""

from __future__ import annotations

from .test_patterns import assert_statements

_ENVOY = "Governor Talo Brenn met the Zandian Ambassador, Mr. {name}, in Corbel on Monday. "


def test_oba_is_a_surname_after_a_first_name():
    """"Mr. Kenta Oba": "Oba" after a first name is his surname (`phrases.SURNAME_OFFICES`), not a Nigerian ruler's
    office that would take every statement of his away."""
    body = (_ENVOY.format(name="Kenta Oba") + "Oba said the two countries would sign a trade deal. "
            "Ambassador Oba thanked the minister for the welcome. Mr. Oba added that more visits would follow.")
    assert_statements(body, [
        ("Kenta Oba", "indirect", "Oba said the two countries would sign a trade deal."),
        ("Kenta Oba", "indirect", "Ambassador Oba thanked the minister for the welcome."),
        ("Kenta Oba", "indirect", "Mr. Oba added that more visits would follow."),
    ])


def test_boss_and_engineer_are_surnames_after_a_first_name():
    """"Mr. Rel Boss", "Mr. Pavel Engineer": the same for a body's "boss" and a style "engineer"."""
    for name in ("Rel Boss", "Pavel Engineer"):
        last = name.split()[1]
        body = (_ENVOY.format(name=name) + f"{last} said the two countries would sign a trade deal. "
                f"Mr. {last} added that more visits would follow.")
        assert_statements(body, [
            (name, "indirect", f"{last} said the two countries would sign a trade deal."),
            (name, "indirect", f"Mr. {last} added that more visits would follow."),
        ])


def test_the_oba_of_a_kingdom_is_still_a_ruler():
    """The guard: "the Oba of Zerland, Oba Tunde Akinlo, … The Oba urged …" is still the ruler's office."""
    body = ("The Oba of Zerland, Oba Tunde Akinlo, paid a courtesy visit to Governor Femi Adaro on Monday. "
            "The Oba urged the youths to be calm.")
    assert_statements(body, [
        ("Oba Tunde Akinlo", "indirect", "The Oba urged the youths to be calm."),
    ])


def test_a_rulers_word_after_a_personal_style_is_a_first_name():
    """"Ms. Etsu Morita": no one puts "Ms." before a ruler's office, so "Etsu" is her first name
    (`phrases._given_name_after_a_personal_style`); before, the speaker was "Morita", a second person."""
    body = ("Governor Talo Brenn met the Zandian Ambassador, Ms. Etsu Morita, in Corbel on Monday. "
            "Morita said the two countries would sign a trade deal.")
    assert_statements(body, [
        ("Etsu Morita", "indirect", "Morita said the two countries would sign a trade deal."),
    ])


_MET = "Governor Talo Brenn met Minister Ilsa Korr, Tarn Velo and Minister Ana Belo in Corbel on Monday. "


def test_a_period_aside_after_the_object_of_a_preposition_is_not_stepped_over():
    """"A study commissioned by Minister Ilsa Korr last year said …": the name is the object of "by", so the verb
    after "last year" is the study's, no one's (`speech_subjects._object_of_a_preposition`)."""
    body = (_MET + "A study commissioned by Minister Ilsa Korr last year said that the river was polluted. "
            "A letter sent to Velo last week said that the visa rules would change. "
            "Brenn said the river would be cleaned.")
    assert_statements(body, [
        ("Talo Brenn", "indirect", "Brenn said the river would be cleaned."),
    ])


def test_a_period_aside_after_a_name_opening_the_clause_is_stepped_over():
    """The guard: "Korr last year said …", "Velo last week said …" are still the names' statements."""
    body = (_MET + "Korr last year said that the river was polluted. Velo last week said that the rules would change.")
    assert_statements(body, [
        ("Ilsa Korr", "indirect", "Korr last year said that the river was polluted."),
        ("Tarn Velo", "indirect", "Velo last week said that the rules would change."),
    ])


def test_meanwhile_after_the_object_of_a_preposition_is_not_stepped_over():
    """"A report prepared for Minister Belo meanwhile said …": the same for "meanwhile" and "however"
    (`speech_subjects._BACK_ONLY_FILLERS`)."""
    body = (_MET + "A report prepared for Minister Belo meanwhile said that exports fell. "
            "A note written for Tarn Velo however said that imports grew. "
            "Brenn said the river would be cleaned.")
    assert_statements(body, [
        ("Talo Brenn", "indirect", "Brenn said the river would be cleaned."),
    ])


def test_meanwhile_after_a_subject_is_stepped_over():
    """The guard: "Minister Belo meanwhile said …", "The minister however said …" are still the minister's."""
    body = (_MET + "Minister Belo meanwhile said that exports fell. Brenn however said that the fair would grow.")
    assert_statements(body, [
        ("Ana Belo", "indirect", "Minister Belo meanwhile said that exports fell."),
        ("Talo Brenn", "indirect", "Brenn however said that the fair would grow."),
    ])


_HOST = "Governor Talo Brenn met Ambassador Mara Vell in Corbel on Monday. "


def test_remarks_made_with_a_later_verb_of_speech_are_a_statement():
    """"made the remarks during …, where he stressed that …", "made these comments at …, urging …": the sentence's own
    words (`lexicon._SPEECH_AFTER_REMARKS` in the "made" rule's lookahead), not only where he spoke."""
    body = (_HOST + "Brenn made the remarks during a dinner for Vell, where he stressed that trade must grow. "
            "He made these comments at the fair, urging investors to come to the north.")
    assert_statements(body, [
        ("Talo Brenn", "indirect", "Brenn made the remarks during a dinner for Vell, where he stressed that trade must "
                                   "grow."),
        ("Talo Brenn", "indirect", "He made these comments at the fair, urging investors to come to the north."),
    ])


def test_remarks_made_after_a_quotation_stay_the_quotations_place():
    """The guard: "“…”" / "X made the remarks when he opened the fair." still gives the quotation to X, and the
    remarks sentence is no statement."""
    body = _HOST + "“Trade must grow for all.”\n\nBrenn made the remarks when he opened the fair."
    assert_statements(body, [
        ("Talo Brenn", "direct", "Trade must grow for all."),
    ])


def test_remarks_made_do_not_carry_back_to_a_narrative_sentence():
    """"The talks lasted two hours. Brenn made the comments after the talks.": the comments told of are not the
    sentence before (`sentence_reading._REMARKS_MADE_AT`)."""
    body = _HOST + "The talks lasted two hours. Brenn made the comments after the talks."
    assert_statements(body, [])


def test_a_she_of_the_body_is_not_the_title_host_of_unknown_sex_beside_a_guest():
    """Title "Governor Talo Brenn receives Ambassador Ms. Mara Vell" / "She said …": the host's sex is not known and
    the title names a guest, so the pronoun is not the host's (`name_registry._title_host_before_any_name`)."""
    body = "She said that her country would fund two new schools in the province."
    for title in ("Governor Talo Brenn receives Ambassador Ms. Mara Vell", "Governor Talo Brenn receives Zandian Ambassador"):
        assert_statements(body, [], title=title)


def test_a_she_of_the_body_is_the_one_guest_of_her_sex():
    """"Mr. Talo Brenn receives Ambassador Ms. Mara Vell" / "She said …": the host a man, the one woman the title names
    is she (`name_registry._title_guest_of_the_sex`)."""
    body = "She said that her country would fund two new schools in the province."
    assert_statements(body, [
        ("Mara Vell", "indirect", body),
    ], title="Mr. Talo Brenn receives Ambassador Ms. Mara Vell")


def test_a_he_of_the_body_is_the_title_host_alone():
    """The guard: the title names the host alone, "He said …" is his."""
    body = "He said that the port would grow."
    assert_statements(body, [("Talo Brenn", "indirect", body)], title="Governor Talo Brenn visits the port")


def test_the_poster_is_the_antecedent_of_who_posted():
    """"…, Ms. Mara Vell, who later posted on X:" / "We had …": she posted, not the sentence's subject
    (`sentence_reading._antecedent_who_posted`); ", whose embassy posted on Facebook:": no person's post."""
    lead = "Governor Alen Varsk met the Zandian envoy, Ms. Mara Vell, {} posted on {}:\n\n"
    post = "We had a warm meeting with the Governor about schools."
    assert_statements(lead.format("who later", "X") + post, [("Mara Vell", "direct", post)])
    assert_statements(lead.format("whose embassy", "Facebook") + post, [])


def test_the_poster_is_the_subject_who_posted():
    """The guard: "X met the envoy, Ms. Y, and posted on X:" is X's post."""
    post = "We had a warm meeting with the envoy about schools."
    assert_statements("Governor Alen Varsk met the Zandian envoy, Ms. Mara Vell, and posted on X:\n\n" + post,
                      [("Alen Varsk", "direct", post)])


def test_a_portfolio_shared_with_the_body_is_one_office():
    """"The Police and Fire Commissioner Dana Holt said …": one commissioner of two portfolios, not the police and a
    person (`phrases._portfolio_shared_with_the_body`)."""
    for office in ("Fire Commissioner", "Coast Guard Commander"):
        body = f"The Police and {office} Dana Holt said that the city was ready for the festival."
        assert_statements(body, [("Dana Holt", "indirect", body)])


def test_a_body_and_a_places_head_stay_two():
    """The guard: "The Army and Northern Province Governor Dana Holt said …" is the army and a province's governor."""
    body = "The Army and Northern Province Governor Dana Holt said that the roads were open."
    assert_statements(body, [])


def test_homage_in_a_speech_at_a_seat_is_a_statement():
    """"paid homage to the nurses … in a speech at Government House": the homage is the speech's, words told
    (`lexicon._AT_A_SEAT`: no "in a speech/address/remarks" between the one honoured and the seat)."""
    body = ("Governor Tomas Varsk met President Ilse Moran in Corbel on Friday. "
            "Varsk paid homage to the nurses of the capital in a speech at Government House.")
    assert_statements(body, [
        ("Tomas Varsk", "indirect", "Varsk paid homage to the nurses of the capital in a speech at Government House."),
    ])


def test_homage_paid_at_a_seat_stays_a_visit():
    """The guard: "paid homage to President X at the Presidential Villa after which …" is still a visit."""
    body = ("Governor Tomas Varsk met President Ilse Moran in Corbel on Friday. "
            "Varsk had earlier paid homage to President Ilse Moran at the Presidential Villa after which they jointly "
            "observed prayers. Moran said the elections were over.")
    assert_statements(body, [("Ilse Moran", "indirect", "Moran said the elections were over.")])


_GAVE = "Governor Peter Brenn met Ambassador Mara Vell and Ilan Dorr in Corbel on Monday. "


def test_instructions_handed_over_and_tasks_given_up_are_no_order():
    """"gave a copy of the written instructions to …", "gave the students copies of the scholarship instructions",
    "gave up his tasks to his deputy": papers handed over or work left, no order (`lexicon._INSTRUCTIONS_OF_A_KIND`,
    the "gave" rule's "(?!up)")."""
    body = (_GAVE + "Vell gave a copy of the written instructions to the Governor. "
            "Vell gave the students copies of the scholarship instructions. "
            "Brenn gave up his tasks to his deputy before leaving for Zandia.")
    assert_statements(body, [])


def test_instructions_of_a_kind_far_from_the_verb_are_an_order():
    """The guard, and a miss mended: "gave the chairman of the port board, Ilan Dorr, clear instructions on …" and
    "gave Ilan Dorr a number of instructions on …" are orders."""
    body = (_GAVE + "Brenn gave the chairman of the port board, Ilan Dorr, clear instructions on the new dock. "
            "Brenn gave Ilan Dorr a number of instructions on the port.")
    assert_statements(body, [
        ("Peter Brenn", "indirect", "Brenn gave the chairman of the port board, Ilan Dorr, clear instructions on the new "
                                    "dock."),
        ("Peter Brenn", "indirect", "Brenn gave Ilan Dorr a number of instructions on the port."),
    ])


_TOOK = "Governor Tarn Velo met Mayor Ana Belo in Corbel on Monday. "


def test_took_to_social_media_to_share_an_announcement_is_a_statement():
    """"took to social media to share details of the new visa rules …", "took to X to share about the city's plan …":
    an announcement posted (`lexicon._OCCASION_USED_TO_SPEAK`: only details of the meeting itself are excluded)."""
    body = (_TOOK + "Velo took to social media to share details of the new visa rules for Kesta's students. "
            "Belo later took to X to share about the city's plan to host the fair in May.")
    assert_statements(body, [
        ("Tarn Velo", "indirect", "Velo took to social media to share details of the new visa rules for Kesta's "
                                  "students."),
        ("Ana Belo", "indirect", "Belo later took to X to share about the city's plan to host the fair in May."),
    ])


def test_took_to_social_media_to_share_details_of_the_meeting_is_narrative():
    """The guard: "to share details of the interaction", "to share about her meeting with …": a post about the
    meeting, narrative."""
    body = (_TOOK + "Velo took to social media to share details of the interaction. "
            "Belo took to her X handle to share about her meeting with the governor.")
    assert_statements(body, [])


def test_remarks_made_do_not_carry_back_to_a_narrative_lead_paragraph():
    """The same when the remarks sentence opens the next paragraph: the meeting's lead is not the governor's words
    (`statements`' lead told after, skipped after `REMARKS_MADE_AT`)."""
    for lead in (_HOST, "The talks lasted two hours."):
        assert_statements(lead + "\n\nBrenn made the comments after the talks.", [])


def test_remarks_made_carry_back_a_lead_whose_verb_was_dropped():
    """The guard (sixhundredfortyfifth pmldaily): a lead that tells of no meeting, its verb dropped by the paper, is
    still the words the remarks sentence names."""
    lead = "Former Vice President Talo Brenn has Speaker Mara Vell for the way she steered the session."
    assert_statements(lead + "\n\nHe made the remarks as he paid a courtesy call on the Speaker.", [
        ("Talo Brenn", "indirect", lead),
    ])


# Rule pieces of stop 68 that no test covered (the review removed each in turn)


def test_the_royal_father_is_an_untitled_principal():
    """`people.resolve_description`'s `OFFICE_NAMED_ALSO` mapping (h1150): "the royal father" answers as "the monarch",
    so an untitled principal named first ("Tunde Akinlo, the Osemawe of Zerland, welcomed …") is he; without it the
    sentence went to an unnamed "Monarch"."""
    body = ("Tunde Akinlo, the Osemawe of Zerland, welcomed the Governor to his palace on Monday.\n\n"
            "The royal father urged the youths to be calm.")
    assert_statements(body, [("Tunde Akinlo", "indirect", "The royal father urged the youths to be calm.")])


_FERRY = ("The Governor of the Northern Province, Mr. Halvar Stenn, arrived in Sarn on Friday at the invitation of the "
          "Mayor of Sarn, Mrs. Ilse Varn.\n\n")


def test_a_who_clause_with_by_or_with_goes_on_its_own_list():
    """The "by" and "with" of `speech_subjects._WHO_CLAUSES_COMPANY` (h1156): "who was greeted … by X, and the mayor,
    Mrs. Y, said …", "who came with X, and the mayor …": the ", and" goes on the clause's list, the opener speaks;
    without them the sentence was read as a pair's, no one's."""
    for clause in ("who was greeted at the pier by the port chief Per Holl", "who came with the port chief Per Holl"):
        sentence = f"The governor, {clause}, and the mayor, Mrs. Varn, said a bus line would open in June."
        assert_statements(_FERRY + sentence, [("Halvar Stenn", "indirect", sentence)])


def test_a_realm_of_two_words_after_an_obas_office_is_no_name():
    """"oba" and "etsu" in `phrases._MONARCHS` (h1156): "the Oba of Ode Remo", "the Etsu of Nupe Kasa" name a realm of
    two words after the ruler's office, no person "Ode Remo"; without them the realm was the speaker."""
    body = ("Governor Femi Adaro received the Oba of Ode Remo and the Etsu of Nupe Kasa on Monday.\n\n"
            "The Oba of Ode Remo thanked the governor for the visit. The Etsu of Nupe Kasa urged the youths to be calm.")
    result = assert_statements(body, [])
    assert not any(speaker.name in ("Ode Remo", "Nupe Kasa") for speaker in result.speakers)


def test_a_who_clause_and_a_bare_office_said_is_a_pair():
    """"The governor, who arrived on Monday, and the mayor said …": the h1156 pair with no comma before the verb, a bare
    office or a name after ", and": the pair's words, not the second's half sentence (`reported_speech`, the joined
    clause's `pair_after_a_who_clause`)."""
    for second in ("the mayor", "Mayor Ida Pell"):
        body = ("Governor Ode Tamm met Mayor Ida Pell in Sarn on Monday. "
                f"The governor, who arrived on Monday, and {second} said the fair would grow.")
        assert_statements(body, [])


def test_a_clause_joined_by_and_after_a_verb_is_the_seconds():
    """The guard: "The governor spoke on Monday, and the mayor said …" is the mayor's clause."""
    body = ("Governor Ode Tamm met Mayor Ida Pell in Sarn on Monday. "
            "The governor spoke on Monday, and the mayor said the fair would grow.")
    assert_statements(body, [("Ida Pell", "indirect", "the mayor said the fair would grow.")])


def test_a_period_aside_before_where_one_spoke_is_stepped_over():
    """"Velo last week in a speech said …": past the aside of where he spoke, the period is no cue's opening
    preposition (`speech_subjects._skip_fillers_back`'s guard only before a cue, not before a stepped "in a speech")."""
    body = ("Governor Talo Brenn met Tarn Velo in Corbel on Monday. "
            "Velo last week in a speech said that the visa rules would change.")
    assert_statements(body, [("Tarn Velo", "indirect", "Velo last week in a speech said that the visa rules would change.")])


def test_a_period_before_a_cue_opening_with_a_preposition_is_not_stepped_over():
    """The guard (eighthundredth cjonline): "… met with Gov. Brenn last month in hopes of strengthening ties." is no
    one's, nor "Brenn last month in hopes of more trade said …" read through the period."""
    body = ("Governor Talo Brenn met Tarn Velo in Corbel on Monday. "
            "A delegation met with Gov. Brenn last month in hopes of strengthening ties.")
    assert_statements(body, [])
