//! Indonesian chrome phrases.
//!
//! Wording follows the conventions of Indonesian news portals and of WordPress and
//! Blogspot themes in Indonesian: "Berlangganan", "Baca selengkapnya", "Baca Juga:",
//! "Foto: ANTARA FOTO/...", "Penulis: ...", "Tinggalkan Balasan", "Hak cipta
//! dilindungi undang-undang", "Pedoman Media Siber". "Antara" is also the everyday
//! word for "between", so the agency counts only in a credit's shape.

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^((ayo|yuk|mari),? )?(berlangganan|langganan)( sekarang( juga)?| premium| digital)?[\s\p{P}\p{S}]*$",
            r"|^((ayo|yuk|mari),? )?(berlangganan|langganan)( sekarang)?( dan|,)? (nikmati|dapatkan)(?:[\s\p{P}\p{S}]|$)",
            r"|^jadilah (pelanggan|member|anggota)( premium| digital| kami)?(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Berlangganan",
            "Langganan sekarang",
            "BERLANGGANAN SEKARANG",
            "Berlangganan dan nikmati akses tanpa batas",
            "Jadilah pelanggan premium",
        ],
        misses: &[
            "Berlangganan listrik prabayar kini bisa lewat aplikasi.",
            "Langganan sekarang lebih mahal, kata seorang warga.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])rp\s?\d+([.,]\d+)*\s?(rb|ribu|k)?(,-)?\s?/\s?(bulan|bln|tahun|thn|minggu)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])akses (tanpa batas|tak terbatas|penuh) (ke )?(semua |seluruh )?(artikel|konten|berita)(?:[\s\p{P}\p{S}]|$)",
            r"|^akses (tanpa batas|tak terbatas)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])batalkan kapan (saja|pun)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Rp 49.000/bulan",
            "Hanya Rp25rb/bulan, batalkan kapan saja",
            "Akses tanpa batas ke semua artikel",
        ],
        misses: &[
            "Upah minimum naik menjadi Rp 3.000.000 per bulan.",
            "Warga kini memiliki akses tanpa batas ke air bersih.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"^(dukung kami|donasi|donasi sekarang|berdonasi|beri donasi|traktir kami)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])dukung (jurnalisme|jurnalis|media|kerja jurnalistik|redaksi) (independen|berkualitas|kami)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])dukung kami (dengan|melalui|lewat) (donasi|berdonasi|berlangganan)(?:[\s\p{P}\p{S}]|$)",
            r"|^(ayo|yuk|mari),? (infaq|infak|sedekah|wakaf)(?:[\s\p{P}\p{S}]|$)",
            r"|^(ayo|yuk|mari),? (donasi|berdonasi)( sekarang)?[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Dukung kami",
            "Donasi",
            "Dukung jurnalisme independen",
            "Dukung kami dengan berdonasi",
            "Yuk, infaq sekarang",
            "Ayo berdonasi sekarang!",
            "Ayo Infaq untuk pembangunan masjid",
        ],
        misses: &[
            "Pemerintah akan memberikan donasi kepada korban banjir.",
            "Para relawan mendukung kami sejak awal, kata ketua panitia.",
            "Donasi yang terkumpul mencapai Rp 2 miliar.",
            "Mari berdonasi untuk korban gempa, kata gubernur.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])newsletter(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])buletin (kami|email|e-?mail)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(berlangganan|langganan|daftar) (ke )?buletin(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Berlangganan buletin kami",
            "Daftar newsletter gratis",
            "Dapatkan buletin email setiap pagi",
        ],
        misses: &[
            "Kementerian Kesehatan merilis buletin harian tentang kasus demam berdarah.",
            "Buletin cuaca memperingatkan hujan lebat di Jakarta.",
        ],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(masukkan|isi|tulis|ketik) (alamat )?(e-?mail|surel) (anda|kamu)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])alamat (e-?mail|surel) (anda|kamu) tidak akan (dipublikasikan|ditampilkan|disebarluaskan)",
            r"|(?:^|[\s\p{P}\p{S}])beri ?tahu saya[^.]{0,80}(melalui|lewat|via) (e-?mail|surel|surat elektronik)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(ke|di) (kotak masuk|inbox) (anda|kamu|email anda)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Masukkan alamat email Anda",
            "Alamat email Anda tidak akan dipublikasikan.",
            "Beritahu saya pos-pos baru lewat surat elektronik.",
            "Beritahu saya tentang tindak lanjut komentar melalui surel.",
            "Beri tahu saya akan tulisan baru melalui email.",
            "Berita pilihan dikirim langsung ke kotak masuk Anda.",
        ],
        misses: &[
            "Polisi menelusuri alamat email yang dipakai pelaku penipuan.",
            "Pesan itu masuk ke kotak masuk korban tanpa disadari.",
            "Ia memberi tahu saya lewat telepon bahwa rapat ditunda.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: r"^(daftar|daftar sekarang|daftar gratis|kirim|gabung|gabung sekarang|bergabung sekarang)[\s\p{P}\p{S}]*$",
        matches: &["Daftar", "Daftar sekarang", "DAFTAR SEKARANG", "Gabung"],
        misses: &[
            "Daftar pemilih tetap sudah diumumkan KPU.",
            "Kirim bantuan secepatnya, pinta bupati kepada camat.",
        ],
    },
    LangPhrase {
        code: "P204",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])dengan (mendaftar|berlangganan|mengklik|menekan)[^.]{0,40}(anda|kamu) (menyetujui|setuju)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])terima kasih (telah|sudah) (berlangganan|mendaftar)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])berhenti berlangganan kapan (saja|pun)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Dengan mendaftar, Anda menyetujui Syarat dan Ketentuan kami.",
            "Terima kasih telah berlangganan!",
            "Anda dapat berhenti berlangganan kapan saja.",
        ],
        misses: &[
            "Dengan mendaftar sebagai peserta BPJS, warga mendapat layanan gratis.",
            "Terima kasih telah datang, kata presiden kepada para tamu.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^(baca|klik)( artikel| berita)? selengkapnya(?:[\s\p{P}\p{S}]|$)",
            r"|^(selengkapnya|lanjutkan membaca|lanjutkan membaca (artikel|berita) ini|lanjut baca|lanjut membaca|baca lebih lanjut)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Baca selengkapnya",
            "BACA SELENGKAPNYA »",
            "Baca selengkapnya di sini",
            "Lanjutkan membaca",
            "Lanjutkan membaca artikel ini",
        ],
        misses: &[
            "Selengkapnya akan diumumkan pekan depan, kata juru bicara.",
            "Lanjutkan membaca buku ini setiap malam, pesan guru itu.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])sudah (berlangganan|menjadi pelanggan|punya akun|memiliki akun|jadi member|terdaftar)\s*\?",
            r"|(?:^|[\s\p{P}\p{S}])belum (punya|memiliki) akun\s*\?",
            r"|^(silakan )?(masuk|login|log in) untuk (membaca|melanjutkan|berkomentar|mengakses|menikmati)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(buat|daftar) akun gratis(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Sudah berlangganan? Masuk",
            "Sudah punya akun? Login di sini",
            "Login untuk melanjutkan membaca",
            "Belum punya akun? Daftar gratis",
        ],
        misses: &[
            "Warga yang sudah berlangganan sejak lama mendapat potongan harga.",
            "Ia masuk untuk melanjutkan pemeriksaan sebagai saksi.",
        ],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(artikel|konten|berita|tulisan) ini (khusus|hanya|eksklusif) (untuk |bagi )?(pelanggan|member|anggota)(?:[\s\p{P}\p{S}]|$)",
            r"|^(khusus pelanggan|khusus member|konten premium|artikel premium|premium|eksklusif)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(anda|kamu) (telah|sudah) mencapai batas (artikel|bacaan|akses)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Artikel ini khusus untuk pelanggan",
            "Konten Premium",
            "Anda telah mencapai batas artikel gratis bulan ini",
        ],
        misses: &[
            "Diskon tarif hanya untuk pelanggan baru, kata PLN.",
            "Mobil listrik premium laris di pameran otomotif.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(masuk|login|log in|keluar|logout|log out|daftar\s*[|/]\s*masuk|masuk\s*[|/]\s*daftar|akun saya|profil saya)[\s\p{P}\p{S}]*$",
        matches: &[
            "Masuk",
            "Login",
            "Daftar | Masuk",
            "MASUK / DAFTAR",
            "Akun Saya",
        ],
        misses: &[
            "Ia masuk ke ruang sidang pukul 10.00 WIB.",
            "Keluar dari koalisi, partai itu kehilangan kursi.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: concat!(
            r"^[\s\p{P}\p{S}]{0,3}(foto|gambar|ilustrasi|sumber foto|sumber gambar|sumber|kredit foto|kredit|video|grafis|infografis)\s*(:|©)",
            r"|^[\s\p{P}\p{S}]{0,3}dok\.\s*(?-i:\p{Lu})",
        ),
        matches: &[
            "Foto: Antara/Aditya Pradana",
            "Sumber foto: Istimewa",
            "(Foto: ANTARA/Budi Santoso)",
            "Ilustrasi: Shutterstock",
            "Dok. Humas Pemprov",
        ],
        misses: &[
            "Foto itu beredar luas di media sosial.",
            "Sumber dana kampanye masih diselidiki KPK.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"/\s?(antara( foto)?|antaranews|reuters|afp|ap|epa|getty images|shutterstock)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(antara foto|antara|reuters|afp|ap)\s?/",
            r"|^[\s\p{P}\p{S}]*(antara foto|antara|antaranews|getty images|reuters|afp|shutterstock)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "ANTARA FOTO/Budi Santoso",
            "Aditya Pradana/Antara",
            "Getty Images",
            "Reuters/Ahmad Yusuf",
            "ANTARA",
        ],
        misses: &[
            "Hubungan antara kedua negara terus membaik.",
            "Perbedaan antara foto asli dan hasil suntingan terlihat jelas.",
            "Kantor berita Reuters melaporkan ledakan itu.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((foto|sumber|gambar|ilustrasi|dok)\s*[:.][^)]{0,80}\)\s*$",
            r"|\((antara foto|antara|reuters|afp|ap)\s*/[^)]{0,60}\)\s*$",
        ),
        matches: &[
            "Presiden memberikan keterangan pers di Istana Merdeka, Jakarta. (ANTARA FOTO/Budi Santoso)",
            "Petugas memadamkan api di gudang. (Foto: Istimewa)",
            "Suasana rapat paripurna DPR (Dok. Humas DPR)",
        ],
        misses: &[
            "Jakarta (ANTARA) - Pemerintah menaikkan harga beras.",
            "Foto-foto itu diambil pada pagi hari (sekitar pukul 06.00 WIB).",
        ],
    },
    LangPhrase {
        code: "P501",
        pattern: concat!(
            r"^(penulis|oleh|reporter|wartawan|editor|penyunting|pewarta|redaktur|kontributor|jurnalis|ditulis oleh)\s*:\s*(?-i:\p{Lu})",
            r"|^oleh\s+(?-i:\p{Lu})[\p{L}'’.-]+(\s+(?-i:\p{Lu})[\p{L}'’.-]+){0,3}[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Penulis: Budi Santoso",
            "Oleh: Siti Rahmawati",
            "Reporter: Andi Pratama",
            "Editor: Dewi Lestari",
            "Pewarta: Rina Wulandari",
            "Redaktur: Agus Setiawan",
            "Oleh Budi Santoso",
        ],
        misses: &[
            "Oleh karena itu, pemerintah menunda kebijakan tersebut.",
            "Penulis buku itu hadir dalam peluncuran di Jakarta.",
            "Editor senior itu pensiun tahun lalu.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])\d+\s?(menit|mnt|min)\.?\s+(baca|membaca)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])waktu (baca|membaca)\s*:?\s*(±|~|sekitar )?\d",
            r"|^baca dalam \d+ menit[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "5 menit baca",
            "Waktu baca: 3 menit",
            "WAKTU BACA 4 MENIT",
            "Baca dalam 2 menit",
        ],
        misses: &[
            "Waktu membaca anak-anak Indonesia masih rendah.",
            "Ia butuh 10 menit membaca dakwaan di depan hakim.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: concat!(
            // "Diperbarui 12 Januari 2024, 10:15 WIB", "Dipublikasikan: Senin, 12/01/2024",
            // "Diperbarui 2 jam yang lalu": the word, then a whole date (a bare year is prose).
            r"^(diperbarui|diperbaharui|dipublikasikan|diterbitkan|diposting|diunggah|ditayangkan|terbit|update|terakhir diperbarui)( pada| tanggal)?\s*:?\s*",
            r"((senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad),?\s+)?",
            r"(\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des)\.?\s+\d{4}",
            r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d+ (menit|jam|hari) (yang )?lalu|\d{1,2}[:.]\d\d\s*(wib|wita|wit)(?:[\s\p{P}\p{S}]|$))",
            // A line that is only a date: "Senin, 12 Januari 2024 10:15 WIB", "12 Jan 2024".
            r"|^((senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad),?\s+)?",
            r"(\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des)\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})",
            r"(\s*[,|–—-]?\s*(pukul\s+)?\d{1,2}[:.]\d\d(\s*(wib|wita|wit))?)?[\s\p{P}\p{S}]*$",
            // WordPress themes in Indonesian: "Januari 12, 2024".
            r"|^(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+\d{1,2},\s+\d{4}[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Diperbarui 12 Januari 2024, 10:15 WIB",
            "Dipublikasikan pada Senin, 12 Januari 2024",
            "Diterbitkan: 12/01/2024",
            "Diperbarui 2 jam yang lalu",
            "Senin, 12 Januari 2024 10:15 WIB",
            "Jumat, 5 Apr 2024 | 14:30 WIB",
            "12 Jan 2024",
            "Januari 12, 2024",
        ],
        misses: &[
            "Diterbitkan pada 1965, novel itu sempat dilarang beredar.",
            "Diperbarui setiap tahun, data itu menjadi acuan pemerintah.",
            "12 Januari 2024 menjadi hari bersejarah bagi warga desa.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(bagikan|bagikan (artikel|berita|tulisan) ini|bagikan ke|share|salin tautan|salin link|tautan disalin|link disalin|cetak|simpan)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])bagikan (ke|di|via|lewat|melalui) (facebook|twitter|x|whatsapp|wa|linkedin|telegram|line|e-?mail)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Bagikan",
            "Bagikan artikel ini",
            "Share",
            "Bagikan ke WhatsApp",
            "Salin tautan",
        ],
        misses: &[
            "Bagikan bantuan secara merata, pinta bupati kepada camat.",
            "Pemerintah membagikan sembako kepada warga terdampak.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(ikuti|follow) (kami|akun kami) (juga )?(di|pada) (instagram|facebook|twitter|x|youtube|tiktok|google news|media sosial|whatsapp|telegram|threads|saluran)(?:[\s\p{P}\p{S}]|$)",
            r"|^(ikuti|follow) kami[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])ikuti [^.]{0,60} di (google news|saluran whatsapp|whatsapp channel|channel whatsapp)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Ikuti kami di Instagram",
            "Follow kami",
            "Ikuti berita terkini lainnya di Google News",
            "Follow kami di TikTok",
        ],
        misses: &[
            "Ikuti kami, kata pemandu kepada rombongan wisatawan.",
            "Warga diminta mengikuti kami ke lokasi pengungsian.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(beranda|home|menu|cari|cari berita|pencarian|tutup|kembali|kembali ke atas|ke atas|selanjutnya|sebelumnya|berikutnya|halaman (selanjutnya|berikutnya|sebelumnya)|(pos|tulisan|artikel) (selanjutnya|berikutnya|sebelumnya)|navigasi pos|langsung ke konten|lewati ke konten|indeks|indeks berita|kategori|arsip|lainnya|lihat semua|lihat selengkapnya|muat lebih banyak|tampilkan lebih banyak|halaman \d+( dari \d+)?)[\s\p{P}\p{S}]*$",
            r"|^(beranda|home)\s*[>›»/|]",
        ),
        matches: &[
            "Beranda",
            "Beranda › Nasional",
            "Selanjutnya",
            "Halaman berikutnya",
            "Kembali ke atas",
            "Menu",
            "Cari",
            "Halaman 2 dari 5",
        ],
        misses: &[
            "Kembali ke atas panggung, penyanyi itu disambut meriah.",
            "Sebelumnya, polisi telah memeriksa tiga saksi.",
            "Menu makan bergizi gratis diumumkan hari ini.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^(baca|simak|lihat) (juga|pula)\s*(:|[\s\p{P}\p{S}]*$|\s(?-i:\p{Lu}))",
            r"|^(berita|artikel|tulisan|pos|video) (terkait|lainnya|lain|populer|terpopuler|terbaru|terkini|pilihan)[\s\p{P}\p{S}]*$",
            r"|^(terpopuler|terkini|populer|terbaru|trending|pos-pos terbaru|komentar terbaru|paling banyak dibaca|terbanyak dibaca|paling populer|rekomendasi|rekomendasi untuk anda|pilihan editor|pilihan redaksi|topik terkait|topik populer|jangan lewatkan)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Baca Juga: Harga beras naik lagi",
            "BACA JUGA:",
            "Baca Juga Harga Cabai Melonjak Jelang Lebaran",
            "Berita Terkait",
            "Artikel Terkait",
            "Terpopuler",
            "Berita Lainnya",
            "Pos-pos Terbaru",
            "Tulisan Terbaru",
        ],
        misses: &[
            "Baca juga buku sejarah lokal, pesan kepala sekolah kepada siswa.",
            "Berita terkini menyebutkan korban banjir bertambah.",
            "Terpopuler di kalangan remaja, aplikasi itu kini dilarang.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(situs|website|laman|web|kami) (ini )?(menggunakan|memakai) (cookie|cookies|kuki)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(kebijakan|pengaturan|preferensi|penggunaan) (cookie|cookies|kuki)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(terima|setujui|tolak) (semua )?(cookie|cookies|kuki)(?:[\s\p{P}\p{S}]|$)",
            r"|^(terima|terima semua|saya setuju|tolak|tolak semua|oke,? mengerti|saya mengerti)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
            "Kami menggunakan cookie",
            "Terima semua",
            "Pengaturan cookie",
        ],
        misses: &[
            "Resep ini menggunakan cookies cokelat sebagai hiasan kue.",
            "Terima kasih atas bantuan warga, kata kapolres.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(iklan|advertisement|advertisment|ads|konten bersponsor|bersponsor|disponsori|sponsored|konten sponsor|artikel sponsor|advertorial|adv|konten promosi)[\s\p{P}\p{S}]*$",
            r"|^disponsori oleh(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(scroll|gulir) (ke bawah )?untuk (melanjutkan|lanjut|terus) (membaca|baca)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(berita|artikel|konten) (berlanjut|dilanjutkan|lanjut) (di bawah|setelah) iklan(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Iklan",
            "ADVERTISEMENT",
            "Konten Bersponsor",
            "Scroll untuk melanjutkan membaca",
            "SCROLL KE BAWAH UNTUK LANJUT MEMBACA",
            "Berita berlanjut setelah iklan",
        ],
        misses: &[
            "Iklan rokok dilarang tayang di televisi pada siang hari.",
            "Pemasangan iklan politik dibatasi selama masa tenang.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])hak cipta (dilindungi|terpelihara)( undang[- ]undang)?(?:[\s\p{P}\p{S}]|$)",
            r"|^hak cipta\s*(©|\(c\)|\d{4})",
            r"|(?:^|\s)(©|\(c\))\s*\d{4}",
            r"|(?:^|[\s\p{P}\p{S}])dilarang (mengutip|menyalin|memperbanyak|mereproduksi)[^.]{0,40}(konten|artikel|isi|materi|tulisan)",
            r"|^(kebijakan privasi|syarat dan ketentuan|syarat & ketentuan|ketentuan layanan|syarat penggunaan|pedoman media siber|pedoman pemberitaan media siber|disclaimer|penafian|redaksi|susunan redaksi|kode etik|kode etik jurnalistik)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Hak cipta dilindungi undang-undang",
            "© 2024 PT Media Nusantara. All rights reserved.",
            "Hak Cipta © 2024 Harian Kita",
            "Kebijakan Privasi",
            "Syarat dan Ketentuan",
            "Pedoman Media Siber",
            "Dilarang mengutip atau menyalin isi artikel tanpa izin.",
        ],
        misses: &[
            "Kebijakan privasi aplikasi itu dikritik pegiat digital.",
            "Syarat dan ketentuan program bantuan diumumkan Kemensos.",
            "Undang-undang hak cipta direvisi DPR tahun ini.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+(komentar|tanggapan|balasan)(?:[\s\p{P}\p{S}]|$)",
            r"|^(komentar|balas|balasan|tanggapan|laporkan|batalkan balasan)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(tinggalkan|tulis|kirim|lihat|tampilkan|muat) (sebuah |semua |\d+ )?(komentar|balasan|tanggapan)( anda)?(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^belum ada (komentar|tanggapan)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])jadilah (yang )?pertama (yang )?(berkomentar|memberi komentar|mengomentari)(?:[\s\p{P}\p{S}]|$)",
            r"|^komentar (ditutup|dinonaktifkan)([\s\p{P}\p{S}]*$|\spada\s)",
        ),
        matches: &[
            "12 komentar",
            "Komentar",
            "Komentar (5)",
            "Tinggalkan Balasan",
            "Tinggalkan komentar",
            "Tulis komentar",
            "Belum ada komentar",
            "Belum ada komentar. Jadilah yang pertama berkomentar!",
            "Komentar ditutup.",
        ],
        misses: &[
            "Belum ada komentar dari pihak kepolisian terkait kasus itu.",
            "Komentar menteri itu memicu kritik dari warganet.",
            "Tinggalkan komentar negatif di media sosial bisa berujung pidana, kata polisi.",
        ],
    },
    LangPhrase {
        code: "P904",
        pattern: r"^(tentang kami|tentang penulis|tentang redaksi|tentang saya|tentang situs ini|tentang blog ini|profil penulis)[\s\p{P}\p{S}]*$",
        matches: &["Tentang Kami", "Tentang Penulis", "TENTANG SAYA"],
        misses: &[
            "Tentang kami, ia menolak berkomentar.",
            "Tentang penulis itu, tidak banyak yang diketahui.",
        ],
    },
];
