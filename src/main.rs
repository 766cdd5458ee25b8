//! Native entry point of the `textrank-zh` CLI; all logic is in `textrank_zh::cli`.

use std::io::{Read, Write};

fn main() {
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let mut read = |path: &str| -> Result<Vec<u8>, String> {
        let mut buf = Vec::new();
        if path == "-" {
            std::io::stdin().read_to_end(&mut buf).map_err(|e| e.to_string())?;
            Ok(buf)
        } else {
            std::fs::read(path).map_err(|e| e.to_string())
        }
    };
    let out = textrank_zh::cli::run(&args, &mut read);
    let written = std::io::stdout().write_all(&out.stdout).and_then(|()| std::io::stdout().flush());
    let _ = std::io::stderr().write_all(&out.stderr);
    match written {
        // A closed pipe (`| head`) is not an error worth a message; a full disk is.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            let _ = writeln!(std::io::stderr(), "textrank-zh: cannot write the output: {e}");
            std::process::exit(1);
        }
        _ => std::process::exit(out.code),
    }
}
