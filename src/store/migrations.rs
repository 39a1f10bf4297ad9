//! Migrations embedded in the binary, one folder per backend.
//!
//! Files are named `NNNN_description.sql`; an applied file must never be
//! edited (sqlx checks its checksum and refuses to start).

use std::borrow::Cow;

use anyhow::Context;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AssertSqlSafe, SqlSafeStr};

#[derive(rust_embed::Embed)]
#[folder = "migrations/sqlite/"]
struct Sqlite;

/// The migrator for SQLite.
pub(crate) fn sqlite() -> anyhow::Result<Migrator> {
    migrator::<Sqlite>()
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
    Ok(Migrator::with_migrations(migrations))
}
