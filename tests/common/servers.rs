//! Real servers the tests start on loopback, each in its own temporary directory and
//! stopped when dropped: the Oxigraph server (`pip install oxigraph`), Virtuoso 7 (Debian's
//! `virtuoso-opensource`) and nginx (Debian's `nginx-light`, as an authenticating proxy).
//! `.ci/setup` installs them.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Child, Command, Stdio};

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until `url` answers (any HTTP status), at most 60 s.
pub fn wait_up(url: &str) {
    for _ in 0..240 {
        let out = Command::new("curl")
            .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", url])
            .output();
        if let Ok(o) = out {
            if o.stdout != b"000" && !o.stdout.is_empty() {
                return;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(250));
    }
    panic!("{url} did not come up");
}

/// A server process, killed when dropped.
pub struct Server {
    child: Child,
    /// The SPARQL query endpoint.
    pub sparql: String,
    /// The Graph Store Protocol endpoint.
    pub store: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `oxigraph serve` (read-write) on a new store in `dir`; queries see the union of the
/// graphs as their default graph, as alpkg's do.
pub fn oxigraph(dir: &Path) -> Server {
    let port = free_port();
    let child = Command::new("oxigraph")
        .args(["serve", "--location"])
        .arg(dir.join("oxigraph"))
        .args([
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--union-default-graph",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the Oxigraph CLI runs (pip install oxigraph; .ci/setup)");
    wait_up(&format!("http://127.0.0.1:{port}/"));
    Server {
        child,
        sparql: format!("http://127.0.0.1:{port}/query"),
        store: format!("http://127.0.0.1:{port}/store"),
    }
}

/// Virtuoso 7 with a new database in `dir` (user `dba`, password `dba`); its Graph Store
/// endpoint is `/sparql-graph-crud-auth`, behind HTTP Digest.
pub fn virtuoso(dir: &Path) -> Server {
    let (sql, http) = (free_port(), free_port());
    let d = dir.join("virtuoso");
    std::fs::create_dir_all(&d).unwrap();
    let d = d.display();
    let ini = format!(
        "[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"
    );
    let ini_path = format!("{d}/virtuoso.ini");
    std::fs::write(&ini_path, ini).unwrap();
    let child = Command::new("virtuoso-t")
        .args(["-f", "-c", &ini_path])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Virtuoso runs (apt-get install virtuoso-opensource; .ci/setup)");
    wait_up(&format!("http://127.0.0.1:{http}/sparql"));
    Server {
        child,
        sparql: format!("http://127.0.0.1:{http}/sparql"),
        store: format!("http://127.0.0.1:{http}/sparql-graph-crud-auth"),
    }
}

/// nginx in front of `upstream` (host:port): on one port HTTP Basic (user `alice`,
/// password `wonder land`), on another a bearer token (`s3cret-token`). Returns the server
/// and the two base URLs.
pub fn nginx_auth(dir: &Path, upstream: &str) -> (Server, String, String) {
    let (basic, bearer) = (free_port(), free_port());
    let d = dir.join("nginx");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("htpasswd"), "alice:{PLAIN}wonder land\n").unwrap();
    let p = d.display();
    let conf = format!(
        "worker_processes 1;
daemon off;
pid {p}/nginx.pid;
error_log {p}/error.log;
events {{ worker_connections 64; }}
http {{
  access_log off;
  client_body_temp_path {p}/body;
  proxy_temp_path {p}/proxy;
  fastcgi_temp_path {p}/fastcgi;
  uwsgi_temp_path {p}/uwsgi;
  scgi_temp_path {p}/scgi;
  client_max_body_size 256m;
  server {{
    listen 127.0.0.1:{basic};
    location / {{
      auth_basic \"alpkg test\";
      auth_basic_user_file {p}/htpasswd;
      proxy_pass http://{upstream};
    }}
  }}
  server {{
    listen 127.0.0.1:{bearer};
    location / {{
      if ($http_authorization != \"Bearer s3cret-token\") {{ return 401; }}
      proxy_pass http://{upstream};
    }}
  }}
}}
"
    );
    std::fs::write(d.join("nginx.conf"), conf).unwrap();
    let child = Command::new("nginx")
        .arg("-p")
        .arg(&*p.to_string())
        .args(["-e", &format!("{p}/error.log"), "-c"])
        .arg(d.join("nginx.conf"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx runs (apt-get install nginx-light; .ci/setup)");
    wait_up(&format!("http://127.0.0.1:{basic}/"));
    wait_up(&format!("http://127.0.0.1:{bearer}/"));
    (
        Server {
            child,
            sparql: String::new(),
            store: String::new(),
        },
        format!("http://127.0.0.1:{basic}"),
        format!("http://127.0.0.1:{bearer}"),
    )
}
