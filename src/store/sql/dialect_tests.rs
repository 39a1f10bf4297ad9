//! Drift between the three dialects' SQL. Each backend spells its own
//! statements (src/store/{sqlite,mysql,postgres}.rs), and an edit made to one
//! of them only is invisible to the tests of the other two, which need a
//! server. Here every statement is reduced to a dialect-neutral form and the
//! three forms must be equal, and every statement must take its binds in the
//! same order everywhere: the store binds one list for all backends, and
//! MySQL's `?` is positional, so a reordered or extra placeholder there would
//! write one column's value into another.

mod normalise;

use normalise::{Tok, normalise, text, tokenize, without_locking};

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

/// Statements that MySQL (MariaDB) spells its own way, with why. SQLite's
/// and PostgreSQL's must still agree, and MySQL's must lock as
/// PostgreSQL's does; placeholders are checked on all three. Statements
/// built for `n` items are named without their `(n)`.
const MYSQL_OWN: &[(&str, &str)] = &[(
    "policy.pairs_get",
    "MariaDB 10.11 reads bound parameters in a VALUES table as empty, so it takes a row-value IN list, which the others cannot plan as key lookups",
)];

/// The name a statement is listed under: a built one without its `(n)`.
fn base_name(name: &str) -> &str {
    name.split('(').next().unwrap_or(name)
}

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

/// How many values the statement takes. A numbered statement must use its
/// numbers in order (1, 2, … each once), as MySQL's positional `?` must,
/// unless it may reuse binds. SQLite's statements built for `n` items may
/// be positional too.
fn binds(name: &str, sql: &str, backend: Backend) -> Result<usize, String> {
    let params: Vec<Option<u32>> = tokenize(sql)
        .into_iter()
        .filter_map(|t| match t {
            Tok::Param(n) => Some(n),
            _ => None,
        })
        .collect();
    let mixed = || format!("{name} ({backend:?}): mixed placeholder styles: {sql}");
    // Plain `?` are bound in order: MySQL's only style, and SQLite's in
    // statements built with many parameters (see `sqlite::tuples`).
    let positional =
        backend == Backend::Mysql || (backend == Backend::Sqlite && name.contains('('));
    if positional && params.iter().all(Option::is_none) {
        return Ok(params.len());
    }
    if backend == Backend::Mysql {
        return Err(mixed());
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
    // As the store sends it, its list limit written in.
    let summary = BACKENDS.map(|b| super::summary_sql(queries(b).summary, 100));
    all.push(("summary".to_owned(), summary));
    let built = BACKENDS.map(|b| queries(b).built());
    for (i, (name, _)) in built[0].iter().enumerate() {
        for n in [1, 2, 7] {
            let sql = [0, 1, 2].map(|b| {
                let (other, build) = built[b][i];
                assert_eq!(other, *name, "built() lists builders in one order");
                build(n)
            });
            all.push((format!("{name}({n})"), sql));
        }
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
        if MYSQL_OWN.iter().any(|(own, _)| *own == base_name(name)) {
            let postgres_unlocked = text(&without_locking(normalise(&sql[2], Backend::Postgres)));
            let locks = |b: usize| forms[b].contains("FOR UPDATE");
            if forms[0] != postgres_unlocked || locks(1) != locks(2) {
                failures.push(format!(
                    "{name} drifted between SQLite and PostgreSQL, or locks on one server only:\n  SQLite:     {}\n  MySQL:      {}\n  PostgreSQL: {}",
                    forms[0], forms[1], forms[2]
                ));
            } else {
                allowed += 1;
            }
        } else if ALLOWED.iter().any(|(allowed, _)| allowed == name) {
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
    for (name, _) in ALLOWED.iter().chain(MYSQL_OWN) {
        assert!(
            all.iter().any(|(n, _)| base_name(n) == *name),
            "ALLOWED or MYSQL_OWN names no statement {name}"
        );
    }
}

#[test]
fn summary_takes_the_account_as_often_as_the_store_binds_it() {
    for b in BACKENDS {
        let q = queries(b);
        assert_eq!(
            binds("summary", &super::summary_sql(q.summary, 100), b),
            Ok(q.summary_account_binds),
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

#[test]
fn summary_takes_its_list_limit_written_in() {
    for b in BACKENDS {
        let sql = super::summary_sql(queries(b).summary, 100);
        assert!(sql.ends_with("LIMIT 100)"), "{b:?}: {sql}");
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
        // ... also from a batch's reads, spelled per backend or not.
        ("policy.pairs_get(7)", Backend::Mysql, "FOR UPDATE", ""),
        (
            "policy.accounts_get(2)",
            Backend::Postgres,
            "FOR UPDATE",
            "",
        ),
        // A column left out of one backend's batched upsert.
        (
            "policy.pairs_upsert(2)",
            Backend::Sqlite,
            ", lastOutcome = excluded.lastOutcome",
            "",
        ),
        // A key compared against the wrong column on one backend only.
        (
            "policy.pairs_get(1)",
            Backend::Sqlite,
            "p.identifierType = k.identifierType",
            "p.identifierType = k.registrationID",
        ),
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
