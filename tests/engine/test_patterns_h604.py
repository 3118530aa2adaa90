"""Rules from the four-hundred-forty-sixth held-out set (South Africa's Department of International Relations and
Cooperation, media statements 2005-2021): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_date_between_the_subject_and_the_verb_is_skipped():
    """"Cape TownSouth African Foreign Minister Dr X today Wednesday 14 May 2008 conveyed, on behalf of the government
    and people of South Africa, her deepest condolences to …" (dirco 2008-05-14): the day she spoke, named between
    her and her verb, as "today" or "on Monday" already was. Before, the date hid the subject and the sentence was
    no one's."""
    body = ("Foreign Minister Dr Anna Berg today Wednesday 14 May 2008 conveyed, on behalf of the people of Ardalia, "
            "her deepest condolences to the people of Lune following the floods.")
    assert_statements(body, [
        ("Anna Berg", "indirect",
         "Foreign Minister Dr Anna Berg today Wednesday 14 May 2008 conveyed, on behalf of the people of Ardalia, "
         "her deepest condolences to the people of Lune following the floods."),
    ])


def test_a_date_after_on_before_the_verb_is_skipped():
    """The same with "on" and the month first: "X on May 14, 2008 stressed that …"."""
    body = "Deputy Minister Ivo Marr on May 14, 2008 stressed that the talks with Lune had been useful."
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Deputy Minister Ivo Marr on May 14, 2008 stressed that the talks with Lune had been useful."),
    ])


def test_a_dated_thing_before_the_verb_stays_no_ones():
    """The guard: a date skipped leaves what stands before it to be read as before: "The agreement of 14 May 2008
    stressed …" is a text's, no one's words."""
    body = ("Minister Ivo Marr met his counterpart from Lune.\n\n"
            "The agreement of 14 May 2008 stressed that the border between the two countries is final.")
    assert_statements(body, [])


def test_a_share_of_a_whole_put_first_stays_in_the_sentence():
    """"Amongst the issues discussed during the meeting, Deputy Minister X conveyed South Africa´s interest in opening
    an Embassy in Bogota." (dirco 2015-03-10): "Among"/"Amongst" opens the sentence as "Of" or "During" does, its
    participle ("discussed", "raised") no one's cue, the sentence the speaker's whole. Before, it was cut off."""
    body = ("Deputy Minister Ivo Marr concluded his visit to Lune.\n\n"
            "Amongst the issues discussed during the meeting, Deputy Minister Ivo Marr conveyed Ardalia's interest "
            "in opening an Embassy in Lune.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "Amongst the issues discussed during the meeting, Deputy Minister Ivo Marr conveyed Ardalia's interest "
         "in opening an Embassy in Lune."),
    ])


def test_a_meetings_quoted_theme_is_no_ones_words():
    """"The 15th Africa-Nordic Ministerial Meeting took place under the theme: "Foreign and security policy at a
    crossroads: Ensuring stability and prosperity in a new security landscape."" (dirco 2016-05-28): a theme, however
    long and with its own stop, is a title (GOLD-FORMAT: a quotation of a title, slogan or term), not the words of
    the minister the readout is about. Before, it was given to her as a direct statement."""
    body = ("International Relations and Cooperation Minister Anna Berg has today returned from a successful working "
            "visit to the Kingdom of Lune, where she participated in the 15th Northern Meeting of Foreign Ministers on "
            "26-27 May 2016.\n\n"
            "The 15th Northern Ministerial Meeting took place under the theme: \"Trade and security at a crossroads: "
            "Ensuring growth and stability in a changing region.\"\n\n"
            "Minister Berg held bilateral talks with the Foreign Minister of Lune on the sidelines of the meeting.")
    assert_statements(body, [])


def test_words_quoted_after_a_speakers_colon_stay_hers():
    """The guard: a colon after a speech verb still leads in the speaker's words; only a theme, slogan or motto
    before the quotation makes it a title."""
    body = ("Foreign Minister Anna Berg has today returned from a working visit to Lune.\n\n"
            "Minister Berg said: \"Trade and security are at a crossroads, and we must ensure growth in the region.\"")
    assert_statements(body, [
        ("Anna Berg", "direct", "Trade and security are at a crossroads, and we must ensure growth in the region."),
    ])
