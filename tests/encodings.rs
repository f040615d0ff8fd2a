//! Legacy encodings with real text: each page is encoded from a real sentence,
//! declared by `<meta charset>`, by `http-equiv`, or by the caller, and must come
//! back as the same sentence.

use dechrome::Cleaner;

const CASES: &[(&str, &str)] = &[
    (
        "windows-1252",
        "Le café « Chez Müller » coûte 3 £ — une bouchée, dit-on, pour un déjeuner à l’œil.",
    ),
    (
        "iso-8859-2",
        "Zażółć gęślą jaźń: Łódź i Kraków są pięknymi miastami, mówią mieszkańcy obu miast.",
    ),
    (
        "iso-8859-7",
        "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και μία από τις αρχαιότερες πόλεις του κόσμου.",
    ),
    (
        "koi8-r",
        "Москва - столица России, и в ней живёт больше двенадцати миллионов человек, говорят.",
    ),
    (
        "shift_jis",
        "東京は日本の首都であり、世界で最も人口の多い都市圏の一つとして知られています。",
    ),
    (
        "euc-jp",
        "京都には千年以上の歴史を持つ寺院や神社が数多く残されており、観光客に人気です。",
    ),
    (
        "gbk",
        "北京是中华人民共和国的首都，也是全国的政治、文化和国际交往中心，历史悠久。",
    ),
    (
        "euc-kr",
        "서울은 대한민국의 수도이며 한강을 중심으로 발전한 인구 천만 명 가까운 대도시이다.",
    ),
];

fn encode(label: &str, text: &str) -> Vec<u8> {
    let enc = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap();
    let (bytes, _, unmappable) = enc.encode(text);
    assert!(!unmappable, "{label} cannot encode the test text");
    bytes.into_owned()
}

#[test]
fn meta_charset() {
    for (label, text) in CASES {
        let page = [
            format!("<html><head><meta charset=\"{label}\"></head><body><p>").into_bytes(),
            encode(label, text),
            b"</p></body></html>".to_vec(),
        ]
        .concat();
        let a = dechrome::clean_bytes(&page).unwrap();
        assert_eq!(a.blocks()[0].text(), *text, "{label}");
        assert!(a.metadata().encoding.is_some());
    }
}

#[test]
fn http_equiv_content_type() {
    for (label, text) in CASES {
        let page = [
            format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\"><p>")
                .into_bytes(),
            encode(label, text),
            b"</p>".to_vec(),
        ]
        .concat();
        assert_eq!(
            dechrome::clean_bytes(&page).unwrap().blocks()[0].text(),
            *text,
            "{label}"
        );
    }
}

#[test]
fn caller_charset_wins_over_a_wrong_meta() {
    for (label, text) in CASES {
        let page = [
            b"<meta charset=utf-8><p>".to_vec(),
            encode(label, text),
            b"</p>".to_vec(),
        ]
        .concat();
        let a = Cleaner::new()
            .clean_bytes_with_charset(&page, label)
            .unwrap();
        assert_eq!(a.blocks()[0].text(), *text, "{label}");
    }
}
