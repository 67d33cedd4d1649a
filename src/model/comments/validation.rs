//! Checking a comment before it is sent, with the words readers know from the seed site.

use super::isso::NewComment;

pub const MSG_TEXT_MISSING: &str = "Please enter your comment!";
pub const MSG_NAME_MISSING: &str = "Please enter your name here";
pub const MSG_EMAIL_MISSING: &str = "Please enter your email address here";
pub const MSG_EMAIL_INVALID: &str = "You have entered an incorrect email address!";
pub const MSG_TEXT_SHORT: &str = "Your comment is too short: please write at least 3 characters.";
pub const MSG_TEXT_LONG: &str = "Your comment is too long: please keep it under 65,000 characters.";
pub const MSG_WEBSITE_INVALID: &str = "Please enter a website address starting with http:// or https://";

/// Isso refuses shorter and longer texts; saying so first saves a round trip.
pub const MIN_TEXT_CHARS: usize = 3;
pub const MAX_TEXT_CHARS: usize = 65_535;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Text,
    Name,
    Email,
    Website,
}

/// What a reader typed into the comment form.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CommentDraft {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: &'static str,
}

/// Every problem with the draft, in the order of the form's fields; empty when it can be sent.
pub fn validate(draft: &CommentDraft) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut fail = |field, message| errors.push(FieldError { field, message });
    let text_chars = draft.text.trim().chars().count();
    if text_chars == 0 {
        fail(Field::Text, MSG_TEXT_MISSING);
    } else if text_chars < MIN_TEXT_CHARS {
        fail(Field::Text, MSG_TEXT_SHORT);
    } else if draft.text.chars().count() > MAX_TEXT_CHARS {
        fail(Field::Text, MSG_TEXT_LONG);
    }
    if draft.name.trim().is_empty() {
        fail(Field::Name, MSG_NAME_MISSING);
    }
    let email = draft.email.trim();
    if email.is_empty() {
        fail(Field::Email, MSG_EMAIL_MISSING);
    } else if !is_plausible_email(email) {
        fail(Field::Email, MSG_EMAIL_INVALID);
    }
    let website = draft.website.trim();
    if !website.is_empty() && !is_web_address(website) {
        fail(Field::Website, MSG_WEBSITE_INVALID);
    }
    errors
}

/// `local@domain.tld`: one `@`, something before it, a dotted domain after it, no spaces.
/// Deliverability is the mail server's business; this catches typing slips.
pub fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    !local.is_empty()
        && local.len() <= 64
        && email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && domain_ok
}

fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|host| !host.is_empty() && !host.starts_with('/'))
        && !url.chars().any(char::is_whitespace)
}

impl CommentDraft {
    /// The request body for Isso, trimmed, with an empty website left out.
    pub fn to_new_comment(&self, parent: Option<u64>, title: &str) -> NewComment {
        let website = self.website.trim();
        NewComment {
            text: self.text.trim().to_owned(),
            author: self.name.trim().to_owned(),
            email: self.email.trim().to_owned(),
            website: (!website.is_empty()).then(|| website.to_owned()),
            parent,
            title: title.to_owned(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(text: &str, name: &str, email: &str, website: &str) -> CommentDraft {
        CommentDraft { text: text.into(), name: name.into(), email: email.into(), website: website.into() }
    }

    fn messages(d: &CommentDraft) -> Vec<&'static str> {
        validate(d).into_iter().map(|e| e.message).collect()
    }

    #[test]
    fn an_empty_form_gets_the_seed_messages_in_field_order() {
        assert_eq!(messages(&draft("", "", "", "")), [MSG_TEXT_MISSING, MSG_NAME_MISSING, MSG_EMAIL_MISSING]);
        assert_eq!(
            messages(&draft("   \n", " ", "\t", "")),
            [MSG_TEXT_MISSING, MSG_NAME_MISSING, MSG_EMAIL_MISSING]
        );
    }

    #[test]
    fn a_wrong_email_is_named_as_such() {
        for bad in [
            "alice",
            "alice@",
            "@example.org",
            "alice@example",
            "a b@example.org",
            "alice@exa..mple.org",
            "alice@.org",
        ] {
            assert_eq!(messages(&draft("Fine text", "Alice", bad, "")), [MSG_EMAIL_INVALID], "{bad}");
        }
        for good in ["alice@example.org", "a.b+news@sub.example.co.uk", "zoë@exämple.de"] {
            assert!(messages(&draft("Fine text", "Alice", good, "")).is_empty(), "{good}");
        }
    }

    #[test]
    fn text_length_limits_match_isso() {
        assert_eq!(messages(&draft("ok", "A", "a@b.co", "")), [MSG_TEXT_SHORT]);
        assert!(messages(&draft("yes", "A", "a@b.co", "")).is_empty());
        assert_eq!(messages(&draft(&"x".repeat(MAX_TEXT_CHARS + 1), "A", "a@b.co", "")), [MSG_TEXT_LONG]);
    }

    #[test]
    fn website_is_optional_but_must_be_a_web_address() {
        assert!(messages(&draft("Fine", "A", "a@b.co", "https://alice.example")).is_empty());
        for bad in ["alice.example", "javascript:alert(1)", "https://", "ftp://x.org", "https://a b.org"] {
            assert_eq!(messages(&draft("Fine", "A", "a@b.co", bad)), [MSG_WEBSITE_INVALID], "{bad}");
        }
    }

    #[test]
    fn the_request_body_is_trimmed_and_titled() {
        let body =
            draft("  Hello there  ", " Ann ", " ann@example.org ", "").to_new_comment(Some(4), "Headline");
        assert_eq!(body.text, "Hello there");
        assert_eq!(body.author, "Ann");
        assert_eq!(body.email, "ann@example.org");
        assert_eq!(body.website, None);
        assert_eq!(body.parent, Some(4));
        assert_eq!(body.title, "Headline");
    }
}
