//! The CLI as CONTRACT.md specifies it: flags, output modes, streams, exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_textrank-zh");
const SEED: &str = "tests/fixtures/bulletin.txt";

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn text_output_is_sentences_then_keywords() {
    let o = run(&["--sentences", "3", SEED], b"");
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[3].starts_with("keywords: ") && lines[3].contains("安宁疗护"));
    assert!(o.stderr.is_empty());
}

#[test]
fn json_is_one_line_and_stdin_is_the_default() {
    let seed = std::fs::read(SEED).unwrap();
    let from_file = run(&["--json", SEED], b"");
    let from_stdin = run(&["--json"], &seed);
    let from_dash = run(&["--json", "-"], &seed);
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(from_file.stdout, from_dash.stdout);
    let out = stdout(&from_file);
    assert_eq!(out.matches('\n').count(), 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 3);
    assert_eq!(v["stories"].as_array().unwrap().len(), 3);
}

#[test]
fn a_leading_bom_is_skipped_and_spans_count_after_it() {
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice("人工智能正在改变世界。".as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&run(&["--json"], &with_bom).stdout).unwrap();
    assert_eq!(v["sentences"][0]["start"], 0);
}

#[test]
fn jsonl_gives_one_line_per_input_line_and_goes_on_after_a_bad_one() {
    let input = "{\"id\":\"a\",\"text\":\"人工智能正在改变世界。专家这样认为。\"}\n\n{\"id\":7}\nnot json\n{\"id\":\"c\",\"text\":\"安宁疗护指南修订。\",\"extra\":1}\n";
    let o = run(&["--jsonl", "--sentences", "1"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "a failed line makes the exit status 1");
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["summary"], lines[0]["sentences"][0]["text"]);
    let keys: Vec<&str> = lines[0].as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(keys.len(), 6);
    assert_eq!((lines[1]["id"].clone(), lines[1]["line"].clone()), (serde_json::json!(7), serde_json::json!(3)));
    assert!(lines[1]["error"].as_str().unwrap().contains("text"));
    assert_eq!((lines[2]["id"].clone(), lines[2]["line"].clone()), (serde_json::Value::Null, serde_json::json!(4)));
    assert_eq!(lines[3]["id"], "c");
    assert!(!stderr(&o).contains("panick"));
}

#[test]
fn usage_errors_exit_2_and_name_the_flag() {
    for (args, needle) in [
        (vec!["--bogus"], "--bogus"),
        (vec!["--sentences", "x"], "--sentences"),
        (vec!["--sentences", "-1"], "--sentences"),
        (vec!["--ratio", "2"], "--ratio"),
        (vec!["--window", "1"], "--window"),
        (vec!["--diversity", "NaN"], "--diversity"),
        (vec!["--max-chars", "0"], "--max-chars"),
        (vec!["--sentences", "2", "--ratio", "0.5"], "not both"),
        (vec!["--sentences"], "needs a value"),
        (vec!["a.txt", "b.txt"], "more than one"),
    ] {
        let o = run(&args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(needle), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn input_errors_exit_1() {
    let o = run(&["no/such/file.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no/such/file.txt"));
    let o = run(&[], b"\xff\xfe bad");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("UTF-8"));
    let o = run(&["--max-input-chars", "5"], "人工智能正在改变世界。".as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("too long"));
}

#[test]
fn help_and_version() {
    let o = run(&["--help"], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("--max-input-chars"));
    let o = run(&["--version"], b"");
    assert_eq!(stdout(&o), format!("textrank-zh {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn version_matches_package_json() {
    let pkg: serde_json::Value = serde_json::from_str(&std::fs::read_to_string("package.json").unwrap()).unwrap();
    assert_eq!(pkg["version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn user_dict_and_stop_words_files() {
    let dir = std::env::temp_dir().join(format!("textrank-zh-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let stop = dir.join("stop.txt");
    std::fs::write(&stop, "人工智能\n").unwrap();
    let o = run(&["--json", "--stop-words", stop.to_str().unwrap(), SEED], b"");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["keywords"].as_array().unwrap().iter().all(|k| k["word"] != "人工智能"));
    let dict = dir.join("user.txt");
    std::fs::write(&dict, "新质生产力 50000 n\n").unwrap();
    let words = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["--json", "--keywords", "300"];
        args.extend_from_slice(extra);
        args.push(SEED);
        let v: serde_json::Value = serde_json::from_slice(&run(&args, b"").stdout).unwrap();
        v["keywords"].as_array().unwrap().iter().map(|k| k["word"].as_str().unwrap().to_string()).collect()
    };
    let plain = words(&[]);
    let custom = words(&["--user-dict", dict.to_str().unwrap()]);
    assert!(!plain.iter().any(|w| w.contains("新质生产力")), "{plain:?}");
    assert!(custom.iter().any(|w| w.contains("新质生产力")), "{custom:?}");
    std::fs::write(&dict, "坏 0\n").unwrap();
    let o = run(&["--user-dict", dict.to_str().unwrap(), SEED], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("line 1"));
    std::fs::remove_dir_all(&dir).ok();
}
