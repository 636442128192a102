//! The embedded Oxigraph store: the only code that opens it or writes to it.
//!
//! A store is a directory (RocksDB, persistent) or memory. Each plan is one named graph,
//! replaced atomically in one transaction; the vocabulary graph is recomputed from the
//! plan graphs after every change. What it does not do: parse markdown, mint IRIs (the
//! mapping does) or print.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, Term};
use oxigraph::store::StorageError;

use crate::mapping::{self, Iris, MappedPlan, Mentions};
use crate::privacy::FocalKey;
use crate::vocab::alp;

/// Why the store could not be opened or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("the store {path} is locked by another alpkg (or Oxigraph) process; wait for it to finish, or use another --store")]
    Locked { path: PathBuf },
    #[error("cannot open the store {path}: {source}")]
    Open { path: PathBuf, source: StorageError },
    #[error("cannot read or create the focal-point key {path}: {reason} (it is kept with the store; a store copied without it gets new focal-point IRIs at the next ingest)")]
    Key { path: PathBuf, reason: String },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The file, inside the store directory, that keeps the store's [`FocalKey`]: the secret
/// behind focal-point IRIs (see [`crate::privacy`]). Readable by its owner only.
pub const FOCAL_KEY_FILE: &str = "alpkg-focal-point.key";

/// The store's focal-point key: read from [`FOCAL_KEY_FILE`], or created (random, mode 0600)
/// the first time the store is opened.
fn focal_key(dir: &Path) -> Result<FocalKey, StoreError> {
    use std::io::Write;
    let path = dir.join(FOCAL_KEY_FILE);
    let err = |reason: String| StoreError::Key {
        path: path.clone(),
        reason,
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => return FocalKey::from_hex(&text).map_err(|e| err(e.to_string())),
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(err(e.to_string())),
        Err(_) => {}
    }
    let key = FocalKey::random();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(&path) {
        Ok(mut f) => {
            f.write_all(key.to_hex().as_bytes())
                .and_then(|_| f.sync_all())
                .map_err(|e| err(e.to_string()))?;
            Ok(key)
        }
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let text = std::fs::read_to_string(&path).map_err(|e| err(e.to_string()))?;
            FocalKey::from_hex(&text).map_err(|e| err(e.to_string()))
        }
        Err(e) => Err(err(e.to_string())),
    }
}

/// A plan graph present in the store, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPlan {
    pub graph: NamedNode,
    pub source_file: String,
    pub sha256: String,
    pub ontology_version: String,
    pub content_digest: Option<String>,
}

/// A plan's graph IRI, its country ISO3 (when known) and the partner names it mentions.
pub type CountryNames = (String, Option<String>, Vec<String>);

/// (partnership, partner) IRI pairs of one plan graph.
pub type Links = std::collections::BTreeSet<(String, String)>;

/// The alpkg store.
pub struct Store {
    inner: oxigraph::store::Store,
    iris: Iris,
}

impl Store {
    /// Opens (or creates) a persistent store in `dir`.
    pub fn open(dir: &Path, iris: Iris) -> Result<Self, StoreError> {
        if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(parent);
        }
        match oxigraph::store::Store::open(dir) {
            Ok(inner) => {
                let key = focal_key(dir)?;
                Ok(Store {
                    inner,
                    iris: iris.with_focal_key(key),
                })
            }
            Err(e) => {
                let msg = e.to_string();
                if msg.contains("LOCK") || msg.to_lowercase().contains("lock") {
                    Err(StoreError::Locked {
                        path: dir.to_path_buf(),
                    })
                } else {
                    Err(StoreError::Open {
                        path: dir.to_path_buf(),
                        source: e,
                    })
                }
            }
        }
    }

    /// A store in memory, gone when the process ends. Its focal-point key is the one `iris`
    /// holds (random unless given with [`Iris::with_focal_key`]).
    pub fn in_memory(iris: Iris) -> Result<Self, StoreError> {
        Ok(Store {
            inner: oxigraph::store::Store::new()?,
            iris,
        })
    }

    /// The Oxigraph store, for queries and exports.
    pub fn oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    pub fn iris(&self) -> &Iris {
        &self.iris
    }

    /// Plan graphs in the store, by graph IRI.
    pub fn plans(&self) -> Result<BTreeMap<String, StoredPlan>, StoreError> {
        let mut out = BTreeMap::new();
        for q in self
            .inner
            .quads_for_pattern(None, Some(alp::SOURCE_SHA256), None, None)
        {
            let q = q?;
            let (NamedOrBlankNodeRef::NamedNode(g), Term::Literal(sha)) =
                (q.subject.as_ref(), &q.object)
            else {
                continue;
            };
            let s = NamedOrBlankNodeRef::NamedNode(g);
            out.insert(
                g.as_str().to_string(),
                StoredPlan {
                    graph: g.into_owned(),
                    source_file: self.literal(s, alp::SOURCE_FILE)?.unwrap_or_default(),
                    sha256: sha.value().to_string(),
                    ontology_version: self
                        .literal(s, alp::ONTOLOGY_VERSION_P)?
                        .unwrap_or_default(),
                    content_digest: self.literal(s, alp::CONTENT_DIGEST)?,
                },
            );
        }
        Ok(out)
    }

    /// Replaces a plan's graph with the mapped quads, atomically.
    pub fn replace_plan(&self, plan: &MappedPlan) -> Result<(), StoreError> {
        let mut t = self.inner.start_transaction()?;
        t.clear_graph(GraphNameRef::NamedNode(plan.ids.graph.as_ref()))?;
        t.extend(plan.quads.iter());
        t.commit()?;
        Ok(())
    }

    /// Partner names (as written) of the stored plans not in `except`, with their plan's
    /// country ISO3: the rest of the corpus, for clustering.
    pub fn partner_mentions(
        &self,
        except: &std::collections::BTreeSet<String>,
    ) -> Result<Vec<CountryNames>, StoreError> {
        let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for q in self
            .inner
            .quads_for_pattern(None, Some(alp::NAME_AS_WRITTEN), None, None)
        {
            let q = q?;
            if let (Term::Literal(n), oxigraph::model::GraphName::NamedNode(g)) =
                (&q.object, &q.graph_name)
            {
                if !except.contains(g.as_str()) {
                    names
                        .entry(g.as_str().to_string())
                        .or_default()
                        .push(n.value().to_string());
                }
            }
        }
        let mut out = Vec::new();
        for (g, n) in names {
            let gn = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(&g));
            let iso3 = self
                .inner
                .quads_for_pattern(None, Some(alp::COUNTRY_P), None, Some(gn))
                .next()
                .transpose()?
                .and_then(|q| match q.object {
                    Term::NamedNode(c) => c.as_str().rsplit('/').next().map(str::to_string),
                    _ => None,
                });
            out.push((g, iso3, n));
        }
        Ok(out)
    }

    /// (partnership, partner) links of every plan graph, by graph IRI.
    pub fn partner_links(&self) -> Result<std::collections::HashMap<String, Links>, StoreError> {
        let mut out: std::collections::HashMap<
            String,
            std::collections::BTreeSet<(String, String)>,
        > = Default::default();
        for q in self
            .inner
            .quads_for_pattern(None, Some(alp::PARTNER_P), None, None)
        {
            let q = q?;
            if let oxigraph::model::GraphName::NamedNode(g) = &q.graph_name {
                out.entry(g.as_str().to_string())
                    .or_default()
                    .insert((q.subject.to_string(), q.object.to_string()));
            }
        }
        Ok(out)
    }

    /// Records a new source hash for a plan whose graph content did not change.
    pub fn set_source_sha256(
        &self,
        graph: NamedNodeRef<'_>,
        sha256: &str,
    ) -> Result<(), StoreError> {
        let g = GraphNameRef::NamedNode(graph);
        let mut t = self.inner.start_transaction()?;
        let old: Vec<Quad> = t
            .quads_for_pattern(Some(graph.into()), Some(alp::SOURCE_SHA256), None, Some(g))
            .collect::<Result<_, _>>()?;
        for q in &old {
            t.remove(q);
        }
        t.insert(oxigraph::model::QuadRef::new(
            graph,
            alp::SOURCE_SHA256,
            oxigraph::model::LiteralRef::new_simple_literal(sha256),
            g,
        ));
        t.commit()?;
        Ok(())
    }

    /// Inserts many quads in one atomic bulk load (much faster than a transaction; used for
    /// plans that are not in the store yet).
    pub fn bulk_insert(&self, quads: impl IntoIterator<Item = Quad>) -> Result<(), StoreError> {
        let mut loader = self
            .inner
            .bulk_loader()
            .with_max_memory_size_in_megabytes(256);
        loader.load_quads(quads)?;
        loader.commit()?;
        Ok(())
    }

    /// Writes the store's memory tables to disk, so the next process opens it quickly.
    pub fn flush(&self) -> Result<(), StoreError> {
        Ok(self.inner.flush()?)
    }

    /// Removes a plan's graph.
    pub fn remove_graph(&self, graph: NamedNodeRef<'_>) -> Result<(), StoreError> {
        let mut t = self.inner.start_transaction()?;
        t.clear_graph(GraphNameRef::NamedNode(graph))?;
        t.remove_named_graph(graph)?;
        t.commit()?;
        Ok(())
    }

    /// Recomputes the vocabulary graph from the plan graphs; returns its size.
    pub fn rebuild_vocabulary(&self) -> Result<usize, StoreError> {
        self.rebuild_vocabulary_with(&[])
    }

    /// Recomputes the vocabulary graph; the plans in `fresh` (just written) are read from
    /// memory, the others from the store, in parallel. Same result either way.
    pub fn rebuild_vocabulary_with(&self, fresh: &[&MappedPlan]) -> Result<usize, StoreError> {
        use rayon::prelude::*;
        let graphs: Vec<String> = self.plans()?.into_keys().collect();
        let in_memory: BTreeMap<&str, &MappedPlan> =
            fresh.iter().map(|m| (m.ids.graph.as_str(), *m)).collect();
        let read: Vec<Result<Option<Vec<Quad>>, StoreError>> = graphs
            .par_iter()
            .map(|g| {
                if in_memory.contains_key(g.as_str()) {
                    return Ok(None);
                }
                let gn = NamedNodeRef::new_unchecked(g);
                let quads: Vec<Quad> = self
                    .inner
                    .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(gn)))
                    .collect::<Result<_, _>>()?;
                Ok(Some(quads))
            })
            .collect();
        let mut mentions = Mentions::default();
        for (g, r) in graphs.iter().zip(read) {
            match r? {
                Some(quads) => mentions.add_plan_graph(&quads),
                None => mentions.add_plan_graph(&in_memory[g.as_str()].quads),
            }
        }
        let quads: Vec<Quad> = mapping::vocabulary(&mentions, &self.iris, graphs.len());
        let vocab = self.iris.vocabulary_graph();
        let mut t = self.inner.start_transaction()?;
        t.clear_graph(GraphNameRef::NamedNode(vocab.as_ref()))?;
        t.extend(quads.iter());
        t.commit()?;
        Ok(quads.len())
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize, StoreError> {
        Ok(self.inner.len()?)
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.inner.is_empty()?)
    }

    fn literal(
        &self,
        s: NamedOrBlankNodeRef<'_>,
        p: NamedNodeRef<'_>,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .inner
            .quads_for_pattern(Some(s), Some(p), None, None)
            .next()
            .transpose()?
            .and_then(|q| match q.object {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            }))
    }
}
