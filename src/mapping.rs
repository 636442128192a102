//! Model -> RDF: the quads of one plan's named graph, and the shared vocabulary graph.
//!
//! Pure and deterministic: the same plan, source and base IRI give the same quads in the
//! same order, and every IRI is minted from stable inputs (the file name, normalised
//! labels, ISO codes), so re-ingesting gives the same IRIs. The IRI scheme and the triples
//! per node kind are documented in `ontology/README.md`.
//!
//! What it does not do: read files, parse markdown (it takes a [`Plan`]) or touch the store.
//! A plan graph holds only nodes scoped to that plan (and links to shared nodes); shared
//! nodes (countries, concepts, partners, SDGs, focal points) live in the vocabulary graph
//! alone, because Oxigraph's union default graph repeats triples present in several graphs.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};

use crate::countries;
use crate::model::{Diagnostic, FormGeneration, Level, Plan, Sector, Stage};
use crate::parse::{parse_latlng, section_kind, text};
use crate::privacy::FocalKey;
use crate::resolve::{self, Entity};
use crate::vocab::{self, alp, dcat, dcterms, foaf, geo, org, owl, schema, skos, wgs};

/// Where a plan came from: recorded as the provenance of its graph.
#[derive(Debug, Clone)]
pub struct Source {
    /// File name (no folders), e.g. `urban_waste_behaviours.md`.
    pub file_name: String,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
}

/// The IRIs of one plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanIds {
    /// `{plan}`: the file stem, slugged.
    pub id: String,
    pub plan: NamedNode,
    pub graph: NamedNode,
}

/// Mints every IRI alpkg uses under one base.
///
/// Focal-point IRIs are keyed pseudonyms ([`FocalKey::pseudonym`]): a new `Iris` has a
/// random key, and [`Store::open`](crate::store::Store::open) gives it the store's own, so
/// the IRIs are stable for one store and cannot be confirmed by hashing a guessed address.
#[derive(Debug, Clone)]
pub struct Iris {
    base: String,
    focal_key: FocalKey,
}

/// The base IRI given is not a usable IRI.
#[derive(Debug, thiserror::Error)]
#[error("invalid base IRI `{base}`: {reason}")]
pub struct BaseIriError {
    pub base: String,
    pub reason: String,
}

impl Default for Iris {
    fn default() -> Self {
        Iris {
            base: vocab::DEFAULT_BASE.to_string(),
            focal_key: FocalKey::random(),
        }
    }
}

impl Iris {
    /// A base IRI such as `https://example.org/alp/` (a `/` is added when missing).
    pub fn new(base: &str) -> Result<Self, BaseIriError> {
        let mut base = base.trim().to_string();
        if !base.ends_with('/') && !base.ends_with('#') {
            base.push('/');
        }
        NamedNode::new(format!("{base}x")).map_err(|e| BaseIriError {
            base: base.clone(),
            reason: e.to_string(),
        })?;
        if !base.contains(':') {
            return Err(BaseIriError {
                base,
                reason: "not absolute".into(),
            });
        }
        Ok(Iris {
            base,
            focal_key: FocalKey::random(),
        })
    }

    /// The same IRIs with this focal-point key.
    pub fn with_focal_key(mut self, key: FocalKey) -> Self {
        self.focal_key = key;
        self
    }

    pub fn focal_key(&self) -> &FocalKey {
        &self.focal_key
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    fn node(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.base))
    }

    /// IRIs of the plan read from `file_name`.
    pub fn plan(&self, file_name: &str) -> PlanIds {
        let stem = file_name
            .strip_suffix(".md")
            .or_else(|| file_name.strip_suffix(".MD"))
            .unwrap_or(file_name);
        let id = slug(stem);
        PlanIds {
            plan: self.node(&format!("plan/{id}")),
            graph: self.node(&format!("graph/{id}")),
            id,
        }
    }

    pub fn vocabulary_graph(&self) -> NamedNode {
        self.node("vocabulary")
    }

    pub fn dataset(&self) -> NamedNode {
        self.node("dataset")
    }

    pub fn country(&self, iso3: &str) -> NamedNode {
        self.node(&format!("country/{iso3}"))
    }

    pub fn concept(&self, kind: ConceptKind, normalized: &str) -> NamedNode {
        self.node(&format!("{}/{}", kind.path(), slug(normalized)))
    }

    pub fn scheme(&self, kind: ConceptKind) -> NamedNode {
        self.node(&format!("scheme/{}", kind.scheme()))
    }

    /// Partner IRI: scoped to the plan's country (`xx` when unknown), keyed by the
    /// normalised name. Equal names in two countries are two partners.
    pub fn partner(&self, entity: &Entity) -> NamedNode {
        self.node(&format!("partner/{}", entity.path()))
    }

    /// `{base}focal-point/{pseudonym}`: see [`FocalKey::pseudonym`].
    pub fn focal_point(&self, email: &str) -> NamedNode {
        self.node(&format!("focal-point/{}", self.focal_key.pseudonym(email)))
    }
}

/// The four SKOS concept schemes built from tags and checklists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConceptKind {
    Method,
    DataSource,
    ThematicArea,
    Handover,
}

impl ConceptKind {
    pub const ALL: [ConceptKind; 4] = [
        ConceptKind::Method,
        ConceptKind::DataSource,
        ConceptKind::ThematicArea,
        ConceptKind::Handover,
    ];

    fn path(self) -> &'static str {
        match self {
            ConceptKind::Method => "method",
            ConceptKind::DataSource => "datasource",
            ConceptKind::ThematicArea => "theme",
            ConceptKind::Handover => "handover",
        }
    }

    fn scheme(self) -> &'static str {
        match self {
            ConceptKind::Method => "methods",
            ConceptKind::DataSource => "datasources",
            ConceptKind::ThematicArea => "thematic-areas",
            ConceptKind::Handover => "handover-outcomes",
        }
    }

    fn scheme_label(self) -> &'static str {
        match self {
            ConceptKind::Method => "Innovation methods",
            ConceptKind::DataSource => "Data sources",
            ConceptKind::ThematicArea => "Thematic areas",
            ConceptKind::Handover => "Handover outcomes",
        }
    }

    /// The plan property linking to concepts of this kind.
    fn property(self) -> NamedNodeRef<'static> {
        match self {
            ConceptKind::Method => alp::METHOD,
            ConceptKind::DataSource => alp::DATA_SOURCE,
            ConceptKind::ThematicArea => alp::THEMATIC_AREA,
            ConceptKind::Handover => alp::HANDOVER_OUTCOME,
        }
    }

    /// The tag key whose values are concepts of this kind.
    pub fn tag_key(self) -> Option<&'static str> {
        match self {
            ConceptKind::Method => Some("methods"),
            ConceptKind::DataSource => Some("datasources"),
            ConceptKind::ThematicArea => Some("thematic_areas"),
            ConceptKind::Handover => None,
        }
    }
}

/// `Ministère de l'Agriculture` -> `ministere-de-l-agriculture`. Latin accents are folded;
/// other letters (Arabic, Cyrillic...) are kept, which IRIs allow. Never empty.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_alphanumeric() || c == '_' {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push('x');
        out.push_str(&crate::source::sha256_hex(s.as_bytes())[..12]);
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// SHA-1 of `mailto:<address>` as foaf:mbox_sha1sum defines it, hex.
pub fn mbox_sha1(email: &str) -> String {
    use sha1::Digest;
    let digest = sha1::Sha1::digest(format!("mailto:{}", email.trim()).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The UN SDG short titles, goal 1 to 17.
pub const SDG_TITLES: [&str; 17] = [
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
];

/// The goal number of an `sdgs` tag, whatever its spelling: `10. Reduced innequalities`,
/// `Goal 5`, `SDG 13`, `gender equality`.
pub fn sdg_number(value: &str) -> Option<u8> {
    let v = text::normalize_label(value);
    let digits: String = v
        .trim_start_matches("sdg")
        .trim_start_matches("goal")
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if let Ok(n) = digits.parse::<u8>() {
        return (1..=17).contains(&n).then_some(n);
    }
    let key = |s: &str| {
        s.to_lowercase()
            .replace(['-', ','], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let v = key(&v);
    SDG_TITLES
        .iter()
        .position(|t| key(t) == v)
        .map(|i| i as u8 + 1)
}

/// The IRI of SDG `n` in the UN's own vocabulary.
pub fn sdg_iri(n: u8) -> NamedNode {
    NamedNode::new_unchecked(format!("http://metadata.un.org/sdg/{n}"))
}

fn stage_iri(s: Stage) -> NamedNodeRef<'static> {
    match s {
        Stage::Sense => alp::SENSE,
        Stage::Explore => alp::EXPLORE,
        Stage::Test => alp::TEST,
        Stage::Grow => alp::GROW,
    }
}

fn sector_iri(s: Sector) -> NamedNodeRef<'static> {
    match s {
        Sector::Government => alp::GOVERNMENT,
        Sector::CivilSociety => alp::CIVIL_SOCIETY,
        Sector::PrivateSector => alp::PRIVATE_SECTOR,
        Sector::Academic => alp::ACADEMIC,
        Sector::UnInternal => alp::UN_INTERNAL,
    }
}

/// One plan as RDF.
#[derive(Debug, Clone)]
pub struct MappedPlan {
    pub ids: PlanIds,
    /// Every quad of the plan's named graph.
    pub quads: Vec<Quad>,
    /// What could not be linked (unknown country, SDG tag with no goal number, ...).
    pub warnings: Vec<Diagnostic>,
}

impl MappedPlan {
    /// The `alp:sourceSha256` recorded in the graph's provenance.
    pub fn source_sha256(&self) -> Option<&str> {
        self.provenance(alp::SOURCE_SHA256)
    }

    /// The `alp:contentDigest` recorded in the graph's provenance.
    pub fn content_digest(&self) -> Option<&str> {
        self.provenance(alp::CONTENT_DIGEST)
    }

    fn provenance(&self, predicate: NamedNodeRef<'_>) -> Option<&str> {
        self.quads
            .iter()
            .find(|q| q.predicate == predicate)
            .and_then(|q| match &q.object {
                Term::Literal(l) => Some(l.value()),
                _ => None,
            })
    }
}

struct Graph {
    name: GraphName,
    quads: Vec<Quad>,
}

impl Graph {
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(s, p, o, self.name.clone()));
    }
    fn string(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, v: &str) {
        self.add(s.clone(), p, Literal::new_simple_literal(v));
    }
    fn lang(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, v: &str, lang: Option<&str>) {
        let lit = match lang {
            Some(l) => Literal::new_language_tagged_literal_unchecked(v, l),
            None => Literal::new_simple_literal(v),
        };
        self.add(s.clone(), p, lit);
    }
    fn int(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, v: usize) {
        self.add(
            s.clone(),
            p,
            Literal::new_typed_literal(v.to_string(), xsd::INTEGER),
        );
    }
}

/// Maps one parsed plan into the quads of its named graph.
pub fn map_plan(plan: &Plan, source: &Source, iris: &Iris) -> MappedPlan {
    map_plan_with(plan, source, iris, &resolve::Resolver::default())
}

/// [`map_plan`] with the corpus-level resolver (clusters of national bodies and curation
/// decisions), so that each partnership links to its cluster's canonical partner and says
/// how it was chosen.
pub fn map_plan_with(
    plan: &Plan,
    source: &Source,
    iris: &Iris,
    resolver: &resolve::Resolver,
) -> MappedPlan {
    let ids = iris.plan(&source.file_name);
    let mut g = Graph {
        name: GraphName::NamedNode(ids.graph.clone()),
        quads: Vec::new(),
    };
    let mut warnings = Vec::new();
    let mut warn = |line: usize, code: &str, message: String| {
        warnings.push(Diagnostic {
            level: Level::Warning,
            line,
            code: code.to_string(),
            message,
        })
    };
    let p = &ids.plan;
    let sub = |path: &str| NamedNode::new_unchecked(format!("{}/{path}", p.as_str()));

    g.add(p.clone(), rdf::TYPE, alp::LEARNING_PLAN);
    g.string(p, dcterms::IDENTIFIER, &ids.id);
    if let Some(t) = plan.title.as_ref().filter(|t| !t.value.is_empty()) {
        g.string(p, dcterms::TITLE, &t.value);
    }
    if let Some(t) = plan.tag("year") {
        let y = t.value.trim();
        if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) {
            g.add(
                p.clone(),
                dcterms::DATE,
                Literal::new_typed_literal(y, xsd::G_YEAR),
            );
        }
    }
    match plan.form {
        FormGeneration::Plan => g.add(p.clone(), alp::FORM_GENERATION_P, alp::PLAN_FORM),
        FormGeneration::Report2021 => {
            g.add(p.clone(), alp::FORM_GENERATION_P, alp::REPORT_2021_FORM)
        }
        FormGeneration::Report2023 => {
            g.add(p.clone(), alp::FORM_GENERATION_P, alp::REPORT_2023_FORM)
        }
        FormGeneration::Unknown => {}
    }
    if let Some(lang) = plan.language.tag() {
        g.add(
            p.clone(),
            dcterms::LANGUAGE,
            Literal::new_typed_literal(lang, xsd::LANGUAGE),
        );
    }

    // Country, geometry, focal point.
    let country = plan.tag("country").and_then(|t| {
        let c = countries::lookup(&t.value);
        if c.is_none() && !t.value.trim().is_empty() {
            warn(
                t.line,
                "unknown-country",
                format!("unknown country name `{}`: not linked", t.value.trim()),
            );
        }
        c
    });
    if let Some(c) = country {
        g.add(p.clone(), alp::COUNTRY_P, iris.country(c.iso3));
    }
    if let Some(t) = plan.tag("latlng") {
        match parse_latlng(&t.value) {
            Ok((lat, lng)) => {
                let geom = sub("geometry");
                g.add(p.clone(), geo::HAS_GEOMETRY, geom.clone());
                g.add(geom.clone(), rdf::TYPE, geo::GEOMETRY);
                g.add(
                    geom.clone(),
                    geo::AS_WKT,
                    Literal::new_typed_literal(format!("POINT({lng} {lat})"), geo::WKT_LITERAL),
                );
                g.add(
                    geom.clone(),
                    wgs::LAT,
                    Literal::new_typed_literal(lat.to_string(), xsd::DOUBLE),
                );
                g.add(
                    geom,
                    wgs::LONG,
                    Literal::new_typed_literal(lng.to_string(), xsd::DOUBLE),
                );
            }
            Err(e) => warn(t.line, "bad-latlng", format!("latlng not mapped: {e}")),
        }
    }
    if let Some(t) = plan.tag("focal_point").filter(|t| t.value.contains('@')) {
        g.add(p.clone(), alp::FOCAL_POINT, iris.focal_point(&t.value));
    }

    // Tags: as written (nothing lost), then the links they stand for.
    for (i, t) in plan.tags.iter().enumerate() {
        let tag = sub(&format!("tag/{}", i + 1));
        g.add(p.clone(), alp::TAG_P, tag.clone());
        g.add(tag.clone(), rdf::TYPE, alp::TAG);
        g.string(&tag, alp::KEY, &t.key);
        g.string(&tag, alp::VALUE, &t.value);
        g.string(&tag, alp::NORMALIZED_VALUE, &t.normalized);
        g.int(&tag, alp::ORDER, i + 1);
        g.int(&tag, alp::SOURCE_LINE, t.line);
    }
    for kind in ConceptKind::ALL {
        let Some(key) = kind.tag_key() else { continue };
        let mut seen = BTreeSet::new();
        for t in plan.tag_values(key).filter(|t| !t.normalized.is_empty()) {
            if seen.insert(&t.normalized) {
                g.add(
                    p.clone(),
                    kind.property(),
                    iris.concept(kind, &t.normalized),
                );
            }
        }
    }
    let mut sdgs = BTreeSet::new();
    for t in plan.tag_values("sdgs").filter(|t| !t.normalized.is_empty()) {
        match sdg_number(&t.value) {
            Some(n) => {
                if sdgs.insert(n) {
                    g.add(p.clone(), alp::SDG_P, sdg_iri(n));
                }
            }
            None => warn(
                t.line,
                "unknown-sdg",
                format!(
                    "SDG tag `{}` names no goal 1-17: kept as a tag only",
                    t.value
                ),
            ),
        }
    }

    // Every question/answer record.
    let mut n = 0;
    for section in &plan.sections {
        let lang = section_kind(&section.heading).and_then(|(_, l)| l.tag());
        for item in &section.items {
            n += 1;
            let a = sub(&format!("answer/{n}"));
            g.add(p.clone(), alp::HAS_ANSWER, a.clone());
            g.add(a.clone(), rdf::TYPE, alp::ANSWER);
            if !item.question.is_empty() {
                g.lang(&a, alp::QUESTION, &item.question, Some("en"));
            }
            if !item.answer.is_empty() {
                g.string(&a, alp::ANSWER_TEXT, &item.answer);
            }
            if !section.heading.is_empty() {
                g.lang(&a, alp::SECTION, &section.heading, lang);
            }
            if let Some(i) = &item.instructions {
                g.lang(&a, alp::INSTRUCTIONS, i, Some("en"));
            }
            if let Some(c) = item.context.as_ref().filter(|c| !c.is_empty()) {
                g.lang(&a, alp::CONTEXT, c, Some("en"));
            }
            if let Some(gr) = item.group {
                g.int(&a, alp::GROUP, gr);
            }
            if let Some(k) = item.kind {
                g.string(&a, alp::QUESTION_KIND, &question_kind_name(k));
            }
            g.int(&a, alp::ORDER, n);
            g.int(
                &a,
                alp::SOURCE_LINE,
                if item.answer.is_empty() {
                    item.line
                } else {
                    item.answer_line
                },
            );
        }
    }

    // Derived structure.
    let d = &plan.derived;
    let iso3 = country.map(|c| c.iso3);
    let resolutions = resolver.resolve_plan(d.partners.iter().map(|p| p.name.as_str()), iso3);
    let mut dropped = 0;
    let mut drop = |g: &mut Graph, text: &str, reason: &str, line: usize| {
        dropped += 1;
        let node = sub(&format!("dropped-mention/{dropped}"));
        g.add(p.clone(), alp::HAS_DROPPED_MENTION, node.clone());
        g.add(node.clone(), rdf::TYPE, alp::DROPPED_MENTION);
        g.string(&node, alp::TEXT, text);
        g.string(&node, alp::REASON, reason);
        g.int(&node, alp::SOURCE_LINE, line);
    };
    for m in &d.dropped_partners {
        drop(&mut g, &m.text, &m.reason, m.line);
    }
    for (i, a) in d.acronyms.iter().enumerate() {
        let node = sub(&format!("acronym-definition/{}", i + 1));
        g.add(p.clone(), alp::HAS_ACRONYM_DEFINITION, node.clone());
        g.add(node.clone(), rdf::TYPE, alp::ACRONYM_DEFINITION);
        g.string(&node, alp::DEFINED_ACRONYM, &a.value.acronym);
        g.string(&node, alp::EXPANSION, &a.value.name);
        g.int(&node, alp::SOURCE_LINE, a.line);
    }
    for (partner, r) in d.partners.iter().zip(&resolutions) {
        if let Some(dec) = resolver.curation.not_an_organisation(&partner.name, iso3) {
            drop(
                &mut g,
                &partner.name,
                &format!("not-an-organisation ({})", dec.source),
                partner.line,
            );
            continue;
        }
        let ps = sub(&format!("partnership/{}", partner.order));
        g.add(p.clone(), alp::HAS_PARTNERSHIP, ps.clone());
        g.add(ps.clone(), rdf::TYPE, alp::PARTNERSHIP);
        g.add(ps.clone(), alp::PARTNER_P, iris.partner(&r.entity));
        g.string(&ps, alp::NAME_AS_WRITTEN, &partner.name);
        g.int(&ps, alp::ORDER, partner.order);
        g.add(ps.clone(), alp::RESOLVED_BY, method_iri(r.method));
        if let Some(note) = &r.note {
            g.string(&ps, alp::RESOLUTION_NOTE, note);
        }
        if let Some(dec) = resolver.curation.rename(&partner.name, iso3) {
            // The partner's label, as a curation file decides it (the vocabulary uses it).
            g.string(&ps, skos::PREF_LABEL, &dec.name_b);
            g.string(
                &ps,
                alp::RESOLUTION_NOTE,
                &format!("renamed by {}", dec.source),
            );
        }
        if let Some(s) = partner.sector {
            g.add(ps.clone(), alp::SECTOR_P, sector_iri(s));
        }
        if let Some(desc) = &partner.description {
            g.string(&ps, dcterms::DESCRIPTION, desc);
        }
        if let Some(acr) = &partner.acronym {
            g.string(&ps, alp::ACRONYM, acr);
        }
        if let Some(url) = partner
            .homepage
            .as_deref()
            .and_then(|u| NamedNode::new(u).ok())
        {
            g.add(ps.clone(), foaf::HOMEPAGE, url);
        }
        // A translation or expansion given in parentheses: another label of the partner.
        for gloss in crate::names::glosses(&partner.name) {
            g.string(&ps, skos::ALT_LABEL, &gloss);
        }
        g.int(&ps, alp::SOURCE_LINE, partner.line);
    }
    for ins in &d.insights {
        let i = sub(&format!("insight/{}", ins.order));
        g.add(p.clone(), alp::HAS_INSIGHT, i.clone());
        g.add(i.clone(), rdf::TYPE, alp::INSIGHT);
        g.string(&i, alp::TEXT, &ins.text);
        g.int(&i, alp::ORDER, ins.order);
        g.int(&i, alp::SOURCE_LINE, ins.line);
    }
    for (k, lq) in d.learning_questions.iter().enumerate() {
        let q = sub(&format!("learning-question/{}", k + 1));
        g.add(p.clone(), alp::HAS_LEARNING_QUESTION, q.clone());
        g.add(q.clone(), rdf::TYPE, alp::LEARNING_QUESTION);
        g.string(&q, alp::TEXT, &lq.text);
        g.int(&q, alp::ORDER, k + 1);
        for s in &lq.stages {
            g.add(q.clone(), alp::STAGE_P, stage_iri(*s));
        }
        g.int(&q, alp::SOURCE_LINE, lq.line);
    }
    for s in &d.stages {
        g.add(p.clone(), alp::STAGE_P, stage_iri(s.value));
    }
    let mut seen = BTreeSet::new();
    for h in &d.handover_outcomes {
        let norm = text::normalize_label(&h.value);
        if !norm.is_empty() && seen.insert(norm.clone()) {
            g.add(
                p.clone(),
                alp::HANDOVER_OUTCOME,
                iris.concept(ConceptKind::Handover, &norm),
            );
        }
    }
    for l in &d.links {
        if let Ok(iri) = NamedNode::new(&l.value) {
            g.add(p.clone(), schema::URL, iri);
        }
    }
    for l in &d.images {
        if let Ok(iri) = NamedNode::new(&l.value) {
            g.add(p.clone(), schema::IMAGE, iri);
        }
    }
    // Provenance of the graph, inside the graph, with the digest of everything above.
    let graph = ids.graph.clone();
    let digest = crate::canon::digest(&g.quads);
    g.add(graph.clone(), rdf::TYPE, alp::PLAN_GRAPH);
    g.string(&graph, alp::SOURCE_FILE, &source.file_name);
    g.string(&graph, alp::SOURCE_SHA256, &source.sha256);
    g.string(&graph, alp::ONTOLOGY_VERSION_P, vocab::ONTOLOGY_VERSION);
    match digest {
        Ok(d) => g.string(&graph, alp::CONTENT_DIGEST, &d),
        Err(e) => warn(0, "no-digest", e.to_string()),
    }
    MappedPlan {
        ids,
        quads: g.quads,
        warnings,
    }
}

/// The `alp:` individual of a resolution method.
pub fn method_iri(m: resolve::Method) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", alp::NS, m.local_name()))
}

/// The `alp:` individual of an organisation type.
pub fn org_type_iri(t: resolve::OrgType) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", alp::NS, t.local_name()))
}

fn question_kind_name(k: crate::model::QuestionKind) -> String {
    // The serde name (`partner-name`, `sector-partners`...), with the sector for the
    // per-sector questions (`sector-partners:academic`).
    match k {
        crate::model::QuestionKind::SectorPartners(s) => format!("sector-partners:{}", s.as_str()),
        k => serde_json::to_value(k)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    }
}

/// What the vocabulary graph is computed from: the mentions found in the plan graphs.
#[derive(Debug, Default, Clone)]
pub struct Mentions {
    /// (kind, slug of the normalised label) -> spellings as written, with counts. Keyed by
    /// the slug because that is what the concept IRI is minted from: `in-depth interviews`
    /// and `in depth interviews` are one concept.
    pub concepts: BTreeMap<(ConceptKind, String), BTreeMap<String, usize>>,
    /// Country ISO3 -> spellings used in plans.
    pub countries: BTreeMap<String, BTreeSet<String>>,
    /// Partner entity -> names as written (with counts) and acronyms.
    /// Keyed by the partner IRI the plan graphs link to.
    pub partners: BTreeMap<String, PartnerMentions>,
    /// SDG goal numbers used.
    pub sdgs: BTreeSet<u8>,
    /// Focal point e-mail addresses.
    pub focal_points: BTreeSet<String>,
}

#[derive(Debug, Default, Clone)]
pub struct PartnerMentions {
    /// How the partner was resolved (its kind, organisation and country).
    pub entity: Option<Entity>,
    pub names: BTreeMap<String, usize>,
    pub acronyms: BTreeSet<String>,
    pub homepages: BTreeSet<String>,
    /// A label a curation file gives the partner (`rename`).
    pub curated_label: Option<String>,
    /// Translations and other names given in parentheses.
    pub glosses: BTreeSet<String>,
}

impl Mentions {
    /// Adds what one plan graph mentions, read from its quads (as mapped, or as read back
    /// from the store: the same quads give the same mentions).
    pub fn add_plan_graph(&mut self, quads: &[Quad]) {
        use std::collections::HashMap;
        let lit = |o: &Term| match o {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        };
        let mut by_subject: HashMap<&NamedOrBlankNode, Vec<&Quad>> = HashMap::new();
        let mut iso3: Option<String> = None;
        for q in quads {
            by_subject.entry(&q.subject).or_default().push(q);
            if q.predicate == alp::COUNTRY_P {
                if let Term::NamedNode(c) = &q.object {
                    iso3 = c.as_str().rsplit('/').next().map(str::to_string);
                }
            }
        }
        let get = |s: &NamedOrBlankNode, p: NamedNodeRef<'_>| {
            by_subject
                .get(s)
                .and_then(|v| v.iter().find(|q| q.predicate == p))
                .and_then(|q| lit(&q.object))
        };
        // (order, name as written, acronym, partner IRI, homepage)
        type Row = (usize, String, Option<String>, String, Option<String>);
        let mut partners: Vec<Row> = Vec::new();
        let mut curated: Vec<(&NamedOrBlankNode, String)> = Vec::new();
        let mut glossed: Vec<(&NamedOrBlankNode, String)> = Vec::new();
        for q in quads {
            if q.predicate == alp::KEY {
                let (Some(key), value, norm) = (
                    lit(&q.object),
                    get(&q.subject, alp::VALUE).unwrap_or_default(),
                    get(&q.subject, alp::NORMALIZED_VALUE).unwrap_or_default(),
                ) else {
                    continue;
                };
                match key.as_str() {
                    "methods" => self.add_concept(ConceptKind::Method, &norm, value.trim()),
                    "datasources" => self.add_concept(ConceptKind::DataSource, &norm, value.trim()),
                    "thematic_areas" => {
                        self.add_concept(ConceptKind::ThematicArea, &norm, value.trim())
                    }
                    "country" => {
                        if let Some(c) = countries::lookup(&value) {
                            self.add_country(c.iso3, value.trim());
                        }
                    }
                    "focal_point" if value.contains('@') => self.add_focal_point(value.trim()),
                    "sdgs" => {
                        if let Some(n) = sdg_number(&value) {
                            self.add_sdg(n);
                        }
                    }
                    _ => {}
                }
            } else if q.predicate == alp::QUESTION_KIND
                && lit(&q.object).as_deref() == Some("handover")
            {
                if let Some(text) = get(&q.subject, alp::ANSWER_TEXT) {
                    self.add_handover_answer(&text);
                }
            } else if q.predicate == skos::PREF_LABEL
                && by_subject
                    .get(&q.subject)
                    .is_some_and(|v| v.iter().any(|x| x.predicate == alp::NAME_AS_WRITTEN))
            {
                if let Some(l) = lit(&q.object) {
                    curated.push((&q.subject, l));
                }
            } else if q.predicate == skos::ALT_LABEL {
                if let Some(l) = lit(&q.object) {
                    glossed.push((&q.subject, l));
                }
            } else if q.predicate == alp::NAME_AS_WRITTEN {
                let partner = by_subject
                    .get(&q.subject)
                    .and_then(|v| v.iter().find(|x| x.predicate == alp::PARTNER_P));
                if let (Some(name), Some(Term::NamedNode(p))) =
                    (lit(&q.object), partner.map(|x| &x.object))
                {
                    let order = get(&q.subject, alp::ORDER)
                        .and_then(|o| o.parse().ok())
                        .unwrap_or(0);
                    let homepage = by_subject.get(&q.subject).and_then(|v| {
                        v.iter()
                            .find(|x| x.predicate == foaf::HOMEPAGE)
                            .and_then(|x| match &x.object {
                                Term::NamedNode(n) => Some(n.as_str().to_string()),
                                _ => None,
                            })
                    });
                    partners.push((
                        order,
                        name,
                        get(&q.subject, alp::ACRONYM),
                        p.as_str().to_string(),
                        homepage,
                    ));
                }
            }
        }
        // Resolved again per plan from the names as written and the plan's country: the
        // same (deterministic) resolution the mapping used for each partnership's partner.
        partners.sort();
        let entities =
            resolve::resolve_plan(partners.iter().map(|p| p.1.as_str()), iso3.as_deref());
        for ((_, name, acronym, iri, homepage), entity) in partners.iter().zip(entities) {
            self.add_partner(iri, entity, name, acronym.as_deref());
            if let Some(h) = homepage {
                if let Some(m) = self.partners.get_mut(iri) {
                    m.homepages.insert(h.clone());
                }
            }
        }
        // The partner IRI a partnership links to.
        let partner_of = |s: &NamedOrBlankNode| {
            by_subject
                .get(s)
                .and_then(|v| v.iter().find(|x| x.predicate == alp::PARTNER_P))
                .and_then(|x| match &x.object {
                    Term::NamedNode(n) => Some(n.as_str().to_string()),
                    _ => None,
                })
        };
        for (s, label) in glossed {
            if let Some(m) = partner_of(s).and_then(|p| self.partners.get_mut(&p)) {
                m.glosses.insert(label);
            }
        }
        for (s, label) in curated {
            if let Some(m) = partner_of(s).and_then(|p| self.partners.get_mut(&p)) {
                if m.curated_label.as_ref().is_none_or(|l| label < *l) {
                    m.curated_label = Some(label);
                }
            }
        }
    }

    /// Adds the mentions of other plans. The result does not depend on the order plans
    /// are added or merged in (counts add up, sets join, the least entity and curated
    /// label win), so plans can be read in any order, a few at a time.
    pub fn merge(&mut self, other: Mentions) {
        for (k, spellings) in other.concepts {
            let mine = self.concepts.entry(k).or_default();
            for (w, n) in spellings {
                *mine.entry(w).or_default() += n;
            }
        }
        for (c, spellings) in other.countries {
            self.countries.entry(c).or_default().extend(spellings);
        }
        for (iri, p) in other.partners {
            let m = self.partners.entry(iri).or_default();
            if let Some(e) = p.entity {
                if m.entity.as_ref().is_none_or(|mine| e < *mine) {
                    m.entity = Some(e);
                }
            }
            for (name, n) in p.names {
                *m.names.entry(name).or_default() += n;
            }
            m.acronyms.extend(p.acronyms);
            m.homepages.extend(p.homepages);
            m.glosses.extend(p.glosses);
            if let Some(l) = p.curated_label {
                if m.curated_label.as_ref().is_none_or(|mine| l < *mine) {
                    m.curated_label = Some(l);
                }
            }
        }
        self.sdgs.extend(other.sdgs);
        self.focal_points.extend(other.focal_points);
    }

    /// A tag value (as written) of a concept kind, with its normalised form.
    pub fn add_concept(&mut self, kind: ConceptKind, norm: &str, written: &str) {
        if norm.is_empty() {
            return;
        }
        *self
            .concepts
            .entry((kind, slug(norm)))
            .or_default()
            .entry(written.to_string())
            .or_default() += 1;
    }

    /// A country as a plan spells it.
    pub fn add_country(&mut self, iso3: &str, spelling: &str) {
        self.countries
            .entry(iso3.to_string())
            .or_default()
            .insert(spelling.to_string());
    }

    pub fn add_sdg(&mut self, n: u8) {
        self.sdgs.insert(n);
    }

    pub fn add_focal_point(&mut self, email: &str) {
        self.focal_points.insert(email.to_string());
    }

    /// A handover checklist answer: one outcome per line, as the parser derives them.
    pub fn add_handover_answer(&mut self, answer: &str) {
        for p in crate::parse::lists::split_items(answer) {
            if !crate::parse::lists::is_nil(&p.text) {
                let norm = text::normalize_label(&p.text);
                self.add_concept(ConceptKind::Handover, &norm, p.text.trim());
            }
        }
    }

    /// One mention of a partner (its IRI, the name as written, acronym, country).
    pub fn add_partner(&mut self, iri: &str, entity: Entity, name: &str, acronym: Option<&str>) {
        // A partner of another country (`AccLab Namibia` in Zambia's plan) links to that
        // country: the vocabulary describes it too.
        if let Entity::National { country, .. } | Entity::Collective { country, .. } = &entity {
            if let Some(c) = countries::lookup(country) {
                self.countries.entry(c.iso3.to_string()).or_default();
            }
        }
        let m = self.partners.entry(iri.to_string()).or_default();
        // The least entity, whatever order plans come in (one IRI is one entity anyway).
        if m.entity.as_ref().is_none_or(|e| entity < *e) {
            m.entity = Some(entity);
        }
        *m.names.entry(name.to_string()).or_default() += 1;
        if let Some(a) = acronym {
            m.acronyms.insert(a.to_string());
        }
    }
}

/// The most common spelling (ties: a name before an acronym, `Technical Planning
/// Secretariat` before `STP`; then the first in code-point order), then the others.
fn labels(spellings: &BTreeMap<String, usize>) -> (String, Vec<String>) {
    let named = |s: &str| !crate::names::is_acronym(s.trim());
    let pref = spellings
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then_with(|| named(a.0).cmp(&named(b.0)))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(s, _)| s.clone())
        .unwrap_or_default();
    let alts = spellings.keys().filter(|s| **s != pref).cloned().collect();
    (pref, alts)
}

/// The vocabulary graph: schemes and concepts, countries, partners, SDGs, focal points,
/// and the dataset description.
pub fn vocabulary(m: &Mentions, iris: &Iris, plans: usize) -> Vec<Quad> {
    let mut g = Graph {
        name: GraphName::NamedNode(iris.vocabulary_graph()),
        quads: Vec::new(),
    };
    let ds = iris.dataset();
    g.add(ds.clone(), rdf::TYPE, dcat::DATASET);
    g.string(
        &ds,
        dcterms::TITLE,
        "UNDP Accelerator Labs action learning plans",
    );
    g.string(
        &ds,
        dcterms::DESCRIPTION,
        &format!("{plans} action learning plans mapped by alpkg"),
    );
    g.add(
        ds.clone(),
        dcterms::LICENSE,
        NamedNode::new_unchecked("https://opensource.org/licenses/MIT"),
    );
    g.add(
        ds,
        dcterms::SOURCE,
        NamedNode::new_unchecked("https://github.com/UNDP-Accelerator-Labs/sdg-innovation-commons"),
    );

    for kind in ConceptKind::ALL {
        let scheme = iris.scheme(kind);
        g.add(scheme.clone(), rdf::TYPE, skos::CONCEPT_SCHEME);
        g.lang(&scheme, skos::PREF_LABEL, kind.scheme_label(), Some("en"));
    }
    for ((kind, key), spellings) in &m.concepts {
        let c = iris.concept(*kind, key);
        let (pref, alts) = labels(spellings);
        let norm = text::normalize_label(&pref);
        g.add(c.clone(), rdf::TYPE, skos::CONCEPT);
        g.add(c.clone(), skos::IN_SCHEME, iris.scheme(*kind));
        g.string(&c, skos::PREF_LABEL, &pref);
        for a in alts {
            g.string(&c, skos::ALT_LABEL, &a);
        }
        g.string(&c, alp::NORMALIZED_LABEL, &norm);
    }
    for (iso3, spellings) in &m.countries {
        let Some(c) = countries::lookup(iso3) else {
            continue;
        };
        let node = iris.country(c.iso3);
        g.add(node.clone(), rdf::TYPE, alp::COUNTRY);
        g.string(&node, skos::PREF_LABEL, c.name);
        for s in spellings.iter().filter(|s| s.as_str() != c.name) {
            g.string(&node, skos::ALT_LABEL, s);
        }
        g.string(&node, alp::ISO2, c.iso2);
        g.string(&node, alp::ISO3, c.iso3);
        if !c.m49.is_empty() {
            g.string(&node, alp::M49, c.m49);
        }
        g.string(&node, alp::REGION, c.region);
        g.string(&node, alp::SUBREGION, c.subregion);
        // The EU Publications Office authority table has Kosovo as XKX too.
        g.add(
            node,
            owl::SAME_AS,
            NamedNode::new_unchecked(format!(
                "http://publications.europa.eu/resource/authority/country/{}",
                c.iso3
            )),
        );
    }
    for (iri, pm) in &m.partners {
        let Some(entity) = &pm.entity else { continue };
        let node = NamedNode::new_unchecked(iri.clone());
        g.add(node.clone(), rdf::TYPE, org::ORGANIZATION);
        g.add(node.clone(), rdf::TYPE, alp::PARTNER);
        let mut acronyms: BTreeSet<&str> = pm.acronyms.iter().map(String::as_str).collect();
        match entity {
            Entity::International(_) => {
                let o = entity.organisation().expect("resolved from the table");
                g.add(node.clone(), rdf::TYPE, alp::INTERNATIONAL_ORGANISATION);
                g.string(&node, skos::PREF_LABEL, o.name);
                for name in pm.names.keys().filter(|n| n.as_str() != o.name) {
                    g.string(&node, skos::ALT_LABEL, name);
                }
                acronyms.extend(o.acronyms.iter().copied());
                g.string(&node, alp::PARTNER_SCOPE, "international");
                g.string(&node, alp::ORGANISATION_KIND, o.kind);
                if let Some(w) = o.wikidata.and_then(|w| NamedNode::new(w).ok()) {
                    g.add(node.clone(), owl::SAME_AS, w);
                }
                if let Some(id) = o.iati_identifier() {
                    g.string(&node, alp::IATI_IDENTIFIER, &id);
                }
            }
            Entity::National { country, .. } | Entity::Collective { country, .. } => {
                let (mut pref, mut alts) = labels(&pm.names);
                if let Some(c) = &pm.curated_label {
                    if *c != pref {
                        alts.push(std::mem::replace(&mut pref, c.clone()));
                        alts.retain(|a| a != c);
                        alts.sort();
                    }
                }
                g.string(&node, skos::PREF_LABEL, &pref);
                for a in alts {
                    g.string(&node, skos::ALT_LABEL, &a);
                }
                if entity.is_collective() {
                    g.add(node.clone(), rdf::TYPE, alp::COLLECTIVE_PARTNER);
                    g.string(&node, alp::PARTNER_SCOPE, "collective");
                } else {
                    g.string(&node, alp::PARTNER_SCOPE, "national");
                }
                if country != "xx" {
                    g.add(node.clone(), alp::COUNTRY_P, iris.country(country));
                }
            }
        }
        for a in acronyms {
            g.string(&node, alp::ACRONYM, a);
        }
        let official = entity.organisation().map(|o| o.name);
        for gl in &pm.glosses {
            if !pm.names.contains_key(gl) && official != Some(gl.as_str()) {
                g.string(&node, skos::ALT_LABEL, gl);
            }
        }
        for h in &pm.homepages {
            if let Ok(h) = NamedNode::new(h) {
                g.add(node.clone(), foaf::HOMEPAGE, h);
            }
        }
        let names: Vec<&str> = pm.names.keys().map(String::as_str).collect();
        if let Some((t, basis)) = resolve::org_type(entity, &names) {
            g.add(node.clone(), alp::ORGANISATION_TYPE_P, org_type_iri(t));
            g.string(&node, alp::ORGANISATION_TYPE_BASIS, &basis);
        }
    }
    for n in &m.sdgs {
        let node = sdg_iri(*n);
        g.add(node.clone(), rdf::TYPE, alp::SDG);
        g.add(
            node.clone(),
            alp::GOAL_NUMBER,
            Literal::new_typed_literal(n.to_string(), xsd::INTEGER),
        );
        g.lang(
            &node,
            skos::PREF_LABEL,
            SDG_TITLES[*n as usize - 1],
            Some("en"),
        );
        g.string(&node, skos::NOTATION, &n.to_string());
    }
    for email in &m.focal_points {
        let node = iris.focal_point(email);
        g.add(node.clone(), rdf::TYPE, foaf::PERSON);
        if let Ok(mbox) = NamedNode::new(format!("mailto:{email}")) {
            g.add(node.clone(), foaf::MBOX, mbox);
        }
        g.string(&node, foaf::MBOX_SHA1SUM, &mbox_sha1(email));
    }
    g.quads
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable_and_readable() {
        assert_eq!(
            slug("Ministère de l'Agriculture"),
            "ministere-de-l-agriculture"
        );
        assert_eq!(slug("__how_to  x_"), "__how_to-x_");
        assert_eq!(slug("citizen-generated data"), "citizen-generated-data");
        assert!(slug("!!!").starts_with('x'));
        assert_eq!(slug("!!!"), slug("!!!"));
    }

    #[test]
    fn sdg_numbers_whatever_the_spelling() {
        assert_eq!(sdg_number("10. Reduced innequalities"), Some(10));
        assert_eq!(sdg_number("17. Partnerships for the goals"), Some(17));
        assert_eq!(sdg_number("Goal 5"), Some(5));
        assert_eq!(sdg_number("SDG 13"), Some(13));
        assert_eq!(sdg_number("gender equality"), Some(5));
        assert_eq!(
            sdg_number("Industry innovation and infrastructure"),
            Some(9)
        );
        assert_eq!(sdg_number("18. Something"), None);
        assert_eq!(sdg_number("innovation"), None);
    }

    #[test]
    fn base_iri_is_checked() {
        assert!(Iris::new("https://example.org/kg").is_ok());
        assert_eq!(
            Iris::new("https://example.org/kg").unwrap().base(),
            "https://example.org/kg/"
        );
        assert!(Iris::new("not an iri").is_err());
    }

    #[test]
    fn mbox_sha1_follows_foaf() {
        // echo -n "mailto:a@b.org" | sha1sum
        assert_eq!(
            mbox_sha1("a@b.org"),
            "7844c23e3402b74795cd843f8e3321ebf70f33c2"
        );
    }

    #[test]
    fn mapping_is_deterministic_and_complete() {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/plans/2__empowering_rural_women_through_enabling_environment_of_women_creative_lab.md"
        ))
        .unwrap();
        let plan = crate::parse(&src).plan;
        let source = Source {
            file_name: "x.md".into(),
            sha256: "00".into(),
        };
        let iris = Iris::default();
        let a = map_plan(&plan, &source, &iris);
        let b = map_plan(&plan, &source, &iris);
        assert_eq!(a.quads, b.quads);
        let answers = a
            .quads
            .iter()
            .filter(|q| q.predicate == alp::ANSWER_TEXT)
            .count();
        assert_eq!(
            answers,
            plan.items().filter(|i| !i.answer.is_empty()).count()
        );
        assert!(a.quads.iter().any(|q| q.predicate == alp::COUNTRY_P
            && q.object
                == Term::from(NamedNode::new_unchecked(
                    "https://w3id.org/alpkg/id/country/KGZ"
                ))));
        assert!(a.warnings.is_empty());
    }
}
