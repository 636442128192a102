//! Remote SPARQL stores. Queries to a remote SPARQL endpoint (SPARQL 1.1 Protocol, POST as a
//! form): what `alpkg query --endpoint URL` asks a server-grade store (Oxigraph server, Fuseki, Virtuoso,
//! QLever, or another `alpkg serve`) instead of the local store.
//!
//! Stages: [`http`] (the client: authentication, retries), [`push`] (the graphs of the
//! store to a Graph Store Protocol endpoint, incrementally). What it does not do: read
//! markdown, write the local store, or cache answers.

pub mod http;
pub mod push;

use std::time::Duration;

pub use http::{Auth, Client, Settings};

/// Why a remote query failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteError {
    #[error("cannot reach {endpoint}: {reason}")]
    Unreachable { endpoint: String, reason: String },
    #[error("cannot read the results of {endpoint}: {message}")]
    Results { endpoint: String, message: String },
    #[error("{endpoint} answered {status}: {message}")]
    Status {
        endpoint: String,
        status: u16,
        message: String,
    },
}

/// An answer: its media type and its bytes.
#[derive(Debug)]
pub struct Answer {
    pub content_type: String,
    pub body: Vec<u8>,
}

/// Sends a query to `endpoint`, asking for `accept`, waiting at most `timeout`.
pub fn query(
    endpoint: &str,
    sparql: &str,
    accept: &str,
    timeout: Option<Duration>,
) -> Result<Answer, RemoteError> {
    let client = Client::new(Settings {
        timeout,
        // A query may be expensive and its error is not transient: asked once.
        retries: 0,
        ..Settings::default()
    });
    query_with(&client, endpoint, sparql, accept)
}

/// Sends a query to `endpoint` with `client` (its authentication and retries).
pub fn query_with(
    client: &Client,
    endpoint: &str,
    sparql: &str,
    accept: &str,
) -> Result<Answer, RemoteError> {
    let form = serde_urlencoded::to_string([("query", sparql)]).expect("strings encode");
    let resp = client.send(
        "POST",
        endpoint,
        &[
            ("Accept", accept),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        form.as_bytes(),
    )?;
    if !(200..300).contains(&resp.status) {
        return Err(RemoteError::status(endpoint, &resp));
    }
    Ok(Answer {
        content_type: resp.content_type,
        body: resp.body,
    })
}

impl RemoteError {
    /// The error of a non-2xx answer, with the start of what the server said.
    pub(crate) fn status(endpoint: &str, resp: &http::Response) -> Self {
        let message = String::from_utf8_lossy(&resp.body)
            .trim()
            .chars()
            .take(500)
            .collect();
        RemoteError::Status {
            endpoint: endpoint.to_string(),
            status: resp.status,
            message,
        }
    }
}
