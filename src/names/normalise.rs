//! Normalising organisation names for matching: entities decoded, Unicode compatibility
//! forms and accents folded, case-folded, punctuation removed, a leading article dropped,
//! parenthesised parts set apart; and the word-level lexicon that makes French, Spanish and
//! Portuguese names of public bodies, spelling variants and plurals one English word.
//!
//! Pure string functions. What it does not do: decide what a name refers to (that is
//! `resolve`) or whether it names an organisation (that is [`super::classify`]).

use unicode_normalization::UnicodeNormalization;

use crate::text;

/// Case, accents, punctuation, possessives and a leading article removed; words kept in
/// order. `&` reads `and`; typographic apostrophes are straight ones.
pub fn fold(s: &str) -> String {
    // Most names are ASCII: no decomposition needed (the same result, much faster).
    let lowered: String = if s.is_ascii() {
        s.to_ascii_lowercase().replace('`', "'")
    } else {
        fold_unicode(s)
    };
    fold_words(&lowered)
}

fn fold_unicode(s: &str) -> String {
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
            'ø' => 'o',
            'ł' => 'l',
            'đ' => 'd',
            'ı' => 'i',
            'ß' => 's',
            'æ' => 'a',
            'œ' => 'o',
            c => c,
        })
        .collect()
}

fn fold_words(lowered: &str) -> String {
    let lowered = lowered.replace('&', " and ");
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| {
            w.trim_matches('\'')
                .trim_end_matches("'s")
                .trim_end_matches('\'')
        })
        .flat_map(|w| w.split('\''))
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"the") | Some(&"le") | Some(&"la") | Some(&"les") | Some(&"el") | Some(&"l")
        | Some(&"los") | Some(&"las") | Some(&"o") | Some(&"a")
            if words.len() > 1 =>
        {
            &words[1..]
        }
        _ => &words[..],
    };
    words.join(" ")
}

/// The matching key of a name: decoded, folded ([`fold`]), parenthesised parts and web
/// addresses removed (unless nothing else is left).
pub fn key(name: &str) -> String {
    let decoded = text::decode(name);
    let no_parens = strip_urls(&strip_parens(&decoded));
    let base = if no_parens.trim().is_empty() {
        decoded.as_str()
    } else {
        no_parens.as_str()
    };
    fold(base)
}

/// The text without web addresses (`https://...`, `www....`).
pub fn strip_urls(s: &str) -> String {
    if !s.contains("http") && !s.contains("www.") {
        return s.to_string();
    }
    s.split_whitespace()
        .filter(|w| {
            let w = w.trim_start_matches(['(', '[', '<']);
            !w.starts_with("http://") && !w.starts_with("https://") && !w.starts_with("www.")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text outside parentheses and brackets.
pub fn strip_parens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The parts in parentheses: `Ministry of X (MoX)` -> [`MoX`].
pub fn parenthesised(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | '[' => {
                if depth == 0 {
                    cur.clear();
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 && !cur.trim().is_empty() {
                    out.push(cur.trim().to_string());
                }
            }
            _ if depth > 0 => cur.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a token reads as an acronym: one word of 2-12 characters, mostly capitals
/// (`ANII`, `MoH`, `UNDP's` is not, `GovTech` is not).
pub fn is_acronym(t: &str) -> bool {
    let t = t.trim();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let upper = t.chars().filter(|c| c.is_uppercase()).count();
    // `SMARTrash`, `UNDPAccLab`: a word in lower case after the capitals is a name, not an
    // acronym.
    let mut run = 0;
    let mut longest_lower = 0;
    for c in t.chars() {
        run = if c.is_lowercase() { run + 1 } else { 0 };
        longest_lower = longest_lower.max(run);
    }
    !t.contains(' ')
        && (2..=12).contains(&t.chars().count())
        && letters >= 2
        && upper * 3 >= letters * 2
        && longest_lower < 3
}

/// An acronym naming the body: `... (GEA)` or a name that is one upper-case token (`ANII`).
pub fn acronym(s: &str) -> Option<String> {
    if let Some(p) = parenthesised(s).into_iter().find(|p| is_acronym(p)) {
        return Some(p.trim().to_string());
    }
    let main = strip_parens(s);
    let main = main.trim().trim_end_matches(['.', ',', ';', ':']);
    is_acronym(main).then(|| main.to_string())
}

/// Words that do not tell two bodies apart.
pub const STOPWORDS: &[&str] = &[
    "of", "for", "the", "and", "in", "de", "du", "des", "la", "le", "del", "y", "et", "on", "a",
    "an", "da", "do", "dos", "das", "e", "los", "las", "el", "al", "pour", "para", "por", "en",
    "l", "d",
];

/// Spelling variants, plurals and the French, Spanish and Portuguese words of the public
/// bodies and functions most often named in plans, mapped to one English word, so that
/// `Ministerio de Turismo` and `Ministry of Tourism` (word sets {ministry, tourism}) are one
/// key. Accents are already folded by [`fold`].
pub fn canonical_word(w: &str) -> &str {
    match w {
        "centre" | "centres" | "centers" | "centro" | "centros" | "centr" => "center",
        "labour" | "trabajo" | "travail" | "trabalho" => "labor",
        "organisation" | "organisations" | "organizations" | "organizacion" | "organizacao" => {
            "organization"
        }
        "programme" | "programmes" | "programs" | "programa" | "programas" => "program",
        "ministery" | "ministere" | "ministerio" | "ministries" | "ministerios" | "ministeres"
        | "ministre" | "minstry" | "mnistry" => "ministry",
        "enviroment" | "environnement" | "ambiente" | "environmental" => "environment",
        "universidade" | "universidad" | "universite" | "universities" | "universidades"
        | "univeristy" | "universty" => "university",
        "municipalite" | "municipalidad" | "municipio" | "municipalities" | "municipios"
        | "municipal" | "municipality's" | "alcaldia" | "mairie" | "prefeitura" | "commune" => {
            "municipality"
        }
        "affairs" | "asuntos" | "affaires" => "affair",
        "turismo" | "tourisme" => "tourism",
        "salud" | "sante" | "saude" | "sanidad" => "health",
        "educacion" | "educacao" | "enseignement" => "education",
        "agricultura" | "agricultural" => "agriculture",
        "desarrollo" | "developpement" | "desenvolvimento" => "development",
        "mujer" | "mujeres" | "femme" | "femmes" | "mulher" | "mulheres" | "woman" => "women",
        "economia" | "economie" | "economic" | "economico" | "economique" | "economics" => {
            "economy"
        }
        "hacienda" | "finanzas" | "finances" | "financas" | "financial" => "finance",
        "justicia" | "justica" => "justice",
        "ciencia" | "sciences" | "ciencias" => "science",
        "tecnologia" | "technologie" | "technologies" | "tecnologias" | "technological" => {
            "technology"
        }
        "industria" | "industrie" | "industries" | "industrial" => "industry",
        "comercio" | "commercio" => "commerce",
        "asociacion" | "associacao" | "associations" => "association",
        "hoteles" | "hotels" => "hotel",
        "restaurantes" | "restaurants" => "restaurant",
        "nacional" | "nationale" => "national",
        "instituto" | "institut" | "institutes" | "institution" => "institute",
        "jeunesse" | "juventud" | "juventude" | "jeunes" | "youths" => "youth",
        "empleo" | "emploi" | "emprego" => "employment",
        "innovacion" | "inovacao" => "innovation",
        "investigacion" | "investigation" | "recherche" | "pesquisa" => "research",
        "camara" | "chambre" => "chamber",
        "fundacion" | "fondation" | "fundacao" => "foundation",
        "gobierno" | "gouvernement" | "governo" | "governments" => "government",
        "planificacion" | "planification" | "planejamento" | "planeacion" => "planning",
        "transporte" | "transports" | "transportation" => "transport",
        "energia" | "energie" | "energies" => "energy",
        "vivienda" | "logement" | "habitacao" => "housing",
        "interior" | "interieur" => "interior",
        "defensa" | "defense" | "defesa" => "defence",
        "cultura" => "culture",
        "deporte" | "deportes" | "sport" | "sports" | "desporto" => "sport",
        "comunicaciones" | "communications" | "comunicacoes" => "communication",
        "telecomunicaciones" | "telecommunications" | "telecoms" => "telecommunication",
        "social" | "sociales" | "sociale" => "social",
        "publica" | "publico" | "publique" | "publicas" | "publicos" => "public",
        "recursos" | "ressources" | "resources" => "resource",
        "naturales" | "naturelles" | "naturais" | "natural" => "natural",
        "medio" | "meio" => "",
        "estadistica" | "estadisticas" | "statistique" | "statistiques" | "estatistica"
        | "statistical" => "statistics",
        "oficina" | "bureau" => "office",
        "secretaria" | "secretariado" | "secretariat" | "secretary" | "secretaire" => "secretariat",
        "agencia" | "agence" => "agency",
        "consejo" | "conseil" | "conselho" => "council",
        "direccion" | "direction" | "directorate" | "direccao" => "directorate",
        "departamento" | "departement" | "dept" => "department",
        "servicio" | "servicios" | "service" | "servicos" => "services",
        "red" | "reseau" | "rede" => "network",
        "banco" | "banque" => "bank",
        "camara de comercio" => "chamber commerce",
        "unite" | "unidad" | "unidade" => "unit",
        "seguridad" | "securite" | "seguranca" => "security",
        "exteriores" | "etrangeres" | "estrangeiros" | "exterior" | "externas" => "foreign",
        "relaciones" | "relations" | "relacoes" => "relation",
        "ganaderia" | "elevage" | "pecuaria" => "livestock",
        "pesca" | "pesque" | "peche" | "pescas" | "fishery" => "fisheries",
        "mineria" | "mines" | "minas" => "mining",
        "informacion" | "informacao" => "information",
        "ninez" | "infancia" | "enfance" | "enfants" | "enfant" | "infancia's" => "children",
        "familia" | "famille" | "familias" => "family",
        "igualdad" | "egalite" | "igualdade" => "equality",
        "genero" | "genre" => "gender",
        "derechos" | "droits" | "direitos" => "rights",
        "humanos" | "humains" | "humanos's" => "human",
        "presidencia" | "presidence" | "presidencia's" => "presidency",
        "gabinete" | "cabinet's" => "cabinet",
        "solidarite" | "solidaridad" | "solidariedade" => "solidarity",
        "numerique" | "digitale" => "digital",
        "postes" | "correos" | "correios" => "posts",
        "superieur" | "superior" => "higher",
        "scientifique" | "cientifica" | "cientifico" | "scientific" => "science",
        "eau" | "agua" | "aguas" => "water",
        "assainissement" | "saneamiento" | "saneamento" => "sanitation",
        "artisanat" | "artesania" => "crafts",
        "formation" | "formacion" | "formacao" => "training",
        "professionnelle" | "profesional" | "profissional" | "professional" => "vocational",
        "obras" | "travaux" => "works",
        "comunidad" | "communaute" | "comunidade" => "community",
        "gobernacion" | "gouvernorat" => "governorate",
        other => other,
    }
}

/// Significant words of a key: canonical ([`canonical_word`]), stopwords and empty words
/// removed, in the order written.
pub fn significant_words(key: &str) -> Vec<&str> {
    key.split(' ')
        .map(canonical_word)
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_spaces_punctuation_accents_and_articles() {
        assert_eq!(
            key("The  Strategic\u{a0}Innovation Unit."),
            "strategic innovation unit"
        );
        assert_eq!(
            key("Strategic&nbsp;Innovation Unit"),
            "strategic innovation unit"
        );
        assert_eq!(
            key("Osh Mayor's Office (city administration)"),
            key("Osh Mayor’s office")
        );
        assert_eq!(
            key("Ministère de l'Agriculture"),
            "ministere de l agriculture"
        );
        assert_eq!(key("Chôra Urban Lab"), key("Chora urban lab"));
        assert_eq!(key("Şanlıurfa Municipality"), "sanliurfa municipality");
        assert_eq!(key("ANIA https://ania.gob.pe"), "ania");
    }

    #[test]
    fn words_of_three_languages_meet() {
        let words = |s: &str| {
            let k = key(s);
            let mut w: Vec<String> = significant_words(&k)
                .iter()
                .map(|s| s.to_string())
                .collect();
            w.sort();
            w
        };
        assert_eq!(
            words("Ministerio de Salud Pública"),
            words("Ministry of Public Health")
        );
        assert_eq!(words("Ministère de la Santé"), words("Ministry of Health"));
        assert_eq!(
            words("Ministerio de Medio Ambiente y Recursos Naturales"),
            words("Ministry of Environment and Natural Resources")
        );
        assert_ne!(words("Ministry of Health"), words("Ministry of Education"));
    }

    #[test]
    fn acronyms() {
        assert_eq!(
            acronym("Ghana Enterprises Agency (GEA)").as_deref(),
            Some("GEA")
        );
        assert_eq!(acronym("ANII").as_deref(), Some("ANII"));
        assert_eq!(acronym("Makerere University"), None);
        assert!(is_acronym("MoH"));
        assert!(!is_acronym("GovTech"));
        assert!(!is_acronym("SMARTrash"));
        assert!(is_acronym("MoHESR"));
    }
}
