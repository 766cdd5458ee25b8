//! The one implementation of the `textrank-zh` command line. The native binary
//! and the npm `bin` (this function compiled to wasm) both call [`run`], so
//! flags, messages and output are byte-identical by construction.

use crate::options::{range_of, NAMES};
use crate::{Error, Options, Summarizer, Summary, UserWord};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub const USAGE: &str = "\
Usage: textrank-zh [OPTIONS] [FILE]

Key sentences and keywords of Chinese text by TextRank. Reads FILE, or standard
input when FILE is absent or `-`; input must be UTF-8.

Options:
  --sentences N        number of summary sentences (default 3)
  --ratio R            instead of --sentences: this share of the body sentences, in (0, 1]
  --max-chars C        cap on the total chars of the summary
  --keywords K         number of keywords (default 10)
  --keyphrases K       number of keyphrases (default 5)
  --window W           co-occurrence window for keywords, 2-10 (default 4)
  --diversity D        redundancy control in [0, 1], 0 turns it off (default 0.5)
  --no-per-story       do not give every story a sentence first
  --headlines          allow headlines as summary sentences
  --stop-words FILE    extra stop words, one per line
  --user-dict FILE     user words in jieba's `word [freq] [pos]` format, one a line;
                       lines starting with # are comments
  --max-input-chars N  longer input is an error (default 4000000)
  --json               print the result as one JSON object
  --jsonl              batch mode: each input line {\"id\", \"text\"} gives one output line
  -h, --help           print this help
  --version            print the version
  --                   end of options: what follows is FILE, even if it starts with -

Each flag may be given once; standard input (`-`) may be read once. Exit status:
0 success, 1 bad input, 2 bad usage.
";

/// What a run produced.
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: i32,
}

enum Mode {
    Text,
    Json,
    Jsonl,
}

struct Args {
    options: Options,
    mode: Mode,
    file: Option<String>,
    stop_words: Option<String>,
    user_dict: Option<String>,
}

fn usage_error(msg: impl Into<String>) -> Output {
    Output { stdout: Vec::new(), stderr: format!("textrank-zh: {}\nTry `textrank-zh --help`.\n", msg.into()).into_bytes(), code: 2 }
}

fn input_error(msg: impl Into<String>) -> Output {
    Output { stdout: Vec::new(), stderr: format!("textrank-zh: {}\n", msg.into()).into_bytes(), code: 1 }
}

fn kebab(js: &str) -> String {
    let mut out = String::new();
    for c in js.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Phrases an option error with the CLI's flag names. A range error quotes the argument
/// as the user typed it (`raw`), not the number it was read as.
fn flag_message(e: &Error, raw: &BTreeMap<String, String>) -> String {
    match e {
        Error::InvalidOption { option, reason } if option == "ratio" && reason.contains("not both") => {
            "give either --sentences or --ratio, not both".to_string()
        }
        Error::InvalidOption { option, reason } => match raw.get(option) {
            Some(arg) => {
                // A number as typed (`9007199254740993`, `1.50`); anything else quoted (`"three"`).
                let arg = if number(arg).is_some() { arg.to_string() } else { Value::from(arg.as_str()).to_string() };
                format!("--{}: must be {}, got {arg}", kebab(option), range_of(option))
            }
            None => format!("--{}: {}", kebab(option), reason.replace('`', "")),
        },
        other => other.to_string(),
    }
}

/// A flag's value read as a number: finite, or a numeral too big for f64 (`1e400`, 400
/// digits), which saturates at ±f64::MAX so that a count takes it as "no limit" and a
/// bounded option rejects it. `None` for words (`three`, `NaN`, `inf`).
fn number(arg: &str) -> Option<f64> {
    let f = arg.parse::<f64>().ok()?;
    if f.is_finite() {
        return Some(f);
    }
    let numeral = arg.trim_start_matches(['+', '-']).starts_with(|c: char| c.is_ascii_digit() || c == '.');
    (numeral && f.is_infinite()).then(|| f64::MAX.copysign(f))
}

/// The JSON value a numeric flag stands for: an integer when it is one, so that the core
/// reads `--sentences 3` as the JS `{ sentences: 3 }`; the string itself when it is no number.
fn flag_value(arg: &str) -> Value {
    if !arg.is_empty() && arg.bytes().all(|b| b.is_ascii_digit()) {
        // Exact for any length of digits: no f64 rounding of 9007199254740993.
        return Value::from(arg.parse::<u64>().unwrap_or(u64::MAX));
    }
    match number(arg).and_then(serde_json::Number::from_f64) {
        Some(n) => Value::Number(n),
        None => Value::String(arg.to_string()),
    }
}

fn parse_args(args: &[String]) -> Result<Args, Output> {
    let mut map = Map::new();
    let mut raw = BTreeMap::new();
    let mut mode = None;
    let mut file = None;
    let mut stop_words = None;
    let mut user_dict = None;
    // Every flag is given at most once; a second one is a mistake worth saying.
    let mut seen: Vec<&str> = Vec::new();
    let mut operands_only = false;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if operands_only || arg == "-" || !arg.starts_with('-') {
            if file.replace(arg.clone()).is_some() {
                return Err(usage_error("more than one input file given"));
            }
            continue;
        }
        if arg == "--" {
            // The usual end of options: `textrank-zh -- -notes.txt` reads the file `-notes.txt`.
            operands_only = true;
            continue;
        }
        // `-h`, as most tools spell help.
        let arg = if arg == "-h" { "--help" } else { arg.as_str() };
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (arg, None),
        };
        // Long options only, spelt `--name`: `-sentences` or `---json` is a typo, not a flag.
        let name = flag.strip_prefix("--").filter(|n| !n.starts_with('-')).unwrap_or("");
        let known = matches!(name, "help" | "version" | "json" | "jsonl" | "no-per-story" | "headlines" | "stop-words" | "user-dict")
            || NAMES.iter().any(|(n, _)| kebab(n) == name && !matches!(*n, "perStory" | "headlines" | "stopWords"));
        if !known {
            return Err(usage_error(format!("unknown option {flag}")));
        }
        if seen.contains(&name) {
            return Err(usage_error(format!("{flag} given twice")));
        }
        seen.push(name);
        let mut value = || -> Result<String, Output> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            let v = args.get(i).cloned().ok_or_else(|| usage_error(format!("{flag} needs a value")))?;
            i += 1;
            Ok(v)
        };
        let switch = |inline: &Option<String>| -> Result<(), Output> {
            match inline {
                Some(_) => Err(usage_error(format!("{flag} takes no value"))),
                None => Ok(()),
            }
        };
        match name {
            "help" => {
                switch(&inline)?;
                return Err(Output { stdout: USAGE.as_bytes().to_vec(), stderr: Vec::new(), code: 0 });
            }
            "version" => {
                switch(&inline)?;
                let v = format!("textrank-zh {}\n", env!("CARGO_PKG_VERSION"));
                return Err(Output { stdout: v.into_bytes(), stderr: Vec::new(), code: 0 });
            }
            "json" | "jsonl" => {
                switch(&inline)?;
                if mode.replace(if name == "json" { Mode::Json } else { Mode::Jsonl }).is_some() {
                    return Err(usage_error("give either --json or --jsonl, not both"));
                }
            }
            "no-per-story" => {
                switch(&inline)?;
                map.insert("perStory".into(), Value::Bool(false));
            }
            "headlines" => {
                switch(&inline)?;
                map.insert("headlines".into(), Value::Bool(true));
            }
            "stop-words" => stop_words = Some(value()?),
            "user-dict" => user_dict = Some(value()?),
            _ => {
                let Some(js) = NAMES.iter().map(|(n, _)| *n).find(|n| kebab(n) == name) else {
                    return Err(usage_error(format!("unknown option {flag}")));
                };
                let arg = value()?;
                map.insert(js.to_string(), flag_value(&arg));
                raw.insert(js.to_string(), arg);
            }
        }
    }
    let options = Options::from_json(&Value::Object(map)).map_err(|e| usage_error(flag_message(&e, &raw)))?;
    // Standard input can be read once: the text, the stop words or the user words.
    let stdin_uses = [file.as_deref().or(Some("-")), stop_words.as_deref(), user_dict.as_deref()].iter().filter(|p| **p == Some("-")).count();
    if stdin_uses > 1 {
        return Err(usage_error("standard input (-) can be read only once: give a file for all but one of the text, --stop-words and --user-dict"));
    }
    Ok(Args { options, mode: mode.unwrap_or(Mode::Text), file, stop_words, user_dict })
}

/// The JSONL output line for one document.
#[derive(Serialize)]
struct JsonlResult<'a> {
    id: &'a Value,
    summary: String,
    #[serde(flatten)]
    result: &'a Summary,
}

#[derive(Serialize)]
struct JsonlError<'a> {
    id: &'a Value,
    line: usize,
    error: String,
}

fn decode<'a>(bytes: &'a [u8], what: &str) -> Result<&'a str, Output> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| input_error(format!("{what} is not valid UTF-8 (at byte {})", e.valid_up_to())))
}

/// Runs the CLI. `read(path)` returns a file's bytes, or standard input for `-`.
pub fn run(args: &[String], read: &mut dyn FnMut(&str) -> Result<Vec<u8>, String>) -> Output {
    let mut args = match parse_args(args) {
        Ok(a) => a,
        Err(out) => return out,
    };
    let mut summarizer = match Summarizer::new() {
        Ok(s) => s,
        Err(e) => return input_error(e.to_string()),
    };
    if let Some(path) = &args.user_dict {
        if let Err(out) = add_user_dict(&mut summarizer, path, read) {
            return out;
        }
    }
    if let Some(path) = &args.stop_words {
        match read(path)
            .map_err(|e| input_error(format!("cannot read stop words {path}: {e}")))
            .and_then(|b| decode(&b, "the stop-word file").map(|s| s.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect::<Vec<_>>()))
        {
            Ok(words) => args.options.stop_words.extend(words),
            Err(out) => return out,
        }
    }
    let path = args.file.clone().unwrap_or_else(|| "-".to_string());
    let bytes = match read(&path) {
        Ok(b) => b,
        Err(e) => {
            let name = if path == "-" { "standard input".to_string() } else { path.clone() };
            return input_error(format!("cannot read {name}: {e}"));
        }
    };
    if let Mode::Jsonl = args.mode {
        // Decoded line by line: a bad byte fails its own line, not the batch.
        return run_jsonl(&summarizer, bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes), &args.options);
    }
    let text = match decode(&bytes, "the input") {
        Ok(t) => t,
        Err(out) => return out,
    };
    match summarizer.summarize(text, &args.options) {
        Err(e) => input_error(e.to_string()),
        Ok(r) => {
            let stdout = if matches!(args.mode, Mode::Json) { json_line(&r) } else { text_output(&r) };
            Output { stdout: stdout.into_bytes(), stderr: Vec::new(), code: 0 }
        }
    }
}

/// Adds the words of the user dictionary at `path`; a refused word is named by the file
/// and its line (the budget of all frequencies included).
fn add_user_dict(summarizer: &mut Summarizer, path: &str, read: &mut dyn FnMut(&str) -> Result<Vec<u8>, String>) -> Result<(), Output> {
    let bytes = read(path).map_err(|e| input_error(format!("cannot read user dictionary {path}: {e}")))?;
    let text = decode(&bytes, "the user dictionary")?;
    let at = |line: usize, reason: &str| input_error(format!("user dictionary {path}, line {line}: {reason}"));
    let lines = crate::tokens::parse_user_dict_lines(text).map_err(|(line, reason)| at(line, &reason))?;
    let (numbers, words): (Vec<usize>, Vec<UserWord>) = lines.into_iter().unzip();
    summarizer.try_add_user_words(&words).map_err(|e| at(numbers.get(e.index).copied().unwrap_or(0), &e.reason))
}

fn json_line<T: Serialize>(v: &T) -> String {
    // Serializing plain structs of strings and finite numbers cannot fail.
    let mut s = serde_json::to_string(v).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    s.push('\n');
    s
}

fn text_output(r: &Summary) -> String {
    let mut out = String::new();
    for s in &r.sentences {
        out.push_str(&s.text);
        out.push('\n');
    }
    // `keywords: a b c`, or a bare `keywords:` when there are none (no trailing space).
    out.push_str("keywords:");
    for k in &r.keywords {
        out.push(' ');
        out.push_str(&k.word);
    }
    out.push('\n');
    out
}

fn run_jsonl(summarizer: &Summarizer, input: &[u8], options: &Options) -> Output {
    let mut stdout = String::new();
    let mut failed = 0;
    // Lines end at `\n` (an `\r` before it is dropped), as `str::lines` splits them.
    for (n, line) in input.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let (line, bad_byte) = match std::str::from_utf8(line) {
            Ok(l) => (std::borrow::Cow::Borrowed(l), None),
            // Still parsed (bad bytes as U+FFFD) to report the line's `id` when it has one.
            Err(e) => (String::from_utf8_lossy(line), Some(e.valid_up_to())),
        };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Result<Value, _> = serde_json::from_str(&mend_lone_surrogates(&line));
        let null = Value::Null;
        let id = match &parsed {
            Ok(obj @ Value::Object(_)) => obj.get("id").unwrap_or(&null),
            _ => &null,
        };
        let outcome = match (&parsed, bad_byte) {
            // Input must be UTF-8: bad bytes fail the line even if the rest would do.
            (_, Some(at)) => Err(format!("the line is not valid UTF-8 (at byte {at} of the line)")),
            (Err(e), None) => Err(format!("not valid JSON: {e}")),
            (Ok(Value::Object(obj)), None) => match obj.get("text") {
                Some(Value::String(t)) => summarizer.summarize(t, options).map_err(|e| e.to_string()),
                Some(_) => Err("`text` must be a string".to_string()),
                None => Err("missing `text`".to_string()),
            },
            (Ok(_), None) => Err("each line must be a JSON object with `id` and `text`".to_string()),
        };
        match outcome {
            Ok(r) => {
                let summary: String = r.sentences.iter().map(|s| s.text.as_str()).collect();
                stdout.push_str(&json_line(&JsonlResult { id, summary, result: &r }));
            }
            Err(error) => {
                failed += 1;
                stdout.push_str(&json_line(&JsonlError { id, line: n + 1, error }));
            }
        }
    }
    let stderr = if failed > 0 { format!("textrank-zh: {failed} line(s) failed\n") } else { String::new() };
    Output { stdout: stdout.into_bytes(), stderr: stderr.into_bytes(), code: if failed > 0 { 1 } else { 0 } }
}

/// `JSON.stringify` writes a lone surrogate of a JS string as an escape (`"\ud800"`), which
/// is no Unicode scalar: it is read as U+FFFD, as the JS API reads the string itself.
fn mend_lone_surrogates(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("\\u") {
        return std::borrow::Cow::Borrowed(line);
    }
    let escape = |at: usize| -> Option<u32> {
        let hex = line.get(at..at + 6)?.strip_prefix("\\u")?;
        hex.bytes().all(|b| b.is_ascii_hexdigit()).then(|| u32::from_str_radix(hex, 16).ok())?
    };
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while let Some(k) = line[i..].find('\\') {
        let at = i + k;
        out.push_str(&line[i..at]);
        let step = match escape(at) {
            Some(0xD800..=0xDBFF) if escape(at + 6).is_some_and(|lo| (0xDC00..=0xDFFF).contains(&lo)) => 12,
            Some(0xD800..=0xDFFF) => {
                out.push_str("\\uFFFD");
                i = at + 6;
                continue;
            }
            // Any other escape, `\\` included, is kept whole, so its second char is not read
            // as the start of one.
            _ => 1 + line[at + 1..].chars().next().map_or(0, char::len_utf8),
        };
        out.push_str(&line[at..at + step]);
        i = at + step;
    }
    out.push_str(&line[i..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_reads_lone_surrogate_escapes_as_replacement_chars() {
        assert_eq!(mend_lone_surrogates(r#"{"id":1,"text":"人\ud800工"}"#), r#"{"id":1,"text":"人\uFFFD工"}"#);
        assert_eq!(mend_lone_surrogates(r#""\udc00\ud83d\ude00\ud83d""#), r#""\uFFFD\ud83d\ude00\uFFFD""#);
        // An escaped backslash before `u` is text, not an escape.
        assert_eq!(mend_lone_surrogates(r#""\\ud800\n\u4eba""#), r#""\\ud800\n\u4eba""#);
        assert_eq!(mend_lone_surrogates(r#""end\"#), r#""end\"#);
        // A line without an id is read too (its id is null): batches are matched by order.
        let out = run_with(&["--jsonl"], "{\"id\":7,\"text\":\"人\\ud800工智能正在改变世界。\"}\n{\"text\":\"没有id的行。\"}\n");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = stdout.lines().collect();
        assert!(lines[0].starts_with("{\"id\":7,\"summary\":\"人\u{FFFD}工智能正在改变世界。\""), "{}", lines[0]);
        assert!(lines[1].starts_with(r#"{"id":null,"summary":"没有id的行。""#), "{}", lines[1]);
        assert_eq!(out.code, 0);
    }

    fn run_with(args: &[&str], stdin: &str) -> Output {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let stdin = stdin.as_bytes().to_vec();
        run(&args, &mut |path: &str| if path == "-" { Ok(stdin.clone()) } else { Err("no such file".into()) })
    }

    #[test]
    fn flag_names_are_kebab_case() {
        assert_eq!(kebab("maxInputChars"), "max-input-chars");
        assert_eq!(kebab("sentences"), "sentences");
    }

    #[test]
    fn flags_take_values_inline_or_after() {
        let a = run_with(&["--sentences=1", "--json"], "人工智能正在改变世界。专家这样认为。");
        let b = run_with(&["--sentences", "1", "--json"], "人工智能正在改变世界。专家这样认为。");
        assert_eq!(a.code, 0);
        assert_eq!(a.stdout, b.stdout);
        assert_eq!(run_with(&["--json=yes"], "").code, 2);
        assert_eq!(run_with(&["--sentences", "1", "--sentences", "2"], "").code, 2);
    }

    #[test]
    fn an_unreadable_file_is_bad_input() {
        let out = run_with(&["missing.txt"], "");
        assert_eq!(out.code, 1);
        assert_eq!(String::from_utf8_lossy(&out.stderr), "textrank-zh: cannot read missing.txt: no such file\n");
    }
}
