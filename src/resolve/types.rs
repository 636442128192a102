//! Organisation type of a partner entity (government, local government, academic, civil
//! society, private sector, UN/multilateral, donor government, collective), *inferred*
//! from the organisation table or from a word of the name, and recorded with what it rests
//! on. It is kept apart from the sector a plan states (`alp:sector` on the partnership),
//! which stays exactly what the form says.

use crate::names::normalise::key;

use super::Entity;

/// An organisation type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OrgType {
    Government,
    LocalGovernment,
    Academic,
    CivilSociety,
    PrivateSector,
    UnMultilateral,
    DonorGovernment,
    Collective,
}

impl OrgType {
    /// The local name of the `alp:` individual.
    pub fn local_name(self) -> &'static str {
        match self {
            OrgType::Government => "Government",
            OrgType::LocalGovernment => "LocalGovernment",
            OrgType::Academic => "AcademicInstitution",
            OrgType::CivilSociety => "CivilSocietyOrganisation",
            OrgType::PrivateSector => "PrivateCompany",
            OrgType::UnMultilateral => "UnMultilateral",
            OrgType::DonorGovernment => "DonorGovernment",
            OrgType::Collective => "CollectiveGroup",
        }
    }

    /// The short name used by filters and reports (`government`, `local-government`...).
    pub fn as_str(self) -> &'static str {
        match self {
            OrgType::Government => "government",
            OrgType::LocalGovernment => "local-government",
            OrgType::Academic => "academic",
            OrgType::CivilSociety => "civil-society",
            OrgType::PrivateSector => "private-sector",
            OrgType::UnMultilateral => "un-multilateral",
            OrgType::DonorGovernment => "donor-government",
            OrgType::Collective => "collective",
        }
    }

    pub const ALL: [OrgType; 8] = [
        OrgType::Government,
        OrgType::LocalGovernment,
        OrgType::Academic,
        OrgType::CivilSociety,
        OrgType::PrivateSector,
        OrgType::UnMultilateral,
        OrgType::DonorGovernment,
        OrgType::Collective,
    ];
}

/// Words of a name that say its type, in English, French, Spanish and Portuguese (folded),
/// checked in this order (a `University Foundation` is academic, a `Municipal Company` ...
/// local government).
const WORDS: &[(OrgType, &[&str])] = &[
    (
        OrgType::LocalGovernment,
        &[
            "municipality",
            "municipal",
            "municipalite",
            "municipalidad",
            "municipio",
            "city",
            "county",
            "district",
            "province",
            "provincial",
            "governorate",
            "prefecture",
            "mayor",
            "mayors",
            "alcaldia",
            "mairie",
            "prefeitura",
            "ayuntamiento",
            "commune",
            "intendencia",
            "oblast",
            "regional",
            "town",
            "village",
            "barangay",
        ],
    ),
    (
        OrgType::Academic,
        &[
            "university",
            "universidad",
            "universite",
            "universidade",
            "college",
            "school",
            "academy",
            "academia",
            "polytechnic",
            "politecnica",
            "escuela",
            "ecole",
            "faculty",
            "facultad",
            "institute of technology",
            "research institute",
            "research center",
            "research centre",
        ],
    ),
    (
        OrgType::Government,
        &[
            "ministry",
            "ministerio",
            "ministere",
            "department",
            "agency",
            "authority",
            "government",
            "gobierno",
            "gouvernement",
            "governo",
            "commission",
            "directorate",
            "secretariat",
            "secretaria",
            "presidency",
            "parliament",
            "senate",
            "national",
            "federal",
            "state",
            "bureau",
            "office",
            "council",
            "court",
            "police",
            "central bank",
            "agencia",
            "agence",
            "direccion",
            "direction",
            "superintendence",
            "superintendencia",
        ],
    ),
    (
        OrgType::PrivateSector,
        &[
            "company",
            "companies",
            "ltd",
            "limited",
            "inc",
            "corporation",
            "corp",
            "plc",
            "llc",
            "sa",
            "sas",
            "srl",
            "gmbh",
            "bank",
            "group",
            "technologies",
            "solutions",
            "consulting",
            "consultancy",
            "enterprise",
            "enterprises",
            "startup",
            "empresa",
            "entreprise",
            "telecom",
            "telecommunication",
            "industries",
            "holding",
            "co",
        ],
    ),
    (
        OrgType::CivilSociety,
        &[
            "foundation",
            "fundacion",
            "fondation",
            "fundacao",
            "association",
            "asociacion",
            "associacao",
            "ngo",
            "ong",
            "network",
            "society",
            "cooperative",
            "cooperativa",
            "union",
            "federation",
            "trust",
            "initiative",
            "movement",
            "alliance",
            "club",
            "collective",
            "coalition",
            "forum",
            "red",
            "reseau",
            "chamber",
            "camara",
            "hub",
        ],
    ),
];

/// The inferred type of an entity, and what it rests on.
pub fn org_type(entity: &Entity, names: &[&str]) -> Option<(OrgType, String)> {
    match entity {
        Entity::Collective { .. } => Some((OrgType::Collective, "collective mention".into())),
        Entity::International(_) => {
            let o = entity.organisation()?;
            let t = match o.kind {
                "donor" => OrgType::DonorGovernment,
                "ingo" => OrgType::CivilSociety,
                "company" => OrgType::PrivateSector,
                _ => OrgType::UnMultilateral,
            };
            Some((t, format!("organisation table: {}", o.kind)))
        }
        Entity::National { .. } if entity.is_undp_unit() => {
            Some((OrgType::UnMultilateral, "UNDP unit".into()))
        }
        Entity::National { .. } => {
            for name in names {
                let k = format!(" {} ", key(name));
                for (t, words) in WORDS {
                    if let Some(w) = words.iter().find(|w| k.contains(&format!(" {w} "))) {
                        return Some((*t, format!("name: `{w}`")));
                    }
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::resolve;
    use super::*;

    fn t(name: &str) -> Option<OrgType> {
        org_type(&resolve(name, Some("KEN")), &[name]).map(|x| x.0)
    }

    #[test]
    fn types_from_the_table_and_the_name() {
        assert_eq!(t("UNICEF"), Some(OrgType::UnMultilateral));
        assert_eq!(t("GIZ"), Some(OrgType::DonorGovernment));
        assert_eq!(t("Ministry of Health"), Some(OrgType::Government));
        assert_eq!(t("Nairobi City County"), Some(OrgType::LocalGovernment));
        assert_eq!(t("Makerere University"), Some(OrgType::Academic));
        assert_eq!(t("Kenya Red Cross Society"), Some(OrgType::CivilSociety));
        assert_eq!(t("Safaricom PLC"), Some(OrgType::PrivateSector));
        assert_eq!(t("local communities"), Some(OrgType::Collective));
        assert_eq!(t("AccLab Kenya"), Some(OrgType::UnMultilateral));
        assert_eq!(t("Rikolto"), None);
    }

    #[test]
    fn every_type_is_declared_in_the_ontology() {
        let ttl = include_str!("../../ontology/alpkg.ttl");
        for ty in OrgType::ALL {
            assert!(
                ttl.contains(&format!("\nalp:{}\n", ty.local_name())),
                "{ty:?}"
            );
        }
        for m in super::super::Method::ALL {
            assert!(
                ttl.contains(&format!("\nalp:{}\n", m.local_name())),
                "{m:?}"
            );
        }
    }
}
