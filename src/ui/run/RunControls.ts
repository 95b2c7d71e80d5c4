/**
 * Play, pause, step, reset and speed, driven by the run-control machine as a real XState actor
 * (src/machines/runControl.ts): the buttons send it events, and the commands that reach the
 * simulation worker are the machine's own named actions, supplied here with `.provide()`, so a
 * click the machine refuses (play after the end, step while running) does nothing. The buttons
 * show what the machine allows.
 *
 * Keyboard: every control is a native button or select; in addition Space plays or pauses and
 * "." steps one event, "m" one minute, when focus is not in a form field.
 *
 * @example
 * const controls = new RunControls(byId('run-controls'), { play, pause, step, reset });
 * worker.onFinished = () => controls.finish();
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { runControlMachine, type StepUnit } from '../../machines/index.js';
import { h } from '../dom.js';
import type { Speed } from '../protocol.js';
import { DEFAULT_SPEED, fromMachineSpeed, SPEEDS, toMachineSpeed } from './speeds.js';

/** What the controls ask of the simulation. */
export interface RunCommands {
  play(speed: Speed): void;
  pause(): void;
  step(unit: StepUnit): void;
  /** Start the current run again from time 0 (paused). */
  reset(): void;
}

export type RunState = 'idle' | 'running' | 'paused' | 'finished';
type Snapshot = SnapshotFrom<typeof runControlMachine>;

export class RunControls {
  readonly actor: Actor<typeof runControlMachine>;
  private readonly playButton: HTMLButtonElement;
  private readonly stepEvent: HTMLButtonElement;
  private readonly stepMinute: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly speedSelect: HTMLSelectElement;
  private readonly listeners: Array<(state: RunState) => void> = [];

  constructor(root: HTMLElement, commands: RunCommands) {
    const machine = runControlMachine.provide({
      actions: {
        play: (_, { speed }) => commands.play(fromMachineSpeed(speed)),
        pause: () => commands.pause(),
        step: (_, { unit }) => commands.step(unit),
        reset: () => commands.reset(),
      },
    });
    this.actor = createActor(machine, { input: { speed: toMachineSpeed(DEFAULT_SPEED) } });
    const button = (id: string, text: string, title: string, onClick: () => void): HTMLButtonElement => {
      const b = h('button', { type: 'button', id, className: 'ix-button', title }, text);
      b.addEventListener('click', onClick);
      return b;
    };
    this.playButton = button('play', 'Play', 'Play or pause (Space)', () => this.toggle());
    this.playButton.classList.add('ix-button-primary');
    this.stepEvent = button('step-event', 'Step event', 'Run the next simulation event, then pause (.)', () => this.step('event'));
    this.stepMinute = button('step-minute', 'Step minute', 'Run one simulated minute, then pause (m)', () => this.step('minute'));
    this.resetButton = button('reset', 'Reset', 'Start this run again from the beginning', () => this.restart());
    this.speedSelect = h('select', { id: 'speed', className: 'ix-select', title: 'Simulated time per real second' });
    for (const s of SPEEDS) {
      this.speedSelect.append(h('option', { value: String(s.speed), selected: s.speed === DEFAULT_SPEED }, `${s.label} (${s.hint})`));
    }
    this.speedSelect.addEventListener('change', () => {
      const v = this.speedSelect.value;
      this.actor.send({ type: 'SET_SPEED', speed: toMachineSpeed(v === 'max' ? 'max' : Number(v)) });
    });
    const speedLabel = h('label', { className: 'ix-speed', htmlFor: 'speed' }, 'Speed');
    root.append(this.playButton, this.stepEvent, this.stepMinute, this.resetButton, speedLabel, this.speedSelect);

    this.actor.subscribe((snapshot) => this.render(snapshot));
    this.actor.start();
    this.render(this.actor.getSnapshot());
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  get state(): RunState {
    return this.actor.getSnapshot().value as RunState;
  }

  get speed(): Speed {
    return fromMachineSpeed(this.actor.getSnapshot().context.speed);
  }

  /** Calls `listener` with the state after every change (for the announcer and the share panel). */
  onChange(listener: (state: RunState) => void): void {
    this.listeners.push(listener);
  }

  /** The worker reached the end of the run. */
  finish(): void {
    this.actor.send({ type: 'FINISH' });
  }

  /** Back to time 0 of the current run (reloading it), from any state. */
  restart(): void {
    this.actor.send({ type: 'RESET' });
  }

  private toggle(): void {
    this.actor.send({ type: this.state === 'running' ? 'PAUSE' : 'PLAY' });
  }

  private step(unit: StepUnit): void {
    this.actor.send({ type: 'STEP', unit });
  }

  private render(snapshot: Snapshot): void {
    const state = snapshot.value as RunState;
    const running = state === 'running';
    this.playButton.textContent = running ? 'Pause' : 'Play';
    this.playButton.setAttribute('aria-pressed', String(running));
    this.playButton.disabled = state === 'finished';
    this.stepEvent.disabled = running || state === 'finished';
    this.stepMinute.disabled = running || state === 'finished';
    const code = snapshot.context.speed;
    const value = String(fromMachineSpeed(code));
    if (this.speedSelect.value !== value) this.speedSelect.value = value;
    document.body.dataset.runState = state;
    for (const l of this.listeners) l(state);
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || target.closest('input, select, textarea, button, a, [role="tab"], [contenteditable]')) return;
    if (e.key === ' ') {
      e.preventDefault();
      if (!this.playButton.disabled) this.toggle();
    } else if (e.key === '.' && !this.stepEvent.disabled) this.step('event');
    else if (e.key === 'm' && !this.stepMinute.disabled) this.step('minute');
  }
}
