//! Durations as people write them in flags and the config file: "10s",
//! "15m", "1h30m", "60d". One parser (humantime) reads them everywhere, and
//! one printer writes them back in the largest whole units, so that
//! `config check` prints what an operator would type.
//!
//! Use as `#[serde(with = "crate::duration")]` on a `std::time::Duration`
//! or a `time::Duration` field.

use std::time::Duration as StdDuration;

use serde::{Deserialize, Deserializer, Serializer};

/// A duration type settings may hold: never negative.
pub trait Span: Sized + Copy {
    fn from_std(duration: StdDuration) -> Option<Self>;
    fn to_std(self) -> StdDuration;
}

impl Span for StdDuration {
    fn from_std(duration: StdDuration) -> Option<Self> {
        Some(duration)
    }

    fn to_std(self) -> StdDuration {
        self
    }
}

impl Span for time::Duration {
    fn from_std(duration: StdDuration) -> Option<Self> {
        Self::try_from(duration).ok()
    }

    fn to_std(self) -> StdDuration {
        // Settings validate their durations as positive; a negative one
        // would print as zero.
        StdDuration::try_from(self).unwrap_or_default()
    }
}

/// Parses "10s", "15m", "3d", "500ms" (humantime's syntax).
pub fn parse<T: Span>(text: &str) -> Result<T, String> {
    let std = humantime::parse_duration(text.trim())
        .map_err(|e| format!("{text:?} is not a duration ({e}; try 10s, 15m or 3d)"))?;
    T::from_std(std).ok_or_else(|| format!("{text:?} is too long"))
}

/// Writes a duration in the largest whole units: "60d", "1h30m", "500ms".
pub fn format<T: Span>(duration: T) -> String {
    let duration = duration.to_std();
    let mut seconds = duration.as_secs();
    if seconds == 0 {
        return format!("{}ms", duration.as_millis());
    }
    let mut out = String::new();
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)] {
        if seconds >= size {
            out.push_str(&format!("{}{unit}", seconds / size));
            seconds %= size;
        }
    }
    out
}

pub fn serialize<T: Span, S: Serializer>(duration: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format(*duration))
}

pub fn deserialize<'de, T: Span, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse(&text).map_err(serde::de::Error::custom)
}

/// The same, for an optional field (a flag that may be absent).
pub mod option {
    use super::{Span, format};
    use serde::Serializer;

    pub fn serialize<T: Span, S: Serializer>(
        duration: &Option<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match duration {
            Some(duration) => serializer.serialize_str(&format(*duration)),
            None => serializer.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_as_the_config_file_writes_them() {
        assert_eq!(format(StdDuration::from_secs(60 * 86_400)), "60d");
        assert_eq!(format(StdDuration::from_secs(5_400)), "1h30m");
        assert_eq!(format(StdDuration::from_secs(10)), "10s");
        assert_eq!(format(StdDuration::from_millis(500)), "500ms");
        assert_eq!(format(time::Duration::minutes(15)), "15m");
    }

    #[test]
    fn what_is_printed_parses_back_to_the_same_value() {
        for text in ["60d", "1h30m", "10s", "500ms", "3d"] {
            let parsed: StdDuration = parse(text).unwrap();
            assert_eq!(format(parsed), text);
        }
        assert!(
            parse::<StdDuration>("soon")
                .unwrap_err()
                .contains("try 10s")
        );
    }
}
