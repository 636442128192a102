//! Options shared by the commands that use the store: where it is, the base IRI.

use std::path::PathBuf;

use anyhow::Context;

use alpkg::mapping::Iris;
use alpkg::store::Store;

/// Default store directory, relative to the working directory.
pub const DEFAULT_STORE: &str = "alpkg-store";

#[derive(Debug, Clone, clap::Args)]
pub struct StoreArgs {
    /// Store directory (created if missing) [default: ./alpkg-store]
    #[arg(long, env = "ALPKG_STORE", value_name = "DIR", global = true)]
    pub store: Option<PathBuf>,
    /// Use a store in memory, gone when the command ends (with --load for one-shot runs).
    #[arg(long, global = true, conflicts_with = "store")]
    pub in_memory: bool,
    /// Base IRI for minted resources.
    #[arg(long, env = "ALPKG_BASE", value_name = "IRI", default_value = alpkg::vocab::DEFAULT_BASE, global = true)]
    pub base: String,
}

impl StoreArgs {
    pub fn open(&self) -> anyhow::Result<Store> {
        let iris = Iris::new(&self.base)?;
        if self.in_memory {
            return Ok(Store::in_memory(iris)?);
        }
        let dir = self
            .store
            .clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_STORE));
        Store::open(&dir, iris).with_context(|| format!("opening the store {}", dir.display()))
    }
}
