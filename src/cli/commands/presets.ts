/**
 * `presets`: lists the preset scenarios, one per line with its summary, in menu order, so a
 * person can pick a name for `run --preset`; `presets --show NAME` prints one preset as a
 * scenario file to start from (with `$schema`, so an editor can complete and check it), so nobody
 * writes 350 lines of JSON by hand.
 */
import { getPreset, PRESETS, presetNames } from '../../scenario/index.js';
import { EXIT } from '../CliError.js';
import type { CliIo } from '../io.js';

/**
 * Prints each preset's name and summary in aligned columns; returns the exit code.
 *
 * @example
 * presetsCommand(io);
 * // baseline       A JFK-like day today...
 * // single-queue   Teaching and validation: one M/M/4 queue...
 */
export function presetsCommand(io: CliIo, show?: string): number {
  if (show !== undefined) {
    io.stdout(`${JSON.stringify({ $schema: './scenario.schema.json', ...getPreset(show).scenario }, null, 2)}\n`);
    return EXIT.ok;
  }
  const names = presetNames();
  const width = Math.max(...names.map((n) => n.length));
  io.stdout(names.map((n) => `${n.padEnd(width)}   ${PRESETS[n].summary}\n`).join(''));
  return EXIT.ok;
}
