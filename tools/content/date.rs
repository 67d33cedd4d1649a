//! Article dates: RFC 3339 read by the app's own parser (`gazette::model::date`), so the tool
//! accepts exactly what the app can show. Offsets are folded into a UTC instant so articles
//! written in different zones sort correctly, and the JSON always carries UTC (`…Z`,
//! `Instant::to_rfc3339`).

pub use gazette::model::date::Instant;

/// A date-time as authored, or the message that tells its author what to write instead.
pub fn parse_rfc3339(text: &str) -> Result<Instant, String> {
    gazette::model::date::parse_rfc3339(text).map_err(|why| {
        format!("{text:?} is not an RFC 3339 date-time ({why}); write e.g. 2026-11-27T08:30:00Z")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_get_the_utc_spelling_or_a_way_to_fix_it() {
        let parsed = parse_rfc3339("2026-11-27T10:30:00+02:00").map(|t| t.to_rfc3339());
        assert_eq!(parsed.as_deref(), Ok("2026-11-27T08:30:00Z"));
        assert_eq!(
            parse_rfc3339("2026-11-27T10:30:00"),
            Err("\"2026-11-27T10:30:00\" is not an RFC 3339 date-time (a time zone is required: end with Z \
                 or an offset like +02:00); write e.g. 2026-11-27T08:30:00Z"
                .to_owned())
        );
    }
}
