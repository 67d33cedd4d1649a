//! The import's steps (see `mod.rs` for their order and why).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use gazette::model::listing::ArchiveKind;
use gazette::model::routes::AppRoute;
use gazette::model::slug::slugify;

use super::client::{Client, Transport};
use super::links::{self, Known, Resolver};
use super::pictures::Pictures;
use super::post;
use super::progress::Progress;
use super::state::{self, State};
use super::taxonomy::{self, Taxonomy};
use super::wp::Post;
use super::{write, Paths, Summary};

/// What one post needs from the whole import.
pub(super) struct Run<'c> {
    pub(super) client: Client<'c>,
    pub(super) taxonomy: Taxonomy,
    pub(super) known: Known,
    pub(super) pictures: Pictures,
    pub(super) state: State,
    pub(super) summary: Summary,
    pub(super) articles: PathBuf,
    /// Slugs in use: hand-written (`false`) or imported (`true`).
    pub(super) taken: BTreeMap<String, bool>,
    pub(super) site_host: String,
    /// Published posts seen this run (imported, skipped or failed).
    pub(super) seen: BTreeSet<u64>,
    pub(super) failed_ids: BTreeSet<u64>,
    pub(super) used_sections: BTreeSet<String>,
    /// Slugs given this run, so a post converted twice (see `posts`) keeps its first.
    pub(super) assigned: BTreeMap<u64, String>,
}

pub fn import(url: &str, paths: &Paths<'_>, transport: &dyn Transport) -> Result<Summary, String> {
    let site_url = url.trim().trim_end_matches('/').to_owned();
    let client = Client::discover(transport, &site_url)?;
    let articles = paths.content.join("articles");
    let existing = write::existing(&articles)?;
    let mut state = state::load(paths.content, &site_url);
    // The files are the truth: a state that does not match them (lost, or files deleted by
    // hand) is rebuilt from them, and every post is asked for again.
    let matches = state.posts.len() == existing.imported.len()
        && state
            .posts
            .iter()
            .all(|(id, k)| existing.imported.get(id).is_some_and(|(slug, _)| *slug == k.slug));
    if !matches {
        state.last_modified = None;
        state.posts = existing
            .imported
            .iter()
            .map(|(id, (slug, origin))| (*id, state::Known { slug: slug.clone(), link: origin.link.clone() }))
            .collect();
    }
    let mut run = Run {
        client,
        taxonomy: Taxonomy { sections: BTreeMap::new(), tags: BTreeMap::new(), authors: BTreeMap::new() },
        known: Known::default(),
        pictures: Pictures::new(paths.public),
        state,
        summary: Summary::default(),
        articles,
        taken: existing.slugs.clone(),
        site_host: links::site_host(&site_url),
        seen: BTreeSet::new(),
        failed_ids: BTreeSet::new(),
        used_sections: BTreeSet::new(),
        assigned: BTreeMap::new(),
    };
    run.taxonomy = taxonomy::load(&mut run.client, &mut run.summary.notes)?;
    run.know_everything();
    let full = run.state.last_modified.is_none();
    let before = run.state.last_modified.clone();
    run.posts()?;
    if !run.summary.failed.is_empty() {
        // Failed posts are asked for again next time: they are older than the newest change.
        run.state.last_modified = before;
    }
    run.removals(full)?;
    let sections = run.sections(paths, &existing.hand_sections)?;
    // The archive pages the build will make, from the files as they now are.
    let now = write::existing(&run.articles)?;
    let redirects = run.redirects(&sections, &now);
    redirects.save(paths.content)?;
    state::save(paths.content, &run.state)?;
    let mut summary = run.summary;
    summary.requests = run.client.requests;
    summary.bytes = run.client.bytes;
    summary.pictures = run.pictures.downloaded;
    summary.picture_bytes = run.pictures.bytes;
    summary.sections = sections.len();
    summary.redirects = redirects.len();
    Ok(summary)
}

impl Run<'_> {
    /// Every address a link in a post may point to, as far as known before the posts.
    fn know_everything(&mut self) {
        for known in self.state.posts.values() {
            self.known.insert(&known.link, AppRoute::Article { slug: known.slug.clone() }.path());
        }
        let archive = |kind, slug: String| AppRoute::Archive { kind, slug, page: 1 }.path();
        for (section, _, link) in self.taxonomy.sections.values() {
            self.known.insert(link, archive(ArchiveKind::Section, section.slug.clone()));
        }
        for (name, link) in self.taxonomy.tags.values() {
            self.known.insert(link, archive(ArchiveKind::Tag, slugify(name)));
        }
        for (name, link) in self.taxonomy.authors.values() {
            self.known.insert(link, archive(ArchiveKind::Author, slugify(name)));
        }
    }

    /// The posts modified since the last run (all of them the first time), oldest change
    /// first, 100 a request; posts linking to posts not yet seen are converted at the end.
    fn posts(&mut self) -> Result<(), String> {
        let mut query = vec![
            ("status", "publish".to_owned()),
            ("_embed", "author,wp:featuredmedia,wp:term".to_owned()),
            ("orderby", "modified".to_owned()),
            ("order", "asc".to_owned()),
            ("per_page", "100".to_owned()),
        ];
        if let Some(last) = &self.state.last_modified {
            query.push(("modified_after", last.clone()));
        }
        let mut deferred = Vec::new();
        let mut progress: Option<Progress> = None;
        let mut page = 1;
        loop {
            let mut paged = query.clone();
            paged.push(("page", page.to_string()));
            let answer = self.client.page::<serde_json::Value>("posts", &paged)?;
            let progress = progress.get_or_insert_with(|| Progress::new(answer.total));
            let count = answer.items.len() as u64;
            for item in answer.items.into_iter().flatten() {
                let id = item.get("id").and_then(serde_json::Value::as_u64);
                match (id, serde_json::from_value::<Post>(item)) {
                    (Some(id), Ok(post)) if id > 0 => {
                        self.seen.insert(id);
                        if let Some(post) = self.one(post, false) {
                            deferred.push(post);
                        }
                    }
                    (id, Err(error)) => self.fail(id.unwrap_or(0), "post", error.to_string()),
                    (id, Ok(_)) => self.fail(id.unwrap_or(0), "id", "missing".into()),
                }
            }
            progress.advance(count);
            if page >= answer.total_pages {
                progress.finish();
                break;
            }
            page += 1;
        }
        for post in deferred {
            self.one(post, true);
        }
        Ok(())
    }

    pub(super) fn fail(&mut self, id: u64, field: &str, message: String) {
        self.failed_ids.insert(id);
        self.summary.failed.push(format!("post {id}: {field}: {message}"));
    }

    /// Imports one post; gives it back when it links to a post not seen yet.
    fn one(&mut self, post: Post, last_pass: bool) -> Option<Post> {
        if post.content.protected {
            self.summary
                .skipped
                .push(format!("post {} ({}) is password-protected: skipped", post.id, post.link));
            self.state.skipped.insert(post.id);
            self.remove(post.id);
            return None;
        }
        self.state.skipped.remove(&post.id);
        let slug = self.slug_for(&post);
        let facts = match self.facts(&post) {
            Ok(facts) => facts,
            Err((field, message)) => {
                self.fail(post.id, field, message);
                return None;
            }
        };
        let mut resolver = Resolver {
            known: &self.known,
            client: &mut self.client,
            pictures: &mut self.pictures,
            base: post.link.clone(),
            site_host: self.site_host.clone(),
            unresolved: false,
        };
        let converted = post::convert(&post, &facts, &mut resolver);
        if resolver.unresolved && !last_pass && converted.is_ok() {
            return Some(post);
        }
        let converted = match converted {
            Ok(converted) => converted,
            Err((field, message)) => {
                self.fail(post.id, field, message);
                return None;
            }
        };
        let path = self.articles.join(format!("{slug}.md"));
        if std::fs::read_to_string(&path).is_ok_and(|old| old == converted.text) {
            self.summary.unchanged += 1;
        } else if let Err(message) = write::write_atomic(&path, converted.text.as_bytes()) {
            self.fail(post.id, "file", message);
            return None;
        } else {
            self.summary.written += 1;
        }
        for (kind, n) in converted.body.dropped {
            *self.summary.dropped.entry(kind).or_default() += n;
        }
        for note in converted.body.notes {
            self.summary.notes.push(format!("post {}: {note}", post.id));
        }
        self.used_sections.insert(facts.section);
        self.known.insert(&post.link, AppRoute::Article { slug: slug.clone() }.path());
        self.state.posts.insert(post.id, state::Known { slug, link: post.link.trim().to_owned() });
        if self.state.last_modified.as_deref().is_none_or(|last| last < post.modified.as_str()) {
            self.state.last_modified = Some(post.modified.clone());
        }
        None
    }
}
