// Least privilege and no remote code, pinned on the built extension (.output/chrome-mv3). Runs in the
// e2e config, after `npm run build` (README § Permissions explains each permission).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const OUT = join(__dirname, '../../.output/chrome-mv3');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let manifest: Record<string, unknown>;
let scripts: { file: string; code: string }[];
let pages: { file: string; html: string }[];

beforeAll(() => {
  if (!existsSync(join(OUT, 'manifest.json'))) {
    throw new Error(`No extension build at ${OUT}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
  const files = filesUnder(OUT);
  scripts = files.filter((f) => f.endsWith('.js')).map((f) => ({ file: relative(OUT, f), code: readFileSync(f, 'utf8') }));
  pages = files.filter((f) => f.endsWith('.html')).map((f) => ({ file: relative(OUT, f), html: readFileSync(f, 'utf8') }));
});

describe('built manifest', () => {
  it('asks for exactly activeTab, scripting and storage, and *.gov.cn only', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('runs the content script only where it has host access', () => {
    // (all_frames is allowed: frames of a *.gov.cn page are matched by the same pattern.)
    const contentScripts = manifest.content_scripts as { matches: string[]; exclude_matches?: string[] }[];
    expect(contentScripts.flatMap((c) => c.matches)).toEqual(['*://*.gov.cn/*']);
  });

  it('keeps the default MV3 content security policy and exposes nothing to pages or other extensions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });
});

describe('built code', () => {
  it('loads no script from the network in its pages', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const { file, html } of pages) {
      for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"' >]+)/gi)) {
        expect(src, `${file} loads ${src}`).not.toMatch(/^(?:https?:)?\/\//i);
      }
      expect(html, `${file} links a remote stylesheet`).not.toMatch(/<link\b[^>]*href\s*=\s*["']?(?:https?:)?\/\//i);
    }
  });

  it('compiles no code at run time: no eval, no new Function (zod is jitless)', () => {
    expect(scripts.length).toBeGreaterThan(2);
    for (const { file, code } of scripts) {
      expect(code, `${file} calls eval`).not.toMatch(/(?<![\w$.])eval\s*\(/);
      expect(code, `${file} uses new Function`).not.toMatch(/new\s+Function\s*\(/);
      expect(code, `${file} calls Function("…")`).not.toMatch(/(?<![\w$.])Function\s*\(\s*["'`]/);
      expect(code, `${file} imports remote code`).not.toMatch(/import\s*\(\s*["'`]https?:/);
    }
  });

  it('has no network API in its bundles but the module-preload of its own files', () => {
    for (const { file, code } of scripts) {
      expect(code, `${file}`).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection/);
      // Vite's preload polyfill fetches <link rel=modulepreload> hrefs of the extension's own chunks.
      const fetches = [...code.matchAll(/(?<![\w$.])fetch\s*\(([^)]{0,40})/g)].map((m) => m[1]!);
      for (const args of fetches) expect(args, `${file}: fetch(${args}…)`).toMatch(/^[\w$]+\.href,/);
    }
  });
});
