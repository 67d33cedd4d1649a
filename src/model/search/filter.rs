//! Narrowing a search by section and by date (`/search?q=…&section=politics&within=week`).
//! Doc numbers run newest first, so "the last week" is the docs below a number, which
//! `search/recent.json` gives per day; a section's docs are listed in
//! `search/sections/<slug>.json`. Each is fetched only when its filter is on, beside the shards.

use serde::{Deserialize, Serialize};

use crate::model::decode::Versioned;
use crate::model::slug::is_valid_slug;

pub const RECENT_FILE: &str = "search/recent.json";
/// Days `recent.json` reaches back from the newest story: the longest range offered, a year,
/// with room for a reader's clock running a few weeks behind the build's.
pub const RECENT_DAYS: i64 = 400;
const SECONDS_PER_DAY: i64 = 86_400;

/// How far back a search looks, as the URL says it (`within=week`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Within {
    Week,
    Month,
    Year,
}

impl Within {
    pub const ALL: [Within; 3] = [Within::Week, Within::Month, Within::Year];

    pub fn param(self) -> &'static str {
        match self {
            Within::Week => "week",
            Within::Month => "month",
            Within::Year => "year",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Within::ALL.into_iter().find(|within| within.param() == text)
    }

    /// What the reader picks and reads back: "Past week".
    pub fn label(self) -> &'static str {
        match self {
            Within::Week => "Past week",
            Within::Month => "Past month",
            Within::Year => "Past year",
        }
    }

    pub fn days(self) -> i64 {
        match self {
            Within::Week => 7,
            Within::Month => 30,
            Within::Year => 365,
        }
    }

    /// The first UTC day inside the range, seen from `now` (seconds since the epoch): whole
    /// days, so a story from early on the first day counts.
    pub fn first_day(self, now: i64) -> i64 {
        now.div_euclid(SECONDS_PER_DAY).saturating_sub(self.days())
    }
}

/// A search's filters, as read from the URL: an unknown section or range is no filter (a
/// hand-edited address still searches), and a section must be a slug, since it names a file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub section: Option<String>,
    pub within: Option<Within>,
}

impl Filters {
    pub fn from_params(section: Option<&str>, within: Option<&str>) -> Self {
        Filters {
            section: section.filter(|slug| is_valid_slug(slug)).map(str::to_owned),
            within: within.and_then(Within::parse),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.section.is_none() && self.within.is_none()
    }
}

/// `search/recent.json`: per UTC day (days since 1970-01-01), newest first, how many stories
/// were published on it or later; the days of the [`RECENT_DAYS`] before the newest story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recent {
    pub format: u32,
    pub days: Vec<(i64, u32)>,
}

impl Recent {
    /// How many stories are from `first_day` or later: they are docs `0..` that number.
    pub fn since(&self, first_day: i64) -> u32 {
        self.days.iter().take_while(|(day, _)| *day >= first_day).last().map_or(0, |(_, count)| *count)
    }
}

/// `search/sections/<slug>.json`: the section's doc numbers, ascending, written as gaps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionDocs {
    pub format: u32,
    pub gaps: Vec<u32>,
}

impl SectionDocs {
    pub fn from_docs(format: u32, docs: &[u32]) -> Self {
        let gaps = docs.iter().scan(0u32, |previous, doc| {
            let gap = doc.saturating_sub(*previous);
            *previous = *doc;
            Some(gap)
        });
        SectionDocs { format, gaps: gaps.collect() }
    }

    pub fn docs(&self) -> Vec<u32> {
        self.gaps
            .iter()
            .scan(0u32, |doc, gap| {
                *doc = doc.saturating_add(*gap);
                Some(*doc)
            })
            .collect()
    }
}

pub fn section_file(slug: &str) -> String {
    format!("search/sections/{slug}.json")
}

impl Versioned for Recent {
    fn version(&self) -> u32 {
        self.format
    }
}

impl Versioned for SectionDocs {
    fn version(&self) -> u32 {
        self.format
    }
}

/// Which docs a filtered search may find: those below `newer_than`, and among `in_section`
/// (sorted). No filter allows every doc.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocFilter {
    pub newer_than: Option<u32>,
    pub in_section: Option<Vec<u32>>,
}

impl DocFilter {
    pub fn allows(&self, doc: u32) -> bool {
        self.newer_than.is_none_or(|limit| doc < limit)
            && self.in_section.as_ref().is_none_or(|docs| docs.binary_search(&doc).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_read_from_the_url_and_count_whole_days() {
        assert_eq!(Within::parse("month"), Some(Within::Month));
        assert_eq!(Within::parse("decade"), None);
        let now = 20_000 * SECONDS_PER_DAY + 3600;
        assert_eq!(Within::Week.first_day(now), 19_993);
        let filters = Filters::from_params(Some("../secret"), Some("week"));
        assert_eq!(filters, Filters { section: None, within: Some(Within::Week) });
        assert!(Filters::from_params(None, Some("")).is_empty());
    }

    #[test]
    fn recent_days_give_the_docs_newer_than_a_day() {
        let recent = Recent { format: 1, days: vec![(100, 2), (98, 5), (90, 9)] };
        assert_eq!(recent.since(101), 0, "nothing that new");
        assert_eq!(recent.since(100), 2);
        assert_eq!(recent.since(99), 2);
        assert_eq!(recent.since(91), 5);
        assert_eq!(recent.since(10), 9);
    }

    #[test]
    fn section_docs_round_trip_as_gaps_and_filter() {
        let list = SectionDocs::from_docs(1, &[3, 4, 10]);
        assert_eq!(list.gaps, [3, 1, 6]);
        assert_eq!(list.docs(), [3, 4, 10]);
        let filter = DocFilter { newer_than: Some(10), in_section: Some(list.docs()) };
        assert!(filter.allows(4) && !filter.allows(5) && !filter.allows(10));
        assert!(DocFilter::default().allows(u32::MAX));
    }
}
