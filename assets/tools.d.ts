// Types of tools.js, the glue wasm-bindgen writes for src/bin/tools.rs at build time, for tsc's
// check of tools-ui.js (tsconfig.json). Not copied to dist/: index.html does not name it. Keep
// it in step with the #[wasm_bindgen] exports of src/bin/tools.rs (src/contract/tests.rs checks
// the names).
export default function init(): Promise<unknown>;
/** One session of a calendar file; the date `YYYY-MM-DD`, times `HH:MM`. */
export interface SessionData {
  id: string;
  date: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  location: string;
  url: string;
}
/** JSON: `{"side": number, "path": string}`, or `null` when the text is too long. */
export function qr_svg(text: string): string;
export function calendar_file(event_id: string, sessions: SessionData[], now: number): string;
/** JSON: `null`, `{"refused": true}` or `{"ids": string[], "unknown": number, "duplicates": boolean}`. */
export function read_transfer(hash: string, ateliers: string[]): string;
export function transfer_fragment(ids: string[]): string;
