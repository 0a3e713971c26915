/**
 * Matching programs to an export's rows by name: a wrong match is worse than no match, so the
 * held-out set (programs renamed the way tools rename them, plus decoys one code away) must give
 * no wrong match at all and match at least 95 % of the true pairs.
 */
import fc from 'fast-check';
import { matchPrograms, MATCH_POLICY } from '../../src/core/import/match';
import { nameKey, normaliseProgramName } from '../../src/core/import/names';
import { nameSimilarity } from '../../src/core/import/similarity';
import { heldOutSet } from '../support/import-names';

const rows = (names: readonly string[]) => names.map((name, i) => ({ row: i + 2, name }));
const score = (a: string, b: string) => nameSimilarity(nameKey(a), nameKey(b));

describe('held-out matching: 200 programs against a 300-row export with 20 decoys', () => {
  const set = heldOutSet(200, 300, 20);
  const result = matchPrograms(rows(set.programs), rows(set.source));
  const outcomes = result.outcomes.map((o, i) => ({ o, truth: set.truth[i] + 2 }));

  it('has typos, clone and version suffixes, dates, case and accent changes, and decoys in its export', () => {
    expect(set.source).toHaveLength(300);
    expect(set.source.some((n) => /\(copy\)|copie|Copy of/.test(n))).toBe(true);
    expect(set.source.some((n) => /v[23]\b/.test(n))).toBe(true);
    expect(set.source.some((n) => /2026-09-01|01\/10\/2026/.test(n))).toBe(true);
    expect(set.source.some((n) => n === n.toUpperCase())).toBe(true);
    expect(set.programs.some((n) => /[éè]/.test(n))).toBe(true);
  });

  it('makes no wrong match', () => {
    const wrong = outcomes.filter(({ o, truth }) => o.kind === 'matched' && o.source.row !== truth);
    expect(wrong).toEqual([]);
  });

  it('matches at least 95 % of the true pairs; the rest are ambiguous or unmatched', () => {
    const right = outcomes.filter(({ o, truth }) => o.kind === 'matched' && o.source.row === truth);
    expect(right.length).toBeGreaterThanOrEqual(190);
    // Every export row not matched is listed as used by no program.
    expect(result.unusedSource.length).toBe(300 - right.length);
  });
});

describe('names', () => {
  it('drops what exports add: clone markers, versions, send dates, case, accents, small words', () => {
    expect(normaliseProgramName('Copy of Welcome Nurture (2) - v3 2026-09-01')).toBe(
      'welcome nurture',
    );
    expect(normaliseProgramName('WELCOME_NURTURE_(copy)')).toBe('welcome nurture');
    expect(normaliseProgramName("Série d'onboarding – copie 01/10/2026")).toBe('serie onboarding');
    expect(normaliseProgramName('Webinar Q3 2026')).toBe('webinar q3 2026');
  });

  it('keeps a name made only of noise words', () => {
    expect(normaliseProgramName('Copy')).toBe('copy');
  });

  it('scores a typo high and a different code low', () => {
    expect(score('Welcome nurture', 'Welcom nurture')).toBeGreaterThanOrEqual(
      MATCH_POLICY.threshold,
    );
    expect(score('APAC Webinar series 2025', 'Copy of APAC Wbeinar series 2025')).toBeGreaterThan(
      0.95,
    );
    expect(score('Webinar Q3', 'Webinar Q4')).toBeLessThan(MATCH_POLICY.threshold);
    expect(score('EMEA Welcome nurture', 'APAC Welcome nurture')).toBeLessThan(
      MATCH_POLICY.threshold,
    );
    expect(score('Welcome nurture', 'Welcome nurture EMEA')).toBeLessThan(MATCH_POLICY.threshold);
    expect(score('e-book download', 'Ebook download')).toBe(1);
  });

  it('property: case, accents, clone and version suffixes never change the name key', () => {
    const word = fc.stringMatching(/^[a-zéèàç]{4,9}$/);
    const suffix = fc.constantFrom('', ' (copy)', ' - v2', ' 2026-09-01', ' (2)', ' - copie');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        suffix,
        fc.boolean(),
        (words, end, upper) => {
          const name = words.join(' ');
          const renamed = `${upper ? name.toUpperCase() : name}${end}`;
          expect(nameKey(renamed).key).toBe(nameKey(name).key);
          expect(score(name, renamed)).toBe(1);
        },
      ),
    );
  });
});

describe('close calls', () => {
  it('lists two equally good rows as ambiguous with both candidates, and writes neither', () => {
    const { outcomes, unusedSource } = matchPrograms(
      [{ row: 5, name: 'Welcome nurture' }],
      [
        { row: 2, name: 'Welcome nurture' },
        { row: 3, name: 'Welcome Nurture (copy)' },
        { row: 4, name: 'Partner summit' },
      ],
    );
    expect(outcomes[0]).toEqual({
      kind: 'ambiguous',
      program: { row: 5, name: 'Welcome nurture' },
      candidates: [
        { row: 2, name: 'Welcome nurture', confidence: 1 },
        { row: 3, name: 'Welcome Nurture (copy)', confidence: 1 },
      ],
    });
    expect(unusedSource).toEqual([2, 3, 4]);
  });

  it('offers a plausible row below the threshold as a candidate, never as a match', () => {
    const { outcomes } = matchPrograms(
      [{ row: 6, name: 'Trade show Paris' }],
      [{ row: 4, name: 'Trade-show Paris 2026' }],
    );
    expect(outcomes[0].kind).toBe('ambiguous');
  });

  it('leaves a program with no similar row unmatched', () => {
    const { outcomes } = matchPrograms(
      [{ row: 7, name: 'Lead scoring model' }],
      [{ row: 2, name: 'Holiday greetings' }],
    );
    expect(outcomes[0]).toEqual({
      kind: 'unmatched',
      program: { row: 7, name: 'Lead scoring model' },
    });
  });

  it('maps at once a pair the user confirmed before', () => {
    const remembered = new Map([
      [nameKey('Trade show Paris').key, nameKey('Trade-show Paris 2026').key],
    ]);
    const { outcomes } = matchPrograms(
      [{ row: 6, name: 'Trade show Paris' }],
      [{ row: 4, name: 'Trade-show Paris 2026' }],
      remembered,
    );
    expect(outcomes[0]).toMatchObject({ kind: 'matched', source: { row: 4 }, remembered: true });
  });
});
