/** Parsed command line of `lede`. */
export interface CliArgs {
  command: 'read' | 'batch' | 'help' | 'version';
  input?: string;
  url?: string;
  text: boolean;
  sentences?: number;
  pretty: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  lede read <file.html|file.txt|-> [--url <page url>] [--text] [--sentences N] [--pretty]
  lede batch [--text] [--sentences N]      JSON lines {"id","html"?,"text"?,"url"?} on stdin
  lede --help | --version

read    prints the analysis of one page (or of plain text with --text) as JSON.
batch   writes one JSON line per input: {"id","ok":true,"result":…} or {"id","ok":false,"error":{"code","message"}}.
--url        the page's address, for relative links and a date in the URL
--text       the input is plain text: skip extraction; article.text is the input exactly
--sentences  number of summary sentences (default 3)
--pretty     indent the JSON`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', text: false, pretty: false };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return args;
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first !== 'read' && first !== 'batch') throw new UsageError(`Unknown command "${first}".`);
  args.command = first;
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    const value = (): string => {
      const next = rest.shift();
      if (next === undefined) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--text') args.text = true;
    else if (arg === '--pretty') args.pretty = true;
    else if (arg === '--url') args.url = value();
    else if (arg === '--sentences') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 50)
        throw new UsageError('--sentences takes a whole number from 0 to 50.');
      args.sentences = n;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else if (args.command === 'read' && args.input === undefined) args.input = arg;
    else throw new UsageError(`Unexpected argument "${arg}".`);
  }
  if (args.command === 'read' && args.input === undefined)
    throw new UsageError('lede read needs a file (or - for stdin).');
  if (args.url !== undefined) {
    try {
      new URL(args.url);
    } catch {
      throw new UsageError(`--url "${args.url}" is not a valid URL.`);
    }
  }
  return args;
}
