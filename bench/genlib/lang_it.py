"""Italian: templates for every slot of a news report, several phrasings each."""

CODE = "it"
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]
WEEKDAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
VERBS = {"said": ("ha dichiarato", "ha dichiarato"), "his": ("suo", "sua")}
TYPE_NOUN = {"call": [("colloquio telefonico", "colloquio telefonico", "m"), ("telefonata", "telefonata", "f"),
                      ("conversazione telefonica", "conversazione telefonica", "f")],
             "meeting": [("incontro", "incontro", "m"), ("faccia a faccia", "faccia a faccia", "m")]}
ORD = {"m": {1: "primo", 2: "secondo", 3: "terzo", 4: "quarto", 5: "quinto"},
       "f": {1: "prima", 2: "seconda", 3: "terza", 4: "quarta", 5: "quinta"}}
ART = {"m": "il", "f": "la"}
ART_UN = {"m": "un", "f": "una"}


def cap(s):
    return s[:1].upper() + s[1:]


def date_text(r, d, year, weekday, style):
    s = "%d %s" % (d.day, MONTHS[d.month - 1])
    if year:
        s += " %d" % d.year
    if weekday:
        s = WEEKDAYS[d.weekday()] + " " + s
    return s


def date_phrase(r, mode, d, style):
    if mode == "today":
        return "oggi", "Oggi"
    if mode == "yesterday":
        return "ieri", "Ieri"
    if mode == "yesterday_date":
        t = date_text(r, d, False, False, style)
        return "ieri, " + t, "Ieri, " + t + ","
    if mode == "weekday":
        return WEEKDAYS[d.weekday()] + " scorso", cap(WEEKDAYS[d.weekday()]) + " scorso"
    t = date_text(r, d, mode == "full_year", mode == "with_weekday", style)
    if mode == "with_weekday":
        return t, cap(t)
    return "il " + t, "Il " + t


def dateline(r, pub, style):
    k = r.randrange(3)
    if k == 0:
        return "%d %s %d, %02d:%02d" % (pub.day, MONTHS[pub.month - 1], pub.year, pub.hour, pub.minute)
    if k == 1:
        return "%02d/%02d/%d %02d:%02d" % (pub.day, pub.month, pub.year, pub.hour, pub.minute)
    return "Pubblicato il %02d/%02d/%d" % (pub.day, pub.month, pub.year)


def init_clause(r, side_it):
    return r.choice([
        ", su iniziativa %s" % side_it,
        ", su richiesta %s" % side_it,
        ". Il colloquio è avvenuto su iniziativa %s" % side_it,
    ])


LEAD_CALL = [
    "{Date} {A} ha avuto un colloquio telefonico con {B}{init}.",
    "{A} e {B} si sono sentiti al telefono {date}{init}.",
    "{Date} si è svolta una conversazione telefonica tra {A} e {B}{init}.",
    "{A} ha parlato al telefono con {B} {date}{init}.",
    "{Date} {A} e {B} hanno avuto una telefonata{init}.",
]
LEAD_CALL_INIT = [
    "{A} ha telefonato {a_B} {date}.",
    "{Date} {A} ha chiamato {B}.",
    "{A} ha avviato una chiamata con {B} {date}.",
]
LEAD_MEETING = [
    "{A} ha incontrato {B} a {place} {date}{init}.",
    "{Date} a {place} si è svolto un incontro tra {A} e {B}{init}.",
    "{A} e {B} si sono incontrati a {place} {date}{init}.",
]
LEAD_MEETING_INIT = [
    "{A} ha invitato {B} a {place} per colloqui che si sono svolti {date}.",
]
HEADLINE = [
    "{a} e {b}, {noun} sulla sicurezza",
    "{a} sente {b}: cosa sappiamo",
    "{a} e {b} discutono i rischi di escalation",
    "Di cosa hanno parlato {a} e {b}",
]
HEADLINE_FIRST = ["{first_cap} {noun} tra {a} e {b}", "{a} e {b}, {art} {first} {noun}"]
FIRST = [
    "Si è trattato del {first_m} contatto tra {a} e {b}.",
    "È {stato} {art_un} {first} {noun} tra {a} e {b}.",
    "{a} e {b} hanno avuto {art_un} {noun} per la prima volta.",
]
NTH_YEAR = [
    "Si tratta {del_art} {nth} {noun} tra {a} e {b} quest'anno.",
    "È {art} {nth} {noun} tra {a} e {b} dall'inizio dell'anno.",
]
PREV = [
    "{Art} {noun} precedente tra {a} e {b} si è svolt{oa} {prev}.",
    "{a} e {b} si erano sentiti l'ultima volta {prev}.",
]
RELAY = [
    "Lo riferisce {outlet} citando {agency}.",
    "Lo ha riportato {agency}.",
    "Secondo quanto riportato da {agency}, le parti hanno discusso di sicurezza.",
    "La notizia è stata confermata da {agency}.",
]
BACKGROUND = [
    "Le parti hanno discusso della situazione della sicurezza e dei modi per ridurre il rischio di escalation.",
    "Al centro del colloquio la guerra in Ucraina e le forniture di armi a Kiev.",
    "I dettagli della conversazione non sono stati resi noti.",
    "Gli analisti osservano che contatti a questo livello sono rari dal febbraio 2022.",
    "Le parti hanno toccato anche la sicurezza della centrale nucleare di Zaporizhzhia.",
    "Sul tavolo anche l'export di grano attraverso il Mar Nero.",
    "Entrambe le parti hanno sottolineato l'importanza di mantenere aperti i canali di comunicazione.",
    "Il colloquio arriva in un momento di intensi combattimenti nell'est dell'Ucraina.",
    "Secondo gli esperti, questi contatti aiutano a prevenire incidenti tra le forze armate.",
    "All'inizio del mese gli alleati hanno annunciato un nuovo pacchetto di aiuti militari.",
    "Durante i colloqui si è parlato anche dello scambio di prigionieri.",
    "Nessuna dichiarazione congiunta è stata diffusa al termine della conversazione.",
]
QUOTE = [
    "«Dobbiamo mantenere aperti i canali di comunicazione», {said} {q}.",
    "«La situazione resta estremamente pericolosa», ha detto {q} dopo i colloqui.",
    "Secondo {q}, le parti hanno discusso passi concreti per evitare errori di calcolo.",
    "«Non c'è alternativa al dialogo», ha sottolineato {q}.",
]
SPOKES = ["il portavoce del Pentagono Patrick Ryder", "il portavoce del Cremlino Dmitrij Peskov",
          "la portavoce della diplomazia russa Maria Zakharova"]
REFERENCE = [
    "In precedenza, {when}, {C} e {D} avevano avuto {art_un} {noun}.",
    "Ricordiamo che {when} si era svolt{oa} {art_un} {noun} tra {C} e {D}.",
]
MENU = ["Home | Esteri | Politica | Economia | Cronaca | Video", "Cerca", "ULTIMA ORA  Esteri  Italia  Sport",
        "Menu  Abbonati  Accedi"]
VIEWS = ["Visualizzazioni: {n}", "{n} letture", "👁 {n}"]
READ_ALSO = ["Leggi anche:", "Leggi anche", "Potrebbe interessarti:", "Articoli correlati"]
READ_ALSO_HEAD = ["{c} e {d} discutono di cooperazione militare", "{c} sente {d} sulla difesa aerea",
                  "Cosa sappiamo del colloquio tra {c} e {d}", "Sanzioni, grano e droni: la settimana",
                  "Fronte: proseguono i combattimenti"]
COMMENTS = ["Commenti ({n})", "Accedi per commentare", "Lascia un commento"]
COMMENT_TEXT = ["Solite chiacchiere.", "Meglio parlare che combattere.", "Chi ci crede?",
                "Finalmente un po' di diplomazia"]
TAGS = "Tag: {t}"
TAG_WORDS = ["Ucraina", "Russia", "Usa", "Pentagono", "Nato", "diplomazia", "guerra"]
FOOTER = ["© {y} {outlet} - Riproduzione riservata", "Iscriviti alla newsletter",
          "Seguici su Telegram", "Privacy | Cookie policy | Contatti"]
PHOTO = ["Foto: ANSA", "Foto: Reuters", "Foto d'archivio", "Foto: Ap"]
NOISE_HEAD = ["Fronte: cosa è cambiato nella notte", "Energia, tornano i blackout in alcune regioni",
              "Gli alleati discutono il nuovo pacchetto di aiuti", "Grano: le navi lasciano i porti di Odessa"]
