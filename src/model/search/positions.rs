//! Where each stem stands in the stories of its postings, for phrases: in files of their own
//! beside the shards (`search/positions/<name>.json`), read only by a query with a phrase.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::index::shard_name;
use crate::model::decode::Versioned;

/// Word positions kept per story and term: enough for any phrase a reader types about a story
/// (a phrase that only occurs past a word's 32nd use is missed), at a bounded size.
pub const MAX_POSITIONS: usize = 32;

/// Where a stem stands in one story: `[doc, first position, gap, gap…]` in JSON. Positions
/// count the story's words over title, labels, standfirst and excerpt, body, stop words
/// included, with one position left empty between fields and labels so that no phrase runs
/// across them; ascending, at most [`MAX_POSITIONS`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<u32>", into = "Vec<u32>")]
pub struct Positions {
    pub doc: u32,
    pub at: Vec<u32>,
}

impl From<Vec<u32>> for Positions {
    fn from(list: Vec<u32>) -> Self {
        let mut gaps = list.into_iter();
        let doc = gaps.next().unwrap_or(0);
        let at = gaps
            .scan(0u32, |position, gap| {
                *position = position.saturating_add(gap);
                Some(*position)
            })
            .collect();
        Positions { doc, at }
    }
}

impl From<Positions> for Vec<u32> {
    fn from(positions: Positions) -> Self {
        let mut list = vec![positions.doc];
        let mut previous = 0u32;
        for position in positions.at {
            list.push(position.saturating_sub(previous));
            previous = position;
        }
        list
    }
}

/// `search/positions/<name>.json`, beside each terms shard of the same prefix: its stems'
/// positions, per story in its postings. Read only for a query with a phrase, so plain queries
/// do not pay for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PositionShard {
    pub format: u32,
    pub prefix: String,
    pub terms: BTreeMap<String, Vec<Positions>>,
}

impl PositionShard {
    /// Where `term` stands in `doc`, if this shard knows.
    pub fn at(&self, term: &str, doc: u32) -> Option<&[u32]> {
        let list = self.terms.get(term)?;
        list.iter().find(|p| p.doc == doc).map(|p| p.at.as_slice())
    }
}

impl Versioned for PositionShard {
    fn version(&self) -> u32 {
        self.format
    }
}

/// Path of a shard's positions under the content folder.
pub fn positions_file(prefix: &str) -> String {
    format!("search/positions/{}.json", shard_name(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_written_as_gaps() {
        let positions = Positions { doc: 4, at: vec![3, 4, 40] };
        let text = serde_json::to_string(&positions).expect("serializes");
        assert_eq!(text, "[4,3,1,36]", "positions as gaps keep the numbers short");
        assert_eq!(serde_json::from_str::<Positions>(&text).expect("reads back"), positions);
        assert_eq!(serde_json::from_str::<Positions>("[]").expect("reads"), Positions::default());
        assert_eq!(positions_file("東京"), "search/positions/_e69db1e4baac.json");
        let shard = PositionShard {
            format: 1,
            prefix: "ti".into(),
            terms: [("tidal".to_owned(), vec![positions])].into_iter().collect(),
        };
        assert_eq!(shard.at("tidal", 4), Some(&[3, 4, 40][..]));
        assert_eq!(shard.at("tidal", 5), None);
        assert_eq!(shard.at("tide", 4), None);
    }
}
