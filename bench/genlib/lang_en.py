"""English: templates for every slot of a news report, several phrasings each."""

CODE = "en"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VERBS = {"said": ("said", "said"), "his": ("his", "her"), "he": ("he", "she")}
# (form, form, number): plurals ("talks") are kept out of sentences that need "a ..."
TYPE_NOUN = {"call": [("phone call", "phone call", "m"), ("telephone conversation", "telephone conversation", "m"),
                      ("phone conversation", "phone conversation", "m"), ("call", "call", "m")],
             "meeting": [("meeting", "meeting", "m"), ("talks", "talks", "p"),
                         ("face-to-face meeting", "face-to-face meeting", "m")]}
ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def date_text(r, d, year, weekday, style):
    s = ("%s %d" % (MONTHS[d.month - 1], d.day)) if style else ("%d %s" % (d.day, MONTHS[d.month - 1]))
    if year:
        s += (", %d" % d.year) if style else (" %d" % d.year)
    if weekday:
        s = WEEKDAYS[d.weekday()] + ", " + s
    return s


def date_phrase(r, mode, d, style):
    """(mid-sentence, sentence-initial) forms."""
    if mode == "today":
        return "today", "Today,"
    if mode == "yesterday":
        return "yesterday", "Yesterday,"
    if mode == "yesterday_date":
        t = date_text(r, d, False, False, style)
        return "yesterday, " + t, "Yesterday, " + t + ","
    if mode == "weekday":
        w = WEEKDAYS[d.weekday()]
        return "on " + w, "On " + w + ","
    t = date_text(r, d, mode == "full_year", mode == "with_weekday", style)
    return "on " + t, "On " + t + ","


def dateline(r, pub, style):
    k = r.randrange(4)
    if k == 0:
        return "%s %d, %d %02d:%02d" % (MONTHS[pub.month - 1], pub.day, pub.year, pub.hour, pub.minute)
    if k == 1:
        return "%02d.%02d.%d, %02d:%02d" % (pub.day, pub.month, pub.year, pub.hour, pub.minute)
    if k == 2:
        return "Published %d %s %d at %02d:%02d" % (pub.day, MONTHS[pub.month - 1], pub.year, pub.hour, pub.minute)
    return "%s, %s" % (WEEKDAYS[pub.weekday()], date_text(r, pub, True, False, style))


def init_clause(r, side_phrase):
    return r.choice([
        ", at the initiative of %s" % side_phrase,
        ", at the request of %s" % side_phrase,
        ". The conversation was initiated by %s" % side_phrase,
        ". It was %s that requested the conversation" % side_phrase,
        ". According to the statement, the initiative came from %s" % side_phrase,
    ])


LEAD_CALL = [
    "{Date} {A} held a phone call with {B}{init}.",
    "{A} spoke by telephone with {B} {date}{init}.",
    "{A} and {B} had a telephone conversation {date}{init}.",
    "A telephone conversation between {A} and {B} took place {date}{init}.",
    "{Date} {A} and {B} held phone talks{init}.",
    "{A} discussed the situation in Ukraine with {B} in a phone call {date}{init}.",
]
LEAD_CALL_INIT = [  # {A} is the side that made the call
    "{A} called {B} {date}.",
    "{Date} {A} phoned {B}.",
    "{Date} {B} received a call from {A}.",
    "{A} initiated a phone call with {B} {date}.",
]
LEAD_MEETING = [
    "{A} met {B} in {place} {date}{init}.",
    "{Date} {A} and {B} held talks in {place}{init}.",
    "A meeting between {A} and {B} took place in {place} {date}{init}.",
    "{A} and {B} met face to face in {place} {date}{init}.",
]
LEAD_MEETING_INIT = [
    "{A} invited {B} to talks in {place}, which took place {date}.",
    "{Date} {A} hosted {B} for talks in {place}, at {A_his} own invitation.",
]
HEADLINE = [
    "{a} and {b} hold {noun}",
    "{a} speaks with {b}: what is known",
    "{a_office} and {b_office} discuss security",
    "{a} and {b} discuss escalation risks",
    "What {a} and {b} talked about",
    "{a} holds {noun} with {b_office}",
]
HEADLINE_FIRST = ["First {noun} between {a} and {b}", "{a} and {b} hold their first {noun}"]
FIRST = [
    "It was the first {noun} between {a} and {b}.",
    "This was the first {noun} between {a} and {b}.",
    "{a} and {b} held a {noun} for the first time.",
]
NTH_YEAR = [
    "This is the {nth} {noun} between {a} and {b} this year.",
    "It was the {nth} such {noun} between {a} and {b} this year.",
]
PREV = [
    "The previous {noun} between {a} and {b} took place {prev}.",
    "{a} and {b} last spoke {prev}.",
    "The two last held a {noun} {prev}.",
]
RELAY = [
    "{outlet} reports this, citing {agency}.",
    "This was reported by {agency}.",
    "According to {agency}, the parties discussed regional security.",
    "The news was first reported by {agency}.",
]
BACKGROUND = [
    "The sides discussed the security situation and ways to reduce the risk of escalation.",
    "The conversation focused on the war in Ukraine and on the supply of weapons to Kyiv.",
    "Officials did not disclose further details of the discussion.",
    "Analysts note that contacts at this level have been rare since February 2022.",
    "The parties also touched on the safety of the Zaporizhzhia nuclear power plant.",
    "Grain exports through the Black Sea were also on the agenda.",
    "Both sides stressed the importance of keeping channels of communication open.",
    "The exchange comes amid intensified fighting in the east of Ukraine.",
    "Experts say such contacts help prevent incidents between the militaries.",
    "Earlier this month, the allies announced a new package of military aid.",
    "The issue of prisoner exchanges was raised during the talks.",
    "The statement said that the parties agreed to remain in contact.",
    "Diplomats in Brussels described the tone of the talks as businesslike.",
    "Neither side published a joint statement after the conversation.",
    "The talks come ahead of a NATO summit where air defence will be discussed.",
    "Energy infrastructure and attacks on power plants were among the topics.",
]
QUOTE = [
    "\"We must keep the lines of communication open,\" {q} {said}.",
    "\"The situation remains extremely dangerous,\" {q} {said} after the talks.",
    "\"We discussed concrete steps to avoid miscalculation,\" {q} told reporters.",
    "\"There is no alternative to dialogue,\" {q} {said}, according to the readout.",
    "\"Our position has not changed,\" {q} stressed.",
]
SPOKES = ["Pentagon spokesman Patrick Ryder", "State Department spokesman Matthew Miller",
          "Kremlin spokesman Dmitry Peskov", "Russian Foreign Ministry spokeswoman Maria Zakharova",
          "Ukrainian Foreign Ministry spokesman Heorhii Tykhyi", "Pentagon deputy press secretary Sabrina Singh"]
REFERENCE = [
    "Earlier, {C} held a {noun} with {D} {when}.",
    "Recall that {when} {C} and {D} held a {noun}.",
    "{C} and {D} had a {noun} {when}, the ministry recalled.",
]
MENU = ["Home | World | Politics | Business | Opinion | Video | Subscribe",
        "News  Ukraine  World  Economy  Sport  Culture  Log in",
        "Search\nClose this search box.", "MENU ≡  Latest  Most read  Newsletters"]
VIEWS = ["👁 {n} views", " • {n} views", "Views: {n}", "{n} reads"]
READ_ALSO = ["Read also:", "Read more:", "Related:", "See also"]
READ_ALSO_HEAD = ["{c} and {d} discuss defence cooperation", "{c} speaks with {d} about air defence",
                  "What is known about the talks of {c} and {d}", "{c} and {d} agree to stay in contact",
                  "Sanctions, grain and drones: the week in review", "Frontline update: heavy fighting continues"]
COMMENTS = ["Comments ({n})", "Log in to comment", "Join the discussion", "Leave a comment"]
COMMENT_TEXT = ["Another empty conversation.", "Talking is better than fighting.", "Who believes this?",
                "Finally some diplomacy", "They should have done this earlier!!!"]
TAGS = "Tags: {t}"
TAG_WORDS = ["Ukraine", "Russia", "USA", "Pentagon", "NATO", "diplomacy", "war", "defence"]
FOOTER = ["© {y} {outlet}. All rights reserved.", "Subscribe to our Telegram channel",
          "Follow us on X and Facebook", "Cookie settings | Privacy policy | Contacts"]
PHOTO = ["Photo: Reuters", "Photo: AP", "Photo illustrative", "Photo: Russian media"]
NOISE_HEAD = ["Frontline update: what changed overnight", "Energy: power cuts return to several regions",
              "Allies debate next aid package", "Grain corridor: ships leave Odesa ports"]
