//! Options shared by the commands that use the store: where it is, the base IRI.

use std::path::PathBuf;

use anyhow::Context;

use alpkg::mapping::Iris;
use alpkg::store::Store;

/// Default store directory, relative to the working directory.
pub const DEFAULT_STORE: &str = "alpkg-store";

#[derive(Debug, Clone, clap::Args)]
pub struct StoreArgs {
    /// Store directory (made by `ingest`; read commands need it to exist) [default: ./alpkg-store]
    #[arg(long, env = "ALPKG_STORE", value_name = "DIR", global = true)]
    pub store: Option<PathBuf>,
    /// Use a store in memory, gone when the command ends (with --load for one-shot runs).
    #[arg(long, global = true, conflicts_with = "store")]
    pub in_memory: bool,
    /// A curation file of partner decisions (same, different, not-an-organisation, rename),
    /// applied at ingest after the shipped ontology/curation.tsv; may be repeated.
    #[arg(long, value_name = "FILE", global = true)]
    pub curation: Vec<PathBuf>,
    /// Base IRI for minted resources.
    #[arg(long, env = "ALPKG_BASE", value_name = "IRI", default_value = alpkg::vocab::DEFAULT_BASE, global = true)]
    pub base: String,
}

/// The curation decisions shipped with alpkg.
const SHIPPED_CURATION: &str = include_str!("../../ontology/curation.tsv");

impl StoreArgs {
    /// The shipped curation decisions, then those of every `--curation` file.
    pub fn curation(&self) -> anyhow::Result<alpkg::resolve::Curation> {
        let mut c = alpkg::resolve::Curation::parse(SHIPPED_CURATION, "ontology/curation.tsv")?;
        for path in &self.curation {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading the curation file {}", path.display()))?;
            let name = path.display().to_string();
            c.extend(alpkg::resolve::Curation::parse(&text, &name)?);
        }
        Ok(c)
    }

    /// The store directory (`--store`, `$ALPKG_STORE` or `./alpkg-store`).
    pub fn dir(&self) -> PathBuf {
        self.store
            .clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_STORE))
    }

    /// Opens the store for writing (`ingest`, `update`, a `--load`): created if missing;
    /// refused while any other process has it open.
    pub fn open(&self) -> anyhow::Result<Store> {
        let iris = Iris::new(&self.base)?;
        if self.in_memory {
            return Ok(Store::in_memory(iris)?);
        }
        let dir = self.dir();
        let store = Store::open(&dir, iris)
            .with_context(|| format!("opening the store {}", dir.display()))?;
        if store.recovered() {
            eprintln!(
                "alpkg: note: the last ingest into {} was interrupted; every plan graph is whole, and the vocabulary was rebuilt to match them",
                dir.display()
            );
        }
        Ok(store)
    }

    /// Opens the store for reading: it must exist (nothing is created), and any number of
    /// readers may share it. With `load` (plans to load first), it is opened for writing.
    pub fn open_read(&self, load: bool) -> anyhow::Result<Store> {
        if self.in_memory || load {
            return self.open();
        }
        let iris = Iris::new(&self.base)?;
        let dir = self.dir();
        // The error names the directory and says how to make a store: no more context.
        let store = Store::open_read_only(&dir, iris)?;
        if store.interrupted() {
            eprintln!(
                "alpkg: warning: the last ingest into {} was interrupted: every plan graph is whole, but the vocabulary (labels of partners, concepts, countries) may not match them; run `alpkg ingest` again to repair it",
                dir.display()
            );
        }
        Ok(store)
    }
}
