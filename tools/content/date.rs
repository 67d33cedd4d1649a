//! RFC 3339 timestamps, checked by hand (no date crate for one format). Offsets are folded
//! into a UTC instant so articles written in different zones sort correctly, and the JSON
//! always carries UTC (`…Z`). The calendar arithmetic is the app's (`gazette::model::date`).

use gazette::model::date::{civil_from_days, days_from_civil, days_in_month};

/// Seconds since 1970-01-01T00:00:00Z plus nanoseconds: orders like time does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant {
    pub seconds: i64,
    pub nanos: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timestamp {
    pub instant: Instant,
    /// The same moment written in UTC, e.g. `2026-11-27T08:30:00Z`.
    pub utc: String,
}

pub fn parse_rfc3339(text: &str) -> Result<Timestamp, String> {
    let fail = |why: &str| {
        Err(format!("{text:?} is not an RFC 3339 date-time ({why}); write e.g. 2026-11-27T08:30:00Z"))
    };
    let b = text.as_bytes();
    if b.len() < 20 || !text.is_ascii() {
        return fail("too short");
    }
    let shape_ok =
        b[4] == b'-' && b[7] == b'-' && matches!(b[10], b'T' | b't' | b' ') && b[13] == b':' && b[16] == b':';
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
        digits(&b[0..4]),
        digits(&b[5..7]),
        digits(&b[8..10]),
        digits(&b[11..13]),
        digits(&b[14..16]),
        digits(&b[17..19]),
    ) else {
        return fail("expected YYYY-MM-DDTHH:MM:SS");
    };
    if !shape_ok {
        return fail("expected YYYY-MM-DDTHH:MM:SS");
    }
    if !(1..=12).contains(&month)
        || day < 1
        || i64::from(day) > days_in_month(i64::from(year), i64::from(month))
    {
        return fail("no such day");
    }
    // Leap seconds are valid RFC 3339 but browsers' Date cannot read them.
    if hour > 23 || minute > 59 || second > 59 {
        return fail("no such time of day");
    }
    let mut rest = &text[19..];
    let mut fraction = String::new();
    if let Some(after_dot) = rest.strip_prefix('.') {
        let len = after_dot.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 || len > 9 {
            return fail("fractional seconds need 1 to 9 digits");
        }
        fraction = after_dot[..len].to_owned();
        rest = &after_dot[len..];
    }
    let offset_minutes = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (Some(h), Some(m)) = (digits(&[*h1, *h2]), digits(&[*m1, *m2])) else {
                return fail("bad offset");
            };
            if h > 23 || m > 59 {
                return fail("bad offset");
            }
            let minutes = i64::from(h * 60 + m);
            if *sign == b'-' {
                -minutes
            } else {
                minutes
            }
        }
        [] => return fail("a time zone is required: end with Z or an offset like +02:00"),
        _ => return fail("bad time zone; end with Z or an offset like +02:00"),
    };
    let nanos = format!("{fraction:0<9}").parse::<u32>().unwrap_or(0);
    let local =
        days_from_civil(i64::from(year), month, day) * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
    let seconds = local - offset_minutes * 60;
    let (y, mo, d) = civil_from_days(seconds.div_euclid(86_400));
    if !(0..=9999).contains(&y) {
        return fail("year out of range");
    }
    let secs_of_day = seconds.rem_euclid(86_400);
    let trimmed = fraction.trim_end_matches('0');
    let frac = if trimmed.is_empty() { String::new() } else { format!(".{trimmed}") };
    let utc = format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}{frac}Z",
        secs_of_day / 3600,
        secs_of_day % 3600 / 60,
        secs_of_day % 60
    );
    Ok(Timestamp { instant: Instant { seconds, nanos }, utc })
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |acc, b| b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> String {
        parse_rfc3339(text).map(|t| t.utc).unwrap_or_else(|e| e)
    }

    #[test]
    fn utc_stays_utc() {
        let t = parse_rfc3339("1970-01-01T00:00:00Z").expect("epoch parses");
        assert_eq!(t.instant, Instant { seconds: 0, nanos: 0 });
        assert_eq!(utc("2026-11-27T08:30:00Z"), "2026-11-27T08:30:00Z");
        assert_eq!(utc("2026-11-27t08:30:00z"), "2026-11-27T08:30:00Z");
    }

    #[test]
    fn offsets_fold_into_utc() {
        assert_eq!(utc("2026-11-27T10:30:00+02:00"), "2026-11-27T08:30:00Z");
        assert_eq!(utc("2026-12-31T23:30:00-01:00"), "2027-01-01T00:30:00Z");
        assert_eq!(utc("2024-03-01T00:15:00+01:00"), "2024-02-29T23:15:00Z");
        let a = parse_rfc3339("2026-11-27T10:30:00+02:00").expect("parses");
        let b = parse_rfc3339("2026-11-27T09:00:00Z").expect("parses");
        assert!(a.instant < b.instant, "08:30Z is before 09:00Z");
    }

    #[test]
    fn fractional_seconds_order_and_are_kept() {
        assert_eq!(utc("2026-01-02T03:04:05.250Z"), "2026-01-02T03:04:05.25Z");
        assert_eq!(utc("2026-01-02T03:04:05.000Z"), "2026-01-02T03:04:05Z");
        let a = parse_rfc3339("2026-01-02T03:04:05.5Z").expect("parses");
        let b = parse_rfc3339("2026-01-02T03:04:05.25Z").expect("parses");
        assert_eq!(a.instant.nanos, 500_000_000);
        assert!(b.instant < a.instant);
    }

    #[test]
    fn refuses_what_is_not_rfc_3339() {
        for bad in [
            "2026-11-27",
            "2026-11-27T08:30:00",
            "2026-11-27T08:30Z",
            "2026-13-01T00:00:00Z",
            "2026-02-29T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "2026-11-27T24:00:00Z",
            "2026-11-27T08:30:60Z",
            "2026-11-27T08:30:00+2:00",
            "2026-11-27T08:30:00+24:00",
            "2026-11-27T08:30:00.Z",
            "2026-11-27T08:30:00Z junk",
            "27/11/2026 08:30",
            "２０２６-11-27T08:30:00Z",
        ] {
            assert!(parse_rfc3339(bad).is_err(), "{bad:?} must be refused");
        }
        assert!(parse_rfc3339("2024-02-29T00:00:00Z").is_ok(), "leap day");
    }
}
