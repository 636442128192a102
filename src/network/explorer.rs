//! The network explorer: one self-contained HTML page (sigma.js and graphology inlined,
//! the network as JSON inline) that draws the network with WebGL and offers search,
//! filters, colour by community, size by a metric, an ego view and links to the pages of
//! `alpkg serve`. It opens from `file://` and makes no request to any host.
//!
//! The libraries are the browser builds of npm packages (`web/package-lock.json`), vendored
//! in `web/vendor/` with their licences by `web/vendor.sh`; the app is `web/explorer.js`.

use super::Network;

const GRAPHOLOGY: &str = include_str!("../../web/vendor/graphology.umd.min.js");
const GRAPHOLOGY_LIBRARY: &str = include_str!("../../web/vendor/graphology-library.min.js");
const SIGMA: &str = include_str!("../../web/vendor/sigma.min.js");
const APP: &str = include_str!("../../web/explorer.js");
const LICENCES: &str = "sigma.js (MIT, Copyright (c) 2013-present Guillaume Plique, Alexis Jacomy), graphology and graphology-library (MIT, Copyright (c) 2016-present Guillaume Plique); see web/vendor/";

/// Text safe inside a `<script>` element: `</script` (any case) and `<!--` cannot end or
/// change it. Only those are escaped (`<\/script` means the same in a JS string or regex;
/// a general `</` escape would break regex literals such as `/</g` in the libraries).
fn script_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.len() >= 8 && tail[..8].eq_ignore_ascii_case("</script") {
            out.push_str("<\\/");
            rest = &tail[2..];
        } else if let Some(after) = tail.strip_prefix("<!--") {
            out.push_str("<\\!--");
            rest = after;
        } else {
            out.push('<');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The explorer page of a network. `origin` is the scheme and host of the base IRI: node
/// IRIs under it link to the same path on the page's own host (`alpkg serve`); without it,
/// links go to the IRIs themselves.
pub fn html(net: &Network, title: &str, origin: Option<&str>) -> std::io::Result<String> {
    let mut json = Vec::new();
    super::export::write(net, super::export::Format::Json, &mut json)?;
    let json = String::from_utf8(json).map_err(std::io::Error::other)?;
    let config = serde_json::json!({ "origin": origin, "iterations": 120 }).to_string();
    let title = html_escape::encode_text(title);
    Ok(format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<!-- {LICENCES} -->
<style>
body{{margin:0;font:14px/1.4 system-ui,sans-serif;display:flex;height:100vh}}
#side{{width:19rem;padding:.8rem;overflow:auto;border-right:1px solid #ddd;box-sizing:border-box}}
#graph{{flex:1;position:relative}} label{{display:block;margin:.35rem 0 .1rem;color:#555}}
select,input{{width:100%;box-sizing:border-box}} #status{{color:#666;font-size:.85rem}} h1{{font-size:1.1rem}} h2{{font-size:1rem;margin:.8rem 0 .2rem}}
</style></head><body>
<div id="side"><h1>{title}</h1>
<label for="search">Find a partner or country</label><input id="search" list="labels" placeholder="UNICEF, Kenya..."><datalist id="labels"></datalist>
<label><input type="checkbox" id="ego" style="width:auto"> Only the selected node's neighbours (ego view)</label>
<label for="f-country">Country</label><select id="f-country"><option value="">all</option></select>
<label for="f-region">Region</label><select id="f-region"><option value="">all</option></select>
<label for="f-year">Year</label><select id="f-year"><option value="">all</option></select>
<label for="f-sector">Sector</label><select id="f-sector"><option value="">all</option></select>
<label for="f-scope">Organisation type (or kind of node)</label><select id="f-scope"><option value="">all</option></select>
<label for="colour">Colour by</label><select id="colour"><option value="community">community (Louvain)</option><option value="kind">kind of node</option></select>
<label for="size">Size by</label><select id="size"><option value="degree">degree</option><option value="betweenness">betweenness</option><option value="pagerank">PageRank</option><option value="weighted_degree">weighted degree</option></select>
<div id="info"></div><p id="status"></p>
<p style="color:#888;font-size:.8rem">Click a node to select it, double-click to open its page. Drawn with sigma.js and graphology (MIT).</p>
</div><div id="graph"></div>
<script type="application/json" id="alpkg-data">{data}</script>
<script type="application/json" id="alpkg-config">{config}</script>
<script>{graphology}</script>
<script>{library}</script>
<script>{sigma}</script>
<script>{app}</script>
</body></html>
"#,
        data = script_safe(&json),
        config = script_safe(&config),
        graphology = script_safe(GRAPHOLOGY),
        library = script_safe(GRAPHOLOGY_LIBRARY),
        sigma = script_safe(SIGMA),
        app = script_safe(APP),
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn scripts_cannot_end_early() {
        let s = super::script_safe("a</script><!--b</SCRIPT x.replace(/</g)");
        assert!(!s.to_lowercase().contains("</script") && !s.contains("<!--"));
        assert!(s.ends_with("x.replace(/</g)"), "{s}");
    }
}
