//! `App`: the plain shared data every capability and edge works with:
//! settings, the store, keys, the clock and the locales. It knows no HTTP,
//! SMTP or command line; serving it is `cli::serve`'s job.

use std::sync::Arc;

use anyhow::Context;
use time::Duration;

use crate::clock::Clock;
use crate::domain::{AccountId, Identifier};
use crate::i18n::I18n;
use crate::links;
use crate::settings::Settings;
use crate::store::Store;
use crate::token::{self, ApiToken, KeySet, MintError};

/// Immutable after start-up apart from what lives in the database, so
/// instances are interchangeable.
#[derive(Debug)]
pub struct App {
    pub settings: Settings,
    /// Base URL of the portal, without a trailing slash; also its origin,
    /// as configuration refuses a path.
    pub public_url: String,
    pub keys: KeySet,
    pub store: Arc<dyn Store>,
    pub i18n: I18n,
    pub clock: Arc<dyn Clock>,
    /// The internal API's bearer token; `None` refuses every API call.
    pub api_token: Option<ApiToken>,
}

impl App {
    /// Loads the locales; `public_url` is the configured one or derived from
    /// the bound address. The API token is the server's to read.
    pub fn new(
        settings: Settings,
        public_url: String,
        keys: KeySet,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Self> {
        // Installs the process's metrics recorder before the first request.
        let _ = crate::metrics::handle();
        Ok(Self {
            public_url,
            settings,
            keys,
            store,
            i18n: I18n::load().context("loading locales")?,
            clock,
            api_token: None,
        })
    }

    /// Mints a full unpause link for `account` and `identifiers`.
    pub fn mint_link(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
        lifetime: Duration,
    ) -> Result<String, MintError> {
        let jwt = token::mint(&self.keys, account, identifiers, self.clock.now(), lifetime)?;
        Ok(links::unpause(&self.public_url, &jwt))
    }

    /// Whether session cookies must carry `Secure`: when visitors reach the
    /// portal over https (directly or through a TLS-terminating proxy).
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}
