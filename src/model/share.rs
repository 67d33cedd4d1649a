//! Sharing a story without any third party's script: plain links to each network's own share
//! page, with the story's public address and headline in the query. Nothing is loaded from
//! them until the reader follows a link, so nothing tracks readers who do not.

use super::percent::encode_component;

/// A place to share a story, and the link that shares it there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareLink {
    /// The link's text (and accessible name): "E-mail", "X"…
    pub name: &'static str,
    pub href: String,
}

/// The share links for the story at `url` (absolute) titled `title`, in the order shown.
pub fn share_links(url: &str, title: &str) -> Vec<ShareLink> {
    let (url, title) = (encode_component(url), encode_component(title));
    let link = |name, href: String| ShareLink { name, href };
    vec![
        link("E-mail", format!("mailto:?subject={title}&body={title}%0A%0A{url}")),
        link("X", format!("https://x.com/intent/tweet?text={title}&url={url}")),
        link("Facebook", format!("https://www.facebook.com/sharer/sharer.php?u={url}")),
        link("LinkedIn", format!("https://www.linkedin.com/sharing/share-offsite/?url={url}")),
        link("WhatsApp", format!("https://wa.me/?text={title}%20{url}")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_link_carries_the_address_and_nothing_escapes_its_parameter() {
        let links = share_links("https://news.example/article/a-b", "Tides & taxes: 50% up? #news");
        let names: Vec<&str> = links.iter().map(|link| link.name).collect();
        assert_eq!(names, ["E-mail", "X", "Facebook", "LinkedIn", "WhatsApp"]);
        for link in &links {
            assert!(link.href.contains("https%3A%2F%2Fnews.example%2Farticle%2Fa-b"), "{}", link.href);
            assert!(!link.href.contains(' ') && !link.href.contains('#'), "{}", link.href);
        }
        assert_eq!(
            links[1].href,
            "https://x.com/intent/tweet?text=Tides%20%26%20taxes%3A%2050%25%20up%3F%20%23news&url=https%3A%2F%2Fnews.example%2Farticle%2Fa-b"
        );
        assert!(links[0].href.starts_with("mailto:?subject=Tides%20%26"));
    }
}
