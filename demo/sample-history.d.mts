import type { Worker } from 'playwright-core';
export interface SampleHistory {
  tickets: object[];
  questions: object[];
  penalties: object[];
}
export function sampleHistory(now: number): SampleHistory;
export function seedLog(worker: Worker, rows: Record<string, object[]>): Promise<void>;
