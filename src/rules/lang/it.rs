//! Italian chrome phrases.
//!
//! Wording follows the conventions of Italian news sites (national dailies,
//! regional papers, news agencies' portals): "Abbonati", "Continua a leggere",
//! "Leggi anche", "Foto ANSA", "di Mario Rossi", "Pubblicità",
//! "© Riproduzione riservata".

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^abbonati([\s\p{P}\p{S}]*$|\s+(ora|subito|adesso|a (\p{Lu}|il |la |corriere|repubblica)|per|al|e leggi)(?:[\s\p{P}\p{S}]|$))",
            r"|^(abbonarsi|abbonamento|abbonamenti)[\s\p{P}\p{S}]*$",
            r"|^(diventa|diventare) (abbonato|abbonata|sostenitore|sostenitrice)(?:[\s\p{P}\p{S}]|$)",
            r"|^(scopri|vedi) (l['’]offerta|le offerte|gli abbonamenti)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Abbonati",
            "Abbonati ora",
            "Scopri l'offerta",
            "Diventa abbonato",
        ],
        misses: &[
            "Abbonati e tifosi hanno protestato davanti allo stadio.",
            "L'abbonamento annuale costa di più.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"\d+([.,]\d\d)?\s?€\s?(/|al|a|per|ogni)\s?(mese|settimana|anno)",
            r"|€\s?\d+([.,]\d\d)?\s?(/|al|a|per|ogni)\s?(mese|settimana|anno)",
            r"|(?:^|[\s\p{P}\p{S}])disdici (quando vuoi|in qualsiasi momento)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])accesso illimitato (a|al|ai|agli|a tutti)(?:[\s\p{P}\p{S}]|$).{0,40}(?:^|[\s\p{P}\p{S}])(articoli|contenuti)(?:[\s\p{P}\p{S}]|$)",
            r"|^accesso illimitato(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])primo mese (gratis|a \d)",
        ),
        matches: &[
            "1 € a settimana per 3 mesi. Disdici quando vuoi.",
            "Accesso illimitato a tutti gli articoli",
        ],
        misses: &[
            "L'accesso illimitato ai dati preoccupa il Garante.",
            "Il canone aumenterà di 10 euro al mese dal 2025.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])sostieni (il |l['’])?(nostro |nostra )?(giornalismo|giornale|lavoro|informazione)( indipendente| libera| di qualità)?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])sostienici(?:[\s\p{P}\p{S}]|$)",
            r"|^(dona ora|fai una donazione|sostieni|dona|sostieni ora)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])fai una donazione(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Sostieni il giornalismo indipendente",
            "Sostienici",
            "Fai una donazione",
        ],
        misses: &[
            "Sostieni che abbia ragione, chiese il giudice.",
            "Il governo sostiene il giornale con fondi pubblici.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: r"(?:^|[\s\p{P}\p{S}])newsletters?(?:[\s\p{P}\p{S}]|$)",
        matches: &["Iscriviti alla newsletter", "Le newsletter del Corriere"],
        misses: &["Le notizie di oggi in breve."],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(la tua|tua) (e-?mail|email|mail)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])il tuo indirizzo (e-?mail|email)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])nella tua (casella|inbox|posta)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])inserisci (la tua|il tuo)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Inserisci la tua email",
            "Ricevi ogni mattina le notizie nella tua casella di posta.",
        ],
        misses: &[
            "Ha cambiato la sua email dopo l'attacco.",
            "La sua email è stata violata, ha detto la polizia.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: r"^(iscriviti|iscrivimi|iscriviti ora|iscriviti gratis|invia|procedi|conferma)[\s\p{P}\p{S}]*$",
        matches: &["Iscriviti", "Iscriviti ora", "Invia"],
        misses: &[
            "Invia un messaggio al ministro, chiedono i sindacati.",
            "Iscriviti anche tu, ha detto il sindaco ai cittadini.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^continua a leggere([\s\p{P}\p{S}]*$|\s+(questo articolo|l['’]articolo|gratis|gratuitamente|con|abbonandoti)(?:[\s\p{P}\p{S}]|$)|\s*:)",
            r"|^(leggi (l['’]articolo|l['’]articolo completo|il resto)|prosegui (la lettura|a leggere))(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])leggi l['’]articolo completo(?:[\s\p{P}\p{S}]|$)",
            r"|^(leggi tutto|leggi di più|continua)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Continua a leggere",
            "Continua a leggere questo articolo",
            "Leggi l'articolo completo",
            "Leggi tutto",
        ],
        misses: &[
            "Continua a leggere i giornali nonostante l'età.",
            "Mia nonna continua a leggere i giornali ogni mattina.",
            "Leggi tutto il rapporto, ha detto il giudice.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])sei già (abbonato|abbonata|registrato|registrata)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])sei già iscritt[oa]\s?\?",
            r"|^già (abbonato|abbonata|registrato|registrata)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])accedi per (leggere|continuare|commentare)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])crea (un|il tuo) account(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])registrati (gratis|gratuitamente|per)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Sei già abbonato? Accedi",
            "Già abbonato? Accedi",
            "Registrati gratis per continuare a leggere",
        ],
        misses: &[
            "Sei già iscritto al partito da anni, gli ha ricordato.",
            "Il sindaco era già iscritto al partito da anni.",
        ],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(articolo|contenuto|questo contenuto|questo articolo|approfondimento)( è)? (riservato|riservata|esclusivo|esclusiva|dedicato) (agli|ai|per gli) abbonati(?:[\s\p{P}\p{S}]|$)",
            r"|^(riservato|esclusivo|solo per gli|per) abbonati[\s\p{P}\p{S}]*$",
            r"|^(premium|abbonati)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Questo articolo è riservato agli abbonati",
            "Riservato abbonati",
            "Premium",
        ],
        misses: &[
            "Gli abbonati di Sky sono in calo.",
            "Il settore ospiti è riservato agli abbonati della squadra.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(accedi|login|entra|esci|registrati|il mio account|area riservata|il mio profilo)[\s\p{P}\p{S}]*$",
        matches: &["Accedi", "Registrati", "Il mio account"],
        misses: &[
            "Esci dal gruppo, gli ha detto.",
            "Entra in vigore oggi la nuova legge.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: concat!(
            r"^[\s\p{P}\p{S}]{0,3}(foto|fotografia|immagine|immagini|video|illustrazione|infografica|fonte|credits?( foto)?|crediti( fotografici)?)\s*(:|©)",
            r"|(?:^|[\s\p{P}\p{S}])foto (di )?(repertorio|d['’]archivio|archivio)(?:[\s\p{P}\p{S}]|$)",
            r"|^foto (ansa|lapresse|ipa|agf|imagoeconomica|getty|afp|ap|reuters)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Foto: ANSA",
            "Foto di repertorio",
            "Fonte: Istat",
            "Foto Ansa",
        ],
        misses: &[
            "Fonti del ministero confermano.",
            "La foto ha fatto il giro del web.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"/\s?(ansa|lapresse|imagoeconomica|agf|getty|afp|ap|reuters|fotogramma|ipa|epa)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(ansa|lapresse|afp|ap|agf|ipa)\s?/",
            r"|^[\s\p{P}\p{S}]*(ansa|lapresse|imagoeconomica|fotogramma|agf|afp|ipa|ansa foto)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])ansa foto(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "ANSA",
            "ANSA/FABIO FRUSTACI",
            "Roberto Monaldo / LaPresse",
            "Imagoeconomica",
        ],
        misses: &[
            "Lo riferisce l'Ansa citando fonti del ministero.",
            "Secondo l'Ansa il bilancio è salito.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((foto|immagine|fonte|credit)\s*:?[^)]{0,80}\)\s*$",
            r"|\sfoto\s*:\s*[^.]{1,80}$",
            r"|\(\s*(ansa|lapresse|afp|ap|reuters|getty|imagoeconomica)\s*\)\s*$",
        ),
        matches: &[
            "Il premier a Palazzo Chigi (foto ANSA)",
            "Giorgia Meloni a Bruxelles (Ansa)",
        ],
        misses: &[
            "La foto: simbolo di un'epoca, dice il critico.",
            "Nella foto si vede il sindaco sorridente.",
        ],
    },
    LangPhrase {
        code: "P501",
        pattern: concat!(
            r"^di\s+(?-i:\p{Lu})[\p{L}'’.-]+(\s+((di|de|del|della|da|dal|la|lo|d['’])\s*)*(?-i:\p{Lu})[\p{L}'’.-]+){1,3}(\s*$|\s*[,|/•]|\s+e\s)",
            r"|^(autore|autrice|testo|a cura di)\s*:?\s*(?-i:\p{Lu})",
        ),
        matches: &[
            "di Mario Rossi",
            "di Luigi Di Maio",
            "di Anna Bianchi e Paolo Verdi",
            "A cura di Giulia Neri",
        ],
        misses: &[
            "Di Maio ha detto che il governo andrà avanti.",
            "Di Battista, intervenuto ieri, ha attaccato il governo.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])tempo di lettura\s*:?\s*(\d|circa)",
            r"|(?:^|[\s\p{P}\p{S}])\d+\s?min(uti|\.)?\s+(di )?lettura[\s\p{P}\p{S}]*$",
            r"|^lettura\s*:?\s*\d+\s?min",
        ),
        matches: &[
            "Tempo di lettura: 3 minuti",
            "4 min di lettura",
            "Lettura: 5 min",
        ],
        misses: &[
            "Il tempo di lettura dipende dal libro.",
            "Il tempo di lettura dei giovani è calato, dice l'Istat.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: concat!(
            r"^(pubblicato|aggiornato|modificato|ultimo aggiornamento)( il| alle| in data| oggi)?\s*:?\s*\d",
            r"|^(pubblicato|aggiornato) (oggi|ieri|\d+ (ore|minuti) fa)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Pubblicato il 4 marzo 2024",
            "Aggiornato alle 10:15",
            "Ultimo aggiornamento: 04/03/2024",
        ],
        misses: &[
            "Aggiornato il software, i treni ripartono.",
            "Pubblicato nel 1980, il disco fu un successo.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(condividi|condividere|stampa|invia per e-?mail|copia (il )?link|link copiato|salva|condividi l['’]articolo)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])condividi (su|via|con) (facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])condividi (questo articolo|l['’]articolo)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Condividi", "Condividi su Facebook", "Copia link"],
        misses: &[
            "Stampa estera e diplomatici erano presenti.",
            "Condividi le tue idee con gli altri, diceva il maestro.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])seguici (su|on)(?:[\s\p{P}\p{S}]|$)",
            r"|^seguici[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])segui (\p{L}+ |il nostro canale |la nostra pagina ){1,3}su (facebook|twitter|x|instagram|telegram|whatsapp|google news|tiktok|youtube)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Seguici su Instagram",
            "Segui Il Post su WhatsApp",
            "Seguici",
        ],
        misses: &[
            "Segui il tuo istinto su tutto, diceva.",
            "Seguici, disse il poliziotto ai manifestanti.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(home|homepage|home page|menu|cerca|ricerca|chiudi|torna (su|all['’]inizio|alla home)|vai al contenuto( principale)?|salta al contenuto|successivo|precedente|pagina successiva|pagina precedente|avanti|indietro|altro|sezioni|tutte le sezioni|sei qui|ti trovi in|pagina \d+( di \d+)?)[\s\p{P}\p{S}]*$",
            r"|^(home|homepage)\s*[>›»/|]",
        ),
        matches: &[
            "Home",
            "Home > Cronaca > Roma",
            "Torna su",
            "Vai al contenuto principale",
        ],
        misses: &[
            "Avanti così, ha detto il premier.",
            "Cerca casa da mesi senza successo.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^(leggi anche|vedi anche|guarda anche|potrebbe interessarti|potrebbero interessarti|ti potrebbe interessare|articoli correlati|notizie correlate|contenuti correlati|i più letti|le più lette|più letti|più lette|più visti|più condivisi|consigliati per te|ti consigliamo|leggi l['’]approfondimento)(?:[\s\p{P}\p{S}]|$)",
            r"|^(approfondisci|correlati|in primo piano|approfondimenti|ultime notizie|in evidenza|da non perdere|altre notizie)(\s*:|[\s\p{P}\p{S}]*$)",
        ),
        matches: &[
            "Leggi anche: Il governo approva la manovra",
            "I più letti",
            "Potrebbe interessarti",
            "In evidenza",
        ],
        misses: &[
            "In evidenza c'era soprattutto la crisi dei prezzi.",
            "Da non perdere di vista le prossime elezioni.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(utilizza|utilizziamo|usa|usiamo|uso di|utilizzo di|impiega|impieghiamo) (i |dei )?cookies?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(accetta|rifiuta|gestisci|personalizza) (i |tutti i )?cookies?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(cookie policy|informativa sui cookie)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])impostazioni (dei )?cookies?(?:[\s\p{P}\p{S}]|$)",
            r"|^(accetta( tutto| tutti| e chiudi| e continua)?|rifiuta( tutto| tutti)?|accetto|continua senza accettare|personalizza|gestisci (le )?preferenze)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Questo sito utilizza cookie tecnici e di profilazione.",
            "Accetta tutti",
            "Continua senza accettare",
        ],
        misses: &[
            "Accetta tutto senza discutere, ha detto.",
            "Il governo ha deciso di accettare tutto il pacchetto.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(pubblicità|annuncio|sponsorizzato|contenuto sponsorizzato|contenuto promozionale|promozione|publiredazionale|pubbliredazionale|branded content|adv|informazione pubblicitaria|in collaborazione con(\s+\S+){0,3})[\s\p{P}\p{S}]*$",
            r"|^(sponsorizzato|presentato|offerto) da(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(l['’]articolo|la notizia) continua (dopo|sotto) la pubblicità(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])continua dopo la pubblicità(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Pubblicità",
            "PUBBLICITÀ",
            "Contenuto sponsorizzato",
            "In collaborazione con Enel",
        ],
        misses: &[
            "Pubblicità ingannevole: multa all'azienda.",
            "In collaborazione con il Comune, la scuola ha organizzato corsi estivi.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])tutti i diritti (sono )?riservati(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])riproduzione riservata(?:[\s\p{P}\p{S}]|$)",
            r"|^(note legali|privacy policy|informativa (sulla )?privacy|termini (e condizioni|di utilizzo|d['’]uso)|condizioni (generali|d['’]uso|di utilizzo)|credits)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])p\.?\s?iva\s*:?\s*\d{11}(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])link (di )?affiliazione(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])potremmo ricevere una commissione(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "© RIPRODUZIONE RISERVATA",
            "Tutti i diritti riservati",
            "GEDI News Network S.p.A. - P.IVA 01578251009",
        ],
        misses: &[
            "La riproduzione dei panda in cattività è difficile.",
            "La privacy policy di Meta è finita sotto accusa.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+(commenti|commento|risposte|risposta)(?:[\s\p{P}\p{S}]|$)",
            r"|^(commenti|commenta|commento|rispondi|segnala)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(leggi|vedi|mostra|carica|lascia|scrivi|aggiungi|inserisci) (un |il tuo |i |tutti i |altri |\d+ )?(commenti|commento|risposte)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])i commenti sono (chiusi|disabilitati)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["12 commenti", "Commenti (4)", "Lascia un commento"],
        misses: &[
            "Commenta il ministro: «È una vergogna».",
            "Commenti del ministro hanno irritato l'opposizione.",
        ],
    },
];
