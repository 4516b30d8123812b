// The benchmark's figures as a table for the terminal, and the budgets they are held to.
import type { Spread } from './stats.ts';

export interface PageFigures {
  mapDrawnMs: Spread;
  mapInteractiveMs: Spread;
  totalKB: Spread;
  gzipTotalKB: Spread;
  jsKB: Spread;
  cssKB: Spread;
  dataKB: Spread;
  clickToPanelMs: Spread;
  coldClickToPanelMs: Spread;
  clickPresentedMs: Spread;
  coldClickPresentedMs: Spread;
  hoverLongestTaskMs: Spread;
  hoverDroppedFrames: Spread;
  hoverFrames: Spread;
  hoverMapMutations: Spread;
  heapMB: Spread;
}

export type Figure = keyof PageFigures;

export const FIGURES: { key: Figure; label: string; unit: string }[] = [
  { key: 'mapDrawnMs', label: 'Navigation to map drawn', unit: 'ms' },
  { key: 'mapInteractiveMs', label: 'Navigation to map answering clicks', unit: 'ms' },
  { key: 'totalKB', label: 'Transferred, total (brotli)', unit: 'KB' },
  { key: 'gzipTotalKB', label: 'Transferred, total, had it been gzip -6', unit: 'KB' },
  { key: 'jsKB', label: 'Transferred, JS', unit: 'KB' },
  { key: 'cssKB', label: 'Transferred, CSS', unit: 'KB' },
  { key: 'dataKB', label: 'Transferred, data', unit: 'KB' },
  { key: 'clickToPanelMs', label: 'Click to panel, pointer rested 250 ms', unit: 'ms' },
  { key: 'coldClickToPanelMs', label: 'Click to panel, cold (pressed at once)', unit: 'ms' },
  { key: 'clickPresentedMs', label: 'Click to next frame on screen, rested (Event Timing)', unit: 'ms' },
  { key: 'coldClickPresentedMs', label: 'Click to next frame on screen, cold (Event Timing)', unit: 'ms' },
  { key: 'hoverLongestTaskMs', label: 'Hover sweep, longest task', unit: 'ms' },
  { key: 'hoverDroppedFrames', label: 'Hover sweep, dropped frames', unit: '' },
  { key: 'hoverFrames', label: 'Hover sweep, frames', unit: '' },
  { key: 'hoverMapMutations', label: 'Hover sweep, changes to country shapes', unit: '' },
  { key: 'heapMB', label: 'JS heap after load', unit: 'MB' },
];

export interface Budget {
  name: string;
  target: string;
  value: number;
  met: boolean;
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
export const showSpread = (s: Spread) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
export const showRatio = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);

/** A markdown table, its first row the head, padded into columns so that it reads in a terminal too. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(3, ...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (cells: string[]) => `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export const passOrFail = (b: Budget) => (b.met ? 'PASS' : 'FAIL');
