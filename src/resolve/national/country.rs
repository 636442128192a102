//! Whether a word of a national body's name names the plan's country: the country's name,
//! its code, or its adjective in English, French, Spanish or Portuguese (`Colombian`,
//! `colombiana`, `ivoirien`). Pure tables and one test; the keys that use it are in the parent
//! module.

/// Words of country names that do not say which country (`Democratic`, `South`).
const GENERIC_COUNTRY_WORDS: &[&str] = &[
    "republic",
    "democratic",
    "south",
    "north",
    "east",
    "west",
    "central",
    "equatorial",
    "united",
    "saint",
    "new",
    "and",
    "the",
    "islands",
    "island",
    "papua",
    "states",
    "arab",
    "people",
    "peoples",
    "kingdom",
    "federation",
    "federated",
    "plurinational",
    "congo",
    // Of `Plurinational State of Bolivia`, `Occupied Palestinian Territory`, `Iran (Islamic
    // Republic of)`, `Ivory Coast`, `Saudi Arabia`: words of other names (`State University`,
    // `Coastal Authority`, `Islamic University`, `Arabic`).
    "state",
    "territory",
    "territories",
    "occupied",
    "islamic",
    "coast",
    "arabia",
];

/// Country adjectives of French, Spanish and Portuguese (and English ones) that do not start
/// like a word of the country's English name (`brasileiro`, `ecuatoriano`, `marocain`,
/// `tchadien`) or are shorter than it (`kazakh`, `uzbek`), folded, one form each: the
/// others share its first five letters; and the names of those countries in these
/// languages (`brasil`, `maroc`). The adjectives that do (`colombiana`, `peruano`,
/// `ivoirien`, `mexicain`) need no entry.
const OTHER_ADJECTIVES: &[(&str, &[&str])] = &[
    ("AFG", &["afgano", "afghan"]),
    ("BLR", &["bielorruso", "bielorusse"]),
    ("BLZ", &["beliceno"]),
    ("BRA", &["brasileiro", "bresilien", "brasil", "bresil"]),
    ("BTN", &["butanes", "bhoutanais"]),
    ("BWA", &["botsuano", "motswana"]),
    ("CHN", &["chinese", "chino", "chinois"]),
    ("CIV", &["marfileno"]),
    ("COD", &["congolais", "congoleno", "congolese", "congoles"]),
    ("COG", &["congolais", "congoleno", "congolese", "congoles"]),
    ("CPV", &["caboverdiano", "capverdien"]),
    ("CRI", &["costarricense", "costaricien", "costarriquenho"]),
    ("DZA", &["argelino", "argelia"]),
    (
        "ECU",
        &["ecuatoriano", "equatorien", "equatoriano", "equateur"],
    ),
    ("EGY", &["egipcio", "egipto"]),
    ("ETH", &["etiope", "etiopia"]),
    ("IRQ", &["irakien", "irak"]),
    ("JPN", &["japones", "japonais"]),
    ("KAZ", &["kazajo", "kazakh"]),
    ("KEN", &["keniano", "kenia"]),
    ("KGZ", &["kirguis", "kirghize", "kyrgyz"]),
    ("KHM", &["camboyano", "cambodgien", "khmer"]),
    ("KOR", &["coreano", "coreen", "corea", "coree"]),
    ("LAO", &["laotien", "laosiano"]),
    ("LBN", &["libanais", "libanes", "liban", "libano"]),
    ("LBY", &["libyen", "libio", "libia", "libye"]),
    ("MAR", &["marocain", "marroqui", "maroc", "marruecos"]),
    ("MDA", &["moldavo", "moldave"]),
    ("MDG", &["malgache", "malagasy"]),
    ("MMR", &["birmano", "birman", "burmese"]),
    ("MOZ", &["mocambicano", "mocambique"]),
    ("MYS", &["malaisien", "malasio"]),
    ("PAK", &["paquistani"]),
    ("PHL", &["filipino", "filipinas"]),
    ("RWA", &["ruandes", "ruanda"]),
    ("SAU", &["saoudien"]),
    ("SDN", &["soudanais", "soudan"]),
    ("SRB", &["serbe"]),
    ("STP", &["santomense", "santotomense", "saotomense"]),
    ("MNG", &["mongol"]),
    ("SWZ", &["suazi", "swazi"]),
    ("SYR", &["sirio", "siria", "syrien", "syrie"]),
    ("TCD", &["tchadien", "tchad"]),
    ("THA", &["thai", "tailandes"]),
    ("TJK", &["tayiko", "tadjik", "tajik"]),
    ("TKM", &["turkmen", "turcomano"]),
    ("TUN", &["tunecino", "tunez"]),
    ("TUR", &["turco", "turc", "turque", "turquia", "turquie"]),
    ("UKR", &["ucraniano"]),
    ("UZB", &["ouzbek", "uzbek"]),
    ("ZAF", &["sudafricano", "sulafricano", "sudafrica"]),
];

/// ISO3 -> (the first five letters, the length, the word) of its name's words and adjectives.
type AdjectiveStarts = std::collections::HashMap<&'static str, Vec<(String, usize, String)>>;

/// ISO3 -> the starts of its name's words that its adjectives begin with, in any language
/// (`argen` for `argentine`, `argentino`; `ivoir` for `ivoirien`; `peru` for `peruvian`,
/// `peruana`), with the length of the word; and the starts of [`OTHER_ADJECTIVES`].
static ADJECTIVE_STARTS: std::sync::LazyLock<AdjectiveStarts> = std::sync::LazyLock::new(|| {
    let mut m: AdjectiveStarts = Default::default();
    for c in crate::countries::all() {
        let names = std::iter::once(c.name).chain(c.aliases.iter().copied());
        for n in names {
            // `Congo (Kinshasa)`: the capital in parentheses tells the two Congos apart; it
            // is no adjective of the country (`Kinshasa` is the city, not DR Congo).
            let n = n.split('(').next().unwrap_or(n);
            for w in crate::names::normalise::fold(n).split(' ') {
                if w.len() < 4 || GENERIC_COUNTRY_WORDS.contains(&w) {
                    continue;
                }
                let start: String = w.chars().take(5).collect();
                m.entry(c.iso3)
                    .or_default()
                    .push((start, w.len(), w.to_string()));
            }
        }
    }
    for (iso3, adjectives) in OTHER_ADJECTIVES {
        for a in *adjectives {
            let start: String = a.chars().take(5).collect();
            m.entry(iso3)
                .or_default()
                .push((start, a.len(), (*a).to_string()));
        }
    }
    m
});

/// Whether a key's word names the country `iso3` (ISO3): its code (how keys write a
/// country's name) or an adjective of it (`argentine`, `serbian`, `colombiana`): a word of
/// the same start, at most one letter shorter (`domingo` is not `dominican`) and five
/// longer; a word that holds the whole country word and more goes on with an adjective's
/// ending (`kenyan`, `ghanaian`; `Kenyatta` is a name, not `Kenyan`).
pub(crate) fn names_country(w: &str, iso3: &str) -> bool {
    /// Endings that make a country's name an adjective or a demonym, in the plans' languages.
    const ENDINGS: &[&str] = &[
        "n", "an", "ian", "ean", "ese", "ish", "i", "ien", "ienne", "ois", "oise", "ais", "aise",
        "ano", "ana", "ino", "ina", "eno", "ena", "no", "na", "vian", "ense", "o", "a", "e", "ic",
        "ica", "ico", "ique", "er", "ite", "es", "s",
    ];
    let ending_ok = |tail: &str| {
        tail.is_empty()
            || ENDINGS.contains(&tail)
            || ENDINGS.iter().any(|e| tail.strip_suffix('s') == Some(*e))
    };
    w == iso3.to_lowercase()
        || ADJECTIVE_STARTS.get(iso3).is_some_and(|starts| {
            starts.iter().any(|(s, len, full)| {
                w.starts_with(s.as_str())
                    && w.len() <= len + 5
                    && w.len() + 1 >= *len
                    && w.len() > 3
                    && w.strip_prefix(full.as_str()).is_none_or(ending_ok)
            })
        })
}
