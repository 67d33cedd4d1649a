//! Archive pagination: which page a URL asks for, and what lies either side of it.

/// `?page=` as typed by a reader: absent, garbage or zero all mean the first page.
pub fn parse_page(raw: Option<&str>) -> u32 {
    raw.and_then(|value| value.trim().parse::<u32>().ok()).filter(|page| *page >= 1).unwrap_or(1)
}

/// Number of pages for `total` items, `per_page` at a time; an empty archive still has page 1.
pub fn page_count(total: usize, per_page: usize) -> usize {
    if per_page == 0 {
        return 1;
    }
    total.div_ceil(per_page).max(1)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Neighbours {
    pub previous: Option<u32>,
    pub next: Option<u32>,
}

pub fn neighbours(page: u32, total_pages: u32) -> Neighbours {
    Neighbours { previous: (page > 1).then(|| page - 1), next: (page < total_pages).then(|| page + 1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_parameter_is_forgiving() {
        assert_eq!(parse_page(None), 1);
        assert_eq!(parse_page(Some("3")), 3);
        assert_eq!(parse_page(Some(" 2 ")), 2);
        assert_eq!(parse_page(Some("0")), 1);
        assert_eq!(parse_page(Some("-4")), 1);
        assert_eq!(parse_page(Some("two")), 1);
        assert_eq!(parse_page(Some("99999999999")), 1);
    }

    #[test]
    fn page_count_rounds_up() {
        assert_eq!(page_count(0, 10), 1);
        assert_eq!(page_count(10, 10), 1);
        assert_eq!(page_count(11, 10), 2);
        assert_eq!(page_count(5, 0), 1);
    }

    #[test]
    fn neighbours_stop_at_the_ends() {
        assert_eq!(neighbours(1, 3), Neighbours { previous: None, next: Some(2) });
        assert_eq!(neighbours(2, 3), Neighbours { previous: Some(1), next: Some(3) });
        assert_eq!(neighbours(3, 3), Neighbours { previous: Some(2), next: None });
        assert_eq!(neighbours(1, 1), Neighbours { previous: None, next: None });
        // A page past the end (stale link) still offers the way back.
        assert_eq!(neighbours(9, 3), Neighbours { previous: Some(8), next: None });
    }
}
