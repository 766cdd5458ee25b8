// `textrank-zh/element`: the <textrank-summary> custom element (placeholder; the demo-page
// issue fills it). Importing it today defines nothing.
export {};
