/**
 * `merge PART.json ... --out FILE.json`: joins the parts written by `sweep --shard i/n` into the
 * result one unsharded sweep would have written, byte for byte, and optionally its CSV and memo.
 * Parts must come from the same grid; if runs are still missing, nothing is written unless
 * --partial asks for a result marked `"complete": false` (e.g. to merge the rest later).
 */
import { mergeSweepParts, type PartInput } from '../../experiments/index.js';
import { formatErrors } from '../../scenario/index.js';
import { CliError, EXIT } from '../CliError.js';
import type { MergeRequest } from '../experimentArgs.js';
import { checkOutputs, writeResult } from '../experimentOutput.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from '../loadGrid.js';

/**
 * Runs `merge` and returns the exit code.
 *
 * @example
 * mergeCommand(io, { command: 'merge', parts: ['p1.json', 'p2.json'], out: 'sweep.json', ... });
 */
export function mergeCommand(io: CliIo, request: MergeRequest): number {
  checkOutputs(io, request, request.parts);
  const problems: string[] = [];
  const parts: PartInput[] = [];
  for (const path of request.parts) {
    try {
      parts.push({ name: path, value: readJsonFile(io, path, 'part file') });
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      problems.push(...e.messages);
    }
  }
  if (problems.length > 0) throw new CliError(problems);
  const merged = mergeSweepParts(parts, { x: request.frontierX, y: request.frontierY });
  if (!merged.ok) throw new CliError(formatErrors(merged.errors).split('\n'));
  const result = merged.result;
  if (!result.complete) {
    const shards = parts
      .map((p) => (p.value as { shard?: { index: number; count: number } | null }).shard)
      .map((s) => (s ? `${s.index}/${s.count}` : 'unsharded'));
    const present = result.runs?.length ?? 0;
    const message = `the parts hold ${present} of ${present + result.missing.length} runs ` +
      `(shards given: ${shards.join(', ')}); ${result.missing.length} are missing, e.g. job ${result.missing[0]}`;
    if (!request.partial) throw new CliError([`${message}; give every part, or --partial to write an incomplete result`]);
    io.stderr(`interdict: ${message}; writing an incomplete result (\"complete\": false) to '${request.out}'\n`);
  }
  writeResult(io, request, result);
  return EXIT.ok;
}
