//! Phrases, the exact-over-stemmed ranking and the filters' files, end to end through the
//! index the tool writes and the app's evaluation.

use gazette::model::decode::decode;
use gazette::model::search::filter::{section_file, DocFilter, Recent, SectionDocs, RECENT_FILE};

use gazette::model::search::query::corrected_text;

use super::tests::{build, evaluation_within, file, record, search};
use crate::date::parse_rfc3339;

fn docs(files: &[(String, Vec<u8>)], text: &str) -> Vec<u32> {
    search(files, text).iter().map(|(doc, _)| *doc).collect()
}

#[test]
fn a_quoted_phrase_finds_its_words_in_order_only() {
    let records = vec![
        record(0, "Barrier of the tide", "The tidal flats and a new barrier."),
        record(1, "Harbour news", "Engineers closed the tidal barrier at dawn."),
        record(2, "The tidal barriers of Harbour City", "Closed twice."),
        record(3, "Tidal", "Barrier tests: tidal."),
    ];
    let (files, _) = build(&records);
    assert_eq!(docs(&files, "tidal barrier"), [2, 0, 3, 1], "unquoted: any order");
    assert_eq!(docs(&files, "\"tidal barrier\""), [2, 1], "in order, stemmed like any word");
    assert_eq!(docs(&files, "\"barrier tidal\""), Vec::<u32>::new());
    assert_eq!(docs(&files, "\"barriers of harbour\""), [2], "stop words keep their place");
    assert_eq!(docs(&files, "\"barrier harbour\""), Vec::<u32>::new(), "a word in between");
    // The headline's last word and the section's name are a field apart.
    assert_eq!(docs(&files, "\"city world\""), Vec::<u32>::new());
    assert_eq!(docs(&files, "\"mara lindqvist\" \"tidal barrier\""), [2, 1], "labels are phrases too");
}

#[test]
fn an_exact_spelling_outranks_a_stemmed_one_in_the_same_field() {
    let records = vec![
        record(0, "Barriers rise", "Nothing else."),
        record(1, "Barrier rises", "Nothing else."),
        record(2, "Flood news", "One barrier mentioned in the body."),
    ];
    let (files, _) = build(&records);
    assert_eq!(docs(&files, "barrier"), [1, 0, 2], "exact, then stemmed, then the body");
    assert_eq!(docs(&files, "barriers"), [0, 1, 2], "as typed: the plural first");
    let scores = search(&files, "barrier");
    assert!(scores.iter().all(|(_, score)| *score > 0));
    // A corrected word ranks by its corrected spelling's uses, with no exact bonus: below what
    // the same story scores for the word spelt right.
    let corrected = search(&files, "barreir");
    let right = search(&files, "barrier");
    let score_of = |list: &[(u32, u32)], doc: u32| list.iter().find(|(d, _)| *d == doc).map(|(_, s)| *s);
    assert!(score_of(&corrected, 1) < score_of(&right, 1), "{corrected:?} vs {right:?}");
}

#[test]
fn filters_read_the_days_and_sections_the_tool_wrote() {
    let dated = |i: u32, when: &str, section: &str| {
        let mut r = record(i, "Harbour report", "");
        r.instant = parse_rfc3339(when).expect("date");
        r.article.section.slug = section.to_owned();
        r
    };
    let records = vec![
        dated(0, "2026-11-30T10:00:00Z", "world"),
        dated(1, "2026-11-30T08:00:00Z", "business"),
        dated(2, "2026-11-20T08:00:00Z", "world"),
        dated(3, "2025-06-01T08:00:00Z", "world"),
        dated(4, "2024-01-01T08:00:00Z", "business"),
    ];
    let (files, _) = build(&records);
    let recent: Recent = decode(file(&files, RECENT_FILE)).expect("recent");
    let day = |when: &str| parse_rfc3339(when).expect("date").seconds.div_euclid(86_400);
    let expected = vec![(day("2026-11-30T00:00:00Z"), 2), (day("2026-11-20T00:00:00Z"), 3)];
    assert_eq!(recent.days, expected, "the days of the last 400 only; 2025-06-01 is older");
    let world: SectionDocs = decode(file(&files, &section_file("world"))).expect("world");
    assert_eq!(world.docs(), [0, 2, 3]);
    let within = |filter: DocFilter| -> Vec<u32> {
        evaluation_within(&files, "harbour", &filter).1.ranked.iter().map(|(doc, _)| *doc).collect()
    };
    let week = recent.since(day("2026-11-25T00:00:00Z"));
    assert_eq!(within(DocFilter { newer_than: Some(week), in_section: None }), [0, 1]);
    assert_eq!(within(DocFilter { newer_than: Some(week), in_section: Some(world.docs()) }), [0]);
    assert_eq!(within(DocFilter { newer_than: None, in_section: Some(world.docs()) }), [0, 2, 3]);
    assert_eq!(within(DocFilter { newer_than: Some(0), in_section: None }), Vec::<u32>::new());
}

#[test]
fn a_word_no_story_has_is_left_out_unless_quoted_and_the_page_is_told() {
    let records = vec![
        record(0, "Night shifts linked to sleep problems", "Nurses sleeping badly."),
        record(1, "Harbour festival", "Music by the water."),
    ];
    let (files, _) = build(&records);
    let found = |text: &str| {
        let (query, found) = evaluation_within(&files, text, &DocFilter::default());
        let docs: Vec<u32> = found.ranked.iter().map(|(doc, _)| *doc).collect();
        (docs, found.dropped.clone(), corrected_text(&query, &found.corrections, &found.dropped))
    };
    let dropped = |words: &[&str]| words.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
    assert_eq!(found("sleeping disorders"), (vec![0], dropped(&["disorders"]), Some("sleeping".into())));
    assert_eq!(found("sleeping \"disorders\""), (vec![], vec![], None), "a quoted word is required");
    assert_eq!(found("zyxwvut"), (vec![], vec![], None), "nothing left to search: nothing found");
    assert_eq!(found("sleeping music"), (vec![], vec![], None), "both exist: both must match");
    let (docs, gone, text) = found("shifts sleepng qqqqqq");
    assert_eq!((docs, gone, text), (vec![0], dropped(&["qqqqqq"]), Some("shifts sleeping".into())));
}
