//! `alpkg describe`: the VoID and DCAT-AP 3 description of the published dataset.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use super::store::StoreArgs;
use super::Outcome;

/// Who publishes the dataset and how to reach them (for `describe` and `serve`).
#[derive(Debug, Clone, clap::Args)]
pub struct PublisherArgs {
    /// The publisher's name (dct:publisher) [default: UNDP Accelerator Labs]
    #[arg(long, value_name = "NAME")]
    publisher: Option<String>,
    /// The publisher's IRI [default: https://www.undp.org/acceleratorlabs]
    #[arg(long, value_name = "IRI")]
    publisher_iri: Option<String>,
    /// A page where users reach the publisher (dcat:contactPoint) [default: https://sdg-innovation-commons.org]
    #[arg(long, value_name = "URL")]
    contact_url: Option<String>,
    /// An organisational address for the contact point (no default: say it if you want it published)
    #[arg(long, value_name = "ADDRESS")]
    contact_email: Option<String>,
}

impl PublisherArgs {
    pub fn publisher(&self) -> alpkg::describe::Publisher {
        let d = alpkg::describe::Publisher::default();
        let custom = self.publisher.is_some();
        alpkg::describe::Publisher {
            name: self.publisher.clone().unwrap_or(d.name),
            // A publisher named on the command line has no IRI of the default's.
            iri: self
                .publisher_iri
                .clone()
                .or(if custom { None } else { d.iri }),
            contact_url: self
                .contact_url
                .clone()
                .or(if custom { None } else { d.contact_url }),
            contact_email: self.contact_email.clone(),
        }
    }
}

/// The dataset described for catalogues: VoID (size, class and property partitions,
/// endpoint, dumps, vocabularies) and a DCAT-AP 3 catalogue (dataset, Turtle and N-Quads
/// distributions, the SPARQL endpoint as a data service, licence, publisher, contact).
///
/// Computed from the public view of the store (what `export --public` and `serve`
/// publish). The URLs are those of `alpkg serve` at --site (dumps at /dump.ttl and
/// /dump.nq, the endpoint at /sparql); `alpkg serve` answers the same at /.well-known/void.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  alpkg describe > void.ttl
  alpkg describe --site https://alp.example.org --publisher 'My Lab' --contact-url https://example.org/contact
  alpkg describe --format jsonld -o catalog.jsonld")]
pub struct Args {
    /// Output format: turtle, ntriples, jsonld, rdfxml.
    #[arg(long, default_value = "turtle")]
    format: String,
    /// Where the dataset is served (the root of `alpkg serve` or of a static site).
    #[arg(long, default_value = "http://127.0.0.1:7878", value_name = "URL")]
    site: String,
    /// The SPARQL endpoint, when not `{site}/sparql`.
    #[arg(long, value_name = "URL")]
    endpoint: Option<String>,
    #[command(flatten)]
    publisher: PublisherArgs,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<Outcome> {
    use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
    let format = match args.format.as_str() {
        "turtle" | "ttl" => RdfFormat::Turtle,
        "ntriples" | "nt" => RdfFormat::NTriples,
        "jsonld" => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        "rdfxml" => RdfFormat::RdfXml,
        f => anyhow::bail!("unknown --format `{f}`: turtle, ntriples, jsonld or rdfxml"),
    };
    let store = store_args.open_read(false)?;
    let public = alpkg::export::public_copy(&store)?;
    let mut site = alpkg::describe::Site::served_at(&args.site);
    if let Some(e) = args.endpoint {
        site.endpoint = e;
    }
    let quads = alpkg::describe::describe(&public, &site, &args.publisher.publisher())?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut ser = RdfSerializer::from_format(format);
    for (p, ns) in alpkg::describe::PREFIXES {
        ser = ser.with_prefix(*p, *ns)?;
    }
    let mut w = ser.for_writer(&mut out);
    for q in &quads {
        w.serialize_quad(q)?;
    }
    w.finish()?;
    out.flush()?;
    eprintln!("alpkg: {} triples of description", quads.len());
    Ok(Outcome::Ok)
}
