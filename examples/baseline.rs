//! Evaluation baselines with the CLI's `--jsonl` I/O:
//! `baseline --jsonl --method lead|textrank|tuned [--tune k=v,…] --sentences N < in.jsonl`.
//! `--method features|tokens|raw|roles` prints what the tuning harness and layout reviews read
//! (`raw`: jieba's own words and tags, `?` after a guess);
//! `baseline --method roles < paste.txt` (plain text, not JSON) prints each unit's story and role.

use serde_json::{json, Value};
use std::io::{Read, Write};

/// Prints a line; a closed pipe (`baseline … | head`) ends the run quietly, no panic.
fn emit(line: impl std::fmt::Display) {
    if writeln!(std::io::stdout(), "{line}").is_err() {
        std::process::exit(0);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let method = get("--method").unwrap_or_else(|| "lead".into());
    let n: usize = get("--sentences").and_then(|s| s.parse().ok()).unwrap_or(1);
    if !["lead", "textrank", "tuned", "features", "tokens", "roles", "raw"].contains(&method.as_str()) {
        eprintln!("baseline: --method must be lead, textrank, tuned, features, tokens, raw or roles");
        std::process::exit(2);
    }
    // `--method tuned --tune rank=0.3,kw=0.2`: our summarizer with other constants.
    let tuning = match textrank_zh::Tuning::parse(&get("--tune").unwrap_or_default()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("baseline: {e}");
            std::process::exit(2);
        }
    };
    let summarizer = textrank_zh::Summarizer::new().expect("the built-in dictionary loads");
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("baseline: cannot read standard input: {e}");
        std::process::exit(1);
    }
    if method == "roles" {
        for line in textrank_zh::debug_units(&summarizer, &input) {
            emit(line);
        }
        return;
    }
    for (n_line, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).unwrap_or(Value::Null);
        let id = v.get("id").cloned().unwrap_or(Value::Null);
        let text = v.get("text").and_then(Value::as_str).unwrap_or("");
        if method == "raw" {
            emit(json!({"id": id, "tokens": textrank_zh::debug_raw(&summarizer, text)}));
            continue;
        }
        if method == "tokens" {
            emit(json!({"id": id, "tokens": textrank_zh::debug_tokens(&summarizer, text, tuning.clone())}));
            continue;
        }
        if method == "features" {
            let f = textrank_zh::sentence_features(&summarizer, text).unwrap_or_default();
            let r = summarizer.summarize_baseline(text, "lead", 1000, tuning.clone()).ok();
            let texts: Vec<(usize, String)> = r.map(|r| r.sentences.into_iter().map(|s| (s.index, s.text)).collect()).unwrap_or_default();
            emit(json!({"id": id, "features": f, "texts": texts}));
            continue;
        }
        match summarizer.summarize_baseline(text, &method, n, tuning.clone()) {
            Ok(r) => {
                let summary: String = r.sentences.iter().map(|s| s.text.as_str()).collect();
                let mut out = serde_json::to_value(&r).unwrap_or(Value::Null);
                out["id"] = id;
                out["summary"] = Value::String(summary);
                emit(out);
            }
            Err(e) => emit(json!({"id": id, "line": n_line + 1, "error": e.to_string()})),
        }
    }
}
