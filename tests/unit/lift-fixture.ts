/**
 * Five prospects whose lift is worked by hand in the tests: A and B met the webinar and
 * converted; C and D got e-mails and did not; E converted on 1 March and met the webinar only
 * afterwards, so before its conversion nothing touched it. B met the e-mail twice.
 * Webinar: 2/2 touched vs 1/3 untouched. Email: 1/3 touched vs 2/2 untouched.
 */
import type { Grid } from '../../src/core/types';

export const LIFT_HEADER = ['Prospect', 'Campaign', 'Touched at', 'Converted at'];

export const LIFT_TOUCHES: Grid = [
  LIFT_HEADER,
  ['A', 'Webinar', '2026-02-01', '2026-02-10'],
  ['B', 'Webinar', '2026-02-02', '2026-02-12'],
  ['B', 'Email', '2026-02-03', '2026-02-12'],
  ['B', 'Email', '2026-02-04', '2026-02-12'],
  ['C', 'Email', '2026-02-05', ''],
  ['D', 'Email', '2026-02-06', ''],
  ['E', 'Webinar', '2026-03-05', '2026-03-01'],
];
