"""The synthetic world: who held which office when, the timeline of events between them, and the
plan of which outlet reports which event with which injected error.

Everything is drawn from one seeded random.Random, so the same (seed, size) gives the same corpus.
"""
import bisect
import datetime as dt
import json
import os
import random
from array import array

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
SIDES = ["US", "RU", "UA", "GB", "FR", "TR"]
ROLES = ["defence", "foreign", "head"]
ERROR_KINDS = ["wrong_date", "swapped_initiator", "false_first", "wrong_first_name"]
# What a perfect run reports for each injected error: (kind, slot).
GOLD_FINDING = {
    "wrong_date": ("contradiction", "date"),
    "swapped_initiator": ("contradiction", "initiator"),
    "false_first": ("contradiction", "ordinal"),
    "wrong_first_name": ("anomaly", "name"),
}
MIN_GAP_DAYS = 15  # two events of the same pair of offices are at least this far apart
EDGE_DAYS = 4      # no event this close to a change of office holder


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def iso(d):
    return d.isoformat()


class Person:
    __slots__ = ("id", "side", "role", "start", "end", "names", "female")

    def __init__(self, j, end_default, female):
        self.id = j["id"]
        self.side = j["side"]
        self.role = j["role"]
        self.start = dt.date.fromisoformat(j["from"])
        self.end = dt.date.fromisoformat(j["to"]) if j["to"] else end_default
        self.names = {lang: j[lang] for lang in ("en", "it", "uk", "ru")}
        self.female = self.id in female


class World:
    def __init__(self):
        off = load("officials.json")
        self.begin = dt.date.fromisoformat(off["timeline"]["from"])
        self.end = dt.date.fromisoformat(off["timeline"]["to"])
        female = set(off.get("female", []))
        self.people = [Person(p, self.end + dt.timedelta(days=365), female) for p in off["people"]]
        self.by_id = {p.id: p for p in self.people}
        self.places = off["places"]
        o = load("offices.json")
        self.offices = o["offices"]
        self.sides = o["sides"]
        out = load("outlets.json")
        self.outlets = out["outlets"]
        self.agencies = out["agencies"]
        self.holders = {}
        for p in self.people:
            self.holders.setdefault((p.side, p.role), []).append(p)

    def holder(self, side, role, day):
        """The person in office on day, or None near a change of holder (ambiguous dates)."""
        for p in self.holders.get((side, role), []):
            if p.start + dt.timedelta(days=EDGE_DAYS) <= day <= p.end - dt.timedelta(days=EDGE_DAYS):
                return p
        return None


class Event:
    __slots__ = ("idx", "id", "type", "date", "role", "a", "b", "initiator", "place",
                 "ordinal", "ordinal_year", "prev", "first_offices", "reports")

    def __init__(self, idx, etype, date, role, a, b, initiator, place):
        self.idx = idx
        self.type = etype
        self.date = date
        self.role = role
        self.a = a
        self.b = b
        self.initiator = initiator  # side code
        self.place = place          # index into World.places[lang], meetings only
        self.ordinal = 1            # among events of this type between these two persons
        self.ordinal_year = 1       # the same, within the calendar year
        self.prev = None            # the previous such event
        self.first_offices = True   # also the first between these two offices
        self.reports = []
        self.id = ""


def pair_weights():
    """Pairs of sides per role; pairs with Ukraine, the US or Russia are reported more."""
    out = []
    for role in ROLES:
        for i, s in enumerate(SIDES):
            for t in SIDES[i + 1:]:
                w = 1.0
                for x in (s, t):
                    w *= {"UA": 3.0, "US": 2.5, "RU": 2.0}.get(x, 1.0)
                if role == "head":
                    w *= 0.7
                out.append(((role, s, t), w))
    return out


def make_timeline(world, rng, n_events):
    pairs = pair_weights()
    keys = [p for p, _ in pairs]
    cum = []
    acc = 0.0
    for _, w in pairs:
        acc += w
        cum.append(acc)
    span = (world.end - world.begin).days
    taken = {}  # (role, s, t) -> sorted list of day numbers
    events = []
    tries = 0
    while len(events) < n_events and tries < n_events * 30:
        tries += 1
        role, s, t = keys[bisect.bisect(cum, rng.random() * acc)]
        day_n = rng.randrange(span + 1)
        day = world.begin + dt.timedelta(days=day_n)
        a, b = world.holder(s, role, day), world.holder(t, role, day)
        if a is None or b is None:
            continue
        lst = taken.setdefault((role, s, t), [])
        k = bisect.bisect(lst, day_n)
        if (k > 0 and day_n - lst[k - 1] < MIN_GAP_DAYS) or (k < len(lst) and lst[k] - day_n < MIN_GAP_DAYS):
            continue
        lst.insert(k, day_n)
        etype = "call" if rng.random() < 0.65 else "meeting"
        init = s if rng.random() < 0.5 else t
        place = rng.randrange(len(world.places["en"]))
        events.append(Event(0, etype, day, role, a, b, init, place))
    events.sort(key=lambda e: (e.date, e.role, e.a.side, e.b.side))
    last_persons = {}
    seen_offices = set()
    for i, e in enumerate(events):
        e.idx = i
        e.id = "E%05d-%s-%s" % (i, e.type, iso(e.date))
        kp = (e.type, e.a.id, e.b.id)
        prev = last_persons.get(kp)
        if prev is not None:
            e.prev = prev
            e.ordinal = prev.ordinal + 1
            e.ordinal_year = prev.ordinal_year + 1 if prev.date.year == e.date.year else 1
        last_persons[kp] = e
        ko = (e.type, e.role, e.a.side, e.b.side)
        e.first_offices = ko not in seen_offices
        seen_offices.add(ko)
    return events


class Plan:
    """Which event (or -1: background piece) each document reports, from which outlet, with which
    injected error (index into ERROR_KINDS, -1 none), and whether it states the initiator."""

    def __init__(self, world, seed, n_docs):
        rng = random.Random(seed)
        self.seed = seed
        self.n_docs = n_docs
        n_noise = n_docs // 10
        n_event_docs = n_docs - n_noise
        n_events = max(4, n_event_docs // 22)
        self.events = make_timeline(world, rng, n_events)
        events = self.events
        ne = len(events)
        # Every event gets two reports; the rest go by a heavy-tailed popularity.
        slots = []
        for e in events:
            slots += [e.idx, e.idx]
        pop = [rng.paretovariate(1.3) for _ in events]
        rest = max(0, n_event_docs - len(slots))
        slots += rng.choices(range(ne), weights=pop, k=rest)
        slots = slots[:n_event_docs] + [-1] * (n_docs - min(len(slots), n_event_docs))
        rng.shuffle(slots)
        self.event_of = array("i", slots)
        outlets = world.outlets
        ow = [o["weight"] for o in outlets]
        self.outlet_of = array("b", rng.choices(range(len(outlets)), weights=ow, k=n_docs))
        self.error_of = array("b", [-1]) * n_docs
        self.states_init = array("b", [0]) * n_docs
        for i, ev in enumerate(slots):
            if ev >= 0:
                events[ev].reports.append(i)
        for e in events:
            self._inject(rng, world, e)

    def _inject(self, rng, world, e):
        n = len(e.reports)
        for d in e.reports:
            self.states_init[d] = 1 if rng.random() < 0.6 else 0
        cap = (n - 1) // 3  # the truth keeps a clear majority on every slot
        n_init = sum(self.states_init[d] for d in e.reports)
        used = {k: 0 for k in ERROR_KINDS}
        for d in e.reports:
            prof = world.outlets[self.outlet_of[d]]["errors"]
            for k in ERROR_KINDS:
                p = prof.get(k, 0.0)
                if p <= 0 or rng.random() >= p:
                    continue
                if used[k] >= cap:
                    continue
                if k == "swapped_initiator" and (not self.states_init[d] or used[k] >= (n_init - 1) // 3):
                    continue
                if k == "false_first" and e.ordinal == 1:
                    continue
                used[k] += 1
                self.error_of[d] = ERROR_KINDS.index(k)
                break
