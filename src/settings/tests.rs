//! Loading, layering and validating settings.

use super::*;

fn load(file: &str, overrides: &str) -> anyhow::Result<Settings> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("c.toml");
    std::fs::write(&path, file)?;
    Settings::load(Some(&path), toml::from_str(overrides)?)
}

#[test]
fn the_example_config_holds_every_setting_at_its_default() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/acme-unpause.example.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let example = Settings::load(Some(&path), toml::Table::new()).unwrap();
    assert_eq!(example, Settings::default());
    // Every top-level key appears, set or commented out.
    let keys: Vec<String> = Settings::default()
        .display_lines()
        .unwrap()
        .into_iter()
        .filter(|(key, _)| !key.contains('.'))
        .map(|(key, _)| key)
        .collect();
    for key in keys {
        assert!(
            text.contains(&format!("\n{key} = ")) || text.contains(&format!("\n# {key} = ")),
            "{key} missing from the example config"
        );
    }
}

#[test]
fn flags_override_file_which_overrides_defaults() {
    let s = load(
        "ca_name = \"File CA\"\nlisten = \"127.0.0.1:9000\"\n[mail]\nwindow = \"5m\"\n",
        "ca_name = \"Flag CA\"\n[mail]\nlanguage = \"de\"\n",
    )
    .unwrap();
    assert_eq!(s.ca_name, "Flag CA");
    assert_eq!(s.listen.port(), 9000);
    assert_eq!(s.mail.window, Duration::minutes(5));
    assert_eq!(s.mail.language, "de");
    assert_eq!(s.database_url, Settings::default().database_url);
}

#[test]
fn unknown_config_keys_and_bad_urls_are_errors() {
    let err = format!("{:#}", load("databse_url = \"x\"\n", "").unwrap_err());
    assert!(
        err.contains("databse_url") && err.contains("line 1"),
        "{err}"
    );
    for bad in ["ftp://x", "https://ca.test/portal", "https://ca.test/?a=b"] {
        let overrides = format!("public_url = {bad:?}");
        assert!(load("", &overrides).is_err(), "{bad}");
    }
    let settings = load("", "public_url = \"https://ca.test/\"").unwrap();
    assert_eq!(
        settings.public_base("127.0.0.1:1".parse().unwrap()),
        "https://ca.test"
    );
}

#[test]
fn durations_and_their_rules_are_checked_once_for_every_source() {
    let err = format!("{:#}", load("[mail]\nwindow = \"soon\"\n", "").unwrap_err());
    assert!(err.contains("window") && err.contains("line 2"), "{err}");
    let err = load("[mail]\nlease = \"10s\"\n", "")
        .unwrap_err()
        .to_string();
    assert!(err.contains("mail.lease must be longer than mail.smtp_timeout"));
    assert!(load("", "db_query_timeout = \"2h\"").is_err());
    assert!(load("db_max_connections = 0\n", "").is_err());
    let err = load("db_summary_cache = \"5m\"\n", "")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("db_summary_cache must be at most 60s"),
        "{err}"
    );
    let off = load("db_summary_cache = \"0s\"\n", "").unwrap();
    assert_eq!(off.pool().summary_cache, StdDuration::ZERO);
    assert_eq!(
        load("", "").unwrap().pool().summary_cache,
        StdDuration::from_secs(1)
    );
    assert!(load("", "").unwrap().pool().sync_wait);
    assert!(!load("db_sync_wait = false\n", "").unwrap().pool().sync_wait);
    assert!(
        load("db_sync_wait = false\n", "db_sync_wait = true")
            .unwrap()
            .pool()
            .sync_wait
    );
}

#[test]
fn display_masks_passwords_and_prints_durations_as_written() {
    let s = load(
        "smtp_url = \"smtps://u:hunter2@mail.test\"\nmail_from = \"ca@ca.test\"\n",
        "database_url = \"mysql://root:pw@db/x\"",
    )
    .unwrap();
    let lines = s.display_lines().unwrap();
    let get = |key: &str| {
        lines
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(get("smtp_url"), "smtps://u:***@mail.test");
    assert_eq!(get("database_url"), "mysql://root:***@db/x");
    assert_eq!(get("limits.account_unpause_window"), "60d");
    assert!(!format!("{lines:?}").contains("hunter2"));
}
