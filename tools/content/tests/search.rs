use gazette::model::article::{Article, Block, Inline, Ref};
use gazette::model::decode::decode;
use gazette::model::search::evaluate::{evaluate, positions_needed, shards_needed, Evaluation, Ranked};
use gazette::model::search::filter::DocFilter;
use gazette::model::search::index::{locate, shard_for};
use gazette::model::search::positions::{positions_file, PositionShard};
use gazette::model::search::query::{corrected_text, SearchQuery};

use super::*;
use crate::date::parse_rfc3339;
use crate::search_postings::POSTINGS_CAP;

pub(super) fn named(name: &str) -> Ref {
    Ref { slug: name.to_lowercase().replace(' ', "-"), name: name.to_owned() }
}

/// Doc `i` of a synthetic archive: newest first, so doc numbers are the positions.
pub(super) fn record(i: u32, title: &str, body: &str) -> Record {
    let published = parse_rfc3339("2026-01-01T00:00:00Z").expect("test date");
    let paragraph = Block::Paragraph { content: vec![Inline::Text { text: body.to_owned() }] };
    Record {
        article: Article {
            format: FORMAT_VERSION,
            slug: format!("story-{i}"),
            title: title.to_owned(),
            standfirst: "A standfirst.".into(),
            section: named("World"),
            author: named("Mara Lindqvist"),
            published: published.to_rfc3339(),
            updated: None,
            tags: vec![named("climate")],
            image: None,
            reading_minutes: 1,
            wordpress_id: None,
            body: vec![paragraph],
        },
        excerpt: "An excerpt.".into(),
        instant: published,
        lead: false,
        pick: false,
        popularity: 0,
        file: format!("story-{i}.md"),
    }
}

pub(super) fn build(records: &[Record]) -> (Vec<(String, Vec<u8>)>, SearchStats) {
    let mut files = Vec::new();
    let stats = write(records, Stemmer::for_language("en"), &mut |path, bytes| {
        files.push((path, bytes));
        Ok(())
    })
    .expect("index builds");
    (files, stats)
}

pub(super) fn file<'a>(files: &'a [(String, Vec<u8>)], path: &str) -> &'a str {
    let (_, bytes) = files.iter().find(|(p, _)| p == path).unwrap_or_else(|| panic!("{path} written"));
    std::str::from_utf8(bytes).expect("utf-8")
}

/// What the app does for a query (`api::search`), against the files in memory.
pub(super) fn evaluation(files: &[(String, Vec<u8>)], text: &str) -> (SearchQuery, Evaluation) {
    evaluation_within(files, text, &DocFilter::default())
}

pub(super) fn evaluation_within(
    files: &[(String, Vec<u8>)],
    text: &str,
    filter: &DocFilter,
) -> (SearchQuery, Evaluation) {
    let manifest: Manifest = decode(file(files, MANIFEST_FILE)).expect("manifest");
    let query = SearchQuery::parse(text);
    let plan = query.plan(Stemmer::named(manifest.stemmer.as_deref()));
    let Some(wanted) = shards_needed(&plan, &manifest.shards) else { return (query, Evaluation::default()) };
    let shards: Vec<Shard> =
        wanted.iter().map(|prefix| decode(file(files, &shard_file(prefix))).expect("shard")).collect();
    let phrases = positions_needed(&query, &plan, &manifest.shards);
    let positions: Vec<PositionShard> = phrases
        .iter()
        .map(|prefix| decode(file(files, &positions_file(prefix))).expect("positions"))
        .collect();
    let found = evaluate(&query, &plan, &manifest, &wanted, &shards, &positions, filter);
    (query, found)
}

pub(super) fn search(files: &[(String, Vec<u8>)], text: &str) -> Vec<Ranked> {
    evaluation(files, text).1.ranked
}

#[test]
fn fields_are_weighted_and_every_word_must_match() {
    let records = vec![
        record(0, "Council approves budget", "The tidal barrier is mentioned once."),
        record(1, "Tidal barrier opens", "Harbour gates close against the tide."),
        record(2, "Harbour festival", "Nothing about gates at all."),
    ];
    let (files, stats) = build(&records);
    assert!(stats.terms >= 10 && stats.shards >= 5, "{stats:?}");
    let docs: Vec<u32> = search(&files, "tidal").iter().map(|(doc, _)| *doc).collect();
    assert_eq!(docs, [1, 0], "the headline outranks the body");
    let docs: Vec<u32> = search(&files, "harbour gates").iter().map(|(doc, _)| *doc).collect();
    assert_eq!(docs, [2, 1]);
    assert_eq!(search(&files, "harbour budget"), []);
    let docs: Vec<u32> = search(&files, "tidal barr").iter().map(|(doc, _)| *doc).collect();
    assert_eq!(docs, [1, 0], "the last word matches as a prefix");
    assert_eq!(search(&files, "festival lindqvist").len(), 1, "the author is indexed");
    assert_eq!(search(&files, "CLIMATE").len(), 3, "tags are indexed");
    let chunk: DocsChunk = decode(file(&files, "search/docs/0.json")).expect("docs chunk");
    assert_eq!(
        chunk.docs.iter().map(|s| s.slug.as_str()).collect::<Vec<_>>(),
        ["story-0", "story-1", "story-2"]
    );
}

/// A big archive made here: a word in every story, thousands of rare words under one prefix.
#[test]
fn a_big_archive_stays_within_the_limits() {
    let records: Vec<Record> = (0..3000)
        .map(|i| record(i, &format!("Harbour report {i}"), &format!("hadron{i} common words everywhere")))
        .collect();
    let (files, stats) = build(&records);
    let manifest: Manifest = decode(file(&files, MANIFEST_FILE)).expect("manifest");
    assert_eq!((manifest.docs, manifest.chunk_size), (3000, CHUNK_SIZE));
    assert_eq!(manifest.shards.len(), stats.shards);
    assert!(manifest.shards.iter().any(|p| p.starts_with("had") && p.len() > 2), "the `ha` shard was split");
    for (path, bytes) in files.iter().filter(|(p, _)| p.starts_with("search/terms/")) {
        assert!(bytes.len() <= SHARD_BUDGET, "{path}: {} bytes", bytes.len());
        let shard: Shard = decode(std::str::from_utf8(bytes).expect("utf-8")).expect("shard decodes");
        assert_eq!(shard_file(&shard.prefix), *path);
        for (term, postings) in &shard.terms {
            assert!(postings.len() <= POSTINGS_CAP, "{term}: {} postings", postings.len());
            assert_eq!(shard_for(term, &manifest.shards), Some(shard.prefix.as_str()), "{term} is found");
        }
    }
    let common = search(&files, "everywhere");
    assert_eq!(common.len(), POSTINGS_CAP, "capped");
    // Each word scores its uses twice when spelt as typed (see the ranking test).
    assert_eq!(common.first(), Some(&(0, 2)), "the newest first on a tie");
    assert_eq!(search(&files, "hadron2999"), [(2999, 2)]);
    assert_eq!(search(&files, "report 999"), [(999, 40)]);
    // The price of the cap: "report" keeps its 1000 best (here: newest) stories, so an older
    // story is found by its rarer words only. Documented in docs/content-format.md.
    assert_eq!(search(&files, "report 1234"), []);
    assert_eq!(search(&files, "1234"), [(1234, 20)]);
    let chunks = files.iter().filter(|(p, _)| p.starts_with("search/docs/")).count();
    assert_eq!(chunks, 3000usize.div_ceil(CHUNK_SIZE as usize));
    let last = locate(2999, manifest.chunk_size).expect("located");
    let chunk: DocsChunk = decode(file(&files, &docs_file(last.0))).expect("chunk");
    assert_eq!(chunk.docs.get(last.1).map(|s| s.slug.as_str()), Some("story-2999"));
    assert!(stats.largest_shard <= SHARD_BUDGET && stats.largest_chunk > 0);
}

#[test]
fn words_are_found_under_other_endings_as_the_app_stems_them() {
    let records = vec![
        record(0, "Harbour City opens tidal barrier", "Shift workers report sleep disorder rates."),
        record(1, "Vaccination campaign starts early", "Clinics vaccinated thousands."),
    ];
    let (files, _) = build(&records);
    let manifest: Manifest = decode(file(&files, MANIFEST_FILE)).expect("manifest");
    assert_eq!(manifest.stemmer.as_deref(), Some("english"), "the manifest names the stemmer");
    let docs = |text: &str| search(&files, text).iter().map(|(doc, _)| *doc).collect::<Vec<_>>();
    assert_eq!(docs("barriers"), [0]);
    assert_eq!(docs("sleeping disorders"), [0]);
    assert_eq!(docs("vaccinations"), [1]);
    assert_eq!(docs("opening barriers"), [0]);
    // The last word, half typed, still matches as a prefix of the word as typed or its stem.
    assert_eq!(docs("sleep disord"), [0]);
    assert_eq!(docs("vaccinat"), [1]);
    assert_eq!(docs("barriers clinics"), Vec::<u32>::new(), "every word must still match");
}

#[test]
fn a_misspelt_word_is_searched_as_its_nearest_spelling_unless_quoted() {
    let records = vec![
        record(0, "Harbour City opens tidal barrier", "The harbour gates held."),
        record(1, "Vaccination campaign starts early", "Clinics vaccinated thousands."),
    ];
    let (files, _) = build(&records);
    let evaluation = |text: &str| {
        let (query, found) = evaluation(&files, text);
        (
            found.ranked.iter().map(|(doc, _)| *doc).collect::<Vec<_>>(),
            corrected_text(&query, &found.corrections, &found.dropped),
        )
    };
    assert_eq!(evaluation("harbor gates"), (vec![0], Some("harbour gates".to_owned())));
    assert_eq!(evaluation("tidal barier"), (vec![0], Some("tidal barrier".to_owned())));
    assert_eq!(evaluation("vacination"), (vec![1], Some("vaccination".to_owned())));
    assert_eq!(evaluation("harbour gates"), (vec![0], None), "nothing to correct");
    assert_eq!(evaluation("\"harbor\" gates"), (vec![], None), "quoted: as spelt");
}

#[test]
fn a_word_with_a_minus_leaves_out_the_stories_that_have_it() {
    let records = vec![
        record(0, "Harbour gates close", "The tidal barrier held."),
        record(1, "Harbour festival", "Music by the water."),
        record(2, "Harbour strike ends", "Dockworkers return."),
    ];
    let (files, _) = build(&records);
    let docs = |text: &str| search(&files, text).iter().map(|(doc, _)| *doc).collect::<Vec<_>>();
    assert_eq!(docs("harbour"), [0, 1, 2]);
    assert_eq!(docs("harbour -barriers"), [1, 2], "stemmed like any word");
    assert_eq!(docs("harbour -barrier -festival"), [2]);
    assert_eq!(docs("harbour -zyxwvut"), [0, 1, 2], "a word no story has leaves out nothing");
    assert_eq!(docs("harbour \"-barrier\""), [0], "in quotes a minus is only punctuation");
}

#[test]
fn a_language_without_a_stemmer_indexes_words_as_written() {
    let mut files = Vec::new();
    write(&[record(0, "Tidal barriers", "")], Stemmer::for_language("ja"), &mut |path, bytes| {
        files.push((path, bytes));
        Ok(())
    })
    .expect("index builds");
    let manifest: Manifest = decode(file(&files, MANIFEST_FILE)).expect("manifest");
    assert_eq!(manifest.stemmer, None);
    assert_eq!(search(&files, "barriers").len(), 1);
    assert_eq!(search(&files, "barrier").len(), 1, "as a prefix, the last word");
    assert_eq!(search(&files, "\"barrier\" tidal").len(), 0, "a whole quoted word is taken as spelt");
    assert_eq!(search(&files, "barrier tidal").len(), 1, "unquoted, one edit away: corrected");
}

#[test]
fn other_scripts_get_safe_shard_names() {
    let (files, _) = build(&[record(0, "東京 Москва café", "")]);
    let manifest: Manifest = decode(file(&files, MANIFEST_FILE)).expect("manifest");
    let expected = ["ca", "cl", "ex", "li", "ma", "st", "wo", "мо", "東京"];
    assert_eq!(manifest.shards, expected.map(String::from));
    assert!(files.iter().any(|(p, _)| p == "search/terms/_e69db1e4baac.json"));
    assert_eq!(search(&files, "cafe").len(), 1);
    assert_eq!(search(&files, "москва").len(), 1);
}
