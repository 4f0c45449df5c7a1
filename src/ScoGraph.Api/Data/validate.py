# Checks the dataset: every line valid JSON, ids unique and defined before use, partial dates valid,
# every fact cites a defined source, membership changes chain per state; then reports, per Council of Heads of
# State meeting (kind HEADS_OF_STATE), its documents, participants and sources, and fails when a summit has
# none of one of them.  Usage: python3 validate.py [DIR]   (exit status 1 on any error)
import json, re, sys, glob, os, calendar
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
def okdate(v):
    m = DATE.match(v or "")
    if not m: return False
    y, mo, d = m.groups()
    if mo and not 1 <= int(mo) <= 12: return False
    if d and not 1 <= int(d) <= calendar.monthrange(int(y), int(mo))[1]: return False
    return True
KINDS = {"HEADS_OF_STATE","SHANGHAI_FIVE_SUMMIT","HEADS_OF_GOVERNMENT","MINISTERIAL","PARLIAMENTARY","JUDICIAL","EXPERT","CONFERENCE","OTHER"}
AKINDS = {"CHARTER","CONVENTION","TREATY","AGREEMENT","DECLARATION","PROGRAMME","REGULATION","STATEMENT"}
STATUS = {None,"DIALOGUE_PARTNER","OBSERVER","MEMBER","PARTNER"}  # None: field left out (no status)
defined = {}  # id -> type
errors = []; counts = {}
def err(f, n, msg): errors.append(f"{os.path.basename(f)}:{n}: {msg}")
def ref(f, n, v, types, field):
    if v not in defined: err(f, n, f"{field} refers to undefined id {v!r}")
    elif types and defined[v] not in types: err(f, n, f"{field} {v!r} is a {defined[v]}, expected {types}")
def srcs(f, n, o):
    ss = o.get("sources")
    if not ss: err(f, n, "no sources"); return
    for s in ss:
        sid = s["id"] if isinstance(s, dict) else s
        if isinstance(s, dict) and not s.get("quote"): err(f, n, "empty quote")
        ref(f, n, sid, {"source"}, "source")
def dates(f, n, o, *fields):
    for k in fields:
        if k in o and not okdate(o[k]): err(f, n, f"bad date {k}={o[k]!r}")
for f in sorted(glob.glob(os.path.join(D, "*.jsonl"))):
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        try: o = json.loads(line)
        except Exception as e: err(f, n, f"invalid JSON: {e}"); continue
        t = o.get("type"); counts[t] = counts.get(t, 0) + 1
        if t != "claim" and t != "retraction":
            i = o.get("id")
            if not i or not SLUG.match(i): err(f, n, f"bad id {i!r}")
            if i in defined: err(f, n, f"duplicate id {i}")
        if t == "source":
            for k in ("title", "publisher", "language"):
                if not o.get(k): err(f, n, f"missing {k}")
            dates(f, n, o, "published")
        elif t == "state":
            if o["id"] != o.get("iso3") or not re.match(r"^[A-Z]{3}$", o["id"]): err(f, n, "iso3")
            srcs(f, n, o)
        elif t == "organization":
            if "parent" in o: ref(f, n, o["parent"], {"organization"}, "parent")
            if "succeededBy" in o: ref(f, n, o["succeededBy"], {"organization"}, "succeededBy")
            srcs(f, n, o)
        elif t == "official":
            if "nationality" in o: ref(f, n, o["nationality"], {"state"}, "nationality")
            srcs(f, n, o)
        elif t == "post":
            if "organization" in o: ref(f, n, o["organization"], {"organization"}, "organization")
            elif "state" in o: ref(f, n, o["state"], {"state"}, "state")
            else: err(f, n, "post without owner")
            srcs(f, n, o)
        elif t == "meeting":
            if o.get("kind") not in KINDS: err(f, n, "kind")
            dates(f, n, o, "start", "end")
            if "end" in o and o["end"] < o["start"][:len(o["end"])]: err(f, n, "end before start")
            ref(f, n, o["country"], {"state"}, "country"); ref(f, n, o["host"], {"state"}, "host")
            if not isinstance(o.get("virtual"), bool): err(f, n, "virtual")
            for p in o.get("participants", []):
                ref(f, n, p["entity"], None, "participant")
                if "represented" in p: ref(f, n, p["represented"], {"state", "organization"}, "represented")
            srcs(f, n, o)
        elif t == "agreement":
            if o.get("kind") not in AKINDS: err(f, n, "kind")
            dates(f, n, o, "signed", "entryIntoForce")
            if "meeting" in o: ref(f, n, o["meeting"], {"meeting"}, "meeting")
            for p in o.get("parties", []):
                ref(f, n, p["party"], {"state"}, "party"); dates(f, n, p, "signed", "ratified", "acceded")
            srcs(f, n, o)
        elif t == "tenure":
            ref(f, n, o["official"], {"official"}, "official"); ref(f, n, o["post"], {"post"}, "post")
            dates(f, n, o, "start", "end")
            if "end" in o and o["end"] < o["start"][:len(o["end"])]: err(f, n, "end before start")
            srcs(f, n, o)
        elif t == "membershipChange":
            ref(f, n, o["state"], {"state"}, "state"); ref(f, n, o.get("organization", "sco"), {"organization"}, "organization")
            if o.get("fromStatus") not in STATUS or o.get("toStatus") not in STATUS or o.get("fromStatus") == o.get("toStatus"): err(f, n, "status")
            dates(f, n, o, "effective")
            if "decidedAt" in o: ref(f, n, o["decidedAt"], {"meeting"}, "decidedAt")
            srcs(f, n, o)
        elif t == "claim":
            ref(f, n, o["subject"], None, "subject")
            if not o.get("predicate") or not isinstance(o.get("value"), str): err(f, n, "predicate/value")
            srcs(f, n, o)
        else: err(f, n, f"unknown type {t}")
        if t not in ("claim", "retraction"): defined[o["id"]] = t
# status chain check: each state's changes per org must chain from->to
chains = {}
for f in sorted(glob.glob(os.path.join(D, "*.jsonl"))):
    for line in open(f, encoding="utf-8"):
        o = json.loads(line)
        if o["type"] == "membershipChange": chains.setdefault((o["state"], o.get("organization", "sco")), []).append(o)
for k, lst in chains.items():
    lst.sort(key=lambda o: o["effective"]); cur = None
    for o in lst:
        if o.get("fromStatus") != cur: errors.append(f"chain {k}: expected fromStatus={cur} got {o.get('fromStatus')} at {o['effective']}")
        cur = o.get("toStatus")
# Coverage per SCO summit: documents signed or adopted there (agreements whose meeting is the summit),
# participants listed on the meeting, and distinct sources cited by the meeting, its documents, the membership
# changes it decided and the claims about it.
rows = []
for f in sorted(glob.glob(os.path.join(D, "*.jsonl"))):
    for line in open(f, encoding="utf-8"): rows.append(json.loads(line))
def sids(o): return {s["id"] if isinstance(s, dict) else s for s in o.get("sources", [])}
summits = [o for o in rows if o["type"] == "meeting" and o.get("kind") == "HEADS_OF_STATE"]
print(f"{'summit':34} {'docs':>4} {'parts':>5} {'srcs':>4}")
for m in sorted(summits, key=lambda o: o["start"]):
    docs = [o for o in rows if o["type"] == "agreement" and o.get("meeting") == m["id"]]
    related = docs + [o for o in rows if (o["type"] == "membershipChange" and o.get("decidedAt") == m["id"])
                      or (o["type"] == "claim" and o["subject"] == m["id"])]
    sources = sids(m).union(*[sids(o) for o in related])
    parts = len(m.get("participants", []))
    print(f"{m['id']:34} {len(docs):>4} {parts:>5} {len(sources):>4}")
    for what, k in (("documents", len(docs)), ("participants", parts), ("sources", len(sources))):
        if k == 0: errors.append(f"summit {m['id']}: no {what}")
print(counts)
print("errors:", len(errors)); print("\n".join(errors[:50]))
sys.exit(1 if errors else 0)
