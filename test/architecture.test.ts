import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('imports run one way: shared ← platform ← modules ← http, jobs, cli, runtime', () => {
  it('shared/ imports no other layer', () => {
    for (const file of sourceFiles('src/shared')) {
      for (const spec of importsOf(file)) expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(modules|platform|http|cli|jobs|runtime)\//);
    }
  });

  it('platform/ never imports a domain module or the HTTP layer', () => {
    for (const file of sourceFiles('src/platform')) {
      for (const spec of importsOf(file)) expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(modules|http|cli|jobs|runtime)\//);
    }
  });

  it('domain modules never import the HTTP layer, CLI or runtime; only *.routes.ts and *.http.ts touch Fastify', () => {
    for (const file of sourceFiles('src/modules')) {
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/\.\.\/(\.\.\/)?(http|cli|runtime|jobs)\//);
        const httpAdapter = /\.(routes|http)\.ts$|guards\.ts$|route-types\.ts$/.test(file);
        if (!httpAdapter) expect(spec, `${file} imports ${spec}`).not.toMatch(/^fastify|^@fastify\//);
      }
    }
  });
});
