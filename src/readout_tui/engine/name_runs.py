"""Runs of capitalised words, and the people each names."""
from __future__ import annotations

import re
from functools import lru_cache

from readout_tui.engine.lexicon import CAPITALS, FUNCTION_WORDS, MARKED_CAPITALS, NAME_ARTICLES, NON_PERSON_WORDS, ROLE_WORD_SET
from readout_tui.engine.phrases import (
    _PERSONAL_HONORIFICS,
    FORWARD_WINDOW,
    GIVEN_NAME_MODALS,
    SHORT_STYLES_AFTER_HE,
    SURNAME_ARTICLE,
    Phrase,
    _chunk_words,
    given_name_modal,
    phrase_opening,
)
from readout_tui.engine.people import FIRST_NAMES
from readout_tui.engine.text_steps import skip_space


@lru_cache(maxsize=65536)
def run_entries(run: str) -> tuple[tuple[Phrase, bool, bool], ...]:
    """The names of one run of capitalised words, each with what the registry asks
    of it: titled (an office or an honorific), full (two words or more). Parsed
    once per distinct run (the same "President Biden" recurs across a readout
    and an archive)."""
    names = run_names(run)
    if not names:
        return ()  # (most runs name no one: no generator to make for them)
    return tuple([(phrase, bool(phrase.role) or has_honorific(phrase), len(phrase.name) >= 2)
                  for phrase in names if not (phrase.role and _plural_office(phrase.name))])


def run_names(run: str, from_start: Phrase | None = None) -> tuple[Phrase, ...]:
    """The person names in one run of capitalised words, offsets from its start.
    `from_start`, if given, is the run's phrase read from its first word (a
    title's run has been read so already)."""
    start, end = 0, len(run)
    first = run.partition(" ")[0]
    if not (first.isalpha() and first.isascii()):  # (ASCII letters up to a space are `_FIRST_WORD`'s match as they stand)
        word = _FIRST_WORD.match(run)
        first = word.group() if word is not None else ""
    if first and (first.lower() in FUNCTION_WORDS or run.startswith("Per the ")) and not _ORDINAL_OFFICE.match(run) \
            and not (first == "An" and SURNAME_ARTICLE.match(run)) \
            and not (first in GIVEN_NAME_MODALS and given_name_modal(run.split(" "), 0)):
        # ("An Kwang-il": the surname; "Will Ostermeyer": the given name, `phrases.given_name_modal`)
        # ("Per the Marvoskian President, …": the American "per", as "according to", hard17; not the first
        # name of "Per Sørlie")
        start = skip_space(run, len(first), end)
        if start >= end:
            return ()  # ("We, President of X …": a lone function word is the whole run, nothing after it to read)
    if start == 0 and (" – The" in run or " — The" in run) \
            and _ends_a_word(run[(dash := max(run.find(" – The"), run.find(" — The"))) + 6:dash + 7]):
        # (fourteenth styles bermont_cabinet: "PORT ALDER, Bermont – The Premier and Minister of Finance, …"): a
        # dateline's place, then a dash and the sentence's capital "The": the place is no one holding the office
        # (whatever blank follows "The": a tab or a line break read with the run as a space is; or the run's end, or
        # a mark that parses as a space after it, `AS_SPACE_AFTER`: the test_names property found "Ilona – The" read
        # one way before "!" and another before " ")
        start = dash + 3
    elif start == 0 and (" - " in run or " – " in run) and (after := _titled_name_after_a_spaced_hyphen(run)) is not None:
        return (after,)
    elif start == 0 and "-" in first and (glued := _titled_name_after_a_glued_hyphen(run, first)) is not None:
        return (glued,)
    elif start == 0 and run[:3].isupper() and (agency := _AGENCY_BEFORE_A_DASH.match(run)) is not None:
        start = agency.end()  # ("KAZINFORM - Secretary General of …": read from the office, `_AGENCY_BEFORE_A_DASH`)
    phrase: Phrase | None
    if from_start is not None and start == 0:
        phrase = from_start
    elif start == 0:
        phrase = _read_run(run_key(run))  # (`run_phrase` for the whole run: nothing to cut or shift)
    else:
        phrase = run_phrase(run, start, end)
    if start == 0 and first[-1:] in ("’", "'") and first[-2:-1] == "s" and len(first) > 3 \
            and (phrase is None or phrase.kind not in ("name", "group")
                 or phrase.kind == "name" and not phrase.role and len(phrase.name) == 1 and phrase.end == len(first) - 1):
        # (fourhundredth belarus_president_vakulchik_4-september: "a report of Belarus’ KGB Chairman Valery Vakulchik"):
        # a country's possessive with its bare apostrophe opens the run (a thing, or a lone untitled word the tables do
        # not know); the office and name after it are one person's, read from the next word when they are a titled name
        # (otherwise the run stays as it was read; a plural's possessive, "Leaders’ President X", is a group's, parsed
        # part by part below as inside its run: the property tests' `test_a_group_is_parsed_part_by_part_as_inside_its_run`)
        after = run_phrase(run, skip_space(run, len(first), end), end)
        if after is not None and after.kind == "name" and after.role:
            phrase = after
    elif start == 0 and first[-2:] in ("’s", "'s") and len(first) > 3 \
            and _owner_read_as_no_person(run, 0, len(first) - 2, phrase):
        # (the owner no person, or a body's initials read as a one-word person: "DAP’s"; not "Anwar’s", maybe a man's)
        phrase = _name_after_an_owners_possessive(run, len(first), end) or phrase
    if start == 0 and phrase is not None and phrase.kind == "thing" and " to " in run:
        # (fivehundredsixth oecs canada_credentials: "presented her Letters of Credence to Dr. X, Director General of
        # the OECS"): a capitalised thing handed to someone, then "to" and a style: the styled name is the run's person
        phrase = _styled_name_after_to(run) or phrase
    if phrase is not None and phrase.kind == "group":
        # "President Putin and President Nazarbayev": each on its own ("President
        # Putin"), as parsed inside the run
        return _plural_office_shared(tuple(name for name in group_names(run, start, end, run_phrase)
                                           if not (name.role and _a_body_named_for_a_monarch(run, name))))
    if phrase is None or phrase.kind != "name" or phrase.country is not None and _a_bodys_name(run, phrase) \
            or phrase.role and _a_body_named_for_a_monarch(run, phrase):
        return ()
    if not phrase.role and "-" in phrase.text:
        compound = next((k for k, word in enumerate(phrase.name[:-1]) if _OWNERS_COMPOUND.search(word)), None)
        if compound is not None:
            return _after_an_owners_compound(run, phrase, compound, end)
    if not phrase.role and run.startswith(_POSSESSIVE_MARKS, phrase.end) and _an_institutions_owner(run, phrase):
        return ()
    return (phrase,)


_POSSESSIVE_MARKS = ("’s ", "'s ", "’ ", "' ")
"""A possessive right after a name in its run (singular "’s", or a plural's bare apostrophe), curly or straight."""
_INSTITUTION_AFTER_POSSESSIVE = re.compile(
    r"(?:’s|'s|’|')\s+(?:Training\s+|Teachers?\s+)?(?:College|University|School|Academy|Polytechnic|Institute|Hospital|"
    r"Association|Union|League|Club|Society|Church|Cathedral)\b")
"""The institution noun a possessive owns inside one run ("Kinango Teacher’s College", "Kinango Nurses’ College")."""


def _name_after_an_owners_possessive(run: str, first_end: int, end: int) -> Phrase | None:
    """The person named right after an owner's possessive "’s" that opens a run (ninehundredeightieth malaymail
    2020-12-08: "… with his counterparts from PKR … and DAP’s Nga Kor Ming." / "“We pray for the best,” Nga said …";
    so "Russia’s Sergei Lavrov", "China’s Wang Yi"): a party's, a country's or a body's word owns the person, who is
    no one's possessive (the owner read as a one-word person, or as no one, before). Only a name read from the word
    right after the possessive with an office, or untitled and of two words or more (a given name and a surname), so
    "Perak’s Kinta Valley", "Anwar’s Madani Government" (things) and a lone word after the owner stay as they were
    read; None otherwise."""
    at = skip_space(run, first_end, end)
    after = run_phrase(run, at, end) if at < end else None
    if after is None or after.kind != "name" or after.start != at:
        return None
    return after if after.role or len(after.name) >= 2 else None


def _owned_part(run: str, a: int, b: int, part: Phrase | None) -> Phrase | None:
    """A group run's part run[a:b] as read alone (`part`), or the person named after an owner's possessive that opens
    it ("… from PKR X and DAP’s Nga Kor Ming", `_name_after_an_owners_possessive`): when the owner is read as no one,
    or as a one-word person whose word is a body's initials, as `run_names` does for a run that opens with one."""
    if run.startswith("and ", a):
        a += 4  # (a part after the first keeps the "and" that joined it)
    first = _FIRST_WORD.match(run, a, b)
    if first is None or run[first.end() - 2:first.end()] not in ("’s", "'s") or first.end() - a <= 3:
        return part
    if not _owner_read_as_no_person(run, a, first.end() - 2, part):
        return part
    return _name_after_an_owners_possessive(run, first.end(), b) or part


def _owner_read_as_no_person(run: str, a: int, owner_end: int, part: Phrase | None) -> bool:
    """Whether the owner's word run[a:owner_end], before its "’s", was read (`part`, the run or its part as read) as no
    person, or as a one-word untitled person whose word is a body's initials ("DAP’s"): the person named after the
    possessive may then be read instead (`_name_after_an_owners_possessive`); not after "Anwar’s", maybe a man's. One
    test for `run_names` and `_owned_part`."""
    return part is None or part.kind not in ("name", "group") \
        or part.kind == "name" and not part.role and part.end == owner_end and run[a:owner_end].isupper()


def _an_institutions_owner(run: str, phrase: Phrase) -> bool:
    """Whether the untitled name `phrase` is only the owner word of an institution's name in its run
    (ninehundredtwentieth kenyanpost 2020-09-22: "Kinango Teacher’s College in Kwale caught the President’s attention
    and he was quick to shower praises on Mvurya": a college, not a Mr Kinango Teacher whom "he" and the President's
    quotations then fell to): a possessive, then College, University, School, Hospital … (`_INSTITUTION_AFTER_POSSESSIVE`),
    and no known given name nor personal style opening it (not "Mary Smith’s School", a person's, kept); its last word
    a common noun of people or a thing (`_OWNERS_NOUNS`, `NON_PERSON_WORDS`: "Teacher’s", "Nurses’", "Workers’") or
    a capital, so that a name of given names no list holds stays a person's (hr63 on h1203: "Kwame Mensah’s Hospital
    received new beds. Mensah said …", Mensah's)."""
    if _INSTITUTION_AFTER_POSSESSIVE.match(run, phrase.end) is None \
            or phrase.name[0].lower() in FIRST_NAMES or has_honorific(phrase):
        return False
    last = phrase.name[-1].lower()
    return last in _OWNERS_NOUNS or last.removesuffix("s") in _OWNERS_NOUNS or last in NON_PERSON_WORDS \
        or last in CAPITALS


_OWNERS_NOUNS = frozenset(
    """teacher nurse worker farmer mother father parent child student pupil veteran soldier officer doctor miner
    fisherman fishermen trader merchant citizen peasant elder youth woman men lady ladies widow orphan artisan
    pensioner labourer laborer driver seaman seamen sailor engineer lawyer journalist""".split())
"""The common nouns of people ("Teacher", "Nurses", "Workers"), singular (a plural read by its "s" dropped), that own
an institution's name in its run (`_an_institutions_owner`): a group's college, no person's."""


_OWNERS_COMPOUND = re.compile(r"-(?:owned|run|listed|controlled|backed|based|funded)$")
"""A capitalised compound that says who owns, runs or backs a thing, or where it is based ("State-owned",
"Government-run", "ASX-listed", "Perth-based"): an adjective of what follows, never a person's given name."""


def _after_an_owners_compound(run: str, phrase: Phrase, compound: int, end: int) -> tuple[Phrase, ...]:
    """The name after an owner's compound read as a word of an untitled name, `phrase.name[compound]`
    (`_OWNERS_COMPOUND`; eighthundredseventyfourth australianmining: "… after Chinese State-owned Sinosteel, a major
    investor in the new iron ore province, voiced its anger …": a firm, not a Mr State-owned Sinosteel who then took
    "Sinosteel said delays …"; an unknown nation's adjective before it, "Tarnish State-owned Kolvex", is read into the
    name too): one word after it is the thing's own name, no one's; two or more are read again from the word after it
    ("Perth-based Anna Vell": the person)."""
    if len(phrase.name) - compound < 3:
        return ()
    at = run.find(phrase.name[compound], phrase.start, phrase.end)
    after = run_phrase(run, skip_space(run, at + len(phrase.name[compound]), end), end)
    return (after,) if after is not None and after.kind == "name" else ()




_AGENCY_BEFORE_A_DASH = re.compile(r"[A-Z]{3,} [-–—] (?=[A-Z])")
"""One word in capitals opening a run before a spaced dash: a dateline's agency or place (sevenhundredthirtyfirst,
Kazinform: "ASTANA. KAZINFORM - Secretary General of the Shanghai Cooperation Organization (SCO) X met with …"), no one
holding the office after the dash; before, a person "KAZINFORM" took the office and then "The SCO Secretary General, in
turn, briefed …". The run is read from the word after the dash."""


def _titled_name_after_a_spaced_hyphen(run: str) -> Phrase | None:
    """The titled name after a spaced hyphen in a run ("Ethiopia - Nigerian President Ada Voss": "Nigerian President Ada
    Voss"), offsets from the run's start: a dateline's place, then the hyphen and the sentence's opening office and name
    (fivehundredfiftythird, FAO: "30 January 2014, Addis Ababa, Ethiopia - Nigerian President X today thanked …"), so the
    place is no part of the office; None when what follows the hyphen is no name with an office, or an office word
    stands before the hyphen. A spaced en dash is read as the hyphen is (sixhundredsixtyfifth, the Governor of Florida's
    releases: "4/6/2011; Tallahassee, Fla. – Governor X today released the following statement …", whose run of capitals
    opens at the state's "Fla.")."""
    dash = run.find(" - ")
    if dash < 0:
        dash = run.find(" – ")
    if dash + 3 >= len(run) or any(word.lower() in ROLE_WORD_SET for word in run[:dash].split()):
        return None  # (nothing after the hyphen: "Lima, Peru - "; or an office before it, two offices of one holder:
        # "Deputy Prime Minister - Minister of Finance X", as `Person.learn` splits them)
    after = run_phrase(run, dash + 3, len(run))
    return after if after is not None and after.kind == "name" and after.role else None


_BEFORE_AN_OFFICE_GLUED = frozenset({"prime", "ex", "co", "acting", "first", "lieutenant", "under", "lord", "former",
                                     "sub", "pro", "interim", "joint", "senior", "state"})
"""First words of a hyphenated office ("Prime-Minister", "Ex-President", "Co-Chairman", "Acting-President"): the office
is the whole word, not a place glued to it (`_titled_name_after_a_glued_hyphen`)."""


def _titled_name_after_a_glued_hyphen(run: str, first: str) -> Phrase | None:
    """The titled name after an unspaced hyphen that glues a place to the office opening it ("Galmudug-President
    Farmaajo": "President Farmaajo"), offsets from the run's start: a headline's dash with its spaces lost
    (eighthundredsecond, Goobjoog: "My administration is committed to stability of Galmudug-President Farmaajo", whose
    glued run made a person "Galmudug-President Farmaajo" the body's "said president Farmaajo" never joined, so "The
    federal president" went to the one president the body titles). None when the word before the hyphen is an office
    word itself or an office's first word ("Minister-President Jambon", "Mayor-President X", "Vice-President X",
    "Prime-Minister X"), when what follows the hyphen is no office word, or no titled name follows."""
    before, _, office = first.partition("-")
    if not (before[:1].isupper() and office[:1].isupper() and office.isalpha() and office.lower() in ROLE_WORD_SET) \
            or before.lower() in ROLE_WORD_SET or before.lower() in _BEFORE_AN_OFFICE_GLUED or "-" in office:
        return None
    after = run_phrase(run, len(before) + 1, len(run))
    return after if after is not None and after.kind == "name" and after.role else None


def _styled_name_after_to(run: str) -> Phrase | None:
    """The name a personal style opens after " to " in a run that opens with a thing ("Letters of Credence to Dr. Ada
    Voss": "Dr. Ada Voss"), offsets from the run's start; None when no style follows a "to" or what it opens is no name."""
    at = run.find(" to ")
    while at > 0:
        word_start = at + 4
        word_end = run.find(" ", word_start)
        if word_end > 0 and run[word_start:word_end].lower() in _PERSONAL_HONORIFICS:
            phrase = run_phrase(run, word_start, len(run))
            if phrase is not None and phrase.kind == "name":
                return phrase
        at = run.find(" to ", word_start)
    return None


def _plural_office_shared(names: tuple[Phrase, ...]) -> tuple[Phrase, ...]:
    """"Foreign Office Ministers Jeremy Browne and Henry Bellingham met the Colombian Vice-Minister …"
    (two-hundred-ninety-ninth uk_fcdo 2011-01-28): an office in the plural before two names is both names'
    office, not a first name "Ministers" of an untitled Mr Browne (whom the readout's unnamed "Prime Minister"
    was then taken to be). Cheap tests first: a capitalised first name word of three or more that ends in "s"."""
    if not names or len(names[0].name) < 3:
        return names
    first = names[0].name[0]
    if not first[0].isupper() or not _plural_role_word(first):
        return names
    role = first[:-1].lower()
    return tuple(name._replace(name=name.name[1:], role=role) if k == 0
                 else name if name.role else name._replace(role=role) for k, name in enumerate(names))


_REGNAL_NUMERAL = re.compile(r" (?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}) [A-Z]")
"""A monarch's numeral after a name, and a capitalised word after it: " I Commemoration", " II Foundation"."""


def _a_body_named_for_a_monarch(run: str, phrase: Phrase) -> bool:
    """"Ambassador of Monaco to Italy and President of the Prince Albert I Commemoration Committee" (fivehundredthirtythird
    monaco 2019-11-20): an office "of the" a monarch's name, then his numeral and words that end in a body's word (committee,
    foundation, fund) at the run's end: the office is of a body named for the monarch, no Mr Albert who holds it (he took the
    quotation of the Minister of State before him). Cheap tests first: the run goes on past the name, with a numeral."""
    rest = run[phrase.end:phrase.end + 8]
    if not _REGNAL_NUMERAL.match(rest):
        return False
    last = run.rstrip(_RUN_ENDS).rsplit(None, 1)[-1]
    return last.lower() in NON_PERSON_WORDS


def _a_bodys_name(run: str, phrase: Phrase) -> bool:
    """"the 28th Kinotavr Open Russian Film Festival" (two-hundred-thirtieth 54726): untitled capitalised
    words, then a nation's adjective, then words that end in a body's or an event's word (festival,
    forum, council) at the run's end: one body's or event's own name, no Mr Kinotavr Open of Russia.
    A nation's adjective before the name ("Russian President Vladimir Putin") or a name that ends the
    run is not this."""
    if phrase.role:
        return False
    stripped = run.rstrip(_RUN_ENDS)
    last = stripped.rsplit(None, 1)[-1]  # (whatever follows the run that parses as a space does)
    if last == phrase.name[-1] or last.lower() not in NON_PERSON_WORDS:
        return False
    return not _of_a_country_named_with_a_body_word(stripped, phrase) and not _of_a_nations_place(stripped, phrase)


def _of_a_nations_place(run: str, phrase: Phrase) -> bool:
    """(ninehundredfifth artsakhpress: "… governor Robert Ghukasyan of Armenia’s Syunik Province was in Vienne …", the
    office in lower case left out of the run) whether an untitled name of two words or more is followed right by "of",
    then its own country's possessive and the place's name: a person of a nation's province, county or region, not a
    body's own name as "the Kinotavr Open Russian Film Festival" is (`_a_bodys_name`). The name holds no body's word
    ("Bank of Kenya’s Central Region" stays a body's). Cheap tests first: a country was read, an "of" in the run."""
    if phrase.country is None or len(phrase.name) < 2 or " of " not in run:
        return False
    name_end = run.find(" " + phrase.name[-1] + " of ")
    if name_end < 0 or not run.startswith(phrase.name[-1] + " of ", name_end + 1):
        return False
    after_of = run[name_end + len(phrase.name[-1]) + 5:]
    return after_of.lower().startswith((phrase.country + "’s ", phrase.country + "'s ")) \
        and not any(word.lower() in NON_PERSON_WORDS for word in phrase.name)


def _of_a_country_named_with_a_body_word(run: str, phrase: Phrase) -> bool:
    """(eighthundredseventyseventh inquirer 2016-06-13: "…, Asif Ahmad of the United Kingdom, and …") whether the run
    ends on the name of the phrase's own country after "of the", a country whose name ends in a body's word ("Kingdom",
    "States", "Emirates"), and the name holds no body's word itself: a person of that country, not a body's name as
    "the Kinotavr Open Russian Film Festival" is (`_a_bodys_name`). Cheap tests first: a country was read."""
    if phrase.country is None or not run.lower().endswith(" of the " + phrase.country):
        return False
    return not any(word.lower() in NON_PERSON_WORDS for word in phrase.name)


def group_names(run: str, start: int, end: int, parse) -> tuple[Phrase, ...]:
    """The names of a group run's parts, each part read alone by `parse(run, a, b)`; but
    an office whose complement holds the 'and' ("Under Secretary for Farm Production and
    Conservation Robert Bonnie") is read whole, one person: a titled part, then an untitled
    name that the two read together end."""
    spans = [m.span() for m in NOT_AND.finditer(run, start, end)]
    parts = [parse(run, a, b) for a, b in spans]
    if "s " in run and ("’s " in run or "'s " in run):  # (a cheap test first: an owner's possessive is rare)
        parts = [_owned_part(run, a, b, part) for (a, b), part in zip(spans, parts)]
    for k in range(len(parts) - 1):
        left, right = parts[k], parts[k + 1]
        if left is not None and left.role and right is not None and right.kind == "name" and not right.role:
            whole = parse(run, spans[k][0], spans[k + 1][1])
            if whole is not None and whole.kind == "name" and whole.end == right.end:
                parts[k], parts[k + 1] = whole, None
        elif _and_inside_a_bodys_complement(left, right) or _and_joins_two_adjectives(left, right):
            parts[k + 1] = None
    return tuple(part for part in parts if part is not None and part.kind == "name")


def _and_inside_a_bodys_complement(left: Phrase | None, right: Phrase | None) -> bool:
    """"V Forum of Creative and Academic Intellectuals of the CIS Member States": the
    'and' joins the complement of a body's or an event's name (the part before it a
    thing ending "of Creative"), so the untitled 'name' after it, that carries its own
    "of the …" like the rest of that name, is no person. A titled part ("… and
    President X") or a bare name ("… and Ivan Petrov") stays a person."""
    if left is None or right is None or left.kind != "thing" or right.kind != "name" or right.role:
        return False
    return " of " in left.text and " of " in right.text


_ADJECTIVE_WORD = re.compile(r"(?:[A-Z][a-z]+-)?[A-Z][a-z]+(?:al|ic|iac|ive|ary)$")


def _and_joins_two_adjectives(left: Phrase | None, right: Phrase | None) -> bool:
    """"International Foundation for Socio-Economic and Political Studies", "Institute for
    Scientific and Technical Information": the 'and' joins two adjectives of one noun in a
    body's name (the part before it a thing ending in an adjective, the part after it an
    untitled 'name' opening with one), so that 'name' ("Political Studies") is no person
    (hundred-thirty-fifth 53978: a title's "Political Studies" took every "the President").
    A part after it that opens with a first name ("… Economic and Michal Novak") stays a person.
    So too after a body's field named with "for" ("Center for Pediatric Cardiology and Cardiac
    Surgery"): the 'and' joins a second field, an adjective and its noun (two-hundred-seventy-fourth
    75005: a title's "Cardiac Surgery" took every "the President")."""
    if left is None or right is None or left.kind != "thing" or right.kind != "name" or right.role:
        return False
    right_first = right.text.split(" ", 1)[0]
    if not _ADJECTIVE_WORD.match(right_first):
        return False
    if " for " not in left.text and not _ADJECTIVE_WORD.match(left.text.rsplit(" ", 1)[-1]):
        return False
    first = right_first.lower()
    return first not in FIRST_NAMES


def run_phrase(run: str, start: int, end: int) -> Phrase | None:
    """`phrase_starting_at(run, start, end)` for a run of capitalised words, or a
    part of one, parsed once per distinct text (`_read_run`): the body's runs, the
    parts of its groups, a title's runs and the offices after a name recur in
    one another ("President Putin" alone, in a group, in a title). (TOKEN looks
    behind nothing, so a part reads alone as inside its run.)"""
    phrase = _read_run(run_key(run[start:end] if start or end < len(run) else run))
    return phrase.shifted(start) if phrase is not None and start else phrase


def run_key(run: str) -> str:
    """The run as the key it is parsed under: without the space after it, which
    reads as the end of the text does, but after a full stop (TOKEN reads "R."
    before a space as an initial, one word; at the end, as "R" and "."), where
    the full stop is a word of its own (`_stop_is_a_word`): then without both.
    (A run opens with a capital, so it is not empty: its last characters are
    read by index, half the cost of `endswith`.)"""
    if run[-1] != " ":
        return run
    if run[-2:-1] != ".":
        return run[:-1]
    return run[:-2] if _stop_is_a_word(run) else run


def _stop_is_a_word(run: str) -> bool:
    """Whether `run`, which ends in ". ", opens the phrase that it does without
    them ("Vladimir Putin. " as "Vladimir Putin", not "Joseph R. " nor "Mr. "):
    a run that fits the first window is read whole (`phrase_opening`), and when
    its last chunk is letters and a full stop that TOKEN reads as two words, its
    words are those of the run without ". " (a chunk of letters is one word,
    before a space or at the end) and a "." after them. `_phrase_from` stops at
    that "." as at the end of the words (no noun phrase of a person holds it, and
    none of the words it looks one ahead from, "," "to" "for", is followed by a
    suffix or an honorific when "." follows), and what it reads of the text (the
    phrase's words and where they lie) ends before ". "."""
    if len(run) > FORWARD_WINDOW:
        return False
    last = run[run.rfind(" ", 0, -2) + 1:-2]  # (a chunk only if letters alone: no space of any kind in it)
    return last.isalpha() and _chunk_words(last + ".") == (last, ".")


def _phrase_of_run(key: str) -> Phrase | None:
    """`phrase_opening` of a run, save a building named for an office before its place, which names no one
    (eighthundredfifth thenews nsw-participants: "visited Governor’s House Peshawar and had an interaction with acting
    Governor X" had made a governor "Peshawar", who took the release's "said a handout" and left "He informed …" no
    one's; "Governor House Quetta", "Chief Minister House Peshawar", "State House Nairobi" alike)."""
    if key[:1] in _RESIDENCE_INITIALS and _RESIDENCE_THEN_A_PLACE.match(key) is not None:
        return None
    return phrase_opening(key)


_RESIDENCE_INITIALS = frozenset("GPCS")
_RESIDENCE_THEN_A_PLACE = re.compile(r"(?:Governor|President|Prime Minister|Chief Minister|Speaker|State)(?:’s|'s)?"
                                     r" House [A-Z][\w’'-]*$")
"""An office's house, its official residence or secretariat, and one capitalised word, its place, ending the run
(`_phrase_of_run`); not "State House Mr. X", the guest named after where he was received."""
_read_run = lru_cache(maxsize=65536)(_phrase_of_run)
"""The phrase that a run opens (`phrase_opening(run)`), parsed once per distinct run (see
`run_phrase`): the cache wraps `phrase_opening` itself, one Python call fewer a run."""


def _ends_a_word(after: str) -> bool:
    """Whether `after` (the character after a word, "" at the run's end) ends it as a space would: a blank, or a mark
    that parses as one after a run (`AS_SPACE_AFTER`)."""
    return not after or after.isspace() or after in AS_SPACE_AFTER


SPACE_CHARS = frozenset(" \t\r\f\v\u00a0\u2028\u2029")
AS_SPACE_AFTER = SPACE_CHARS | frozenset("\n,;:)]”\"—!?")
r"""What may follow a run and parse as a space does (a space then stands for it
in the key of `run_entries`'s cache: "President Biden," and "President Biden "
are one entry). TOKEN's look-aheads, `(?=\s|,|$)` and `(?=\s)`, follow a full
stop only: after a run that ends in ".", only a space is a space (not the end of
the paragraph, nor a line break, where `NOT_AND` ends a part before it). Each of
the others is a token of its own that `_phrase_from` stops at, as it stops at the
end of the run ("," with nothing after it; a token no name holds).
tests/engine/test_names.py holds `run_names` to it."""
_RUN_ENDS = "".join(AS_SPACE_AFTER) + "."
"""What may end a run with the character after it: `AS_SPACE_AFTER` and a full stop (`_a_bodys_name`)."""


_ORDINAL_OFFICE = re.compile(r"(?:First|Second) (?:Lady|Gentleman|Deputy|Vice|Minister)\b")
"""An office that opens with an ordinal, at a run's start kept whole, not read as the function word "First":
"First Lady X", "First Deputy Prime Minister X"; a devolved government's "First Minister Nicola Sturgeon met with …
The First Minister welcomed …" (two-hundred-ninety-fifth cameron), Singapore's "Second Minister for Finance"."""
NOT_AND = re.compile(r"(?:(?!\sand\s).)+")
_FIRST_WORD = re.compile(r"[\w’'.-]+")
_RUN_WORD_CHAR = r"[A-Za-z\w’'.-]"
r"""A character of a run's word: `[\w’'.-]`, with the ASCII letters named first
(the same class; a letter is then found in its table, before the slower test
of `\w` for any other character)."""
NAME_CAPITAL = "[A-Z" + MARKED_CAPITALS + "]"
"""A capital that opens a name's word: A-Z or one with a mark ("Ángel Suárez", "Maroš
Šefčovič": a run of capitalised words goes on over them)."""
_AFTER_RUN_WORD = r"(?=,\s+[JS]r|\s+[-–A-Z" + MARKED_CAPITALS + "abdefiotvy])"
"""What must follow a run's first word for the run to go on: a comma before "Jr"
or "Sr", or spaces before a dash, a capital, or the first letter of a joining
word or of a name's article (of for the to and de bin ibn al von van der da
del y; al- el- ad- …)."""

_RUN_JOINER = r"(?:(?:of|for|the|to|and|de|bin|ibn|al|von|van|der|da|del|y|i)\b|[-–])"
_REGION_DASH = r"(?:(?<=Area )|(?<=Region )|(?<=Republic )|(?<=Ossetia ))—\s+"
"""A long dash before a region's second name ("Khanty-Mansi Autonomous Area — Yugra", "Kemerovo Region — Kuzbass",
"North Ossetia — Alania"; forty-eighth kremlin_7981's title, "Governor of … Area — Yugra Natalya Komarova"): the run
goes on over it, as over "–", only after a region's word (a dash aside elsewhere, "Ms X — the President's sister —",
ends the run)."""
_AFFAIRES = r"(?<=Charg[eé]\s)d\s?[’'´](?=[Aa]ffaires\b)"
"""The French office of an embassy's head in an ambassador's absence, its second word after an apostrophe
and in lower case as often as not ("Chargé d'affaires Ida Morn", "Ida Morn, Chargé d’affaires a.i., …"; the
apostrophe sometimes typed as an accent after a space, "Chargé d ´affaires"): the run goes on over it, one office."""
_ACADEMIC_STYLE_STOP = r"(?<=\bProf\.)|(?<=\bAssoc\.)|(?<=\bMohd\.)"
"""An academic style's stop inside a run ("the Rector, Prof. X,", "Assoc. Prof. Y, Vice-Dean …", styles39): a word of
four letters or more and a stop ends a run (a sentence's end), but "Prof." and "Assoc." stand before a name; tried only
where that guard fails, a word's stop. So does "Mohd.", Muhammad shortened as a Malaysian first name, always before the
rest of the name (eighthundredeightythird malaccatourism: "the Chief Minister Of Melaka- Datuk Seri Mohd. Ali Rustam",
which was a person "Mohd." and another "Ali Rustam"; `segments._FIRST_NAME_ABBREVIATIONS` ends no sentence there)."""
_NO_SLASHED_LETTER = r"(?!/(?<=\s[A-Z]/))"
"""After a run's later word: not a lone capital glued to a slash, the first half of an abbreviation ("U/E", "U/East",
"N/R": Ghana's press writes its regions so). Such a letter is no name's word: "We’ll work with everyone – Deputy U/East
Minister" (ninehundredseventyeighth citifm) ran "Deputy U", a deputy named "U", to whom "According to the … legislator,
…" was then given; the run now stops before it, and "Deputy" alone is no run. Tried at each later word's end, the slash
first (a word's next character is seldom one)."""
CAP_RUN = re.compile(
    r"(?:" + NAME_CAPITAL + r"(?<![A-Za-z\w’']" + NAME_CAPITAL + ")" + _RUN_WORD_CHAR + r"*+)" + _AFTER_RUN_WORD
    + r"(?:(?:,\s+(?:Jr|Sr)\.?)|(?:(?<![a-z]{3}\.)(?<![A-Z]{3}\.)(?<![^A-Za-z.][A-Z]{2}\.)|" + _ACADEMIC_STYLE_STOP
    + r")\s+"
    + r"(?:" + NAME_CAPITAL + "|" + NAME_ARTICLES + NAME_CAPITAL
    + r"|" + _RUN_JOINER + r"(?:\s+" + _RUN_JOINER + r")*\s+(?:" + NAME_CAPITAL + "|" + NAME_ARTICLES + NAME_CAPITAL + ")"
    + r"|" + _REGION_DASH + NAME_CAPITAL + "|" + _AFFAIRES + ")"
    + _RUN_WORD_CHAR + r"*+" + _NO_SLASHED_LETTER + r")++"  # (possessive: nothing follows the words, so none is given back)
)
r"""A run of capitalised words: each word after the first has spaces before it, and may
have joining words or dashes ("of the", "bin", "–") and a name's article ("al-") before
its capital. (Written as alternatives, the next word at once or joining words first,
rather than `(?:\s+JOINER)*\s+(?:ARTICLE)?CAPITAL`: the same strings, but that form
entered a repeat and an optional group before every word, a third of the scan's work.
At most one alternative can match at a place, however the pattern is written: a
joining word is in lower case, as an article is, and "al", "bin", "ibn" are joining
words only before a space, articles only before "-"; so every match is the one the
first form found. tests/engine and every run of the corpus hold it to that.)"""


@lru_cache(maxsize=16384)
def title_run(run: str) -> tuple[Phrase, ...]:
    """The people one capitalised run of a title names, parsed once per run: titles
    are all different, their runs much less so (2,721 runs, 1,519 distinct)."""
    first = run.partition(" ")[0]
    if "-" in first and (glued := _titled_name_after_a_glued_hyphen(run, first)) is not None:
        return (glued,)  # "… of Galmudug-President Farmaajo": the office and name after the glued place
    phrase = run_phrase(run, 0, len(run))
    if phrase is not None and phrase.kind == "name" and (
            _HEADLINE_WORDS.intersection(phrase.text.split())
            or phrase.country is not None and _a_bodys_name(run, phrase) or _plural_office(phrase.name)):
        return ()  # "Heating Season Under Control: …": a headline's clause in title case, not a name; nor
        # "Greetings to the 28th Kinotavr Open Russian Film Festival", an event's name (`_a_bodys_name`)
    if phrase is not None and phrase.kind in ("name", "description"):
        return (phrase,)
    if phrase is not None and phrase.kind == "group":
        return run_names(run, from_start=phrase)
    return ()


def _plural_office(name: tuple[str, ...]) -> bool:
    """A title's "name" that ends on an office in the plural ("Saudi, Italian Ambassadors Call On Sindh CM",
    sevenhundredfortyfifth): a group of guests, no one person, who would take the body's "The chief minister said …"."""
    return bool(name) and _plural_role_word(name[-1])


def _plural_role_word(word: str) -> bool:
    """An office's word in the plural ("Ambassadors", "Ministers"; `_plural_office`, `_plural_office_shared`)."""
    return word[-1:] == "s" and word[:-1].lower() in ROLE_WORD_SET


_HEADLINE_WORDS = frozenset("Under Over With Without After Before Against Amid Into From About Is Are Was Were "
                            "Has Have Held Meets Met Discussed Holds Remain Remains Accepts Receives Presents "
                            "Pays Hosts Welcomes Scheduled Expected Slated".split())
"""Capitalised words of a headline written in title case that no person's name holds ("Heating Season
Under Control", "Energy Headquarters Meets With President"): prepositions and verbs ("Botswana Lesotho Relations
Remain Solid", fourhundredsixtyseventh: no person "Remain Solid", who took the body's "the Prime Minister"; "King
Accepts Credentials from Korea", fourhundredseventyfifth: no King "Accepts Credentials", who took the body's "the
King" from King Letsie III; the verbs of a credentials or courtesy-call headline; and a plan's participle,
sixhundredthirtyfourth htsstlucia: "Prime Minister Scheduled For State Visit To …", no Prime Minister "Scheduled", who
took the body's "the Prime Minister explained …" from the Prime Minister the body names)."""


PERSONAL_STYLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "madam", "sir", "lord", "lady", "dame",
                             "prof", "prof.", "amb.", "mdm", "mdm."})
"""The styles before a name that make it a person's (`has_honorific`). ("Prof." and "Amb.", fivehundredeightyeighth
bnr credentials: "Amb. Mertens underscored that …", the surname the readout spells nowhere else, is a person as
"Dr. X" is; "Amb." with its stop only, "Amb" alone being a word of other languages' names. "Mdm", Madam shortened
in Malaysia and Singapore, eighthundredeightythird malaccatourism: "The president of MTA, Mdm. Madelina also took this
opportunity to request …", a woman's one name after it, as "Mrs X".)"""


def has_honorific(phrase: Phrase) -> bool:
    """Whether the phrase opens with a personal style that makes a lone surname a person's ("Mr X", and a British
    peer's or dame's: two-hundred-seventy-third collins_angola "Lord Collins stated:")."""
    words = phrase.text.lower().split()
    at = 0
    while at < len(words) - 1 and words[at] in _STYLE_PREFIXES:
        at += 1  # (four-hundred-sixty-eighth: "The Rt Hon. Lord Goldsmith": a peer's style after "The Rt Hon.")
    return bool(words) and words[at] in PERSONAL_STYLES


OFFICE_HOLDERS_STYLES = frozenset({"h.e.", "h.e", "h/e"} | {style.lower() for style in SHORT_STYLES_AFTER_HE})
"""The styles before a name that an office's holder bears, no personal style (`has_honorific`): "His Excellency",
"Ambassador", "Engineer" shortened ("The Executive Secretary of the Authority on Development, H.E. Amb (Eng) X, …",
fivehundredfortyfourth igad)."""


def opens_with_an_office_holders_style(phrase: Phrase) -> bool:
    """Whether the phrase opens with a style an office's holder bears ("H.E. X", "Amb. Y", "Eng. Z")."""
    space = phrase.text.find(" ")
    return space > 0 and phrase.text[:space].lower() in OFFICE_HOLDERS_STYLES


def office_holders_style_before_a_lone_name(phrase: Phrase) -> bool:
    """Whether the phrase is one name's word after a style an office's holder bears, "His Excellency" or "H.E."
    (fivehundredseventyfirst newslk: "His Excellency QiZhenhong, Ambassador of the People’s Republic of China to Sri
    Lanka met with …", the name's two words written as one): the office after its comma is his, as after "Mr X"."""
    return len(phrase.name) == 1 and (phrase.role in _EXCELLENCIES or opens_with_an_office_holders_style(phrase))


_EXCELLENCIES = frozenset({"excellency", "his excellency", "her excellency"})
"""The style "His Excellency" as a phrase reads it, with its pronoun or (a run of capitals: `run_names`) without."""


_STYLE_PREFIXES = frozenset({"the", "rt", "rt.", "right", "hon", "hon.", "honourable", "honorable"})
"""Words of the style "The Right Honourable" that may stand before "Lord", "Sir", "Dame" … ("The Rt Hon. Lord X")."""
