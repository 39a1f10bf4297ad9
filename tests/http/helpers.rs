//! `spawn_app` and the `TestApp` handle.

use std::sync::{Arc, Once};

use acme_unpause::app::App;
use acme_unpause::cli::serve;
pub use acme_unpause::clock::Clock;
use acme_unpause::clock::{FixedClock, SystemClock};
use acme_unpause::domain::{AccountId, Identifier};
use acme_unpause::settings::{LimitSettings, MailSettings, Settings};
use acme_unpause::store::{self, AuditContext, PauseMode, PausedSummary, Store};
use acme_unpause::token::{self, KeySet, SigningKey};
use reqwest::header::{HeaderMap, ORIGIN};
use reqwest::{Response, StatusCode};

pub use crate::db::{Db, TestDb};
pub(crate) use crate::db::{db_tests, server_db_tests};
use time::{Duration, OffsetDateTime};

/// The internal API's bearer token in tests (test data, not a secret).
pub const API_TOKEN: &str = "test-only-internal-token-0123456789abcdef";

pub struct TestApp {
    pub db: TestDb,
    pub base: String,
    /// Base URL of the internal listener.
    pub internal: String,
    pub store: Arc<dyn Store>,
    pub keys: KeySet,
    pub clock: Arc<FixedClock>,
    pub client: reqwest::Client,
    pub settings: Settings,
    _dir: tempfile::TempDir,
}

pub struct Options {
    /// The database backend.
    pub db: Db,
    /// A database prepared by the test (fixtures, a proxy); else a fresh
    /// one of `db`.
    pub prepared: Option<(TestDb, String)>,
    /// Pool and timeouts; the defaults when absent.
    pub pool: Option<store::PoolSettings>,
    /// The pausing policy; the defaults when absent.
    pub policy: Option<acme_unpause::policy::Policy>,
    /// Key as 64 hex characters; a fresh key when absent.
    pub key_hex: Option<String>,
    /// The server's clock; the real time when absent.
    pub now: Option<OffsetDateTime>,
    /// Notification email settings; the defaults when absent.
    pub mail: Option<MailSettings>,
    /// The SMTP server the portal sends through; none when absent.
    pub smtp_url: Option<String>,
    /// Abuse limits; the defaults when absent.
    pub limits: Option<LimitSettings>,
    /// Proxies whose X-Forwarded-For is believed.
    pub trusted_proxies: Vec<acme_unpause::domain::Cidr>,
    /// A second line of the internal token file, as during a rotation.
    pub second_api_token: Option<&'static str>,
    /// The public URL, as behind a TLS-terminating proxy; the bound
    /// address over http when absent.
    pub public_url: Option<&'static str>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            db: Db::Sqlite,
            prepared: None,
            pool: None,
            policy: None,
            key_hex: None,
            now: None,
            mail: None,
            smtp_url: None,
            limits: None,
            trusted_proxies: Vec::new(),
            second_api_token: None,
            public_url: None,
        }
    }
}

/// The portal on SQLite, for tests that do not depend on the backend.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

/// The portal on a fresh database of the given backend.
pub async fn spawn_app_on(db: Db) -> TestApp {
    spawn_app_with(Options {
        db,
        ..Options::default()
    })
    .await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    // ACME_UNPAUSE_TEST_LOG=debug shows the portal's log while debugging a test.
    static LOG: Once = Once::new();
    LOG.call_once(|| {
        if let Ok(filter) = std::env::var("ACME_UNPAUSE_TEST_LOG") {
            tracing_subscriber::fmt()
                .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
                .with_test_writer()
                .init();
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let key = match options.key_hex {
        Some(hex) => SigningKey::from_hex(&hex).unwrap(),
        None => SigningKey::generate().unwrap(),
    };
    let key_file = dir.path().join("test.key");
    std::fs::write(&key_file, key.to_hex_line()).unwrap();
    let token_file = dir.path().join("internal.token");
    let second = options.second_api_token.unwrap_or_default();
    std::fs::write(&token_file, format!("{API_TOKEN}\n{second}\n")).unwrap();
    let (db, database_url) = match options.prepared {
        Some(prepared) => prepared,
        None => {
            let db = TestDb::create(options.db).await;
            let url = db.url.clone();
            (db, url)
        }
    };
    let pool = options.pool.unwrap_or_default();
    let settings = Settings {
        database_url: database_url.clone(),
        db_max_connections: pool.max_connections,
        db_acquire_timeout: pool.acquire_timeout,
        db_query_timeout: pool.query_timeout,
        policy: options.policy.unwrap_or_default(),
        key_files: vec![key_file],
        listen: "127.0.0.1:0".parse().unwrap(),
        internal_listen: "127.0.0.1:0".parse().unwrap(),
        internal_token_file: Some(token_file),
        ca_name: "Test CA".into(),
        staging_url: "https://staging.test/directory".parse().unwrap(),
        forum_url: "https://forum.test/".parse().unwrap(),
        docs_url: "https://docs.test/".parse().unwrap(),
        smtp_url: options.smtp_url,
        mail_from: Some(TEST_MAIL_FROM.parse().unwrap()),
        mail: options.mail.unwrap_or_default(),
        limits: options.limits.unwrap_or_default(),
        trusted_proxies: options.trusted_proxies,
        public_url: options.public_url.map(|url| url.parse().unwrap()),
        ..Settings::default()
    };
    let clock = Arc::new(FixedClock::new(
        options.now.unwrap_or_else(|| SystemClock.now()),
    ));
    let open = store::connect(&database_url, &pool, store::Schema::Migrate);
    let (app, listeners) = serve::start(settings.clone(), open, clock.clone())
        .await
        .unwrap();
    let internal = format!("http://{}", listeners.internal.local_addr().unwrap());
    // Where requests go; the public URL may name a proxy in front of it.
    let base = format!("http://{}", listeners.public.local_addr().unwrap());
    let store = app.store.clone();
    tokio::spawn(serve::serve(app, listeners, std::future::pending()));
    let settings = Settings {
        listen: base.trim_start_matches("http://").parse().unwrap(),
        ..settings
    };
    TestApp {
        settings,
        db,
        base,
        internal,
        store,
        keys: KeySet::new(vec![key]).unwrap(),
        clock,
        client: client(),
        _dir: dir,
    }
}

/// A browser-like client: keeps cookies, does not follow redirects.
pub fn client() -> reqwest::Client {
    // reqwest is built without a default TLS backend; ring is the project's.
    static RUSTLS: Once = Once::new();
    RUSTLS.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub fn account(id: i64) -> AccountId {
    AccountId::new(id).unwrap()
}

pub fn idents(names: &[&str]) -> Vec<Identifier> {
    names
        .iter()
        .map(|n| Identifier::parse(n).unwrap())
        .collect()
}

/// The sender address of test emails.
pub const TEST_MAIL_FROM: &str = "Test CA <noreply@ca.test>";

/// Mail settings for tests: a short SMTP timeout.
pub fn mail_settings() -> MailSettings {
    MailSettings {
        smtp_timeout: std::time::Duration::from_secs(5),
        ..MailSettings::default()
    }
}

impl TestApp {
    /// A notification sender delivering to `sink`, on this app's database
    /// and clock (an instance of its own, as `notify` would be).
    pub fn sender(&self, sink: &crate::smtp::SmtpSink) -> acme_unpause::mail::Sender {
        let settings = Settings {
            smtp_url: Some(sink.url()),
            mail: MailSettings {
                window: self.settings.mail.window,
                ..mail_settings()
            },
            ..self.settings.clone()
        };
        let app = App::new(
            settings,
            self.base.clone(),
            self.keys.clone(),
            self.store.clone(),
            self.clock.clone(),
        )
        .unwrap();
        acme_unpause::mail::Sender::new(Arc::new(app))
            .unwrap()
            .unwrap()
    }

    /// A token with exactly this header and payload text, signed with the
    /// app's key (HMAC-SHA256), whatever the header claims.
    pub fn sign_raw(&self, header: &str, payload: &str) -> String {
        use base64::Engine;
        use base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let key_hex = self.keys.signing().to_hex_line();
        let key_bytes: Vec<u8> = (0..32)
            .map(|i| u8::from_str_radix(&key_hex[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header),
            URL_SAFE_NO_PAD.encode(payload)
        );
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &key_bytes);
        let sig = ring::hmac::sign(&key, signing_input.as_bytes());
        format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig))
    }

    /// A link for `account` minted now with a day to live.
    pub fn link_token(&self, account_id: i64, names: &[&str]) -> String {
        self.token_at(account_id, names, self.clock.now(), Duration::days(1))
    }

    pub fn token_at(
        &self,
        account_id: i64,
        names: &[&str],
        at: OffsetDateTime,
        lifetime: Duration,
    ) -> String {
        token::mint(
            &self.keys,
            account(account_id),
            &idents(names),
            at,
            lifetime,
        )
        .unwrap()
    }

    /// POSTs JSON to the internal API with the right token.
    pub async fn api_post(&self, path: &str, body: &serde_json::Value) -> Response {
        self.client
            .post(format!("{}{path}", self.internal))
            .bearer_auth(API_TOKEN)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn get_unpause(&self, jwt: &str) -> Response {
        self.get(&format!("/sfe/v1/unpause?jwt={jwt}")).await
    }

    /// Loads the unpause page and returns its CSRF token.
    pub async fn open_page(&self, jwt: &str) -> String {
        let response = self.get_unpause(jwt).await;
        assert_eq!(response.status(), StatusCode::OK);
        csrf_from(&response.text().await.unwrap())
    }

    /// Posts the unpause form as the page's own browser would (same Origin).
    pub async fn post_do_unpause(&self, form: &[(&str, &str)]) -> Response {
        self.post_do_unpause_with(form, same_origin(&self.base))
            .await
    }

    /// Posts "unpause only these" with the given `type:value` names.
    pub async fn post_selected(&self, jwt: &str, csrf: &str, names: &[&str]) -> Response {
        let mut form = vec![("jwt", jwt), ("csrf", csrf), ("action", "selected")];
        form.extend(names.iter().map(|name| ("name", *name)));
        self.post_do_unpause(&form).await
    }

    pub async fn post_do_unpause_with(
        &self,
        form: &[(&str, &str)],
        headers: HeaderMap,
    ) -> Response {
        self.client
            .post(self.url("/sfe/v1/do-unpause"))
            .headers(headers)
            .form(form)
            .send()
            .await
            .unwrap()
    }

    pub async fn pause(&self, account_id: i64, names: &[&str]) {
        self.store
            .pause_identifiers(
                account(account_id),
                &idents(names),
                PauseMode::RespectCooldown,
                self.clock.now(),
                &AuditContext::cli(),
                &store::Notice::default(),
            )
            .await
            .unwrap();
    }

    pub async fn pause_account(&self, account_id: i64) {
        self.store
            .pause_account(
                account(account_id),
                PauseMode::RespectCooldown,
                self.clock.now(),
                &AuditContext::cli(),
                &store::Notice::default(),
            )
            .await
            .unwrap();
    }

    /// The store another portal instance on this database would have: its
    /// own summary cache, which this app's writes do not reach.
    pub async fn another_instance(&self) -> Arc<dyn Store> {
        store::connect(
            &self.db.url,
            &store::PoolSettings::default(),
            store::Schema::Check,
        )
        .await
        .unwrap()
    }

    pub async fn summary(&self, account_id: i64) -> PausedSummary {
        self.store
            .paused_summary(account(account_id), 1000)
            .await
            .unwrap()
    }

    pub async fn paused_values(&self, account_id: i64) -> Vec<String> {
        self.summary(account_id)
            .await
            .first
            .iter()
            .map(|p| p.identifier.value().to_owned())
            .collect()
    }

    /// Pauses `count` names n0….example for the account, zero-padded to one
    /// width (n00…n49 for 50) so that they sort as they count.
    pub async fn pause_numbered(&self, account_id: i64, count: usize) {
        let width = count.saturating_sub(1).to_string().len();
        let names: Vec<String> = (0..count)
            .map(|i| format!("n{i:0width$}.example"))
            .collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        self.pause(account_id, &refs).await;
    }

    /// Pauses `a.example` for the account, to be emailed to `contact`.
    pub async fn pause_with_contact(&self, account_id: i64, contact: &str) {
        let notice = store::Notice {
            contacts: vec![contact.parse().unwrap()],
            language: None,
            window: self.settings.mail.window,
        };
        self.store
            .pause_identifiers(
                account(account_id),
                &idents(&["a.example"]),
                PauseMode::RespectCooldown,
                self.clock.now(),
                &AuditContext::cli(),
                &notice,
            )
            .await
            .unwrap();
    }
}

pub fn same_origin(base: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(ORIGIN, base.parse().unwrap());
    headers
}

/// The CSRF token from the page's hidden field.
pub fn csrf_from(html: &str) -> String {
    let marker = r#"name="csrf" value=""#;
    let start = html.find(marker).expect("page has a CSRF field") + marker.len();
    let end = html[start..].find('"').unwrap();
    html[start..start + end].to_owned()
}

/// Whether the page has an element with this id: stable markers, not prose.
pub fn has_id(html: &str, id: &str) -> bool {
    html.contains(&format!(r#"id="{id}""#))
}

/// The translation handle for a locale, from the bundles the binary embeds:
/// tests compare pages and mail with the catalogue, never with copy typed
/// into the test.
pub fn tr(tag: &str) -> acme_unpause::i18n::Tr<'static> {
    static I18N: std::sync::OnceLock<acme_unpause::i18n::I18n> = std::sync::OnceLock::new();
    let i18n = I18N.get_or_init(|| acme_unpause::i18n::I18n::load().expect("bundles load"));
    i18n.tr(i18n.find(tag).expect("a locale of ours"))
}

/// Fluent's isolation marks around each variable, gone.
pub fn without_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// HTML text with the entities askama writes turned back into characters.
pub fn unescape_html(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The text of the element with this id, up to its first child tag or end
/// tag, unescaped.
pub fn text_of(html: &str, id: &str) -> Option<String> {
    let start = html.find(&format!(r#"id="{id}""#))?;
    let open_end = start + html[start..].find('>')? + 1;
    let end = open_end + html[open_end..].find('<')?;
    Some(unescape_html(&html[open_end..end]))
}

pub fn assert_redirect_to(response: &Response, location: &str) {
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response
            .headers()
            .get("location")
            .unwrap()
            .to_str()
            .unwrap(),
        location
    );
}

pub fn assert_security_headers(response: &Response) {
    let h = response.headers();
    let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(h.get("referrer-policy").unwrap(), "strict-origin");
    assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
}

pub fn assert_no_store(response: &Response) {
    assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");
}

/// The body of a GET of `url`, whatever its status.
pub async fn get_text(client: &reqwest::Client, url: &str) -> String {
    client.get(url).send().await.unwrap().text().await.unwrap()
}

/// A client that keeps no cookies: the test says which it sends.
pub fn bare_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The `Set-Cookie` header of `response` for the cookie `name`.
pub fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

/// The value of a `Set-Cookie` line.
pub fn value_of(set_cookie: &str) -> &str {
    let pair = set_cookie.split(';').next().unwrap();
    pair.split_once('=').unwrap().1
}
