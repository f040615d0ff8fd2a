//! Polish chrome phrases.
//!
//! Wording follows the conventions of Polish news sites (national dailies,
//! portals, weeklies): "Kup subskrypcję", "Czytaj dalej", "Czytaj także",
//! "Fot. PAP/Radek Pietruszka", "Autor: …", "Reklama",
//! "Wszelkie prawa zastrzeżone".

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^(subskrybuj|zasubskrybuj|wykup (subskrypcję|dostęp|prenumeratę)|zamów (prenumeratę|subskrypcję)|kup (dostęp|subskrypcję|prenumeratę)|zostań (subskrybentem|prenumeratorem))(?:[\s\p{P}\p{S}]|$)",
            r"|^(subskrypcja|prenumerata)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Kup subskrypcję",
            "Wykup dostęp",
            "Zamów prenumeratę",
            "Subskrybuj",
        ],
        misses: &[
            "Prenumerata gazet spada od lat.",
            "Zamów taksówkę przez aplikację, radzi policja.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"\d+([.,]\d\d)?\s?zł\s?/\s?(mies\.?|miesiąc|tydzień|rok)",
            r"|(?:^|[\s\p{P}\p{S}])za \d+([.,]\d\d)? zł (za|na) (pierwszy )?miesiąc(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])czytaj bez (ograniczeń|limitu)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])pierwszy miesiąc (za darmo|za \d)",
            r"|(?:^|[\s\p{P}\p{S}])możesz zrezygnować w każdej chwili(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Pierwszy miesiąc za 1 zł, potem 29,90 zł/mies.",
            "Czytaj bez ograniczeń",
        ],
        misses: &[
            "Dostęp bez ograniczeń do wody jest prawem człowieka.",
            "Przeciętny Polak zarabia 7000 zł miesięcznie.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])wesprzyj (niezależne dziennikarstwo|naszą redakcję|redakcję|naszą pracę)(?:[\s\p{P}\p{S}]|$)",
            r"|^(wesprzyj( nas)?|wpłać|przekaż darowiznę|wspieram|zostań patronem)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])przekaż (darowiznę|wpłatę|1,5%)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])wspieraj (nas|niezależne)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Wesprzyj niezależne dziennikarstwo",
            "Wspieram",
            "Przekaż darowiznę",
        ],
        misses: &[
            "Wesprzyj nas w tej trudnej chwili, apelował burmistrz.",
            "Rząd chce wesprzeć rolników dopłatami.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])newsletter",
            r"|(?:^|[\s\p{P}\p{S}])biuletyn (informacyjny|e-?mailowy)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Zapisz się na newsletter", "Zamów nasz newsletter"],
        misses: &["Najważniejsze wiadomości dnia w skrócie."],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(twój|twoj|wpisz|podaj) (adres )?e-?mail(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])na (twoją|swoją) skrzynkę(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])na (twój|swój) (adres )?e-?mail(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Wpisz adres e-mail",
            "Najważniejsze informacje prosto na Twoją skrzynkę.",
        ],
        misses: &[
            "Jego e-mail trafił do prokuratury.",
            "Wysłał e-mail do prezydenta w poniedziałek.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: r"^(zapisz (się|mnie)|zapisuję się|wyślij|dołącz|zapisz się na newsletter)[\s\p{P}\p{S}]*$",
        matches: &["Zapisz się", "Zapisuję się", "Wyślij"],
        misses: &[
            "Wyślij wojsko, żądali protestujący.",
            "Zapisz się na kurs, radził mu ojciec przez lata.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^(czytaj (dalej|całość|cały artykuł)|przeczytaj (cały artykuł|całość)|kontynuuj czytanie)(?:[\s\p{P}\p{S}]|$)",
            r"|^(czytaj więcej|więcej)[\s\p{P}\p{S}]*$",
        ),
        matches: &["Czytaj dalej", "Przeczytaj cały artykuł", "Czytaj więcej"],
        misses: &[
            "Więcej szczegółów poda rząd.",
            "Czytał dalej, choć było już późno.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(masz już|posiadasz) (konto|subskrypcję|prenumeratę|dostęp)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])jesteś (już )?(subskrybentem|prenumeratorem)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])zaloguj się,? (aby|by|żeby)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])załóż (darmowe|bezpłatne) konto(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])załóż konto (i|aby|by|za darmo)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])zarejestruj się (za darmo|bezpłatnie|aby)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Masz już subskrypcję? Zaloguj się",
            "Zaloguj się, aby czytać dalej",
            "Załóż darmowe konto",
        ],
        misses: &[
            "Załóż konto w banku, radzi ekspert.",
            "Firma ma już konto w Szwajcarii.",
        ],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(tylko|wyłącznie|dostępny|dostępne|dostępna|treść) (dla )?(subskrybentów|prenumeratorów|zalogowanych)(?:[\s\p{P}\p{S}]|$)",
            r"|^(premium|tylko dla subskrybentów)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])artykuł (premium|dla subskrybentów)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])wykorzystałeś (limit|darmowe)",
        ),
        matches: &[
            "Tylko dla subskrybentów",
            "Artykuł dostępny dla prenumeratorów",
            "Premium",
        ],
        misses: &[
            "Oferta premium dla klientów banku.",
            "Usługa jest dostępna dla abonentów Orange.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(zaloguj( się)?|logowanie|wyloguj( się)?|zarejestruj( się)?|rejestracja|moje konto|mój profil)[\s\p{P}\p{S}]*$",
        matches: &["Zaloguj się", "Moje konto", "Rejestracja"],
        misses: &[
            "Moje konto jest puste, skarżył się emeryt.",
            "Rejestracja samochodu podrożeje od lipca.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: concat!(
            r"^[\s\p{P}\p{S}]{0,3}(fot\.|fot:|foto:|zdjęcie:|zdjęcia:|ilustracja:|grafika:|wideo:|źródło:|autor zdjęcia:|autor zdjęć:)",
            r"|(?:^|[\s\p{P}\p{S}])fot\.\s*\S",
            r"|^[\s\p{P}\p{S}]{0,3}(fot|foto|zdjęcie|źródło)\s*©",
        ),
        matches: &[
            "Fot. Jan Kowalski / Agencja Gazeta",
            "fot. PAP/Radek Pietruszka",
            "Źródło: GUS",
            "Zdjęcie: Shutterstock",
        ],
        misses: &[
            "Fotografia była dla niego pasją.",
            "Źródła w rządzie temu zaprzeczają.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(pap|agencja gazeta|east news|forum|reporter|newspix|shutterstock|getty images|afp|reuters|ap)\s?/",
            r"|/\s?(pap|agencja gazeta|east news|forum|reporter|newspix|afp|reuters|ap|epa)(?:[\s\p{P}\p{S}]|$)",
            r"|^[\s\p{P}\p{S}]*(pap|agencja gazeta|east news|newspix\.pl)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])agencja gazeta(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])newspix(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "PAP/Radek Pietruszka",
            "Agencja Gazeta",
            "Jan Nowak / East News",
            "PAP",
        ],
        misses: &[
            "Jak podała PAP, rząd przyjął projekt ustawy.",
            "Forum ekonomiczne odbędzie się w Karpaczu.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((fot|fot\.|zdjęcie|foto|źródło)[.:]?[^)]{0,80}\)\s*$",
            r"|\sfot\.\s*[^.]{1,80}$",
        ),
        matches: &[
            "Premier w Sejmie (fot. PAP)",
            "Protest rolników w Warszawie. fot. Agencja Gazeta",
        ],
        misses: &["Na zdjęciu widać premiera."],
    },
    LangPhrase {
        code: "P501",
        pattern: r"^(autor|autorka|autorzy|tekst|opracowanie|oprac\.)\s*:?\s*(?-i:\p{Lu})[\p{L}.-]+(\s+(?-i:\p{Lu})[\p{L}.-]+){0,3}\s*(,.*)?$",
        matches: &[
            "Autor: Jan Kowalski",
            "Opracowanie: Anna Nowak",
            "Autorka: Maria Wiśniewska, Warszawa",
        ],
        misses: &[
            "Autor książki opowiedział o swoim dzieciństwie.",
            "Tekst ustawy trafił do Senatu.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])czas (czytania|lektury)\s*:?\s*(ok\.\s*)?\d",
            r"|(?:^|[\s\p{P}\p{S}])\d+\s?min(\.|ut[ya]?)?\s+(czytania|lektury)[\s\p{P}\p{S}]*$",
        ),
        matches: &["Czas czytania: 3 min", "5 minut czytania"],
        misses: &[
            "Czas czytania skraca się z roku na rok.",
            "Czas czytania książek przez dzieci się skrócił.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: r"^(opublikowano|aktualizacja|zaktualizowano|data publikacji|data aktualizacji|dodano)\s*:?\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d|dzisiaj|wczoraj)",
        matches: &[
            "Opublikowano: 04.03.2024 10:15",
            "Aktualizacja: dzisiaj 12:00",
        ],
        misses: &[
            "Dodano 5 nowych przepisów do ustawy.",
            "Aktualizacja systemu potrwa do wieczora.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(udostępnij|podziel się|drukuj|wydrukuj|kopiuj link|skopiuj link|link skopiowany|zapisz|wyślij e-?mailem)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])udostępnij (na|przez) (facebooku|twitterze|x|whatsappie|linkedinie|e-?mail)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])udostępnij (ten )?artykuł(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Udostępnij", "Udostępnij na Facebooku", "Skopiuj link"],
        misses: &[
            "Udostępnij dane policji, zażądał sąd.",
            "Podziel się z bliskimi tym, co masz, mówił ksiądz.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])obserwuj (nas|\S+) (na|w) (facebooku|twitterze|x|instagramie|tiktoku|youtube|linkedinie|google news|wiadomościach google)(?:[\s\p{P}\p{S}]|$)",
            r"|^obserwuj nas(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])śledź nas (na|w)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Obserwuj nas w Google News", "Śledź nas na Facebooku"],
        misses: &[
            "Śledź nas uważnie, mówił przewodnik.",
            "Obserwuj niebo w nocy, radzą astronomowie.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(strona główna|start|menu|szukaj|wyszukaj|zamknij|wróć|powrót|do góry|na górę|przejdź do (treści|głównej treści)|następny|następna|poprzedni|poprzednia|następna strona|poprzednia strona|pokaż więcej|działy|wszystkie działy|strona \d+( z \d+)?)[\s\p{P}\p{S}]*$",
            r"|^(strona główna|start)\s*[>›»/|]",
        ),
        matches: &["Strona główna", "Strona główna > Kraj", "Przejdź do treści"],
        misses: &[
            "Start rakiety przełożono.",
            "Powrót do szkoły był dla niego trudny.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^(czytaj (także|też|również)|zobacz (także|też|również)|przeczytaj (także|też|również)|podobne artykuły|powiązane artykuły|więcej na ten temat|więcej z działu|może cię zainteresować|mogą cię zainteresować|to może cię zainteresować|inne artykuły)(?:[\s\p{P}\p{S}]|$)",
            r"|^polecamy(\s*:|[\s\p{P}\p{S}]*$)",
            r"|^(najczęściej czytane|najpopularniejsze|najnowsze|powiązane|dowiedz się więcej)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "CZYTAJ TAKŻE: Rząd przyjął budżet",
            "Zobacz też",
            "Najczęściej czytane",
            "Polecamy",
        ],
        misses: &[
            "Polecamy się na przyszłość, żartował minister.",
            "Polecamy ostrożność na drogach, mówi policja.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(używa|używamy|wykorzystuje|wykorzystujemy|stosuje|stosujemy|pliki|plików|plikami) (plików )?(cookies?|ciasteczek|ciasteczka)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])polityka (cookies|plików cookies|prywatności i cookies)(?:[\s\p{P}\p{S}]|$)",
            r"|^(akceptuję|akceptuj|zaakceptuj( wszystko)?|przejdź do serwisu|zgadzam się|odrzuć( wszystko)?|ustawienia zaawansowane)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])zarządzaj (zgodami|ustawieniami|cookies)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Ta strona używa plików cookies.",
            "Akceptuję",
            "Przejdź do serwisu",
        ],
        misses: &[
            "Akceptuję wyrok, powiedział oskarżony.",
            "Babcia upiekła ciasteczka na święta.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(reklama|materiał (reklamowy|sponsorowany|partnera|promocyjny)|artykuł sponsorowany|sponsorowane|współpraca reklamowa|treść sponsorowana|promocja)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])dalsza część (artykułu|tekstu) pod (reklamą|materiałem wideo)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])tekst dalej pod reklamą(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Reklama",
            "REKLAMA",
            "Artykuł sponsorowany",
            "Dalsza część artykułu pod reklamą",
        ],
        misses: &[
            "Reklama piwa została zakazana.",
            "Promocja zdrowia to priorytet ministerstwa.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(wszelkie|wszystkie) prawa zastrzeżone(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])kopiowanie (i rozpowszechnianie )?bez zgody(?:[\s\p{P}\p{S}]|$)",
            r"|^(polityka prywatności|regulamin|regulamin serwisu)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])linki? afiliacyjn",
        ),
        matches: &[
            "© 2024 Agora SA. Wszelkie prawa zastrzeżone.",
            "Regulamin",
            "Polityka prywatności",
        ],
        misses: &[
            "Polityka prywatności banku budzi zastrzeżenia.",
            "Regulamin Sejmu zmieniono w zeszłym roku.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+(komentarz(e|y)?|komentarzy|odpowiedzi)(?:[\s\p{P}\p{S}]|$)",
            r"|^(komentarze|komentarz|skomentuj|odpowiedz|zgłoś)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(dodaj|napisz|zobacz|pokaż|czytaj|wczytaj) (komentarz(e|y)?|wszystkie komentarze|więcej komentarzy|\d+ komentarzy)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])komentarze (są )?(zamknięte|wyłączone)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["12 komentarzy", "Komentarze (5)", "Dodaj komentarz"],
        misses: &[
            "Dodaj komentarz do ustawy, apelowali eksperci.",
            "Komentarze polityków były ostre.",
        ],
    },
];
