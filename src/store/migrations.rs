//! Migrations embedded in the binary, one folder per backend.
//!
//! Files are named `NNNN_description.sql`; an applied file must never be
//! edited (sqlx checks its checksum and refuses to start).

use std::borrow::Cow;

use anyhow::Context;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AssertSqlSafe, SqlSafeStr};

/// This project's migration history. Not sqlx's default name: in the CA's
/// shared database other tools may keep their own.
pub(super) const TABLE: &str = "acme_unpause_migrations";

#[derive(rust_embed::Embed)]
#[folder = "migrations/sqlite/"]
struct Sqlite;

#[derive(rust_embed::Embed)]
#[folder = "migrations/mysql/"]
struct Mysql;

#[derive(rust_embed::Embed)]
#[folder = "migrations/postgres/"]
struct Postgres;

pub(super) fn sqlite() -> anyhow::Result<Migrator> {
    migrator::<Sqlite>()
}

pub(super) fn mysql() -> anyhow::Result<Migrator> {
    migrator::<Mysql>()
}

pub(super) fn postgres() -> anyhow::Result<Migrator> {
    migrator::<Postgres>()
}

/// Fails unless every migration of `migrator` is in `applied`.
pub(super) fn check_applied(migrator: &Migrator, applied: &[i64]) -> anyhow::Result<()> {
    let missing: Vec<String> = migrator
        .iter()
        .filter(|m| !applied.contains(&m.version))
        .map(|m| format!("{} {}", m.version, m.description))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        anyhow::bail!(
            "database schema is not up to date (missing: {}); run `acme-unpause migrate`",
            missing.join(", ")
        )
    }
}

fn migrator<E: rust_embed::Embed>() -> anyhow::Result<Migrator> {
    let mut migrations = Vec::new();
    for name in E::iter() {
        let file = E::get(&name).with_context(|| format!("embedded migration {name} vanished"))?;
        let (version, description) = name
            .trim_end_matches(".sql")
            .split_once('_')
            .with_context(|| format!("migration file {name} is not NNNN_description.sql"))?;
        let version: i64 = version
            .parse()
            .with_context(|| format!("migration file {name} has no numeric version"))?;
        let sql = String::from_utf8(file.data.into_owned())
            .with_context(|| format!("migration {name} is not UTF-8"))?;
        migrations.push(Migration::new(
            version,
            Cow::Owned(description.replace('_', " ")),
            MigrationType::Simple,
            AssertSqlSafe(sql).into_sql_str(),
            false,
        ));
    }
    let mut migrator = Migrator::with_migrations(migrations);
    migrator.dangerous_set_table_name(TABLE);
    Ok(migrator)
}
