//! The Free Subscription form without the browser: checking an address and writing the body
//! the newsletter endpoint receives (`application/x-www-form-urlencoded`, as the embedded forms
//! of Buttondown, listmonk and Mailchimp send it).

use std::collections::BTreeMap;

pub const INVALID_EMAIL: &str = "Please enter a valid email address.";

/// The name of the address field; a configured hidden field of that name is ignored.
pub const EMAIL_FIELD: &str = "email";

/// Longest address SMTP can carry (RFC 5321 path limit less the angle brackets).
const MAX_EMAIL: usize = 254;
const MAX_LOCAL: usize = 64;
const MAX_LABEL: usize = 63;

/// What a reader can plausibly mean as an address: `local@domain.tld`. Deliberately not the
/// full RFC 5322 grammar (quoted local parts, IP literals): mail services refuse those too, and
/// the reader is better told at once. Non-ASCII letters are allowed (internationalised mail).
pub fn is_valid_email(raw: &str) -> bool {
    let email = raw.trim();
    if email.chars().count() > MAX_EMAIL {
        return false;
    }
    let Some((local, domain)) = email.rsplit_once('@') else { return false };
    valid_local(local) && valid_domain(domain)
}

fn valid_local(local: &str) -> bool {
    let forbidden = |c: char| c.is_whitespace() || c.is_control() || "()<>[]\\,;:@\"".contains(c);
    !local.is_empty()
        && local.chars().count() <= MAX_LOCAL
        && !local.chars().any(forbidden)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
}

fn valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |label: &&str| {
        !label.is_empty()
            && label.chars().count() <= MAX_LABEL
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    // A top-level domain is never all digits (that would be an IP address) nor one letter.
    let tld_ok =
        labels.last().is_some_and(|tld| tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()));
    labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok
}

/// `email=…` first, then the configured hidden fields in key order.
pub fn form_body(email: &str, fields: &BTreeMap<String, String>) -> String {
    let mut pairs = vec![(EMAIL_FIELD, email.trim())];
    pairs.extend(
        fields.iter().filter(|(key, _)| key.as_str() != EMAIL_FIELD).map(|(k, v)| (k.as_str(), v.as_str())),
    );
    pairs
        .iter()
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The WHATWG `application/x-www-form-urlencoded` byte serializer: what a browser's own form
/// submission sends, so endpoints built for embedded forms read it unchanged.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b' ' => out.push('+'),
            b'*' | b'-' | b'.' | b'_' => out.push(char::from(byte)),
            _ if byte.is_ascii_alphanumeric() => out.push(char::from(byte)),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for ok in [
            "reader@example.org",
            "  padded@example.org  ",
            "first.last+news@mail.example.co.uk",
            "o'brien@example.ie",
            "zoë@exämple.de",
            "a@b.co",
        ] {
            assert!(is_valid_email(ok), "{ok:?} should be accepted");
        }
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        for bad in [
            "",
            "   ",
            "not-an-email",
            "reader@",
            "@example.org",
            "reader@example",
            "reader@example.",
            "reader@.example.org",
            "reader@exa mple.org",
            "read er@example.org",
            "reader@@example.org",
            ".reader@example.org",
            "re..ader@example.org",
            "reader@-example.org",
            "reader@example.c",
            "reader@127.0.0.1",
            "<reader@example.org>",
            "reader@exam\tple.org",
        ] {
            assert!(!is_valid_email(bad), "{bad:?} must be refused");
        }
        assert!(!is_valid_email(&format!("{}@example.org", "a".repeat(65))));
        assert!(!is_valid_email(&format!("a@{}.org", "b".repeat(250))));
    }

    #[test]
    fn body_is_form_urlencoded_email_first() {
        let mut fields = BTreeMap::new();
        fields.insert("list".to_owned(), "morning briefing".to_owned());
        fields.insert("embed".to_owned(), "1".to_owned());
        fields.insert("email".to_owned(), "ignored@example.org".to_owned());
        assert_eq!(
            form_body(" a+b@example.org ", &fields),
            "email=a%2Bb%40example.org&embed=1&list=morning+briefing"
        );
        assert_eq!(form_body("zoë@x.de", &BTreeMap::new()), "email=zo%C3%AB%40x.de");
        assert_eq!(encode("a&b=c*-._~"), "a%26b%3Dc*-._%7E");
    }
}
