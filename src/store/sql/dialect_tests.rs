//! Drift between the three dialects' SQL. Each backend spells its own
//! statements (src/store/{sqlite,mysql,postgres}.rs), and an edit made to one
//! of them only is invisible to the tests of the other two, which need a
//! server. Here every statement is reduced to a dialect-neutral form and the
//! three forms must be equal, and every statement must take its binds in the
//! same order everywhere: the store binds one list for all backends, and
//! MySQL's `?` is positional, so a reordered or extra placeholder there would
//! write one column's value into another.

use super::Dialect;
use super::queries::Queries;
use crate::store::mysql::MysqlDialect;
use crate::store::postgres::PostgresDialect;
use crate::store::sqlite::SqliteDialect;

/// Fields whose SQL is dialect-specific by nature, with why. Their
/// placeholders are still checked; their text is not compared.
const ALLOWED: &[(&str, &str)] = &[
    (
        "begin_write",
        "SQLite takes the write lock up front (BEGIN IMMEDIATE); the servers lock rows",
    ),
    (
        "last_event_id",
        "each backend has its own function for the connection's last generated id",
    ),
];

/// Statements that reference one bind more than once. Numbered placeholders
/// can reuse it; MySQL must bind it again each time, which the store does
/// `summary_account_binds` times.
const REUSED_BINDS: &[&str] = &["summary"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    Sqlite,
    Mysql,
    Postgres,
}

const BACKENDS: [Backend; 3] = [Backend::Sqlite, Backend::Mysql, Backend::Postgres];

fn queries(backend: Backend) -> Queries {
    match backend {
        Backend::Sqlite => SqliteDialect::SQL,
        Backend::Mysql => MysqlDialect::SQL,
        Backend::Postgres => PostgresDialect::SQL,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// A keyword or an identifier, upper-cased: SQL keywords and these
    /// schemas' names compare without case on every backend.
    Word(String),
    /// A string literal, as written.
    Str(String),
    Num(String),
    /// `?` (positional, `None`), `?N` or `$N`, or `:name` (taken as positional).
    Param(Option<u32>),
    Punct(String),
}

impl Tok {
    fn text(&self) -> String {
        match self {
            Self::Word(w) | Self::Num(w) | Self::Punct(w) => w.clone(),
            Self::Str(s) => format!("'{}'", s.replace('\'', "''")),
            Self::Param(_) => "?".to_owned(),
        }
    }

    fn is(&self, text: &str) -> bool {
        !matches!(self, Self::Str(_) | Self::Param(_)) && self.text() == text
    }
}

fn tokenize(sql: &str) -> Vec<Tok> {
    let chars: Vec<char> = sql.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let take_while = |i: &mut usize, ok: &dyn Fn(char) -> bool| {
        let start = *i;
        while *i < chars.len() && ok(chars[*i]) {
            *i += 1;
        }
        chars[start..*i].iter().collect::<String>()
    };
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            c if c.is_whitespace() => i += 1,
            '\'' => {
                let mut text = String::new();
                i += 1;
                while i < chars.len() {
                    if chars[i] == '\'' {
                        if chars.get(i + 1) == Some(&'\'') {
                            text.push('\'');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
                assert!(i < chars.len(), "unterminated string literal in {sql:?}");
                i += 1;
                tokens.push(Tok::Str(text));
            }
            // Quoted identifiers: backticks on MySQL, double quotes elsewhere.
            '`' | '"' => {
                i += 1;
                let name = take_while(&mut i, &|ch| ch != c);
                assert!(i < chars.len(), "unterminated identifier in {sql:?}");
                i += 1;
                tokens.push(Tok::Word(name.to_ascii_uppercase()));
            }
            '?' | '$' if next.is_some_and(|n| n.is_ascii_digit()) => {
                i += 1;
                let n = take_while(&mut i, &|ch| ch.is_ascii_digit());
                tokens.push(Tok::Param(n.parse().ok()));
            }
            '?' => {
                i += 1;
                tokens.push(Tok::Param(None));
            }
            ':' if next.is_some_and(|n| n.is_ascii_alphabetic()) => {
                i += 1;
                take_while(&mut i, &word);
                tokens.push(Tok::Param(None));
            }
            c if c.is_ascii_digit() => tokens.push(Tok::Num(take_while(&mut i, &word))),
            c if word(c) => tokens.push(Tok::Word(take_while(&mut i, &word).to_ascii_uppercase())),
            _ => {
                let pair: String = [c].into_iter().chain(next).collect();
                if ["::", "<=", ">=", "<>", "!=", "||"].contains(&pair.as_str()) {
                    i += 2;
                    tokens.push(Tok::Punct(pair));
                } else {
                    i += 1;
                    tokens.push(Tok::Punct(c.to_string()));
                }
            }
        }
    }
    tokens
}

/// Index of the `)` closing the `(` at `open`.
fn closing(tokens: &[Tok], open: usize) -> usize {
    let mut depth = 0;
    for (i, tok) in tokens.iter().enumerate().skip(open) {
        if tok.is("(") {
            depth += 1;
        } else if tok.is(")") {
            depth -= 1;
            if depth == 0 {
                return i;
            }
        }
    }
    panic!("unbalanced parentheses in {tokens:?}");
}

/// Indexes of the top-level tokens equal to `text` strictly between `open`
/// and `close`.
fn top_level(tokens: &[Tok], open: usize, close: usize, text: &str) -> Vec<usize> {
    let mut depth = 0;
    let mut found = Vec::new();
    for (i, tok) in tokens.iter().enumerate().take(close).skip(open + 1) {
        if tok.is("(") {
            depth += 1;
        } else if tok.is(")") {
            depth -= 1;
        } else if depth == 0 && tok.is(text) {
            found.push(i);
        }
    }
    found
}

fn starts_with(tokens: &[Tok], at: usize, pattern: &[&str]) -> bool {
    pattern.len() <= tokens.len().saturating_sub(at)
        && pattern.iter().zip(&tokens[at..]).all(|(p, t)| t.is(p))
}

/// Replaces every occurrence of `pattern` by `with`.
fn replace(tokens: &mut Vec<Tok>, pattern: &[&str], with: &[&str]) {
    let mut i = 0;
    while i < tokens.len() {
        if starts_with(tokens, i, pattern) {
            let new: Vec<Tok> = with.iter().map(|w| Tok::Punct((*w).to_owned())).collect();
            tokens.splice(i..i + pattern.len(), new);
            i += with.len();
        } else {
            i += 1;
        }
    }
}

/// Words that may follow a derived table's closing parenthesis without
/// being its alias.
const NOT_ALIASES: &[&str] = &[
    "UNION", "WHERE", "ORDER", "LIMIT", "GROUP", "JOIN", "ON", "FOR", "OFFSET", "HAVING",
];

/// Dialect spellings of one meaning, reduced to one spelling.
fn normalise(sql: &str, backend: Backend) -> Vec<Tok> {
    let mut t = tokenize(sql);

    // Casts only steer the driver's decoding (PostgreSQL's untyped NULLs,
    // MySQL's unsigned results): `x::type` and `CAST(x AS type)` are `x`.
    while let Some(i) = t.iter().position(|tok| tok.is("::")) {
        t.drain(i..(i + 2).min(t.len()));
    }
    while let Some(i) = (0..t.len()).find(|&i| starts_with(&t, i, &["CAST", "("])) {
        let close = closing(&t, i + 1);
        let Some(&as_at) = top_level(&t, i + 1, close, "AS").last() else {
            panic!("CAST without AS in {sql:?}");
        };
        t.drain(as_at..=close);
        t.drain(i..i + 2);
    }

    // SQLite's scalar MAX(a, b) is GREATEST; one-argument MAX is the aggregate.
    if backend == Backend::Sqlite {
        for i in 0..t.len() {
            if starts_with(&t, i, &["MAX", "("])
                && !top_level(&t, i + 1, closing(&t, i + 1), ",").is_empty()
            {
                t[i] = Tok::Word("GREATEST".to_owned());
            }
        }
    }

    // The database clock as Unix seconds.
    replace(&mut t, &["UNIXEPOCH", "(", ")"], &["<EPOCH>"]);
    replace(&mut t, &["UNIX_TIMESTAMP", "(", ")"], &["<EPOCH>"]);
    replace(
        &mut t,
        &["EXTRACT", "(", "EPOCH", "FROM", "NOW", "(", ")", ")"],
        &["<EPOCH>"],
    );

    // Upserts: MySQL's conflict is on any unique key and names none, so the
    // others' conflict target is dropped; MySQL's new row is VALUES(col).
    // INSERT IGNORE is taken as MySQL's DO NOTHING, though it also turns
    // some other errors into warnings.
    if starts_with(&t, 0, &["INSERT", "IGNORE", "INTO"]) {
        t.remove(1);
        t.extend(tokenize("ON CONFLICT DO NOTHING"));
    }
    if let Some(i) =
        (0..t.len()).find(|&i| starts_with(&t, i, &["ON", "DUPLICATE", "KEY", "UPDATE"]))
    {
        t.splice(i..i + 4, tokenize("ON CONFLICT DO UPDATE SET"));
        let mut j = i;
        while j + 3 < t.len() {
            if t[j].is("VALUES")
                && t[j + 1].is("(")
                && matches!(t[j + 2], Tok::Word(_))
                && t[j + 3].is(")")
            {
                let column = t[j + 2].clone();
                t.splice(
                    j..j + 4,
                    [
                        Tok::Word("EXCLUDED".to_owned()),
                        Tok::Punct(".".to_owned()),
                        column,
                    ],
                );
            }
            j += 1;
        }
    }
    if let Some(i) = (0..t.len()).find(|&i| starts_with(&t, i, &["ON", "CONFLICT", "("])) {
        let close = closing(&t, i + 2);
        t.drain(i + 2..=close);
    }

    // A bounded DELETE: MySQL takes `DELETE ... WHERE c LIMIT n`; SQLite
    // (unless built with SQLITE_ENABLE_UPDATE_DELETE_LIMIT, which sqlx's
    // bundled one is not) and PostgreSQL need the keys from a subquery,
    // `DELETE FROM t WHERE k IN (SELECT k FROM t WHERE c LIMIT n)`.
    if starts_with(&t, 0, &["DELETE", "FROM"])
        && t.len() > 4
        && t[3].is("WHERE")
        && t.last().is_some_and(|l| l.is(")"))
    {
        let table = t[2].clone();
        let open = (4..t.len()).find(|&i| starts_with(&t, i, &["IN", "(", "SELECT"]));
        if let Some(in_at) = open
            && closing(&t, in_at + 1) == t.len() - 1
        {
            let key = &t[4..in_at];
            let bare: &[Tok] = if key.len() > 2 && key[0].is("(") {
                &key[1..key.len() - 1]
            } else {
                key
            };
            let select = in_at + 3;
            let after = select + bare.len();
            if t.get(select..after) == Some(bare)
                && t.get(after).is_some_and(|k| k.is("FROM"))
                && t.get(after + 1) == Some(&table)
                && t.get(after + 2).is_some_and(|k| k.is("WHERE"))
            {
                let condition: Vec<Tok> = t[after + 3..t.len() - 1].to_vec();
                t.truncate(4);
                t.extend(condition);
            }
        }
    }

    // Derived tables: MySQL and PostgreSQL require an alias, SQLite does not.
    let mut i = 0;
    while i + 1 < t.len() {
        if t[i].is("FROM") && t[i + 1].is("(") {
            let close = closing(&t, i + 1);
            if t.get(close + 1).is_some_and(|w| w.is("AS")) {
                t.drain(close + 1..(close + 3).min(t.len()));
            } else if let Some(Tok::Word(w)) = t.get(close + 1)
                && !NOT_ALIASES.contains(&w.as_str())
            {
                t.remove(close + 1);
            }
        }
        i += 1;
    }

    // SQLite cannot parenthesise a member of a compound SELECT (needed for
    // its own ORDER BY and LIMIT); it wraps it in `SELECT * FROM (...)`.
    if backend == Backend::Sqlite {
        replace(
            &mut t,
            &["UNION", "ALL", "SELECT", "*", "FROM", "("],
            &["UNION", "ALL", "("],
        );
    }
    t
}

/// The form compared across all three: SQLite reads under BEGIN IMMEDIATE's
/// write lock, so the servers' `FOR UPDATE` has no counterpart there.
fn without_locking(mut tokens: Vec<Tok>) -> Vec<Tok> {
    while let Some(i) = (0..tokens.len()).find(|&i| starts_with(&tokens, i, &["FOR", "UPDATE"])) {
        tokens.drain(i..i + 2);
    }
    tokens
}

fn text(tokens: &[Tok]) -> String {
    tokens.iter().map(Tok::text).collect::<Vec<_>>().join(" ")
}

/// How many values the statement takes. A numbered statement must use its
/// numbers in order (1, 2, … each once), as MySQL's positional `?` must,
/// unless it may reuse binds.
fn binds(name: &str, sql: &str, backend: Backend) -> Result<usize, String> {
    let params: Vec<Option<u32>> = tokenize(sql)
        .into_iter()
        .filter_map(|t| match t {
            Tok::Param(n) => Some(n),
            _ => None,
        })
        .collect();
    let mixed = || format!("{name} ({backend:?}): mixed placeholder styles: {sql}");
    if backend == Backend::Mysql {
        return if params.iter().all(Option::is_none) {
            Ok(params.len())
        } else {
            Err(mixed())
        };
    }
    let numbers: Vec<u32> = params
        .iter()
        .copied()
        .collect::<Option<_>>()
        .ok_or_else(mixed)?;
    let max = numbers.iter().copied().max().unwrap_or(0);
    let in_order: Vec<u32> = (1..=max).collect();
    let reuses = REUSED_BINDS.contains(&name);
    if (reuses && !in_order.iter().all(|n| numbers.contains(n))) || (!reuses && numbers != in_order)
    {
        return Err(format!(
            "{name} ({backend:?}): placeholders out of bind order {numbers:?}: {sql}"
        ));
    }
    usize::try_from(max).map_err(|e| e.to_string())
}

/// Every statement of every backend, by field name, in backend order.
fn all_statements() -> Vec<(String, [String; 3])> {
    let lists = BACKENDS.map(|b| queries(b).statements());
    let mut all: Vec<(String, [String; 3])> = lists[0]
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            let sql = [0, 1, 2].map(|b| {
                let (other, sql) = lists[b][i];
                assert_eq!(other, *name, "statements() lists fields in one order");
                sql.to_owned()
            });
            ((*name).to_owned(), sql)
        })
        .collect();
    for n in [1, 2, 7] {
        let sql = BACKENDS.map(|b| (queries(b).check_paused)(n));
        all.push((format!("check_paused({n})"), sql));
    }
    all
}

#[derive(Debug)]
struct Report {
    statements: usize,
    identical: usize,
    allowed: usize,
}

fn check(all: &[(String, [String; 3])]) -> Result<Report, Vec<String>> {
    let mut failures = Vec::new();
    let mut identical = 0;
    let mut allowed = 0;
    for (name, sql) in all {
        let occurrences = BACKENDS.map(|b| {
            tokenize(&sql[b as usize])
                .iter()
                .filter(|t| matches!(t, Tok::Param(_)))
                .count()
        });
        if occurrences[0] != occurrences[1] || occurrences[1] != occurrences[2] {
            failures.push(format!(
                "{name}: placeholder counts (SQLite, MySQL, PostgreSQL) differ: {occurrences:?}"
            ));
        }
        let binds = BACKENDS.map(|b| binds(name, &sql[b as usize], b));
        match binds {
            [Ok(a), Ok(b), Ok(c)]
                if REUSED_BINDS.contains(&name.as_str()) || (a == b && b == c) => {}
            [Ok(_), Ok(_), Ok(_)] => failures.push(format!(
                "{name}: binds (SQLite, MySQL, PostgreSQL) differ: {binds:?}"
            )),
            _ => failures.extend(binds.into_iter().filter_map(Result::err)),
        }

        let forms = [0, 1, 2].map(|b| text(&normalise(&sql[b], BACKENDS[b])));
        let mysql_unlocked = text(&without_locking(normalise(&sql[1], Backend::Mysql)));
        let same = forms[1] == forms[2] && forms[0] == mysql_unlocked;
        if ALLOWED.iter().any(|(allowed, _)| allowed == name) {
            allowed += 1;
            if same {
                failures.push(format!(
                    "{name} may differ but does not: drop it from ALLOWED"
                ));
            }
        } else if same {
            identical += 1;
        } else {
            failures.push(format!(
                "{name} drifted between dialects:\n  SQLite:     {}\n  MySQL:      {}\n  PostgreSQL: {}",
                forms[0], forms[1], forms[2]
            ));
        }
    }
    if failures.is_empty() {
        Ok(Report {
            statements: all.len(),
            identical,
            allowed,
        })
    } else {
        Err(failures)
    }
}

#[test]
fn the_dialects_agree_on_every_shared_statement() {
    let all = all_statements();
    let report = check(&all).unwrap_or_else(|failures| panic!("{}", failures.join("\n")));
    assert_eq!(report.statements, report.identical + report.allowed);
    println!(
        "{} statements: {} identical after normalisation, {} allowed to differ",
        report.statements, report.identical, report.allowed
    );
    for (name, _) in ALLOWED {
        assert!(
            all.iter().any(|(n, _)| n == name),
            "ALLOWED names no statement {name}"
        );
    }
}

#[test]
fn summary_takes_the_account_as_often_as_the_store_binds_it() {
    for b in BACKENDS {
        let q = queries(b);
        assert_eq!(
            binds("summary", q.summary, b),
            Ok(q.summary_account_binds + 1),
            "{b:?}"
        );
    }
}

#[test]
fn summary_counts_up_to_the_cap_and_one_more_on_every_backend() {
    let limit = format!("LIMIT {})", crate::store::COUNT_CAP + 1);
    for b in BACKENDS {
        assert!(queries(b).summary.contains(&limit), "{b:?}: no {limit}");
    }
}

/// `all` with one backend's statement edited; the edit must apply.
fn edited(name: &str, backend: Backend, from: &str, to: &str) -> Vec<(String, [String; 3])> {
    let mut all = all_statements();
    let Some((_, sql)) = all.iter_mut().find(|(n, _)| n == name) else {
        panic!("no statement {name}");
    };
    let sql = &mut sql[backend as usize];
    assert!(sql.contains(from), "{name}: {from:?} not in {sql}");
    *sql = sql.replace(from, to);
    all
}

#[test]
fn a_statement_edited_in_one_dialect_only_fails_the_check() {
    for (name, backend, from, to) in [
        // Conditions swapped: same placeholders, values bound to the other column.
        (
            "repause",
            Backend::Mysql,
            "registrationID = ? AND identifierValue = ?",
            "identifierValue = ? AND registrationID = ?",
        ),
        // A condition added on one backend only.
        (
            "outbox.merge",
            Backend::Postgres,
            "WHERE id = $4",
            "WHERE id = $4 AND state = 'pending'",
        ),
        // Numbers swapped: the text is the same once normalised, the order is not.
        ("insert_event", Backend::Sqlite, "?8, ?9", "?9, ?8"),
        // One more value to bind on one backend.
        (
            "outbox.claim",
            Backend::Mysql,
            "WHERE id = ?",
            "WHERE id = ? AND attempts < ?",
        ),
        // A locking read dropped on one server.
        ("pair_state", Backend::Postgres, "FOR UPDATE", ""),
    ] {
        assert!(
            check(&edited(name, backend, from, to)).is_err(),
            "{name} edited on {backend:?} passed"
        );
    }
}

#[test]
fn normalising_maps_known_dialect_spellings_together() {
    let pairs = [
        (
            "SELECT `a` FROM t WHERE x = ?",
            "select \"a\" from T where X = $1",
            Backend::Postgres,
        ),
        (
            "UPDATE t SET a = GREATEST(?, b)",
            "UPDATE t SET a = MAX(?1, b)",
            Backend::Sqlite,
        ),
        (
            "SELECT CAST(x AS SIGNED) FROM t",
            "SELECT x::bigint FROM t",
            Backend::Postgres,
        ),
        (
            "DELETE FROM t WHERE a < ? LIMIT ?",
            "DELETE FROM t WHERE k IN (SELECT k FROM t WHERE a < ?1 LIMIT ?2)",
            Backend::Sqlite,
        ),
    ];
    for (mysql, other, backend) in pairs {
        assert_eq!(
            text(&normalise(mysql, Backend::Mysql)),
            text(&normalise(other, backend)),
            "{other}"
        );
    }
    // Aggregate MAX stays MAX.
    assert_eq!(
        text(&normalise("SELECT MAX(a) FROM t", Backend::Sqlite)),
        "SELECT MAX ( A ) FROM T"
    );
    // A literal keeps its case and its quotes.
    assert_eq!(
        text(&normalise("SELECT 'it''s'", Backend::Sqlite)),
        "SELECT 'it''s'"
    );
}
