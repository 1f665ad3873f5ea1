// @vitest-environment node
// The CLI as a child process (npx tsx lib/cli/main.ts), from the repo root.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function runCli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'lib/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  // npm itself may warn about the machine's npm config on stderr; that is not the CLI speaking.
  const stderrLines = run.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'));
  return { status: run.status, stdout: run.stdout, stderrLines };
}

describe('audit CLI', () => {
  it('exits 2 with a one-line reason for a missing file', () => {
    const run = runCli('test/fixtures/pages/no-such-page.html');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderrLines[0]).toMatch(/no-such-page\.html/);
  }, 60_000);

  it('exits 2 for an empty file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    writeFileSync(join(dir, 'empty.html'), '');
    const run = runCli(join(dir, 'empty.html'));
    expect(run.status).toBe(2);
    expect(run.stderrLines).toEqual([expect.stringMatching(/empty/)]);
  }, 60_000);

  it('exits 2 for an unknown option', () => {
    const run = runCli('--frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderrLines).toHaveLength(1);
  }, 60_000);

  // Depends on the parser, the rules and the formatter (lib/report, lib/rules, lib/format).
  it('prints exactly one JSON document with --json on the bundled sample', () => {
    const run = runCli('assets/sample/shangguan-2020.html', '--json');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { schemaVersion: number; page: { url: string } };
    expect(result.schemaVersion).toBe(1);
    expect(result.page.url).toMatch(/^file:\/\/.*shangguan-2020\.html$/);
  }, 60_000);

  it('audits the bundled sample when given no input, and a GBK page', () => {
    const sample = runCli();
    expect(sample.status).toBe(0);
    expect(sample.stdout.trim()).not.toBe('');
    const gbk = runCli('test/fixtures/pages/shangguan-2020.gbk.html', '--json');
    expect(gbk.status).toBe(0);
    expect(JSON.parse(gbk.stdout).page.title).toBe(JSON.parse(runCli('--json').stdout).page.title);
  }, 60_000);
});
