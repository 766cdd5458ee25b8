// `textrank-zh/element`: the <textrank-summary> custom element.
// A placeholder: the element itself comes with the demo-page issue, which fills this file.
// Importing it today defines nothing.
export {};
