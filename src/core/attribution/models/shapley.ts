/**
 * Shapley value over the channels (or campaigns) a journey touched, as in Zhao et al. (2018),
 * "Shapley Value Methods for Attribution Modeling in Online Advertising".
 *
 * Coalition value: v(T) = conversions of the journeys whose set of distinct keys is a subset of T.
 * That game is a sum of unanimity games, one per journey (c_J · u_{S_J}), and the Shapley value of a
 * unanimity game gives 1/|S| to each member of S. So the exact Shapley value of this game IS the
 * "simplified" formula: each journey with key set S and c conversions gives c/|S| to every key in
 * S, repeats and order ignored. Exact, linear time, no coalition enumeration (the unit tests check
 * it against the enumeration). Non-converting journeys add nothing to any v(T).
 */
import type { CreditInput } from '../journey';
import type { ModelSettings } from '../vocabulary';
import { type Attribution, type ShareRules, attributeByShares } from './shares';

export function shapley(input: CreditInput, settings: ModelSettings): Attribution {
  return attributeByShares(input, shapleyShares(input, settings));
}

export const shapleyShares: ShareRules = (input) => {
  // Repeats of each key in the journey being shared, back to 0 after it: one array for the run,
  // not a Map per journey (hundreds of thousands on a big paths file).
  const repeats = new Int32Array(input.keys.length);
  return (journey, out) => {
    const steps = journey.steps;
    const n = steps.length;
    let distinct = 0;
    for (let i = 0; i < n; i++) if (repeats[steps[i]]++ === 0) distinct++;
    // Each distinct key gets 1/|S|, divided among its repeats so the positions still sum to 1.
    for (let i = 0; i < n; i++) out[i] = 1 / distinct / repeats[steps[i]];
    for (let i = 0; i < n; i++) repeats[steps[i]] = 0;
  };
};
