//! Rebuilds when embedded files change: rust-embed and sqlx migrations are
//! read at compile time, and a new file in these folders must not be missed.

fn main() {
    for dir in ["locales", "migrations", "static", "templates"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
