//! Queries to a remote SPARQL endpoint (SPARQL 1.1 Protocol, POST as a form): what `alpkg
//! query --endpoint URL` asks a server-grade store (Oxigraph server, Fuseki, Virtuoso,
//! QLever, or another `alpkg serve`) instead of the local store.
//!
//! On ureq, a maintained blocking HTTP client. What it does not do: push data (issue 10's
//! `push`), or cache answers.

use std::time::Duration;

/// Why a remote query failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteError {
    #[error("cannot reach {endpoint}: {reason}")]
    Unreachable { endpoint: String, reason: String },
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
    let unreachable = |e: ureq::Error| RemoteError::Unreachable {
        endpoint: endpoint.to_string(),
        reason: e.to_string(),
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(timeout)
        .http_status_as_error(false)
        .build()
        .into();
    let mut resp = agent
        .post(endpoint)
        .header("Accept", accept)
        .header("User-Agent", concat!("alpkg/", env!("CARGO_PKG_VERSION")))
        .send_form([("query", sparql)])
        .map_err(unreachable)?;
    let status = resp.status().as_u16();
    let content_type = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let body = resp
        .body_mut()
        .with_config()
        .limit(1 << 30)
        .read_to_vec()
        .map_err(unreachable)?;
    if !(200..300).contains(&status) {
        let message = String::from_utf8_lossy(&body)
            .trim()
            .chars()
            .take(500)
            .collect();
        return Err(RemoteError::Status {
            endpoint: endpoint.to_string(),
            status,
            message,
        });
    }
    Ok(Answer { content_type, body })
}
