"""Helper h864's constructions (sixhundredfortyeighth, the Governor of New York's releases as EIN Presswire prints them):
an order whose object is a thing, then "to be" and a participle ("Governor X today directed flags on State buildings to be
flown at half-staff …", "the Governor directed landmarks to be illuminated in yellow …"); a title in title case
"Statement From Governor X on …" over a quoted first-person statement with no attribution."""

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
