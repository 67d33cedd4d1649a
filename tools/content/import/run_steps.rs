//! The import's steps around the posts: slugs and facts for one post, removals, the sections
//! of `site.json` and the redirect map.

use std::collections::BTreeSet;

use gazette::model::article::Ref;
use gazette::model::listing::ArchiveKind;
use gazette::model::slug::slugify;

use super::pictures::Featured;
use super::post::{Facts, Failure};
use super::redirects::Redirects;
use super::run::Run;
use super::wp::{Id, Post};
use super::{site_sections, slugs, text, write, Paths};

impl Run<'_> {
    /// An imported post keeps the slug it has (its address stays); a new one gets its
    /// WordPress slug, or a readable one, never a hand-written article's.
    pub(super) fn slug_for(&mut self, post: &Post) -> String {
        if let Some(slug) = self.state.posts.get(&post.id).map(|k| &k.slug).or(self.assigned.get(&post.id)) {
            return slug.clone();
        }
        let title = text::plain(&post.title.rendered);
        let wanted = slugs::gazette_slug(&post.slug, &title, &format!("post-{}", post.id));
        let taken: BTreeSet<String> = self.taken.keys().cloned().collect();
        let slug = slugs::unique(&wanted, &taken);
        if self.taken.get(&wanted) == Some(&false) {
            self.summary.notes.push(format!(
                "post {}: {wanted:?} is a hand-written article's address: imported as {slug:?}",
                post.id
            ));
        }
        self.taken.insert(slug.clone(), true);
        self.assigned.insert(post.id, slug.clone());
        slug
    }

    pub(super) fn facts(&mut self, post: &Post) -> Result<Facts, Failure> {
        let section = post
            .categories
            .iter()
            .find_map(|id| self.taxonomy.sections.get(id))
            .map(|(section, ..)| section.slug.clone())
            .ok_or(("categories", format!("none of {:?} is a known category", post.categories)))?;
        let author = self
            .taxonomy
            .authors
            .get(&post.author)
            .map(|(name, _)| name.clone())
            .or_else(|| {
                post.embedded.author.first().map(|a| text::plain(&a.name)).filter(|n| !slugify(n).is_empty())
            })
            .ok_or(("author", format!("user {} is not listed by the site", post.author)))?;
        // A tag the list did not give (a site capping `per_page`) is read from the post's own.
        let embedded: Vec<&super::wp::Term> =
            post.embedded.terms.iter().flatten().filter(|t| t.taxonomy == "post_tag").collect();
        let mut tags: Vec<String> = Vec::new();
        for id in &post.tags {
            let name = match self.taxonomy.tags.get(id) {
                Some((name, _)) => name.clone(),
                None => match embedded.iter().find(|t| t.id == *id) {
                    Some(term) => text::plain(&term.name),
                    None => continue,
                },
            };
            if !slugify(&name).is_empty() && !tags.iter().any(|t| slugify(t) == slugify(&name)) {
                tags.push(name);
            }
        }
        Ok(Facts { section, author, tags, image: self.featured(post) })
    }

    /// The featured image, downloaded; a picture that cannot be had is left out with a note.
    fn featured(&mut self, post: &Post) -> Option<Featured> {
        if post.featured_media == 0 {
            return None;
        }
        let media = post.embedded.featured_media.iter().find(|m| m.id == post.featured_media || m.id == 0);
        let Some(media) = media.filter(|m| !m.source_url.is_empty()) else {
            self.summary
                .notes
                .push(format!("post {}: featured media {} not readable", post.id, post.featured_media));
            return None;
        };
        let title = text::plain(&post.title.rendered);
        match self.pictures.featured(&mut self.client, media, &title) {
            Ok(image) => Some(image),
            Err(why) => {
                self.summary.notes.push(format!("post {}: featured image left out: {why}", post.id));
                None
            }
        }
    }

    /// Deletes an imported post's file (a post gone, unpublished or now protected).
    pub(super) fn remove(&mut self, id: u64) {
        let Some(known) = self.state.posts.remove(&id) else { return };
        let path = self.articles.join(format!("{}.md", known.slug));
        match std::fs::remove_file(&path) {
            Ok(()) => self.summary.removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => self.summary.notes.push(format!("cannot delete {}: {e}", path.display())),
        }
        self.taken.remove(&known.slug);
    }

    /// Posts gone or unpublished since the last run. A full run saw every published post; a
    /// re-run asks for the count (one request) and lists the ids (100 a request) only when
    /// the count is not what the import knows. Files are deleted after the whole list came.
    pub(super) fn removals(&mut self, full: bool) -> Result<(), String> {
        let listed: BTreeSet<u64> = if full {
            self.seen.clone()
        } else {
            let query = [
                ("status", "publish".to_owned()),
                ("per_page", "1".to_owned()),
                ("_fields", "id".to_owned()),
            ];
            let count = self.client.page::<Id>("posts", &query)?.total;
            let mut known: BTreeSet<u64> = self.state.posts.keys().copied().collect();
            known.extend(&self.state.skipped);
            known.extend(&self.failed_ids);
            if count == known.len() as u64 {
                return Ok(());
            }
            let query = [("status", "publish".to_owned()), ("_fields", "id".to_owned())];
            self.client.all::<Id>("posts", &query)?.into_iter().filter_map(Result::ok).map(|i| i.id).collect()
        };
        let gone: Vec<u64> = self.state.posts.keys().filter(|id| !listed.contains(id)).copied().collect();
        for id in gone {
            self.remove(id);
        }
        self.state.skipped.retain(|id| listed.contains(id));
        Ok(())
    }

    /// The categories with posts become `site.json`'s sections (most posts first); sections
    /// that hand-written articles use are kept after them. Only that key of the file changes.
    pub(super) fn sections(&mut self, paths: &Paths<'_>, hand: &[String]) -> Result<Vec<Ref>, String> {
        let text = std::fs::read_to_string(paths.site)
            .map_err(|e| format!("cannot read {}: {e}", paths.site.display()))?;
        let mut categories: Vec<_> = self
            .taxonomy
            .sections
            .values()
            .filter(|(section, count, _)| *count > 0 || self.used_sections.contains(&section.slug))
            .collect();
        categories.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
        let mut sections: Vec<Ref> = categories.into_iter().map(|(section, ..)| section.clone()).collect();
        let current: Vec<Ref> = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|site| serde_json::from_value(site.get("sections")?.clone()).ok())
            .unwrap_or_default();
        for section in current.into_iter().filter(|s| hand.contains(&s.slug)) {
            if !sections.iter().any(|s| s.slug == section.slug) {
                sections.push(section);
            }
        }
        let in_file = |e: String| format!("{}: {e}", paths.site.display());
        let mut rewritten = text.clone();
        if !sections.is_empty() {
            rewritten = site_sections::rewrite(&rewritten, &sections).map_err(in_file)?;
        }
        if let Some(with_comments) =
            site_sections::keep_wordpress_comments(&rewritten, &self.state.site).map_err(in_file)?
        {
            self.summary
                .notes
                .push(format!("comments: site.json comments.wordpress set to {}", self.state.site));
            rewritten = with_comments;
        }
        if rewritten != text {
            write::write_atomic(paths.site, rewritten.as_bytes())?;
        }
        Ok(sections)
    }

    /// Redirects to the pages the build will make: a tag or an author only when an article
    /// names it (a category only when it is a section).
    pub(super) fn redirects(&self, sections: &[Ref], articles: &write::Existing) -> Redirects {
        let mut redirects = Redirects::default();
        for known in self.state.posts.values() {
            redirects.article(&known.link, &known.slug);
        }
        for (section, _, link) in self.taxonomy.sections.values() {
            if sections.iter().any(|s| s.slug == section.slug) {
                redirects.archive(link, ArchiveKind::Section, &section.slug);
            }
        }
        for (name, link) in
            self.taxonomy.tags.values().filter(|(name, _)| articles.tags.contains(&slugify(name)))
        {
            redirects.archive(link, ArchiveKind::Tag, &slugify(name));
        }
        for (name, link) in
            self.taxonomy.authors.values().filter(|(name, _)| articles.authors.contains(&slugify(name)))
        {
            redirects.archive(link, ArchiveKind::Author, &slugify(name));
        }
        redirects
    }
}
