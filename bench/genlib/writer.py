"""One document of the synthetic corpus: a scraped news page (menus, counters, read-also lists,
comments) around a report of one timeline event, written from the language templates.

make_doc(world, plan, i) is a pure function of (plan.seed, i): documents can be written in any
order or in parallel and the corpus stays the same.
"""
import datetime as dt
import json
import random

from . import lang_en, lang_it, lang_ru, lang_uk
from .model import ERROR_KINDS, iso

LANGS = {"en": lang_en, "uk": lang_uk, "ru": lang_ru, "it": lang_it}
CASES = {"nom": 0, "gen": 1, "dat": 2, "ins": 3}
TZ = ["+03:00", "+02:00", "+01:00", "Z", "+00:00"]


def cap(s):
    return s[:1].upper() + s[1:]


def it_prep_a(s):
    for art, rep in (("il ", "al "), ("la ", "alla "), ("l'", "all'"), ("lo ", "allo ")):
        if s.startswith(art):
            return rep + s[len(art):]
    return "a " + s


class Names:
    """How one document writes one person: a spelling variant and an office phrasing picked once."""

    def __init__(self, world, p, lang, r, misspell_p):
        self.p = p
        self.lang = lang
        n = p.names[lang]
        self.n = n
        self.fi = r.randrange(len(n["first"]))
        self.li = r.randrange(len(n["last"]))
        offs = world.offices[p.side][p.role][lang]
        self.office_v = offs[r.randrange(len(offs))]
        self.misspell_p = misspell_p
        self.misspelled = []
        self.slavic = lang in ("uk", "ru")

    def office(self, case="nom"):
        if self.slavic:
            head, tail = self.office_v
            return head[CASES[case]] + tail
        return self.office_v

    def first(self, case, wrong=False):
        if wrong:
            w = self.n["wrong_first"]
            return w[CASES[case]] if self.slavic else w
        f = self.n["first"][self.fi]
        return f[CASES[case]] if self.slavic else f

    def last(self, case, r=None):
        if r is not None and self.misspell_p and r.random() < self.misspell_p:
            m = self.n["misspell"][0]
            w = m[CASES[case]] if self.slavic else m
            self.misspelled.append(w)
            return w
        l = self.n["last"][self.li]
        return l[CASES[case]] if self.slavic else l

    def full(self, case, with_office, wrong_first=False):
        s = self.first(case, wrong_first) + " " + self.last(case)
        if with_office:
            s = self.office(case) + " " + s
        return s


def pick_pub_offset(r):
    x = r.random()
    if x < 0.35:
        return 0
    if x < 0.80:
        return 1
    if x < 0.92:
        return 2
    return r.randint(3, 6)


def date_mode(r, off, explicit_only):
    if explicit_only:
        return r.choice(["plain", "plain", "full_year", "with_weekday"])
    opts = ["plain", "plain", "full_year", "with_weekday"]
    if off == 0:
        opts += ["today", "today"]
    if off == 1:
        opts += ["yesterday", "yesterday_date", "yesterday_date"]
    if 2 <= off <= 5:
        opts += ["weekday"]
    return r.choice(opts)


def noun_forms(L, etype, r, singular=False):
    forms = L.TYPE_NOUN[etype]
    if singular:
        forms = [f for f in forms if f[2] != "p"] or forms
    return r.choice(forms)


def explicit_date(L, r, d, ref_year, style):
    """A date with the year when it differs from ref_year (or sometimes anyway)."""
    year = d.year != ref_year or r.random() < 0.4
    t = L.date_text(r, d, year, False, style)
    if L.CODE == "en":
        return "on " + t
    if L.CODE == "it":
        return "il " + t
    return t


def fill_gram(L, f, g, prefix=""):
    """Gender/number dependent words for a noun of gender g."""
    if L.CODE in ("uk", "ru"):
        f[prefix + "first"] = L.ORD[g][1]
        f[prefix + "first_cap"] = cap(L.ORD[g][1])
        f[prefix + "first_acc"] = L.ORD_ACC[g] if hasattr(L, "ORD_ACC") else L.ORD[g][1]
        f[prefix + "was"] = L.WAS[g]
        if L.CODE == "ru":
            f[prefix + "took"] = L.TOOK_PLACE[g]
            f[prefix + "took2"] = L.TOOK_PLACE[g]
    elif L.CODE == "it":
        f[prefix + "first"] = L.ORD[g][1]
        f[prefix + "first_cap"] = cap(L.ORD[g][1])
        f[prefix + "first_m"] = "primo"
        f[prefix + "art"] = L.ART[g]
        f[prefix + "Art"] = cap(L.ART[g])
        f[prefix + "art_un"] = L.ART_UN[g]
        f[prefix + "del_art"] = "del" if g == "m" else "della"
        f[prefix + "oa"] = "o" if g == "m" else "a"
        f[prefix + "stato"] = "stato" if g == "m" else "stata"


def person_fields(f, key, nm, r, with_office, wrong_first, verbs):
    """{A}, {A_gen}, ... (first mention, full name) and {a}, {a_gen}, ... (surname) for one person."""
    K, k = key.upper(), key.lower()
    for case in ("nom", "gen", "dat", "ins"):
        suf = "" if case == "nom" else "_" + case
        f[K + suf] = nm.full(case, with_office, wrong_first)
        f[k + suf] = nm.last(case, r)
    f[K + "_office"] = nm.office("nom")
    f[k + "_office"] = nm.office("nom")
    for v, forms in verbs.items():
        f[K + "_" + v] = forms[1 if nm.p.female else 0]


def fmt(t, f):
    return cap(t.format_map(f))


def furniture_top(L, r, outlet):
    parts = [outlet]
    parts += r.sample(L.MENU, r.randint(1, 2))
    return parts


def views(L, r):
    return r.choice(L.VIEWS).format(n=r.randint(120, 48000))


def read_also(L, r, world, plan, lang, pub, misspell_p):
    lines = [r.choice(L.READ_ALSO)]
    for _ in range(r.randint(2, 4)):
        head = r.choice(L.READ_ALSO_HEAD)
        if plan.events and "{c" in head:
            e2 = plan.events[r.randrange(len(plan.events))]
            c = Names(world, e2.a, lang, r, 0)
            d = Names(world, e2.b, lang, r, 0)
            head = head.format(c=c.last("nom"), d=d.last("nom"), c_gen=c.last("gen"), d_gen=d.last("gen"),
                               d_ins=d.last("ins"))
        if r.random() < 0.5:
            t = pub - dt.timedelta(hours=r.randint(2, 400))
            head += " %02d.%02d.%02d, %02d:%02d" % (t.day, t.month, t.year % 100, t.hour, t.minute)
        lines.append(head)
    return "\n".join(lines)


def comments(L, r):
    n = r.randint(0, 4)
    lines = [r.choice(L.COMMENTS).format(n=n)]
    for k in range(n):
        lines.append("user%d: %s" % (r.randint(10, 99999), r.choice(L.COMMENT_TEXT)))
    return "\n".join(lines)


def footer(L, r, outlet, pub):
    tags = ", ".join(r.sample(L.TAG_WORDS, 3))
    out = [L.TAGS.format(t=tags)]
    out += [x.format(y=pub.year, outlet=outlet) for x in r.sample(L.FOOTER, 2)]
    return out


def quote(L, r, f, people):
    t = r.choice(L.QUOTE)
    g = dict(f)
    if people and r.random() < 0.6:
        nm = r.choice(people)
        g["q"] = nm.last("nom", r)
        g["q_gen"] = nm.last("gen", r)
        fem = nm.p.female
    else:
        s = r.choice(L.SPOKES)
        if isinstance(s, tuple):
            g["q"], g["q_gen"] = s
        else:
            g["q"] = g["q_gen"] = s
        fem = "Zakharova" in g["q"] or "Захаров" in g["q"] or "portavoce della" in g["q"]
    for v in ("said", "stressed"):
        forms = L.VERBS.get(v, ("said", "said"))
        g[v] = forms[1 if fem else 0]
    return fmt(t, g)


def background(L, r, f, people, n_par):
    pars = []
    pool = []
    for _ in range(n_par):
        k = r.randint(2, 4)
        if len(pool) < k:
            pool = list(L.BACKGROUND)
            r.shuffle(pool)
        sents = pool[-k:]
        del pool[-k:]
        if r.random() < 0.45:
            sents.insert(r.randint(0, len(sents)), quote(L, r, f, people))
        pars.append(" ".join(sents))
    return pars


def make_doc(world, plan, i):
    """Returns (JSON line, gold facts about this document)."""
    r = random.Random(plan.seed * 1000003 + i)
    outlet = world.outlets[plan.outlet_of[i]]
    lang = outlet["lang"]
    L = LANGS[lang]
    style = r.random() < 0.5  # en: "June 25" or "25 June"
    ev = plan.event_of[i]
    gold = {}
    n_par = r.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 9])
    if ev < 0:
        day = world.begin + dt.timedelta(days=r.randrange((world.end - world.begin).days))
        pub = dt.datetime(day.year, day.month, day.day, r.randint(6, 23), r.randint(0, 59))
        title = r.choice(L.NOISE_HEAD)
        f = {}
        body = background(L, r, f, [], n_par + 1)
        parts = furniture_top(L, r, outlet["id"]) + [title, L.dateline(r, pub, style), views(L, r)] + body
        parts.append(read_also(L, r, world, plan, lang, pub, 0))
        parts += footer(L, r, outlet["id"], pub)
        return render(i, outlet, lang, pub, title, parts, r.random() < 0.9, r), gold
    e = plan.events[ev]
    err = ERROR_KINDS[plan.error_of[i]] if plan.error_of[i] >= 0 else None
    off = pick_pub_offset(r)
    pday = e.date + dt.timedelta(days=off)
    pub = dt.datetime(pday.year, pday.month, pday.day, r.randint(6, 23), r.randint(0, 59))
    stated = e.date
    if err == "wrong_date":
        stated = e.date - dt.timedelta(days=r.randint(1, 3))
    mode = date_mode(r, off, err == "wrong_date")
    date_mid, date_ini = L.date_phrase(r, mode, stated, style)

    misspell_p = outlet["misspell"]
    na = Names(world, e.a, lang, r, misspell_p)
    nb = Names(world, e.b, lang, r, misspell_p)
    claimed = e.initiator
    if err == "swapped_initiator":
        claimed = e.b.side if e.initiator == e.a.side else e.a.side
    states_init = plan.states_init[i] == 1
    by_verb = states_init and r.random() < 0.35
    if by_verb:
        first, second = (na, nb) if claimed == e.a.side else (nb, na)
    else:
        first, second = (na, nb) if r.random() < 0.5 else (nb, na)
    wrong = None
    if err == "wrong_first_name":
        wrong = r.choice([first, second])
    verbs = L.VERBS
    f = {}
    person_fields(f, "A", first, r, r.random() < 0.6, wrong is first, verbs)
    person_fields(f, "B", second, r, r.random() < 0.6, wrong is second, verbs)
    if lang == "it":
        f["a_B"] = it_prep_a(f["B"])
    f["date"], f["Date"] = date_mid, date_ini
    f["place"] = world.places[lang][e.place]
    f["outlet"] = outlet["id"]
    f["agency"] = r.choice(world.agencies[lang])
    noun, noun_acc, g = noun_forms(L, e.type, r)
    f["noun"], f["noun_acc"] = noun, noun_acc
    fill_gram(L, f, g if g != "p" or lang in ("uk", "ru") else "m")
    side_phrase = r.choice(world.sides[claimed][lang])
    f["init"] = L.init_clause(r, side_phrase) if states_init and not by_verb else ""

    if e.type == "call":
        lead_t = r.choice(L.LEAD_CALL_INIT if by_verb else L.LEAD_CALL)
    else:
        lead_t = r.choice(L.LEAD_MEETING_INIT if by_verb else L.LEAD_MEETING)
    lead = fmt(lead_t, f)

    # Ordinal and back-reference sentences (singular nouns), true unless false_first is injected.
    fo = dict(f)
    sn, sn_acc, sg = noun_forms(L, e.type, r, singular=True)
    fo["noun"], fo["noun_acc"] = sn, sn_acc
    fill_gram(L, fo, sg)
    extra = []
    first_claim = None
    if err == "false_first":
        first_claim = True
        extra.append(fmt(r.choice(L.FIRST), fo))
    elif e.ordinal == 1 and e.first_offices and r.random() < 0.4:
        first_claim = True
        extra.append(fmt(r.choice(L.FIRST), fo))
    elif 2 <= e.ordinal_year <= 5 and r.random() < 0.3:
        fo["nth"] = L.ORD[sg if sg in L.ORD else "m"][e.ordinal_year] if lang != "en" else L.ORD[e.ordinal_year]
        extra.append(fmt(r.choice(L.NTH_YEAR), fo))
    if e.prev is not None and r.random() < 0.3:
        fo["prev"] = explicit_date(L, r, e.prev.date, e.date.year, style)
        extra.append(fmt(r.choice(L.PREV), fo))

    if first_claim and r.random() < 0.5:
        title = fmt(r.choice(L.HEADLINE_FIRST), fo)
    else:
        title = fmt(r.choice(L.HEADLINE), f)
    relay = None
    if r.random() < outlet["relay"]:
        relay = fmt(r.choice(L.RELAY), f)
    people = [na, nb]

    has_pub = r.random() < 0.9
    parts = furniture_top(L, r, outlet["id"]) + [title]
    if not has_pub or r.random() < 0.85:  # without metadata the page's dateline dates it
        parts.append(L.dateline(r, pub, style))
    if r.random() < 0.6:
        parts.append(views(L, r))
    if r.random() < 0.4:
        parts.append(r.choice(L.PHOTO))
    first_par = [lead]
    if relay and r.random() < 0.5:
        first_par.append(relay)
        relay = None
    parts.append(" ".join(first_par))
    body = background(L, r, f, people, n_par)
    for s in extra:
        body.insert(r.randint(0, len(body)), s)
    if relay:
        body.insert(r.randint(0, len(body)), relay)
    if e.idx > 0 and r.random() < 0.3:
        e2 = plan.events[r.randrange(e.idx)]
        fr = {}
        c = Names(world, e2.a, lang, r, 0)
        d = Names(world, e2.b, lang, r, 0)
        person_fields(fr, "C", c, r, False, False, {})
        person_fields(fr, "D", d, r, False, False, {})
        n2, n2_acc, g2 = noun_forms(L, e2.type, r, singular=True)
        fr["noun"], fr["noun_acc"] = n2, n2_acc
        fill_gram(L, fr, g2)
        fr["when"] = explicit_date(L, r, e2.date, pub.year, style)
        body.append(fmt(r.choice(L.REFERENCE), fr))
        gold["refers_to"] = e2.id
    if r.random() < 0.7:
        body.insert(r.randint(1, len(body)), read_also(L, r, world, plan, lang, pub, 0))
    parts += body
    if r.random() < 0.5:
        parts.append(comments(L, r))
    parts += footer(L, r, outlet["id"], pub)

    if err:
        gold["error"] = err
        if err == "wrong_date":
            gold["value"] = iso(stated)
        elif err == "swapped_initiator":
            gold["value"] = claimed
        elif err == "false_first":
            gold["value"] = "first"
        elif err == "wrong_first_name":
            gold["value"] = wrong.first("nom", True) + " " + wrong.last("nom")
            gold["person"] = wrong.p.id
    missp = na.misspelled + nb.misspelled
    if missp:
        gold["misspelled"] = sorted(set(missp))
    return render(i, outlet, lang, pub, title, parts, has_pub, r), gold


def render(i, outlet, lang, pub, title, parts, has_pub, r):
    doc = {"id": "d%07d" % i, "url": "https://%s/news/%04d/%02d/%02d/%07d.html" % (
        outlet["id"], pub.year, pub.month, pub.day, i), "outlet": outlet["id"], "lang": lang}
    if has_pub:
        if r.random() < 0.8:
            doc["published"] = "%04d-%02d-%02dT%02d:%02d:00%s" % (
                pub.year, pub.month, pub.day, pub.hour, pub.minute, r.choice(TZ))
        else:
            doc["published"] = "%04d-%02d-%02d" % (pub.year, pub.month, pub.day)
    doc["title"] = title
    doc["text"] = "\n\n".join(parts) + "\n"
    return json.dumps(doc, ensure_ascii=False)
