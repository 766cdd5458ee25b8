// The Worker side of `textrank-zh/worker`: a module Worker script, loaded for its side effect
// (`new Worker(new URL('textrank-zh/worker-thread', import.meta.url), { type: 'module' })`).
// It exports nothing.
export {};
