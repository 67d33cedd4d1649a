//! Searching the static index: the manifest, one shard per distinct word, then the docs
//! chunks of one page of results. Nothing else is fetched, whatever the archive's size.

use std::collections::BTreeMap;
use std::rc::Rc;

use futures::future::try_join_all;
use serde::de::DeserializeOwned;

use super::http::{get_text, DEFAULT_TIMEOUT_MS};
use super::storage::now_seconds;
use super::{ApiError, ContentSource};
use crate::model::article::Summary;
use crate::model::decode::{decode, DecodeError, Versioned};
use crate::model::search::evaluate::{evaluate, page_docs, positions_needed, shards_needed, Evaluation};
use crate::model::search::filter::{section_file, DocFilter, Filters, Recent, SectionDocs, RECENT_FILE};
use crate::model::search::highlight::Matcher;
use crate::model::search::index::{docs_file, locate, shard_file, MANIFEST_FILE};
use crate::model::search::positions::positions_file;
use crate::model::search::query::corrected_text;
use crate::model::search::stem::Stemmer;
use crate::model::search::{DocsChunk, Manifest, SearchQuery, SearchResults, Shard};

/// The results on `page` (1-based) for `text` as the reader typed it, among the stories
/// `filters` allow. A query with no searchable word finds nothing without a request.
pub async fn search(
    source: &ContentSource,
    text: &str,
    filters: &Filters,
    page: u32,
) -> Result<SearchResults, ApiError> {
    let query = SearchQuery::parse(text);
    let results = SearchResults {
        query: text.to_owned(),
        filters: filters.clone(),
        total: 0,
        page,
        total_pages: 1,
        articles: Vec::new(),
        corrected: None,
        dropped: Vec::new(),
        matcher: Matcher::default(),
    };
    if query.is_empty() {
        return Ok(results);
    }
    let manifest = manifest(source).await?;
    let found = search_with(source, &query, &manifest, page, results).await;
    if found.is_err() {
        // Perhaps a new deployment's index: the next try reads its manifest again.
        forget_manifest();
    }
    found
}

async fn search_with(
    source: &ContentSource,
    query: &SearchQuery,
    manifest: &Manifest,
    page: u32,
    mut results: SearchResults,
) -> Result<SearchResults, ApiError> {
    let stemmer = Stemmer::named(manifest.stemmer.as_deref());
    let plan = query.plan(stemmer);
    let filters = results.filters.clone();
    let Some(wanted) = shards_needed(&plan, &manifest.shards) else { return Ok(results) };
    // Fetched side by side, with what the filters read.
    let shards = try_join_all(wanted.iter().map(|prefix| fetch_index::<Shard>(source, shard_file(prefix))));
    let phrases = positions_needed(query, &plan, &manifest.shards);
    let positions = try_join_all(phrases.iter().map(|prefix| fetch_index(source, positions_file(prefix))));
    let (shards, positions, filter) =
        futures::future::try_join3(shards, positions, doc_filter(source, &filters)).await?;
    let Evaluation { ranked, corrections, dropped, matched } =
        evaluate(query, &plan, manifest, &wanted, &shards, &positions, &filter);
    results.corrected = corrected_text(query, &corrections, &dropped);
    results.dropped = dropped;
    results.matcher = Matcher { stemmer, keys: matched };
    let (docs, total_pages) = page_docs(&ranked, page);
    results.total = ranked.len();
    results.total_pages = total_pages;
    results.articles = cards(source, &docs, manifest.chunk_size).await?;
    Ok(results)
}

/// Starts downloading the index's manifest, the first of a search's three requests in a row,
/// while the reader is still typing (a search box got focus): the search that follows takes it
/// from the browser's preload cache and waits one round trip less, about half a second on a
/// slow phone network. At most once per page load: a preload of it already in the head (an
/// earlier focus's, or the results page's own) is under way or done.
pub fn warm_index(source: &ContentSource) {
    preload(&source.file_url(MANIFEST_FILE));
}

/// As the reader types, the shards the words so far will read start downloading too, each
/// once: when they press Enter only the page's cards are left to fetch, one round trip instead
/// of two. Reads the manifest the focus preloaded (parsed once per page load).
pub fn warm_shards(source: &ContentSource, text: &str) {
    let query = SearchQuery::parse(text);
    if query.is_empty() {
        return;
    }
    let source = source.clone();
    leptos::task::spawn_local(async move {
        let Ok(manifest) = manifest(&source).await else { return };
        let plan = query.plan(Stemmer::named(manifest.stemmer.as_deref()));
        for prefix in shards_needed(&plan, &manifest.shards).unwrap_or_default() {
            preload(&source.file_url(&shard_file(prefix)));
        }
        for prefix in positions_needed(&query, &plan, &manifest.shards) {
            preload(&source.file_url(&positions_file(prefix)));
        }
    });
}

thread_local! {
    /// The index's manifest, by its address: read once per page load (the focus's preload),
    /// shared by `warm_shards` and the searches.
    static MANIFEST: std::cell::RefCell<Option<(String, Rc<Manifest>)>> = const { std::cell::RefCell::new(None) };
}

async fn manifest(source: &ContentSource) -> Result<Rc<Manifest>, ApiError> {
    let url = source.file_url(MANIFEST_FILE);
    let known =
        MANIFEST.with_borrow(|known| known.as_ref().filter(|(u, _)| *u == url).map(|(_, m)| m.clone()));
    if let Some(manifest) = known {
        return Ok(manifest);
    }
    let manifest: Manifest = decode(&index_text(source, MANIFEST_FILE).await?)?;
    if manifest.chunk_size == 0 {
        return Err(DecodeError::Shape("the search index has a chunk size of 0".into()).into());
    }
    let manifest = Rc::new(manifest);
    MANIFEST.with_borrow_mut(|known| *known = Some((url, manifest.clone())));
    Ok(manifest)
}

fn forget_manifest() {
    MANIFEST.with_borrow_mut(|known| *known = None);
}

/// A `<link rel="preload">` for `relative`'s address, unless the head has one already. The
/// same request as the app's fetch (CORS mode, same-origin credentials), or the browser would
/// not hand the preloaded answer to it.
fn preload(relative: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let Ok(url) = web_sys::Url::new_with_base(relative, &base) else { return };
    let href = url.href();
    let Ok(links) = document.query_selector_all("link[rel=preload]") else { return };
    let preloaded = (0..links.length()).filter_map(|index| links.item(index)).any(|link| {
        js_sys::Reflect::get(&link, &"href".into()).ok().and_then(|value| value.as_string()).as_deref()
            == Some(href.as_str())
    });
    let head = document.query_selector("head").ok().flatten();
    let (false, Some(head), Ok(link)) = (preloaded, head, document.create_element("link")) else { return };
    for (name, value) in [("rel", "preload"), ("as", "fetch"), ("crossorigin", "anonymous"), ("href", &href)]
    {
        let _ = link.set_attribute(name, value);
    }
    let _ = head.append_child(&link);
}

/// A file of the index. Missing, it is a broken deployment rather than a page the reader asked
/// for: said as a server problem with Retry, not "page not found".
async fn index_text(source: &ContentSource, relative: &str) -> Result<String, ApiError> {
    get_text(&source.file_url(relative), DEFAULT_TIMEOUT_MS).await.map_err(|error| match error {
        ApiError::NotFound => ApiError::Http { status: 404 },
        other => other,
    })
}

/// The docs `filters` allow, from the files they read: none when no filter is on.
async fn doc_filter(source: &ContentSource, filters: &Filters) -> Result<DocFilter, ApiError> {
    let recent = async {
        let Some(within) = filters.within else { return Ok(None) };
        let recent: Recent = decode(&index_text(source, RECENT_FILE).await?)?;
        // Whole seconds are plenty for a range counted in days.
        #[allow(clippy::cast_possible_truncation)]
        let now = now_seconds() as i64;
        Ok::<_, ApiError>(Some(recent.since(within.first_day(now))))
    };
    let section = async {
        let Some(slug) = &filters.section else { return Ok(None) };
        // A section with no stories has no file: nothing is in it.
        match get_text(&source.file_url(&section_file(slug)), DEFAULT_TIMEOUT_MS).await {
            Ok(text) => Ok(Some(decode::<SectionDocs>(&text)?.docs())),
            Err(ApiError::NotFound) => Ok(Some(Vec::new())),
            Err(other) => Err(other),
        }
    };
    let (newer_than, in_section) = futures::future::try_join(recent, section).await?;
    Ok(DocFilter { newer_than, in_section })
}

/// A file of the index, decoded.
async fn fetch_index<T: DeserializeOwned + Versioned>(
    source: &ContentSource,
    relative: String,
) -> Result<T, ApiError> {
    Ok(decode(&index_text(source, &relative).await?)?)
}

/// The cards of `docs`, in that order, from the chunks that hold them (each fetched once). A
/// doc missing from its chunk (an index from another build) is left out rather than failing
/// the page.
async fn cards(source: &ContentSource, docs: &[u32], chunk_size: u32) -> Result<Vec<Summary>, ApiError> {
    let places: Vec<(u32, usize)> = docs.iter().filter_map(|doc| locate(*doc, chunk_size)).collect();
    let mut numbers: Vec<u32> = places.iter().map(|(chunk, _)| *chunk).collect();
    numbers.sort_unstable();
    numbers.dedup();
    let fetched: Vec<DocsChunk> =
        try_join_all(numbers.iter().map(|n| fetch_index(source, docs_file(*n)))).await?;
    let chunks: BTreeMap<u32, DocsChunk> = numbers.into_iter().zip(fetched).collect();
    Ok(places
        .iter()
        .filter_map(|(chunk, offset)| chunks.get(chunk).and_then(|c| c.docs.get(*offset)).cloned())
        .collect())
}
