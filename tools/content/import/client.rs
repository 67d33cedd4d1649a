//! Requests to the WordPress REST API: which of its two addresses the site answers on, paging
//! by `X-WP-TotalPages`, retries with backoff, and the count of requests and bytes for the
//! report. The network itself is a [`Transport`], so tests answer from recorded responses.

use std::time::Duration;

use serde::de::DeserializeOwned;

/// One HTTP answer, whatever its status.
#[derive(Clone, Debug, Default)]
pub struct Response {
    pub status: u16,
    /// Names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn number(&self, name: &str) -> Option<u64> {
        self.header(name).and_then(|v| v.trim().parse().ok())
    }
}

pub trait Transport {
    /// `Err` for a network failure (no answer at all).
    fn get(&self, url: &str) -> Result<Response, String>;
    /// Waits before a retry (tests do not wait).
    fn pause(&self, _: Duration) {}
}

/// How many times a request is tried before the import gives up on it.
const ATTEMPTS: u32 = 5;
/// The first retry's wait; each next one waits twice as long, unless `Retry-After` says.
const FIRST_BACKOFF: Duration = Duration::from_millis(500);
/// A `Retry-After` longer than this is not waited for.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// The two spellings of a REST route: `/wp-json/wp/v2/posts` with pretty permalinks, and
/// `/?rest_route=/wp/v2/posts`, which every WordPress answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Pretty,
    Query,
}

pub struct Client<'a> {
    transport: &'a dyn Transport,
    /// The site's address without a trailing `/`.
    site: String,
    style: Style,
    pub requests: u64,
    pub bytes: u64,
}

/// One page of a collection with the totals WordPress sends in headers.
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub total_pages: u64,
}

impl<'a> Client<'a> {
    /// Finds which address form the site answers on: the pretty one first, and the query
    /// form when that is not WordPress's JSON (a 404 page, an HTML page, a redirect).
    pub fn discover(transport: &'a dyn Transport, site: &str) -> Result<Client<'a>, String> {
        let site = site.trim().trim_end_matches('/').to_owned();
        if !(site.starts_with("http://") || site.starts_with("https://")) {
            return Err(format!("{site:?} is not an http(s) address"));
        }
        let mut client = Client { transport, site, style: Style::Pretty, requests: 0, bytes: 0 };
        for style in [Style::Pretty, Style::Query] {
            client.style = style;
            let probe = client.url("types/post", &[]);
            if let Ok(answer) = client.fetch(&probe) {
                let json =
                    answer.status == 200 && serde_json::from_slice::<serde_json::Value>(&answer.body).is_ok();
                if json {
                    return Ok(client);
                }
            }
        }
        Err(format!(
            "{} does not answer as a WordPress REST API (tried /wp-json/ and ?rest_route=)",
            client.site
        ))
    }

    /// The address of `route` (under `wp/v2/`) with `query`'s pairs (already URL-safe).
    pub fn url(&self, route: &str, query: &[(&str, String)]) -> String {
        let mut url = match self.style {
            Style::Pretty => format!("{}/wp-json/wp/v2/{route}", self.site),
            Style::Query => format!("{}/?rest_route=/wp/v2/{route}", self.site),
        };
        for (index, (name, value)) in query.iter().enumerate() {
            let first = index == 0 && self.style == Style::Pretty;
            url.push(if first { '?' } else { '&' });
            url.push_str(name);
            url.push('=');
            url.push_str(value);
        }
        url
    }

    /// A page of `route`, parsed item by item: one odd item does not lose the page.
    pub fn page<T: DeserializeOwned>(
        &mut self,
        route: &str,
        query: &[(&str, String)],
    ) -> Result<Page<Result<T, String>>, String> {
        let url = self.url(route, query);
        let answer = self.fetch(&url)?;
        if answer.status != 200 {
            let text = String::from_utf8_lossy(&answer.body);
            return Err(format!(
                "{url}: HTTP {}: {}",
                answer.status,
                text.chars().take(200).collect::<String>()
            ));
        }
        let values: Vec<serde_json::Value> =
            serde_json::from_slice(&answer.body).map_err(|e| format!("{url}: not a JSON list: {e}"))?;
        let items =
            values.into_iter().map(|v| serde_json::from_value(v).map_err(|e| e.to_string())).collect();
        let total = answer.number("x-wp-total").unwrap_or(0);
        let total_pages = answer.number("x-wp-totalpages").unwrap_or(1);
        Ok(Page { items, total, total_pages })
    }

    /// Every item of a collection, 100 a request, following `X-WP-TotalPages`.
    pub fn all<T: DeserializeOwned>(
        &mut self,
        route: &str,
        query: &[(&str, String)],
    ) -> Result<Vec<Result<T, String>>, String> {
        let mut items = Vec::new();
        let mut page = 1;
        loop {
            let mut paged = query.to_vec();
            paged.push(("per_page", "100".to_owned()));
            paged.push(("page", page.to_string()));
            let answer = self.page(route, &paged)?;
            items.extend(answer.items);
            if page >= answer.total_pages {
                return Ok(items);
            }
            page += 1;
        }
    }

    /// Any URL (a picture), with the same retries; `Err` unless the answer is 200.
    pub fn download(&mut self, url: &str) -> Result<Vec<u8>, String> {
        let answer = self.fetch(url)?;
        match answer.status {
            200 => Ok(answer.body),
            status => Err(format!("{url}: HTTP {status}")),
        }
    }

    /// The answer, retried on network errors, 429 and 5xx.
    fn fetch(&mut self, url: &str) -> Result<Response, String> {
        let mut wait = FIRST_BACKOFF;
        let mut attempt = 1;
        loop {
            self.requests += 1;
            let result = self.transport.get(url);
            if let Ok(answer) = &result {
                self.bytes += answer.body.len() as u64;
            }
            let retry = match &result {
                Err(_) => true,
                Ok(answer) => answer.status == 429 || answer.status >= 500,
            };
            if !retry || attempt >= ATTEMPTS {
                return result.map_err(|e| format!("{url}: {e}"));
            }
            let asked = result.ok().and_then(|a| a.number("retry-after")).map(Duration::from_secs);
            self.transport.pause(asked.map_or(wait, |a| a.min(MAX_RETRY_AFTER)));
            wait *= 2;
            attempt += 1;
        }
    }
}

/// The network: ureq, blocking, https through rustls.
pub struct Http {
    agent: ureq::Agent,
    recorder: Option<super::record::Recorder>,
}

/// Pictures larger than this are not downloaded (WordPress's own upload limit is usually far
/// smaller); ureq's default limit (10 MB) would refuse big originals.
const MAX_BODY: u64 = 200 * 1024 * 1024;

impl Http {
    pub fn new() -> Http {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(120)))
            .http_status_as_error(false)
            .user_agent(concat!("gazette-content/", env!("CARGO_PKG_VERSION"), " (WordPress import)"))
            .build();
        Http { agent: config.into(), recorder: super::record::Recorder::from_env() }
    }
}

impl Transport for Http {
    fn get(&self, url: &str) -> Result<Response, String> {
        let mut answer = self.agent.get(url).call().map_err(|e| e.to_string())?;
        let headers = answer
            .headers()
            .iter()
            .map(|(name, value)| {
                (name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned())
            })
            .collect();
        let status = answer.status().as_u16();
        let body =
            answer.body_mut().with_config().limit(MAX_BODY).read_to_vec().map_err(|e| e.to_string())?;
        let response = Response { status, headers, body };
        if let Some(recorder) = &self.recorder {
            recorder.save(url, &response)?;
        }
        Ok(response)
    }

    fn pause(&self, wait: Duration) {
        std::thread::sleep(wait);
    }
}
