//! The shape of `src/`: which top-level module may import which. Edges
//! (HTTP, CLI, mail) sit on the capabilities (unpause, pausing), which sit
//! on the shared state and the core; nothing imports a module above its own
//! layer, and no two modules import each other, however indirectly.
//!
//! Read from the source text (`crate::…` paths, comments left out), so a
//! new import that breaks the shape fails here, naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every top-level module and its layer; a new module must be placed here.
const LAYERS: &[(&str, u8)] = &[
    // Core: no I/O policy of their own, or one concern each.
    ("clock", 0),
    ("domain", 0),
    ("duration", 0),
    ("i18n", 0),
    ("links", 0),
    ("loadgen", 0),
    ("metrics", 0),
    ("policy", 0),
    ("redact", 0),
    ("store", 0),
    ("token", 0),
    // Shared state: the settings and the plain data every request reads.
    ("settings", 1),
    ("app", 1),
    // Capabilities.
    ("findlink", 2),
    ("pausing", 2),
    ("unpause", 2),
    // Edges.
    ("cli", 3),
    ("fuzzing", 3),
    ("gateway", 3),
    ("mail", 3),
    ("web", 3),
];

/// Modules that must not know some others at all, with why.
const NEVER: &[(&str, &str, &str)] = &[
    ("store", "web", "the store knows no HTTP"),
    ("domain", "store", "domain types do no I/O"),
    (
        "pausing",
        "web",
        "the API and the gateway are adapters over pausing",
    ),
    ("unpause", "web", "pages are adapters over unpause"),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.is_file() && path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_owned());
    }
}

/// The top-level modules of `src/` (lib.rs and main.rs are the crate).
fn modules() -> BTreeSet<String> {
    std::fs::read_dir(src())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|path| {
            let name = path.file_stem()?.to_str()?.to_owned();
            let is_module = path.is_dir() || path.extension().is_some_and(|e| e == "rs");
            (is_module && name != "lib" && name != "main").then_some(name)
        })
        .collect()
}

/// The first segments of every `crate::` path in `text`, including each
/// item of `crate::{a, b::c}`.
fn crate_paths(text: &str) -> BTreeSet<String> {
    let code: String = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 || (c == ',' && depth == 1) {
                    found.insert(first_segment(&item));
                    item.clear();
                    if depth == 0 {
                        break;
                    }
                } else {
                    item.push(c);
                }
            }
        } else {
            found.insert(first_segment(rest));
        }
    }
    found
}

fn first_segment(path: &str) -> String {
    path.trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Module → the other top-level modules it imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    modules
        .iter()
        .map(|module| {
            let mut files = Vec::new();
            rust_files(&src().join(format!("{module}.rs")), &mut files);
            rust_files(&src().join(module), &mut files);
            let used = files
                .iter()
                .flat_map(|f| crate_paths(&std::fs::read_to_string(f).unwrap()))
                .filter(|m| m != module && modules.contains(m))
                .collect();
            (module.clone(), used)
        })
        .collect()
}

/// Groups of modules that import each other (strongly connected, more
/// than one module), by Tarjan's algorithm.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, node: &'a str) {
            let n = self.index.len();
            self.index.insert(node, n);
            self.low.insert(node, n);
            self.stack.push(node);
            for next in self.graph.get(node).into_iter().flatten() {
                let next = next.as_str();
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node, low);
                } else if self.stack.contains(&next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut group = Vec::new();
                while let Some(top) = self.stack.pop() {
                    group.push(top.to_owned());
                    if top == node {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !walk.index.contains_key(node.as_str()) {
            walk.visit(node);
        }
    }
    walk.found
}

#[test]
fn no_two_modules_import_each_other() {
    let found = cycles(&imports());
    assert!(found.is_empty(), "modules importing each other: {found:?}");
}

#[test]
fn no_module_imports_one_above_its_layer() {
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut wrong = Vec::new();
    for (module, used) in &imports() {
        let Some(&own) = layer.get(module.as_str()) else {
            wrong.push(format!("{module} is not in LAYERS"));
            continue;
        };
        for other in used {
            if layer.get(other.as_str()).is_some_and(|&l| l > own) {
                wrong.push(format!("{module} (layer {own}) imports {other}"));
            }
        }
        for (from, to, why) in NEVER {
            if module == from && used.contains(*to) {
                wrong.push(format!("{from} imports {to}, but {why}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_checks_see_imports_and_cycles() {
    let paths = crate_paths(
        "use crate::{a::B, c};\n// crate::commented\nuse crate::d::{e, f};\nlet x = crate::g::h();",
    );
    let want: BTreeSet<String> = ["a", "c", "d", "g"].map(String::from).into();
    assert_eq!(paths, want);
    let graph = |edges: &[(&str, &str)]| {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges {
            graph
                .entry((*from).into())
                .or_default()
                .insert((*to).into());
            graph.entry((*to).into()).or_default();
        }
        graph
    };
    let looped = graph(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]);
    assert_eq!(cycles(&looped), vec![vec!["a", "b", "c"]]);
    assert!(cycles(&graph(&[("a", "b"), ("b", "c"), ("a", "c")])).is_empty());
    // The real tree is read: the web edge imports the unpause capability.
    assert!(imports()["web"].contains("unpause"));
}
