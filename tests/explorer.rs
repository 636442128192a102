//! The network explorer in a real browser: Debian's headless Chromium (installed by
//! `.ci/setup`) opens the page `alpkg network export --format html` writes, from `file://`,
//! and the one `alpkg serve` answers at `/network`; the page draws with WebGL, finds a partner
//! by name, shows its ego network and links to its page. The libraries inlined are the npm
//! builds recorded in `web/vendor/SHA256SUMS` (and, after `npm ci`, equal to `node_modules`).

mod common;

use std::path::Path;
use std::process::Command;

/// The DOM after the page's scripts ran, and a screenshot beside it.
fn chromium(url: &str, screenshot: &Path) -> String {
    let base = [
        "--headless=new",
        "--no-sandbox",
        "--enable-unsafe-swiftshader",
        "--use-angle=swiftshader",
        "--virtual-time-budget=20000",
        "--window-size=1200,800",
        // Any request to another host fails: the page must not need one.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];
    let out = Command::new("chromium")
        .args(base)
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("chromium runs (install it with .ci/setup)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shot = Command::new("chromium")
        .args(base)
        .arg(format!("--screenshot={}", screenshot.display()))
        .arg(url)
        .output()
        .unwrap();
    assert!(shot.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn attr<'a>(dom: &'a str, id: &str, name: &str) -> Option<&'a str> {
    let at = dom.find(&format!("id=\"{id}\""))?;
    let tag_start = dom[..at].rfind('<')?;
    let tag = &dom[tag_start..tag_start + dom[tag_start..].find('>')?];
    let key = format!("{name}=\"");
    let v = tag.find(&key)? + key.len();
    Some(&tag[v..v + tag[v..].find('"')?])
}

fn shots() -> std::path::PathBuf {
    let d = common::root().join("target/screenshots");
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn exported_explorer_works_from_file() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("network.html");
    let db = common::store_of_examples(tmp.path());
    common::alpkg_with_store(&db)
        .args(["network", "export", "--format", "html", "-o"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    // Self-contained: no script, style or image comes from anywhere.
    assert!(
        !html.contains(" src="),
        "a resource is loaded from elsewhere"
    );
    assert!(!html.contains("<link"));
    // The network inside, for comparison.
    let json = common::alpkg_with_store(&db)
        .args(["network", "export", "--format", "json"])
        .output()
        .unwrap()
        .stdout;
    let net: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let nodes = net["nodes"].as_array().unwrap();
    // A partner with the most links, found by its name.
    let partner = nodes
        .iter()
        .filter(|n| n["kind"] == "partner")
        .max_by_key(|n| {
            (
                n["degree"].as_u64().unwrap_or(0),
                n["id"].as_str().unwrap().to_string(),
            )
        })
        .unwrap();
    let label = partner["label"].as_str().unwrap();
    let degree = partner["degree"].as_u64().unwrap();
    let url = format!(
        "file://{}#q={}&ego=1",
        page.display(),
        label.replace(' ', "%20")
    );
    let dom = chromium(&url, &shots().join("explorer-file.png"));
    assert!(
        dom.contains("data-ready=\"true\""),
        "the scripts did not finish:\n{}",
        &dom[..dom.len().min(3000)]
    );
    assert!(dom.contains("class=\"sigma-nodes\""), "no WebGL canvas");
    assert_eq!(
        attr(&dom, "status", "data-nodes"),
        Some(nodes.len().to_string().as_str())
    );
    assert_eq!(
        attr(&dom, "status", "data-selected"),
        Some(html_escape::encode_double_quoted_attribute(label).as_ref())
    );
    // The ego view: the partner and its neighbours only.
    assert_eq!(
        attr(&dom, "status", "data-shown"),
        Some((degree + 1).to_string().as_str())
    );
    // From a file, the partner's page is its IRI.
    assert_eq!(attr(&dom, "open", "href"), partner["id"].as_str());
}

#[test]
fn served_explorer_links_to_partner_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let db = common::store_of_examples(tmp.path());
    let server = common::serve(&db, &[]);
    let sparql = server.url.clone();
    let root = sparql.trim_end_matches("/sparql");
    let dom = chromium(
        &format!("{root}/network#q=GS1"),
        &shots().join("explorer-served.png"),
    );
    // A partner's page, as a browser shows it: the plans it is named in.
    let page = chromium(
        &format!("{root}/alpkg/id/partner/gs1"),
        &shots().join("partner-page.png"),
    );
    assert!(page.contains("<h1>GS1</h1>"), "{page}");
    assert!(page.contains("plan(s) in 1 country"), "{page}");
    // A plan's page shows its partners, as the plan names them.
    let plan = chromium(
        &format!("{root}/alpkg/id/plan/clean_construction_system_application_in_gaziantep"),
        &shots().join("plan-page.png"),
    );
    assert!(plan.contains("<h2>Partners (3)</h2>"), "{plan}");
    for partner in [
        "Gaziantep Metropolitan Municipality",
        "UNDP Seoul Policy Centre",
    ] {
        assert!(plan.contains(partner), "{partner} not on the plan page");
    }
    drop(server);
    assert!(dom.contains("data-ready=\"true\""));
    assert_eq!(attr(&dom, "status", "data-selected"), Some("GS1"));
    // Served, a partner links to its page on the same server.
    assert_eq!(attr(&dom, "open", "href"), Some("/alpkg/id/partner/gs1"));
}

/// The inlined libraries are exactly the npm builds of `web/package-lock.json`.
#[test]
fn vendored_libraries_are_the_locked_npm_builds() {
    use sha2::Digest;
    let web = common::root().join("web");
    let sums = std::fs::read_to_string(web.join("vendor/SHA256SUMS")).unwrap();
    let lock: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(web.join("package-lock.json")).unwrap())
            .unwrap();
    for (file, package, path, licence) in [
        (
            "graphology.umd.min.js",
            "graphology",
            "dist/graphology.umd.min.js",
            "graphology",
        ),
        (
            "graphology-library.min.js",
            "graphology-library",
            "dist/graphology-library.min.js",
            "graphology-library",
        ),
        ("sigma.min.js", "sigma", "build/sigma.min.js", "sigma"),
        (
            "yasgui.min.js",
            "@zazuko/yasgui",
            "build/yasgui.min.js",
            "yasgui",
        ),
        (
            "yasgui.min.css",
            "@zazuko/yasgui",
            "build/yasgui.min.css",
            "yasgui",
        ),
    ] {
        let bytes = std::fs::read(web.join("vendor").join(file)).unwrap();
        let hex: String = sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(
            sums.contains(&format!("{hex}  {file}")),
            "{file} differs from SHA256SUMS"
        );
        let locked = &lock["packages"][format!("node_modules/{package}")];
        assert!(
            locked["integrity"]
                .as_str()
                .is_some_and(|i| i.starts_with("sha512-")),
            "{package} is not locked"
        );
        assert!(web
            .join("vendor")
            .join(format!("LICENSE.{licence}.txt"))
            .is_file());
        // After `npm ci` (done by .ci/setup), the vendored file is the package's own.
        let installed = web.join("node_modules").join(package).join(path);
        if installed.is_file() {
            assert_eq!(
                std::fs::read(&installed).unwrap(),
                bytes,
                "{file} is not {package}'s build"
            );
        }
    }
}

/// YASGUI at `/` over the server's own endpoint: a named query's tab runs and shows the rows
/// the CLI gives, and the browser asks no other host for anything (Chromium's network log).
#[test]
fn yasgui_runs_named_queries_and_calls_no_other_host() {
    let tmp = tempfile::tempdir().unwrap();
    let db = common::store_of_examples(tmp.path());
    let csv = common::alpkg_with_store(&db)
        .args(["query", "--name", "plans-per-country", "--format", "csv"])
        .output()
        .unwrap()
        .stdout;
    let rows = String::from_utf8(csv).unwrap().lines().count() - 1;
    let server = common::serve(&db, &[]);
    let sparql = server.url.clone();
    let root = sparql.trim_end_matches("/sparql").to_string();
    let netlog = tmp.path().join("netlog.json");
    let out = Command::new("chromium")
        .args([
            "--headless=new",
            "--no-sandbox",
            "--virtual-time-budget=20000",
            "--window-size=1300,900",
            // Chromium's own traffic (updates, safe browsing) is not the page's.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-default-apps",
            "--safebrowsing-disable-auto-update",
        ])
        .arg(format!("--log-net-log={}", netlog.display()))
        .arg("--dump-dom")
        .arg(format!("{root}/#run=plans-per-country"))
        .output()
        .unwrap();
    let shot = Command::new("chromium")
        .args([
            "--headless=new",
            "--no-sandbox",
            "--virtual-time-budget=20000",
            "--window-size=1300,900",
        ])
        .arg(format!(
            "--screenshot={}",
            shots().join("yasgui.png").display()
        ))
        .arg(format!("{root}/#run=plans-per-country"))
        .output()
        .unwrap();
    drop(server);
    assert!(shot.status.success());
    let dom = String::from_utf8(out.stdout).unwrap();
    assert!(dom.contains("data-ready=\"true\""));
    assert_eq!(attr(&dom, "status", "data-tab"), Some("plans-per-country"));
    assert_eq!(
        attr(&dom, "status", "data-rows"),
        Some(rows.to_string().as_str())
    );
    assert!(
        dom.contains(&format!("of {rows} entries")),
        "the table shows the rows"
    );
    // Every URL the page asked for is on the server's own host. (Chromium's own traffic,
    // updates and account checks, has no page initiator: it is not the page's.)
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&netlog).unwrap()).unwrap();
    let mut asked = Vec::new();
    for e in log["events"].as_array().unwrap() {
        let (Some(url), Some(initiator)) = (
            e["params"]["url"].as_str(),
            e["params"]["initiator"].as_str(),
        ) else {
            continue;
        };
        if initiator == "not an origin" {
            continue;
        }
        assert!(
            url.starts_with(&format!("{root}/")),
            "the page called another host: {url} (from {initiator})"
        );
        asked.push(url.to_string());
    }
    for needed in ["/assets/yasgui.min.js", "/assets/yasgui.min.css", "/sparql"] {
        assert!(
            asked.iter().any(|u| u.ends_with(needed)),
            "{needed} not asked: {asked:?}"
        );
    }
}
