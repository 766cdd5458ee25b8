//! Native timings for `npm run bench`, printed as one JSON line.
//! `bench seed FILE` — median per-call `summarize` and `keywords` on FILE (and the
//! dictionary build); `bench scale FILE [RUNS]` — the median of RUNS `summarize` calls on
//! FILE (default 1), with the process's peak memory.

use std::time::Instant;
use textrank_zh::{Options, Summarizer};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Peak resident memory in MB (Linux), or null elsewhere.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024.0 / 1e6)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, file) = match (args.first(), args.get(1)) {
        (Some(m), Some(f)) => (m.as_str(), f.as_str()),
        _ => {
            eprintln!("usage: bench seed FILE | bench scale FILE [RUNS]");
            std::process::exit(2);
        }
    };
    let text = std::fs::read_to_string(file).expect("readable UTF-8 file");
    let t = Instant::now();
    let s = Summarizer::new().expect("built-in dictionary");
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    let options = Options { sentences: Some(3), ..Options::default() };
    match mode {
        "seed" => {
            let time = |f: &dyn Fn()| {
                median(
                    (0..200)
                        .map(|_| {
                            let t = Instant::now();
                            f();
                            t.elapsed().as_secs_f64() * 1e3
                        })
                        .collect(),
                )
            };
            let summarize = time(&|| drop(s.summarize(&text, &options)));
            let keywords = time(&|| drop(s.keywords(&text, &options)));
            println!("{{\"build_ms\":{build_ms:.3},\"summarize_ms\":{summarize:.4},\"keywords_ms\":{keywords:.4}}}");
        }
        _ => {
            let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(1).max(1);
            let mut times = Vec::new();
            let mut stories = 0;
            for _ in 0..runs {
                let t = Instant::now();
                let r = s.summarize(&text, &options).expect("summarizes");
                times.push(t.elapsed().as_secs_f64() * 1e3);
                assert!(!r.sentences.is_empty(), "an empty summary");
                stories = r.stories.len();
            }
            let ms = median(times);
            let peak = peak_mb().map_or("null".to_string(), |m| format!("{m:.1}"));
            println!("{{\"bytes\":{},\"summarize_ms\":{ms:.3},\"peak_mb\":{peak},\"stories\":{}}}", text.len(), stories);
        }
    }
}
