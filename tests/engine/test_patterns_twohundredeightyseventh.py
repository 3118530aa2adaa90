"""Rules from the two-hundred-eighty-seventh held-out set (president.gov.ua English news, November 2021 - February 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_BODY = ("President Dan Kessel announced that he had received a request to recall the ambassador. The Head of State "
         "said this during a conversation with the media following the talks with President of the Republic of Norvia "
         "Arno Velt in Ostgrad. \"Right after this press conference, I will work on this issue,\" he said. "
         "\"We are ready for talks on any platform,\" the President reminded.")


def test_a_name_credited_after_the_headlines_dash_is_no_guest():
    """"Ukraine to consider severance of diplomatic relations with Russia and other effective steps ... - Volodymyr
    Zelenskyy" (two-hundred-eighty-seventh 73057): the name after the dash is whom the headline quotes, not a guest of
    "with Russia". As a guest, he had made the visiting president the principal, who took "he said" and the bare
    "the President"."""
    assert_statements(_BODY, [
        ("Dan Kessel", "indirect", "President Dan Kessel announced that he had received a request to recall the "
                                   "ambassador."),
        ("Dan Kessel", "direct", "Right after this press conference, I will work on this issue,"),
        ("Dan Kessel", "direct", "We are ready for talks on any platform,"),
    ], title="Ostria to consider severance of relations with Valdia and other steps - Dan Kessel")


def test_a_name_after_with_and_no_dash_stays_a_guest():
    """Guard: the name right after "with" in a headline is still the guest ("Talks with Arno Velt"): the body's bare
    "the President" stays the publishing office's own head."""
    assert_statements(_BODY, [
        ("Dan Kessel", "indirect", "President Dan Kessel announced that he had received a request to recall the "
                                   "ambassador."),
        ("Dan Kessel", "direct", "Right after this press conference, I will work on this issue,"),
        ("Dan Kessel", "direct", "We are ready for talks on any platform,"),
    ], title="President held talks with Arno Velt in Ostgrad")
