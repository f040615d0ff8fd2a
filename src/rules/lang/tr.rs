//! Turkish chrome phrases.
//!
//! Wording follows the conventions of Turkish news sites (national dailies,
//! portals, agencies): "Abone ol", "Haberin devamı", "İlgili Haberler",
//! "Fotoğraf: AA", "Reklam", "Tüm hakları saklıdır", "Yorumlar".
//!
//! Turkish capitals do not case-fold onto the lower-case letters (`İ`→`i` and
//! `I`→`ı` are Turkish-only foldings), and chrome labels are often written in
//! capitals ("İLGİLİ HABERLER"), so every `i` is spelled `[iİ]` and every `ı` is
//! spelled `[ıI]`.

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^(hemen |şimdi )?abone (ol|olun)([\s\p{P}\p{S}]*$|\s)",
            r"|^abonel[iİ]k[\s\p{P}\p{S}]*$",
            r"|^(premium|plus)['’]?a? (abone ol|geç)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Abone ol", "Hemen abone olun", "ABONE OL", "Abonelik"],
        misses: &[
            "Abone olmak isteyenler için yeni bir tarife açıklandı.",
            "Abonelik ücretleri yüzde 20 arttı.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"\d+([.,]\d\d)?\s?(tl|₺)\s?/\s?(ay|y[ıI]l|hafta)",
            r"|(?:^|[\s\p{P}\p{S}])[iİ]sted[iİ]ğ[iİ]n(iz)? zaman [iİ]ptal(?:[\s\p{P}\p{S}]|$)",
            r"|^s[ıI]n[ıI]rs[ıI]z er[iİ]ş[iİ]m[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])s[ıI]n[ıI]rs[ıI]z d[iİ]j[iİ]tal er[iİ]ş[iİ]m(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Aylık 49,90 TL/ay, istediğin zaman iptal et",
            "Sınırsız erişim",
        ],
        misses: &[
            "Avukatlara dosyaya sınırsız erişim hakkı tanındı.",
            "Asgari ücret aylık 17 bin 2 lira oldu.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])bağ[ıI]ms[ıI]z gazetec[iİ]l[iİ]ğ[iİ] destekle",
            r"|(?:^|[\s\p{P}\p{S}])b[iİ]ze destek ol(un)?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])gazetec[iİ]l[iİ]ğ[iİ]m[iİ]z[iİ] destekle",
            r"|^(destek ol|bağ[ıI]ş yap|şimdi destekle|destekç[iİ] ol)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Bağımsız gazeteciliği destekleyin",
            "Bize destek olun",
            "Destek ol",
        ],
        misses: &[
            "Destek ol dedi ve gitti.",
            "Bakanlık çiftçilere destek olacak yeni bir paket açıkladı.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])e-?bülten",
            r"|(?:^|[\s\p{P}\p{S}])bülten[iİ]m[iİ]z",
            r"|(?:^|[\s\p{P}\p{S}])bültene (abone|kaydol|üye)",
            r"|(?:^|[\s\p{P}\p{S}])newsletter",
        ),
        matches: &["E-bültenimize abone olun", "Bültenimize kaydolun"],
        misses: &["Bülten yayınlandı.", "Ana haber bülteninde açıklama yaptı."],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])e-?posta adres[iİ]n[iİ]z",
            r"|(?:^|[\s\p{P}\p{S}])e-?posta kutunuza(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])e-?postan[ıI]z(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "E-posta adresinizi girin",
            "Günün öne çıkan haberleri e-posta kutunuza gelsin.",
        ],
        misses: &[
            "E-posta adresi sızdırıldı.",
            "Savcılık şüphelinin e-posta yazışmalarını inceledi.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: r"^(gönder|kat[ıI]l|hemen kat[ıI]l|bültene kaydol)[\s\p{P}\p{S}]*$",
        matches: &["Gönder", "Hemen katıl"],
        misses: &[
            "Katıl bize, dedi komutan.",
            "Gönder gelsin dedi ve yola çıktı.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^(devam[ıI]n[ıI] oku|haber[iİ]n devam[ıI]|tamam[ıI]n[ıI] oku|tümünü oku|yaz[ıI]n[ıI]n devam[ıI]|okumaya devam et)(?:[\s\p{P}\p{S}]|$)",
            r"|^devam[ıI][\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])devam[ıI] [iİ]ç[iİ]n t[ıI]klay[ıI]n(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Devamını oku",
            "Haberin devamı",
            "DEVAMINI OKU",
            "Okumaya devam et",
        ],
        misses: &[
            "Haberin devamında bakanın açıklamalarına yer verildi.",
            "Toplantının devamı yarın yapılacak.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])zaten (abone|üye) (m[iİ]s[iİ]n[iİ]z|m[iİ]s[iİ]n)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])zaten (üyeyseniz|abonesen[iİ]z|abone [iİ]sen[iİ]z|üye [iİ]sen[iİ]z)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(abone|üye) m[iİ]s[iİ]n[iİ]z\s*\?",
            r"|(?:^|[\s\p{P}\p{S}])g[iİ]r[iİ]ş yap(arak|[ıI]n)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])hesap oluştur(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])ücrets[iİ]z (üye ol|kaydol)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Zaten abone misiniz? Giriş yapın",
            "Zaten üyeyseniz giriş yapın",
            "Ücretsiz üye ol",
        ],
        misses: &["Giriş yapılamadı.", "Zaten üye olan ülkeler karşı çıktı."],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])abonelere özel(?:[\s\p{P}\p{S}]|$)",
            r"|^(premium|üyelere özel)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])bu (haber|[iİ]çer[iİ]k|yaz[ıI]) (sadece |yaln[ıI]zca )?abonelere",
        ),
        matches: &["Abonelere özel", "Bu içerik sadece abonelere açıktır"],
        misses: &[
            "Premium segmentte satışlar arttı.",
            "Bu indirim sadece üyelere geçerli.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(g[iİ]r[iİ]ş( yap)?|oturum aç|ç[ıI]k[ıI]ş( yap)?|kaydol|kay[ıI]t ol|üye ol|üye g[iİ]r[iİ]ş[iİ]|hesab[ıI]m|prof[iİ]l[iİ]m)[\s\p{P}\p{S}]*$",
        matches: &["Giriş yap", "GİRİŞ YAP", "Üye ol", "Hesabım"],
        misses: &[
            "Kayıt ol diye bağırdı.",
            "Giriş yapılan binada kimse yoktu.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: r"^[\s\p{P}\p{S}]{0,3}(foto|fotoğraf|fotoğraflar|görsel|res[iİ]m|[iİ]llüstrasyon|v[iİ]deo|kaynak)\s*(:|©)",
        matches: &["Fotoğraf: AA", "Foto: DHA", "Kaynak: TÜİK", "FOTOĞRAF: İHA"],
        misses: &[
            "Kaynak sular ısındı.",
            "Fotoğraf sanatçısı yeni sergisini açtı.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"/\s?(aa|dha|[iİ]ha|anka|afp|ap|reuters|getty|epa)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(aa|dha|[iİ]ha|afp|ap)\s?/",
            r"|^[\s\p{P}\p{S}]*(aa|dha|[iİ]ha|anka|anadolu ajans[ıI]|aa foto)[\s\p{P}\p{S}]*$",
        ),
        matches: &["AA", "Anadolu Ajansı", "Ahmet Yılmaz/AA", "İHA"],
        misses: &[
            "Bakan, Anadolu Ajansı'na açıklama yaptı.",
            "DHA muhabirine konuşan vatandaşlar tepki gösterdi.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((foto(ğraf)?|görsel|kaynak)\s*:[^)]{0,80}\)\s*$",
            r"|\((aa|dha|[iİ]ha|afp|reuters)\)\s*$",
        ),
        matches: &[
            "Cumhurbaşkanı kabinede konuştu (Fotoğraf: AA)",
            "Bakan basın toplantısında (AA)",
        ],
        misses: &["Fotoğrafta bakanın gülümsediği görülüyor."],
    },
    LangPhrase {
        code: "P501",
        pattern: r"^(yazar|yazan|haber|muhab[iİ]r|ed[iİ]tör|röportaj)\s*:\s*(?-i:\p{Lu})",
        matches: &[
            "Haber: Ahmet Yılmaz",
            "Yazar: Ayşe Demir",
            "Muhabir: İsmail Kaya",
        ],
        misses: &[
            "Yazar kitabını tanıttı.",
            "Haber merkezine ulaşan bilgilere göre yangın söndürüldü.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])okuma süres[iİ]\s*:?\s*(yaklaş[ıI]k |~)?\d",
            r"|(?:^|[\s\p{P}\p{S}])\d+\s?(dk|dak[iİ]ka)\.?\s+(okuma|okunma)( süres[iİ])?[\s\p{P}\p{S}]*$",
        ),
        matches: &["Okuma süresi: 3 dakika", "5 dk okuma", "OKUMA SÜRESİ: 4 DK"],
        misses: &[
            "Okuma süresi çocuklarda azaldı.",
            "Günde beş dakika okuma çocukların gelişimine yardımcı oluyor.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: r"^(yay[ıI]nlanma|güncelleme|güncellenme|son güncelleme|oluşturulma|yay[ıI]n)( tar[iİ]h[iİ])?\s*:\s*\d",
        matches: &[
            "Güncelleme: 04.03.2024 10:15",
            "Yayınlanma Tarihi: 04.03.2024",
        ],
        misses: &[
            "Güncelleme: hükümet açıklama yaptı.",
            "Güncelleme 2024 yılında yapılacak.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(paylaş|paylaş[ıI]n|yazd[ıI]r|bağlant[ıI]y[ıI] kopyala|l[iİ]nk[iİ] kopyala|kopyaland[ıI]|kaydet|e-?posta [iİ]le gönder|haber[iİ] paylaş)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(facebook|tw[iİ]tter|x|whatsapp|l[iİ]nked[iİ]n|telegram)['’]?(ta|da|te|de|tan|dan|ten|den)? paylaş(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Paylaş", "PAYLAŞ", "WhatsApp'ta paylaş", "Linki kopyala"],
        misses: &[
            "Paylaş dedi, ama kimse paylaşmadı.",
            "Paylaşım ekonomisi büyümeye devam ediyor.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])b[iİ]z[iİ] (tak[iİ]p ed[iİ]n|tak[iİ]p et)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(google news|tw[iİ]tter|x|[iİ]nstagram|facebook|youtube|telegram|whatsapp)['’]?(ta|da|te|de|tan|dan|ten|den)? (b[iİ]z[iİ] )?tak[iİ]p ed[iİ]n(?:[\s\p{P}\p{S}]|$)",
            r"|^tak[iİ]p et[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Bizi takip edin",
            "Google News'te bizi takip edin",
            "Takip et",
        ],
        misses: &[
            "Bizi takip eden araç durduruldu.",
            "Polis şüpheliyi takip etti.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(anasayfa|ana sayfa|menü|ara|arama|kapat|yukar[ıI]( ç[ıI]k)?|başa dön|geri|[iİ]çer[iİ]ğe (atla|geç)|sonrak[iİ]|öncek[iİ]|sonrak[iİ] sayfa|öncek[iİ] sayfa|daha fazla|tümü|kategor[iİ]ler|sayfa \d+)[\s\p{P}\p{S}]*$",
            r"|^(anasayfa|ana sayfa)\s*[>›»/|]",
        ),
        matches: &["Anasayfa", "ANA SAYFA", "Anasayfa > Gündem", "Sonraki"],
        misses: &[
            "Geri dönüş yok, dedi bakan.",
            "Arama çalışmaları sabaha kadar sürdü.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^([iİ]lg[iİ]l[iİ] (haberler|haber|yaz[ıI]lar|[iİ]çer[iİ]kler)|benzer haberler|bunlar da [iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r|[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r|çok okunanlar|öne ç[ıI]kanlar|günün öne ç[ıI]kanlar[ıI]|daha fazla haber|d[iİ]ğer haberler|son haberler|öner[iİ]len haberler)(?:[\s\p{P}\p{S}]|$)",
            r"|^(gündem|son dakika|en çok okunan(lar)?|tavs[iİ]ye ed[iİ]lenler)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "İlgili Haberler",
            "İLGİLİ HABERLER",
            "Çok Okunanlar",
            "Bunlar da ilginizi çekebilir",
        ],
        misses: &[
            "En çok okunan kitaplar listesinde yerli yazarlar öne çıktı.",
            "Gündem yoğun, dedi bakan.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])çerez(ler|ler[iİ]|[iİ])? (kullan|pol[iİ]t|ayar|terc[iİ]h)",
            r"|^(kabul et|kabul ed[iİ]yorum|tümünü kabul et|tümünü reddet|reddet|çerezler[iİ] kabul et)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Sitemizde çerezler kullanılmaktadır.",
            "Tümünü kabul et",
            "Çerez ayarları",
        ],
        misses: &[
            "Kabul et ya da reddet, dedi.",
            "Kuruyemiş ve çerez fiyatları arttı.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(reklam|reklamlar|sponsorlu|sponsorlu [iİ]çer[iİ]k|[iİ]ş b[iİ]rl[iİ]ğ[iİ]|[iİ]lan|advertor[iİ]al|tan[ıI]t[ıI]m)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])haber[iİ]n devam[ıI] reklamdan sonra(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])reklamdan sonra devam ed[iİ]yor(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Reklam",
            "REKLAM",
            "Sponsorlu İçerik",
            "Haberin devamı reklamdan sonra",
        ],
        misses: &[
            "İlan edilen kararlar açıklandı.",
            "Reklam sektörü yüzde 30 büyüdü.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(tüm|bütün) haklar[ıI] sakl[ıI]d[ıI]r(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(izinsiz|kaynak göster[iİ]lmeden) (kullan[ıI]lamaz|al[ıI]nt[ıI] yap[ıI]lamaz|yay[ıI]nlanamaz)(?:[\s\p{P}\p{S}]|$)",
            r"|^(g[iİ]zl[iİ]l[iİ]k pol[iİ]t[iİ]kas[ıI]|kullan[ıI]m koşullar[ıI]|künye|kvkk|k[iİ]ş[iİ]sel ver[iİ]ler[iİ]n korunmas[ıI]|çerez pol[iİ]t[iİ]kas[ıI])[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "© 2024 Tüm hakları saklıdır.",
            "TÜM HAKLARI SAKLIDIR",
            "Gizlilik Politikası",
            "Künye",
        ],
        misses: &[
            "Künye bilgileri eksikti.",
            "Gizlilik politikası değişikliği tartışma yarattı.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+(yorum|cevap|yan[ıI]t)(?:[\s\p{P}\p{S}]|$)",
            r"|^(yorumlar|yorum yap|yorum yaz|yan[ıI]tla|cevapla|şikayet et|yorum)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(tüm |daha fazla )?yorumlar[ıI] (gör|göster|oku)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])yorumlara kapat[ıI]lm[ıI]şt[ıI]r(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])[iİ]lk yorumu (sen|s[iİ]z) yap",
        ),
        matches: &["12 yorum", "Yorumlar", "YORUMLAR (5)", "Tüm yorumları gör"],
        misses: &["Yorum yapmaktan kaçındı.", "Yorumlar farklı, dedi uzman."],
    },
];
