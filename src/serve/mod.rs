//! `alpkg serve`: the graph over HTTP, read-only. At start the public view of the store
//! (what `export --public` writes: no personal data) is copied into memory and every request
//! is answered from that copy, so nothing a query can reach holds an e-mail address; the
//! store itself stays open read-only, so that no writer changes it under the server.
//!
//! On axum (hyper, tower-http for gzip, CORS and the body limit): a maintained HTTP stack,
//! where Oxigraph's `oxhttp` calls itself naive and meant to sit behind a proxy. Queries run
//! on the blocking pool, each with a cancellation timer.
//!
//! Routes: `/sparql` (SPARQL 1.1 Protocol, see [`sparql`]); every IRI minted under the base
//! at its own path (`https://w3id.org/alpkg/id/plan/x` at `/alpkg/id/plan/x`, so a redirect
//! that keeps the path makes the public IRIs resolve) and `/describe?iri=` for any IRI, as
//! Turtle, JSON-LD, N-Triples, RDF/XML or an HTML page by `Accept` or `format=` (see
//! [`pages`]); the registries `/plans`, `/countries`, `/partners`, `/methods`, `/sdgs`; the
//! home page `/`. What it does not do: write, or fetch anything from another host.

pub mod negotiate;
pub mod pages;
pub mod sparql;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sha2::Digest;

use crate::export;
use crate::store::{Store, StoreError};

/// How to serve.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind: SocketAddr,
    /// Default and longest query time.
    pub timeout: Duration,
    /// Most rows or triples in one result.
    pub max_rows: usize,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Send `Access-Control-Allow-Origin: *` and answer preflight requests.
    pub cors: bool,
    /// Who publishes the dataset, for its description.
    pub publisher: crate::describe::Publisher,
    /// The address users reach the server at, when not the bound one (behind a proxy).
    pub public_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            timeout: Duration::from_secs(30),
            max_rows: 100_000,
            max_body: 1 << 20,
            cors: false,
            publisher: Default::default(),
            public_url: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Export(#[from] export::ExportError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Describe(#[from] crate::describe::DescribeError),
    #[error(transparent)]
    Query(#[from] crate::query::QueryError),
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// What the handlers share.
struct App {
    /// The public copy, in memory.
    served: Store,
    config: Config,
    /// Changes when the store's content changes (ontology version and every plan's digest).
    etag: String,
    url: String,
    /// Scheme and host of the base IRI (`https://w3id.org`), which paths are served under.
    origin: String,
    plans: usize,
    triples: usize,
    /// VoID and DCAT-AP 3 (Turtle), made at start.
    description: Vec<u8>,
    /// The network explorer page, made at start.
    network: String,
}

/// A tag of the store's state: the same plans with the same content give the same tag.
fn state_tag(store: &Store) -> Result<String, StoreError> {
    let mut h = sha2::Sha256::new();
    h.update(crate::vocab::ONTOLOGY_VERSION.as_bytes());
    for (id, p) in store.plans()? {
        h.update(id.as_bytes());
        h.update(p.content_digest.unwrap_or(p.sha256).as_bytes());
    }
    Ok(hex(&h.finalize()[..8]))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A server ready to run: the public copy made, the port bound.
pub struct Server {
    app: Arc<App>,
    listener: std::net::TcpListener,
    /// Keeps the store open read-only (and its reader lock held) while serving.
    _store: Store,
}

impl Server {
    /// Copies the public view of `store` and binds the address (port 0: any free port).
    pub fn new(store: Store, config: Config) -> Result<Server, ServeError> {
        let served = export::public_copy(&store)?;
        let etag = state_tag(&store)?;
        let listener =
            std::net::TcpListener::bind(config.bind).map_err(|source| ServeError::Bind {
                addr: config.bind,
                source,
            })?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let root = config
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{addr}"))
            .trim_end_matches('/')
            .to_string();
        let url = format!("{root}/sparql");
        let description = {
            let quads = crate::describe::describe(
                &served,
                &crate::describe::Site::served_at(&root),
                &config.publisher,
            )?;
            let mut out = Vec::new();
            let mut ser = oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::Turtle);
            for (p, ns) in crate::describe::PREFIXES {
                ser = ser.with_prefix(*p, *ns).expect("valid prefixes");
            }
            let mut w = ser.for_writer(&mut out);
            for q in &quads {
                w.serialize_quad(q)?;
            }
            w.finish()?;
            out
        };
        let origin = pages::origin_of(store.iris().base());
        let network = {
            let rows = crate::network::load_rows(&served)?;
            let net = crate::network::Network::build(
                &rows,
                &crate::network::Filter::default(),
                crate::network::Projection::Full,
            );
            crate::network::explorer::html(&net, "alpkg partner network", Some(&origin))?
        };
        let plans = store.plans()?.len();
        let triples = served.len()?;
        Ok(Server {
            app: Arc::new(App {
                served,
                config,
                etag,
                url,
                origin,
                plans,
                triples,
                description,
                network,
            }),
            listener,
            _store: store,
        })
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Number of triples served.
    pub fn served_len(&self) -> Result<usize, StoreError> {
        self.app.served.len()
    }

    /// Serves until Ctrl-C (or SIGTERM).
    pub fn run(self) -> Result<(), ServeError> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(self.listener)?;
            axum::serve(listener, router(self.app))
                .with_graceful_shutdown(shutdown())
                .await
        })?;
        Ok(())
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

fn router(app: Arc<App>) -> Router {
    use tower_http::compression::CompressionLayer;
    use tower_http::limit::RequestBodyLimitLayer;
    let cors = app.config.cors;
    let max_body = app.config.max_body;
    let mut r = Router::new()
        .route("/sparql", get(sparql_get).post(sparql_post))
        .route("/", get(home))
        .route("/describe", get(describe))
        .route("/plans", get(registry))
        .route("/countries", get(registry))
        .route("/partners", get(registry))
        .route("/methods", get(registry))
        .route("/sdgs", get(registry))
        .route("/.well-known/void", get(well_known_void))
        .route("/network", get(network_page))
        .route("/assets/yasgui.min.js", get(asset))
        .route("/assets/yasgui.min.css", get(asset))
        .route("/dump.ttl", get(dump))
        .route("/dump.nq", get(dump))
        .fallback(get(resource))
        .with_state(app)
        .layer(RequestBodyLimitLayer::new(max_body))
        .layer(CompressionLayer::new());
    if cors {
        r = r.layer(tower_http::cors::CorsLayer::permissive());
    }
    r
}

fn pairs(s: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(s).unwrap_or_default()
}

async fn sparql_get(
    State(app): State<Arc<App>>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let req = sparql::Request::from_pairs(&pairs(q.as_deref().unwrap_or("")));
    answer(app, req, headers).await
}

async fn sparql_post(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let req = match ctype.as_str() {
        "application/x-www-form-urlencoded" => {
            sparql::Request::from_pairs(&pairs(&String::from_utf8_lossy(&body)))
        }
        "application/sparql-query" => match String::from_utf8(body.to_vec()) {
            Ok(q) => sparql::Request {
                query: Some(q),
                ..Default::default()
            },
            Err(_) => return reply(sparql::Reply::text(400, "the query is not UTF-8")),
        },
        "application/sparql-update" => sparql::Request {
            update: true,
            ..Default::default()
        },
        other => {
            return reply(sparql::Reply::text(
                415,
                format!("a POST to /sparql is a form (application/x-www-form-urlencoded) or application/sparql-query, not `{other}`"),
            ))
        }
    };
    answer(app, req, headers).await
}

async fn answer(app: Arc<App>, req: sparql::Request, headers: HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    // One query, one Accept, one store state: one tag.
    let tag = {
        let mut h = sha2::Sha256::new();
        h.update(app.etag.as_bytes());
        h.update(format!("{req:?}").as_bytes());
        h.update(accept.as_deref().unwrap_or("").as_bytes());
        format!("\"{}-{}\"", app.etag, hex(&h.finalize()[..8]))
    };
    if !req.update {
        if let Some(r) = not_modified(&headers, &tag) {
            return r;
        }
    }
    let a = app.clone();
    let result = tokio::task::spawn_blocking(move || {
        let endpoint = sparql::Endpoint {
            store: &a.served,
            timeout: a.config.timeout,
            max_rows: a.config.max_rows,
            url: a.url.clone(),
            origin: a.origin.clone(),
        };
        endpoint.answer(&req, accept.as_deref())
    })
    .await;
    let mut r = match result {
        Ok(rep) => {
            let ok = rep.status == 200;
            let mut r = reply(rep);
            if ok {
                add_common(&mut r, &tag);
            }
            r
        }
        Err(e) => reply(sparql::Reply::text(500, format!("the query failed: {e}"))),
    };
    r.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept"));
    r
}

/// 304 when the request's `If-None-Match` holds the tag (or `*`).
fn not_modified(headers: &HeaderMap, tag: &str) -> Option<Response> {
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    matches.then(|| {
        let mut r = StatusCode::NOT_MODIFIED.into_response();
        add_common(&mut r, tag);
        r
    })
}

fn add_common(r: &mut Response, tag: &str) {
    if let Ok(v) = HeaderValue::from_str(tag) {
        r.headers_mut().insert(header::ETAG, v);
    }
    r.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept"));
}

fn reply(rep: sparql::Reply) -> Response {
    let status = StatusCode::from_u16(rep.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut r = (status, rep.body).into_response();
    if let Ok(v) = HeaderValue::from_str(&rep.content_type) {
        r.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    for (k, v) in rep.headers {
        if let Ok(v) = HeaderValue::from_str(&v) {
            r.headers_mut().insert(k, v);
        }
    }
    r
}

const RESOURCE_TYPES: &[(&str, Option<oxigraph::io::RdfFormat>)] = &[
    ("text/turtle", Some(oxigraph::io::RdfFormat::Turtle)),
    (
        "application/ld+json",
        Some(oxigraph::io::RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        }),
    ),
    (
        "application/n-triples",
        Some(oxigraph::io::RdfFormat::NTriples),
    ),
    ("application/rdf+xml", Some(oxigraph::io::RdfFormat::RdfXml)),
    ("text/html", None),
];

/// The media type a resource's `format=` names.
fn resource_format(name: &str) -> Option<&'static str> {
    Some(match name.to_ascii_lowercase().as_str() {
        "turtle" | "ttl" => "text/turtle",
        "jsonld" | "json-ld" | "json" => "application/ld+json",
        "ntriples" | "nt" => "application/n-triples",
        "rdfxml" | "rdf" | "xml" => "application/rdf+xml",
        "html" => "text/html",
        _ => return None,
    })
}

/// Describes one IRI in the format negotiated; 404 when the store holds nothing about it.
async fn describe_iri(
    app: Arc<App>,
    iri: String,
    format: Option<String>,
    headers: HeaderMap,
) -> Response {
    let accept = match format.as_deref() {
        Some(f) => match resource_format(f) {
            Some(m) => Some(m.to_string()),
            None => return reply(sparql::Reply::text(400, format!("unknown format `{f}`"))),
        },
        None => headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
    };
    let offers: Vec<&str> = RESOURCE_TYPES.iter().map(|(m, _)| *m).collect();
    let Some(i) = negotiate::choose(accept.as_deref(), &offers) else {
        return reply(sparql::Reply::text(
            406,
            format!("offered: {}", offers.join(", ")),
        ));
    };
    let tag = format!(
        "\"{}-{}\"",
        app.etag,
        hex(&sha2::Sha256::digest(format!("{iri} {i}").as_bytes())[..8])
    );
    if let Some(r) = not_modified(&headers, &tag) {
        return r;
    }
    let a = app.clone();
    let result = tokio::task::spawn_blocking(move || {
        let d = pages::describe(&a.served, &iri)?;
        let links = pages::Links::new(a.served.iris().base());
        Some(match RESOURCE_TYPES[i].1 {
            Some(f) => (RESOURCE_TYPES[i].0.to_string(), pages::write_rdf(&d, f)),
            None => (
                "text/html; charset=utf-8".to_string(),
                pages::html(&a.served, &d, &links).into_bytes(),
            ),
        })
    })
    .await;
    match result {
        Ok(Some((ctype, body))) => {
            let mut r = reply(sparql::Reply {
                status: 200,
                content_type: ctype,
                body,
                headers: Vec::new(),
            });
            add_common(&mut r, &tag);
            r
        }
        Ok(None) => reply(sparql::Reply::text(
            404,
            "nothing is known of this IRI here",
        )),
        Err(e) => reply(sparql::Reply::text(500, e.to_string())),
    }
}

/// `/describe?iri=...[&format=...]`.
async fn describe(
    State(app): State<Arc<App>>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let p = pairs(q.as_deref().unwrap_or(""));
    let get = |k: &str| p.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let Some(iri) = get("iri") else {
        return reply(sparql::Reply::text(400, "give the IRI: /describe?iri=..."));
    };
    describe_iri(app, iri, get("format"), headers).await
}

/// Any other path: the IRI of the base's scheme and host with this path.
async fn resource(
    State(app): State<Arc<App>>,
    uri: axum::http::Uri,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let format = pairs(q.as_deref().unwrap_or(""))
        .into_iter()
        .find(|(k, _)| k == "format")
        .map(|(_, v)| v);
    let iri = format!("{}{}", app.origin, uri.path());
    describe_iri(app, iri, format, headers).await
}

async fn home(State(app): State<Arc<App>>) -> Response {
    html_reply(pages::yasgui_home(app.triples, app.plans))
}

const YASGUI_JS: &[u8] = include_bytes!("../../web/vendor/yasgui.min.js");
const YASGUI_CSS: &[u8] = include_bytes!("../../web/vendor/yasgui.min.css");

/// The vendored browser assets (YASGUI), from the binary.
async fn asset(uri: axum::http::Uri) -> Response {
    let (body, ctype) = match uri.path() {
        "/assets/yasgui.min.js" => (YASGUI_JS, "text/javascript; charset=utf-8"),
        "/assets/yasgui.min.css" => (YASGUI_CSS, "text/css; charset=utf-8"),
        _ => return reply(sparql::Reply::text(404, "no such asset")),
    };
    let mut r = (StatusCode::OK, body).into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    r
}

async fn registry(State(app): State<Arc<App>>, uri: axum::http::Uri) -> Response {
    let base = app.served.iris().base().to_string();
    let path = uri.path().trim_start_matches('/');
    let Some((_, title, pattern)) = pages::registries(&base)
        .into_iter()
        .find(|(p, _, _)| *p == path)
    else {
        return reply(sparql::Reply::text(404, "no such registry"));
    };
    let a = app.clone();
    let rows = tokio::task::spawn_blocking(move || pages::registry(&a.served, &pattern))
        .await
        .unwrap_or_default();
    let links = pages::Links::new(app.served.iris().base());
    html_reply(pages::registry_html(title, &rows, &links))
}

fn html_reply(body: String) -> Response {
    let mut r = (StatusCode::OK, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    r
}

async fn well_known_void(State(app): State<Arc<App>>) -> Response {
    let mut r = (StatusCode::OK, app.description.clone()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/turtle"),
    );
    r
}

/// The dumps the description lists: the served (public) data in Turtle or N-Quads.
async fn dump(State(app): State<Arc<App>>, uri: axum::http::Uri) -> Response {
    let (format, ctype) = if uri.path().ends_with(".nq") {
        (export::Format::NQuads, "application/n-quads")
    } else {
        (export::Format::Turtle, "text/turtle")
    };
    let a = app.clone();
    let body = tokio::task::spawn_blocking(move || {
        let mut out = Vec::new();
        export::write(&a.served, format, &export::Options::default(), &mut out).map(|_| out)
    })
    .await;
    match body {
        Ok(Ok(b)) => {
            let mut r = (StatusCode::OK, b).into_response();
            r.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
            add_common(&mut r, &format!("\"{}-{}\"", app.etag, ctype.len()));
            r
        }
        Ok(Err(e)) => reply(sparql::Reply::text(500, e.to_string())),
        Err(e) => reply(sparql::Reply::text(500, e.to_string())),
    }
}

async fn network_page(State(app): State<Arc<App>>) -> Response {
    html_reply(app.network.clone())
}
