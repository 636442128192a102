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
    #[error("the store {path} is in use by {holder}, which is writing it; try again when it has finished, or use another --store")]
    BeingWritten { path: PathBuf, holder: String },
    #[error("the store {path} is open for reading by another process (an `alpkg serve`, `query`, `export`...); a writer must not run under a reader: stop the reader, then run this command again")]
    BeingRead { path: PathBuf },
    #[error("there is no store at {path}; make one with `alpkg ingest PLANS --store {path}` (or give --store DIR)")]
    Missing { path: PathBuf },
    #[error("cannot open the store {path}: {source}")]
    Open { path: PathBuf, source: StorageError },
    #[error("cannot read or create the focal-point key {path}: {reason} (it is kept with the store; a store copied without it gets new focal-point IRIs at the next ingest)")]
    Key { path: PathBuf, reason: String },
    #[error("cannot write {path}: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("the disk that holds the store {path} is full (no space left on device): free some space, or use another --store; every plan is still whole, its old graph or its new one, and the next ingest sends what is missing")]
    DiskFull { path: PathBuf },
    #[error("the store directory {path} is read-only (a read-only file system, or no write permission): a command that writes the store needs a writable directory; read commands (query, export, serve) work on it")]
    ReadOnly { path: PathBuf },
    #[error("cannot open the lock file {path}: {reason}")]
    Lock { path: PathBuf, reason: String },
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

/// The file, inside the store directory, that coordinates processes: readers hold a shared
/// lock on it, a writer an exclusive one, and the writer writes who it is into it.
/// Oxigraph's own `LOCK` only keeps two writers apart; a read-only RocksDB open beside a
/// writer is undefined behaviour, so this lock keeps readers and writers apart as well.
pub const LOCK_FILE: &str = "alpkg.lock";

/// Who holds a store: the process and command line written into [`LOCK_FILE`] by a writer.
fn holder_of(lock: &Path) -> String {
    match std::fs::read_to_string(lock) {
        Ok(t) if !t.trim().is_empty() => t.trim().to_string(),
        _ => "another alpkg process".to_string(),
    }
}

/// Takes the coordination lock of a store directory: shared for a reader, exclusive for a
/// writer. Never waits.
fn take_lock(dir: &Path, write: bool) -> Result<Option<std::fs::File>, StoreError> {
    use std::fs::TryLockError;
    use std::io::Write;
    let path = dir.join(LOCK_FILE);
    let opened = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path);
    let file = match opened {
        Ok(f) => f,
        Err(e) if is_read_only(&e) => {
            if write {
                return Err(StoreError::ReadOnly {
                    path: dir.to_path_buf(),
                });
            }
            // A reader of a read-only directory: nobody can write it, so the lock file,
            // when there is one, is only read.
            match std::fs::File::open(&path) {
                Ok(f) => f,
                Err(_) => return Ok(None),
            }
        }
        Err(e) => {
            return Err(StoreError::Lock {
                path: path.clone(),
                reason: e.to_string(),
            })
        }
    };
    let taken = if write {
        file.try_lock()
    } else {
        file.try_lock_shared()
    };
    match taken {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let holder = holder_of(&path);
            return Err(if write {
                // A writer's name in the file means a writer holds it; else readers do.
                if std::fs::read_to_string(&path).is_ok_and(|t| !t.trim().is_empty()) {
                    StoreError::BeingWritten {
                        path: dir.to_path_buf(),
                        holder,
                    }
                } else {
                    StoreError::BeingRead {
                        path: dir.to_path_buf(),
                    }
                }
            } else {
                StoreError::BeingWritten {
                    path: dir.to_path_buf(),
                    holder,
                }
            });
        }
        Err(TryLockError::Error(e)) => {
            return Err(StoreError::Lock {
                path,
                reason: e.to_string(),
            })
        }
    }
    if write {
        let me = format!(
            "pid {} (`{}`)",
            std::process::id(),
            std::env::args().collect::<Vec<_>>().join(" ")
        );
        let mut f = &file;
        let _ = f.set_len(0);
        let _ = f.write_all(me.as_bytes());
        let _ = f.sync_all();
    }
    Ok(Some(file))
}

/// Opens the RocksDB store of a directory (the `rocksdb` feature, on by default).
#[cfg(feature = "rocksdb")]
fn open_rocksdb(dir: &Path, read_only: bool) -> Result<oxigraph::store::Store, StorageError> {
    if read_only {
        oxigraph::store::Store::open_read_only(dir)
    } else {
        oxigraph::store::Store::open(dir)
    }
}

/// Without the `rocksdb` feature (fuzzing builds) there are only stores in memory.
#[cfg(not(feature = "rocksdb"))]
fn open_rocksdb(dir: &Path, _read_only: bool) -> Result<oxigraph::store::Store, StorageError> {
    Err(StorageError::Io(std::io::Error::other(format!(
        "{}: alpkg was built without the `rocksdb` feature, so it has no persistent store",
        dir.display()
    ))))
}

/// Whether an I/O error says the file system or the directory cannot be written.
fn is_read_only(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::PermissionDenied || e.raw_os_error() == Some(30)
    // EROFS
}

/// Whether a storage error is a full disk (ENOSPC, as RocksDB reports it).
fn is_disk_full(e: &StorageError) -> bool {
    let text = e.to_string();
    text.contains("No space left on device") || text.contains("os error 28")
}

/// Whether a directory holds a store (RocksDB's `CURRENT` file).
pub fn exists(dir: &Path) -> bool {
    dir.join("CURRENT").is_file()
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
/// (plan graph, ISO3 of its country, `(acronym, name)` definitions of its text).
pub type CountryDefinitions = ByGraph<(String, String)>;
/// (plan graph, ISO3 of its country, values read from the graph).
pub type ByGraph<T> = (String, Option<String>, Vec<T>);

/// (partnership, partner) IRI pairs of one plan graph.
pub type Links = std::collections::BTreeSet<(String, String)>;

/// The alpkg store.
pub struct Store {
    inner: oxigraph::store::Store,
    iris: Iris,
    /// The coordination lock ([`LOCK_FILE`]), held while the store is open.
    lock: Option<std::fs::File>,
    writable: bool,
    /// The store directory (None in memory).
    dir: Option<PathBuf>,
    /// Whether opening found an interrupted ingest and rebuilt the vocabulary.
    recovered: bool,
}

/// A bulk load in parts: see [`Store::loader`]. Nothing is visible before `commit`; a
/// loader dropped without it (or a process killed) leaves the store as it was.
pub struct Loader<'a> {
    store: &'a Store,
    inner: oxigraph::store::BulkLoader<'a>,
}

impl Loader<'_> {
    /// Adds quads to the load.
    pub fn add(&mut self, quads: impl IntoIterator<Item = Quad>) -> Result<(), StoreError> {
        let r = self.inner.load_quads(quads).map_err(StoreError::from);
        self.store.checked(r)
    }

    /// Makes everything added visible, atomically.
    pub fn commit(self) -> Result<(), StoreError> {
        let r = self.inner.commit().map_err(StoreError::from);
        self.store.checked(r)
    }
}

/// The file, inside the store directory, that marks changes in progress: created (and
/// synced) before an ingest writes its first plan, removed once the vocabulary graph
/// matches the plan graphs again. Each plan graph is written atomically; this file is what
/// tells, after a crash, that the vocabulary may describe plans that are not the ones
/// stored. The next writer that opens the store rebuilds the vocabulary first.
pub const PENDING_FILE: &str = "alpkg-ingest.pending";

impl Drop for Store {
    fn drop(&mut self) {
        // A writer clears its name before it lets go.
        if let Some(f) = &self.lock {
            if self.writable {
                let _ = f.set_len(0);
            }
        }
    }
}

impl Store {
    /// Opens (or creates) a persistent store in `dir`, for writing: no other process may
    /// have it open, for reading or writing.
    pub fn open(dir: &Path, iris: Iris) -> Result<Self, StoreError> {
        let _ = std::fs::create_dir_all(dir);
        let lock = take_lock(dir, true)?;
        match open_rocksdb(dir, false) {
            Ok(inner) => {
                let key = focal_key(dir)?;
                let mut store = Store {
                    inner,
                    iris: iris.with_focal_key(key),
                    lock,
                    writable: true,
                    dir: Some(dir.to_path_buf()),
                    recovered: false,
                };
                if store.interrupted() {
                    // Recovery: the plan graphs are whole (each was one transaction or
                    // bulk load); the vocabulary is made to match them again.
                    store.rebuild_vocabulary()?;
                    store.flush()?;
                    store.end_changes()?;
                    store.recovered = true;
                }
                Ok(store)
            }
            Err(e) => {
                let msg = e.to_string();
                if msg.contains("Read-only file system") || msg.contains("Permission denied") {
                    Err(StoreError::ReadOnly {
                        path: dir.to_path_buf(),
                    })
                } else if is_disk_full(&e) {
                    Err(StoreError::DiskFull {
                        path: dir.to_path_buf(),
                    })
                } else if msg.contains("LOCK") || msg.to_lowercase().contains("lock") {
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

    /// Opens an existing store in `dir` for reading only. Any number of readers may share
    /// it; none may open while a writer has it ([`StoreError::BeingWritten`]), and a writer
    /// cannot open under them ([`StoreError::BeingRead`]). A directory without a store is
    /// [`StoreError::Missing`]: nothing is created.
    pub fn open_read_only(dir: &Path, iris: Iris) -> Result<Self, StoreError> {
        if !exists(dir) {
            return Err(StoreError::Missing {
                path: dir.to_path_buf(),
            });
        }
        let lock = take_lock(dir, false)?;
        let inner = open_rocksdb(dir, true).map_err(|source| StoreError::Open {
            path: dir.to_path_buf(),
            source,
        })?;
        // The key only mints focal-point IRIs, which a reader never does; it is read when
        // it is there so that `Iris` is the store's own.
        let iris = match std::fs::read_to_string(dir.join(FOCAL_KEY_FILE))
            .ok()
            .and_then(|t| FocalKey::from_hex(&t).ok())
        {
            Some(key) => iris.with_focal_key(key),
            None => iris,
        };
        Ok(Store {
            inner,
            iris,
            lock,
            writable: false,
            dir: Some(dir.to_path_buf()),
            recovered: false,
        })
    }

    /// Whether the last ingest into this store was interrupted (killed, out of disk...)
    /// before its vocabulary was rebuilt: the plan graphs are whole, but the vocabulary
    /// may not match them until a writer opens the store ([`Store::open`] repairs it).
    pub fn interrupted(&self) -> bool {
        self.dir
            .as_ref()
            .is_some_and(|d| d.join(PENDING_FILE).exists())
    }

    /// Whether [`Store::open`] found an interrupted ingest and rebuilt the vocabulary.
    pub fn recovered(&self) -> bool {
        self.recovered
    }

    /// Marks changes in progress ([`PENDING_FILE`]), synced to disk, before the first write.
    pub fn begin_changes(&self) -> Result<(), StoreError> {
        let Some(dir) = &self.dir else {
            return Ok(());
        };
        let path = dir.join(PENDING_FILE);
        let err = |e: std::io::Error| StoreError::Write {
            path: path.clone(),
            reason: e.to_string(),
        };
        let f = std::fs::File::create(&path).map_err(err)?;
        f.sync_all().map_err(err)?;
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(err)
    }

    /// Clears the mark of [`Store::begin_changes`] once the vocabulary matches the plans.
    pub fn end_changes(&self) -> Result<(), StoreError> {
        let Some(dir) = &self.dir else {
            return Ok(());
        };
        let path = dir.join(PENDING_FILE);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(StoreError::Write {
                path,
                reason: e.to_string(),
            }),
        }
    }

    /// Whether this store was opened for writing.
    pub fn is_writable(&self) -> bool {
        self.writable
    }

    /// A store in memory, gone when the process ends. Its focal-point key is the one `iris`
    /// holds (random unless given with [`Iris::with_focal_key`]).
    pub fn in_memory(iris: Iris) -> Result<Self, StoreError> {
        Ok(Store {
            inner: oxigraph::store::Store::new()?,
            iris,
            lock: None,
            writable: true,
            dir: None,
            recovered: false,
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
        self.checked((|| -> Result<(), StoreError> {
            let mut t = self.inner.start_transaction()?;
            t.clear_graph(GraphNameRef::NamedNode(plan.ids.graph.as_ref()))?;
            t.extend(plan.quads.iter());
            t.commit()?;
            Ok(())
        })())
    }

    /// Partner names (as written) of the stored plans not in `except`, with their plan's
    /// country ISO3: the rest of the corpus, for clustering.
    pub fn partner_mentions(
        &self,
        except: &std::collections::BTreeSet<String>,
    ) -> Result<Vec<CountryNames>, StoreError> {
        self.literals_by_graph(alp::NAME_AS_WRITTEN, except, |_, n| Ok(n.to_string()))
    }

    /// The acronym definitions of every stored plan graph not in `except`, with the plan's
    /// country: (graph, ISO3, `(acronym, name)`s).
    pub fn acronym_definitions(
        &self,
        except: &std::collections::BTreeSet<String>,
    ) -> Result<Vec<CountryDefinitions>, StoreError> {
        self.literals_by_graph(alp::DEFINED_ACRONYM, except, |node, acronym| {
            let name = match node {
                Term::NamedNode(n) => self
                    .inner
                    .quads_for_pattern(Some(n.as_ref().into()), Some(alp::EXPANSION), None, None)
                    .next()
                    .transpose()?
                    .and_then(|q| match q.object {
                        Term::Literal(l) => Some(l.value().to_string()),
                        _ => None,
                    }),
                _ => None,
            };
            Ok((acronym.to_string(), name.unwrap_or_default()))
        })
    }

    /// The literal objects of one predicate, by plan graph (not those in `except`), each
    /// read with its subject by `read`, with the plan's country.
    fn literals_by_graph<T>(
        &self,
        predicate: NamedNodeRef<'_>,
        except: &std::collections::BTreeSet<String>,
        read: impl Fn(&Term, &str) -> Result<T, StoreError>,
    ) -> Result<Vec<ByGraph<T>>, StoreError> {
        let mut found: BTreeMap<String, Vec<T>> = BTreeMap::new();
        for q in self
            .inner
            .quads_for_pattern(None, Some(predicate), None, None)
        {
            let q = q?;
            if let (Term::Literal(n), oxigraph::model::GraphName::NamedNode(g)) =
                (&q.object, &q.graph_name)
            {
                if !except.contains(g.as_str()) {
                    let subject: Term = q.subject.clone().into();
                    let value = read(&subject, n.value())?;
                    found.entry(g.as_str().to_string()).or_default().push(value);
                }
            }
        }
        let mut out = Vec::new();
        for (g, n) in found {
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

    /// (partnership, partner) links of one plan graph.
    pub fn partner_links_of(&self, graph: NamedNodeRef<'_>) -> Result<Links, StoreError> {
        let mut out = Links::new();
        for q in self.inner.quads_for_pattern(
            None,
            Some(alp::PARTNER_P),
            None,
            Some(GraphNameRef::NamedNode(graph)),
        ) {
            let q = q?;
            out.insert((q.subject.to_string(), q.object.to_string()));
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
        let mut loader = self.loader();
        loader.add(quads)?;
        loader.commit()
    }

    /// A bulk load fed in parts ([`Loader::add`]) and made visible at once
    /// ([`Loader::commit`]): memory holds one part and the loader's buffer, not the load.
    pub fn loader(&self) -> Loader<'_> {
        Loader {
            store: self,
            inner: self
                .inner
                .bulk_loader()
                .with_max_memory_size_in_megabytes(256),
        }
    }

    /// Writes the store's memory tables to disk, so the next process opens it quickly.
    pub fn flush(&self) -> Result<(), StoreError> {
        #[cfg(feature = "rocksdb")]
        return self.checked((|| -> Result<(), StoreError> { Ok(self.inner.flush()?) })());
        #[cfg(not(feature = "rocksdb"))]
        Ok(())
    }

    /// Removes a plan's graph.
    pub fn remove_graph(&self, graph: NamedNodeRef<'_>) -> Result<(), StoreError> {
        self.checked((|| -> Result<(), StoreError> {
            let mut t = self.inner.start_transaction()?;
            t.clear_graph(GraphNameRef::NamedNode(graph))?;
            t.remove_named_graph(graph)?;
            t.commit()?;
            Ok(())
        })())
    }

    /// Recomputes the vocabulary graph from the plan graphs; returns its size.
    pub fn rebuild_vocabulary(&self) -> Result<usize, StoreError> {
        self.rebuild_vocabulary_with(Mentions::default(), &Default::default())
    }

    /// Recomputes the vocabulary graph: `fresh` holds the mentions of the plan graphs
    /// named in `fresh_graphs` (just written, read from memory); the other plan graphs are
    /// read from the store a few at a time, so memory holds the mentions (compact keys),
    /// never the whole corpus. [`Mentions`] do not depend on the order plans are added
    /// in, so the result is the same either way.
    pub fn rebuild_vocabulary_with(
        &self,
        mut mentions: Mentions,
        fresh_graphs: &std::collections::HashSet<String>,
    ) -> Result<usize, StoreError> {
        use rayon::prelude::*;
        let graphs: Vec<String> = self.plans()?.into_keys().collect();
        let others: Vec<&String> = graphs
            .iter()
            .filter(|g| !fresh_graphs.contains(*g))
            .collect();
        for chunk in others.chunks(64) {
            let read: Vec<Result<Mentions, StoreError>> = chunk
                .par_iter()
                .map(|g| {
                    let gn = NamedNodeRef::new_unchecked(g);
                    let quads: Vec<Quad> = self
                        .inner
                        .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(gn)))
                        .collect::<Result<_, _>>()?;
                    let mut m = Mentions::default();
                    m.add_plan_graph(&quads);
                    Ok(m)
                })
                .collect();
            for m in read {
                mentions.merge(m?);
            }
        }
        let quads: Vec<Quad> = mapping::vocabulary(&mentions, &self.iris, graphs.len());
        let vocab = self.iris.vocabulary_graph();
        self.checked((|| -> Result<(), StoreError> {
            let mut t = self.inner.start_transaction()?;
            t.clear_graph(GraphNameRef::NamedNode(vocab.as_ref()))?;
            t.extend(quads.iter());
            t.commit()?;
            Ok(())
        })())?;
        Ok(quads.len())
    }

    /// A full disk said as such, with the store's directory.
    fn checked<T>(&self, r: Result<T, StoreError>) -> Result<T, StoreError> {
        match r {
            Err(StoreError::Storage(e)) if is_disk_full(&e) => Err(StoreError::DiskFull {
                path: self.dir.clone().unwrap_or_default(),
            }),
            other => other,
        }
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
