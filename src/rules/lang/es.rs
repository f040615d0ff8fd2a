//! Spanish chrome phrases.
//!
//! Wording follows the conventions of Spanish-language news sites in Spain and
//! Latin America (national dailies, regional papers, digital natives):
//! "Suscríbete", "Sigue leyendo", "Lee también", "Foto: EFE", "Por Ana García",
//! "Publicidad", "Todos los derechos reservados".

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^(suscr[ií]bete|suscr[ií]base|quiero suscribirme|hazte (suscriptor|suscriptora|socio|socia|miembro|mecenas))(?:[\s\p{P}\p{S}]|$)",
            r"|^(suscribirse|suscribirme|suscripción|suscripciones)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Suscríbete",
            "Suscríbete a El País por 1 € al mes",
            "Hazte socio",
            "Suscribirme",
        ],
        misses: &[
            "Suscribirse a varios servicios de streaming sale caro.",
            "La suscripción anual subirá un 10%.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"\d+([.,]\d\d)?\s?€\s?(/|al|por el|el)\s?(mes|semana|año|primer mes)",
            r"|(€|\$|us\$)\s?\d+([.,]\d\d)?\s?/\s?(mes|semana|año)",
            r"|€.{0,80}(?:^|[\s\p{P}\p{S}])(sin permanencia|cancela cuando quieras)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(sin permanencia|cancela cuando quieras|cancela en cualquier momento)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])acceso ilimitado a (todos los |todas las )?(contenidos|artículos|noticias)(?:[\s\p{P}\p{S}]|$)",
            r"|^acceso ilimitado(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(primer mes|1 mes) (gratis|por \d)",
        ),
        matches: &[
            "1 € al mes durante 6 meses. Cancela cuando quieras.",
            "Acceso ilimitado a todos los contenidos",
            "Primer mes gratis",
        ],
        misses: &[
            "El alquiler medio subió a 12 euros por metro cuadrado.",
            "Las tarifas sin permanencia ganan clientes, según la CNMC.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(apoya|apoye|sostén|defiende|financia) (el |al |nuestro |a )?(periodismo|diario|periódico)( independiente| de calidad| libre| local)?(?:[\s\p{P}\p{S}]|$)",
            r"|^(dona|donar|haz una donación|colabora|apóyanos|apoyar)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])haz (una|tu) (donación|aportación)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Apoya el periodismo independiente",
            "Haz una donación",
            "Apóyanos",
        ],
        misses: &[
            "El ministro apoya el proyecto de ley de vivienda.",
            "La empresa dona alimentos a los comedores sociales.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])newsletters?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])boletín (de noticias|informativo|diario|semanal)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])nuestros? boletin(es)?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])nuestro boletín(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])recibe (el|nuestro) boletín(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Suscríbete a nuestras newsletters",
            "Recibe nuestro boletín diario",
        ],
        misses: &[
            "El boletín oficial publicó la norma.",
            "Lo publicó el Boletín Oficial del Estado el lunes.",
        ],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])tu (correo( electrónico)?|e-?mail|email|dirección de correo)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(introduzca|introduce|escribe|ingresa|ingrese) (su|tu) (correo|e-?mail|dirección)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])en tu (bandeja de entrada|correo|buzón)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Introduce tu correo electrónico",
            "Recibe las noticias más importantes en tu bandeja de entrada.",
            "Tu email",
        ],
        misses: &[
            "Perdió su correo electrónico y no pudo recuperarlo.",
            "Su correo fue hackeado en 2016.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: r"^(enviar|apúntate|apuntarme|inscríbete|inscribirme|quiero recibirlo|quiero recibirla|darme de alta)[\s\p{P}\p{S}]*$",
        matches: &["Enviar", "Apúntate", "Darme de alta"],
        misses: &[
            "Apúntate esto, le dijo el inspector.",
            "Enviar tropas sería un error, dijo el ministro.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^(sigue|seguir|continúa|continuar|continua) leyendo([\s\p{P}\p{S}]*$|\s+(gratis|esta noticia|este artículo|con|en)(?:[\s\p{P}\p{S}]|$)|\s*:)",
            r"|(?:^|[\s\p{P}\p{S}])(leer|lee|ver) (el |la )?(artículo|noticia|nota|texto) complet[oa](?:[\s\p{P}\p{S}]|$)",
            r"|^leer más[\s\p{P}\p{S}]*$",
            r"|^(seguir|continuar) con la lectura(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Sigue leyendo",
            "Continuar leyendo",
            "Lee la noticia completa",
            "Leer artículo completo",
            "Leer más",
        ],
        misses: &[
            "Sigue leyendo el periódico cada mañana.",
            "Continúa leyendo los informes del caso, según fuentes judiciales.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])ya eres (suscriptor|suscriptora|socio|socia|miembro|usuario registrado)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(inicia|inicie) sesión (para|y)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])regístrate (gratis|para|gratuitamente)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(crea|cree) (una|tu|su) cuenta(?:[\s\p{P}\p{S}]|$)",
            r"|^¿?ya tienes (una )?cuenta(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])ya estás registrad[oa](?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "¿Ya eres suscriptor? Inicia sesión",
            "Regístrate gratis para seguir leyendo",
            "¿Ya tienes una cuenta? Entra",
        ],
        misses: &[
            "Ya soy socio del Real Madrid desde niño, contó.",
            "Eres socio de pleno derecho, le dijeron.",
        ],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(exclusivo|exclusiva|solo|sólo|contenido|artículo) (para )?suscriptor(es|as)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])contenido (exclusivo|premium) para(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])has (alcanzado|agotado|llegado al) (el )?(límite|tus artículos)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])artículos? gratuitos? (restantes|disponibles)(?:[\s\p{P}\p{S}]|$)",
            r"|^(premium|exclusivo suscriptores|solo suscriptores|suscriptores)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Exclusivo para suscriptores",
            "Has alcanzado el límite de artículos gratuitos",
            "Contenido para suscriptores",
        ],
        misses: &[
            "Los suscriptores de Netflix crecieron un 10%.",
            "El palco es solo para socios del club.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(iniciar sesión|inicia sesión|ingresar|ingresa|entrar|acceder|accede|cerrar sesión|registrarse|regístrate|mi cuenta|mi perfil|identifícate)[\s\p{P}\p{S}]*$",
        matches: &["Iniciar sesión", "Regístrate", "Mi cuenta"],
        misses: &[
            "Acceder a la vivienda es cada vez más difícil.",
            "Entrar en la UE fue un éxito para el país.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: concat!(
            r"^[\s\p{P}\p{S}]{0,3}(foto|fotos|fotografía|imagen|ilustración|vídeo|video|infografía|fuente|créditos?|crédito de la (foto|imagen))\s*(:|©)",
            r"|(?:^|[\s\p{P}\p{S}])(foto|imagen|fotografía) (de archivo|cedida|cortesía)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Foto: EFE",
            "Imagen: Getty Images",
            "Fotografía de archivo",
            "Fuente: INE",
        ],
        misses: &[
            "Fuentes del Gobierno lo confirmaron.",
            "La foto recorrió las redes sociales.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"/\s?(efe|afp|ap|reuters|europa press|cordon press|cuartoscuro|télam|notimex|getty)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(efe|afp|ap|reuters|europa press)\s?/",
            r"|^[\s\p{P}\p{S}]*(efe|afp|europa press|agencia efe|ep|cordon press|cuartoscuro)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(cordon press|cuartoscuro)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "EFE",
            "EFE/Juan Carlos Hidalgo",
            "Eduardo Parra / Europa Press",
            "Cuartoscuro",
        ],
        misses: &[
            "Así lo ha informado Europa Press.",
            "Según EFE, el incendio está controlado.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((foto|fotos|imagen|fotografía|crédito)\s*:[^)]{0,80}\)\s*$",
            r"|\s(foto|imagen|fotografía)\s*:\s*[^.]{1,80}$",
        ),
        matches: &[
            "El presidente, durante la rueda de prensa. (Foto: EFE)",
            "Manifestantes en Madrid. Foto: Europa Press",
        ],
        misses: &[
            "La foto: un símbolo de la transición, según los historiadores.",
            "En la foto se le ve sonriente.",
        ],
    },
    LangPhrase {
        code: "P501",
        pattern: concat!(
            r"^por\s+(?-i:\p{Lu})[\p{L}'’.-]+(\s+((de|del|de la|de los|y|la|las|los|da|van|von)\s+)*(?-i:\p{Lu})[\p{L}'’.-]+){1,3}(\s*$|\s*[,|/•]|\s+y\s)",
            r"|^(autor|autora|texto|redacción)\s*:\s*(?-i:\p{Lu})",
            r"|^(redacción|\p{L}+ redacción)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Por María de la Fuente",
            "Por Juan Pérez y Ana García",
            "Redacción",
            "Texto: Luis Gómez",
        ],
        misses: &[
            "Por Navidad Madrid se llena de luces.",
            "Por Dios, qué barbaridad.",
            "Por otro lado, el Gobierno anunció nuevas medidas.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])tiempo de lectura\s*:?\s*(\d|aprox)",
            r"|(?:^|[\s\p{P}\p{S}])\d+\s?min(utos?|\.)?\s+(de )?lectura[\s\p{P}\p{S}]*$",
            r"|^lectura\s*:?\s*\d+\s?min",
        ),
        matches: &[
            "Tiempo de lectura: 3 min",
            "5 minutos de lectura",
            "Lectura: 4 min",
        ],
        misses: &[
            "Leer 10 minutos de lectura diaria mejora la memoria.",
            "El tiempo de lectura de los jóvenes ha bajado.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: concat!(
            r"^(publicado|actualizado|modificado|act\.)(\s+el|\s+a las|\s*:)\s*\d",
            r"|^(publicado|actualizado) hace \d",
            r"|^(publicado|actualizado) \d",
        ),
        matches: &[
            "Actualizado a las 10:15 h",
            "Publicado el 4 mar 2024",
            "Actualizado hace 2 horas",
        ],
        misses: &[
            "Actualizado el censo, el INE publicará los datos.",
            "Publicado en 1605, el Quijote cambió la literatura.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(compartir|comparte|imprimir|enviar por (correo|e-?mail)|copiar (el )?enlace|enlace copiado|guardar|compartir en)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])compartir (en|por|vía) (facebook|twitter|x|whatsapp|linkedin|telegram|correo|e-?mail|bluesky)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(compartir|comparte) (esta noticia|este artículo)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Compartir", "Compartir en WhatsApp", "Copiar enlace"],
        misses: &[
            "Compartir coche reduce las emisiones.",
            "Compartir piso es cada vez más habitual.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])s[ií]guenos (en|a través de)(?:[\s\p{P}\p{S}]|$)",
            r"|^s[ií]guenos[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])sigue a (\p{L}+ ){1,3}en (facebook|twitter|x|instagram|tiktok|youtube|linkedin|whatsapp|telegram|google news)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Síguenos en Instagram",
            "Siguenos",
            "Sigue a EL PAÍS en WhatsApp",
        ],
        misses: &[
            "Síguenos la pista, bromeó el detective.",
            "Síguenos, dijo el guía a los turistas.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(inicio|portada|menú|menu|buscar|buscador|cerrar|volver( arriba| al inicio)?|ir al contenido( principal)?|saltar al contenido( principal)?|siguiente|anterior|página siguiente|página anterior|ver más|más|secciones|todas las secciones|estás en|página \d+( de \d+)?)[\s\p{P}\p{S}]*$",
            r"|^(inicio|portada)\s*[>›»/|]",
        ),
        matches: &[
            "Inicio",
            "Inicio > Internacional > Europa",
            "Ir al contenido",
            "Volver arriba",
        ],
        misses: &[
            "Anterior al acuerdo, hubo tensiones.",
            "Inicio de curso con récord de alumnos en Madrid.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^(lee|lea|leer) también(?:[\s\p{P}\p{S}]|$)",
            r"|^(también )?(te|le) (puede|podría) interesar(?:[\s\p{P}\p{S}]|$)",
            r"|^(más|noticias|artículos|contenidos) relacionad[oa]s(?:[\s\p{P}\p{S}]|$)",
            r"|^(ver|lee) más\s*:",
            r"|^te recomendamos(?:[\s\p{P}\p{S}]|$)",
            r"|^(relacionad[oa]s?|lo más (leído|visto|compartido|comentado|popular)|más noticias|más información|otras noticias|últimas noticias|noticias destacadas|recomendados|no te pierdas|más de (?-i:\p{Lu})\S*)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Lee también: El Gobierno aprueba la reforma",
            "Te puede interesar",
            "Lo más leído",
            "Más información",
            "Noticias relacionadas",
        ],
        misses: &[
            "Relacionado con el caso, el juez citó a tres testigos.",
            "Lo más visto en la feria fue el stand de Apple.",
            "No te pierdas en la ciudad, le dijo su madre.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(utiliza|utilizamos|usa|usamos|uso de|utilización de) (las )?cookies(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(aceptar|rechazar|configurar|gestionar) (las |todas las )?cookies(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(política|configuración|ajustes) de cookies(?:[\s\p{P}\p{S}]|$)",
            r"|^(aceptar( todo| todas| y cerrar| y continuar)?|rechazar( todo| todas)?|configurar|personalizar|acepto|aceptar y seguir)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])gestionar (mis |tus )?(preferencias|consentimiento)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "Aceptar y cerrar",
            "Configurar cookies",
        ],
        misses: &[
            "Rechazar la oferta fue un error.",
            "El Gobierno decidió aceptar la propuesta de Bruselas.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(publicidad|anuncio|patrocinado|contenido patrocinado|contenido de marca|promoción|publirreportaje|espacio patrocinado|en colaboración con(\s+\S+){0,3})[\s\p{P}\p{S}]*$",
            r"|^(patrocinado|presentado|ofrecido) por(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(la noticia|el artículo|el texto) (continúa|sigue) (después|tras|debajo) de(l)? (la )?publicidad(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])sigue (después|tras) (de )?la publicidad(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Publicidad",
            "PUBLICIDAD",
            "Contenido patrocinado",
            "Ofrecido por Iberdrola",
        ],
        misses: &[
            "Publicidad engañosa: multa a la empresa.",
            "El anuncio del Gobierno sorprendió a todos.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])todos los derechos reservados(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(prohibida|queda prohibida) (la|su) reproducción(?:[\s\p{P}\p{S}]|$)",
            r"|^(aviso legal|política de privacidad|términos y condiciones|condiciones de uso|política de cookies|condiciones generales)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])enlaces? de afiliados?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(podemos recibir|recibimos|recibe) una comisión(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "© Ediciones El País S.L. Todos los derechos reservados.",
            "Aviso legal",
            "Queda prohibida la reproducción total o parcial",
        ],
        misses: &[
            "El aviso legal del banco fue criticado.",
            "La política de privacidad de Meta vuelve a estar bajo sospecha.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+(comentarios?|respuestas?)(?:[\s\p{P}\p{S}]|$)",
            r"|^(comentarios?|comentar|responder|denunciar|reportar)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(ver|leer|mostrar|cargar|escribe|deja|dejar|añade|añadir|publicar|agregar) (un |tu |los |más |todos los |\d+ )?(comentarios?|respuestas?)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])los comentarios (están )?(cerrados|desactivados)(?:[\s\p{P}\p{S}]|$)",
            r"|^(únete a|participa en) (la )?(conversación|debate)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "12 comentarios",
            "Comentarios (5)",
            "Deja un comentario",
            "Ver comentarios",
        ],
        misses: &[
            "Dejar comentarios ofensivos es delito, recordó la policía.",
            "Comentarios del presidente irritaron a la oposición.",
        ],
    },
];
