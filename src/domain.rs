//! Domain values shared by every layer: account IDs, identifiers, contacts
//! and address blocks.
//!
//! Each type is parsed once, at the edge (CLI flag, form field, token claim,
//! database row), and is valid by construction afterwards. Nothing here does
//! I/O or knows about HTTP or SQL.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

/// Why an input could not become a domain value. The message names the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("account ID must be a decimal number between 1 and 9223372036854775807, got {0:?}")]
    AccountId(String),
    #[error("identifier type must be \"dns\" or \"ip\", got {0:?}")]
    IdentifierType(String),
    #[error("not a DNS name or IP address: {0:?}")]
    Identifier(String),
    #[error("contact must be mailto:ADDRESS with one plain email address, got {0:?}")]
    Contact(String),
}

/// An ACME account (Boulder's `registrationID`).
///
/// Invariant: `1 <= id <= i64::MAX`. Boulder stores it in an unsigned column
/// but parses the token's `sub` as int64, so the intersection is what both
/// sides can represent; zero and negatives are refused (see DESIGN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccountId(i64);

impl AccountId {
    pub fn new(id: i64) -> Result<Self, DomainError> {
        if id > 0 {
            Ok(Self(id))
        } else {
            Err(DomainError::AccountId(id.to_string()))
        }
    }

    pub fn get(self) -> i64 {
        self.0
    }
}

impl FromStr for AccountId {
    type Err = DomainError;

    /// Only plain ASCII digits: `i64::from_str` would also take a leading `+`,
    /// which no ACME server writes and which would give one account two spellings.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DomainError::AccountId(s.chars().take(40).collect());
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let id: i64 = s.parse().map_err(|_| err())?;
        Self::new(id).map_err(|_| err())
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Boulder's `identifierType` column. The numeric codes are stored in the
/// shared database: changing them would silently re-type every row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdentifierType {
    Dns,
    Ip,
}

impl IdentifierType {
    pub fn code(self) -> i16 {
        match self {
            Self::Dns => 0,
            Self::Ip => 1,
        }
    }

    pub fn from_code(code: i16) -> Option<Self> {
        match code {
            0 => Some(Self::Dns),
            1 => Some(Self::Ip),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dns => "dns",
            Self::Ip => "ip",
        }
    }
}

impl FromStr for IdentifierType {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "dns" => Ok(Self::Dns),
            "ip" => Ok(Self::Ip),
            other => Err(DomainError::IdentifierType(
                other.chars().take(20).collect(),
            )),
        }
    }
}

impl fmt::Display for IdentifierType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Longest `identifierValue` Boulder's column holds (`varchar(255)`).
pub const MAX_IDENTIFIER_LEN: usize = 255;

/// A paused name: a DNS name or an IP address, in canonical form.
///
/// Invariant for values built by `parse`/`new`: DNS names are lowercase
/// LDH labels (a leading `*.` allowed), at most 253 characters; IP addresses
/// are in the textual form `IpAddr` prints, so one address has one spelling.
/// `from_store` skips validation for rows another writer (Boulder) put in the
/// shared table: they are shown and unpaused as they are.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Identifier {
    kind: IdentifierType,
    value: String,
}

impl Identifier {
    /// Parses a value whose type is implied: an IP address if it parses as one,
    /// else a DNS name. Surrounding white space and a trailing dot are dropped
    /// and letters are lowercased, because operators paste names from logs.
    pub fn parse(input: &str) -> Result<Self, DomainError> {
        let trimmed = input.trim();
        if trimmed.parse::<IpAddr>().is_ok() {
            Self::new(IdentifierType::Ip, trimmed)
        } else {
            Self::new(IdentifierType::Dns, trimmed)
        }
    }

    /// Parses a value of a known type.
    pub fn new(kind: IdentifierType, input: &str) -> Result<Self, DomainError> {
        let err = || DomainError::Identifier(input.chars().take(80).collect());
        let value = match kind {
            IdentifierType::Ip => input
                .trim()
                .parse::<IpAddr>()
                .map_err(|_| err())?
                .to_string(),
            IdentifierType::Dns => {
                let name = input.trim().trim_end_matches('.').to_ascii_lowercase();
                if !is_dns_name(&name) {
                    return Err(err());
                }
                name
            }
        };
        Ok(Self { kind, value })
    }

    /// Rebuilds an identifier read from the database without re-validating it.
    pub fn from_store(kind: IdentifierType, value: String) -> Self {
        Self { kind, value }
    }

    /// Parses the `type:value` form used in HTML forms and CLI output.
    pub fn from_typed(input: &str) -> Result<Self, DomainError> {
        let (kind, value) = input
            .split_once(':')
            .ok_or_else(|| DomainError::Identifier(input.chars().take(80).collect()))?;
        Self::new(kind.parse()?, value)
    }

    /// Parses a `type:value` the unpause page listed, which is a row of the
    /// shared table as it is: another writer (Boulder, an operator's SQL)
    /// may have stored a name in mixed case, with an underscore or a
    /// trailing dot, and ticking it must still match that row. So the value
    /// is taken verbatim: at most [`MAX_IDENTIFIER_LEN`] characters (the
    /// column's width) and no NUL (which PostgreSQL cannot store, so no
    /// row can hold it there). Nothing else is checked, because it only
    /// ever selects among the link's own account's rows, through bound
    /// parameters.
    pub fn from_listed(input: &str) -> Result<Self, DomainError> {
        let err = || DomainError::Identifier(input.chars().take(80).collect());
        let (kind, value) = input.split_once(':').ok_or_else(err)?;
        let kind: IdentifierType = kind.parse()?;
        if value.is_empty() || value.chars().count() > MAX_IDENTIFIER_LEN || value.contains('\0') {
            return Err(err());
        }
        Ok(Self::from_store(kind, value.to_owned()))
    }

    pub fn kind(&self) -> IdentifierType {
        self.kind
    }

    pub fn value(&self) -> &str {
        &self.value
    }

    /// `type:value`, the inverse of `from_typed`.
    pub fn typed(&self) -> String {
        format!("{}:{}", self.kind, self.value)
    }
}

impl FromStr for Identifier {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.value)
    }
}

/// Longest contact address kept (RFC 5321's limit on a path).
pub const MAX_CONTACT_LEN: usize = 254;

/// An ACME account contact that can receive email: `mailto:` and one
/// address, as RFC 8555 §7.3 allows (no header fields, no second address).
/// Other schemes are refused rather than dropped, so a caller learns that
/// nobody would be told.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Contact(lettre::Address);

impl Contact {
    /// Parses `mailto:user@example.com`.
    pub fn parse(input: &str) -> Result<Self, DomainError> {
        let refuse = || DomainError::Contact(input.chars().take(100).collect());
        let address = input
            .strip_prefix("mailto:")
            .or_else(|| input.strip_prefix("MAILTO:"))
            .ok_or_else(refuse)?;
        // Header fields (`?subject=`), several addresses and percent-escapes
        // are legal in mailto URIs but not in ACME contacts.
        if address.len() > MAX_CONTACT_LEN
            || address
                .chars()
                .any(|c| matches!(c, '?' | ',' | '%' | '<' | '>') || c.is_whitespace())
        {
            return Err(refuse());
        }
        let address: lettre::Address = address.parse().map_err(|_| refuse())?;
        if !is_mail_domain(address.domain()) {
            return Err(refuse());
        }
        Ok(Self(address))
    }

    /// An address read back from the store, where only parsed ones go.
    pub fn from_address(address: &str) -> Result<Self, DomainError> {
        Self::parse(&format!("mailto:{address}"))
    }

    /// The bare address, as stored and as SMTP's recipient.
    pub fn address(&self) -> &lettre::Address {
        &self.0
    }
}

impl FromStr for Contact {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for Contact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "mailto:{}", self.0)
    }
}

fn is_dns_name(name: &str) -> bool {
    let body = name.strip_prefix("*.").unwrap_or(name);
    !body.is_empty()
        && name.len() <= 253
        && body.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        // No top-level domain is all digits: such a name is an IP address
        // spelled as a name (`1.2.3.4`, `010.0.0.1`), which Boulder's policy
        // authority refuses as a DNS identifier too.
        && !body
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
}

/// Top-level names reserved for local use (RFC 6761, RFC 6762, ICANN's
/// `internal`): mail to them never leaves the sender's own network.
const LOCAL_TLDS: &[&str] = &["localhost", "localdomain", "invalid", "local", "internal"];

/// Whether mail to this domain can reach a mailbox on the internet. An
/// address literal (`[127.0.0.1]`), a name without a dot (`localhost`) or a
/// local-use name would make the portal's relay deliver to itself or its
/// neighbours; Boulder's `ValidEmail` refuses the same.
fn is_mail_domain(domain: &str) -> bool {
    let name = domain.to_ascii_lowercase();
    let tld = name.rsplit('.').next().unwrap_or_default();
    name.contains('.')
        && !name.starts_with("*.")
        && is_dns_name(&name)
        && !LOCAL_TLDS.contains(&tld)
}

/// An address block such as `10.0.0.0/8` or `::1/128`; a bare address is
/// its own block. Host bits may be set (`10.0.0.1/8`): the block is still
/// 10.0.0.0/8, and the text is kept as written for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr(IpNet);

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.contains(&canonical(ip))
    }
}

impl FromStr for Cidr {
    type Err = String;

    // Not `IpNet::from_str`: it refuses a bare address and spaces around the
    // slash, and would keep `::ffff:10.0.0.0/104` an IPv6 block that no
    // (canonicalised) IPv4 peer matches. The address is canonicalised
    // first, so its prefix is judged against IPv4's 32 bits.
    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("not an IP address or block (like 10.0.0.0/8): {text:?}");
        let (addr, prefix) = match text.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (text, None),
        };
        let network = canonical(addr.trim().parse().map_err(|_| bad())?);
        let prefix = match prefix {
            Some(p) => p.trim().parse::<u8>().map_err(|_| bad())?,
            None => IpNet::from(network).prefix_len(),
        };
        IpNet::new(network, prefix).map(Self).map_err(|_| bad())
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for Cidr {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Cidr {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// IPv4 addresses that arrive mapped into IPv6 (`::ffff:192.0.2.1`, from a
/// dual-stack socket) are the IPv4 address.
pub fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_one_mailto_address() {
        let contact = Contact::parse("mailto:admin@example.com").unwrap();
        assert_eq!(contact.address().to_string(), "admin@example.com");
        assert_eq!(contact.to_string(), "mailto:admin@example.com");
        assert_eq!(Contact::from_address("admin@example.com"), Ok(contact));
        for bad in [
            "admin@example.com",
            "tel:+1555",
            "mailto:",
            "mailto:admin",
            "mailto:a@example.com?subject=hi",
            "mailto:a@example.com,b@example.com",
            "mailto:a%40b@example.com",
            "mailto:a b@example.com",
            "mailto:<a@example.com>",
            "mailto:a@[127.0.0.1]",
            "mailto:a@[IPv6:::1]",
            "mailto:a@1.2.3.4",
            "mailto:root@localhost",
            "mailto:root@mail",
            "mailto:root@box.localhost",
            "mailto:a@printer.local",
            "mailto:a@x.invalid",
            "mailto:a@*.example.com",
            "mailto:a@example.com.",
        ] {
            assert!(Contact::parse(bad).is_err(), "{bad}");
        }
        let upper = Contact::parse("mailto:Admin@Mail.Example.COM").unwrap();
        assert_eq!(upper.address().to_string(), "Admin@Mail.Example.COM");
        let long = format!("mailto:{}@example.com", "a".repeat(250));
        assert!(Contact::parse(&long).is_err());
    }

    #[test]
    fn account_id_accepts_positive_decimal_only() {
        assert_eq!("42".parse::<AccountId>().map(AccountId::get), Ok(42));
        assert_eq!(
            "9223372036854775807"
                .parse::<AccountId>()
                .map(AccountId::get),
            Ok(i64::MAX)
        );
        for bad in [
            "",
            "0",
            "-5",
            "+5",
            " 5",
            "5 ",
            "abc",
            "9223372036854775808",
            "1e3",
        ] {
            assert!(
                bad.parse::<AccountId>().is_err(),
                "{bad:?} should be refused"
            );
        }
    }

    #[test]
    fn identifier_type_codes_match_boulder() {
        assert_eq!(IdentifierType::Dns.code(), 0);
        assert_eq!(IdentifierType::Ip.code(), 1);
        assert_eq!(IdentifierType::from_code(1), Some(IdentifierType::Ip));
        assert_eq!(IdentifierType::from_code(2), None);
    }

    #[test]
    fn identifier_parse_detects_type_and_canonicalises() {
        let dns = Identifier::parse(" WWW.Example.COM. ").unwrap();
        assert_eq!(
            (dns.kind(), dns.value()),
            (IdentifierType::Dns, "www.example.com")
        );
        let v6 = Identifier::parse("2001:DB8:0:0::7").unwrap();
        assert_eq!((v6.kind(), v6.value()), (IdentifierType::Ip, "2001:db8::7"));
        let wildcard = Identifier::parse("*.example.com").unwrap();
        assert_eq!(wildcard.value(), "*.example.com");
    }

    #[test]
    fn identifier_parse_refuses_non_names() {
        for bad in [
            "", ".", "a..b", "-a.com", "a-.com", "<script>", "a b.com", "*.", "é.com",
        ] {
            assert!(Identifier::parse(bad).is_err(), "{bad:?} should be refused");
        }
        // Numeric names: an IP address given as a DNS name, or a dotted
        // number that is no address at all.
        for bad in [
            "1.2.3.4",
            "010.0.0.1",
            "999.1.1.1",
            "*.1.2.3.4",
            "example.123",
        ] {
            assert!(
                Identifier::new(IdentifierType::Dns, bad).is_err(),
                "{bad:?} should be refused as a DNS name"
            );
        }
        assert!(Identifier::parse("010.0.0.1").is_err());
        assert!(Identifier::new(IdentifierType::Dns, "1.2.3.example").is_ok());
        assert!(Identifier::new(IdentifierType::Dns, "123.com").is_ok());
        assert!(Identifier::parse(&format!("{}.com", "a".repeat(64))).is_err());
    }

    #[test]
    fn listed_names_are_taken_as_the_table_holds_them() {
        for input in [
            "dns:Mixed.Example",
            "dns:under_score.example",
            "dns:trailing.example.",
            "ip:192.0.2.1",
        ] {
            let listed = Identifier::from_listed(input).unwrap();
            assert_eq!(listed.typed(), input);
        }
        let widest = format!("dns:{}", "a".repeat(MAX_IDENTIFIER_LEN));
        assert!(Identifier::from_listed(&widest).is_ok());
        for bad in [
            "Mixed.Example",
            "dns:",
            "mail:a.example",
            "dns:a\0b",
            &format!("dns:{}", "a".repeat(MAX_IDENTIFIER_LEN + 1)),
        ] {
            assert!(Identifier::from_listed(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn typed_form_round_trips() {
        for input in ["dns:example.com", "ip:192.0.2.1", "ip:2001:db8::1"] {
            assert_eq!(Identifier::from_typed(input).unwrap().typed(), input);
        }
        assert!(Identifier::from_typed("example.com").is_err());
        assert!(Identifier::from_typed("ip:example.com").is_err());
        assert!(Identifier::from_typed("mail:example.com").is_err());
    }
}
