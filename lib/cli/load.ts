// Reads the CLI's input (a file or an http(s) URL) and turns it into a PageSnapshot.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageSnapshot } from '../schema';
import { extractSnapshot, snapshotFromText } from '../snapshot';
import { DecodeError, decodeBytes } from './decode';
import { parseLightDocument } from './html-dom';

/** The input cannot be used: missing file, failed fetch, empty or undecodable content. */
export class InputError extends Error {}

export interface LoadedInput {
  kind: 'html' | 'text';
  text: string;
  url: string;
  encoding: string;
}

const FETCH_TIMEOUT_MS = 30_000;
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

function decodeOrThrow(bytes: Uint8Array, source: string, contentType?: string | null): { text: string; encoding: string } {
  if (bytes.length === 0) throw new InputError(`${source} is empty`);
  try {
    const decoded = decodeBytes(bytes, contentType);
    if (decoded.text.trim() === '') throw new InputError(`${source} is empty`);
    return decoded;
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(`${source} cannot be decoded: ${error.message}`);
    throw error;
  }
}

async function loadUrl(source: string): Promise<LoadedInput> {
  let response: Response;
  try {
    response = await fetch(source, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { 'user-agent': 'nianbao-auditor-cli', accept: 'text/html,text/plain;q=0.9,*/*;q=0.5' },
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new InputError(`cannot fetch ${source}: ${reason}`);
  }
  if (!response.ok) throw new InputError(`cannot fetch ${source}: HTTP ${response.status}`);
  const contentType = response.headers.get('content-type');
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { text, encoding } = decodeOrThrow(bytes, source, contentType);
  const kind = /^text\/plain\b/i.test(contentType ?? '') ? 'text' : 'html';
  return { kind, text, url: response.url || source, encoding };
}

async function loadFile(source: string): Promise<LoadedInput> {
  const path = resolve(source);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new InputError(`cannot read ${source}: ${reason}`);
  }
  const { text, encoding } = decodeOrThrow(bytes, source);
  const kind = TEXT_EXTENSIONS.has(extname(path).toLowerCase()) ? 'text' : 'html';
  return { kind, text, url: pathToFileURL(path).href, encoding };
}

/** Loads a local file or an http(s) URL and decodes it. Throws InputError when that is impossible. */
export function loadInput(source: string): Promise<LoadedInput> {
  return /^https?:\/\//i.test(source) ? loadUrl(source) : loadFile(source);
}

/** Parses HTML into the CLI's light DOM; fragments get the <html> and <body> a browser would give them. */
export function parseHtmlDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseLightDocument(whole) as unknown as Document;
}

export function snapshotOf(input: LoadedInput): PageSnapshot {
  if (input.kind === 'text') return snapshotFromText(input.text, input.url);
  return extractSnapshot(parseHtmlDocument(input.text), { url: input.url });
}
