//! Links that come from content are allowlisted: http, https, mailto and site-relative paths.
//! Anything else (`javascript:`, `data:`, protocol-relative `//evil`) is never made a link.

/// The link to render, or `None` when the target must not be linked.
pub fn safe_href(raw: &str) -> Option<&str> {
    let href = raw.trim();
    if href.is_empty() || href.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    if href.starts_with("//") || href.starts_with("/\\") {
        return None;
    }
    match scheme_of(href) {
        Some(scheme) => {
            let allowed = ["http", "https", "mailto"];
            allowed.iter().any(|ok| scheme.eq_ignore_ascii_case(ok)).then_some(href)
        }
        // No scheme: a path, a query or a fragment on this site.
        None => Some(href),
    }
}

/// The scheme, if the URL has one: letters, digits, `+ - .` before the first `:`, with no
/// `/ ? #` before it (so `a/b:c` is a path).
fn scheme_of(href: &str) -> Option<&str> {
    let colon = href.find(':')?;
    let candidate = href.get(..colon)?;
    let looks_like_scheme = !candidate.is_empty()
        && candidate.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    looks_like_scheme.then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_web_mail_and_site_links() {
        for ok in [
            "https://example.org/a?b=c#d",
            "http://example.org",
            "HTTPS://EXAMPLE.ORG",
            "mailto:desk@example.org",
            "/section/world",
            "article/x",
            "#comments",
            "?page=2",
        ] {
            assert_eq!(safe_href(ok), Some(ok), "{ok} should be allowed");
        }
    }

    #[test]
    fn refuses_script_and_odd_schemes() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "//evil.example/x",
            "/\\evil.example",
            "",
            "   ",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?} must be refused");
        }
    }
}
