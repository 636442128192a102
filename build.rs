//! Embeds the named analyst queries (`queries/*.rq`) in the binary, so that
//! `alpkg query --name NAME` works wherever the binary is installed.
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=queries");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "rq"))
                .collect()
        })
        .unwrap_or_default();
    entries.sort();
    let mut out = String::from(
        "/// (name, text) of every query in `queries/`.\npub const NAMED: &[(&str, &str)] = &[\n",
    );
    for p in entries {
        let name = p.file_stem().unwrap().to_string_lossy();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            p.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("named_queries.rs");
    std::fs::write(dest, out).unwrap();
}
