//! The JavaScript binding: the only wasm-bindgen code of the crate (wasm32 only).
//!
//! It converts and nothing more; `js/` wraps these raw exports into the package's API
//! (the init guard, loading, crash recovery). Why each package is used:
//! - `wasm-bindgen`: the exports themselves, and `JsError`, so that every failure reaches JS
//!   as a real `Error` with a message, never as `RuntimeError: unreachable`.
//! - `js-sys`: reading JS values the way JS sees them (`Object.keys`, `Reflect.get`,
//!   `Array.isArray`, `Number.isFinite`, `typeof`), so NaN, Infinity, `undefined` and
//!   wrong types are told apart before serde sees them; the CLI's byte buffers as
//!   `Uint8Array`; the crash error thrown by the panic hook.
//! - `serde-wasm-bindgen`: each option value in (to `serde_json::Value`, so the core's
//!   `Options::from_json` validates options for JS exactly as for the CLI), and results out
//!   as plain objects with the JSON-compatible serializer (`null` stays `null`).
//! - `web-sys`: the one browser API the binding touches, `console.error`, which logs a panic
//!   with its location before the instance is given up (no input should reach a panic).

use crate::options::NAMES;
use crate::{cli, Error, Options, Summarizer, UserWord};
use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use serde::Serialize;
use serde_json::{Map, Value};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The global allocator: Rust's own (dlmalloc on wasm32), which grows the wasm memory
/// one small step at a time, as each allocation needs it. Every `memory.grow` is slow in
/// V8 (a new ArrayBuffer, external-memory accounting that can start a full GC), and a
/// 5 MB paste made thousands of them: its first call took 3.5 s, the next one 0.7 s.
/// So whenever an allocation has had to grow the memory, a block of an eighth of the
/// memory's size is allocated and freed at once, which leaves it free at the top of the
/// heap for the allocations that follow: the memory grows by at least 1/8 at a time.
/// Measured in Node: the 5 MB paste's first call 3.5 → 1.1 s, its wasm memory 129 →
/// 137 MB; nothing changes for small inputs. The memory never shrinks, as before.
struct GrowInBigSteps;

const PAGE: usize = 65536;

unsafe impl std::alloc::GlobalAlloc for GrowInBigSteps {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        let before = core::arch::wasm32::memory_size(0);
        let ptr = std::alloc::System.alloc(layout);
        if core::arch::wasm32::memory_size(0) != before && !ptr.is_null() {
            reserve(before * PAGE / 8);
        }
        ptr
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        std::alloc::System.dealloc(ptr, layout)
    }
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        let before = core::arch::wasm32::memory_size(0);
        let ptr = std::alloc::System.alloc_zeroed(layout);
        if core::arch::wasm32::memory_size(0) != before && !ptr.is_null() {
            reserve(before * PAGE / 8);
        }
        ptr
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        let before = core::arch::wasm32::memory_size(0);
        let out = std::alloc::System.realloc(ptr, layout, new_size);
        if core::arch::wasm32::memory_size(0) != before && !out.is_null() {
            reserve(before * PAGE / 8);
        }
        out
    }
}

/// Grows the heap's free top by about `bytes` (allocated and freed at once; no memory is
/// touched). Failure is fine: the allocation that asked has already succeeded.
fn reserve(bytes: usize) {
    use std::alloc::GlobalAlloc;
    if let Ok(layout) = std::alloc::Layout::from_size_align(bytes.max(PAGE), 8) {
        unsafe {
            let p = std::alloc::System.alloc(layout);
            if !p.is_null() {
                std::alloc::System.dealloc(p, layout);
            }
        }
    }
}

#[global_allocator]
static ALLOCATOR: GrowInBigSteps = GrowInBigSteps;

thread_local! {
    /// The one shared segmenter; `js/` creates it in `init()`.
    static SUMMARIZER: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// The shared segmenter and its lazily loaded dictionary (`dict::Lazy`): each call first
/// adds the dictionary words its text can use that are not in yet, so `init()` costs no
/// dictionary building and the first summary only the words of its own text. Results are
/// those of the full dictionary (`cargo test` and tests/js/lazy-dictionary.test.mjs
/// check it).
struct Shared {
    summarizer: Summarizer,
    lazy: crate::dict::Lazy,
}

impl Shared {
    /// The summarizer, ready for `text`.
    fn ready_for(&mut self, text: &str) -> Result<&Summarizer, JsError> {
        // The segmenter reads a traditional text in simplified chars (`simplify`).
        self.lazy.admit(self.summarizer.tokenizer.jieba_mut(), &crate::simplify::view(text)).map_err(err)?;
        Ok(&self.summarizer)
    }
}

/// The name of the Error thrown when Rust panics; `js/` treats the instance as dead.
const PANIC_ERROR_NAME: &str = "TextrankZhPanic";

fn err(msg: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("textrank-zh: {msg}"))
}

/// `typeof value`, with `null` and arrays told apart, for error messages.
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else if let Some(n) = value.as_f64() {
        // As JS prints numbers: NaN, Infinity, 3 (not 3.0), 1e+21.
        crate::options::js_number(n)
    } else if let Some(s) = value.as_string() {
        let mut short: String = s.chars().take(40).collect();
        if short.len() < s.len() {
            short.push('…');
        }
        format!("{short:?}")
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "a value".into())
    }
}

/// `{…}`, `Object.create(null)` or `Object.create(template)`, from this realm or another
/// (a worker's, an iframe's): no constructor but `Object`.
fn is_plain_object(value: &JsValue) -> bool {
    constructor_name(value).is_none_or(|n| n == "Object")
}

fn constructor_name(value: &JsValue) -> Option<String> {
    let ctor = Reflect::get(value, &JsValue::from_str("constructor")).ok()?;
    Reflect::get(&ctor, &JsValue::from_str("name")).ok()?.as_string()
}

/// Logs a panic (web-sys `console.error`) and throws it as a JS Error named
/// `TextrankZhPanic` (js-sys) instead of the bare `unreachable` trap.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("textrank-zh: internal error: {info}");
        web_sys::console::error_1(&JsValue::from_str(&msg));
        let error = js_sys::Error::new(&msg);
        error.set_name(PANIC_ERROR_NAME);
        wasm_bindgen::throw_val(error.into());
    }));
}

/// Builds the shared segmenter, from `dict` (textrank-zh's dictionary format) when given,
/// else from the dictionary compiled into the module. Replaces an existing one.
#[wasm_bindgen(js_name = "initSummarizer")]
pub fn init_summarizer(dict: Option<Vec<u8>>) -> Result<(), JsError> {
    install_panic_hook();
    let bytes = match dict {
        Some(bytes) => std::borrow::Cow::Owned(bytes),
        None => std::borrow::Cow::Borrowed(crate::dict::EMBEDDED),
    };
    let (lazy, jieba) = crate::dict::Lazy::new(bytes).map_err(err)?;
    let shared = Shared { summarizer: Summarizer { tokenizer: crate::tokens::Tokenizer::new(jieba) }, lazy };
    SUMMARIZER.with(|s| match s.try_borrow_mut() {
        Ok(mut slot) => {
            *slot = Some(shared);
            Ok(())
        }
        Err(_) => Err(err("the summarizer is busy")),
    })
}

fn with_summarizer<T>(f: impl FnOnce(&mut Shared) -> Result<T, JsError>) -> Result<T, JsError> {
    SUMMARIZER.with(|s| match s.try_borrow_mut() {
        Ok(mut slot) => match slot.as_mut() {
            Some(shared) => f(shared),
            None => Err(err("call init() first")),
        },
        Err(_) => Err(err("the summarizer is busy")),
    })
}

fn text_arg(text: &JsValue) -> Result<String, JsError> {
    // Lone surrogates become U+FFFD (one UTF-16 unit each, so spans do not move).
    text.as_string().ok_or_else(|| err(format!("`text` must be a string, got {}", describe(text))))
}

fn option_error(key: &str, got: &JsValue) -> JsError {
    let range = NAMES.iter().find(|(n, _)| *n == key).map_or("valid", |(_, r)| r);
    err(Error::InvalidOption { option: key.to_string(), reason: format!("must be {range}, got {}", describe(got)) })
}

/// Reads a JS options object. `undefined` (the object or a value) means absent; every
/// other value is checked: unknown keys, NaN/±Infinity, wrong types and bad ranges are
/// errors that name the option. (serde-wasm-bindgen alone would turn NaN into `null`,
/// which the core reads as "use the default".)
fn options_arg(options: &JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    // A plain object only: the keys of a Map or a class instance's fields are not what
    // they look like, and would be ignored without a word.
    if !options.is_object() || Array::is_array(options) || !is_plain_object(options) {
        // `a Map`, `a Date`: more telling than `object`.
        let named = options.is_object() && !Array::is_array(options);
        let got = match constructor_name(options).filter(|n| named && !n.is_empty()) {
            Some(n) => format!("{} {n}", if n.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" }),
            None => describe(options),
        };
        return Err(err(format!("options must be a plain object, got {got}")));
    }
    let mut map = Map::new();
    for key in Object::keys::<JsValue>(options.unchecked_ref()).iter() {
        let Some(key) = key.as_string() else { continue };
        let value = Reflect::get(options, &JsValue::from_str(&key)).map_err(|_| err(format!("cannot read option `{key}`")))?;
        if value.is_undefined() {
            continue;
        }
        if !NAMES.iter().any(|(n, _)| *n == key) {
            // The core's own message, which lists the known options.
            let probe = Value::Object(Map::from_iter([(key.clone(), Value::Bool(true))]));
            return Err(Options::from_json(&probe).err().map_or_else(|| err(format!("unknown option `{key}`")), err));
        }
        if value.as_f64().is_some_and(|f| !f.is_finite()) || value.is_bigint() {
            return Err(option_error(&key, &value));
        }
        // A list's items are checked where they stand, before anything is copied: a sparse
        // `new Array(1e8)` is refused at its first hole, not after filling memory with nulls.
        if key == "stopWords" && Array::is_array(&value) {
            let list = Array::from(&value);
            if let Some((i, item)) = (0..list.length()).map(|i| (i, list.get(i))).find(|(_, item)| !item.is_string()) {
                return Err(err(Error::InvalidOption { option: key, reason: format!("every item must be a string, got {} at index {i}", describe(&item)) }));
            }
        }
        let json: Value = serde_wasm_bindgen::from_value(value.clone()).map_err(|_| option_error(&key, &value))?;
        if json.is_null() {
            // Only `null` itself gets here (NaN was caught above): the core's "absent".
            continue;
        }
        map.insert(key, json);
    }
    Options::from_json(&Value::Object(map)).map_err(err)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // Plain objects and arrays, `None` as `null`: equal to JSON.parse of the CLI's --json.
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| err(format!("cannot convert the result: {e}")))
}

/// Key sentences, keywords, keyphrases and stories of `text` (CONTRACT.md's Result).
#[wasm_bindgen]
pub fn summarize(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = text_arg(&text)?;
    let options = options_arg(&options)?;
    with_summarizer(|s| to_js(&s.ready_for(&text)?.summarize(&text, &options).map_err(err)?))
}

/// Only `{ keywords, keyphrases }` of `text`.
#[wasm_bindgen]
pub fn keywords(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = text_arg(&text)?;
    let options = options_arg(&options)?;
    with_summarizer(|s| to_js(&s.ready_for(&text)?.keywords(&text, &options).map_err(err)?))
}

fn user_word(item: &JsValue, i: u32) -> Result<UserWord, JsError> {
    let at = |msg: String| err(format!("addUserWords: item {i}: {msg}"));
    if !item.is_object() || Array::is_array(item) {
        return Err(at(format!("must be an object {{ word, freq?, pos? }}, got {}", describe(item))));
    }
    let get = |key: &str| Reflect::get(item, &JsValue::from_str(key)).map_err(|_| at(format!("cannot read `{key}`")));
    for key in Object::keys::<JsValue>(item.unchecked_ref()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !matches!(key.as_str(), "word" | "freq" | "pos") {
            return Err(at(format!("unknown key `{key}`; the keys are word, freq, pos")));
        }
    }
    let word = get("word")?;
    // Values (empty word, freq 0, bad POS tag) are checked by the core.
    let word = word.as_string().ok_or_else(|| at(format!("`word` must be a string, got {}", describe(&word))))?;
    let freq = get("freq")?;
    let freq = if freq.is_undefined() || freq.is_null() {
        None
    } else {
        // Any whole number >= 1 (1e20 too, as in a --user-dict file): saturated at 2^32 - 1
        // here, and counted as at most 1e8 by the segmenter.
        match freq.as_f64().and_then(|f| crate::options::whole(f, 1)) {
            Some(f) => Some(f as usize),
            None => return Err(at(format!("`freq` must be an integer >= 1, got {}", describe(&freq)))),
        }
    };
    let pos = get("pos")?;
    let pos = if pos.is_undefined() || pos.is_null() {
        None
    } else {
        Some(pos.as_string().ok_or_else(|| at(format!("`pos` must be a string, got {}", describe(&pos))))?)
    };
    Ok(UserWord { word, freq, pos })
}

/// Adds words to the shared segmenter; they affect every later call.
#[wasm_bindgen(js_name = "addUserWords")]
pub fn add_user_words(words: JsValue) -> Result<(), JsError> {
    if !Array::is_array(&words) {
        return Err(err(format!("addUserWords: expected an array of {{ word, freq?, pos? }}, got {}", describe(&words))));
    }
    let words: Vec<UserWord> = Array::from(&words).iter().zip(0u32..).map(|(item, i)| user_word(&item, i)).collect::<Result<_, _>>()?;
    with_summarizer(|s| {
        // Their chars first: a word without `freq` gets one estimated from the dictionary.
        for w in &words {
            s.ready_for(&w.word)?;
        }
        // The core's refusals (a whitespace in `word`, the frequency budget) name the item as above.
        s.summarizer.try_add_user_words(&words).map_err(|e| err(format!("addUserWords: item {}: {}", e.index, e.reason)))
    })
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The command line: the same `cli::run` as the native binary. `read(path)` returns a
/// `Uint8Array` of a file's bytes (standard input for "-"), or throws a message.
/// Returns `{ stdout: Uint8Array, stderr: Uint8Array, code: number }`.
#[wasm_bindgen(js_name = "runCli")]
pub fn run_cli(args: Vec<String>, read: Function) -> Result<Object, JsError> {
    install_panic_hook();
    let mut reader = |path: &str| -> Result<Vec<u8>, String> {
        match read.call1(&JsValue::NULL, &JsValue::from_str(path)) {
            Ok(bytes) if bytes.is_instance_of::<Uint8Array>() => Ok(Uint8Array::from(bytes).to_vec()),
            Ok(other) => Err(format!("the reader returned {} instead of bytes", describe(&other))),
            Err(e) => {
                Err(e.as_string().or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()))).unwrap_or_else(|| "cannot read".to_string()))
            }
        }
    };
    let out = cli::run(&args, &mut reader);
    let result = Object::new();
    let set = |key: &str, value: JsValue| Reflect::set(&result, &JsValue::from_str(key), &value).map(|_| ()).map_err(|_| err("cannot build the CLI result"));
    set("stdout", Uint8Array::from(out.stdout.as_slice()).into())?;
    set("stderr", Uint8Array::from(out.stderr.as_slice()).into())?;
    set("code", JsValue::from(out.code))?;
    Ok(result)
}

/// For the crash-recovery tests only: `true` panics, `false` traps (`unreachable`).
#[doc(hidden)]
#[wasm_bindgen(js_name = "__selftestCrash")]
pub fn selftest_crash(panic: bool) {
    if panic {
        panic!("self-test panic");
    }
    core::arch::wasm32::unreachable()
}
