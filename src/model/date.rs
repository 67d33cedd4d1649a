//! Dates as readers see them: `November 27, 2026`, in the site's language (English, as the
//! pages' `lang`) and the UTC calendar, the same text in the app and in the build's static
//! copies. Written here rather than by the browser's `Intl`: making the first
//! `Intl.DateTimeFormat` loads the browser's locale data, about 70 ms of a slow phone's main
//! thread in the middle of the app's first render, and a reader's own locale would change the
//! static copy's dates at the moment the app takes over.

mod rfc3339;
pub use rfc3339::{parse_rfc3339, DateTimeError, Instant};

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
