"""Probe: a report carried on over sentences with no speech verb of their own.

Template readouts (no real readout used as a source): a title, a first paragraph naming the people with their
offices, then paragraphs of sentences each labelled with who must say it (A the host, B the guest, C a third
person, None narrative). A case passes when every labelled sentence gets its speaker: the statements found
over it (by characters covered, at least half the sentence) belong to that person, or to no one for None.
"""
import sys
from collections import Counter

from probe_check import dump_sentence_misses, report_sentence_misses

from readout_tui.engine import attribute

CTX = {
    "K": ("Meeting with Governor of Tula Region Sergei Belov",
          "Vladimir Sorokin had a working meeting with Governor of Tula Region Sergei Belov.",
          {"A": "Vladimir Sorokin", "B": "Sergei Belov", "C": "Ivan Fainov"}),
    "U": ("Volodymyr Hrytsenko held a meeting with the Minister of Health",
          "President of Ukraine Volodymyr Hrytsenko held a meeting with Minister of Health Viktor Lysenko.",
          {"A": "Volodymyr Hrytsenko", "B": "Viktor Lysenko", "C": "Oleh Syniuk"}),
    "W": ("Readout of President Hale's Call with Governor Collins of Florida",
          "Today, President Joseph Hale spoke with Governor Maria Collins of Florida about the response to Hurricane Ian.",
          {"A": "Joseph Hale", "B": "Maria Collins", "C": "Laura Grant"}),
}
# the reported statements that open a report, per layout and speaker
REPORT = {
    ("K", "B"): ["Sergei Belov reported that the region had completed the repair of all schools damaged by the floods.",
                 "The Governor told the President that the regional economy had grown by 4 percent last year.",
                 "Mr Belov informed the President about the region's housing programme."],
    ("U", "B"): ["Viktor Lysenko reported that 14 new hospitals had been opened this year.",
                 "The Minister of Health informed the President about the progress of the vaccination campaign.",
                 "According to the Minister, the reform of primary care has been completed."],
    ("W", "B"): ["Governor Collins told the President that more than 2,000 homes had been damaged in the storm.",
                 "The Governor briefed the President on the state's recovery efforts."],
    ("K", "A"): ["Vladimir Sorokin noted that the region's road programme was proceeding well.",
                 "The President stressed that the repair of housing must be completed before the winter."],
    ("U", "A"): ["The Head of State stressed that the reconstruction of the liberated regions must continue.",
                 "Volodymyr Hrytsenko noted that the state would continue to support doctors."],
    ("W", "A"): ["President Hale said that the federal government would stand with Florida for as long as it takes.",
                 "The President reaffirmed that the Federal Emergency Management Agency would provide all the support the state needs."],
}
THIRD = {
    "K": ("Minister of Construction Ivan Fainov said that the federal programme would be extended to the region.",
          "Mr Fainov said that the federal programme would be extended to the region."),
    "U": ("Head of the Kharkiv Regional State Administration Oleh Syniuk reported that the heating season had begun on time.",
          "Oleh Syniuk reported that the heating season had begun on time."),
    "W": ("FEMA Administrator Laura Grant said that search and rescue teams had been deployed to the coast.",
          "Administrator Grant said that search and rescue teams had been deployed to the coast."),
}
# sentences with no speech verb that carry a report on, by family; the families' own lists per layout
CARRY = {
    "figures": {
        "K": ["Over 1,200 homes have been repaired.", "The programme covers 14 districts.",
              "Unemployment fell to 3.2 percent last year.", "Investment in the region totalled 120 billion roubles.",
              "Some 400 families received new flats in 2021.", "Three new schools are under construction."],
        "U": ["Over 1,200 doctors have received new equipment.", "The programme covers 14 regions.",
              "More than 70 percent of adults have been vaccinated.", "Some 300 ambulances were purchased in 2021.",
              "Three new hospitals are under construction."],
        "W": ["Over 1,200 homes have been repaired.", "The storm left more than 400,000 residents without power.",
              "Some 300 shelters remain open across the state."],
    },
    "connective": {
        "K": ["In particular, 30 kilometres of roads have been rebuilt.", "At the same time, wages in the region remain low.",
              "Moreover, the region has attracted two large investors.", "In his words, the situation with housing has improved.",
              "This, in turn, has cut waiting lists for kindergartens.", "However, the shortage of doctors remains acute.",
              "As a result, the number of new businesses doubled.", "In addition, a new bridge was opened in May."],
        "U": ["In particular, 30 new clinics were built in rural areas.", "At the same time, the shortage of nurses remains acute.",
              "Moreover, waiting times for surgery have halved.", "In his words, the reform has made care more accessible.",
              "This, in turn, will reduce the burden on hospitals.", "However, the situation in the frontline regions remains difficult.",
              "In addition, the e-health system now covers every region."],
        "W": ["In particular, the Port of Tampa has reopened.", "At the same time, many roads remain flooded.",
              "Moreover, power has been restored to 90 percent of customers.", "However, the recovery will take months.",
              "This, in turn, will speed up the clearing of debris."],
    },
    "future": {
        "K": ["Next year, another 300 kilometres of roads will be repaired.", "By 2024, all schools will be connected to the internet."],
        "U": ["Next year, another 20 hospitals will be modernised.", "By the end of the year, every district will have a new ambulance."],
        "W": ["In the coming weeks, temporary housing will be made available to displaced families."],
    },
    "thing": {
        "K": ["The regional government has allocated an additional 2 billion roubles for the programme.",
              "The new plant will create 1,500 jobs.", "The Ministry of Education will open 20 new centres by the end of the year."],
        "U": ["The Ministry will open 20 new rehabilitation centres by the end of the year.",
              "The National Health Service has already paid 5 billion hryvnias to hospitals."],
        "W": ["The state has opened 12 distribution centres for food and water."],
    },
}
STOP = {
    "K": ["The meeting was attended by Deputy Prime Minister Marat Khusnullin.", "The President then visited the regional hospital.",
          "The talks lasted two hours.", "Earlier in the day, Vladimir Sorokin visited a school in Tula."],
    "U": ["The meeting was attended by Head of the Office of the President Andriy Yarmak.",
          "The President then visited the regional hospital.", "The meeting lasted two hours.",
          "On the same day, the President visited Kharkiv."],
    "W": ["The President was joined by Homeland Security Advisor Liz Sherwood.", "The President then visited the Emergency Operations Center.",
          "The call lasted 30 minutes."],
}
AFTER_STOP = {"K": "Over 1,200 homes have been repaired.", "U": "The programme covers 14 regions.",
              "W": "Some 300 shelters remain open across the state."}
ACT = {"K": "He also visited the new sports centre.", "U": "He also visited the new rehabilitation centre.",
       "W": "She also toured the damaged areas."}

C = []   # (ctx, name, paragraphs: list of list of (sentence, label))


def case(ctx, name, *paras):
    C.append((ctx, name, [list(p) for p in paras]))


for ctx in "KUW":
    reps_b = REPORT[(ctx, "B")]
    for fam, per in CARRY.items():
        for n, x in enumerate(per[ctx]):
            r = reps_b[n % len(reps_b)]
            # within one paragraph; across a paragraph break
            case(ctx, f"{fam}/same", [(r, "B"), (x, "B")])
            case(ctx, f"{fam}/next-para", [(r, "B")], [(x, "B")])
            if fam in ("figures", "connective") and n < 2:
                # two carry-on sentences, then the host speaks
                x2 = per[ctx][n + 1]
                case(ctx, f"{fam}/two-then-host", [(r, "B"), (x, "B"), (x2, "B")], [(REPORT[(ctx, "A")][0], "A")])
                # the President's own report carried on
                case(ctx, f"{fam}/host", [(REPORT[(ctx, "A")][n % 2], "A"), (x, "A")])
    # a report that must stop
    for s in STOP[ctx]:
        case(ctx, "stop/same", [(reps_b[0], "B"), (CARRY["figures"][ctx][0], "B"), (s, None), (AFTER_STOP[ctx], None)])
        case(ctx, "stop/next-para", [(reps_b[0], "B")], [(s, None)])
    case(ctx, "stop/act", [(reps_b[0], "B"), (ACT[ctx], None)])
    # another person speaks: their report carries on, not the first one's
    full, short = THIRD[ctx]
    case(ctx, "third/same", [(reps_b[0], "B"), (full, "C"), (AFTER_STOP[ctx], "C")])
    case(ctx, "third/next-para", [(reps_b[0], "B"), (CARRY["figures"][ctx][0], "B")], [(full, "C"), (AFTER_STOP[ctx], "C")])
    # alternating: host, guest, host
    a0, a1 = REPORT[(ctx, "A")][0], REPORT[(ctx, "A")][1]
    fx = CARRY["figures"][ctx]
    cx = CARRY["connective"][ctx]
    case(ctx, "turns/paras", [(a0, "A"), (cx[1], "A")], [(reps_b[0], "B"), (fx[0], "B"), (fx[1], "B")], [(a1, "A"), (cx[4], "A")])
    case(ctx, "turns/joined", [(a0, "A"), (cx[1], "A"), (reps_b[0], "B"), (fx[0], "B"), (fx[1], "B"), (a1, "A"), (cx[4], "A")])
    case(ctx, "turns/joined-third", [(reps_b[0], "B"), (fx[0], "B"), (full, "C"), (fx[2], "C"), (a1, "A"), (cx[0], "A")])
    case(ctx, "turns/joined-stop", [(a0, "A"), (reps_b[0], "B"), (fx[0], "B"), (fx[1], "B"), (STOP[ctx][0], None),
                                    (STOP[ctx][2], None)])
    # the joined paragraph of president.gov.ua / kremlin 2021-22: every family in one paragraph after the host's opening
    for fam in ("figures", "connective", "future", "thing"):
        case(ctx, f"joined/{fam}", [(a0, "A"), (reps_b[1 % len(reps_b)], "B")] + [(x, "B") for x in CARRY[fam][ctx][:3]]
             + [(a1, "A")])


def sentences_of(ctx, paras):
    title, intro, who = CTX[ctx]
    body = intro
    spans = []
    for p in paras:
        body += "\n\n"
        for i, (s, lab) in enumerate(p):
            if i:
                body += " "
            spans.append((len(body), len(body) + len(s), s, who[lab] if lab else None))
            body += s
    return title, body, spans


def got_label(stmts, lo, hi):
    cover = Counter()
    for st in stmts:
        a, b = max(lo, st.start), min(hi, st.end)
        if b > a:
            cover[st.speaker or "?"] += b - a
    if not cover:
        return None
    sp, n = cover.most_common(1)[0]
    return sp if n * 2 >= hi - lo else None


def run():
    out = []
    for i, (ctx, name, paras) in enumerate(C, 1):
        title, body, spans = sentences_of(ctx, paras)
        res = attribute(body, (), title)
        bad = []
        for lo, hi, s, want in spans:
            got = got_label(res.statements, lo, hi)
            if got != want:
                bad.append((s, want, got))
        out.append((i, ctx, name, paras, bad))
    return out


def table(before):
    """The notes' table: each case, the speaker each sentence must have, and the engine's misses."""
    rows = ["| # | layout | shape | sentences (expected speaker) | engine before |", "|---|---|---|---|---|"]
    for i, (ctx, name, paras) in enumerate(C, 1):
        who = CTX[ctx][2]
        shown = " ¶ ".join(" ".join(f"{s} [{who[lab] if lab else 'narrative'}]" for s, lab in p) for p in paras)
        bad = before.get(str(i)) or []
        got = "ok" if not bad else "; ".join(f"MISS {s[:40]}… → {g or 'nothing'}" for s, w, g in bad)
        rows.append(f"| {i} | {ctx} | {name} | {shown} | {got} |")
    return "\n".join(rows)


if __name__ == "__main__":
    results = run()
    misses = [r for r in results if r[4]]
    sents = report_sentence_misses(results)
    print("cases", len(results), "sentences", sum(len(p) for r in results for p in r[3]),
          "cases missed", len(misses), "sentences missed", sum(len(r[4]) for r in misses))
    print(sorted(sents.items()))
    if len(sys.argv) > 1:
        dump_sentence_misses(results, sys.argv[1])

