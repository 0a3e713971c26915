/**
 * A holdout table: one row per (prospect, campaign) assignment. Columns Prospect, Campaign, Group
 * and Converted at (blank = not converted), optionally an assignment date. The prospect, campaign,
 * assignment ("Touched at") and conversion headers are the Touches sheet's own aliases, so an
 * export that already feeds the influence report reads here too.
 *
 * Group values, English and French: test / treatment / exposed / traitement / exposé…, and
 * control / holdout / témoin / contrôle…; a Holdout column of yes/no (oui/non, TRUE/FALSE) says
 * who was held out. A conversion dated before the assignment happened before the test could act:
 * that assignment is left out and counted. A prospect put in both groups of one campaign cannot be
 * read either way: left out and counted too.
 */
import { isBlank, readLabel } from '../attribution/cells';
import { touchColumns } from '../attribution/headers';
import { ProblemCollector } from '../attribution/input-problem';
import { type Moment, ZonedClock } from '../attribution/touch-time';
import { aliasTable, a1, normalizeKey } from '../text';
import type { CellValue, Diagnostic, Grid } from '../types';

export type HoldoutGroup = 'test' | 'control';

export interface Assignment {
  readonly prospect: string;
  readonly campaign: string;
  readonly group: HoldoutGroup;
  readonly converted: boolean;
}

export interface HoldoutExclusions {
  /** Converted before being assigned: the campaign could not have caused it. */
  readonly convertedBeforeAssignment: number;
  /** (prospect, campaign) pairs found in both groups. */
  readonly inBothGroups: number;
  /** Rows repeating a (prospect, campaign) pair in the same group: counted once. */
  readonly repeatedRows: number;
}

export interface HoldoutTable {
  readonly assignments: readonly Assignment[];
  readonly excluded: HoldoutExclusions;
}

/** The columns a user sees named in "missing columns: …". */
export type HoldoutColumn = 'Prospect' | 'Campaign' | 'Group' | 'Converted at';

export interface HoldoutProblem {
  readonly missingColumns: readonly HoldoutColumn[];
  readonly unreadable: readonly Diagnostic[];
  readonly unreadableCount: number;
}

export type HoldoutTableResult =
  | { readonly ok: true; readonly table: HoldoutTable }
  | { readonly ok: false; readonly problem: HoldoutProblem };

const GROUP_HEADERS = aliasTable<'group' | 'heldOut' | 'assignedAt'>([
  [
    'group',
    ['Group', 'Test group', 'Groupe', 'Groupe de test', 'Variant', 'Variante', 'Arm', 'Bras'],
  ],
  ['heldOut', ['Holdout', 'Held out', 'Exclu', 'Hors campagne']],
  [
    'assignedAt',
    [
      'Assigned on',
      'Assigned at',
      'Assignment date',
      'Affecté le',
      'Affectée le',
      "Date d'affectation",
      'Assigné le',
    ],
  ],
]);

const GROUP_VALUES = aliasTable<HoldoutGroup>([
  [
    'test',
    [
      'test',
      'treatment',
      'treated',
      'exposed',
      'variant',
      'targeted',
      'traitement',
      'traité',
      'exposé',
      'exposés',
      'ciblé',
      'groupe test',
      'test group',
    ],
  ],
  [
    'control',
    [
      'control',
      'holdout',
      'hold out',
      'held out',
      'control group',
      'témoin',
      'groupe témoin',
      'contrôle',
      'groupe de contrôle',
      'exclu',
      'non exposé',
    ],
  ],
]);

const YES = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'vrai', 'x']);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'faux']);

/** A Group cell, or a Holdout yes/no cell (yes = held out = control); null when unreadable. */
function readGroup(cell: CellValue, heldOutColumn: boolean): HoldoutGroup | null {
  if (heldOutColumn) {
    if (typeof cell === 'boolean') return cell ? 'control' : 'test';
    const key = normalizeKey(String(cell));
    if (YES.has(key)) return 'control';
    if (NO.has(key)) return 'test';
  }
  if (typeof cell !== 'string' && typeof cell !== 'number') return null;
  return GROUP_VALUES.get(normalizeKey(String(cell))) ?? null;
}

function groupColumns(headers: readonly CellValue[]) {
  const found: { group?: number; heldOut?: number; assignedAt?: number } = {};
  headers.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const column = GROUP_HEADERS.get(normalizeKey(cell));
    if (column !== undefined && found[column] === undefined) found[column] = index;
  });
  return found;
}

/** True when the header row has a Group (or Holdout) column: the sheet is a holdout table. */
export function looksLikeHoldout(headers: readonly CellValue[]): boolean {
  const g = groupColumns(headers);
  return g.group !== undefined || g.heldOut !== undefined;
}

/** The column of the group (Group, else Holdout), or null when the header row has neither. */
export function groupColumnIndex(headers: readonly CellValue[]): number | null {
  const g = groupColumns(headers);
  return g.group ?? g.heldOut ?? null;
}

/**
 * A holdout table rather than touches: its group column (see `groupColumnIndex`) holds test and
 * control values only (blanks aside), at least one. A holdout table also has Prospect, Campaign
 * and a date, so it could pass for touches; its rows are assignments, not touches, and reading
 * them as touches would credit the control group's campaign. A touch table may have a "Group"
 * column of its own (a campaign group: "Webinars"): those values are not test/control, so it stays
 * a touch table.
 */
export function isHoldoutTable(
  headers: readonly CellValue[],
  groupCells: readonly CellValue[],
): boolean {
  const g = groupColumns(headers);
  if (g.group === undefined && g.heldOut === undefined) return false;
  const heldOut = g.group === undefined;
  const filled = groupCells.filter((cell) => !isBlank(cell));
  return filled.length > 0 && filled.every((cell) => readGroup(cell, heldOut) !== null);
}

function convertedBefore(conversion: Moment, assigned: Moment): boolean {
  // Two instants compare as instants; a plain date compares by day (a same-day conversion counts).
  return conversion.timed && assigned.timed
    ? conversion.time < assigned.time
    : conversion.day < assigned.day;
}

export function readHoldoutTable(grid: Grid, timeZone: string): HoldoutTableResult {
  const headers = grid[0] ?? [];
  const touch = touchColumns(headers);
  const groups = groupColumns(headers);
  const cGroup = groups.group ?? groups.heldOut;
  const heldOut = groups.group === undefined && groups.heldOut !== undefined;
  const cAssigned = groups.assignedAt ?? touch.touchedAt;
  const missingColumns: HoldoutColumn[] = [];
  if (touch.prospect === undefined) missingColumns.push('Prospect');
  if (touch.campaign === undefined) missingColumns.push('Campaign');
  if (cGroup === undefined) missingColumns.push('Group');
  if (touch.convertedAt === undefined) missingColumns.push('Converted at');
  if (
    touch.prospect === undefined ||
    touch.campaign === undefined ||
    cGroup === undefined ||
    touch.convertedAt === undefined
  ) {
    return { ok: false, problem: { missingColumns, unreadable: [], unreadableCount: 0 } };
  }
  const [cProspect, cCampaign, cConverted] = [touch.prospect, touch.campaign, touch.convertedAt];
  const clock = new ZonedClock(timeZone);
  const problems = new ProblemCollector();
  const byPair = new Map<string, { index: number; group: HoldoutGroup }>();
  const assignments: Array<Assignment | null> = [];
  const conflicted = new Set<string>();
  let convertedBeforeAssignment = 0;
  let repeatedRows = 0;

  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    const used = [
      cProspect,
      cCampaign,
      cGroup,
      cConverted,
      ...(cAssigned === undefined ? [] : [cAssigned]),
    ];
    if (used.every((c) => isBlank(row[c]))) continue;
    const prospect = readLabel(row[cProspect]);
    if (prospect === null) problems.add(a1(r, cProspect), 'no prospect');
    const campaign = readLabel(row[cCampaign]);
    if (campaign === null) problems.add(a1(r, cCampaign), 'no campaign');
    const group = isBlank(row[cGroup]) ? null : readGroup(row[cGroup], heldOut);
    if (group === null) problems.add(a1(r, cGroup), 'group is neither test nor control');
    let conversion: Moment | null = null;
    if (!isBlank(row[cConverted])) {
      conversion = clock.read(row[cConverted]);
      if (conversion === null) problems.add(a1(r, cConverted), 'unreadable conversion date');
    }
    let assigned: Moment | null = null;
    if (cAssigned !== undefined && !isBlank(row[cAssigned])) {
      assigned = clock.read(row[cAssigned]);
      if (assigned === null) problems.add(a1(r, cAssigned), 'unreadable assignment date');
    }
    if (prospect === null || campaign === null || group === null || !problems.empty) continue;
    if (conversion !== null && assigned !== null && convertedBefore(conversion, assigned)) {
      convertedBeforeAssignment++;
      continue;
    }
    // Emails are case-insensitive in every CRM; other ids are kept as typed (as for touches).
    const who = prospect.includes('@') ? prospect.toLowerCase() : prospect;
    const pair = JSON.stringify([who, campaign]);
    const seen = byPair.get(pair);
    if (seen === undefined) {
      byPair.set(pair, { index: assignments.length, group });
      assignments.push({ prospect: who, campaign, group, converted: conversion !== null });
    } else if (seen.group !== group) {
      conflicted.add(pair);
      assignments[seen.index] = null;
    } else {
      repeatedRows++;
      const first = assignments[seen.index];
      if (first !== null && conversion !== null && !first.converted) {
        assignments[seen.index] = { ...first, converted: true };
      }
    }
  }
  if (!problems.empty) {
    const { unreadable, unreadableCount } = problems.problem('touches');
    return { ok: false, problem: { missingColumns: [], unreadable, unreadableCount } };
  }
  return {
    ok: true,
    table: {
      assignments: assignments.filter((a): a is Assignment => a !== null),
      excluded: { convertedBeforeAssignment, inBothGroups: conflicted.size, repeatedRows },
    },
  };
}
