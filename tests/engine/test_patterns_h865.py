"""Helper h865's constructions (sixhundredfortyninth, the Cayman Islands Government as the Cayman press prints it): a
present speech form no noun ever is, after "and", the subject's second verb ("The premier participated in … events and
says his attendance can only benefit …"); a territory's "Premier" never named, the speaker of "The Premier said:"."""

from .test_patterns import assert_statements


def test_and_says_after_another_verb_is_the_subjects_report():
    """"The president participated in … talks and says the visit can only benefit the region.": "says", never a plural
    noun (unlike "hopes", "notes"), after "and" is the subject's second verb, as "… and said …" was already; it was
    dropped as a possible noun of a list."""
    body = ("Kastravian President Lena Varga met Velorian envoys in Tarvik on Monday.\n\n"
            "The president participated in both formal and informal talks and says the visit can only benefit the "
            "region.\n\n"
            "Varga attended the closing dinner and believes the two countries will sign a trade pact soon.")
    assert_statements(body, [
        ("Lena Varga", "indirect", "The president participated in both formal and informal talks and says the visit "
                                   "can only benefit the region."),
        ("Lena Varga", "indirect", "Varga attended the closing dinner and believes the two countries will sign a "
                                   "trade pact soon."),
    ])


def test_and_says_after_a_group_or_a_noun_stays_no_ones():
    """Guard: a group's second verb stays a group's, and a plural noun of a list ("roads, bridges and hopes") stays a
    noun: the new forms are only those no noun ever is."""
    body = ("Kastravian President Lena Varga met Velorian envoys in Tarvik on Monday.\n\n"
            "The delegation toured the port and says the visit was useful.\n\n"
            "The plan covers roads, bridges and hopes for a new rail line.")
    assert_statements(body, [])


def test_an_unnamed_premier_speaks_after_a_colon():
    """"Ahead of the visit Minister X said: “…”" / "The Premier said: “…”": the territory's head of government, never
    named, is one person known by the office (as Gibraltar's "the Chief Minister"); the quotation was the Minister's,
    the speaker of the paragraph before."""
    body = ("Velorian Trade Minister Oren Balt will visit Tarvik next week.\n\n"
            "Ahead of the visit Minister Balt said:\n\n"
            "“I am delighted to be making my first visit to the islands.”\n\n"
            "The Premier said:\n\n"
            "“We consider it a privilege to host the Minister.”")
    assert_statements(body, [
        ("Oren Balt", "direct", "I am delighted to be making my first visit to the islands."),
        ("The Premier", "direct", "We consider it a privilege to host the Minister."),
    ])


def test_a_named_premier_keeps_the_office():
    """Guard: a Premier named once is whom "The Premier" means later, no unnamed holder beside her."""
    body = ("Premier Tova Lind received Velorian Trade Minister Oren Balt in Tarvik on Monday.\n\n"
            "The Premier said:\n\n"
            "“We consider it a privilege to host the Minister.”")
    assert_statements(body, [
        ("Tova Lind", "direct", "We consider it a privilege to host the Minister."),
    ])
