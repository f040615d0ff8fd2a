//! French chrome phrases.
//!
//! Wording follows the conventions of French-language news sites (national and
//! regional dailies, news magazines, Belgian, Swiss and Canadian outlets):
//! "Abonnez-vous", "Il vous reste 75 % de cet article à lire", "Lire aussi",
//! "Photo : AFP", "Par Jean Dupont", "Publicité", "Tous droits réservés".

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^(s['’]abonner|je m['’]abonne|abonnez-?vous)([\s\p{P}\p{S}]*$|\s+(pour|dès|maintenant|gratuitement|au journal|à (notre|nos|la newsletter|(?-i:\p{Lu}))))",
            r"|^(devenir|devenez) (abonné|abonnée|abonné·e)(?:[\s\p{P}\p{S}]|$)",
            r"|^(devenir|devenez) membre[\s\p{P}\p{S}]*$",
            r"|^(je découvre|découvrir|découvrez|voir) (les|nos) offres(?:[\s\p{P}\p{S}]|$)",
            r"|^(abonnement|s['’]abonner)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Abonnez-vous",
            "S'abonner",
            "Je m’abonne",
            "Abonnez-vous pour 1 € par mois",
            "Devenez abonné",
            "Découvrir les offres",
        ],
        misses: &[
            "S'abonner à une salle de sport coûte cher, selon une étude.",
            "Devenir membre de l'Otan était son objectif.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"\d+([.,]\d\d)?\s?€\s?(/|par|le|pour)\s?(mois|semaine|an|1er mois|premier mois)",
            r"|€\s?\d+([.,]\d\d)?\s?(/|par)\s?(mois|semaine|an)",
            r"|€.{0,80}(?:^|[\s\p{P}\p{S}])(sans engagement|résiliable à tout moment)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(sans engagement|résiliable à tout moment)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])accès illimité (à|au|aux) (tous |toutes )?(nos |les )?(articles|contenus)(?:[\s\p{P}\p{S}]|$)",
            r"|^accès illimité(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(premier|1er) mois (offert|gratuit)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])offre (spéciale|d['’]essai|découverte) (abonnement|numérique|sans engagement)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "1 € par mois pendant 6 mois, puis 9,99 €/mois. Sans engagement.",
            "Accès illimité à tous nos articles",
            "Premier mois offert",
        ],
        misses: &[
            "Le loyer moyen atteint 25 euros par mètre carré.",
            "Il a été élu sans engagement clair sur les retraites, selon ses opposants.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])soutenez (le |notre |un |une |l['’])?(journalisme|journal|rédaction|média|information|presse)( indépendante?| libre| de qualité)?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])soutenez[- ]nous(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])soutenir (notre|la) rédaction(?:[\s\p{P}\p{S}]|$)",
            r"|^(faire un don|je fais un don|je soutiens|soutenir|faites un don)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])faites un don(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Soutenez le journalisme indépendant",
            "Soutenez-nous",
            "Faire un don",
            "Je soutiens",
        ],
        misses: &[
            "Le gouvernement a décidé de soutenir le journal Libération.",
            "Les bénévoles font un don de sang chaque année.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])newsletters?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])lettres? d['’]information(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(notre|nos|la) lettres? (quotidienne|hebdomadaire)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Inscrivez-vous à la newsletter",
            "Recevez notre lettre d'information",
            "Notre lettre quotidienne",
        ],
        misses: &["Il a reçu une lettre de menace à son domicile."],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(votre|ton) (adresse )?(e-?mail|email|courriel|adresse électronique)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(dans|directement dans) (votre|ta) boîte (mail|e-?mail|de réception|aux lettres)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])inscrivez-vous (à|pour|gratuitement)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])saisissez votre (adresse|e-?mail)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Votre adresse e-mail",
            "Recevez chaque matin l'essentiel de l'actualité directement dans votre boîte mail.",
            "Inscrivez-vous gratuitement",
        ],
        misses: &[
            "Il a envoyé un courriel à son avocat.",
            "Sa boîte mail a été piratée, a-t-il dit.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: r"^(je m['’]inscris|s['’]inscrire|inscrivez-vous|valider|envoyer|je valide|c['’]est parti)[\s\p{P}\p{S}]*$",
        matches: &["Je m'inscris", "S'inscrire", "Valider"],
        misses: &[
            "Valider le budget sera difficile, selon Bercy.",
            "Envoyer des troupes serait une erreur, dit-il.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^(lire la suite|continuer (la|à) lire|continuer la lecture|poursuivre la lecture|lire l['’]article( complet)?)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])il vous reste \d+([.,]\d+)?\s?% de (cet |l['’])article(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])lire (la suite|l['’]article complet)(?:[\s\p{P}\p{S}]|$)",
            r"|^la suite[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Lire la suite",
            "Il vous reste 75.5% de cet article à lire.",
            "Continuer à lire",
            "La suite",
        ],
        misses: &[
            "La suite des événements a surpris tout le monde.",
            "Il a continué à lire le journal chaque matin.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"^(vous êtes )?déjà (abonné|abonnée|inscrit|inscrite|client|cliente|membre)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])déjà abonnée?\s?\?",
            r"|(?:^|[\s\p{P}\p{S}])vous êtes (déjà )?(abonné|abonnée)\s?\?",
            r"|(?:^|[\s\p{P}\p{S}])se connecter pour (lire|continuer|commenter)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])connectez-vous pour(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])créer (un|votre) compte(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])créez (un|votre) compte(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])la suite est réservée aux abonnés(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Déjà abonné ? Se connecter",
            "Vous êtes déjà abonné ? Connectez-vous",
            "Connectez-vous pour lire la suite",
            "Créez votre compte gratuitement",
        ],
        misses: &[
            "Il était déjà client de la banque depuis dix ans.",
            "Les abonnés ont reçu un courriel de la direction.",
        ],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(article|contenu|suite|cet article|cette page|ce contenu|la suite)( est)? (réservée?|exclusivement réservée?|exclusive?) (aux|à nos) abonnés(?:[\s\p{P}\p{S}]|$)",
            r"|^(article |contenu )?réservée? aux abonnés[\s\p{P}\p{S}]*$",
            r"|^(abonnés|premium|exclusif abonnés|édition abonnés)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Article réservé aux abonnés",
            "Réservé aux abonnés",
            "Ce contenu est réservé aux abonnés.",
        ],
        misses: &[
            "Le stade est réservé aux abonnés du club ce soir.",
            "Les abonnés au gaz paieront davantage en 2024.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(se connecter|connexion|me connecter|connectez-vous|se déconnecter|déconnexion|mon compte|mon espace|s['’]identifier|identifiez-vous|créer un compte)[\s\p{P}\p{S}]*$",
        matches: &["Se connecter", "Connexion", "Mon compte"],
        misses: &[
            "Mon compte a été piraté, raconte la victime.",
            "Se connecter au réseau est devenu impossible.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: concat!(
            r"^[\s\p{P}\p{S}]{0,3}(photo|photos|image|illustration|crédits?( photo)?|source|vidéo|infographie|dessin|carte)\s*(:|©)",
            r"|(?:^|[\s\p{P}\p{S}])crédits? (photos?|images?)(?:[\s\p{P}\p{S}]|$)",
            r"|©\s?photo(?:[\s\p{P}\p{S}]|$)",
            r"|^photo d['’]illustration(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])photo (d['’]illustration|d['’]archives?)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Photo : AFP",
            "Crédit photo : Jean Dupont",
            "Photo d'illustration",
            "© Photo Le Monde",
            "Source : Insee",
        ],
        misses: &[
            "La photo a fait le tour des réseaux sociaux.",
            "Crédit Agricole: les bénéfices reculent au troisième trimestre.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"/\s?(afp|ap|reuters|sipa|maxppp|abaca|belga|epa|divergence|hans lucas|bestimage|photononstop)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(afp|sipa|maxppp|abaca|ap|reuters|belga)\s?/",
            r"|^[\s\p{P}\p{S}]*(afp|ap|reuters|sipa|maxppp|abaca|belga)( photo)?[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(maxppp|abacapress|sipa press|hans lucas|photononstop|bestimage)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])afp photo(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "AFP",
            "Ludovic Marin / AFP",
            "MAXPPP/Le Parisien",
            "Jean Dupont/Hans Lucas",
        ],
        misses: &[
            "Selon l'AFP, le bilan s'élève à douze morts.",
            "Le directeur de l'AFP a démissionné.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((photo|photos|crédit( photo)?|illustration|image|source|infographie)\s*:[^)]{0,80}\)\s*$",
            r"|\s(photo|crédit photo)\s*:\s*[^.]{1,80}$",
        ),
        matches: &[
            "Emmanuel Macron à l'Élysée, le 4 mars 2024. (Photo : Ludovic Marin/AFP)",
            "Manifestation à Paris. Photo : AFP",
        ],
        misses: &[
            "Sur cette photo: un village détruit, selon l'ONU.",
            "Sur la photo, on le voit sourire.",
        ],
    },
    LangPhrase {
        code: "P501",
        pattern: concat!(
            r"^par\s+(?-i:\p{Lu})[\p{L}'’.-]+(\s+((de|du|des|la|le|di|da|van|von|el|al)\s+)*(?-i:\p{Lu})[\p{L}'’.-]+){1,3}(\s*$|\s*[,|/•]|\s+et\s)",
            r"|^(auteur|autrice|texte|propos recueillis par|un (article|éditorial|entretien|reportage) de|une (analyse|chronique|tribune) de)\s*:?\s*(?-i:\p{Lu})",
        ),
        matches: &[
            "Par Jean Dupont",
            "Par Marie Le Goff et Paul Martin",
            "Par Claire Dubois, à Bruxelles",
            "Propos recueillis par Anne Marchand",
        ],
        misses: &[
            "Par ailleurs, le ministre a annoncé une réforme.",
            "Par Dieu, il ne s'attendait pas à cela.",
            "Par Bruxelles passent tous les trains de nuit.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])temps de lecture\s*:?\s*(\d|env)",
            r"|(?:^|[\s\p{P}\p{S}])\d+\s?min(\.|utes?)?\s+de lecture[\s\p{P}\p{S}]*$",
            r"|^lecture\s*:?\s*\d+\s?min",
        ),
        matches: &[
            "Temps de lecture : 3 min",
            "5 min de lecture",
            "Lecture 3 min.",
        ],
        misses: &[
            "10 minutes de lecture par jour suffisent, selon l'étude.",
            "Le temps de lecture moyen d'un livre a baissé.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: concat!(
            r"^(publié|mis à jour|modifié|actualisé|mise à jour)(\s+le|\s+à|\s*:)\s*\d",
            r"|^(publié|mis à jour|modifié|actualisé)\s+(il y a \d|(aujourd['’]hui|hier) à \d)",
            r"|^(publié|mis à jour) le \d",
        ),
        matches: &[
            "Publié le 4 mars 2024 à 10h15",
            "Mis à jour aujourd'hui à 08h00",
            "Publié il y a 2 heures",
        ],
        misses: &[
            "Publié hier, le rapport dénonce les conditions de détention.",
            "Publié en 1962, le roman a connu un succès immense.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(partager|partage|partagez|partager l['’]article|imprimer|envoyer par (e-?mail|courriel)|copier le lien|lien copié|enregistrer|sauvegarder|offrir (cet |l['’])article)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])partager (sur|via|par) (facebook|twitter|x|whatsapp|linkedin|e-?mail|messenger|courriel|bluesky|threads)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])partager (cet |l['’])article(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Partager",
            "Partager sur Facebook",
            "Copier le lien",
            "Offrir cet article",
        ],
        misses: &[
            "Imprimer des billets ne résout rien, dit l'économiste.",
            "Partager le pouvoir n'a jamais été son fort.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])suive[zr][- ]nous (sur|via)(?:[\s\p{P}\p{S}]|$)",
            r"|^suivez[- ]nous[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])retrouvez-nous sur(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])suivez (\p{L}+ ){0,2}sur (facebook|twitter|x|instagram|tiktok|youtube|linkedin|whatsapp|google actualités|bluesky|threads)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Suivez-nous sur Instagram",
            "Suivez-nous",
            "Suivez Le Monde sur WhatsApp",
        ],
        misses: &[
            "Suivez la rue jusqu'à la place.",
            "Suivez-nous, dit le policier aux manifestants.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(accueil|menu|rechercher|recherche|fermer|retour( en haut| à l['’]accueil)?|haut de page|aller au contenu( principal)?|passer au contenu|suivant|précédent|page suivante|page précédente|voir plus|plus|rubriques|toutes les rubriques|vous êtes ici|page \d+( sur \d+)?)[\s\p{P}\p{S}]*$",
            r"|^accueil\s*[>›»/|]",
        ),
        matches: &[
            "Accueil",
            "Accueil > Politique > France",
            "Aller au contenu principal",
            "Haut de page",
        ],
        misses: &[
            "Précédent inquiétant pour la justice, selon les avocats.",
            "Accueil chaleureux pour le président à Dakar.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^(à )?lire (aussi|également)(?:[\s\p{P}\p{S}]|$)",
            r"|^(à )?voir (aussi|également)(\s*[:|>›»-]|[\s\p{P}\p{S}]*$)",
            r"|^(sur le même sujet|dans la même rubrique|les plus (lus|partagés|commentés|populaires)|articles? (similaires|liés|recommandés)|vous aimerez aussi|vous pourriez aussi aimer|ces articles pourraient vous intéresser|la sélection de la rédaction|en savoir plus)(?:[\s\p{P}\p{S}]|$)",
            r"|^(à lire|à découvrir|à découvrir aussi|en ce moment|dernières (actualités|infos|nouvelles)|notre sélection|tous les articles|les plus lus|ailleurs sur le web|nos articles)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Lire aussi | Article réservé à nos abonnés La réforme des retraites",
            "Lire aussi : Le gouvernement recule",
            "Sur le même sujet",
            "Les plus lus",
            "À lire",
        ],
        misses: &[
            "Voir aussi loin que possible était son ambition.",
            "À lire le rapport, on comprend mieux la décision.",
            "En ce moment, la situation est tendue.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(utilise|utilisons|utilisent|utilisation de|dépose|déposons|dépôt de) (des )?(cookies|traceurs)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(accepter|refuser|paramétrer|gérer|personnaliser) (les |mes |vos |tous les )?(cookies|traceurs)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(gestion|paramètres|politique|préférences) (des |de )?cookies(?:[\s\p{P}\p{S}]|$)",
            r"|^(tout accepter|tout refuser|accepter et fermer|continuer sans accepter|j['’]accepte|accepter|refuser)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])gérer (mes|vos) (choix|préférences)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Nous utilisons des cookies pour améliorer votre expérience.",
            "Tout accepter",
            "Continuer sans accepter",
            "Gérer mes choix",
        ],
        misses: &[
            "Le consentement est au cœur du procès.",
            "Il a refusé de tout accepter, selon son avocat.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(publicité|pub|annonce|contenu sponsorisé|sponsorisé|contenu partenaire|publi-?rédactionnel|publireportage|article sponsorisé|partenariat|communiqué)[\s\p{P}\p{S}]*$",
            r"|^(sponsorisé|présenté|proposé) par(?:[\s\p{P}\p{S}]|$)",
            r"|^en partenariat avec(\s+\S+){0,3}[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(la suite de l['’]article|l['’]article continue|la suite) (après|sous) (la|cette) publicité(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Publicité",
            "PUBLICITÉ",
            "Contenu sponsorisé",
            "En partenariat avec Renault",
            "L'article continue après la publicité",
        ],
        misses: &[
            "Publicité mensongère: l'entreprise condamnée.",
            "En partenariat avec la mairie, l'association organise des ateliers pour les enfants.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])tous droits réservés(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(reproduction|diffusion) (interdite|strictement interdite)(?:[\s\p{P}\p{S}]|$)",
            r"|^(mentions légales|politique de confidentialité|conditions générales( d['’]utilisation| de vente)?|cgu|cgv|données personnelles|charte de confidentialité|gestion des cookies)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])liens? (d['’]affiliation|affiliés?)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(nous )?(percevons|touchons|recevons) une (petite )?commission(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "© Le Monde 2024 - Tous droits réservés",
            "Mentions légales",
            "Reproduction interdite",
        ],
        misses: &[
            "La reproduction des tortues est menacée.",
            "Les conditions générales d'utilisation de TikTok sont critiquées.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+(commentaires?|réactions?|réponses?)(?:[\s\p{P}\p{S}]|$)",
            r"|^(commentaires?|réagir|répondre|signaler|réactions)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(voir|lire|afficher|ajouter|laisser|écrire|publier|poster) (les |un |des |tous les |\d+ )?(commentaires?|réactions?|réponses?)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])les commentaires sont (fermés|désactivés)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])réagir à (cet |l['’])article(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "12 commentaires",
            "Commentaires",
            "Voir les commentaires",
            "Réagir à cet article",
        ],
        misses: &[
            "Lire les commentaires des internautes est instructif.",
            "Commentaires du ministre: aucun.",
            "Réagir vite était indispensable.",
        ],
    },
];
