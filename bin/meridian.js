#!/usr/bin/env node
// The CLI runs the compiled code; `npm install` builds it (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('Meridian is not built yet: run `npm install` (or `npm run build`) first.');
  process.exit(1);
}
await import(entry.href);
