//! A name the corpus does not hold (a new spelling, a name from another source) matched to
//! the corpus's bodies of its country by the same rules, in both directions, each taken only
//! when it points to one body.

use super::rules::{candidates, stems_in};
use super::{info_of, Clusters, Entity, Method};

impl Clusters {
    /// A name that is not among the corpus mentions (a new spelling): the same rules
    /// against the corpus keys of its country, each taken only when it points to one body.
    pub fn attach(&self, name: &str, entity: Entity) -> (Entity, Option<(Method, String)>) {
        let Entity::National { country, key } = &entity else {
            return (entity, None);
        };
        let Some(keys) = self.keys.get(country) else {
            return (entity, None);
        };
        let empty = Default::default();
        let defined = self.defined.get(country).unwrap_or(&empty);
        if keys.contains_key(key) || defined.contains_key(key) {
            return self.canonical_with(entity);
        }
        let mut info = info_of(name, "", Some(country.as_str()));
        info.stems = stems_in(key, country);
        let to = |k2: &str| {
            self.canonical_with(Entity::National {
                country: country.clone(),
                key: k2.to_string(),
            })
            .0
        };
        for (method, _, found) in candidates(keys, defined, key, &info, country) {
            match found.as_slice() {
                [] => {}
                // One body, or names the corpus already made one (`Fulbright University
                // Vietnam`, `Fullbright University Vietnam`).
                [(k2, note), rest @ ..] if rest.iter().all(|(k3, _)| to(k3) == to(k2)) => {
                    return (to(k2), Some((method, note.clone())))
                }
                _ => return (entity, None),
            }
        }
        // The other way: a corpus name that the rules would join to this one alone, as if
        // it were in the corpus (`2GIS` for `2GIS management company`). Taken when every
        // such name is one body.
        let mut with_new = keys.clone();
        with_new.insert(key.clone(), info);
        let mut found: Vec<(Entity, Method, String)> = Vec::new();
        for (k2, i2) in keys {
            let first = candidates(&with_new, defined, k2, i2, country)
                .into_iter()
                .find(|(_, _, f)| !f.is_empty());
            if let Some((method, _, f)) = first {
                if let [(k3, note)] = f.as_slice() {
                    if k3 == key {
                        found.push((to(k2), method, format!("`{k2}`: {note}")));
                    }
                }
            }
        }
        match found.first() {
            Some((e, method, note)) if found.iter().all(|(e2, _, _)| e2 == e) => {
                (e.clone(), Some((*method, note.clone())))
            }
            _ => (entity, None),
        }
    }
}
