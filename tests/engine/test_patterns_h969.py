"""Helper h969 (hard76, one person named by two offices or by a description that looks like two people): an envoy
named after his principal's titled name ("Mr. X, the emissary of President Y of Z," then "The emissary conveyed …";
"Mr. X, the special envoy of President Y," then "The envoy said …"): the office in apposition is the envoy's, not a
name of the principal (name_offices `appositive_office`, `_ENVOYS_OF`); and the principal's envoy by the possessor
("Daskorin's envoy told …", "Tolbeck's envoy said …"): the one envoy sent by that person, not the envoy of a body
named beside him (people `People._envoy_of_a_named_principal`)."""

from .test_patterns import assert_statements

RECEIVED = ("President Marek Tavolin on Monday received at the Palace of the Republic Mr. Jorvan Peskel, the emissary"
            " of President Ulla Brandmoor of Kessavia, who handed over a written message.")


def test_the_emissary_after_his_principals_titled_name_is_the_emissary():
    assert_statements(
        RECEIVED + "\n\nThe emissary conveyed President Brandmoor's greetings and said that Kessavia wished to resume"
        " the talks on the border rivers.",
        [("Jorvan Peskel", "indirect", "The emissary conveyed President Brandmoor's greetings and said that Kessavia"
          " wished to resume the talks on the border rivers.")])


def test_the_special_envoy_of_a_named_president_is_the_envoy():
    assert_statements(
        "President Marek Tavolin on Monday received Mr. Jorvan Peskel, the special envoy of President Ulla Brandmoor"
        " of Kessavia.\n\nThe envoy said that Kessavia would send its engineers to the dam within the month.",
        [("Jorvan Peskel", "indirect", "The envoy said that Kessavia would send its engineers to the dam within the"
          " month.")])


def test_the_principals_envoy_by_the_possessor():
    assert_statements(
        RECEIVED + "\n\nBrandmoor's envoy told his host that the Kessavian side would send its technical team within"
        " the month.",
        [("Jorvan Peskel", "indirect", "Brandmoor's envoy told his host that the Kessavian side would send its"
          " technical team within the month.")])


def test_the_possessors_envoy_is_not_the_envoy_of_a_body_named_after():
    assert_statements(
        "ORLANTE, Oct 8 (Baypress) - Sandor Quelvik, President Amira Halvermont's special envoy for the Lakes region, said"
        " on Tuesday that the talks on the dam would resume in November.\n\nSpeaking to reporters, Halvermont's envoy"
        " said both governments had accepted a panel of engineers.\n\nThe envoy of the Lakes Union, Ms. Petra"
        " Vassendorf, who attended as an observer, said that the Union would pay for the panel.",
        [("Sandor Quelvik", "indirect", "Sandor Quelvik, President Amira Halvermont's special envoy for the Lakes region,"
          " said on Tuesday that the talks on the dam would resume in November."),
         ("Sandor Quelvik", "indirect", "Speaking to reporters, Halvermont's envoy said both governments had accepted a"
          " panel of engineers."),
         ("Petra Vassendorf", "indirect", "The envoy of the Lakes Union, Ms. Petra Vassendorf, who attended as an"
          " observer, said that the Union would pay for the panel.")])


def test_the_principal_keeps_his_own_words():
    # guard: the principal named again by his title and name is himself, not his envoy
    assert_statements(
        RECEIVED + "\n\nPresident Brandmoor said in his message that Kessavia valued its friendship with Lorrand."
        "\n\nMr. Peskel added that a technical team would follow.",
        [("Ulla Brandmoor", "indirect", "President Brandmoor said in his message that Kessavia valued its friendship"
          " with Lorrand."),
         ("Jorvan Peskel", "indirect", "Mr. Peskel added that a technical team would follow.")])


def test_a_head_of_a_body_in_apposition_is_unchanged():
    # guard: a lower-case office of a body (no envoy) after a name reads as before
    assert_statements(
        "Minister Hanna Lestrove received Mr. Orrin Valcek, head of the Coastal Fund, on Monday.\n\nThe head of the"
        " fund said that the first loans would be signed in May.",
        [("Orrin Valcek", "indirect", "The head of the fund said that the first loans would be signed in May.")])


def test_an_office_held_also_in_a_who_aside_is_the_persons():
    # (name_offices `_WHO_TOOK_OFFICE`: ", who is also the Deputy Prime Minister," after the name)
    assert_statements(
        "Minister of Finance Oswin Tollemarch, who is also the Deputy Prime Minister, received on Monday the"
        " Vice-President of the Coastal Fund, Ms. Ilka Brandvoll.\n\nThe Deputy Prime Minister thanked the Fund for"
        " its support and said two new projects would be submitted in September.",
        [("Oswin Tollemarch", "indirect", "The Deputy Prime Minister thanked the Fund for its support and said two new"
          " projects would be submitted in September.")])


def test_a_who_aside_that_names_no_office_gives_none():
    # guard: "who is also the President's nephew" makes him no President
    assert_statements(
        "President Dagny Vollmark received on Monday Minister Oswin Tollemarch, who is also the President's nephew."
        "\n\nThe President said two new projects would be submitted in September.",
        [("Dagny Vollmark", "indirect", "The President said two new projects would be submitted in September.")])


def test_the_council_deciding_ends_a_report_carried_over():
    # (carrying_on `_MEETING_ITSELF`: "The Council approved …" after a paragraph that was one minister's report)
    assert_statements(
        "Prime Minister Ansel Korvedan on Wednesday chaired the weekly meeting of the Council of Ministers.\n\nLater in"
        " the meeting, the Prime Minister informed the Council that the army would help clear the flood damage in the"
        " valley.\n\nThe Council approved the draft budget and sent it to Parliament.",
        [("Ansel Korvedan", "indirect", "Later in the meeting, the Prime Minister informed the Council that the army"
          " would help clear the flood damage in the valley.")])


def test_a_report_carried_over_with_no_council_deciding_is_unchanged():
    # guard: a paragraph of figures after one that was the minister's report is still his
    assert_statements(
        "Prime Minister Ansel Korvedan on Wednesday chaired the weekly meeting of the Council of Ministers.\n\nLater in"
        " the meeting, the Prime Minister informed the Council that the economy had grown faster than planned.\n\n"
        "Tax receipts rose by a tenth in the first half of the year.",
        [("Ansel Korvedan", "indirect", "Later in the meeting, the Prime Minister informed the Council that the economy"
          " had grown faster than planned."),
         ("Ansel Korvedan", "indirect", "Tax receipts rose by a tenth in the first half of the year.")])


def test_the_name_after_an_also_aside_on_the_opening_office_is_the_subject():
    # (speech_subjects `_ALSO_ASIDES`: "The First Deputy Prime Minister, who is also the Minister of Economy, Ms. X,")
    assert_statements(
        "Prime Minister Ansel Korvedan on Wednesday chaired the weekly meeting of the Council of Ministers.\n\nThe First"
        " Deputy Prime Minister, who is also the Minister of Economy, Ms. Rinna Tressvold, presented the draft budget and"
        " said that spending on roads would rise by a fifth.",
        [("Rinna Tressvold", "indirect", "The First Deputy Prime Minister, who is also the Minister of Economy, Ms. Rinna"
          " Tressvold, presented the draft budget and said that spending on roads would rise by a fifth.")])


def test_an_opening_office_with_a_who_aside_of_another_kind_is_unchanged():
    # guard: "The Minister, who met Ambassador X on Monday, said …" stays the Minister's
    assert_statements(
        "Minister of Economy Rinna Tressvold received the Ambassador of Ulmerland, Mr. Ansel Korvedan.\n\nThe Minister,"
        " who met Ambassador Korvedan on Monday, said that trade had doubled.",
        [("Rinna Tressvold", "indirect", "The Minister, who met Ambassador Korvedan on Monday, said that trade had"
          " doubled.")])
