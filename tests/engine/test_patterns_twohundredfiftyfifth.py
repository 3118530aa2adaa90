"""Rules from the two-hundred-fifty-fifth held-out set (Japan's MOFA and Prime Minister's Office English readouts,
2013-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_CALL = "Telephone Talk between Foreign Minister Tanvo and Foreign Minister Reslan"
_LEAD = ("On May 3, commencing at 9:00 a.m. for approximately 20 minutes, Mr. Aril Tanvo, Minister for Foreign Affairs "
         "of Ostrelia, held a telephone talk with Mr. Pem Reslan, Minister for Foreign Affairs of Varnia. The overview "
         "of the talk is as follows.")


def test_a_points_number_opening_a_paragraph_is_in_no_statement():
    """"2. Minister Kamikawa, based on the result of the preceeding Foreign Ministers’ telephone talk …, also stressed
    that …" (two-hundred-fifty-fifth, mofa_pressite_000001_00286; and press18e_000002 "2. In response, Secretary
    Kerry …"): a point's number that opens a paragraph is in no sentence. Before, "2." was a sentence of its own,
    carried on between two paragraphs of one speaker and given to him."""
    body = (_LEAD + "\n\n1. Minister Tanvo stated that Ostrelia is deeply concerned about the situation in the region."
            "\n\n2. Minister Tanvo also stressed that Ostrelia would help.")
    assert_statements(body, [
        ("Aril Tanvo", "indirect", "Minister Tanvo stated that Ostrelia is deeply concerned about the situation in the "
                                   "region."),
        ("Aril Tanvo", "indirect", "Minister Tanvo also stressed that Ostrelia would help."),
    ], title=_CALL)


def test_a_figure_opening_a_paragraph_stays_in_the_statement():
    """Guard: "1.5 million ..." opening a paragraph is a figure, not a point's number: it stays in the sentence the
    speaker's words carry on into (here the whole sentence, with its attribution, as before)."""
    body = (_LEAD + "\n\nMinister Tanvo stated that Ostrelia would support the refugees."
            "\n\n1.5 million people have left their homes, Minister Tanvo said.")
    assert_statements(body, [
        ("Aril Tanvo", "indirect", "Minister Tanvo stated that Ostrelia would support the refugees."),
        ("Aril Tanvo", "indirect", "1.5 million people have left their homes, Minister Tanvo said."),
    ], title=_CALL)


def test_a_relative_clause_on_a_thing_stays_in_the_first_speakers_statement():
    """"Additionally, Minister Kishida said he expects that Japan’s unique efforts including the “Corridor for Peace
    and Prosperity” initiative …, coordinated with the initiatives on the economic field that Secretary Kerry
    emphasizes, will achieve results …" (two-hundred-fifty-fifth, mofa_press18e_000002): "that Secretary Kerry
    emphasizes," is a relative clause on "the initiatives", its verb's object the noun itself; all of it the first
    minister's words. Before, the sentence was cut at the comma and the rest given to the second minister."""
    body = (_LEAD + "\n\n1. Minister Tanvo said he expects that Ostrelia’s efforts including the “Bridge for Peace” "
            "initiative, coordinated with the initiatives that Minister Reslan emphasizes, will achieve results.")
    assert_statements(body, [
        ("Aril Tanvo", "indirect", "Minister Tanvo said he expects that Ostrelia’s efforts including the “Bridge for "
                                   "Peace” initiative, coordinated with the initiatives that Minister Reslan "
                                   "emphasizes, will achieve results."),
    ], title=_CALL)


def test_a_second_speakers_clause_after_a_comma_is_still_cut():
    """Guard: "…, and Minister Reslan emphasized the need …" after a comma: a clause of his own (his verb has an
    object after it, no "that" before his name), still cut and given to him."""
    body = (_LEAD + "\n\n1. Minister Tanvo welcomed the initiatives on the economic field, and Minister Reslan "
            "emphasized the need for restraint.")
    assert_statements(body, [
        ("Aril Tanvo", "indirect", "Minister Tanvo welcomed the initiatives on the economic field"),
        ("Pem Reslan", "indirect", "Minister Reslan emphasized the need for restraint."),
    ], title=_CALL)


_CAIRO = "Attendance of Foreign Minister Tanvo at the Harbour Summit for Peace"


def test_a_list_after_a_lead_in_closed_by_a_semicolon_is_the_speakers():
    """"… and stated that Japan has consistently taken the position that prioritizes;" / "1.Immediate release of
    hostages and securing safety of civilians" / "2.All the parties to act based on international law" / "3.Calming
    down the situation as soon as possible." (two-hundred-fifty-fifth, embassy 20231024): a lead-in closed by a
    semicolon opens a list, as one closed by a colon does; its items, one paragraph each, are the speaker's words.
    Before, only a colon opened a list, and the items were no one's."""
    body = ("Mr. Aril Tanvo, Minister for Foreign Affairs of Ostrelia, attended the Harbour Summit for Peace held in "
            "Varnia on May 3, and stated that Ostrelia has consistently taken the position that prioritizes;\n\n"
            "1.Immediate release of hostages\n\n2.All the parties to act based on international law\n\n"
            "3.Calming down the situation as soon as possible.\n\n"
            "Minister Tanvo then stated that efforts need to be redoubled.")
    assert_statements(body, [
        ("Aril Tanvo", "indirect", "Mr. Aril Tanvo, Minister for Foreign Affairs of Ostrelia, attended the Harbour "
                                   "Summit for Peace held in Varnia on May 3, and stated that Ostrelia has "
                                   "consistently taken the position that prioritizes"),
        ("Aril Tanvo", "indirect", "Immediate release of hostages"),
        ("Aril Tanvo", "indirect", "All the parties to act based on international law"),
        ("Aril Tanvo", "indirect", "Calming down the situation as soon as possible."),
        ("Aril Tanvo", "indirect", "Minister Tanvo then stated that efforts need to be redoubled."),
    ], title=_CAIRO)


def test_a_groups_lead_in_closed_by_a_semicolon_gives_no_one_the_list():
    """Guard: "The two ministers discussed the following;" is a group's lead-in, no one's statement: the items after
    it stay no one's, as after a group's colon."""
    body = ("Minister Aril Tanvo stated that Ostrelia is deeply concerned about the situation.\n\n"
            "The two ministers discussed the following;\n\n1.Release of hostages\n\n2.Safety of civilians")
    assert_statements(body, [
        ("Aril Tanvo", "indirect", "Minister Aril Tanvo stated that Ostrelia is deeply concerned about the "
                                   "situation."),
    ], title=_CAIRO)
