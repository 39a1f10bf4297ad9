//! The schema stays ready for Vitess. Boulder shards its `paused` table by
//! `registrationID`; the portal's tables must be able to shard beside it,
//! on the same key, so that an account's rows all live on one shard. So:
//! every table has a primary key; no foreign keys, triggers or grants in
//! the migrations (Vitess supports none of them across shards); every
//! table is keyed by the account first, or is listed as not being so, with
//! why; and no query relies on AUTO_INCREMENT ids being dense or ordered,
//! except the few listed, with why (a Vitess sequence keeps ids unique and
//! increasing, never dense).
//!
//! Read from the source text (the migrations, and the MySQL query strings
//! in `src/store`), so a migration or query that breaks a rule fails here,
//! naming the table or query and its file. The plan this guards is in
//! docs/DEPLOYMENT.md, section 7, "Vitess".

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The migrations' dialects; the MySQL one is what Vitess would run.
const DIALECTS: &[&str] = &["mysql", "postgres", "sqlite"];

/// The column Boulder shards `paused` by.
const ACCOUNT: &str = "registrationID";

/// Tables not keyed by the account, on purpose, with why. Every table is
/// keyed by the account first or is placed here.
const NOT_ACCOUNT_KEYED: &[(&str, &str)] = &[(
    "sessions",
    "keyed by a random session id and purged by expiry; it holds no account, \
     and nothing writes it any more",
)];

/// Queries that rely on the order of AUTO_INCREMENT ids: (the query's
/// field or fn in src/store, the use, why it holds under Vitess). A
/// sequence hands out unique, increasing ids, so an order among one
/// account's rows (all on one shard) stays the order they were inserted in.
const ID_ORDER_ALLOWED: &[(&str, &str, &str)] = &[
    (
        "events",
        "ORDER BY id",
        "an account's audit history, newest first; one account's rows only",
    ),
    (
        "counted",
        "ORDER BY id",
        "an account's latest counted unpauses; one account's rows only",
    ),
    (
        "open_for",
        "ORDER BY id",
        "the oldest open notification of one (account, contact), to merge into",
    ),
    (
        "list",
        "ORDER BY id",
        "an account's notifications, newest first; one account's rows only",
    ),
    (
        "due",
        "ORDER BY id",
        "a tie-break after dueAt across accounts, for a stable order; \
         needs unique ids, not ordered ones",
    ),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.sql` files of one dialect, in the order they are applied, as
/// (path from the repository root, text).
fn migrations(dialect: &str) -> Vec<(String, String)> {
    let dir = root().join("migrations").join(dialect);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no migrations in {}", dir.display());
    files
        .iter()
        .map(|p| (relative(p), std::fs::read_to_string(p).unwrap()))
        .collect()
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

// ---- SQL, tokenised ----------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A bare word: keyword, name or number.
    Word(String),
    /// A quoted name (`a` or "a").
    Quoted(String),
    /// A string literal; its text never matters here.
    Str,
    Punct(String),
}

impl Tok {
    fn is(&self, keyword: &str) -> bool {
        matches!(self, Tok::Word(w) if w.eq_ignore_ascii_case(keyword))
    }

    fn punct(&self, p: &str) -> bool {
        matches!(self, Tok::Punct(q) if q == p)
    }

    fn name(&self) -> Option<&str> {
        match self {
            Tok::Word(w) | Tok::Quoted(w) => Some(w),
            _ => None,
        }
    }
}

/// Tokens of `sql`, without comments.
fn tokens(sql: &str) -> Vec<Tok> {
    let chars: Vec<char> = sql.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
        } else if (c == '-' && next == Some('-')) || c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            i += 1;
            while i < chars.len() {
                if chars[i] == '\'' && chars.get(i + 1) == Some(&'\'') {
                    i += 2;
                } else if chars[i] == '\'' {
                    break;
                } else {
                    i += 1;
                }
            }
            i += 1;
            out.push(Tok::Str);
        } else if c == '`' || c == '"' {
            let end = chars[i + 1..]
                .iter()
                .position(|&d| d == c)
                .map_or(chars.len(), |p| i + 1 + p);
            out.push(Tok::Quoted(chars[i + 1..end].iter().collect()));
            i = end + 1;
        } else if c.is_alphanumeric() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '$')
            {
                i += 1;
            }
            out.push(Tok::Word(chars[start..i].iter().collect()));
        } else {
            let two: String = chars[i..chars.len().min(i + 2)].iter().collect();
            if ["<=", ">=", "<>", "!="].contains(&two.as_str()) {
                out.push(Tok::Punct(two));
                i += 2;
            } else {
                out.push(Tok::Punct(c.to_string()));
                i += 1;
            }
        }
    }
    out
}

/// The statements of `sql`, split at `;`.
fn statements(sql: &str) -> Vec<Vec<Tok>> {
    tokens(sql)
        .split(|t| t.punct(";"))
        .filter(|s| !s.is_empty())
        .map(<[Tok]>::to_vec)
        .collect()
}

/// The tokens inside the parenthesised group opening at `toks[open]`, and
/// the index just past its closing parenthesis.
fn group(toks: &[Tok], open: usize) -> (&[Tok], usize) {
    let mut depth = 0;
    for (i, t) in toks.iter().enumerate().skip(open) {
        if t.punct("(") {
            depth += 1;
        } else if t.punct(")") {
            depth -= 1;
            if depth == 0 {
                return (&toks[open + 1..i], i + 1);
            }
        }
    }
    (&toks[(open + 1).min(toks.len())..], toks.len())
}

/// `toks` split at commas outside parentheses.
fn items(toks: &[Tok]) -> Vec<&[Tok]> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, t) in toks.iter().enumerate() {
        if t.punct("(") {
            depth += 1;
        } else if t.punct(")") {
            depth -= 1;
        } else if t.punct(",") && depth == 0 {
            out.push(&toks[start..i]);
            start = i + 1;
        }
    }
    out.push(&toks[start..]);
    out.into_iter().filter(|i| !i.is_empty()).collect()
}

/// The column names of the first parenthesised list in `toks`:
/// `KEY k (a, b(10))` gives `[a, b]`.
fn column_list(toks: &[Tok]) -> Vec<String> {
    let Some(open) = toks.iter().position(|t| t.punct("(")) else {
        return Vec::new();
    };
    items(group(toks, open).0)
        .iter()
        .filter_map(|item| item.first()?.name().map(str::to_owned))
        .collect()
}

// ---- Tables ------------------------------------------------------------

#[derive(Debug, Default)]
struct Table {
    /// Where it is created.
    file: String,
    columns: Vec<String>,
    primary_key: Vec<String>,
    /// Every other key or index, by its columns.
    keys: Vec<Vec<String>>,
    /// AUTO_INCREMENT, AUTOINCREMENT, identity or serial columns.
    generated: Vec<String>,
}

impl Table {
    fn has_column(&self, name: &str) -> bool {
        self.columns.iter().any(|c| c.eq_ignore_ascii_case(name))
    }

    /// Whether the primary key or some key starts with `column`.
    fn keyed_first_by(&self, column: &str) -> bool {
        std::iter::once(&self.primary_key)
            .chain(&self.keys)
            .any(|key| key.first().is_some_and(|c| c.eq_ignore_ascii_case(column)))
    }

    /// A column or key definition inside CREATE TABLE, or after ALTER
    /// TABLE … ADD.
    fn define(&mut self, item: &[Tok]) {
        let Some(first) = item.first() else { return };
        if first.is("PRIMARY") {
            self.primary_key = column_list(item);
        } else if ["KEY", "INDEX", "UNIQUE", "FULLTEXT", "SPATIAL"]
            .iter()
            .any(|k| first.is(k))
        {
            self.keys.push(column_list(item));
        } else if ["CONSTRAINT", "FOREIGN", "CHECK"]
            .iter()
            .any(|k| first.is(k))
        {
            // Foreign keys are caught by `forbidden`; checks do not matter.
        } else if let Some(name) = first.name() {
            let has = |k: &str| item.iter().any(|t| t.is(k));
            self.columns.push(name.to_owned());
            if item
                .windows(2)
                .any(|w| w[0].is("PRIMARY") && w[1].is("KEY"))
            {
                self.primary_key = vec![name.to_owned()];
            }
            if has("AUTO_INCREMENT")
                || has("AUTOINCREMENT")
                || has("IDENTITY")
                || has("SERIAL")
                || has("BIGSERIAL")
            {
                self.generated.push(name.to_owned());
            }
        }
    }
}

/// The tables that `files` (applied in order) leave, by name. Statements
/// about a table no earlier statement created are reported as problems.
fn schema(files: &[(String, String)]) -> (BTreeMap<String, Table>, Vec<String>) {
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    let mut problems = Vec::new();
    for (file, sql) in files {
        for st in statements(sql) {
            let at = |i: usize| st.get(i);
            let skip_if_not_exists = |mut i: usize| {
                if at(i).is_some_and(|t| t.is("IF")) {
                    i += if at(i + 1).is_some_and(|t| t.is("NOT")) {
                        3
                    } else {
                        2
                    };
                }
                i
            };
            if st[0].is("CREATE") {
                let mut i = 1;
                while at(i).is_some_and(|t| t.is("TEMPORARY") || t.is("UNIQUE") || t.is("OR")) {
                    i += if at(i).is_some_and(|t| t.is("OR")) {
                        2
                    } else {
                        1
                    };
                }
                if at(i).is_some_and(|t| t.is("TABLE")) {
                    let i = skip_if_not_exists(i + 1);
                    let Some(name) = at(i).and_then(Tok::name) else {
                        continue;
                    };
                    let mut table = Table {
                        file: file.clone(),
                        ..Table::default()
                    };
                    if let Some(open) = st.iter().skip(i).position(|t| t.punct("(")) {
                        for item in items(group(&st, i + open).0) {
                            table.define(item);
                        }
                    }
                    tables.insert(name.to_owned(), table);
                } else if at(i).is_some_and(|t| t.is("INDEX")) {
                    let Some(on) = st.iter().position(|t| t.is("ON")) else {
                        continue;
                    };
                    let Some(name) = at(on + 1).and_then(Tok::name) else {
                        continue;
                    };
                    match tables.get_mut(name) {
                        Some(table) => table.keys.push(column_list(&st[on + 1..])),
                        None => problems.push(format!("{file}: index on unknown table `{name}`")),
                    }
                }
            } else if st[0].is("ALTER") && at(1).is_some_and(|t| t.is("TABLE")) {
                let Some(name) = at(2).and_then(Tok::name) else {
                    continue;
                };
                let Some(table) = tables.get_mut(name) else {
                    problems.push(format!("{file}: ALTER TABLE of unknown table `{name}`"));
                    continue;
                };
                for clause in items(&st[3..]) {
                    if clause[0].is("ADD") {
                        let mut i = 1;
                        if at_is(clause, i, "COLUMN") {
                            i += 1;
                        }
                        if at_is(clause, i, "IF") {
                            i += 3;
                        }
                        table.define(&clause[i.min(clause.len())..]);
                    } else if clause[0].is("DROP") && at_is(clause, 1, "PRIMARY") {
                        table.primary_key.clear();
                    }
                }
            }
        }
    }
    (tables, problems)
}

fn at_is(toks: &[Tok], i: usize, keyword: &str) -> bool {
    toks.get(i).is_some_and(|t| t.is(keyword))
}

/// Every dialect's tables, parsed, with any parse problems failing here.
fn all_schemas() -> Vec<(&'static str, BTreeMap<String, Table>)> {
    DIALECTS
        .iter()
        .map(|&dialect| {
            let (tables, problems) = schema(&migrations(dialect));
            assert!(problems.is_empty(), "{dialect}: {problems:#?}");
            assert!(
                tables.contains_key("paused"),
                "{dialect}: the parser found no `paused` table; it found {:?}",
                tables.keys().collect::<Vec<_>>()
            );
            (dialect, tables)
        })
        .collect()
}

// ---- The rules, as functions of text -------------------------------------

/// Tables without a primary key.
fn missing_primary_keys(tables: &BTreeMap<String, Table>) -> Vec<String> {
    tables
        .iter()
        .filter(|(_, t)| t.primary_key.is_empty())
        .map(|(name, t)| format!("table `{name}` ({}) has no PRIMARY KEY", t.file))
        .collect()
}

/// What in `sql` Vitess would not shard: foreign keys, triggers, grants.
fn forbidden(file: &str, sql: &str) -> Vec<String> {
    let mut found = Vec::new();
    for st in statements(sql) {
        let what = st
            .iter()
            .take(4)
            .filter_map(Tok::name)
            .collect::<Vec<_>>()
            .join(" ");
        for (i, t) in st.iter().enumerate() {
            let hit = if t.is("FOREIGN") && at_is(&st, i + 1, "KEY") {
                "FOREIGN KEY"
            } else if t.is("REFERENCES") {
                "REFERENCES"
            } else if t.is("TRIGGER") {
                "TRIGGER"
            } else if t.is("GRANT") {
                "GRANT"
            } else if t.is("REVOKE") {
                "REVOKE"
            } else {
                continue;
            };
            found.push(format!("{file}: {hit} in `{what} …`"));
        }
    }
    found
}

/// Tables not keyed by the account first, and stale entries of
/// `not_keyed` (a listed table that is account-keyed, or is gone).
fn account_key_problems(
    tables: &BTreeMap<String, Table>,
    not_keyed: &[(&str, &str)],
) -> Vec<String> {
    let listed: BTreeSet<&str> = not_keyed.iter().map(|(t, _)| *t).collect();
    let mut problems = Vec::new();
    for (name, t) in tables {
        let keyed = t.has_column(ACCOUNT) && t.keyed_first_by(ACCOUNT);
        match (listed.contains(name.as_str()), keyed) {
            (true, true) => problems.push(format!(
                "table `{name}` ({}) is keyed by {ACCOUNT} first: take it off NOT_ACCOUNT_KEYED",
                t.file
            )),
            (false, false) if t.has_column(ACCOUNT) => problems.push(format!(
                "table `{name}` ({}) has {ACCOUNT} but neither its PRIMARY KEY nor any KEY \
                 starts with it: key it by the account first",
                t.file
            )),
            (false, false) => problems.push(format!(
                "table `{name}` ({}) has no {ACCOUNT}: add it and key by it, or place the \
                 table in NOT_ACCOUNT_KEYED with why",
                t.file
            )),
            _ => {}
        }
    }
    for gone in listed.iter().filter(|l| !tables.contains_key(**l)) {
        problems.push(format!(
            "NOT_ACCOUNT_KEYED lists `{gone}`, which no migration creates"
        ));
    }
    problems
}

/// How `sql` uses any of the `generated` (table, column) ids in a way that
/// needs them dense or ordered: `ORDER BY id`, `id >`, `MAX(id)`, `id + 1`.
/// A column counts only in a query that names its table.
fn id_uses(sql: &str, generated: &[(String, String)]) -> BTreeSet<&'static str> {
    let toks = tokens(sql);
    let names_table = |table: &str| toks.iter().any(|t| t.name() == Some(table));
    let columns: Vec<&str> = generated
        .iter()
        .filter(|(table, _)| names_table(table))
        .map(|(_, column)| column.as_str())
        .collect();
    let mut uses = BTreeSet::new();
    let (mut depth, mut order_by): (i32, Option<i32>) = (0, None);
    for (i, t) in toks.iter().enumerate() {
        if t.punct("(") {
            depth += 1;
        } else if t.punct(")") {
            depth -= 1;
        }
        if order_by.is_some_and(|d| depth < d)
            || ["LIMIT", "OFFSET", "FOR", "UNION", "LOCK"]
                .iter()
                .any(|k| t.is(k))
        {
            order_by = None;
        }
        if t.is("BY") && i > 0 && toks[i - 1].is("ORDER") {
            order_by = Some(depth);
        }
        let is_id = t
            .name()
            .is_some_and(|n| columns.iter().any(|c| c.eq_ignore_ascii_case(n)));
        if !is_id {
            continue;
        }
        let before = i.checked_sub(1).and_then(|j| toks.get(j));
        let after = toks.get(i + 1);
        let either = |ps: &[&str]| {
            ps.iter()
                .any(|p| before.is_some_and(|b| b.punct(p)) || after.is_some_and(|a| a.punct(p)))
        };
        if order_by.is_some() {
            uses.insert("ORDER BY id");
        }
        if either(&["<", ">", "<=", ">="]) || after.is_some_and(|a| a.is("BETWEEN")) {
            uses.insert("id comparison");
        }
        if either(&["+", "-", "*", "/", "%"]) {
            uses.insert("id arithmetic");
        }
        if before.is_some_and(|b| b.punct("(")) && i >= 2 {
            if toks[i - 2].is("MAX") {
                uses.insert("MAX(id)");
            } else if toks[i - 2].is("MIN") {
                uses.insert("MIN(id)");
            }
        }
    }
    uses
}

// ---- Rust string literals ------------------------------------------------

/// A string literal of a Rust file: its line, the name of what it is (the
/// field before `name: "…"`, else the enclosing `fn` or `const`) and its
/// text, with escapes and line continuations resolved.
struct Literal {
    line: usize,
    name: String,
    text: String,
}

fn rust_strings(src: &str) -> Vec<Literal> {
    let chars: Vec<char> = src.chars().collect();
    let mut code = String::new();
    let mut out = Vec::new();
    let hashes = |at: usize| chars[at + 1..].iter().take_while(|&&h| h == '#').count();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let ident_before = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '\'' {
            // A char literal ('x', '\n'), or a lifetime.
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else {
                i += 1;
            }
        } else if c == '"'
            || (c == 'r' && !ident_before && chars.get(i + 1 + hashes(i)) == Some(&'"'))
        {
            let start_line = line;
            let mut text = String::new();
            if c == 'r' {
                let close: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes(i)))
                    .collect();
                i += 2 + hashes(i);
                while i < chars.len() && !chars[i..].starts_with(&close) {
                    line += usize::from(chars[i] == '\n');
                    text.push(chars[i]);
                    i += 1;
                }
                i += close.len();
            } else {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        match chars.get(i + 1) {
                            Some('\n') => {
                                i += 1;
                                while i < chars.len() && chars[i].is_whitespace() {
                                    line += usize::from(chars[i] == '\n');
                                    i += 1;
                                }
                                continue;
                            }
                            Some('n') => text.push('\n'),
                            Some(&e) => text.push(e),
                            None => {}
                        }
                        i += 2;
                    } else {
                        line += usize::from(chars[i] == '\n');
                        text.push(chars[i]);
                        i += 1;
                    }
                }
                i += 1;
            }
            out.push(Literal {
                line: start_line,
                name: literal_name(&code),
                text,
            });
            code.push_str("\"\"");
        } else {
            line += usize::from(c == '\n');
            code.push(c);
            i += 1;
        }
    }
    out
}

/// The name of a literal that follows `code`: `events: "…"` is `events`;
/// otherwise the enclosing `fn` or `const`.
fn literal_name(code: &str) -> String {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let tail = code.trim_end();
    let tail = tail.strip_suffix("Some(").unwrap_or(tail).trim_end();
    if let Some(field) = tail.strip_suffix(':').filter(|t| !t.ends_with(':')) {
        let start = field
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |p| p + 1);
        return field[start..].to_owned();
    }
    let fn_at = code.rfind("fn ").map(|p| p + 3);
    let const_at = code.rfind("const ").map(|p| p + 6);
    fn_at
        .max(const_at)
        .map_or_else(String::new, |p| ident(&code[p..]))
}

/// Every string literal of the MySQL store and of src/store/sql/, as
/// (file, literal).
fn mysql_queries() -> Vec<(String, Literal)> {
    let store = root().join("src").join("store");
    let mut files = vec![store.join("mysql.rs")];
    let mut sql: Vec<PathBuf> = std::fs::read_dir(store.join("sql"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    sql.sort();
    files.extend(sql);
    files
        .iter()
        .flat_map(|p| {
            let file = relative(p);
            rust_strings(&std::fs::read_to_string(p).unwrap())
                .into_iter()
                .map(move |l| (file.clone(), l))
        })
        .collect()
}

// ---- The tests -------------------------------------------------------------

#[test]
fn every_table_has_a_primary_key() {
    let problems: Vec<String> = all_schemas()
        .iter()
        .flat_map(|(_, tables)| missing_primary_keys(tables))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_foreign_keys_triggers_or_grants_in_migrations() {
    let problems: Vec<String> = DIALECTS
        .iter()
        .flat_map(|d| migrations(d))
        .flat_map(|(file, sql)| forbidden(&file, &sql))
        .collect();
    assert!(
        problems.is_empty(),
        "Vitess shards none of these; grants belong to the deployment \
         (docs/DEPLOYMENT.md), not to migrations: {problems:#?}"
    );
}

#[test]
fn every_table_is_keyed_by_the_account_first_or_listed() {
    let problems: Vec<String> = all_schemas()
        .iter()
        .flat_map(|(dialect, tables)| {
            account_key_problems(tables, NOT_ACCOUNT_KEYED)
                .into_iter()
                .map(move |p| format!("{dialect}: {p}"))
        })
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_query_relies_on_auto_increment_ids_being_dense_or_ordered() {
    let (tables, _) = schema(&migrations("mysql"));
    let generated: Vec<(String, String)> = tables
        .iter()
        .flat_map(|(name, t)| t.generated.iter().map(move |c| (name.clone(), c.clone())))
        .collect();
    // The parser must see them, or this test checks nothing.
    for expected in ["pause_events", "notifications"] {
        assert!(
            generated.iter().any(|(t, _)| t == expected),
            "no AUTO_INCREMENT column found in `{expected}`: {generated:?}"
        );
    }
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    for (file, literal) in mysql_queries() {
        for used in id_uses(&literal.text, &generated) {
            seen.insert((literal.name.clone(), used));
            if !ID_ORDER_ALLOWED
                .iter()
                .any(|(name, u, _)| *name == literal.name && *u == used)
            {
                problems.push(format!(
                    "{file}:{} `{}` relies on {used}: {:?}",
                    literal.line, literal.name, literal.text
                ));
            }
        }
    }
    for (name, used, _) in ID_ORDER_ALLOWED {
        if !seen.contains(&((*name).to_owned(), *used)) {
            problems.push(format!(
                "ID_ORDER_ALLOWED lists `{name}` ({used}), which no query does any more"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "a Vitess sequence gives unique, increasing ids with gaps; order by a \
         time column (e.g. ORDER BY at, id) or list the query in ID_ORDER_ALLOWED \
         with why: {problems:#?}"
    );
}

// ---- The rules catch what they should --------------------------------------

fn one(file: &str, sql: &str) -> BTreeMap<String, Table> {
    let (tables, problems) = schema(&[(file.to_owned(), sql.to_owned())]);
    assert!(problems.is_empty(), "{problems:?}");
    tables
}

#[test]
fn a_table_without_a_primary_key_is_named() {
    let tables = one(
        "bad.sql",
        "CREATE TABLE IF NOT EXISTS `log` (`registrationID` bigint NOT NULL, \
         `line` text, KEY `log_by_account` (`registrationID`)) ENGINE=InnoDB;\n\
         CREATE TABLE ok (id INTEGER PRIMARY KEY);",
    );
    assert_eq!(
        missing_primary_keys(&tables),
        ["table `log` (bad.sql) has no PRIMARY KEY"]
    );
    // Added later, it counts.
    let tables = one(
        "fixed.sql",
        "CREATE TABLE log (a int); ALTER TABLE log ADD PRIMARY KEY (a);",
    );
    assert!(missing_primary_keys(&tables).is_empty());
}

#[test]
fn foreign_keys_triggers_and_grants_are_named() {
    let sql = "CREATE TABLE a (id int PRIMARY KEY, b int REFERENCES b(id));\n\
         ALTER TABLE a ADD CONSTRAINT fk FOREIGN KEY (b) REFERENCES b (id);\n\
         CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.id = 1;\n\
         GRANT SELECT ON a TO 'u'@'%';\n\
         REVOKE SELECT ON a FROM 'u'@'%';\n\
         -- a comment may say GRANT or REFERENCES\n\
         INSERT INTO a (id) VALUES ('no TRIGGER in a string');";
    let found = forbidden("bad.sql", sql);
    for hit in ["REFERENCES", "FOREIGN KEY", "TRIGGER", "GRANT", "REVOKE"] {
        assert!(
            found
                .iter()
                .any(|f| f.contains(hit) && f.starts_with("bad.sql")),
            "{hit} not found in {found:#?}"
        );
    }
    assert_eq!(found.len(), 6, "{found:#?}");
}

#[test]
fn a_table_not_keyed_by_the_account_first_is_named() {
    let tables = one(
        "bad.sql",
        "CREATE TABLE by_id (id bigint NOT NULL AUTO_INCREMENT, registrationID bigint, \
         PRIMARY KEY (id), KEY later (createdAt, registrationID));\n\
         CREATE TABLE nobody (k text PRIMARY KEY);\n\
         CREATE TABLE good (id bigint PRIMARY KEY, registrationID bigint);\n\
         CREATE INDEX good_by_account ON good (registrationID, id);\n\
         CREATE TABLE listed (k text PRIMARY KEY);\n\
         CREATE TABLE stale (registrationID bigint PRIMARY KEY);",
    );
    let problems = account_key_problems(
        &tables,
        &[("listed", "why"), ("stale", "why"), ("gone", "why")],
    );
    let named = |table: &str| problems.iter().filter(|p| p.contains(table)).count();
    assert_eq!(named("`by_id`"), 1, "{problems:#?}");
    assert_eq!(named("`nobody`"), 1, "{problems:#?}");
    assert_eq!(named("`stale`"), 1, "{problems:#?}");
    assert_eq!(named("`gone`"), 1, "{problems:#?}");
    assert_eq!(problems.len(), 4, "{problems:#?}");
}

#[test]
fn queries_relying_on_id_order_or_density_are_found() {
    let generated = vec![("events".to_owned(), "id".to_owned())];
    let uses = |sql: &str| id_uses(sql, &generated).into_iter().collect::<Vec<_>>();
    assert_eq!(
        uses("SELECT a FROM events WHERE k = ? ORDER BY id DESC LIMIT ?"),
        ["ORDER BY id"]
    );
    assert_eq!(
        uses("SELECT a FROM events ORDER BY at, `id` LIMIT 1"),
        ["ORDER BY id"]
    );
    assert_eq!(uses("SELECT a FROM events WHERE id > ?"), ["id comparison"]);
    assert_eq!(uses("SELECT MAX(id) FROM events"), ["MAX(id)"]);
    assert_eq!(uses("SELECT MIN(id) FROM events"), ["MIN(id)"]);
    assert_eq!(uses("SELECT id + 1 FROM events"), ["id arithmetic"]);
    // Looking an id up, or reading one, relies on nothing.
    assert!(uses("UPDATE events SET count = count + ? WHERE id = ?").is_empty());
    assert!(uses("SELECT id FROM events ORDER BY at LIMIT ?").is_empty());
    // Another table's id is not this one.
    assert!(uses("SELECT id FROM sessions ORDER BY id").is_empty());
    // ORDER BY ends at LIMIT or with its subquery.
    assert!(uses("SELECT (SELECT a FROM events ORDER BY at LIMIT 1), id FROM events").is_empty());
}

#[test]
fn rust_string_literals_are_read_with_their_names() {
    let src = "const SQL: Q = Q {\n\
        // a \"quoted\" comment\n\
        events: \"SELECT a \\\n             FROM t\",\n\
        lock: Some(\"X\"),\n\
    };\n\
    fn built(n: usize) -> String { format!(\"SELECT {}\", n) }\n\
    fn life<'a>(c: char) -> bool { c == '\"' }\n";
    let found: Vec<(usize, String, String)> = rust_strings(src)
        .into_iter()
        .map(|l| (l.line, l.name, l.text))
        .collect();
    assert_eq!(
        found,
        [
            (3, "events".to_owned(), "SELECT a FROM t".to_owned()),
            (5, "lock".to_owned(), "X".to_owned()),
            (7, "built".to_owned(), "SELECT {}".to_owned()),
        ]
    );
}
