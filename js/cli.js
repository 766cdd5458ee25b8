#!/usr/bin/env node
// The `textrank-zh` command: a thin wrapper around the Rust CLI compiled into the wasm
// (textrank_zh::cli::run), so flags, messages and output are byte-identical to the native
// binary. It passes argv and a reader of files (stdin for "-"), then writes the bytes back.
import { readFileSync, readSync, writeSync } from 'node:fs';
import { constants } from 'node:os';
import { initSync, runCli } from '../dist/textrank_zh.js';

// Rust prints an OS error as `strerror (os error N)`; say the same for parity.
const STRERROR = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  EIO: 'Input/output error',
  ENXIO: 'No such device or address',
  EBADF: 'Bad file descriptor',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied',
  EBUSY: 'Device or resource busy',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  EMFILE: 'Too many open files',
  EFBIG: 'File too large',
  ENAMETOOLONG: 'File name too long',
  ELOOP: 'Too many levels of symbolic links',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
  EDQUOT: 'Disk quota exceeded',
};

function ioMessage(e) {
  const errno = constants.errno[e?.code];
  if (STRERROR[e?.code] && errno !== undefined) return `${STRERROR[e.code]} (os error ${errno})`;
  return String(e?.message ?? e);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** All of standard input, also when it is a non-blocking pipe. */
function readStdin() {
  const chunks = [];
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') {
        sleep(5);
        continue;
      }
      if (e.code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function read(path) {
  try {
    const bytes = path === '-' ? readStdin() : readFileSync(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    throw ioMessage(e);
  }
}

function write(stream, bytes) {
  if (bytes.length) stream.write(bytes);
}

// A closed pipe (`| head`) is not an error worth a message, as in the native CLI; any other
// failure to write (a full disk) is, with exit status 1 and no stack.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') return;
  try {
    writeSync(2, `textrank-zh: cannot write the output: ${ioMessage(e)}\n`);
  } catch {
    // stderr is gone too: the exit status is all that is left.
  }
  process.exit(1);
});
process.stderr.on('error', () => {});

let out;
try {
  initSync({ module: readFileSync(new URL('../dist/textrank_zh_bg.wasm', import.meta.url)) });
  out = runCli(process.argv.slice(2), read);
} catch (e) {
  process.stderr.write(`textrank-zh: ${String(e?.message ?? e).replace(/^textrank-zh: /, '')}\n`);
  process.exit(1);
}
write(process.stdout, out.stdout);
write(process.stderr, out.stderr);
process.exitCode = out.code;
