//! `alpkg site OUT/`: the pages of `alpkg serve` as a static site for any static host. Every
//! IRI under the base gets a folder at its path with `index.html` (a host serves
//! `/alpkg/id/plan/x` as `/alpkg/id/plan/x/`), and `x.ttl` and `x.jsonld` beside it; the
//! registries, the home page, the Turtle and N-Quads dumps and the dataset description
//! (`void.ttl`, and `.well-known/void`) complete it. Everything is the public view.
//!
//! What it does not do: answer SPARQL (point `--site` of `describe` and the pages' query form
//! at an `alpkg serve` or another endpoint for that).

use std::path::{Path, PathBuf};

use crate::describe::{self, Publisher, Site};
use crate::export;
use crate::serve::pages;
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SiteError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Export(#[from] export::ExportError),
    #[error(transparent)]
    Describe(#[from] describe::DescribeError),
    #[error(transparent)]
    Query(#[from] crate::query::QueryError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} is not empty and holds no site of alpkg: choose an empty or new folder")]
    NotEmpty(PathBuf),
}

/// What was written.
#[derive(Debug, Default, Clone)]
pub struct SiteReport {
    pub resources: usize,
    pub files: usize,
}

fn write(path: &Path, bytes: &[u8], report: &mut SiteReport) -> Result<(), SiteError> {
    let err = |source| SiteError::Write {
        path: path.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    std::fs::write(path, bytes).map_err(err)?;
    report.files += 1;
    Ok(())
}

/// The file a site path maps to, or `None` for a path that would leave the folder.
fn under(out: &Path, path: &str) -> Option<PathBuf> {
    let mut p = out.to_path_buf();
    for seg in path.trim_matches('/').split('/') {
        if seg.is_empty() || seg == "." || seg == ".." || seg.contains('\\') {
            return None;
        }
        p.push(seg);
    }
    Some(p)
}

/// Builds the site of `public` (the public view of a store, see `export::public_copy`) in
/// `out`. Pages link to and post queries to `query_endpoint` when given (a static site has
/// no endpoint of its own). `progress` is called with (done, total) resources.
pub fn build(
    public: &Store,
    out: &Path,
    site: &Site,
    publisher: &Publisher,
    query_endpoint: Option<&str>,
    mut progress: impl FnMut(usize, usize),
) -> Result<SiteReport, SiteError> {
    const MARK: &str = ".alpkg-site";
    if out.exists()
        && std::fs::read_dir(out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false)
        && !out.join(MARK).exists()
    {
        return Err(SiteError::NotEmpty(out.to_path_buf()));
    }
    let mut report = SiteReport::default();
    write(&out.join(MARK), b"made by alpkg site\n", &mut report)?;
    let base = public.iris().base().to_string();
    let origin = pages::origin_of(&base);
    let links = pages::Links {
        base: base.clone(),
        origin: origin.clone(),
        static_site: true,
        endpoint: query_endpoint.map(str::to_string),
    };
    // Every named subject under the base.
    let mut subjects: Vec<String> = Vec::new();
    {
        let mut seen = std::collections::HashSet::new();
        for q in public.oxigraph().iter().flatten() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = &q.subject {
                if n.as_str().starts_with(&base) && seen.insert(n.as_str().to_string()) {
                    subjects.push(n.as_str().to_string());
                }
            }
        }
    }
    subjects.sort();
    let total = subjects.len();
    for (i, iri) in subjects.iter().enumerate() {
        progress(i, total);
        let Some(path) = links.path_of(iri) else {
            continue;
        };
        let (Some(dir), Some(d)) = (under(out, path), pages::describe(public, iri)) else {
            continue;
        };
        write(
            &dir.join("index.html"),
            pages::html(public, &d, &links).as_bytes(),
            &mut report,
        )?;
        let ttl = pages::write_rdf(&d, oxigraph::io::RdfFormat::Turtle);
        let jsonld = pages::write_rdf(
            &d,
            oxigraph::io::RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        );
        write(&dir.with_extension_of("ttl"), &ttl, &mut report)?;
        write(&dir.with_extension_of("jsonld"), &jsonld, &mut report)?;
        report.resources += 1;
    }
    progress(total, total);
    // Registries and home.
    let registries = pages::registries(&base);
    for (file, title, pattern) in &registries {
        let rows = pages::registry(public, pattern);
        write(
            &out.join(file).join("index.html"),
            pages::registry_html(title, &rows, &links).as_bytes(),
            &mut report,
        )?;
    }
    // The network explorer.
    let rows = crate::network::load_rows(public)?;
    let net = crate::network::Network::build(
        &rows,
        &crate::network::Filter::default(),
        crate::network::Projection::Full,
    );
    let page = crate::network::explorer::html(&net, "alpkg partner network", Some(&origin))
        .map_err(|source| SiteError::Write {
            path: out.join("network"),
            source,
        })?;
    write(
        &out.join("network").join("index.html"),
        page.as_bytes(),
        &mut report,
    )?;
    let plans = pages::registry(public, &registries[0].2).len();
    write(
        &out.join("index.html"),
        pages::home(public.len()?, plans, &links).as_bytes(),
        &mut report,
    )?;
    // Dumps and the description.
    for (file, format) in [
        ("dump.ttl", export::Format::Turtle),
        ("dump.nq", export::Format::NQuads),
    ] {
        let mut bytes = Vec::new();
        export::write(public, format, &export::Options::default(), &mut bytes)
            .map_err(SiteError::Export)?;
        write(&out.join(file), &bytes, &mut report)?;
    }
    let quads = describe::describe(public, site, publisher)?;
    let mut ttl = Vec::new();
    {
        let mut ser = oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::Turtle);
        for (p, ns) in describe::PREFIXES {
            ser = ser.with_prefix(*p, *ns).expect("valid prefixes");
        }
        let mut w = ser.for_writer(&mut ttl);
        for q in &quads {
            let _ = w.serialize_quad(q);
        }
        let _ = w.finish();
    }
    write(&out.join("void.ttl"), &ttl, &mut report)?;
    write(&out.join(".well-known").join("void"), &ttl, &mut report)?;
    Ok(report)
}

/// `a/b/x` -> `a/b/x.ttl` (a sibling of the folder `x`, whatever dots `x` holds).
trait SiblingFile {
    fn with_extension_of(&self, ext: &str) -> PathBuf;
}

impl SiblingFile for PathBuf {
    fn with_extension_of(&self, ext: &str) -> PathBuf {
        let mut s = self.as_os_str().to_owned();
        s.push(".");
        s.push(ext);
        PathBuf::from(s)
    }
}
