/**
 * The facility view: the floor plan of the mail facility drawn with Pixi, fed one snapshot at a
 * time. It composes the layers (floor, stations, dock, areas, belt flow, parcel dots, "+N"
 * labels), fits the logical plan into the canvas, runs their animations on the app's ticker and
 * turns clicks into selections.
 *
 * It reads snapshots and never changes the model (docs/architecture.md rule 7); the Pixi Application
 * is made and initialised by the caller (rule 8). View state that outlives the canvas (which
 * parcel is selected, whether contraband is revealed) belongs to the page, which tells the view.
 *
 * The view sets the renderer's background (clear) colour to the floor colour: clearing is nearly
 * free, while drawing a floor rectangle costs a full canvas of pixels on software GL. For the
 * same reason, initialise the app with `antialias: false`: every mark is antialiased in its
 * texture already, and multisampling costs 2-3x the frame time under SwiftShader (measured).
 *
 * @example
 * const app = new Application();
 * await app.init({ width: host.clientWidth, height: host.clientHeight, antialias: false,
 *   resolution: devicePixelRatio, autoDensity: true });
 * host.append(app.canvas);
 * const view = new FacilityView(app, { reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches });
 * view.onSelect((sel) => showDetails(sel));
 * worker.onmessage = (e) => e.data.type === 'frame' && view.update(e.data.snapshot);
 * new ResizeObserver(() => view.resize(host.clientWidth, host.clientHeight)).observe(host);
 */
import { Container, Rectangle, type Application, type FederatedPointerEvent, type Ticker } from 'pixi.js';
import type { FacilitySnapshot } from '../model/snapshot.js';
import { AreaLayer } from './AreaLayer.js';
import { DockLayer } from './DockLayer.js';
import { GlyphAtlas } from './glyphAtlas.js';
import { FlowLayer } from './FlowLayer.js';
import { countOf, formatCount } from './format.js';
import { Labels } from './Labels.js';
import { pickRadius } from './hitTest.js';
import { PLAN_HEIGHT, PLAN_WIDTH, computeLayout, layoutInputOf, layoutKey, regionAt, type FloorPlan } from './layout.js';
import { OverflowLabels } from './OverflowLabels.js';
import { FLOOR, legendEntries, type LegendEntry } from './palette.js';
import { ParcelLayer } from './ParcelLayer.js';
import { RegionFrames } from './RegionFrames.js';
import { StationLayer } from './StationLayer.js';
import { FIT_VIEW, clampView, fitScale, placement, type ViewState } from './viewTransform.js';

/** How the view should behave. */
export interface FacilityViewOptions {
  /** Jump instead of tweening, and keep the belt's dots still (prefers-reduced-motion). */
  reducedMotion: boolean;
}

/** What a click (or the page's list) picked. */
export type Selection =
  | { kind: 'parcel'; id: number }
  | { kind: 'station'; name: string }
  | { kind: 'region'; state: string };

/** Something the page can offer in a keyboard-reachable list. */
export interface SelectableArea {
  selection: Selection;
  label: string;
}

/** A press that moves further than this, CSS pixels, is a drag (a pan), not a click. */
const DRAG_PX = 4;
/** Longest frame step fed to animations, so a background tab does not teleport everything. */
const MAX_STEP_MS = 100;

export class FacilityView {
  private readonly root = new Container();
  private readonly labels = new Labels();
  private readonly atlas: GlyphAtlas;
  private density: number;
  private readonly frames: RegionFrames;
  private readonly stations: StationLayer;
  private readonly dock: DockLayer;
  private readonly areas: AreaLayer;
  private readonly flow: FlowLayer;
  private readonly parcels: ParcelLayer;
  private readonly overflow: OverflowLabels;
  private readonly listeners: ((sel: Selection) => void)[] = [];
  private plan: FloorPlan | null = null;
  private planKey = '';
  private last: FacilitySnapshot | null = null;
  private destroyed = false;
  private view: ViewState = FIT_VIEW;
  private size = { width: 1, height: 1 };
  /** CSS pixels per plan unit, as drawn now. */
  private scale = 1;
  private pressedAt: { x: number; y: number } | null = null;

  /** `app` must already be initialised; the view adds itself to `app.stage`. */
  constructor(private readonly app: Application, private readonly options: FacilityViewOptions) {
    this.density = app.renderer.resolution;
    this.atlas = new GlyphAtlas(app.renderer, this.density);
    // The floor is the renderer's clear colour rather than a drawn rectangle: clearing is nearly
    // free, while a full-canvas fill costs a whole frame's worth of pixels on software GL.
    app.renderer.background.color = FLOOR.background;
    this.frames = new RegionFrames(this.labels, this.atlas);
    this.stations = new StationLayer(this.labels, this.atlas);
    this.dock = new DockLayer(this.labels, this.atlas);
    this.areas = new AreaLayer(this.labels, this.atlas, options.reducedMotion);
    this.flow = new FlowLayer(this.atlas, options.reducedMotion);
    this.parcels = new ParcelLayer(this.atlas, options.reducedMotion);
    this.overflow = new OverflowLabels(this.labels);
    // Marks, then all words (one atlas), then the belt's flow and the parcel dots on top.
    this.root.addChild(
      this.frames.container, this.stations.container, this.dock.container, this.areas.container,
      this.labels.container, this.flow.container, this.parcels.container,
    );
    // One hit area for the whole plan: picking is done here in plan coordinates, so Pixi never
    // hit-tests thousands of children on every pointer move.
    this.root.eventMode = 'static';
    this.root.interactiveChildren = false;
    this.root.hitArea = new Rectangle(0, 0, PLAN_WIDTH, PLAN_HEIGHT);
    this.root.cursor = 'pointer';
    this.root.on('pointertap', this.onTap, this);
    this.root.on('pointerdown', this.onPress, this);
    app.stage.addChild(this.root);
    app.ticker.add(this.tick, this);
    this.resize(app.screen.width, app.screen.height);
  }

  /** Draws a snapshot: diffs it against the previous one and moves only what changed. */
  update(s: FacilitySnapshot): void {
    if (this.destroyed) return; // a frame still in flight from the worker after teardown
    const input = layoutInputOf(s);
    const key = layoutKey(input);
    const planChanged = key !== this.planKey;
    if (planChanged) {
      this.planKey = key;
      this.plan = computeLayout(input);
      for (const layer of [this.frames, this.stations, this.dock, this.areas, this.flow, this.overflow]) layer.build(this.plan);
    }
    // A new run: time went backwards. Start the dots afresh rather than animate a reshuffle.
    if (this.last && s.time < this.last.time) this.parcels.reset();
    const plan = this.plan!;
    this.stations.update(s);
    this.dock.update(s);
    this.flow.update(s, performance.now());
    this.parcels.update(s, plan, planChanged);
    this.areas.update(s, this.flow.releasedPerHour, this.flow.parcelsPerDot);
    this.overflow.update(s, this.parcels.shownCounts());
    this.labels.flush();
    this.last = s;
  }

  /** Calls `cb` whenever a click or tap picks a parcel, a station or an area. */
  onSelect(cb: (sel: Selection) => void): void {
    this.listeners.push(cb);
  }

  /** Shows (or hides) which parcels really carry contraband: a diamond around their dot. */
  setReveal(on: boolean): void {
    this.parcels.setReveal(on);
  }

  /** Rings the parcel with this id (or, if it is not drawn, the "+N" that counts it); null clears. */
  setHighlight(id: number | null): void {
    this.parcels.setHighlight(id);
  }

  /**
   * Fits the plan into a canvas of `width` x `height` CSS pixels, centred, keeping its aspect
   * (letterboxed), at the current zoom and pan. Resizes the renderer too if it is not that size.
   */
  resize(width: number, height: number): void {
    if (this.destroyed) return;
    const r = this.app.renderer;
    if (r.screen.width !== width || r.screen.height !== height) r.resize(width, height);
    this.size = { width, height };
    this.place();
  }

  /** Zooms and pans (see viewTransform.ts); the page keeps the view and sends it here. */
  setView(view: ViewState): void {
    if (this.destroyed) return;
    this.view = view;
    this.place();
  }

  /**
   * The smallest words on the canvas as shown now, CSS pixels: the smallest font size drawn
   * (Labels) times the plan's displayed scale. The page exposes it (data-text-px) and the
   * presentation test holds it to 14 at 1280x720.
   */
  get textPx(): number {
    return this.labels.smallestDrawnSize() * this.scale;
  }

  /** Places the plan for the view and the canvas size, and re-rasterises words and marks if needed. */
  private place(): void {
    const r = this.app.renderer;
    this.view = clampView(this.view, this.size);
    const p = placement(this.view, this.size);
    this.scale = p.scale;
    this.root.scale.set(p.scale);
    this.root.position.set(Math.round(p.x), Math.round(p.y));
    // Text and marks are rasterised at the true density so they stay sharp at any size; zoomed,
    // in steps of a factor of two, so a wheel turn does not redraw every label at every notch.
    const step = 2 ** Math.ceil(Math.log2(this.view.zoom) - 1e-9);
    const density = fitScale(this.size) * step * r.resolution;
    this.labels.setResolution(density);
    this.labels.flush();
    if (Math.abs(density - this.density) / this.density > 0.05) {
      this.density = density;
      this.atlas.setResolution(density);
      // Outlines are at least a device pixel wide, so they are redrawn for the new density.
      if (this.last) {
        this.planKey = '';
        this.update(this.last);
      }
    }
  }

  /** Every mark's meaning and colour, for the page's legend. */
  get legend(): LegendEntry[] {
    return legendEntries();
  }

  /** In plain words, what the marks stand for at the current scale. */
  get scaleNote(): string {
    const parts = ['Each dot in a queue, lane or area is one pulled parcel; "+N not drawn" counts those that do not fit.'];
    const per = this.flow.parcelsPerDot;
    if (this.options.reducedMotion) {
      parts.push(`On the belt, the still dots show the release rate: each stands for ${countOf(per, 'parcel')} released per simulated hour.`);
    } else {
      parts.push(`On the belt, each moving dot stands for ${countOf(per, 'parcel')} released to the postal service.`);
    }
    parts.push('Each box at the dock is one receptacle (a sack or tray of mail) waiting for induction.');
    const s = this.last;
    if (s) {
      const pulled = Object.values(s.byState).reduce((a, b) => a + b, 0);
      if (pulled > s.parcels.length) parts.push(`Only the oldest ${formatCount(s.parcels.length)} of ${formatCount(pulled)} pulled parcels are listed; the rest are counted in "+N".`);
    }
    return parts.join(' ');
  }

  /** The stations and areas, in reading order, for a keyboard-reachable list on the page. */
  get selectable(): SelectableArea[] {
    if (!this.plan) return [];
    return this.plan.regions.map((r) => ({
      label: r.label,
      selection: r.station ? { kind: 'station', name: r.station } : { kind: 'region', state: r.state },
    }));
  }

  /** Removes the view from the stage and frees its textures; the app stays the caller's. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.app.ticker.remove(this.tick, this);
    this.root.off('pointertap', this.onTap, this);
    this.root.off('pointerdown', this.onPress, this);
    this.root.destroy({ children: true });
    this.listeners.length = 0;
    // Pixi logs one harmless warning here: its shared particle shader still refers to the last
    // texture it drew, which is ours (it would be overwritten by the next particle drawn).
    this.labels.destroy();
    this.atlas.destroy();
  }

  private tick(ticker: Ticker): void {
    const dt = Math.min(MAX_STEP_MS, ticker.deltaMS);
    this.parcels.tick(dt);
    this.flow.tick(dt);
  }

  /**
   * What lies at (`x`, `y`) in canvas CSS pixels: a parcel dot if one is within reach, else the
   * station or area there, else null. Used for clicks here and by a view drawn in a worker,
   * which gets its clicks by message.
   */
  pickAt(x: number, y: number): Selection | null {
    if (!this.plan || this.destroyed) return null;
    const p = this.root.toLocal({ x, y });
    const id = this.parcels.parcelAt(p.x, p.y, pickRadius(this.scale));
    if (id !== null) return { kind: 'parcel', id };
    const r = regionAt(this.plan, p.x, p.y);
    if (r) return r.station ? { kind: 'station', name: r.station } : { kind: 'region', state: r.state };
    return null;
  }

  private onPress(e: FederatedPointerEvent): void {
    this.pressedAt = { x: e.global.x, y: e.global.y };
  }

  private onTap(e: FederatedPointerEvent): void {
    // The end of a drag (the page pans the view) is not a click.
    const from = this.pressedAt;
    this.pressedAt = null;
    if (from && Math.hypot(e.global.x - from.x, e.global.y - from.y) > DRAG_PX) return;
    const sel = this.pickAt(e.global.x, e.global.y);
    if (sel) for (const cb of this.listeners) cb(sel);
  }
}
