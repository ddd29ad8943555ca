// Copies data files that live beside the code (demo content, later templates and locale packs)
// from src/ to dist/, since tsc only emits JavaScript.
import { cpSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ASSET = /\.(json|jsonl|txt|md|ics|liquid)$/;

function copy(dir) {
  for (const name of readdirSync(dir)) {
    const from = path.join(dir, name);
    if (statSync(from).isDirectory()) copy(from);
    else if (ASSET.test(name)) cpSync(from, path.join('dist', path.relative('src', from)));
  }
}
copy('src');
