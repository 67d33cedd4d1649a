//! Dates as readers see them: `November 27, 2026`, in the site's language (English, as the
//! pages' `lang`) and the UTC calendar, the same text in the app and in the build's static
//! copies. Written here rather than by the browser's `Intl`: making the first
//! `Intl.DateTimeFormat` loads the browser's locale data, about 70 ms of a slow phone's main
//! thread in the middle of the app's first render, and a reader's own locale would change the
//! static copy's dates at the moment the app takes over.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2026-11-27T08:30:00Z` → `November 27, 2026`. A date-time with an offset is shown on its UTC
/// day (`2026-11-27T01:00:00+02:00` is November 26); a bare date (`2026-11-27`) is that day.
/// Anything else is shown as written, never as "Invalid Date".
pub fn long_date(iso: &str) -> String {
    let instant = match iso.len() {
        10 => parse_rfc3339(&format!("{iso}T00:00:00Z")),
        _ => parse_rfc3339(iso),
    };
    let named = instant.ok().map(|instant| instant.utc_day()).and_then(|(year, month, day)| {
        Some((year, MONTHS.get(usize::try_from(month).ok()?.checked_sub(1)?)?, day))
    });
    match named {
        Some((year, month, day)) => format!("{month} {day}, {year}"),
        None => iso.to_owned(),
    }
}

/// Seconds since the epoch (Isso's dates) as RFC 3339 in UTC, for `<time datetime>`.
pub fn iso_from_epoch(seconds: f64) -> Option<String> {
    // Outside years 0–9999 RFC 3339 has no spelling; NaN and infinities are refused too.
    if !(-62_167_219_200.0..253_402_300_800.0).contains(&seconds) {
        return None;
    }
    Some(Instant { seconds: seconds.floor() as i64, nanos: 0 }.to_rfc3339())
}

/// The year of an instant given as seconds since the epoch (the footer's copyright line).
pub fn year_of_epoch(seconds: i64) -> i64 {
    civil_from_days(seconds.div_euclid(86_400)).0
}

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

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in a month of the proleptic Gregorian calendar (`month` 1–12).
pub fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let mp = (i64::from(month) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of `days_from_civil`.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_dates_read_as_long_english_dates() {
        assert_eq!(long_date("2026-11-27T08:30:00Z"), "November 27, 2026");
        assert_eq!(long_date("2026-01-05T23:59:59.250Z"), "January 5, 2026");
        assert_eq!(long_date("2024-02-29"), "February 29, 2024");
    }

    #[test]
    fn an_offset_counts_on_its_utc_day() {
        assert_eq!(long_date("2026-11-27T01:00:00+02:00"), "November 26, 2026");
        assert_eq!(long_date("2026-12-31T20:00:00-05:00"), "January 1, 2027");
        assert_eq!(long_date("2026-03-01T00:30:00+01:00"), "February 28, 2026");
        assert_eq!(long_date("2024-03-01T00:30:00+01:00"), "February 29, 2024");
    }

    #[test]
    fn anything_else_is_shown_as_written() {
        for odd in [
            "soon",
            "",
            "2026-13-01T00:00:00Z",
            "2026-02-30",
            "2026-11-27T25:00:00Z",
            "2026-11-27T08:30",
            "2026-11-27T08:30Z",
            "2026-11-27T08:30:00",
            "２０２６-11-27",
            "+2026-11-27",
        ] {
            assert_eq!(long_date(odd), odd);
        }
        // RFC 3339 allows a space for the T.
        assert_eq!(long_date("2026-11-27 08:30:00Z"), "November 27, 2026");
    }

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

    #[test]
    fn epoch_seconds_become_rfc_3339() {
        assert_eq!(iso_from_epoch(0.0).as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(iso_from_epoch(1_795_768_200.75).as_deref(), Some("2026-11-27T08:30:00Z"));
        assert_eq!(iso_from_epoch(-1.0).as_deref(), Some("1969-12-31T23:59:59Z"));
        assert_eq!(iso_from_epoch(f64::NAN), None);
        assert_eq!(iso_from_epoch(1e300), None);
        assert_eq!(long_date(&iso_from_epoch(951_782_400.0).unwrap_or_default()), "February 29, 2000");
    }

    #[test]
    fn years_of_instants() {
        assert_eq!(year_of_epoch(0), 1970);
        assert_eq!(year_of_epoch(1_798_761_599), 2026);
        assert_eq!(year_of_epoch(1_798_761_600), 2027);
    }
}
