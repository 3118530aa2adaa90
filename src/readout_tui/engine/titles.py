"""What a readout's title line tells: the people it names, its host, its guests, the mourned."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from readout_tui.engine.lexicon import NARRATIVE_VERBS, ROLE_WORD_SET, SPEECH_VERBS
from readout_tui.engine.name_offices import office_before
from readout_tui.engine.name_runs import CAP_RUN, title_run
from readout_tui.engine.people import FIRST_NAMES
from readout_tui.engine.phrases import Phrase


@lru_cache(maxsize=4096)
def title_phrases(title: str) -> tuple[Phrase, ...]:
    """People named in the title: names and descriptions ("President of Ukraine")."""
    return tuple(_title_phrases_in_order(title))


def first_title_phrase(text: str) -> Phrase | None:
    """`title_phrases(text)[0]` (None if there is none), the runs after the one that gives it left unread: for a caller
    that wants the first phrase of a stretch of a body read as a title is (`name_registry._the_offices_place_in_body`),
    whose later runs, one cut short at the stretch's end, would each be parsed for nothing."""
    return next(_title_phrases_in_order(text), None)


def _title_phrases_in_order(title: str) -> Iterator[Phrase]:
    """`title_phrases`, one phrase at a time, in the title's order."""
    for match in CAP_RUN.finditer(title):
        for base, end in _dash_parts(title, match.start(), match.end()):
            for phrase in title_run(title[base:end]):
                phrase = phrase.shifted(base) if base else phrase
                if phrase.kind == "name" and not phrase.role:
                    if phrase.text.startswith(_SAINT):
                        continue  # a saint's name is a place ("… ceremonies in St. Sophia's Cathedral"), no one's
                    if not base and not phrase.start and _opens_with_gerund(phrase.text):
                        continue
                    phrase = office_before(title, phrase.start, phrase.end, 0) or phrase  # "with deputy prime minister X"
                yield phrase


_SAINT = ("St. ", "Saint ")
"""A title's name that opens with "St." or "Saint" names a church, a city or a feast ("St. Sophia's Cathedral",
"Saint Petersburg"): no one who speaks in the readout (hundredsecond 75561: a title's "St. Sophia", met again in the
body's "Sophia of Kyiv", took every bare "the President"). A saint's country ("St. Kitts and Nevis Prime Minister X")
has an office and is kept."""


def _dash_parts(title: str, start: int, end: int) -> list[tuple[int, int]]:
    """A title's capitalised run cut at a spaced dash, then at its headline verbs: the dash parts a name from the
    office that a headline credits ("… one of the priorities of Volodymyr Zelenskyy - Deputy Head of the Office of
    the President", three-hundred-fifty-second 72429, had given Zelenskyy the office of the deputy head who spoke,
    and with it the body's "said the Deputy Head of the Office of the President")."""
    dash = title.find(" - ", start, end)
    if dash < 0:
        dash = title.find(" – ", start, end)
    if dash < 0 or any(phrase.kind == "name" for phrase in title_run(title[dash + 3:end])):
        return _headline_parts(title, start, end)  # an office's own dash ("Governor of … Area – Yugra X")
    return _headline_parts(title, start, dash) + _dash_parts(title, dash + 3, end)


def _opens_with_gerund(name: str) -> bool:
    """A title's first word, capitalised as the first, in a verb's "-ing" form names an activity, not the
    person it opens ("Servicing Russian-made arms used by foreign armed forces is …", eighty-third 33509, whose
    "Servicing Russian-made" took the body's "The President stressed …" from Putin). Only at the title's start
    (the caller's test): within a title the word may be a noun before a name ("Meeting with Minister of
    Construction, Housing and Utilities X"). A first name in "-ing" ("Irving") is a name; short words ("Ming",
    "King") are not taken, and an office before the run ("Acting …") gives the phrase a role, kept."""
    space = name.find(" ")
    word = name if space < 0 else name[:space]
    return len(word) >= 6 and word.endswith("ing") and word.isalpha() and word not in FIRST_NAMES


_HEADLINE_VERBS = frozenset(
    """hears answers gives sends pays lays makes tours greets addresses hands checks conducts delivers
    meets visits holds hosts signs attends chairs receives inspects opens takes joins calls
    telephones phones congratulates condoles named
    speaks welcomes emphasizes reflects concludes launches honors applauds announces secures
    orders directs departs leaves returns reaches arrives bids gets endorses urges lauds praises hails commends
    discusses underscores reaffirms reiterates stresses pledges reconfirms assures affirms expresses vows
    begins starts assumes confers condemns denounces deplores rejects agrees explores garners wins earns gains
    backs supports bans blasts installs inaugurates appoints suspends approves donates distributes prescribes""".split())
"""("named": a headline's passive, "First Lady X Named “Patriot of the Year”", hundred-seventy-third: no person
"X Named"; "speaks" … "secures": White House releases of 2025, hundred-eighty-sixth: "First Lady X Speaks at Senate
Spouses Luncheon" named no person "X Speaks"; "orders", "directs": styles5's Indonesian-style cabinet secretariat,
"President Wirawan Orders Ministers to Secure Rice Stocks Ahead of Dry Season" named no person "Rice Stocks", who took
every bare "the President"; "departs", "leaves", "returns": a journey's headline, "Liberia: President X Returns
Home From Ghana After A Brief Working Visit", Liberia's Executive Mansion, fourhundredseventyfirst: no person "X Returns
Home", who had left the body's bare "the President" to the other President its sentence named; "reaches",
"arrives" too, fivehundredsecond, SONNA: "Somali Deputy Prime Minister and his delegation Reaches Baidoa" had made one
person "Reaches Baidoa", whom the dateline "Baidoa: [SONNA]- A high level …" then made the speaker of a transcript;
"bids": a farewell's headline, "Ambassadors and High Commissioners Bid Farewell to the Minister of Foreign Affairs …", Sierra Leone's
foreign ministry, fourhundredseventyfourth, whose plural "Bid" after " and " had made one person "High Commissioners
Bid Farewell", who kept the body's bare "The minister" from the one speaking; "gets", "endorses" … "commends": a
headline's report of a stance, "Jokowi Endorses Timor-Leste’s Accession to ASEAN during Meeting with Xanana Gusmão",
Timor-Leste's government, fourhundredninetyfifth, had made one person "Jokowi Endorses", not Joko Widodo; "begins",
"starts", "assumes": a term's first day, "Oh Begins Duty as 38th Seoul Mayor by Visiting …", KBS World,
fivehundredfortyfirst, had made one person "Oh Begins Duty", who took the body's "Oh Se-hoon" and every bare "Oh";
"confers": "Demeke Confers with Foreign Ministers on Margins of AU Executive Council", the Ethiopian News Agency,
fivehundredeightyfirst, had made one person "Demeke Confers", who took the body's "Demeke Mekonnen" and bare "Demeke";
"condemns", "denounces", "deplores", "rejects": a stance's headline, "Panamanian Foreign Affairs Minister Condemns Violence
in Ecuador", News in America, sixhundredfiftyninth, had made one person "… Minister Condemns Violence", who took the
body's "the Foreign Minister", "she" and "the diplomat" from Janaina Tewaney; "agrees", "explores": two subjects' plural
"Agree", "Explore" after a comma and an office, `_plural_headline_verb`: "Petra Authority Chief, Mexican Envoy Explore
Cooperation", Petra, fivehundredninth, had made one description "Mexican Envoy Explore Cooperation"; "garners",
"wins", "earns", "gains": a headline's support won, "MCE Garners Support For Bono East Region", modernghana,
ninehundredsixtyfirst, had made one person "Garners Support" of the office MCE, who took the body's "The MCE made the
call …" and its "He said …" from the Municipal Chief Executive named in its first sentence; "backs" … "prescribes": a
headline's stance or act of office, "North West Governor Backs operation “Bamenda Clean,” prescribes …", observer237,
ninehundredninetyseventh, had made one person "Backs" of the office Governor, who took the body's "The Governor
instructed …" from the Governor named in its first sentence, the City Mayor having spoken between)"""
_HEADLINE_VERB = re.compile(r"\s(?:[A-Z][a-z]+|[A-Z]+)(?=\s|$)")
_IRREGULAR_PAST_HEADLINE_VERBS = frozenset("made paid held gave took sent met led".split())
"""A headline verb's irregular past form (no "-ed" for `_past_headline_verb`), parting the run only before an article
(`_ARTICLE_NEXT`): "Maalim Made A Shock Visit To The State House." (sixhundredthirtyfifth theafricawatch) had made one
person "Maalim Made"; a name's "Made" (Balinese "I Made Sumerta") has a name, not an article, after it."""
_ARTICLE_NEXT = re.compile(r"\s(?:A|An|The|a|an|the)\s")
_ADJECTIVES_BEFORE_TO = frozenset("eager keen ready set poised likely unlikely willing unwilling determined due".split())
"""A headline's predicate adjective before "to" and what its subject means to do ("Focus: Kishida Eager to Showcase Close
Ties with Biden", Jiji Press as nippon.com prints it, sixhundredsixtyfirst, had made one person "Kishida Eager", the
speaker's display name): it parts the run, as a headline verb does; only with " to " after it (`_TO_NEXT`)."""
_TO_NEXT = (" to ", " To ", " TO ")
_WISHING_BEFORE_TO = frozenset("wants plans hopes seeks aims intends wishes looks tries works moves".split())
"""A headline's verb of wish or intent before "to" and what its subject means to do ("Wolf Wants to Dedicate $2 Million to
Helping Ukrainian Refugees …", The Keystone, sixhundredninetyninth, had made one person "Wolf Wants", the display name of
every later statement of Tom Wolf's): it parts the run as `_ADJECTIVES_BEFORE_TO` do; only with " to " after it.
"looks", "tries", "works", "moves": the same intent (eighthundredtenth kdlt: "Governor Noem Looks to Improve Tribal
Relationships" had made one person "Noem Looks", who took the body's bare "Noem" from Kristi Noem)."""


def _headline_parts(title: str, start: int, end: int) -> list[tuple[int, int]]:
    """A title's capitalised run cut at a headline's verb in the present tense, which
    parts its subject from its object and names no one ("Head of State Hears Report of
    Minister of Health", "HEAD OF STATE ANSWERS QUESTIONS FROM JOURNALISTS": no person
    "Report", "QUESTIONS"), or at a title-case "With". Most runs hold no such word: one cheap search each."""
    parts = []
    start = _after_opening_headline_verb(title, start, end)
    for verb in _HEADLINE_VERB.finditer(title, start, end):
        word = verb.group().strip().lower()
        # (a headline verb's bare form, tested once here for the three readings of one below and the future's "to":
        # most words of a run are none)
        bare = _headline_infinitive(word)
        if word in _HEADLINE_VERBS or word[-1] == "d" and _past_headline_verb(word) \
                or bare and (_plural_headline_verb(title, start, verb.start())
                             or _bare_verb_after_office(title, start, verb.start())
                             or _bare_verb_before_talks(title, verb.end())) \
                or word in _IRREGULAR_PAST_HEADLINE_VERBS and _ARTICLE_NEXT.match(title, verb.end()):
            parts.append((start, verb.start()))
            start = verb.end() + 1
        elif bare and title.endswith((" to", " TO", " To"), start, verb.start()):
            parts.append((start, verb.start() - 3))
            start = verb.end() + 1
        elif word == "with" and title.find(" ", verb.end() + 1, end) > 0:
            # (hard16 orvenna_anniversary_talks: "Talks With President Of Orvenna Joram Tesk"; State and Defense
            # readouts' "Secretary X's Meeting With Dutch Foreign Minister Y"): a title-case headline's preposition,
            # no word of a name; the run had read no one after it, so the guest the title names was no guest (two
            # words or more after it, as a run is: a lone "… Meets With President" stays no one, as "with President")
            parts.append((start, verb.start()))
            start = verb.end() + 1
        elif (word in _ADJECTIVES_BEFORE_TO or word in _WISHING_BEFORE_TO) and title.startswith(_TO_NEXT, verb.end()) \
                or word == "off" and title.startswith(_OFF_TO, verb.end()) \
                or word in _ISSUING_VERBS and title.startswith(_A_STATEMENT, verb.end()):
            # "Kishida Eager to Showcase …": X is eager, no person "X Eager"; "President X Off to Abuja": X is off, no
            # person "X Off"; "Premier X Issues Statement …": X issues it, no person "X Issues"
            parts.append((start, verb.start()))
            start = verb.end() + 1
    if not parts:
        return [(start, end)]
    parts.append((start, end))
    return [(lo, hi) for lo, hi in parts if hi > lo]


def _after_opening_headline_verb(title: str, start: int, end: int) -> int:
    """Where a capitalised run that opens with a headline verb, after a subject in lower case, goes on past the verb
    ("Somali Deputy Prime Minister and his delegation Reaches Baidoa", fivehundredsecond, SONNA: the run "Reaches Baidoa"
    is the verb and where to, no person "Reaches Baidoa", whom "Baidoa: [SONNA]- …" then made a transcript's speaker);
    `start` itself for a run that opens the title or holds no such verb first."""
    if start < 2 or title[start - 1] != " " or not title[start - 2].islower():
        return start
    space = title.find(" ", start, end)
    if space < 0 or title[start:space].lower() not in _HEADLINE_VERBS:
        return start
    return space + 1


_OFF_TO = (*_TO_NEXT, " for ", " For ", " FOR ")
"""A headline's "Off" before where one goes ("Liberia: President X Off to Abuja, Nigeria", Liberia's Executive Mansion
on allAfrica, fourhundredseventyfirst): the journey's "is off to", not a surname; the run had made one person "X Off",
who took the body's "Madam X", the First Lady named in full further on."""


_ISSUING_VERBS = frozenset(("issues", "releases"))
_A_STATEMENT = (" Statement", " Joint Statement", " a Statement", " A Statement", " Message", " a Message", " A Message")
"""A headline's "Issues" or "Releases" before the statement or message it puts out ("Premier Ford Issues Statement
Following First Ministers Meeting", Ontario's Office of the Premier, fivehundredeighteenth): the verb parts its subject
from what it issues, as "Meets" does; the run had made one person "Ford Issues", who took the release's narrative and
its lead-in as his words. Only before "Statement" or "Message": "Issues" is otherwise a noun of offices and councils
("Minister of Indigenous Issues", "Council on Issues Related to …")."""


def _plural_headline_verb(title: str, start: int, at: int) -> bool:
    """A headline verb's bare form after a subject of two joined by "and" ("Foreign Minister and Negotiations Committee
    Meet With EU Enlargement Commissioner", government.is, fourhundredsixtysecond): it parts the subject from what
    follows, as "Meets" does; the run had made one person "Meet", the office "Foreign Minister and Negotiations
    Committee", who took the body's "the foreign minister". Asked of a known headline verb less its "s"/"es" at `at`
    (`_headline_parts` tests that first), and only after " and " in the run before it (a single subject's "Meet" is no
    plural verb).

    So too after a subject of two joined by a comma, a headline's own "and" ("Envoy, PA Speaker Discuss EU Funded
    Projects", UrduPoint, eighthundredfifth; "FM, German Lawmaker Discuss Ties, Region", Petra; "Nigeria: Buhari, Beninese
    President Meet At Aso Rock", allAfrica): the comma stands right before the run (`_AFTER_A_JOINING_COMMA`) or in it
    before the verb; the run had made one person "PA Speaker Discuss EU Funded Projects", the Speaker, who took the
    body's "the Speaker requested …" and "he also talked about …" from Mushtaq Ahmad Ghani. Only where the second
    subject holds an office (`_holds_an_office`): a bare name there ("Tunisia: Saïed, Macron Hold Phone Call", TAP,
    fivehundredtwentythird) would be the title's one person, the first subject's lone word being no run, and took the
    body's bare "the Head of State" from Kaïs Saïed; the whole run, as before, names no one."""
    if title.find(" and ", start, at) >= 0 or title.find(" And ", start, at) >= 0:
        return True
    return (_AFTER_A_JOINING_COMMA.match(title, max(0, start - 3), start) is not None
            or title.find(", ", start, at) >= 0) and _holds_an_office(title[start:at])


def _holds_an_office(run: str) -> bool:
    """Whether a title's run before a headline verb is read with an office ("PA Speaker", "Beninese President",
    "Iowa Gov. Kim Reynolds"): a person the title may name, not a bare name beside one the run lost."""
    return any(phrase.role for phrase in title_run(run))


_AFTER_A_JOINING_COMMA = re.compile(r"\w, ?$")
"""A comma right before a title's run, after a word: the first of a headline's two subjects ("Envoy, PA Speaker …")."""


def _bare_verb_after_office(title: str, start: int, at: int) -> bool:
    """A headline verb's bare form right after a lone office that opens the run ("President Get Updated On PM’s Europe
    Trip, Reaffirms ASEAN Bid …", Timor-Leste's Presidency, fourhundredninetyfifth): the release's slip for "Gets",
    which parts the office from what follows as "Gets" does; the run had made one person "Get Updated", who took the
    body's bare "the President" and "he" from Ramos-Horta. Asked of a known headline verb less its "s"/"es" at `at`
    (`_headline_parts` tests that first), after a run that is one office and no name ("President", "Prime Minister", or
    an office of a body, `_one_office_of_a_body`): a name's "Meet" is kept."""
    run = title[start:at]
    return run.lower() in ROLE_WORD_SET or (" of " in run or " Of " in run) and _one_office_of_a_body(run)


def _one_office_of_a_body(run: str) -> bool:
    """Whether a title's run is one office and its body and nothing more ("Secretary General Of SAARC Send Congratulatory
    Message To New Prime Minister Of Pakistan", Spotlight Nepal, sixhundredseventysecond: the release's slip for "Sends"
    after "Secretary General Of SAARC", as after a lone office; the run had made one person "Congratulatory Message",
    the Secretary General, who took the body's "the Secretary General" and his quotations from Sial). Only a run read
    as one description with no name in it."""
    phrases = title_run(run)
    return len(phrases) == 1 and phrases[0].kind == "description" and phrases[0].start == 0 \
        and phrases[0].end == len(run)


_TALKS_NOUNS = (" Talks", " Discussions", " Discussion", " Consultations")


def _bare_verb_before_talks(title: str, at: int) -> bool:
    """A headline verb's bare form right before "Talks" or "Discussions" ("FM Demeke Hold Talks with Somali Counterpart",
    the Ethiopian News Agency, fivehundredeightyfirst): the release's slip for "Holds", which parts the subject from what
    follows as "Holds" does; the run had made one person "Demeke Hold", who took the body's "Demeke Mekonnen". Only a known
    headline verb less its "s"/"es" (`_headline_parts` tests that first) with the talks its object, right after it at
    `at` (a name's "Meet" is kept)."""
    return title.startswith(_TALKS_NOUNS, at)


def _past_headline_verb(word: str) -> bool:
    """A headline's verb in the past tense, in title case ("At the Air Force Base, Volodymyr Zelenskyy Familiarized
    Himself with …", "Volodymyr Zelenskyy Discussed Regional Security with …", president.gov.ua in English,
    three-hundred-fifty-second 84989): it parts the subject from what follows, as "Meets" does; the run had made
    one person "Volodymyr Zelenskyy Familiarized Himself". Only a known speech or narrative verb's "-ed" form, or a
    word in "-ized"/"-ised": names in "-ed" ("Ahmed", "Reed") are neither."""
    return word.endswith("ed") and (word in SPEECH_VERBS or word in NARRATIVE_VERBS or word.endswith(("ized", "ised")))


def _headline_infinitive(word: str) -> bool:
    """A future headline's "to" and a headline verb's bare form ("President Bush to Welcome PM Howard",
    three-hundred-eleventh 2003-02-04): the verb parts host from guest, as "Welcomes" does; the joiner "to"
    had made one person "President Bush to Welcome PM Howard" of both, who took the body's "the President".
    Only a word after " to" (" TO" in a title in capitals: "PRIME MINISTER OF GEORGIA TO ADDRESS PACE", gov.ge,
    fourhundredfortyeighth, had made one person "ADDRESS PACE" the prime minister, who took the body's "the Head of
    Government of Georgia") that is a known headline verb less its "s"/"es" ("Ambassador to Russia": no verb)."""
    return word + "s" in _HEADLINE_VERBS or word + "es" in _HEADLINE_VERBS


_LONG_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")


def title_case(words: str, least: int = 4) -> bool:
    """Quoted words capitalised as a title is ("a new resource, a “Guide for States:
    Cracking Down on Junk Fees …”", "the “Promotion of Good Quality jobs for a …”
    workshop"): nearly every word of four letters or more opens with a capital, and there are
    `least` such words at least."""
    long_words = _LONG_WORD.findall(words)
    return len(long_words) >= least and sum(word[0].isupper() for word in long_words) * 5 >= len(long_words) * 4


def topic_of(title: str, start: int) -> bool:
    """'Roundtable on Child Care', 'Convening on Combatting Junk Fees': what a
    meeting is about, not who is at it."""
    return title[max(0, start - 12):start].rstrip().lower().endswith((" on", " about", " regarding"))


def names_a_thing(title: str, phrase: Phrase) -> bool:
    """'President presented the Golden Star orders to servicemen', 'President: The next
    direction of the Large Construction - the new railway - starts today': a name with no
    office right after "the" is what a thing is called, not a person (a person's name
    takes no article; an office between them makes the phrase a description). So too a phrase whose own
    first word is that article ("President presented the Order of the Golden Star to the servicemen",
    two-hundred-eighty-first 75313: "the Golden Star" after "of", an honour, not the President's holder).
    A name right after "in" is a place (styles25 pandayan_pnd_jentaria_irrigation_speech: "PRMB leads turnover of …
    irrigation system in Hilagang Dumalo", a place of two capitalised words that took every bare "the President"),
    as the body's "the mission in Lower Tessaly" is (hard27); not a run that only opens there ("… is being decided in
    Ukraine - Volodymyr Zelenskyy", hundred-eighty-second 73085: the name after the dash is the speaker's)."""
    return not phrase.role and (title.endswith("the ", max(0, phrase.start - 4), phrase.start)
                                or title.startswith("the ", phrase.start)
                                or title.endswith(" in ", max(0, phrase.start - 4), phrase.start)
                                and phrase.kind == "name" and title.startswith(phrase.name[0], phrase.start)
                                or _initials_in_brackets(title, phrase))


def _initials_in_brackets(title: str, phrase: Phrase) -> bool:
    """A name alone in brackets whose every word is capitals ("… to the International Trade Union Confederation Asia
    and Pacific Region (ITUC AP)", fivehundredseventythird ilo actrav-ituc-ap): the initials of the body named before
    them, no one's name (a person so taken had no office, and the body's unnamed Director found no speaker)."""
    return phrase.kind == "name" and phrase.start > 0 and title[phrase.start - 1] == "(" \
        and title.startswith(")", phrase.end) and all(len(word) > 1 and word.isupper() for word in phrase.name)


def after_with(title: str, start: int, end: int = -1) -> bool:
    """'Telephone conversation with X', 'met with representatives of the Y': X and Y
    are the guests, not the host; so is Y of 'Conversation between X and Y' (the
    office that publishes names its own head first, "the President of the Republic")."""
    if title.startswith("On ") and title.startswith(",", end) and _ON_A_SUBMISSION_FROM.match(title, 0, start):
        return False  # ninety-second 71421: "On a submission from X, the parliament appointed Y …": X proposed, no guest
    return (title[start - 9 if start > 9 else 0:start].rstrip().lower().endswith(("with", "with the", "to", "from", "by"))
            and not _credentials_presented_to(title, start)
            or title.endswith((" of ", " of the "), 0, start) and _visit_of(title, start)
            or title[start - 1:start] == " " and _headline_object(title, start)
            or start < 48 and _BARE_OFFICE_ACTS_ON.fullmatch(title, 0, start) is not None
            or start == 0 and end > 0 and _honoured_in_title(title, end)
            or (with_ := _last_with(title, start)) >= 0 and not _subject_after_opening(title, with_, start, end)
            and not _credited_after_dash(title, start, end) and not _reporter_after_comma(title, with_, start, end)
            or title[max(0, start - 5):start].rstrip().endswith(" and") and _BETWEEN.search(title, 0, start) is not None
            or title.endswith(", ", 0, start) and _TO_OFFICE_THEN_NAME.search(title, max(0, start - 80), start) is not None)


_CREDENTIALS_TO = ("credentials to", "credence to", "credentials to the", "credence to the")


def _credentials_presented_to(title: str, start: int) -> bool:
    """"Eight Ambassadors-Designate Present Credentials to President X" (styles25
    sundavara_setkab_ambassadors_credentials; heldout four-hundred-seventh's "New ambassadors present credentials to
    President Aquino"): the one to whom letters of credence are presented receives them, the host whom the body's bare
    "the President" means, not a guest as "a call to X" names. Guard: one `endswith` on the words before the name."""
    return title[max(0, start - 20):start].rstrip().lower().endswith(_CREDENTIALS_TO)


_HONOURED = (" awarded ", " posthumously awarded ", " presented with ", " decorated with ")
"""A passive headline's verb after the name that opens it ("Mintimer Shaimiyev awarded Order of St
Andrew …"): the one honoured, whom the office that publishes honours."""
_HONOURS = ("Order ", "the Order ", "Medal ", "the Medal ", "title ", "the title ", "Hero ", "the Hero ", "Star ",
            "the Star ", "Prize ", "the Prize ", "state ", "a state ", "honorary ", "an honorary ")


def _honoured_in_title(title: str, end: int) -> bool:
    """(hundred-thirty-third 67614) "X awarded Order of St Andrew the Apostle the First-Called": a name
    that opens the title, then a passive "awarded" and the honour itself (no one named between, no "to"
    after: not "X awarded the Order of Y to Z", where X acts), is the one honoured, not the host who
    then takes the body's "The President sent a message of greetings to X". Guard: one `startswith` on
    the words after the title's first name."""
    for verb in _HONOURED:
        if title.startswith(verb, end):
            rest = end + len(verb)
            return title.startswith(_HONOURS, rest) and " to " not in title[rest:]
    return False


def _visit_of(title: str, start: int) -> bool:
    """"Statement from Press Secretary X on the Visit of President Lula of Brazil", "State visit of the
    King of Sweden": the one whose visit the title names is the guest, not the host whom the body's bare
    "the President" means. Guard: " of " just before the name (one `endswith`)."""
    return title[max(0, start - 16):start].lower().rstrip().endswith(("visit of", "visit of the"))


_HEADLINE_HOST_VERBS = (" receives", " receives the", " hosts", " hosts the", " welcomes", " welcomes the",
                        " greets", " greets the", " toasts", " toasts the")
"""(" toasts": styles25 pandayan_pco_state_banquet_tierravela, "X toasts Tierravela's President at … state banquet":
the one toasted at a banquet is the guest, not the host whom the body's bare "the President" means)"""


def _headline_object(title: str, start: int) -> bool:
    """"HM the King Receives the Prime Minister of Bahrain": the object of a headline's verb of hosting
    is the guest; the King who receives is the host whom the body's "the Head of State" means. Runs on
    the title's few phrases only (a space before, then one `endswith` on a 14-character window)."""
    window = title[max(0, start - 14):start].rstrip()
    return window.lower().endswith(_HEADLINE_HOST_VERBS)


def mourned_in_title(title: str, start: int, end: int) -> bool:
    """(hundredth 17635) "Condolences following the passing of President of Venezuela X": the one
    whose death the title names is mourned, not the readout's host; "the President" of its body is
    the sender of the condolences. A cheap look at the few words before the name (and at the
    possessive after its `end`: `_mourned_possessive`)."""
    if _mourned_possessive(title, end):
        return True
    if title.startswith(" of ", start - 4):
        window = title[start - 24 if start > 24 else 0:start].lower()
        # three-hundred-twenty-first kremlin_17596 "Condolences to family and friends of Van Cliburn": the one whose
        # family receive a condolence is mourned too (only in a condolence's title: "Meeting with the family of X")
        return window.endswith(_MOURNED_OF) or window.endswith(_MOURNED_KIN) and "ondolence" in title
    return _mourned_described(title, start)


def born_in_title(title: str, start: int) -> bool:
    """(three-hundred-sixtieth kremlin_17663) "100th anniversary of the birth of Sergei Mikhalkov": the
    one whose birth the title marks is commemorated, not the readout's host; the body's "The President
    said that …" is the head of state who marks it. Guard: " of " just before the name, then one
    `endswith` on a short window (as `_visit_of`)."""
    return title.startswith(" of ", start - 4) and title[max(0, start - 16):start].lower().endswith(_BIRTH_OF)


_BIRTH_OF = ("birth of ", "birthday of ")


def _mourned_described(title: str, start: int) -> bool:
    """(hundredseventh 54801) "Condolences on the death of German politician Helmut Kohl", "… on the
    passing of former Prime Minister X": the mourned man's name comes after a few words that say
    who he was; he is mourned all the same, not the host (who then took "the President noted in
    his message"). Only a short run of words with no comma or conjunction may stand between."""
    window = title[start - 60 if start > 60 else 0:start].lower()
    if " of " not in window:
        return False  # (the cheap test first)
    for marker in _MOURNED_OF:
        at = window.rfind(marker)
        if at >= 0:
            words = window[at + len(marker):].split()
            return 0 < len(words) <= 4 and not any(w.endswith((",", ";", ":")) or w in _NOT_A_DESCRIPTION
                                                   for w in words)
    return False


def _mourned_possessive(title: str, end: int) -> bool:
    """(hundred-sixty-first 54165) "Condolences over Yevgeny Yevtushenko’s passing": a name whose
    possessive names a death is the one mourned, as "the passing of X" (so a quoted message of
    the body, "X has passed away. …", stays the sender's). Guard: one `startswith` after the name."""
    return title.startswith(_POSSESSIVE_DEATHS, end)


_POSSESSIVE_DEATHS = tuple(mark + noun for mark in ("’s ", "'s ")
                           for noun in ("passing", "death", "demise", "funeral"))
"""A possessive that names the death of the one it follows ("X’s passing", "X's death")."""


_NOT_A_DESCRIPTION = frozenset("and with to from by for of on".split())
"""Words that end the description of the mourned ("the death of X and Y's visit to …")."""


_MOURNED_OF = ("death of ", "passing of ", "passing away of ", "demise of ", "funeral of ", "memory of ")

_MOURNED_KIN = ("family of ", "families of ", "friends of ", "relatives of ", "loved ones of ", "widow of ")
"""Those a condolence is addressed to, before the name of the one mourned ("Condolences to the family of X")."""


_ON_A_SUBMISSION_FROM = re.compile(r"On\s+(?:a|the)\s+(?:submission|proposal|nomination|recommendation|request|"
                                   r"initiative)\s+(?:from|by)\s+(?:[A-Z][\w’'.-]*\s+)*\Z")
"""A title's opening phrase naming who proposed the act it tells ("On a submission from Volodymyr
Zelenskyy, the Verkhovna Rada appointed …"): the publishing office's own head, not a guest."""


def _last_with(title: str, start: int) -> int:
    """Where the last "with" before `start` ends, or -1."""
    found = -1
    for found_match in _WITH.finditer(title, 0, start):
        found = found_match.end()
    return found


def _subject_after_opening(title: str, with_end: int, start: int, end: int) -> bool:
    """'In a phone conversation with the President of X, the President of Y discussed …':
    the with-phrase opens the title as an adverbial that its comma closes, and the
    phrase after the comma, followed by its verb, is the host, not a guest."""
    return end > start and title.startswith(_OPENING_ADVERBIALS) and title.find(", ", with_end, start) >= 0 \
        and title.startswith(" ", end) and title[end + 1:end + 2].islower()


def _credited_after_dash(title: str, start: int, end: int) -> bool:
    """The name that closes a headline after a dash is whom the headline quotes, not a guest of the
    with-phrase before the dash (two-hundred-eighty-seventh 73057: "Ukraine to consider severance of
    diplomatic relations with Russia and other effective steps ... - Volodymyr Zelenskyy": Zelenskyy no
    guest; as a guest he had made the Estonian President the principal, who took "he said" and every
    bare "the President")."""
    return end > start and title.startswith((" - ", " – "), start - 3) and not title[end:].strip()


def _reporter_after_comma(title: str, with_end: int, start: int, end: int) -> bool:
    """A headline that gives a statement, then its speaker after a comma and a speech verb ("As a full participant in
    …, Iran has the right to develop its nuclear programs in accordance with international rules …, President X said
    at a meeting with Y": three-hundred-fifty-fifth kremlin_29719): the name is the statement's speaker, the host, not
    a guest of a "with" inside the statement (which had made the guest named later in the body the principal, and
    him "The President"). Guard: a comma right before the name, after that "with"; one match after it."""
    return end > start and title.endswith(", ", with_end, start) and _SPEAKS_AFTER.match(title, end) is not None


_SPEAKS_AFTER = re.compile(r" (?:also )?(?:said|says|told|stated|announced|stressed|noted|declared|emphasi[sz]ed)\b")
_WITH = re.compile(r"[Ww](?<!\w[Ww])ith\b")
r"""A word "with" or "With". (The word's start tested after its first letter, `(?<!\w[Ww])`, as `\b` before it
would: a pattern that opens with a letter is searched by it, not tried at every character.)"""
_BARE_OFFICE_ACTS_ON = re.compile(r"(?:The\s+)?(?:President|Vice President|Prime Minister|Head of State|First Lady|Chancellor)"
                                  r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|met|gave|sent)\s+")
"""A title that opens with its bare office and a verb ("President posthumously awarded
Vitaliy Skakun the title …"): the name after it is whom the office acts on, not the host."""
_OPENING_ADVERBIALS = ("In ", "During ", "At ", "After ", "Following ", "Speaking ", "Talking ")
"""(A participle's clause opens as an adverbial does: hundred-ninety-third 39402, "Speaking with journalists …,
President Vladimir Putin gave his assessment …" had made Putin a guest "with" the journalists, and the body's "…, the
President said" another person.)"""
_TO_OFFICE_THEN_NAME = re.compile(r"\bto\s+the\s+[a-z][\w-]*(?:\s+[\w-]+){0,6},\s$")
"""(two-hundred-thirty-fourth 33391) "… sent a telegram of congratulations to the head trainer of CSKA, Valery
Gazzaev, on …": the name after the addressee's office and its comma is the addressee again, a guest."""
_BETWEEN = re.compile(r"\b[Bb]etween\b")
