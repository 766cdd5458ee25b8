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
        // Long options take two dashes, no more, no fewer.
        (vec!["-sentences", "1"], "unknown option -sentences"),
        (vec!["---json"], "unknown option ---json"),
        // Standard input is read once: it cannot be both the text and a word list.
        (vec!["--user-dict", "-"], "read only once"),
        (vec!["--stop-words", "-", "-"], "read only once"),
        (vec!["--stop-words", "-", "--user-dict", "-", "a.txt"], "read only once"),
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
    for help in ["--help", "-h"] {
        let o = run(&[help], b"");
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).contains("--max-input-chars"));
    }
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
    std::fs::write(&dict, "低空经济 50000 n\n").unwrap();
    let text = "加快发展低空经济是推动高质量发展的内在要求和重要着力点，必须继续做好创新这篇大文章。";
    let words = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["--json", "--keywords", "20"];
        args.extend_from_slice(extra);
        let v: serde_json::Value = serde_json::from_slice(&run(&args, text.as_bytes()).stdout).unwrap();
        v["keywords"].as_array().unwrap().iter().map(|k| k["word"].as_str().unwrap().to_string()).collect()
    };
    let plain = words(&[]);
    let custom = words(&["--user-dict", dict.to_str().unwrap()]);
    assert!(plain.contains(&"低空".to_string()) && !plain.iter().any(|w| w.contains("低空经济")), "{plain:?}");
    assert!(custom.contains(&"低空经济".to_string()) && !custom.contains(&"低空".to_string()), "{custom:?}");
    std::fs::write(&dict, "坏 0\n").unwrap();
    let o = run(&["--user-dict", dict.to_str().unwrap(), SEED], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("line 1"));
    std::fs::remove_dir_all(&dir).ok();
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("textrank-zh-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn huge_integer_values_are_in_range_and_an_error_quotes_the_argument_as_typed() {
    // The ranges have no upper limit: any whole number counts, saturated to what the implementation can use.
    let all = run(&["--json", "--sentences", "99", SEED], b"");
    for n in ["9007199254740993", "1e20", "100000000000000000000000000000000000000000000", "1e400"] {
        let o = run(&["--json", "--sentences", n, SEED], b"");
        assert_eq!(o.status.code(), Some(0), "{n}: {}", stderr(&o));
        assert_eq!(o.stdout, all.stdout, "{n}");
        assert_eq!(run(&["--keywords", n, "--max-input-chars", n, SEED], b"").status.code(), Some(0), "{n}");
    }
    for (args, message) in [
        (["--window", "9007199254740993"], "--window: must be an integer from 2 to 10, got 9007199254740993\n"),
        (["--window", "1e20"], "--window: must be an integer from 2 to 10, got 1e20\n"),
        (["--sentences", "1.50"], "--sentences: must be an integer >= 0, got 1.50\n"),
        (["--sentences", "-9007199254740993"], "--sentences: must be an integer >= 0, got -9007199254740993\n"),
        (["--ratio", "1e400"], "--ratio: must be a number in (0, 1], got 1e400\n"),
        (["--sentences", "three"], "--sentences: must be an integer >= 0, got \"three\"\n"),
    ] {
        let o = run(&args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o), format!("textrank-zh: {message}Try `textrank-zh --help`.\n"), "{args:?}");
    }
}

#[test]
fn a_user_dictionary_over_the_frequency_budget_names_the_file_and_line() {
    let dir = temp_dir("budget");
    let dict = dir.join("big.txt");
    // Each frequency counts at most 1e8 and all of them together at most 2e9: after the
    // comment line, the 21st word (line 22) is one too many.
    let words: String = (0..25).map(|i| format!("新词{i} 100000000000\n")).collect();
    std::fs::write(&dict, format!("# 自定义词典\n{words}")).unwrap();
    let o = run(&["--user-dict", dict.to_str().unwrap(), SEED], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "textrank-zh: user dictionary {}, line 22: the frequencies of all user words may add up to at most 2000000000 (each counts at most 100000000); this word brings them to 2100000000\n",
            dict.display()
        )
    );
    assert!(o.stdout.is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn user_dictionary_comment_lines_are_skipped() {
    let dir = temp_dir("comments");
    let dict = dir.join("user.txt");
    // Read as words, `# 以下为 新词` would be the word `#` with a bad POS tag, and `#海河` a word.
    std::fs::write(&dict, "# 以下为 新词\n  #低空经济 50000 n\n低空经济 50000 n\n").unwrap();
    // Without the dictionary the text's keyword is `低空`, never `低空经济`.
    let text = "加快发展低空经济是推动高质量发展的内在要求和重要着力点，必须继续做好创新这篇大文章。";
    let o = run(&["--json", "--keywords", "300", "--user-dict", dict.to_str().unwrap()], text.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let words: Vec<&str> = v["keywords"].as_array().unwrap().iter().map(|k| k["word"].as_str().unwrap()).collect();
    assert!(words.contains(&"低空经济"), "{words:?}");
    assert!(!words.iter().any(|w| w.contains('#')), "{words:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn jsonl_a_line_with_invalid_utf8_fails_alone() {
    let o = run(&["--jsonl"], b"{\"id\":1,\"text\":\"\xE5\xA5\xBD\xE7\x9A\x84\xE6\x96\x87\xE6\x9C\xAC\xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE8\x83\xBD\xE3\x80\x82\"}\n{\"id\":2,\"text\":\"\xff\"}\n\xfe\xfe\n{\"id\":3,\"text\":\"\xE5\xA5\xBD\xE3\x80\x82\"}\n");
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4, "{}", stdout(&o));
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["summary"], "好的文本人工智能。");
    assert_eq!(lines[1], serde_json::json!({"id": 2, "line": 2, "error": "the line is not valid UTF-8 (at byte 16 of the line)"}));
    assert_eq!(lines[2], serde_json::json!({"id": null, "line": 3, "error": "the line is not valid UTF-8 (at byte 0 of the line)"}));
    assert_eq!(lines[3]["id"], 3);
    assert_eq!(stderr(&o), "textrank-zh: 2 line(s) failed\n");
}

#[test]
fn double_dash_ends_the_options() {
    let dir = temp_dir("dashdash");
    std::fs::copy(SEED, dir.join("-x.txt")).unwrap();
    let o = Command::new(BIN).args(["--json", "--", "-x.txt"]).current_dir(&dir).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(o.stdout, run(&["--json", SEED], b"").stdout);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_repeated_flag_or_both_json_modes_is_bad_usage() {
    for (args, message) in [
        (vec!["--stop-words", "a.txt", "--stop-words", "b.txt"], "--stop-words given twice"),
        (vec!["--user-dict", "a.txt", "--user-dict=b.txt"], "--user-dict given twice"),
        (vec!["--json", "--jsonl"], "give either --json or --jsonl, not both"),
        (vec!["--jsonl", "--json"], "give either --json or --jsonl, not both"),
        (vec!["--headlines", "--headlines"], "--headlines given twice"),
    ] {
        let o = run(&args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o), format!("textrank-zh: {message}\nTry `textrank-zh --help`.\n"), "{args:?}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn no_keywords_print_a_bare_keywords_line() {
    for input in [&b""[..], "。。。".as_bytes()] {
        let o = run(&[], input);
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).ends_with("keywords:\n"), "{:?}", stdout(&o));
    }
    let o = run(&["--keywords", "0", SEED], b"");
    assert!(stdout(&o).ends_with("\nkeywords:\n"), "{:?}", stdout(&o));
}
