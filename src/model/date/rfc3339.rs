//! RFC 3339 date-times as instants: the one reader of the format, for the app (`long_date`)
//! and for the content tool, which accepts exactly what the app can show.

use super::{civil_from_days, days_from_civil, days_in_month};

/// A moment in time: seconds since 1970-01-01T00:00:00Z plus nanoseconds. Orders like time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant {
    pub seconds: i64,
    pub nanos: u32,
}

/// Why a text is not an RFC 3339 date-time (the content tool shows it to authors).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateTimeError {
    #[error("expected YYYY-MM-DDTHH:MM:SS")]
    Shape,
    #[error("no such day")]
    NoSuchDay,
    #[error("no such time of day")]
    NoSuchTime,
    #[error("fractional seconds need 1 to 9 digits")]
    Fraction,
    #[error("a time zone is required: end with Z or an offset like +02:00")]
    NoZone,
    #[error("bad time zone; end with Z or an offset like +02:00")]
    BadZone,
    #[error("bad offset")]
    BadOffset,
    #[error("year out of range")]
    YearOutOfRange,
}

/// Reads `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` (`T` may be `t` or a space, `Z` may be
/// `z`, as RFC 3339 allows) into the instant it names, its offset folded in. Leap seconds are
/// valid RFC 3339 but refused: browsers' `Date` cannot read them. Years 0000–9999 in UTC.
pub fn parse_rfc3339(text: &str) -> Result<Instant, DateTimeError> {
    use DateTimeError::*;
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2, separator, h1, h2, b':', i1, i2, b':', s1, s2, rest @ ..] =
        text.as_bytes()
    else {
        return Err(Shape);
    };
    let shape = |digits: &[u8]| number(digits).ok_or(Shape);
    let (year, month, day) = (shape(&[*y1, *y2, *y3, *y4])?, shape(&[*m1, *m2])?, shape(&[*d1, *d2])?);
    let (hour, minute, second) = (shape(&[*h1, *h2])?, shape(&[*i1, *i2])?, shape(&[*s1, *s2])?);
    if !matches!(separator, b'T' | b't' | b' ') {
        return Err(Shape);
    }
    if !(1..=12).contains(&month) || !(1..=days_in_month(year, month)).contains(&day) {
        return Err(NoSuchDay);
    }
    if hour > 23 || minute > 59 || second > 59 {
        return Err(NoSuchTime);
    }
    let (nanos, zone) = match rest {
        [b'.', after_dot @ ..] => {
            let len = after_dot.iter().take_while(|b| b.is_ascii_digit()).count();
            if !(1..=9).contains(&len) {
                return Err(Fraction);
            }
            let (fraction, zone) = after_dot.split_at(len);
            // Nanoseconds: the fraction's digits padded to 9.
            (number(fraction).ok_or(Fraction)? * 10_i64.pow(9 - len as u32), zone)
        }
        _ => (0, rest),
    };
    let offset_minutes = match zone {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (hours, minutes) =
                (number(&[*h1, *h2]).ok_or(BadOffset)?, number(&[*m1, *m2]).ok_or(BadOffset)?);
            if hours > 23 || minutes > 59 {
                return Err(BadOffset);
            }
            if *sign == b'-' {
                -(hours * 60 + minutes)
            } else {
                hours * 60 + minutes
            }
        }
        [] => return Err(NoZone),
        _ => return Err(BadZone),
    };
    let local = days_from_civil(year, month as u32, day as u32) * 86_400 + hour * 3600 + minute * 60 + second;
    let instant = Instant { seconds: local - offset_minutes * 60, nanos: nanos as u32 };
    if !(0..=9999).contains(&instant.utc_day().0) {
        return Err(YearOutOfRange);
    }
    Ok(instant)
}

impl Instant {
    /// The UTC calendar day: year, month 1–12, day 1–31.
    pub fn utc_day(&self) -> (i64, u32, u32) {
        civil_from_days(self.seconds.div_euclid(86_400))
    }

    /// RFC 3339 in UTC: `2026-11-27T08:30:00Z`, with the fraction's significant digits if any
    /// (`…05.25Z`).
    pub fn to_rfc3339(&self) -> String {
        let (year, month, day) = self.utc_day();
        let time = self.seconds.rem_euclid(86_400);
        let (hour, minute, second) = (time / 3600, time % 3600 / 60, time % 60);
        let nanos = format!("{:09}", self.nanos);
        let fraction = nanos.trim_end_matches('0');
        let dot = if fraction.is_empty() { "" } else { "." };
        format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{dot}{fraction}Z")
    }
}

/// ASCII digits as a number; `None` for anything else, and for no digits at all.
fn number(digits: &[u8]) -> Option<i64> {
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0_i64, |n, b| b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> String {
        parse_rfc3339(text).map(|instant| instant.to_rfc3339()).unwrap_or_else(|error| error.to_string())
    }

    #[test]
    fn date_times_read_as_instants() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Ok(Instant { seconds: 0, nanos: 0 }));
        assert_eq!(utc("2026-11-27T08:30:00Z"), "2026-11-27T08:30:00Z");
        assert_eq!(utc("2026-11-27t08:30:00z"), "2026-11-27T08:30:00Z");
        assert_eq!(utc("2024-02-29T00:00:00Z"), "2024-02-29T00:00:00Z");
    }

    #[test]
    fn offsets_fold_into_utc() {
        assert_eq!(utc("2026-11-27T10:30:00+02:00"), "2026-11-27T08:30:00Z");
        assert_eq!(utc("2026-12-31T23:30:00-01:00"), "2027-01-01T00:30:00Z");
        assert_eq!(utc("2024-03-01T00:15:00+01:00"), "2024-02-29T23:15:00Z");
        let a = parse_rfc3339("2026-11-27T10:30:00+02:00").ok();
        let b = parse_rfc3339("2026-11-27T09:00:00Z").ok();
        assert!(a.is_some() && a < b, "08:30Z is before 09:00Z");
    }

    #[test]
    fn fractional_seconds_order_and_are_kept() {
        assert_eq!(utc("2026-01-02T03:04:05.250Z"), "2026-01-02T03:04:05.25Z");
        assert_eq!(utc("2026-01-02T03:04:05.000Z"), "2026-01-02T03:04:05Z");
        assert_eq!(utc("2026-01-02T03:04:05.123456789Z"), "2026-01-02T03:04:05.123456789Z");
        let a = parse_rfc3339("2026-01-02T03:04:05.5Z").ok();
        let b = parse_rfc3339("2026-01-02T03:04:05.25Z").ok();
        assert_eq!(a.map(|a| a.nanos), Some(500_000_000));
        assert!(b.is_some() && b < a);
    }

    #[test]
    fn refuses_what_is_not_rfc_3339_and_says_why() {
        use DateTimeError::*;
        for (bad, why) in [
            ("2026-11-27", Shape),
            ("2026-11-27T08:30Z", Shape),
            ("27/11/2026 08:30", Shape),
            ("２０２６-11-27T08:30:00Z", Shape),
            ("2026-11-27_08:30:00Z", Shape),
            ("2026-11-27T08:30:00", NoZone),
            ("2026-13-01T00:00:00Z", NoSuchDay),
            ("2026-02-29T00:00:00Z", NoSuchDay),
            ("2026-04-31T00:00:00Z", NoSuchDay),
            ("2026-11-27T24:00:00Z", NoSuchTime),
            ("2026-11-27T08:30:60Z", NoSuchTime),
            ("2026-11-27T08:30:00+2:00", BadZone),
            ("2026-11-27T08:30:00+24:00", BadOffset),
            ("2026-11-27T08:30:00.Z", Fraction),
            ("2026-11-27T08:30:00.1234567890Z", Fraction),
            ("2026-11-27T08:30:00Z junk", BadZone),
            ("2026-11-27T08:30:00+02:00é", BadZone),
            ("0000-01-01T00:30:00+01:00", YearOutOfRange),
            ("9999-12-31T23:30:00-01:00", YearOutOfRange),
        ] {
            assert_eq!(parse_rfc3339(bad), Err(why), "{bad:?}");
        }
    }
}
