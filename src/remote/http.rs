//! One HTTP client for every remote call (queries and pushes): authentication (HTTP Basic,
//! HTTP Digest as Virtuoso asks, a Bearer token as QLever asks), retries with backoff on
//! transient failures, and typed errors that name the URL.
//!
//! On ureq (a maintained blocking client) and `digest_auth` (the RFC 7616 computation).
//! The retry loop is ten lines of our own: the crates that wrap one (`backoff`, `retry`)
//! are unmaintained or async. What it does not do: follow a server's data model (that is
//! [`super::push`] and [`super::query`]), or cache answers.

use std::sync::Mutex;
use std::time::Duration;

use super::RemoteError;

/// How to authenticate to the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Auth {
    /// No credentials.
    #[default]
    None,
    /// HTTP Basic, sent with every request.
    Basic { user: String, password: String },
    /// HTTP Digest (RFC 7616): answered to the server's challenge (Virtuoso's `-auth`
    /// endpoints).
    Digest { user: String, password: String },
    /// Whichever of Basic or Digest the server's challenge asks for.
    Challenge { user: String, password: String },
    /// `Authorization: Bearer TOKEN` (QLever's access token, most API gateways).
    Bearer(String),
}

/// A response: status, media type (lower case, no parameters) and body.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// Settings of a [`Client`].
#[derive(Debug, Clone)]
pub struct Settings {
    pub auth: Auth,
    /// Time limit of one request (None: no limit).
    pub timeout: Option<Duration>,
    /// How many times a request is tried again after a transient failure (a refused or
    /// broken connection, 408, 429, 500, 502, 503, 504).
    pub retries: u32,
    /// The first wait before trying again; doubled each time, at most 30 s (or the
    /// server's `Retry-After`).
    pub backoff: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            auth: Auth::None,
            timeout: Some(Duration::from_secs(300)),
            retries: 4,
            backoff: Duration::from_millis(500),
        }
    }
}

/// A blocking HTTP client; keeps connections and a Digest challenge between requests.
pub struct Client {
    agent: ureq::Agent,
    settings: Settings,
    /// The last Digest challenge, answered again (nonce count + 1) until the server sends
    /// a new one.
    challenge: Mutex<Option<digest_auth::WwwAuthenticateHeader>>,
    /// Requests tried again so far (for the summary).
    retried: std::sync::atomic::AtomicUsize,
}

impl Client {
    pub fn new(settings: Settings) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(settings.timeout)
            .http_status_as_error(false)
            .user_agent(concat!("alpkg/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Client {
            agent,
            settings,
            challenge: Mutex::new(None),
            retried: Default::default(),
        }
    }

    /// How many requests were tried again after a transient failure.
    pub fn retried(&self) -> usize {
        self.retried.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Sends one request; tries again on transient failures; answers an authentication
    /// challenge once. A non-2xx answer is returned as it is, for the caller to judge.
    pub fn send(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<Response, RemoteError> {
        let mut attempt = 0u32;
        loop {
            let result = self.send_authenticated(method, url, headers, body);
            let wait = match &result {
                Ok((r, _)) if !transient(r.status) => return result.map(|(r, _)| r),
                Ok((_, retry_after)) => retry_after.unwrap_or_else(|| self.delay(attempt)),
                Err(RemoteError::Unreachable { .. }) => self.delay(attempt),
                Err(_) => return result.map(|(r, _)| r),
            };
            if attempt >= self.settings.retries {
                return result.map(|(r, _)| r);
            }
            attempt += 1;
            self.retried
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            std::thread::sleep(wait.min(Duration::from_secs(30)));
        }
    }

    fn delay(&self, attempt: u32) -> Duration {
        self.settings.backoff * 2u32.saturating_pow(attempt)
    }

    fn send_authenticated(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<(Response, Option<Duration>), RemoteError> {
        let preset = match &self.settings.auth {
            Auth::None | Auth::Challenge { .. } => None,
            Auth::Basic { user, password } => Some(basic(user, password)),
            Auth::Bearer(token) => Some(format!("Bearer {token}")),
            Auth::Digest { user, password } => self.answer_digest(user, password, method, url),
        };
        let (resp, challenge, retry_after) = self.once(method, url, headers, body, preset)?;
        if resp.status != 401 {
            return Ok((resp, retry_after));
        }
        // Answer the challenge once.
        let Some(challenge) = challenge else {
            return Ok((resp, retry_after));
        };
        let scheme = challenge
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let authorization = match (&self.settings.auth, scheme.as_str()) {
            (Auth::Digest { user, password }, "digest")
            | (Auth::Challenge { user, password }, "digest") => {
                let parsed = digest_auth::parse(&challenge).map_err(|e| RemoteError::Status {
                    endpoint: url.to_string(),
                    status: 401,
                    message: format!("cannot read the server's Digest challenge: {e}"),
                })?;
                *self.challenge.lock().expect("not poisoned") = Some(parsed);
                self.answer_digest(user, password, method, url)
            }
            (Auth::Challenge { user, password }, "basic") => Some(basic(user, password)),
            _ => None,
        };
        let Some(authorization) = authorization else {
            return Ok((resp, retry_after));
        };
        let (resp, _, retry_after) = self.once(method, url, headers, body, Some(authorization))?;
        Ok((resp, retry_after))
    }

    /// The Authorization header answering the kept Digest challenge, if there is one.
    fn answer_digest(&self, user: &str, password: &str, method: &str, url: &str) -> Option<String> {
        let mut kept = self.challenge.lock().expect("not poisoned");
        let challenge = kept.as_mut()?;
        let uri = request_target(url);
        let context = digest_auth::AuthContext::new_with_method(
            user,
            password,
            uri,
            None::<&[u8]>,
            digest_auth::HttpMethod::from(method.to_string()),
        );
        challenge.respond(&context).ok().map(|h| h.to_string())
    }

    /// One request: the response, the `WWW-Authenticate` challenge and `Retry-After`.
    fn once(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: &[u8],
        authorization: Option<String>,
    ) -> Result<(Response, Option<String>, Option<Duration>), RemoteError> {
        let unreachable = |e: ureq::Error| RemoteError::Unreachable {
            endpoint: url.to_string(),
            reason: e.to_string(),
        };
        let mut builder = ureq::http::Request::builder().method(method).uri(url);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        if let Some(a) = &authorization {
            builder = builder.header("Authorization", a);
        }
        let request = builder
            .body(body.to_vec())
            .map_err(|e| RemoteError::Unreachable {
                endpoint: url.to_string(),
                reason: format!("not a valid request: {e}"),
            })?;
        let mut resp = self.agent.run(request).map_err(unreachable)?;
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header("content-type")
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let challenge = header("www-authenticate");
        let retry_after = header("retry-after")
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let status = resp.status().as_u16();
        let body = resp
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_vec()
            .map_err(unreachable)?;
        Ok((
            Response {
                status,
                content_type,
                body,
            },
            challenge,
            retry_after,
        ))
    }
}

/// A failure worth trying again: the server is busy, restarting or behind a proxy that is.
fn transient(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
}

fn basic(user: &str, password: &str) -> String {
    format!("Basic {}", base64(format!("{user}:{password}").as_bytes()))
}

/// The request target of a URL (path and query), which a Digest answer signs.
fn request_target(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.find('/') {
        Some(i) => rest[i..].to_string(),
        None => "/".to_string(),
    }
}

/// Standard base64 of a short credential (RFC 4648). Twelve lines rather than a crate for
/// the one Basic header.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_of_credentials() {
        // RFC 7617's example, and the three padding cases of RFC 4648.
        assert_eq!(
            base64(b"Aladdin:open sesame"),
            "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
    }

    #[test]
    fn digest_signs_the_request_target() {
        assert_eq!(
            request_target("http://127.0.0.1:8890/sparql-graph-crud-auth?graph=http%3A%2F%2Fa"),
            "/sparql-graph-crud-auth?graph=http%3A%2F%2Fa"
        );
        assert_eq!(request_target("http://host"), "/");
    }

    #[test]
    fn transient_failures_are_retried_others_not() {
        assert!(transient(503) && transient(429));
        assert!(!transient(400) && !transient(401) && !transient(404) && !transient(201));
    }
}
