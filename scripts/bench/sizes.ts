// Gzipped sizes of everything in the built extension.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function bundleSizes(outDir: string): FileSize[] {
  return filesUnder(outDir)
    .sort()
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(outDir, path), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
}
