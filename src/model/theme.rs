//! Light and dark themes. The page follows the reader's system setting
//! (`prefers-color-scheme`) until they choose with the header's toggle; the choice is then
//! remembered on their device and written to `<html data-theme="…">`, which the stylesheet
//! reads (`style/main.css`).

/// One of the two colour schemes of the stylesheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
}

/// The attribute on `<html>` that the stylesheet reads.
pub const ATTRIBUTE: &str = "data-theme";

impl Theme {
    /// The value stored and written to `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// A stored value, read forgivingly: anything else (an older or tampered value) is no
    /// choice at all, and the system setting applies.
    pub fn parse(raw: &str) -> Option<Theme> {
        match raw.trim().trim_matches('"') {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }

    /// The theme in force: the reader's choice, else their system's.
    pub fn effective(chosen: Option<Theme>, system_prefers_dark: bool) -> Theme {
        chosen.unwrap_or(if system_prefers_dark { Theme::Dark } else { Theme::Light })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_round_trip_and_junk_means_no_choice() {
        for theme in [Theme::Light, Theme::Dark] {
            assert_eq!(Theme::parse(theme.as_str()), Some(theme));
        }
        assert_eq!(Theme::parse(" dark "), Some(Theme::Dark));
        assert_eq!(Theme::parse("\"light\""), Some(Theme::Light), "a JSON string is accepted");
        for junk in ["", "Dark", "system", "<script>", "dark; light", "🌙"] {
            assert_eq!(Theme::parse(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn the_choice_wins_over_the_system() {
        assert_eq!(Theme::effective(None, false), Theme::Light);
        assert_eq!(Theme::effective(None, true), Theme::Dark);
        assert_eq!(Theme::effective(Some(Theme::Light), true), Theme::Light);
        assert_eq!(Theme::effective(Some(Theme::Dark), false), Theme::Dark);
        assert_eq!(Theme::Light.other(), Theme::Dark);
        assert_eq!(Theme::Dark.other().other(), Theme::Dark);
    }
}
