// Types of outils.js, the glue wasm-bindgen writes for src/bin/outils.rs at build time, for
// tsc's check of tools.js (tsconfig.json). Not copied to dist/: index.html does not name it.
export default function init(): Promise<unknown>;
export function qr_svg(text: string): string;
export function calendar_file(event_id: string, fields: string, now: number): string;
export function read_transfer(hash: string, ateliers: string): string;
export function transfer_fragment(ids: string): string;
