import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs, USAGE, UsageError } from './args';
import { analyzeInput, MAX_INPUT_CHARS, runBatchLine } from './run';

/** `lede`: the same pipeline as the extension, over saved pages and plain text. */

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const options = { text: args.text, sentences: args.sentences };
  if (args.command === 'read') {
    const content = args.input === '-' ? await readStdin() : readFileSync(args.input as string, 'utf8');
    if (content.length > MAX_INPUT_CHARS)
      throw new UsageError(`The input is larger than ${MAX_INPUT_CHARS} characters.`);
    const analysis = await analyzeInput(content, args.url, options);
    process.stdout.write(`${JSON.stringify(analysis, null, args.pretty ? 2 : undefined)}\n`);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const result = await runBatchLine(line, options);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`lede: ${error.message}\n\n${USAGE}\n`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      process.stderr.write(`lede: no such file: ${(error as NodeJS.ErrnoException).path}\n`);
    else process.stderr.write(`lede: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
