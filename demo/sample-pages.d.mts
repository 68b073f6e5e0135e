export interface SamplePage {
  name: string;
  url: string;
  title: string;
  html: string;
}
export function shanghai(ms: number): string;
export function samplePages(now: number): SamplePage[];
export function fusionTable(headers: string[], rows: string[][]): string;
export function shell(title: string, body: string): string;
