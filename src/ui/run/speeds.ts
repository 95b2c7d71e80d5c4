/**
 * The playback speeds the page offers, and how 'max' travels through the run-control machine,
 * whose speed is a positive finite number: 'max' is carried as Number.MAX_VALUE, a speed no
 * simulation can reach, and turned back into 'max' before it goes to the worker.
 */
import type { Speed } from '../protocol.js';

/** Menu entries: label and speed (simulated seconds per real second). */
export const SPEEDS: ReadonlyArray<{ label: string; speed: Speed; hint: string }> = [
  { label: '×1', speed: 1, hint: 'real time' },
  { label: '×60', speed: 60, hint: 'a minute a second' },
  { label: '×600', speed: 600, hint: 'ten minutes a second' },
  { label: '×3600', speed: 3600, hint: 'an hour a second' },
  { label: 'Max', speed: 'max', hint: 'as fast as possible' },
];

/** The speed a new page starts at: a day passes in 2.4 minutes, quick enough for a class. */
export const DEFAULT_SPEED: Speed = 600;

const MAX_CODE = Number.MAX_VALUE;

/**
 * @example
 * toMachineSpeed('max'); // Number.MAX_VALUE
 * toMachineSpeed(600);   // 600
 */
export function toMachineSpeed(speed: Speed): number {
  return speed === 'max' ? MAX_CODE : speed;
}

/**
 * @example
 * fromMachineSpeed(Number.MAX_VALUE); // 'max'
 */
export function fromMachineSpeed(code: number): Speed {
  return code === MAX_CODE ? 'max' : code;
}

/** The menu label of a speed ("×600", "Max"). */
export function speedLabel(speed: Speed): string {
  return SPEEDS.find((s) => s.speed === speed)?.label ?? `×${speed}`;
}
