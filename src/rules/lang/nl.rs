//! Dutch chrome phrases (Netherlands and Flanders).
//!
//! Wording follows the conventions of Dutch and Flemish news sites (national
//! dailies, regional papers, public broadcasters): "Word abonnee", "Lees verder",
//! "Lees ook", "Beeld ANP", "Door Jan de Vries", "Advertentie",
//! "Alle rechten voorbehouden".

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^(abonneer( nu| je| u)?|neem (een|nu een) abonnement|word (nu )?abonnee|abonnee worden|bekijk (de|onze) (abonnementen|aanbiedingen))(?:[\s\p{P}\p{S}]|$)",
            r"|^(abonneren|word lid|lid worden|abonnement afsluiten)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Abonneer nu",
            "Word abonnee",
            "Neem een abonnement",
            "Word lid",
        ],
        misses: &[
            "Lid worden van de NAVO is voor Zweden een grote stap.",
            "Abonneren op kranten daalt al jaren.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"\d+([.,]\d\d)?\s?€\s?(/|per|p/)\s?(maand|week|jaar|mnd)",
            r"|€\s?\d+([.,]\d\d|,-)?\s?(/|per|p/)\s?(maand|week|jaar|mnd)",
            r"|(?:^|[\s\p{P}\p{S}])(maandelijks|dagelijks|altijd|per maand) opzegbaar(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])onbeperkt (toegang tot alle (artikelen|verhalen)|lezen)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])eerste maand (gratis|voor)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "€ 1 per week, daarna € 4,99 per maand. Maandelijks opzegbaar.",
            "Onbeperkt toegang tot alle artikelen",
        ],
        misses: &[
            "Onbeperkt toegang tot de zorg is een recht, zegt de minister.",
            "De huur stijgt volgend jaar met 50 euro per maand.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])steun (onze |onafhankelijke |de |goede )?(journalistiek|redactie)(?:[\s\p{P}\p{S}]|$)",
            r"|^(doneer( nu)?|steun ons|word donateur|word vriend|steun nu)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])doe een donatie(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])word (donateur|steunlid|vriend van)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Steun onafhankelijke journalistiek",
            "Doneer nu",
            "Word donateur",
        ],
        misses: &[
            "Steun ons land, riep de koning.",
            "De regering kondigde steun voor de journalistiek aan.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: concat!(
            r"nieuwsbrie(f|ven)",
            r"|(?:^|[\s\p{P}\p{S}])newsletter(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Schrijf je in voor onze nieuwsbrief",
            "Ontvang de dagelijkse nieuwsbrief",
        ],
        misses: &["Het nieuws van vandaag in het kort."],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(je|jouw|uw) e-?mail(adres)?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(in|naar) (je|jouw|uw) (inbox|mailbox)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])vul (je|jouw|uw) e-?mail",
        ),
        matches: &[
            "Vul je e-mailadres in",
            "Elke ochtend het belangrijkste nieuws in je inbox.",
        ],
        misses: &[
            "Het e-mailadres van de minister werd gehackt.",
            "Hij stuurde een e-mail naar de burgemeester.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: r"^(aanmelden|inschrijven|schrijf je in|meld je aan|verstuur|verzenden|versturen|ik meld me aan)[\s\p{P}\p{S}]*$",
        matches: &["Aanmelden", "Schrijf je in", "Verstuur"],
        misses: &[
            "Versturen van pakketten wordt duurder.",
            "Aanmelden kan tot vrijdag via de website van de gemeente.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^lees verder(?:[\s\p{P}\p{S}]|$)",
            r"|^(verder lezen|lees (het )?(hele|volledige) artikel|lees meer|lees het hele verhaal)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])lees (het )?(hele|volledige) (artikel|verhaal) (met|op|als)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Lees verder", "Lees het hele artikel", "Lees meer"],
        misses: &[
            "Lees meer boeken, adviseert de bibliothecaris.",
            "Hij wilde verder lezen, maar viel in slaap.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(ben je|bent u) al (abonnee|lid|geregistreerd)(?:[\s\p{P}\p{S}]|$)",
            r"|^al (abonnee|een account)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])log in (om|en lees)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(maak|creëer) (een|je|gratis) (gratis )?account(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])registreer (je |u )?(gratis|nu|om)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Ben je al abonnee? Log in",
            "Al abonnee? Log in",
            "Log in om verder te lezen",
            "Maak een gratis account aan",
        ],
        misses: &[
            "Zij is al abonnee sinds 1990.",
            "Hij is al lid van de partij sinds 2010.",
        ],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(alleen|exclusief) (voor|beschikbaar voor) abonnees(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])plus-?artikel(?:[\s\p{P}\p{S}]|$)",
            r"|^(premium|plus|abonnee-artikel|voor abonnees)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])dit (artikel|verhaal) is (alleen |exclusief )?(voor|beschikbaar voor) abonnees(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Alleen voor abonnees",
            "Dit artikel is exclusief voor abonnees.",
            "Plus",
        ],
        misses: &[
            "Plus de helft van de kiezers twijfelt.",
            "Het zwembad is alleen voor leden toegankelijk.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(inloggen|log in|uitloggen|log uit|registreren|mijn account|mijn profiel|account aanmaken)[\s\p{P}\p{S}]*$",
        matches: &["Inloggen", "Mijn account", "Log in"],
        misses: &[
            "Mijn account is gehackt, zegt de zanger.",
            "Inloggen bij de bank lukte urenlang niet.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: concat!(
            r"^[\s\p{P}\p{S}]{0,3}(foto|beeld|afbeelding|illustratie|video|graphic|grafiek|bron|fotografie)\s*(:|©)",
            r"|^(foto|beeld|illustratie)\s+(?-i:\p{Lu})",
            r"|(?:^|[\s\p{P}\p{S}])beeld(bron|rechten)\s*:",
        ),
        matches: &[
            "Foto: ANP",
            "Beeld ANP",
            "Beeld Raymond Rutting / de Volkskrant",
            "Bron: CBS",
        ],
        misses: &[
            "Beeld je in dat je nooit meer hoeft te werken.",
            "De foto ging de hele wereld over.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"/\s?(anp|belga|hollandse hoogte|afp|ap|reuters|epa|getty)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(anp|belga|afp|epa|ap)\s?/",
            r"|^[\s\p{P}\p{S}]*(anp|belga|hollandse hoogte|anp foto)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(foto|beeld) (anp|belga|afp|epa|reuters|ap|hollandse hoogte)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])hollandse hoogte(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["ANP", "Foto ANP", "Robin Utrecht / ANP", "Hollandse Hoogte"],
        misses: &[
            "Dat meldt persbureau ANP op basis van bronnen.",
            "Volgens Belga is de brand onder controle.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((foto|beeld)\s*:?[^)]{0,80}\)\s*$",
            r"|\s(beeld|foto)\s*:?\s+(?-i:\p{Lu})[^.]{1,60}$",
        ),
        matches: &[
            "Demonstranten op het Malieveld in Den Haag. Beeld ANP",
            "Premier Schoof in Brussel (foto: ANP)",
        ],
        misses: &[
            "Hij poseerde voor de foto Van Gogh na te doen.",
            "Er werd een foto gemaakt van de verdachte.",
        ],
    },
    LangPhrase {
        code: "P501",
        pattern: concat!(
            r"^door\s+(?-i:\p{Lu})[\p{L}'’.-]+(\s+((van|de|der|den|ter|ten|te|het|'t|van der|van den)\s+)*(?-i:\p{Lu})[\p{L}'’.-]+){1,3}(\s*$|\s*[,|/•]|\s+en\s)",
            r"|^(tekst|auteur|redactie)\s*:\s*(?-i:\p{Lu})",
        ),
        matches: &[
            "Door Jan de Vries",
            "Door Jan van der Berg en Anna Jansen",
            "Door Sophie Bakker, Brussel",
        ],
        misses: &[
            "Door de regen kwamen minder bezoekers.",
            "Door Rusland gesteunde rebellen rukten op.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])leestijd\s*:?\s*(ca\.\s*)?\d",
            r"|(?:^|[\s\p{P}\p{S}])\d+\s?min(uten|\.)?\s+(leestijd|lezen)[\s\p{P}\p{S}]*$",
        ),
        matches: &["Leestijd: 3 minuten", "4 min leestijd", "5 minuten lezen"],
        misses: &[
            "Leestijd is belangrijk voor kinderen, zegt de juf.",
            "Vijf minuten lezen per dag helpt al, zegt de onderzoeker.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: concat!(
            r"^(gepubliceerd|bijgewerkt|geüpdatet|laatste update|aangepast)( op| om)?\s*:?\s*\d",
            r"|^(gepubliceerd|bijgewerkt) (op|om) \d",
            r"|^(gepubliceerd|bijgewerkt) (vandaag|gisteren)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Gepubliceerd op 4 maart 2024",
            "Bijgewerkt om 10:15",
            "Laatste update: 04-03-2024",
        ],
        misses: &[
            "Bijgewerkt op basis van nieuwe cijfers is de prognose lager.",
            "Gepubliceerd werd het boek pas na zijn dood.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(delen|deel|deel dit artikel|artikel delen|printen|afdrukken|link kopiëren|kopieer link|link gekopieerd|bewaren|opslaan|e-?mailen)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(deel|delen) (op|via) (facebook|twitter|x|whatsapp|linkedin|e-?mail|bluesky)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])deel dit (artikel|bericht|verhaal)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Delen", "Deel via WhatsApp", "Link kopiëren"],
        misses: &[
            "Delen van de stad zijn zonder stroom.",
            "Delen is vermenigvuldigen, zei de dominee.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])volg (ons |(\S+ ){1,2})(op|via) (facebook|twitter|x|instagram|linkedin|tiktok|youtube|whatsapp|telegram|bluesky|threads)(?:[\s\p{P}\p{S}]|$)",
            r"|^volg ons( op(?:[\s\p{P}\p{S}]|$)|[\s\p{P}\p{S}]*$)",
        ),
        matches: &[
            "Volg ons op Instagram",
            "Volg NU.nl via WhatsApp",
            "Volg ons",
        ],
        misses: &[
            "Volg de route langs de rivier.",
            "Volg ons, riep de agent naar de menigte.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(home|homepage|menu|zoeken|zoek|sluiten|terug( naar boven| naar home)?|naar boven|ga naar (de )?(inhoud|hoofdinhoud)|spring naar (de )?inhoud|volgende|vorige|volgende pagina|vorige pagina|meer|rubrieken|secties|u bent hier|je bent hier|pagina \d+( van \d+)?)[\s\p{P}\p{S}]*$",
            r"|^(home|homepage)\s*[>›»/|]",
        ),
        matches: &[
            "Home",
            "Home > Binnenland",
            "Naar boven",
            "Ga naar de inhoud",
        ],
        misses: &[
            "Volgende week beslist de Kamer.",
            "Zoeken naar de vermiste vrouw is gestaakt.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^(lees ook|bekijk ook|zie ook|gerelateerde (artikelen|berichten|verhalen)|dit vind je misschien ook interessant|ook interessant|misschien ook interessant|meer over dit onderwerp)(?:[\s\p{P}\p{S}]|$)",
            r"|^lees meer\s*:",
            r"|^meer over(\s+(?-i:\p{Lu})\S*(\s+\S+)?)?[\s\p{P}\p{S}]*$",
            r"|^(gerelateerd|meest gelezen|meest bekeken|meest gedeeld|populair|aanbevolen|uitgelicht|net binnen|laatste nieuws|het laatste nieuws|ander nieuws|meer nieuws)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Lees ook: Kabinet valt over migratie",
            "Meest gelezen",
            "Meer over Oekraïne",
            "Gerelateerde artikelen",
        ],
        misses: &[
            "Meer over de zaak werd niet bekend.",
            "Populair was hij nooit, zeggen collega's.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(gebruikt|gebruiken|plaatst|plaatsen|gebruik van) (functionele |analytische |tracking |de volgende )?cookies(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])cookie-?(instellingen|beleid|verklaring|melding|voorkeuren)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])cookies (accepteren|weigeren|toestaan|instellen)(?:[\s\p{P}\p{S}]|$)",
            r"|^(alles accepteren|alle cookies accepteren|accepteren|akkoord|weigeren|instellingen aanpassen|ja,? ik ga akkoord|ik ga akkoord)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])privacy-?instellingen(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Wij gebruiken cookies om de website te verbeteren.",
            "Akkoord",
            "Cookie-instellingen",
        ],
        misses: &[
            "Akkoord over de begroting bereikt, meldt het kabinet.",
            "De oppositie weigerde het akkoord te steunen.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(advertentie|advertenties|reclame|gesponsord|gesponsorde inhoud|partnerbijdrage|adverteren|promotie|commercieel|in samenwerking met(\s+\S+){0,3})[\s\p{P}\p{S}]*$",
            r"|^(gesponsord|aangeboden|gepresenteerd) door(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(het )?artikel gaat (verder )?(onder|na) de advertentie(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])gaat verder na de advertentie(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Advertentie",
            "ADVERTENTIE",
            "Gesponsord",
            "Het artikel gaat verder onder de advertentie",
        ],
        misses: &[
            "Reclame voor gokken wordt verboden.",
            "De advertentie leverde veel reacties op.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])alle rechten voorbehouden(?:[\s\p{P}\p{S}]|$)",
            r"|^(privacyverklaring|privacybeleid|gebruiksvoorwaarden|algemene voorwaarden|disclaimer|colofon|cookiebeleid|cookieverklaring)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])affiliate-?links?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])ontvangen (wij|we) (mogelijk )?een (kleine )?commissie(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "© 2024 DPG Media B.V. - alle rechten voorbehouden",
            "Privacyverklaring",
            "Colofon",
        ],
        misses: &[
            "De disclaimer van de bank was onduidelijk.",
            "De algemene voorwaarden van de bank zijn onduidelijk, oordeelt de rechter.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+(reacties?|antwoorden)(?:[\s\p{P}\p{S}]|$)",
            r"|^(reacties?|reageer|reageren|beantwoorden|antwoord|melden|rapporteren)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(bekijk|lees|toon|laad|plaats|schrijf|geef) (een |je |alle |meer |\d+ )?(reacties?)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(reageren|reacties) (is|zijn) (gesloten|uitgeschakeld)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "12 reacties",
            "Reacties (5)",
            "Plaats een reactie",
            "Reageren is gesloten.",
        ],
        misses: &[
            "Plaats een reactie op het voorstel, vroeg de wethouder.",
            "Reacties uit Den Haag bleven uit.",
        ],
    },
];
