"""Probe: quotations as real pages print them, and the speaker each goes to.

Template readouts (no real readout used as a source): a title, a first paragraph naming two or three people with
their offices, then the paragraphs under test, written with the expected statements marked `⟦A|…⟧` (A the host, B the
guest, C a third person). The marks are left out of the text. A case passes when (1) at least 80% of the words of
each marked span are given to its speaker, and (2) at most one word outside the marked spans (the intro aside) is
given to a person (an attribution clause or a quoted term with no speaker is narrative: GOLD-FORMAT).
`PYTHONPATH=src python benchmarks/probes/quotations_probe.py [out.json]`; `table(before)` prints the notes' table.
"""
import re
import sys
from collections import Counter
from string import Template

from probe_check import dump_sentence_misses, report_sentence_misses, sentence_miss_kind

from readout_tui.engine import attribute

CTX = {
    "K": ("Talks with Federal Chancellor of Germany Ivo Marr",
          "Vladimir Sorokin held talks with Federal Chancellor of Germany Ivo Marr in the Kremlin. "
          "Minister of Foreign Affairs Sergei Lavin also took part in the meeting.",
          {"A": "Vladimir Sorokin", "B": "Ivo Marr", "C": "Sergei Lavin"},
          dict(a="Sorokin", b="Marr", c="Lavin", da="the President", db="the Chancellor", dc="the Minister",
               DA="The President", DB="The Chancellor", bc="Germany", ac="Russia", ha="he", hb="he")),
    "U": ("Volodymyr Hrytsenko held a meeting with the Prime Minister of Poland",
          "President of Ukraine Volodymyr Hrytsenko held a meeting with Prime Minister of Poland Anna Lind. "
          "Minister of Foreign Affairs of Ukraine Dmytro Kovalenko took part in the meeting.",
          {"A": "Volodymyr Hrytsenko", "B": "Anna Lind", "C": "Dmytro Kovalenko"},
          dict(a="Volodymyr Hrytsenko", b="Anna Lind", c="Dmytro Kovalenko", da="the Head of State",
               db="the Prime Minister", dc="the Minister", DA="The Head of State", DB="The Prime Minister",
               bc="Poland", ac="Ukraine", ha="he", hb="she")),
    "W": ("Readout of President Hale's Meeting with Prime Minister Roux of Canada",
          "Today, President Joseph Hale met with Prime Minister Emma Roux of Canada at the White House. "
          "Secretary of State Laura Grant joined the meeting.",
          {"A": "Joseph Hale", "B": "Emma Roux", "C": "Laura Grant"},
          dict(a="President Hale", b="Prime Minister Roux", c="Secretary Grant", da="the President",
               db="the Prime Minister", dc="the Secretary", DA="The President", DB="The Prime Minister",
               bc="Canada", ac="the United States", ha="he", hb="she")),
}

PAIRS = {"curly": ("“", "”"), "straight": ('"', '"'), "guillemets": ("«", "»"), "low-high": ("„", "“"),
         "single": ("‘", "’"), "latex": ("``", "''"), "straight-curly": ('"', "”"), "curly-straight": ("“", '"'),
         "reversed": ("”", "“"), "straight-single": ("'", "'")}

C = []


def case(name, *paras, ctxs="KUW"):
    """paras: template strings; $a/$b/$c names, $da/$db descriptions, ⟦X|…⟧ statements of X."""
    for ctx in ctxs:
        C.append((ctx, name, [Template(p).safe_substitute(CTX[ctx][3]) for p in paras]))


# 1. every mark, in the three places a quotation stands
for mk, (o, c) in PAIRS.items():
    case(f"marks/{mk}/after", f"{o}⟦B|We will deepen our cooperation in energy and transport,⟧{c} $b said.")
    case(f"marks/{mk}/lead-in", f"$b said: {o}⟦B|Our relations are strong. We will expand trade this year.⟧{c}")
    case(f"marks/{mk}/description", f"{o}⟦A|Our countries are close partners, and we value this,⟧{c} $da said.",
         ctxs="KU")

# 2. a quotation over several paragraphs
case("paras/each-opens", "$a said: “⟦A|We have done a great deal together.⟧",
     "“⟦A|Trade grew by a third last year.⟧", "“⟦A|We will continue this work.⟧”")
case("paras/middle-bare", "$a said: “⟦A|We have done a great deal together.⟧",
     "⟦A|Trade grew by a third last year.⟧", "⟦A|We will continue this work.⟧”")
case("paras/two-then-narrative", "$b said: “⟦B|We have done a great deal together.⟧",
     "“⟦B|We will continue this work.⟧”", "The talks lasted two hours.")
case("paras/after-attrib-then-more", "“⟦B|We have done a great deal together,⟧” $b said.",
     "“⟦B|We will continue this work. Our partnership has a future.⟧”")
case("paras/lead-in-bare-paras", "$a said, in part:", "“⟦A|We have done a great deal together.⟧",
     "⟦A|Trade grew by a third last year.⟧", "⟦A|We will continue this work.⟧”")
case("paras/straight-each", '$a said: "⟦A|We have done a great deal together.⟧',
     '"⟦A|Trade grew by a third last year."⟧')

# 3. nested quotations, titles and terms inside
case("nested/single-in-double", "$b said: “⟦B|The treaty ‘as signed’ holds, and we will honour it.⟧”")
case("nested/double-in-double", "“⟦B|The so-called “green deal” must be fair to every country,⟧” $b said.")
case("nested/straight-single", "$b said: \"⟦B|The treaty 'as signed' holds, and we will honour it.⟧\"")
case("nested/title", "“⟦A|The “Northern Corridor” project will link our ports by 2030,⟧” $a said.")
case("nested/guillemet-title", "$a said: «⟦A|The „Northern Corridor“ project will link our ports by 2030.⟧»")
case("nested/term-single", "“⟦A|We reject the logic of ‘spheres of influence’ in Europe,⟧” $a said.")
case("nested/third-person", "“⟦A|As $b told me today, ‘we are ready to help,’ and I thank our partners,⟧” $a said.")
case("nested/third-person-double", "$a said: “⟦A|Our partners tell us: “We are ready.” We welcome that.⟧”")
case("nested/third-person-end", "“⟦A|I remember the words of my predecessor: ‘Never give up’,⟧” $a said.")

# 4. a closing mark lost or doubled
case("lost/para-end", "$a said: “⟦A|We will not stop until the work is done.⟧",
     "⟦B|$b stressed that $bc supports the plan.⟧")
case("lost/before-attrib", "“⟦A|We will not stop until the work is done,⟧ $a said. The talks lasted two hours.")
case("lost/next-speaker", "“⟦A|We will not stop until the work is done,⟧ $a said. "
     "$DB also spoke. “⟦B|We stand with you,⟧” $hb said.")
case("doubled/close", "“⟦B|We will not stop until the work is done,⟧”” $b said.")
case("doubled/comma-after", "“⟦B|We will not stop until the work is done⟧”, $b said.")
case("doubled/open", "$b said: ““⟦B|We will not stop until the work is done.⟧”")

# 5. apostrophes
case("apos/inside", "“⟦A|The People’s Republic is our partner, and the Ministry’s plan is sound,⟧” $a said.")
case("apos/nineties", "“⟦A|Since the ’90s our trade has grown tenfold,⟧” $a said.")
case("apos/plural-end", "“⟦A|The leaders’ meeting was useful, and the ministers’ work will go on,⟧” $a said.")
case("apos/single-quoted-inside", "‘⟦B|The People’s Republic is our partner,⟧’ $b said.")
case("apos/single-quoted-plural", "‘⟦B|The leaders’ meeting was useful,⟧’ $b said.")
case("apos/single-quoted-nineties", "‘⟦B|Since the ’90s our trade has grown tenfold,⟧’ $b said.")
case("apos/straight", "\"⟦B|The country's economy and the leaders' plans are on track,\"⟧ $b said.")
case("apos/narrative", "The leaders’ meeting took place in the Ministry’s building. "
     "“⟦B|We are grateful for the hospitality,⟧” $b said.")

# 6. a quotation split by its attribution
case("split/comma", "“⟦B|We are ready,⟧” $b said, “⟦B|to expand trade in every field.⟧”")
case("split/sentence", "“⟦B|We are ready to talk.⟧” $b said. “⟦B|But we will not yield on our principles.⟧”")
case("split/description", "“⟦A|We are ready,⟧” $da said, “⟦A|to expand trade in every field.⟧”", ctxs="KU")
case("split/question", "“⟦B|Why should we wait?⟧” $b asked. “⟦B|We are ready now.⟧”")
case("split/exclaim", "“⟦B|We will win!⟧” $b said.")
case("split/question-desc", "“⟦A|Who gains from this war?⟧” $da asked.", ctxs="KU")
case("split/question-lower", "“⟦B|Why should we wait?⟧” $hb asked.", ctxs="U")  # (he/she: the one person it can be)
case("split/added", "“⟦B|We are ready to talk,⟧” $b said. “⟦B|But we will not yield,⟧” $hb added.")
case("split/two-speakers", "“⟦A|We are ready to talk,⟧” $a said. “⟦B|We are ready too,⟧” $b replied.")

# 7. lead-ins
case("lead/said-colon", "$b said: “⟦B|We are ready to work together.⟧”")
case("lead/in-part", "$b said, in part: “⟦B|We are ready to work together.⟧”")
case("lead/in-words", "In $b’s words: “⟦B|We are ready to work together.⟧”", ctxs="KW")
case("lead/in-words-comma", "⟦B|In the words of $db, “we are ready to work together.”⟧", ctxs="KU")
case("lead/message-read", "⟦A|$a sent a message of congratulations to $b.⟧",
     "$a’s message read: “⟦A|I wish you success in your work.⟧”", ctxs="KW")
case("lead/statement-said", "$a issued a statement after the talks.",
     "The statement said: “⟦A|Our countries will build a new partnership.⟧”")
case("lead/full-text", "$a sent a message to $b.", "The full text of the message follows:",
     "“⟦A|Dear friend, I wish you success.⟧", "“⟦A|Our countries have a long history.⟧”")
case("lead/full-text-bare", "$a sent a message to $b.", "The full text of the message follows:",
     "⟦A|Dear friend, I wish you success.⟧", "⟦A|Our countries have a long history.⟧")
case("lead/reads-bare", "$a sent a message to $b.", "The message reads:",
     "⟦A|Dear friend, I wish you success.⟧", "⟦A|Our countries have a long history.⟧")
case("lead/stressed-colon", "⟦B|$b noted the importance of the talks⟧ and stressed: “⟦B|We will keep working.⟧”")
case("lead/according", "⟦B|According to $b, “the talks were very useful.”⟧")

# 8. a quoted term or slogan, no statement
case("term/programme", "The sides discussed the “Eastern Partnership” programme and the “Three Seas” initiative.")
case("term/slogan", "The forum was held under the slogan “Peace through strength”.")
case("term/so-called", "The parties reviewed the work of the so-called “Weimar Triangle”.")
case("term/after-indirect", "⟦A|$a stressed the importance of the “Eastern Partnership” programme.⟧")
case("term/then-quote", "The talks opened the “Year of Culture”. “⟦B|We are glad to take part,⟧” $b said.")

# 9. a direct turn with no attribution after a reported one
case("turn/bare", "⟦A|$a stressed that $ac would keep supporting its partners.⟧ “⟦A|We will not stop,⟧” "
     "⟦A|he noted.⟧".replace("⟦A|he noted.⟧", "$ha noted."))
case("turn/no-attrib", "⟦A|$a stressed that $ac would keep supporting its partners.⟧ "
     "“⟦A|We will not stop. We will go on to the end.⟧”")
case("turn/no-attrib-B", "⟦B|$b said that $bc would send more aid.⟧ “⟦B|We will not stop.⟧”")
case("turn/next-para", "⟦B|$b said that $bc would send more aid.⟧", "“⟦B|We will not stop. This is our duty.⟧”")
case("turn/indirect-quote-in", "⟦A|$a stressed that $ac would “never abandon” its partners.⟧")

# 10. scraper damage
case("damage/glued-open", "$b said:“⟦B|We will not stop until the work is done.⟧”")
case("damage/glued-close", "“⟦B|We will not stop until the work is done,⟧”said $b.", ctxs="KU")
case("damage/space-inside", "$b said: “ ⟦B|We will not stop until the work is done.⟧ ”")
case("damage/double-space", "$b said:  “⟦B|We will not stop until the work is done.⟧”  The talks lasted two hours.")
case("damage/line-break", "“⟦B|We will not stop\nuntil the work is done,⟧” $b said.")
case("damage/line-break-lead", "$b said:\n“⟦B|We will not stop until the work is done.⟧”")
case("damage/space-before-comma", "“⟦B|We will not stop until the work is done ,⟧ ” $b said.")
case("damage/glued-word", "$b said “⟦B|We will not stop until the work is done⟧”.")

STMT = re.compile(r"⟦([ABC])\|(.*?)⟧", re.S)
WORD = re.compile(r"\w+(?:[’']\w+)*")


def build(ctx, paras):
    title, intro, who, _ = CTX[ctx]
    body, spans = intro, []
    for p in paras:
        body += "\n\n"
        pos = 0
        for m in STMT.finditer(p):
            body += p[pos:m.start()]
            spans.append((len(body), len(body) + len(m.group(2)), who[m.group(1)]))
            body += m.group(2)
            pos = m.end()
        body += p[pos:]
    return title, body, spans, len(intro)


def words_of(body, lo):
    return [(m.start(), m.end()) for m in WORD.finditer(body, lo)]


def speaker_at(stmts, a, b):
    for st in stmts:
        if st.start < b and st.end > a and st.speaker:
            return st.speaker
    return None


def run():
    out = []
    for i, (ctx, name, paras) in enumerate(C, 1):
        title, body, spans, lo = build(ctx, paras)
        res = attribute(body, (), title)
        bad = []
        for a, b, want in spans:
            ws = words_of(body[:b], a)
            got = Counter(speaker_at(res.statements, x, y) for x, y in ws)
            if got[want] < 0.8 * len(ws):
                other = max((k for k in got if k != want), key=lambda k: got[k], default=None)
                bad.append((body[a:b], want, other or None))
        outside = [(x, y) for x, y in words_of(body, lo) if not any(a <= x < b for a, b, _ in spans)]
        extra = [(body[x:y], speaker_at(res.statements, x, y)) for x, y in outside]
        extra = [(w, s) for w, s in extra if s]
        if len(extra) > 1:
            bad.append((" ".join(w for w, _ in extra), None, extra[0][1]))
        out.append((i, ctx, name, paras, bad))
    return out


def table(before):
    rows = ["| # | layout | case | paragraphs (⟦X\\|…⟧ = X's statement) | engine before |", "|---|---|---|---|---|"]
    for i, (ctx, name, paras) in enumerate(C, 1):
        shown = " ¶ ".join(paras).replace("|", "\\|").replace("\n", "⏎")
        bad = before.get(str(i)) or []
        got = "ok" if not bad else "; ".join(
            f"{sentence_miss_kind(w, g).upper()} “{s[:40]}” → {g or 'nothing'}".replace("|", "\\|").replace("\n", "⏎") for s, w, g in bad)
        rows.append(f"| {i} | {ctx} | {name} | {shown} | {got} |")
    return "\n".join(rows)


if __name__ == "__main__":
    results = run()
    kinds = report_sentence_misses(results, lambda sentence: repr(sentence[:90]))
    print("cases", len(results), "cases missed", sum(1 for r in results if r[4]))
    print(sorted(kinds.items()))
    if len(sys.argv) > 1:
        dump_sentence_misses(results, sys.argv[1])
