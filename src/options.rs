//! Options shared by the Rust API, the CLI and the JS binding, validated in one place.

use crate::Error;
use serde_json::{Map, Value};

/// Summary and keyword options (CONTRACT.md). `Options::default()` is the tuned default.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Number of summary sentences; `None` with `ratio` also `None` means 3.
    pub sentences: Option<usize>,
    /// Share of the body sentences, in (0, 1]. Excludes `sentences`.
    pub ratio: Option<f64>,
    /// Cap on the total chars of the summary's texts.
    pub max_chars: Option<usize>,
    pub keywords: usize,
    pub keyphrases: usize,
    /// Co-occurrence window for keywords, 2–10.
    pub window: usize,
    /// Redundancy control (MMR) in [0, 1]; 0 turns it off.
    pub diversity: f64,
    /// Give every story a sentence when the count allows.
    pub per_story: bool,
    /// Allow headlines as summary sentences.
    pub headlines: bool,
    /// Extra stop words for this call.
    pub stop_words: Vec<String>,
    pub max_input_chars: usize,
    /// Internal weights, fixed by evaluation; exposed only for the tuning harness.
    #[doc(hidden)]
    pub tuning: Tuning,
}

/// The blend and graph constants, chosen on the dev sets (eval/RESULTS.md).
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq)]
pub struct Tuning {
    pub w_rank: f64,
    pub w_keywords: f64,
    pub w_position: f64,
    pub w_title: f64,
    /// Weight of shared char bigrams (`summary::shared_bigrams`), which decay as
    /// 1 / (1 + k)^shared_decay for the k-th sentence of a story.
    pub w_shared: f64,
    pub shared_decay: f64,
    /// The bigram count is divided by (content chars)^bigram_length.
    pub bigram_length: f64,
    /// When > 0, only the best run of this many consecutive bigrams of a sentence counts:
    /// about a headline's length (LCSTS headlines average 18.5 chars).
    pub shared_window: usize,
    /// position prior = 1 / (1 + k)^position_decay for the k-th sentence of a story
    pub position_decay: f64,
    /// keyword score = PageRank x idf^idf_power
    pub idf_power: f64,
    pub merge_share: f64,
    /// Sentence similarity: false = word overlap (Mihalcea–Tarau), true = BM25.
    pub bm25: bool,
    pub short_chars: f64,
    pub long_chars: f64,
    /// keyword coverage = sum of keyword weights / (1 + terms)^coverage_norm
    pub coverage_norm: f64,
    /// Sentences over `long_chars` are scaled by (long_chars / chars)^long_power.
    pub long_power: f64,
    /// When > 0, `long_chars` is this multiple of the document's median sentence length.
    pub relative_long: f64,
    /// Keyword scores are relative to the best term of their story, times
    /// (story size / largest story size)^story_balance; negative = off.
    pub story_balance: f64,
    /// Verbs become keyword candidates with their score times this; 0 = never.
    pub verb_factor: f64,
    /// Two dictionary words may form a compound with a verb (`数据` + `采集`).
    pub verb_merge: bool,
    /// Merged compounds are at most this many chars.
    pub merge_max_chars: usize,
    /// A single content char may join a dictionary word (`生态` + `塘`, `碳酸` + `化`).
    pub morphemes: bool,
    /// List items (`做法：1、…2、…`, `原料：大米、红枣、黑芝麻。`) are scaled by this.
    pub list_factor: f64,
    /// Sentences that open on a pronoun pointing back (`他说`, `这一做法`) are scaled by this.
    pub anaphora_factor: f64,
    /// Body lines with no sentence end (a page's labels, links and titles) are scaled by this.
    pub unended_factor: f64,
}

impl Default for Tuning {
    // Chosen on the dev sets with `node eval/run.mjs` (see eval/RESULTS.md). The five
    // weights are 0.4 : 0.5 : 0.4 : 0.2 : 0.6 scaled to sum to 1.5, the scale of the scores
    // the `diversity` default was chosen at: adding a component must not weaken it.
    fn default() -> Self {
        Tuning {
            w_rank: 0.4 / 1.4,
            w_keywords: 0.5 / 1.4,
            w_position: 0.4 / 1.4,
            w_title: 0.2 / 1.4,
            w_shared: 0.6 / 1.4,
            shared_decay: 0.75,
            bigram_length: 0.5,
            shared_window: 20,
            position_decay: 1.0,
            idf_power: 2.0,
            merge_share: 0.5,
            bm25: true,
            short_chars: 8.0,
            long_chars: 20.0,
            coverage_norm: 1.0,
            long_power: 1.0,
            relative_long: 1.5,
            story_balance: 0.5,
            verb_factor: 0.7,
            verb_merge: true,
            merge_max_chars: 8,
            morphemes: true,
            list_factor: 0.5,
            anaphora_factor: 0.5,
            unended_factor: 0.3,
        }
    }
}

impl Tuning {
    /// Parses `name=value,…` over the defaults (tuning harness only).
    pub fn parse(spec: &str) -> Result<Tuning, String> {
        let mut t = Tuning::default();
        for part in spec.split(',').filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').ok_or_else(|| format!("bad tuning `{part}`"))?;
            let v: f64 = v.parse().map_err(|_| format!("bad tuning value `{part}`"))?;
            match k {
                "rank" => t.w_rank = v,
                "kw" => t.w_keywords = v,
                "pos" => t.w_position = v,
                "title" => t.w_title = v,
                "shared" => t.w_shared = v,
                "sdecay" => t.shared_decay = v,
                "blen" => t.bigram_length = v,
                "swin" => t.shared_window = v as usize,
                "decay" => t.position_decay = v,
                "idf" => t.idf_power = v,
                "merge" => t.merge_share = v,
                "bm25" => t.bm25 = v != 0.0,
                "short" => t.short_chars = v,
                "long" => t.long_chars = v,
                "cov" => t.coverage_norm = v,
                "lp" => t.long_power = v,
                "rel" => t.relative_long = v,
                "sbal" => t.story_balance = v,
                "verbs" => t.verb_factor = v,
                "vmerge" => t.verb_merge = v != 0.0,
                "mmax" => t.merge_max_chars = v as usize,
                "morph" => t.morphemes = v != 0.0,
                "list" => t.list_factor = v,
                "anaphora" => t.anaphora_factor = v,
                "unended" => t.unended_factor = v,
                _ => return Err(format!("unknown tuning `{k}`")),
            }
        }
        Ok(t)
    }
}

pub const DEFAULT_SENTENCES: usize = 3;
pub const DEFAULT_WINDOW: usize = 4;
pub const DEFAULT_DIVERSITY: f64 = 0.5;
pub const DEFAULT_MAX_INPUT_CHARS: usize = 4_000_000;

impl Default for Options {
    fn default() -> Self {
        Options {
            sentences: None,
            ratio: None,
            max_chars: None,
            keywords: 10,
            keyphrases: 5,
            window: DEFAULT_WINDOW,
            diversity: DEFAULT_DIVERSITY,
            per_story: true,
            headlines: false,
            stop_words: Vec::new(),
            max_input_chars: DEFAULT_MAX_INPUT_CHARS,
            tuning: Tuning::default(),
        }
    }
}

fn invalid(option: &str, reason: impl Into<String>) -> Error {
    Error::InvalidOption { option: option.to_string(), reason: reason.into() }
}

/// The options by their JS names, with the valid range that error messages quote.
pub const NAMES: &[(&str, &str)] = &[
    ("sentences", "an integer >= 0"),
    ("ratio", "a number in (0, 1]"),
    ("maxChars", "an integer >= 1"),
    ("keywords", "an integer >= 0"),
    ("keyphrases", "an integer >= 0"),
    ("window", "an integer from 2 to 10"),
    ("diversity", "a number from 0 to 1"),
    ("perStory", "a boolean"),
    ("headlines", "a boolean"),
    ("stopWords", "an array of strings"),
    ("maxInputChars", "an integer >= 1"),
];

/// The valid range of option `name` as messages quote it ("" for an unknown name).
pub(crate) fn range_of(name: &str) -> &'static str {
    NAMES.iter().find(|(n, _)| *n == name).map_or("", |(_, r)| r)
}

impl Options {
    /// Checks ranges and combinations; every front end calls this before use.
    pub fn validate(&self) -> Result<(), Error> {
        if self.sentences.is_some() && self.ratio.is_some() {
            return Err(invalid("ratio", "give either `sentences` or `ratio`, not both"));
        }
        if let Some(r) = self.ratio {
            if !(r > 0.0 && r <= 1.0) {
                return Err(invalid("ratio", format!("must be {}, got {}", range_of("ratio"), js_number(r))));
            }
        }
        if self.max_chars == Some(0) {
            return Err(invalid("maxChars", format!("must be {}, got 0", range_of("maxChars"))));
        }
        if !(2..=10).contains(&self.window) {
            return Err(invalid("window", format!("must be {}, got {}", range_of("window"), self.window)));
        }
        if !(0.0..=1.0).contains(&self.diversity) {
            return Err(invalid("diversity", format!("must be {}, got {}", range_of("diversity"), js_number(self.diversity))));
        }
        if self.max_input_chars == 0 {
            return Err(invalid("maxInputChars", format!("must be {}, got 0", range_of("maxInputChars"))));
        }
        Ok(())
    }

    /// Reads options from a JSON object with the JS (camelCase) names, as the JS
    /// binding receives them. Unknown keys, wrong types and bad ranges are errors
    /// that name the option. `null`/absent keeps the default.
    pub fn from_json(value: &Value) -> Result<Options, Error> {
        let mut o = Options::default();
        let map: &Map<String, Value> = match value {
            Value::Null => return Ok(o),
            Value::Object(m) => m,
            _ => return Err(invalid("options", "must be an object")),
        };
        for (key, v) in map {
            if v.is_null() {
                continue;
            }
            match key.as_str() {
                "sentences" => o.sentences = Some(int(key, v, 0)?),
                "ratio" => o.ratio = Some(num(key, v)?),
                "maxChars" => o.max_chars = Some(int(key, v, 1)?),
                "keywords" => o.keywords = int(key, v, 0)?,
                "keyphrases" => o.keyphrases = int(key, v, 0)?,
                "window" => {
                    // Checked here, before a huge value saturates, so the message quotes it as given.
                    o.window = int(key, v, 2).ok().filter(|w| *w <= 10).ok_or_else(|| invalid(key, format!("must be {}, got {}", range_of(key), shown(v))))?
                }
                "diversity" => o.diversity = num(key, v)?,
                "perStory" => o.per_story = boolean(key, v)?,
                "headlines" => o.headlines = boolean(key, v)?,
                "maxInputChars" => o.max_input_chars = int(key, v, 1)?,
                "stopWords" => {
                    let items = v.as_array().ok_or_else(|| invalid(key, format!("must be {}, got {}", range_of(key), brief(v))))?;
                    o.stop_words = items
                        .iter()
                        .enumerate()
                        .map(|(i, s)| {
                            s.as_str().map(str::to_string).ok_or_else(|| invalid(key, format!("every item must be a string, got {} at index {i}", brief(s))))
                        })
                        .collect::<Result<_, _>>()?;
                }
                _ => {
                    let known: Vec<&str> = NAMES.iter().map(|(n, _)| *n).collect();
                    return Err(invalid(key, format!("unknown option; known options are {}", known.join(", "))));
                }
            }
        }
        o.validate()?;
        Ok(o)
    }
}

/// Largest count the implementation uses. The ranges have no upper limit, and counts beyond
/// 2^32 - 1 mean "no limit" in practice; saturating there gives the same result natively
/// (64-bit usize) and in wasm (32-bit usize).
pub(crate) const MAX_COUNT: u64 = u32::MAX as u64;

/// `f` as a count when it is a whole number >= `min`, saturated at [`MAX_COUNT`]. Any
/// finite whole number counts, however large (`1e20`, `2 ** 53`): only the range matters.
pub(crate) fn whole(f: f64, min: u64) -> Option<u64> {
    // `as` saturates (1e20 -> u64::MAX); `min` is 0, 1 or 2, exact as an f64.
    (f.is_finite() && f.fract() == 0.0 && f >= min as f64).then(|| (f as u64).min(MAX_COUNT))
}

fn int(key: &str, v: &Value, min: u64) -> Result<usize, Error> {
    let n = match v {
        Value::Number(n) => n.as_u64().filter(|&n| n >= min).map(|n| n.min(MAX_COUNT)).or_else(|| n.as_f64().and_then(|f| whole(f, min))),
        _ => None,
    };
    n.map(|n| n as usize).ok_or_else(|| invalid(key, format!("must be {}, got {}", range_of(key), shown(v))))
}

fn num(key: &str, v: &Value) -> Result<f64, Error> {
    v.as_f64().filter(|f| f.is_finite()).ok_or_else(|| invalid(key, format!("must be {}, got {}", range_of(key), shown(v))))
}

fn boolean(key: &str, v: &Value) -> Result<bool, Error> {
    v.as_bool().ok_or_else(|| invalid(key, format!("must be {}, got {}", range_of(key), shown(v))))
}

/// A value of any type as an error message quotes it: long strings cut, containers named.
fn brief(v: &Value) -> String {
    match v {
        Value::String(t) if t.chars().count() > 40 => format!("{:?}", t.chars().take(40).collect::<String>() + "…"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
        other => shown(other),
    }
}

/// A value as the caller wrote it: numbers as JS prints them (`9007199254740992`, not
/// serde_json's `9007199254740992.0`; `1e+21`), anything else as JSON.
fn shown(v: &Value) -> String {
    match v {
        Value::Number(n) if n.is_f64() => n.as_f64().map_or_else(|| n.to_string(), js_number),
        other => other.to_string(),
    }
}

/// `f` as JS's `String(f)` prints it (ECMA-262 Number::toString): the shortest digits that
/// read back as `f`, in plain notation for exponents -7 < e < 21, else as `1.5e+21`.
pub(crate) fn js_number(f: f64) -> String {
    if !f.is_finite() {
        return (if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        })
        .to_string();
    }
    if f == 0.0 {
        return "0".to_string();
    }
    // Rust's `{:e}` gives the same shortest round-trip digits: `-1.5e21`, `1e-7`.
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i64;
    let n = exp.parse::<i64>().unwrap_or(0) + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let sign = if n - 1 < 0 { '-' } else { '+' };
        let tail = if k > 1 { format!(".{}", &digits[1..]) } else { String::new() };
        format!("{}{tail}e{sign}{}", &digits[..1], (n - 1).abs())
    };
    if f < 0.0 {
        format!("-{body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(v: Value) -> String {
        Options::from_json(&v).unwrap_err().to_string()
    }

    #[test]
    fn reads_camel_case_names() {
        let o = Options::from_json(&json!({"sentences": 2, "maxChars": 80, "perStory": false, "stopWords": ["意见"]})).unwrap();
        assert_eq!(o.sentences, Some(2));
        assert_eq!(o.max_chars, Some(80));
        assert!(!o.per_story);
        assert_eq!(o.stop_words, ["意见"]);
    }

    #[test]
    fn errors_name_the_option_and_range() {
        assert!(err(json!({"sentences": -1})).contains("`sentences`"));
        assert!(err(json!({"sentences": 1.5})).contains("an integer >= 0"));
        assert!(err(json!({"ratio": 0})).contains("`ratio`"));
        assert!(err(json!({"ratio": 1.5})).contains("(0, 1]"));
        assert!(err(json!({"window": 11})).contains("from 2 to 10"));
        assert!(err(json!({"diversity": "high"})).contains("`diversity`"));
        assert!(err(json!({"senteces": 2})).contains("unknown option"));
        assert!(err(json!({"sentences": 2, "ratio": 0.5})).contains("not both"));
        assert!(err(json!({"stopWords": [1]})).contains("`stopWords`"));
        assert!(
            err(json!({"stopWords": ["意见", null]})).ends_with("every item must be a string, got null at index 1"),
            "{}",
            err(json!({"stopWords": ["意见", null]}))
        );
        assert!(err(json!({"stopWords": "人工智能"})).ends_with("must be an array of strings, got \"人工智能\""), "{}", err(json!({"stopWords": "人工智能"})));
        assert!(err(json!([1])).contains("must be an object"));
    }

    #[test]
    fn huge_counts_saturate_alike_on_every_platform() {
        let o = Options::from_json(&json!({"sentences": 5_000_000_000u64, "maxInputChars": 1e15})).unwrap();
        assert_eq!(o.sentences, Some(u32::MAX as usize));
        assert_eq!(o.max_input_chars, u32::MAX as usize);
    }

    #[test]
    fn numbers_print_as_js_prints_them() {
        for (f, js) in [
            (0.0, "0"),
            (-0.0, "0"),
            (1.5, "1.5"),
            (-1.0, "-1"),
            (9007199254740992.0, "9007199254740992"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (-1.5e300, "-1.5e+300"),
            (123.456, "123.456"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (2.5e-10, "2.5e-10"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(js_number(f), js, "{f}");
        }
    }

    #[test]
    fn null_keeps_defaults() {
        assert_eq!(Options::from_json(&json!({"sentences": null})).unwrap(), Options::default());
        assert_eq!(Options::from_json(&Value::Null).unwrap(), Options::default());
    }
}
