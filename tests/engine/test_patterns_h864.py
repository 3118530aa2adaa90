"""Helper h864's constructions (sixhundredfortyeighth, the Governor of New York's releases as EIN Presswire prints them):
an order whose object is a thing, then "to be" and a participle ("Governor X today directed flags on State buildings to be
flown at half-staff …", "the Governor directed landmarks to be illuminated in yellow …"); a title in title case
"Statement From Governor X on …" over a quoted first-person statement with no attribution; a rush transcript with no
speaker labels after "A rush transcript of the Governor’s remarks is available below:"."""

from .test_patterns import assert_statements


def test_directed_a_thing_to_be_done_is_an_order():
    """"Governor X today directed flags on State buildings to be flown at half-staff …": an order (GOLD-FORMAT's
    "directed") whose object is a thing and whose act is a passive ("to be flown", "to be illuminated", "to be
    lowered"), was no statement; an order to a body ("directed the State Police to …") was one already."""
    body = ("Governor Ilona Brenn today directed flags on State buildings to be flown at half-staff on Monday in honor "
            "of the victims of the flood in Kastravia. Additionally, the Governor directed landmarks to be illuminated "
            "in blue in solidarity with Kastravia.\n\n"
            "Earlier this week, Governor Brenn directed the State Police to enhance security at river crossings.")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "Governor Ilona Brenn today directed flags on State buildings to be flown at "
                                    "half-staff on Monday in honor of the victims of the flood in Kastravia."),
        ("Ilona Brenn", "indirect", "Additionally, the Governor directed landmarks to be illuminated in blue in "
                                    "solidarity with Kastravia."),
        ("Ilona Brenn", "indirect", "Earlier this week, Governor Brenn directed the State Police to enhance security "
                                    "at river crossings."),
    ])


def test_directed_with_no_order_to_be_done_stays_narrative():
    """Guard: "directed" with no object before "to be" ("the film she directed is to be shown", "the convoy was
    directed to be …" a passive of the verb itself), or an object in a relative clause ("directed attention to the
    limits that continue to be imposed" is "drew attention", a statement by its own rule), reads as before."""
    body = ("Governor Ilona Brenn opened the festival in Osterra. The documentary that Tavo Renk directed "
            "is to be screened on Sunday. The relief convoy was directed to be routed through the northern pass.")
    assert_statements(body, [])


def test_a_title_case_statement_from_names_the_quoted_body_s_speaker():
    """"Statement From Governor X on Tariffs" / "“Earlier today, I spoke with Premier Y …" / "“Here’s the problem: …”":
    the body is X's statement, quoted and never attributed; the title in title case put "From" in X's capitalised run,
    so the title named no one and the quotations had no speaker ("A statement from Premier X on …" named its host)."""
    body = ("“Earlier today, I spoke with Osterran Premier Tavo Renk to express my concerns with his plan to raise "
            "tolls on the river bridges. The Premier reiterated to me that he is not interested in hurting our "
            "families.\n\n"
            "“Here’s the problem: there’s no end in sight to this chaos. It’s time to put our economy back on stable "
            "footing.”")
    assert_statements(body, [
        ("Ilona Brenn", "direct", "Earlier today, I spoke with Osterran Premier Tavo Renk to express my concerns with "
                                  "his plan to raise tolls on the river bridges. The Premier reiterated to me that he "
                                  "is not interested in hurting our families."),
        ("Ilona Brenn", "direct", "Here’s the problem: there’s no end in sight to this chaos. It’s time to put our "
                                  "economy back on stable footing."),
    ], title="Statement From Governor Ilona Brenn on Tolls")


def test_a_statement_from_title_leaves_a_quotation_its_own_speaker():
    """Guard: under "Statement From the Press Secretary on …" a quotation attributed in the body stays its speaker's,
    and a body that tells in the third person is no one's statement by the title."""
    body = ("“We will rebuild every bridge,” said Governor Ilona Brenn of Kastravia.\n\n"
            "The Governor will visit the river towns on Monday.")
    assert_statements(body, [
        ("Ilona Brenn", "direct", "We will rebuild every bridge,"),
    ], title="Statement From the Press Secretary on the Floods")


def test_remarks_available_below_are_the_owner_s_words():
    """"Earlier today, Governor X delivered remarks on …" / "A rush transcript of the Governor’s remarks is available
    below:" / her paragraphs with no label and no quote marks: each her direct statement, as after "A translation of
    President X's remarks follows:"; they were no one's."""
    body = ("Earlier today, Governor Ilona Brenn delivered remarks on the passing of Archbishop Tavo Renk.\n\n"
            "A rush transcript of the Governor’s remarks is available below:\n\n"
            "I join millions across Kastravia as we mourn the passing of a true spiritual leader.\n\n"
            "And grateful for the blessing he gave my family when I met him last year. May he rest in peace.")
    assert_statements(body, [
        ("Ilona Brenn", "direct", "I join millions across Kastravia as we mourn the passing of a true spiritual "
                                  "leader."),
        ("Ilona Brenn", "direct", "And grateful for the blessing he gave my family when I met him last year. May he "
                                  "rest in peace."),
    ])


def test_remarks_available_below_with_labels_keep_their_turns():
    """Guard: a transcript below the same lead-in whose turns are labelled ("Governor Brenn: …", "Consul General Renk:
    …") keeps each turn its label's speaker."""
    body = ("Earlier today, Governor Ilona Brenn met with Consul General Tavo Renk of Osterra.\n\n"
            "A rush transcript of the Governor’s remarks is available below:\n\n"
            "Governor Brenn: These relationships are very important to us, and I welcome you once again.\n\n"
            "Consul General Renk: Thank you, Governor, the trade between us matters to both sides.")
    assert_statements(body, [
        ("Ilona Brenn", "direct", "These relationships are very important to us, and I welcome you once again."),
        ("Tavo Renk", "direct", "Thank you, Governor, the trade between us matters to both sides."),
    ])
