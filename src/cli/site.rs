//! `alpkg site OUT/`: the linked-data pages, per-resource Turtle and JSON-LD, dumps and the
//! dataset description as a static site.

use std::path::PathBuf;

use super::store::StoreArgs;
use super::Outcome;

/// Write the pages of `alpkg serve` as a static site for any static host.
///
/// Every IRI under the base gets a folder at its path with index.html, and .ttl and
/// .jsonld files beside it; the registries (/plans, /countries, /partners, /methods, /sdgs),
/// the home page, the dumps (/dump.ttl, /dump.nq) and the description (/void.ttl,
/// /.well-known/void). Publish the folder at the root of a host whose address replaces the
/// base IRI's scheme and host (a w3id.org redirect that keeps the path). Everything is the
/// public view (no personal data). OUT must be new, empty, or a site alpkg made before.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  alpkg site public/
  alpkg site public/ --site https://alp.example.org --publisher 'My Lab'
  python3 -m http.server -d public 8000     # look at it")]
pub struct Args {
    /// The folder to write.
    out: PathBuf,
    /// Where the site will be published (for the dataset description's URLs).
    #[arg(long, default_value = "http://127.0.0.1:8000", value_name = "URL")]
    site: String,
    /// A SPARQL endpoint serving the same data (an `alpkg serve`): named in the description,
    /// linked from the pages and where their query form posts. Without it the site has no
    /// query form, and the description names {site}/sparql.
    #[arg(long, value_name = "URL")]
    endpoint: Option<String>,
    #[command(flatten)]
    publisher: super::describe::PublisherArgs,
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<Outcome> {
    let store = store_args.open_read(false)?;
    let public = alpkg::export::public_copy(&store)?;
    drop(store);
    let mut site = alpkg::describe::Site::served_at(&args.site);
    if let Some(e) = &args.endpoint {
        site.endpoint = e.clone();
    }
    let bar = super::progress(20, "writing pages");
    let report = alpkg::site::build(
        &public,
        &args.out,
        &site,
        &args.publisher.publisher(),
        args.endpoint.as_deref(),
        |done, total| {
            if bar.length() != Some(total as u64) {
                bar.set_length(total as u64);
            }
            bar.set_position(done as u64);
        },
    )?;
    bar.finish_and_clear();
    eprintln!(
        "alpkg: {} resource pages, {} files in {}",
        report.resources,
        report.files,
        args.out.display()
    );
    Ok(Outcome::Ok)
}
