// npm run audit -- <page.html | report.txt | http(s)://…> [--json] [--lang zh|en]
// Exit codes: 0 the audit ran (with or without findings), 1 internal error, 2 unusable input.
import { fileURLToPath } from 'node:url';
import { formatSummary } from '../format/summary';
import { auditSnapshot } from '../pipeline';
import { InputError, loadInput, snapshotOf } from './load';
import { applyDeadlineFlag, DEADLINE_USAGE } from './deadline-flag';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

const SAMPLE = fileURLToPath(new URL('../../assets/sample/shangguan-2020.html', import.meta.url));
const USAGE = `usage: npm run audit -- [page.html | report.txt | http(s)://…] [--json] [--lang zh|en] [${DEADLINE_USAGE}]…`;

interface Options {
  source: string;
  json: boolean;
  lang: 'zh' | 'en';
  settings: Settings;
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { source: SAMPLE, json: false, lang: 'zh', settings: DEFAULT_SETTINGS };
  let source: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[(i += 1)] : arg.slice('--lang='.length);
      if (value !== 'zh' && value !== 'en') return `unknown language: ${value ?? '(none)'}`;
      options.lang = value;
    } else if (arg === '--deadline' || arg.startsWith('--deadline=')) {
      const settings = applyDeadlineFlag(options.settings, arg === '--deadline' ? args[(i += 1)] : arg.slice('--deadline='.length));
      if (typeof settings === 'string') return settings;
      options.settings = settings;
    } else if (arg.startsWith('--')) return `unknown option: ${arg}`;
    else if (source !== null) return `more than one input: ${arg}`;
    else source = arg;
  }
  if (source !== null) options.source = source;
  return options;
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}; ${USAGE}\n`);
    return 2;
  }
  let input;
  try {
    input = await loadInput(options.source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const result = auditSnapshot(snapshotOf(input), { settings: options.settings });
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatSummary(result, { lang: options.lang })}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
