import type { CellValue } from './cell-value';

/** Works across vm realms, where `instanceof Date` does not. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function copyDate(value: { getTime(): number }): Date {
  return new Date(value.getTime());
}

/** Cells hand out copies so that mutating a returned Date never changes the sheet. */
export function copyCell(value: CellValue): CellValue {
  // Dates are the only objects a cell holds; the typeof test keeps whole-sheet reads fast.
  return typeof value === 'object' ? new Date(value.getTime()) : value;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The enum member name, whatever realm or representation the enum value comes from. */
export function enumName(value: unknown): string {
  return String(value);
}

/** A frozen object whose values are their own names, like Apps Script enums print. */
export function makeEnum<K extends string>(names: readonly K[]): { readonly [P in K]: P } {
  const out = {} as { [P in K]: P };
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}
