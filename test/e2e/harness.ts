// Shared by the real-browser tests of issue 6 (network, limits): the built extension in Debian's
// Chromium, a local server standing in for *.gov.cn, and polling helpers.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts a local HTTP server on 127.0.0.1; resolves with it and its port. */
export async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, port: (server.address() as AddressInfo).port };
}

export function closeServer(server: Server | undefined): Promise<void> {
  return new Promise((ok) => (server ? server.close(() => ok()) : ok()));
}

/** Chromium with the built extension; `extraArgs` add e.g. host-resolver rules or a proxy. */
export async function launchExtension(extraArgs: string[]): Promise<Launched> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (see .ci/run).`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    sw,
    extensionId: new URL(sw.url()).host,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, ms = 20_000, every = 200): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)?.slice(0, 300)})`);
    await new Promise((r) => setTimeout(r, every));
    value = await read();
  }
  return value;
}
