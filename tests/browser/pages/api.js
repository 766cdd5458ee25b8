// Exposes the package's modules to the test, which drives them with page.evaluate.
import * as tz from '/js/index.js';
import * as core from '/js/core.js';
import { createSummarizer } from '/js/worker.js';

Object.assign(window, { tz, tzCore: core, createSummarizer });
document.getElementById('status').textContent = 'ready';
