//! German chrome phrases.
//!
//! Wording follows the conventions of German-language news and magazine sites
//! (national dailies, regional papers, weeklies, public broadcasters, Austrian and
//! Swiss outlets): "Jetzt abonnieren", "Mit … weiterlesen", "Lesen Sie auch",
//! "Foto: dpa", "Von Anna Müller", "Anzeige", "Alle Rechte vorbehalten".

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^(jetzt |gleich )?(abonnieren|abo abschließen|abonnent(in)? werden|zum abo|zu den abos|abo wählen|angebot wählen|jetzt testen|gratis testen|kostenlos testen)([\s\p{P}\p{S}]*$|\s+(und|für|ab|mit|zum|im|\d)(?:[\s\p{P}\p{S}]|$))",
            r"|^jetzt (\d+ (wochen|monate?) )?(gratis|kostenlos|für \d+([.,]\d\d)? ?€) (testen|lesen)(?:[\s\p{P}\p{S}]|$)",
            r"|^(mit|jetzt mit) (spiegel|z|f|faz|sz|welt|bild|nzz|taz|t|stern|zeit|handelsblatt|tagesspiegel)\s?(\+|plus|pur) (weiterlesen|lesen)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Jetzt abonnieren",
            "Abo abschließen",
            "Jetzt 4 Wochen gratis testen",
            "Mit SPIEGEL+ weiterlesen",
            "Jetzt für 1 € testen",
            "Zum Abo",
        ],
        misses: &[
            "Jetzt testen Forscher ein neues Verfahren an Mäusen.",
            "Abonnieren lassen sich inzwischen auch Autos und Möbel.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"^(jederzeit|monatlich|täglich|wöchentlich) kündbar(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(jederzeit|monatlich|täglich|wöchentlich) kündbar[\s\p{P}\p{S}]*$",
            r"|\d+([.,]\d\d)?\s?€\s?(/|pro|im|je|monatlich)\s?(monat|mon\.|woche|jahr|ersten)",
            r"|€\s?\d+([.,]\d\d)?\s?(/|pro|im|je)\s?(monat|woche|jahr)",
            r"|(?:^|[\s\p{P}\p{S}])(unbegrenzte[nr]?|unbegrenzt|uneingeschränkte[nr]?) (zugang|zugriff|lesen)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])probeabo(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])\d+ (wochen|monate?) (gratis|kostenlos|für \d)",
        ),
        matches: &[
            "Für 1 € im ersten Monat, danach 9,99 €/Monat. Jederzeit kündbar.",
            "Unbegrenzten Zugang zu allen Artikeln für 2,99 € pro Woche",
            "4 Wochen gratis lesen",
        ],
        misses: &[
            "Das Deutschlandticket kostet 49 Euro pro Monat.",
            "Die Verträge seien jederzeit kündbar gewesen, so das Gericht, wenn die Frist eingehalten wurde.",
            "Die Behörde hatte uneingeschränkt Einsicht in die Akten.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])unterstützen sie (uns|unsere arbeit|unseren journalismus|(unabhängigen|freien|kritischen|guten) journalismus)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(unabhängigen|freien|kritischen|guten) journalismus (unterstützen|stärken|ermöglichen)(?:[\s\p{P}\p{S}]|$)",
            r"|^(jetzt |hier )?(spenden|unterstützen|unterstützer(in)? werden)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])jetzt (spenden|unterstützen)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Unterstützen Sie unabhängigen Journalismus",
            "Jetzt spenden",
            "Unterstützen Sie uns mit einem Beitrag.",
            "Spenden",
        ],
        misses: &[
            "Die Regierung will die Ukraine weiter mit Waffen unterstützen.",
            "Viele Menschen spenden in der Weihnachtszeit für Bedürftige.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: r"newsletter",
        matches: &[
            "Newsletter abonnieren",
            "Der Morgennewsletter: Alles, was Sie heute wissen müssen",
            "Zur Newsletter-Anmeldung",
        ],
        misses: &["Neuigkeiten aus der Region gibt es täglich."],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(ihre|deine) e-?mail-?adresse(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])e-?mail-?adresse (eingeben|eintragen)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(direkt |bequem |täglich |kostenlos )?(in ihr|in dein|ins) (e-?mail-)?postfach(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])per e-?mail (erhalten|bekommen|zugeschickt)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Ihre E-Mail-Adresse",
            "Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.",
            "E-Mail-Adresse eingeben",
        ],
        misses: &[
            "Er habe seine E-Mail-Adresse geändert, sagte der Sprecher.",
            "Der Brief landete im Postfach der Behörde.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: concat!(
            r"^(jetzt |kostenlos |gratis )(anmelden|eintragen|registrieren)[\s\p{P}\p{S}]*$",
            r"|^(eintragen|absenden|abschicken)[\s\p{P}\p{S}]*$",
        ),
        matches: &["Jetzt anmelden", "Kostenlos anmelden", "Eintragen"],
        misses: &[
            "Eintragen lassen müssen sich alle Gäste am Empfang.",
            "Jetzt anmelden können sich nur noch wenige Teilnehmer.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^(jetzt |hier |artikel |kostenlos |gratis )?weiterlesen(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(ganzen|vollständigen|kompletten|gesamten) (artikel|beitrag|text) (lesen|freischalten|anzeigen)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(artikel|beitrag) freischalten(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])lesen sie (den (ganzen|vollständigen|kompletten) (artikel|text)|weiter mit)(?:[\s\p{P}\p{S}]|$)",
            r"|^mehr lesen[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Weiterlesen",
            "Jetzt weiterlesen mit Z+",
            "Artikel freischalten",
            "Den ganzen Artikel lesen",
            "Mehr lesen",
        ],
        misses: &[
            "Wer weiterlesen will, muss zahlen, kritisieren Verbraucherschützer.",
            "Er hatte den ganzen Artikel gelesen, bevor er antwortete.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"^(sie sind |du bist )?(bereits|schon) (ein )?(abonnent(in)?|digital-?abonnent(in)?|registriert|kunde|kundin|mitglied)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])sind sie (bereits|schon) (abonnent|abonnentin|registriert|kunde|kundin)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(sie haben|du hast) (bereits|schon) ein (abo|konto|abonnement|benutzerkonto)\s?\?",
            r"|(?:^|[\s\p{P}\p{S}])(einloggen|anmelden) und (weiterlesen|weiter lesen|kommentieren)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])melden sie sich an,? um(?:[\s\p{P}\p{S}]|$)",
            r"|^(jetzt )?(kostenlos|gratis) registrieren(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])zum login(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Sie sind bereits Abonnent? Hier anmelden",
            "Bereits registriert? Einloggen",
            "Sie haben bereits ein Abo? Jetzt einloggen und weiterlesen",
            "Kostenlos registrieren und weiterlesen",
        ],
        misses: &[
            "Der Verdächtige war bereits registriert und der Polizei bekannt.",
            "Sie haben bereits ein Konto in der Schweiz eröffnet, heißt es in der Anklage.",
        ],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(nur|exklusiv) für (abonnenten|abonnentinnen|abonnent\*innen|abonnierende|abonnent:innen)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])dieser (artikel|beitrag|inhalt|text) ist (nur |exklusiv )?für (abonnenten|abonnentinnen|abonnent\*innen|abonnierende)",
            r"|^(spiegel|z|f|faz|welt|bild|sz|nzz|taz|t|stern|zeit|handelsblatt|tagesspiegel|rp|ksta|mopo)\s?(\+|plus|pur)[\s\p{P}\p{S}]*$",
            r"|^(abo|premium|plus)(-artikel|-inhalt)?[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Nur für Abonnenten",
            "Dieser Artikel ist exklusiv für Abonnenten der Zeitung.",
            "SPIEGEL+",
            "WELTplus",
            "Z+",
        ],
        misses: &[
            "Das Schwimmbad ist nur für Mitglieder geöffnet.",
            "Plus und Minus heben sich auf, sagt die Forscherin.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(einloggen|login|log-?in|anmelden|abmelden|ausloggen|registrieren|mein konto|mein profil|konto)[\s\p{P}\p{S}]*$",
        matches: &["Anmelden", "Einloggen", "Mein Konto"],
        misses: &[
            "Mein Konto wurde gesperrt, sagte die Rentnerin.",
            "Anmelden müssen sich alle Gäste bis Freitag.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: concat!(
            r"^[\s\p{P}\p{S}]{0,3}(foto|fotos|bild|bilder|bildquelle|quelle|grafik|illustration|karte|video|titelbild|symbolbild|symbolfoto|aufmacherbild|beitragsbild|fotograf|fotografin|bearbeitung)\s*(:|©|\(c\))",
            r"|(?:^|[\s\p{P}\p{S}])(bildquelle|fotoquelle|bildnachweis|fotonachweis|bildrechte|bildquellen)(?:[\s\p{P}\p{S}]|$)",
            r"|^(symbolbild|symbolfoto|archivbild|archivfoto)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Foto: dpa",
            "Bild: Kay Nietfeld/dpa",
            "Quelle: Statistisches Bundesamt",
            "Symbolbild",
            "Bildquelle: picture alliance",
            "Grafik: SZ",
        ],
        misses: &[
            "Das Foto zeigt den Kanzler bei seiner Ankunft in Kiew.",
            "Eine Quelle sagte: Das ist falsch.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(picture[ -]alliance|imago( images)?|dpa-?(infocom|bildfunk|pool|zentralbild)|ullstein ?bild|keystone-?sda|getty images|epa-efe)(?:[\s\p{P}\p{S}]|$)",
            r"|/\s?(dpa|ddp|afp|ap|epd|kna|apa|reuters|sid|imago|keystone|epa|afp)(-pool)?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(dpa|ddp|afp|ap|epd|kna|apa|sid)(-pool)?\s?/",
            r"|^[\s\p{P}\p{S}]*(dpa|ddp|afp|epd|kna|apa|sid|imago|keystone)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Kay Nietfeld/dpa",
            "picture alliance / dpa / Michael Kappeler",
            "IMAGO/Political-Moments",
            "dpa",
            "Michael Kappeler/dpa-Pool",
        ],
        misses: &[
            "Das berichtete die Nachrichtenagentur dpa.",
            "Die Bilder zeigen Imagination und Mut, so die Jury.",
            "Berlin (dpa) - Die Bundesregierung hat am Montag ein neues Gesetz beschlossen.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((foto|fotos|bild|quelle|grafik|symbolbild|archivbild)\s*:[^)]{0,80}\)\s*$",
            r"|\s(foto|bild)\s*:\s*[^.]{1,80}$",
        ),
        matches: &[
            "Bundeskanzler Olaf Scholz bei seiner Ankunft in Brüssel (Foto: dpa)",
            "Demonstranten vor dem Reichstag. Foto: Christoph Soeder/dpa",
        ],
        misses: &[
            "Das Foto: ein Dokument der Zeitgeschichte, sagt der Kurator.",
            "Auf dem Bild ist er zu sehen, wie er lacht.",
        ],
    },
    LangPhrase {
        code: "P501",
        pattern: concat!(
            r"^von\s+(?-i:\p{Lu})[\p{L}'’.-]+(\s+((von|van|de|der|den|zu|di|da|el|al)\s+)*(?-i:\p{Lu})[\p{L}'’.-]+){1,3}(\s*$|\s*[,|/•]|\s+und\s)",
            r"|^(autor|autorin|autoren|text|ein (kommentar|gastbeitrag|essay|interview) von|eine (analyse|glosse|reportage) von)\s*:?\s*(?-i:\p{Lu})",
        ),
        matches: &[
            "Von Anna Müller",
            "Von Anna Müller und Peter Schmidt",
            "Von Jan van der Berg, Brüssel",
            "Autorin: Lisa Becker",
            "Ein Kommentar von Hans Schulz",
        ],
        misses: &[
            "Von Montag an gilt in Berlin die Maskenpflicht.",
            "Von Berlin Mitte aus fährt der Bus jede Stunde.",
            "Von Angela Merkel stammt der berühmte Satz.",
            "Autoren sind in Deutschland oft schlecht bezahlt.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])lese(zeit|dauer)\s*:?\s*(ca\.\s*|etwa\s*)?\d",
            r"|(?:^|[\s\p{P}\p{S}])\d+\s*(min\.?|minuten)\s*lese(zeit|dauer)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Lesezeit: 3 Min.",
            "4 Min. Lesezeit",
            "Lesedauer: ca. 5 Minuten",
        ],
        misses: &[
            "Die Lesedauer hängt vom Leser ab.",
            "Die Lesezeit von Büchern ist gesunken, sagt die Studie.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: concat!(
            r"^(veröffentlicht|aktualisiert|erschienen|zuletzt aktualisiert|erstellt|geändert)( am)?\s*:?\s*\d",
            r"|^stand\s*:\s*\d",
            r"|^(veröffentlicht|aktualisiert) (am|vor|heute|gestern)(?:[\s\p{P}\p{S}]|$)",
            r"|^\d{1,2}\.\s?(\d{1,2}\.|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\s?\d{4}\s*(,|um|\||-)?\s*(\d{1,2}[:.]\d\d\s*(uhr)?)?[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Aktualisiert am 04.03.2024, 10:15 Uhr",
            "Stand: 4. März 2024",
            "04.03.2024, 10:15 Uhr",
            "Veröffentlicht vor 2 Stunden",
        ],
        misses: &[
            "Aktualisiert wurde die Liste zuletzt im Jahr 2019.",
            "Stand 2023 lebten dort 4000 Menschen.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(teilen|artikel teilen|beitrag teilen|seite teilen|jetzt teilen|drucken|artikel drucken|link kopieren|link kopiert|merken|artikel merken|verschicken|versenden|per e-?mail (teilen|versenden|verschicken)|geschenkartikel|artikel verschenken)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])teilen (auf|über|per|via|bei) (facebook|twitter|x|whatsapp|linkedin|xing|e-?mail|telegram|threads|bluesky|mastodon)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])auf (facebook|twitter|x|whatsapp|linkedin|xing|pinterest|threads|bluesky) teilen(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Teilen",
            "Artikel teilen",
            "Auf Facebook teilen",
            "Teilen per WhatsApp",
            "Link kopieren",
        ],
        misses: &[
            "Teilen Sie diese Einschätzung?",
            "Die Kosten teilen sich Bund und Länder.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])folgen? (sie |du )?(uns|(der|dem) (redaktion|autor|autorin|\p{L}+)) (auf|bei|via) (facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|mastodon|bluesky|whatsapp|telegram|google news)(?:[\s\p{P}\p{S}]|$)",
            r"|^folgen? (sie |du )?uns[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Folgen Sie uns auf Instagram",
            "Folge uns bei WhatsApp",
            "Folgen Sie der Redaktion auf X",
        ],
        misses: &[
            "Folgen Sie dem Autor auf seinem Weg durch die Alpen.",
            "Folgen Sie uns nicht, rief der Polizist den Demonstranten zu.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(startseite|zur startseite|home|menü|hauptmenü|suche|navigation|zum inhalt( springen)?|zur navigation|zum hauptinhalt|direkt zum inhalt|nach oben|zurück( nach oben| zum anfang| zur startseite| zur übersicht)?|weiter|vorherige|nächste( seite)?|vorherige seite|seite \d+( von \d+)?|mehr( anzeigen| laden)?|alle ressorts|ressorts|schließen|sie sind hier)[\s\p{P}\p{S}]*$",
            r"|^(startseite|home)\s*[>›»/|]",
        ),
        matches: &[
            "Startseite",
            "Zum Inhalt springen",
            "Startseite › Politik › Ausland",
            "Nach oben",
            "Seite 2 von 5",
        ],
        misses: &[
            "Weiter ging es dann nach Hamburg.",
            "Die Suche nach dem Vermissten wurde eingestellt.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^(lesen sie (auch|mehr|hier)|lies auch|auch interessant|ebenfalls interessant|das könnte (sie|dich) (auch )?interessieren|passend zum thema|meistgelesen(e( artikel| beiträge)?)?|meist gelesen|meistgeklickt|empfehlungen( der redaktion| für sie)?|verwandte (artikel|themen|beiträge)|ähnliche (artikel|beiträge)|beliebte artikel|top-?themen|mehr zum thema)(?:[\s\p{P}\p{S}]|$)",
            r"|^(mehr )?zum thema[\s\p{P}\p{S}]*$",
            r"|^(neueste (artikel|beiträge|nachrichten)|weitere (artikel|nachrichten|themen|beiträge|meldungen)( zum thema| aus \S+)?|mehr aus (dem ressort|der rubrik|(?-i:\p{Lu})\S*))[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Lesen Sie auch: Warum die Bahn so oft zu spät ist",
            "Mehr zum Thema",
            "Das könnte Sie auch interessieren",
            "Meistgelesen",
            "Mehr aus Hamburg",
            "Weitere Nachrichten aus Bayern",
        ],
        misses: &[
            "Zum Thema Migration sagte Scholz am Montag nichts.",
            "Mehr aus Angst als aus Überzeugung stimmte er zu.",
            "Weitere Artikel des Gesetzes sollen folgen, hieß es.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(verwendet|verwenden|nutzt|nutzen|setzt|setzen|einsatz von|verwendung von) (technisch notwendige |funktionale )?cookies(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])cookie-?(einstellungen|richtlinie|hinweis|banner|präferenzen|zustimmung)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(alle )?cookies (akzeptieren|zulassen|ablehnen)(?:[\s\p{P}\p{S}]|$)",
            r"|^(alle akzeptieren|alles akzeptieren|akzeptieren|zustimmen|alle ablehnen|akzeptieren und weiter|akzeptieren und schließen|zustimmen und weiter)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(datenschutz|privatsphäre)-?einstellungen(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])mit werbung (weiter)?lesen(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])pur-?abo(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])einwilligung (widerrufen|verwalten)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
            "Alle akzeptieren",
            "Cookie-Einstellungen",
            "Mit Werbung weiterlesen",
            "Privatsphäre-Einstellungen",
        ],
        misses: &[
            "Die Union will dem Antrag zustimmen, sagte Merz.",
            "Der Bäcker verkauft Cookies und Kuchen.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(anzeige|werbung|advertorial|sponsored|gesponsert|promotion|partnerinhalt|bezahlte partnerschaft|sponsoring|werbeanzeige|sonderveröffentlichung)[\s\p{P}\p{S}]*$",
            r"|^(gesponsert|präsentiert|unterstützt) von(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(artikel|text|beitrag) (geht|wird) (nach|unter) der (anzeige|werbung) weiter(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])weiter nach der (anzeige|werbung)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Anzeige",
            "ANZEIGE",
            "Werbung",
            "Präsentiert von Audi",
            "Artikel geht nach der Anzeige weiter",
        ],
        misses: &[
            "Anzeige gegen Unbekannt erstattet",
            "Die Polizei nahm die Anzeige auf.",
            "Werbung für Zigaretten ist verboten.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])alle rechte vorbehalten(?:[\s\p{P}\p{S}]|$)",
            r"|^(impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|nutzungsbedingungen|agb|cookie-richtlinie|barrierefreiheit|barrierefreiheitserklärung)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(nachdruck|vervielfältigung|weiterverbreitung|verwendung) (nur )?(mit|ohne) (schriftlicher )?(genehmigung|zustimmung)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(provisions|affiliate)-?links?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(erhalten|bekommen) (wir|die redaktion) (ggf\. |gegebenenfalls |eventuell |möglicherweise )?eine provision(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
            "Impressum",
            "Datenschutzerklärung",
            "Bei Käufen über diese Links erhalten wir ggf. eine Provision.",
        ],
        misses: &[
            "Die neuen Nutzungsbedingungen von Meta lösten Kritik aus.",
            "Der Datenschutz muss gewährleistet sein, sagte sie.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+kommentare?(?:[\s\p{P}\p{S}]|$)",
            r"|^(kommentare?|kommentieren|antworten|melden)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(jetzt |einen |ihren )?(kommentar|kommentare) (schreiben|anzeigen|lesen|verfassen|einblenden|ausblenden|laden|abgeben)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(die )?kommentarfunktion (ist|wurde) (geschlossen|deaktiviert|abgeschaltet)(?:[\s\p{P}\p{S}]|$)",
            r"|^(alle|weitere|mehr) kommentare(?:[\s\p{P}\p{S}]|$)",
            r"|^diskutieren sie mit(?:[\s\p{P}\p{S}]|$)",
            r"|^zur diskussion[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "12 Kommentare",
            "Kommentare (34)",
            "Kommentar schreiben",
            "Die Kommentarfunktion ist geschlossen.",
            "Diskutieren Sie mit",
        ],
        misses: &[
            "Kommentare aus Moskau blieben aus.",
            "Kommentar: Warum die Regierung irrt",
        ],
    },
];
