//! `alpkg serve` as a client sees it: the binary started on a loopback port over a store of
//! the example plans, asked by real clients (`curl`, and SPARQLWrapper from Python) in every
//! result format; updates refused, a slow query cut at the timeout, tags and gzip, the
//! public view only, and other readers and writers of the same store.

mod common;

use common::{serve, store_of_examples};

use std::process::Command;

/// `curl` with arguments: (HTTP status, headers, body).
fn curl(args: &[&str]) -> (u16, String, Vec<u8>) {
    let tmp = tempfile::tempdir().unwrap();
    let headers = tmp.path().join("h");
    let out = Command::new("curl")
        .args(["-s", "-D"])
        .arg(&headers)
        .args(args)
        .output()
        .expect("curl runs");
    let h = std::fs::read_to_string(&headers).unwrap_or_default();
    let status = h
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, h.to_lowercase(), out.stdout)
}

const PLANS: &str = "PREFIX alp: <https://w3id.org/alpkg/ontology#>\nSELECT ?plan WHERE { ?plan a alp:LearningPlan } ORDER BY ?plan";

#[test]
fn sparql_protocol_with_curl() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let s = serve(&db, &["--timeout", "20"]);
    let q = format!("query={}", PLANS);
    // GET, results by Accept.
    for (accept, ctype, marker) in [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
            "\"bindings\"",
        ),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            "<sparql",
        ),
        ("text/csv", "text/csv", "plan\r\n"),
        (
            "text/tab-separated-values",
            "text/tab-separated-values",
            "?plan\n",
        ),
    ] {
        let (status, h, body) = curl(&[
            "-G",
            "--data-urlencode",
            &q,
            "-H",
            &format!("Accept: {accept}"),
            &s.url,
        ]);
        let body = String::from_utf8(body).unwrap();
        assert_eq!(status, 200, "{accept}: {body}");
        assert!(h.contains(&format!("content-type: {ctype}")), "{h}");
        assert!(h.contains("vary: accept"), "{h}");
        assert!(h.contains("etag: "), "{h}");
        assert!(body.contains(marker), "{accept}: {body}");
        assert_eq!(body.matches("/graph/").count(), 0);
        assert_eq!(
            body.matches("https://w3id.org/alpkg/id/plan/").count(),
            13,
            "{body}"
        );
    }
    // POST as a form and as application/sparql-query give the same rows.
    let (st1, _, b1) = curl(&["--data-urlencode", &q, "-H", "Accept: text/csv", &s.url]);
    let (st2, _, b2) = curl(&[
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        "Accept: text/csv",
        "--data-binary",
        PLANS,
        &s.url,
    ]);
    assert_eq!((st1, st2), (200, 200));
    assert_eq!(b1, b2);
    // `format=` overrides Accept; CONSTRUCT in RDF formats.
    let construct = "query=CONSTRUCT { ?p a <https://w3id.org/alpkg/ontology#LearningPlan> } WHERE { ?p a <https://w3id.org/alpkg/ontology#LearningPlan> }";
    for (accept, ctype) in [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
    ] {
        let (status, h, body) = curl(&[
            "-G",
            "--data-urlencode",
            construct,
            "-H",
            &format!("Accept: {accept}"),
            &s.url,
        ]);
        assert_eq!(status, 200);
        assert!(h.contains(&format!("content-type: {ctype}")), "{h}");
        assert!(!body.is_empty());
    }
    let (status, h, _) = curl(&[
        "-G",
        "--data-urlencode",
        &q,
        "--data-urlencode",
        "format=csv",
        &s.url,
    ]);
    assert_eq!(status, 200);
    assert!(h.contains("content-type: text/csv"), "{h}");
    // No query: the service description.
    let (status, h, body) = curl(&[&s.url]);
    let body = String::from_utf8(body).unwrap();
    assert_eq!(status, 200);
    assert!(h.contains("content-type: text/turtle"));
    assert!(
        body.contains("sd:endpoint") && body.contains(&s.url),
        "{body}"
    );
    // Updates refused; bad input explained.
    let (status, _, body) = curl(&["--data-urlencode", "update=CLEAR ALL", &s.url]);
    assert_eq!(status, 403, "{}", String::from_utf8_lossy(&body));
    let (status, _, _) = curl(&[
        "-H",
        "Content-Type: application/sparql-update",
        "--data-binary",
        "CLEAR ALL",
        &s.url,
    ]);
    assert_eq!(status, 403);
    let (status, _, body) = curl(&[
        "-G",
        "--data-urlencode",
        "query=SELECT ?x WHERE { ?x",
        &s.url,
    ]);
    assert_eq!(status, 400);
    assert!(String::from_utf8_lossy(&body).contains("syntax error"));
    let (status, _, _) = curl(&[
        "-G",
        "--data-urlencode",
        &q,
        "-H",
        "Accept: image/png",
        &s.url,
    ]);
    assert_eq!(status, 406);
    // The store is unchanged after the refused updates.
    let (_, _, b) = curl(&[
        "-G",
        "--data-urlencode",
        &q,
        "-H",
        "Accept: text/csv",
        &s.url,
    ]);
    assert_eq!(b, b1);
    // The same question again with its tag: 304, nothing sent.
    let (_, h, _) = curl(&[
        "-G",
        "--data-urlencode",
        &q,
        "-H",
        "Accept: text/csv",
        &s.url,
    ]);
    let etag = h
        .lines()
        .find_map(|l| l.strip_prefix("etag: "))
        .unwrap()
        .trim()
        .to_string();
    let (status, _, body) = curl(&[
        "-G",
        "--data-urlencode",
        &q,
        "-H",
        "Accept: text/csv",
        "-H",
        &format!("If-None-Match: {etag}"),
        &s.url,
    ]);
    assert_eq!(status, 304);
    assert!(body.is_empty());
    // gzip when asked.
    let all = "query=SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";
    let (status, h, _) = curl(&[
        "-G",
        "--data-urlencode",
        all,
        "-H",
        "Accept-Encoding: gzip",
        &s.url,
    ]);
    assert_eq!(status, 200);
    assert!(h.contains("content-encoding: gzip"), "{h}");
    // No CORS unless asked.
    let (_, h, _) = curl(&[
        "-G",
        "--data-urlencode",
        &q,
        "-H",
        "Origin: https://example.org",
        &s.url,
    ]);
    assert!(!h.contains("access-control-allow-origin"), "{h}");
}

#[test]
fn slow_queries_stop_at_the_timeout_and_rows_are_capped() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let s = serve(&db, &["--timeout", "30", "--max-rows", "5", "--cors"]);
    // A cross product of every triple with itself, three times: hours of work.
    let slow = "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let started = std::time::Instant::now();
    let (status, _, body) = curl(&[
        "-G",
        "--data-urlencode",
        slow,
        "--data-urlencode",
        "timeout=1",
        &s.url,
    ]);
    let took = started.elapsed();
    assert_eq!(status, 503, "{}", String::from_utf8_lossy(&body));
    assert!(String::from_utf8_lossy(&body).contains("stopped after 1.0 s"));
    assert!(took < std::time::Duration::from_secs(15), "took {took:?}");
    // A `timeout` cannot raise the server's limit, and must be a number.
    let (status, _, _) = curl(&[
        "-G",
        "--data-urlencode",
        slow,
        "--data-urlencode",
        "timeout=abc",
        &s.url,
    ]);
    assert_eq!(status, 400);
    // Rows past --max-rows are cut, and the header says so.
    let (status, h, body) = curl(&[
        "-G",
        "--data-urlencode",
        "query=SELECT ?s WHERE { ?s ?p ?o }",
        "-H",
        "Accept: text/csv",
        &s.url,
    ]);
    assert_eq!(status, 200);
    assert!(h.contains("alpkg-result-cap: 5; truncated"), "{h}");
    assert_eq!(String::from_utf8(body).unwrap().lines().count(), 6);
    // With --cors, other sites' pages may read.
    let (_, h, _) = curl(&[
        "-G",
        "--data-urlencode",
        "query=ASK {}",
        "-H",
        "Origin: https://example.org",
        &s.url,
    ]);
    assert!(h.contains("access-control-allow-origin: *"), "{h}");
}

/// Everything served is the public view: no address of the plans, no `mailto:`, no
/// `foaf:mbox`, whatever the query asks.
#[test]
fn only_the_public_view_is_served() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let s = serve(&db, &[]);
    let (status, _, body) = curl(&[
        "-G",
        "--data-urlencode",
        "query=SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
        "-H",
        "Accept: text/tab-separated-values",
        &s.url,
    ]);
    assert_eq!(status, 200);
    let body = String::from_utf8(body).unwrap();
    assert!(
        body.lines().count() > 1000,
        "{} lines",
        body.lines().count()
    );
    let re = regex::Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}").unwrap();
    let mut addresses = 0;
    for f in common::md_files(&common::examples()) {
        for m in re.find_iter(&std::fs::read_to_string(f).unwrap()) {
            addresses += 1;
            assert!(!body.contains(m.as_str()), "{} served", m.as_str());
        }
    }
    assert!(addresses > 0, "the examples hold addresses to hide");
    assert!(!body.contains("mailto:"));
    assert!(!body.contains("http://xmlns.com/foaf/0.1/mbox"));
}

/// SPARQLWrapper, the usual Python client, gets the same plans in every format and by GET
/// and POST, and rdflib parses every CONSTRUCT format.
#[test]
fn sparqlwrapper_reads_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let s = serve(&db, &[]);
    let out = Command::new("python3")
        .arg(common::root().join("tests/python/check_sparql_client.py"))
        .arg(&s.url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "SPARQLWrapper failed (run .ci/setup): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected: Vec<String> = {
        let store =
            alpkg::store::Store::open_read_only(&db, alpkg::mapping::Iris::default()).unwrap();
        let running = alpkg::query::query(&store, PLANS, None).unwrap();
        let oxigraph::sparql::QueryResults::Solutions(sol) = running.results else {
            panic!()
        };
        sol.map(|s| match s.unwrap().get("plan").unwrap() {
            oxigraph::model::Term::NamedNode(n) => n.as_str().to_string(),
            t => panic!("{t}"),
        })
        .collect()
    };
    assert_eq!(expected.len(), 13);
    for k in [
        "select_json_get",
        "select_json_post",
        "select_xml",
        "select_csv",
        "select_tsv",
    ] {
        let got: Vec<String> = serde_json::from_value(v[k].clone()).unwrap();
        assert_eq!(got, expected, "{k}");
    }
    assert_eq!(v["ask"], true);
    for k in [
        "construct_turtle",
        "construct_ntriples",
        "construct_jsonld",
        "construct_rdfxml",
    ] {
        assert_eq!(v[k]["triples"], 13, "{k}: {}", v[k]);
    }
}

/// A server is one more reader: CLI queries and a second server read the same store while
/// it runs; `ingest` is refused with a clear message until it stops.
#[test]
fn servers_and_cli_share_the_store() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let a = serve(&db, &[]);
    let b = serve(&db, &[]);
    let ask = "query=ASK { ?s a <https://w3id.org/alpkg/ontology#LearningPlan> }";
    for s in [&a, &b] {
        let (status, _, body) = curl(&["-G", "--data-urlencode", ask, &s.url]);
        assert_eq!(status, 200);
        assert!(String::from_utf8_lossy(&body).contains("true"));
    }
    common::alpkg_with_store(&db)
        .args(["query", "--name", "plans-per-country"])
        .assert()
        .success();
    common::alpkg_with_store(&db)
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "open for reading by another process",
        ));
    drop(a);
    drop(b);
    common::alpkg_with_store(&db)
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .success();
    // A missing store: no server, a clear message, exit 1.
    common::alpkg_with_store(&tmp.path().join("none"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("there is no store"));
}

/// Every IRI minted under the base is served at its own path: Turtle, JSON-LD and
/// N-Triples by `Accept` (or `format=`), an HTML page for a browser, 404 for an unknown one;
/// `/describe?iri=` for any IRI; the registries list what the store holds.
#[test]
fn iris_resolve_to_descriptions_and_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let s = serve(&db, &[]);
    let root = s.url.trim_end_matches("/sparql").to_string();
    let (_, _, body) = curl(&[
        "-G",
        "--data-urlencode",
        "query=SELECT ?p ?t WHERE { ?p a <https://w3id.org/alpkg/ontology#LearningPlan> ; <http://purl.org/dc/terms/title> ?t } ORDER BY ?p LIMIT 1",
        "-H",
        "Accept: text/tab-separated-values",
        &s.url,
    ]);
    let body = String::from_utf8(body).unwrap();
    let row: Vec<&str> = body.lines().nth(1).unwrap().split('\t').collect();
    let plan = row[0]
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string();
    let title = row[1].trim_matches('"').to_string();
    let path = plan.strip_prefix("https://w3id.org").unwrap();
    assert!(path.starts_with("/alpkg/id/plan/"));
    let at = format!("{root}{path}");
    for (accept, ctype) in [
        ("text/turtle", "text/turtle"),
        ("application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
    ] {
        let (status, h, body) = curl(&["-H", &format!("Accept: {accept}"), &at]);
        assert_eq!(status, 200, "{accept}");
        assert!(h.contains(&format!("content-type: {ctype}")), "{h}");
        // Parsed back by Oxigraph's parser: the plan's own title is there.
        let format = oxigraph::io::RdfFormat::from_media_type(ctype).unwrap();
        let quads: Vec<_> = oxigraph::io::RdfParser::from_format(format)
            .for_slice(&body)
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(quads
            .iter()
            .any(|q| q.subject.to_string() == format!("<{plan}>")
                && q.predicate.as_str() == "http://purl.org/dc/terms/title"));
    }
    let (status, h, body) = curl(&[
        "-H",
        "Accept: text/html,application/xhtml+xml,*/*;q=0.8",
        &at,
    ]);
    assert_eq!(status, 200);
    assert!(h.contains("content-type: text/html"));
    let html = String::from_utf8(body).unwrap();
    let escaped = html_escape::encode_text(&title).to_string();
    assert!(html.contains(&format!("<h1>{escaped}</h1>")), "{html}");
    assert!(
        html.contains("Linked from") || html.contains("alp:"),
        "{html}"
    );
    // A plan's page is a document: its partners, and every question with its answer.
    assert!(html.contains("<h2>Partners ("), "{html}");
    assert!(html.contains("<h2>The plan</h2>"), "{html}");
    let q = format!("query=SELECT ?l WHERE {{ <{plan}> <https://w3id.org/alpkg/ontology#hasPartnership>/<https://w3id.org/alpkg/ontology#partner>/<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }}");
    let partners = String::from_utf8(
        curl(&[
            "-G",
            "--data-urlencode",
            &q,
            "-H",
            "Accept: text/tab-separated-values",
            &s.url,
        ])
        .2,
    )
    .unwrap();
    let names: Vec<String> = partners
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_matches('"').to_string())
        .collect();
    assert!(!names.is_empty());
    for n in &names {
        assert!(
            html.contains(&*html_escape::encode_text(n)),
            "{n} missing from the plan page"
        );
    }
    // `format=` overrides Accept.
    let (_, h, _) = curl(&["-H", "Accept: text/html", &format!("{at}?format=turtle")]);
    assert!(h.contains("content-type: text/turtle"), "{h}");
    // Unknown IRIs: 404.
    let (status, _, _) = curl(&[&format!("{root}/alpkg/id/plan/no-such-plan")]);
    assert_eq!(status, 404);
    // Any IRI through /describe: an SDG is not under the base.
    let (status, _, body) = curl(&[
        "-G",
        "--data-urlencode",
        "iri=http://metadata.un.org/sdg/9",
        "-H",
        "Accept: application/n-triples",
        &format!("{root}/describe"),
    ]);
    assert_eq!(status, 200);
    assert!(!body.is_empty());
    // Registries.
    let (status, _, body) = curl(&[&format!("{root}/plans")]);
    assert_eq!(status, 200);
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains("13 entries"), "{html}");
    assert!(html.contains(&format!("href=\"{path}\"")));
    for r in ["/countries", "/partners", "/methods", "/sdgs", "/"] {
        let (status, h, _) = curl(&[&format!("{root}{r}")]);
        assert_eq!(status, 200, "{r}");
        assert!(h.contains("content-type: text/html"), "{r}");
    }
    // A browser at /sparql gets an HTML table.
    let (status, h, body) = curl(&[
        "-G",
        "--data-urlencode",
        "query=SELECT ?p WHERE { ?p a <https://w3id.org/alpkg/ontology#LearningPlan> }",
        "-H",
        "Accept: text/html",
        &s.url,
    ]);
    assert_eq!(status, 200);
    assert!(h.contains("content-type: text/html"));
    assert!(String::from_utf8(body).unwrap().contains("13 row(s)"));
}

/// The dataset description (VoID and DCAT-AP 3): 0 violations of the official DCAT-AP 3.0.1
/// shapes with pyshacl; its figures are the store's; the server answers it at
/// `/.well-known/void` with its own URLs, and the dumps it lists are there.
#[test]
fn dataset_description_validates_and_counts_right() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let desc = tmp.path().join("void.ttl");
    common::alpkg_with_store(&db)
        .args(["describe", "--site", "https://alp.example.org", "-o"])
        .arg(&desc)
        .assert()
        .success();
    let out = Command::new("python3")
        .arg(common::root().join("tests/python/check_dcat.py"))
        .arg(&desc)
        .arg(common::root().join("tests/data/dcat-ap-3.0.1"))
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}");
    assert!(
        out.status.success(),
        "DCAT-AP violations:\n{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains("violations: 0"));
    // The figures: distinct triples of the public export, plans per class partition.
    let graph = oxigraph::store::Store::new().unwrap();
    graph
        .load_from_slice(
            oxigraph::io::RdfFormat::Turtle,
            &std::fs::read(&desc).unwrap(),
        )
        .unwrap();
    let one = |q: &str| -> String {
        let oxigraph::sparql::QueryResults::Solutions(mut s) =
            oxigraph::sparql::SparqlEvaluator::new()
                .parse_query(q)
                .unwrap()
                .on_store(&graph)
                .execute()
                .unwrap()
        else {
            panic!()
        };
        let row = s.next().unwrap().unwrap();
        let term = row.iter().next().unwrap().1.clone();
        match term {
            oxigraph::model::Term::Literal(l) => l.value().to_string(),
            t => t.to_string(),
        }
    };
    let nt = common::alpkg_with_store(&db)
        .args(["export", "--public", "--format", "ntriples"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let distinct: std::collections::BTreeSet<&[u8]> = nt
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        one("SELECT ?n WHERE { <https://w3id.org/alpkg/id/dataset> <http://rdfs.org/ns/void#triples> ?n }"),
        distinct.len().to_string()
    );
    assert_eq!(
        one("SELECT ?n WHERE { ?d <http://rdfs.org/ns/void#classPartition> [ <http://rdfs.org/ns/void#class> <https://w3id.org/alpkg/ontology#LearningPlan> ; <http://rdfs.org/ns/void#entities> ?n ] }"),
        "13"
    );
    assert_eq!(
        one("SELECT ?e WHERE { ?d <http://rdfs.org/ns/void#sparqlEndpoint> ?e }"),
        "<https://alp.example.org/sparql>"
    );
    // The server describes itself with its own address, and serves the dumps it lists.
    let s = serve(&db, &[]);
    let root = s.url.trim_end_matches("/sparql").to_string();
    let (status, h, body) = curl(&[&format!("{root}/.well-known/void")]);
    assert_eq!(status, 200);
    assert!(h.contains("content-type: text/turtle"));
    let text = String::from_utf8(body).unwrap();
    assert!(text.contains(&format!("<{}>", s.url)), "{text}");
    for (file, format) in [
        ("dump.ttl", oxigraph::io::RdfFormat::Turtle),
        ("dump.nq", oxigraph::io::RdfFormat::NQuads),
    ] {
        assert!(text.contains(&format!("<{root}/{file}>")));
        let (status, _, body) = curl(&[&format!("{root}/{file}")]);
        assert_eq!(status, 200);
        let quads: Vec<_> = oxigraph::io::RdfParser::from_format(format)
            .for_slice(&body)
            .collect::<Result<_, _>>()
            .unwrap();
        let triples: std::collections::BTreeSet<String> = quads
            .iter()
            .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
            .collect();
        assert_eq!(triples.len(), distinct.len(), "{file}");
        assert!(!String::from_utf8_lossy(&body).contains("mailto:"));
    }
}

/// A client that knows only DCMI finds every plan's title, date, place and subjects: the
/// `rdfs:subPropertyOf` parents of the `alp:` terms are served as triples too, apart from
/// what the plans state (in `{graph}/standard-terms` beside each graph, with its source).
#[test]
fn standard_terms_find_every_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let s = serve(&db, &[]);
    let standard = "query=PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  ?doc dcterms:title ?title ; dcterms:date ?date ; dcterms:spatial ?place ; dcterms:subject ?subject
}";
    let count = |q: &str| -> String {
        let (status, _, body) = curl(&[
            "-G",
            "--data-urlencode",
            q,
            "-H",
            "Accept: text/csv",
            &s.url,
        ]);
        assert_eq!(status, 200);
        String::from_utf8(body)
            .unwrap()
            .lines()
            .nth(1)
            .unwrap()
            .to_string()
    };
    // The same plans as with the alp: terms (one example plan has no subject tag at all).
    let with_alp = "query=PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX alp: <https://w3id.org/alpkg/ontology#>
SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  ?doc a alp:LearningPlan ; dcterms:title ?title ; dcterms:date ?date ; alp:country ?place ;
       alp:sdg|alp:thematicArea|alp:method|alp:dataSource ?subject
}";
    assert_eq!(count(standard), count(with_alp));
    assert_eq!(count(standard), "12");
    let placed = "query=PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc dcterms:title ?title ; dcterms:date ?date ; dcterms:spatial ?place }";
    assert_eq!(count(placed), "13");
    // They are apart from the plans' own graphs, with their source.
    let apart = "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?doc <http://purl.org/dc/terms/spatial> ?place } FILTER(!STRENDS(STR(?g), \"/standard-terms\")) }";
    let (_, _, body) = curl(&[
        "-G",
        "--data-urlencode",
        apart,
        "-H",
        "Accept: text/csv",
        &s.url,
    ]);
    assert_eq!(String::from_utf8(body).unwrap().lines().nth(1), Some("0"));
    let source = "query=ASK { GRAPH ?s { ?s <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/alpkg/ontology>, ?g . ?d <http://purl.org/dc/terms/spatial> ?place } GRAPH ?g { ?d <https://w3id.org/alpkg/ontology#country> ?place } FILTER(STRENDS(STR(?s), \"/standard-terms\")) }";
    let (_, _, body) = curl(&[
        "-G",
        "--data-urlencode",
        source,
        "-H",
        "Accept: text/csv",
        &s.url,
    ]);
    assert!(String::from_utf8(body).unwrap().contains("true"));
    // The store itself holds only what the plans state.
    common::alpkg_with_store(&db)
        .args([
            "query",
            "ASK { ?doc <http://purl.org/dc/terms/spatial> ?p }",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("false"));
}

/// `alpkg site`: every resource under the base as a folder with its page, Turtle and
/// JSON-LD beside it; every link of a page reaches a file of the site (or another host);
/// dumps and a valid description; nothing personal anywhere.
#[test]
fn static_site_holds_every_page_and_links_resolve() {
    let tmp = tempfile::tempdir().unwrap();
    let db = store_of_examples(tmp.path());
    let out = tmp.path().join("public");
    common::alpkg_with_store(&db)
        .args(["site", "--site", "https://alp.example.org"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicates::str::contains("resource pages"));
    // One folder per plan, with its page and data.
    let plans: Vec<_> = std::fs::read_dir(out.join("alpkg/id/plan"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    assert_eq!(plans.len(), 13);
    let href = regex::Regex::new(r#"href="(/[^"]*)""#).unwrap();
    for p in &plans {
        let dir = p.path();
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(html.contains("<h1>"), "{}", dir.display());
        let ttl = std::fs::read(dir.with_extension("ttl")).unwrap();
        let quads: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
            .for_slice(&ttl)
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(quads
            .iter()
            .any(|q| q.predicate.as_str() == "http://purl.org/dc/terms/title"));
        assert!(dir.with_extension("jsonld").is_file());
        // Every local link of the page is a file or a folder with index.html of the site.
        for c in href.captures_iter(&html) {
            let link = html_escape::decode_html_entities(&c[1]).to_string();
            let target = out.join(link.trim_start_matches('/'));
            assert!(
                target.is_file() || target.join("index.html").is_file(),
                "{link} of {} is not in the site",
                dir.display()
            );
        }
    }
    for f in [
        "index.html",
        "plans/index.html",
        "partners/index.html",
        "dump.ttl",
        "dump.nq",
        "void.ttl",
        ".well-known/void",
    ] {
        assert!(out.join(f).is_file(), "{f}");
    }
    let report = Command::new("python3")
        .arg(common::root().join("tests/python/check_dcat.py"))
        .arg(out.join("void.ttl"))
        .arg(common::root().join("tests/data/dcat-ap-3.0.1"))
        .output()
        .unwrap();
    assert!(
        report.status.success(),
        "{}",
        String::from_utf8_lossy(&report.stdout)
    );
    // Nothing personal in any file.
    let re = regex::Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}").unwrap();
    let mut files = vec![out.clone()];
    let mut n = 0;
    while let Some(d) = files.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                files.push(p);
            } else {
                n += 1;
                let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).to_string();
                assert!(!text.contains("mailto:"), "{}", p.display());
                if let Some(m) = re.find(&text) {
                    panic!("{} holds {}", p.display(), m.as_str());
                }
            }
        }
    }
    assert!(n > 100);
    // A folder that is not a site is refused.
    let other = tmp.path().join("other");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("keep.txt"), "mine").unwrap();
    common::alpkg_with_store(&db)
        .arg("site")
        .arg(&other)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("is not empty"));
    assert_eq!(
        std::fs::read_to_string(other.join("keep.txt")).unwrap(),
        "mine"
    );
}
