import { dayNumber, midnightInZone } from '../../src/core/dates';
import { reasonText } from '../../src/core/i18n/reasons';
import { reviewReport } from '../../src/core/review/report';
import { overviewOf } from '../../src/core/sheet-plans/overview';
import type { CellValue } from '../../src/core/types';

const Z = 'Europe/Paris';
const grid: CellValue[][] = [
  ['Nom', 'Référence', 'Type', 'Indicateur', midnightInZone(dayNumber(2026, 8, 31), Z)],
  ['Score comportemental', 0.6, 'Règle de scoring', "Taux d'acceptation des MQL", 0.46],
  ['Bienvenue', 10, 'Programme de nurturing', 'Leads', 12],
];
const report = reviewReport(grid, { timeZone: Z, today: dayNumber(2026, 11, 22) });

describe('reasons in French', () => {
  it('explains the urgent scoring rule: 46 % on 31/08/2026 is below 50 %', () => {
    const urgent = report.rows[0].schedule.reasons[0];
    expect(reasonText(urgent, 'fr')).toBe(
      'Le taux d’acceptation des MQL était de 46 % le 31/08/2026, sous 50 % : plus de la moitié des MQL ne sont pas acceptés comme SQL. Revoyez la règle de scoring maintenant.',
    );
    expect(reasonText(urgent, 'en')).toBe(urgent.text);
  });

  it('gives the sidebar the reasons in the user’s language: 31/08/2026 + 90 jours = 29/11/2026', () => {
    const fr = overviewOf(report, 'Revue', 'fr');
    const nurture = fr.rows.find((r) => r.name === 'Bienvenue');
    expect(nurture?.reasons[0]).toBe(
      'Dernière revue le 31/08/2026 : prochaine revue 90 jours plus tard, le 29/11/2026.',
    );
    expect(nurture?.reasons[1]).toBe('À revoir dans 7 jours.');
  });
});

describe('a grouped content review says why it is due before its own date', () => {
  // Two webinars: B last reviewed 01/08/2026 (its own next 30/10/2026), A 01/05/2026 (next
  // 30/07/2026). On 31/10/2026 B is overdue by 93 days because A is: the card says so first.
  const g: CellValue[][] = [
    [
      'Nom',
      'Type',
      'Groupe',
      midnightInZone(dayNumber(2026, 5, 1), Z),
      midnightInZone(dayNumber(2026, 8, 1), Z),
    ],
    ['B', 'Webinaire', 'Webinaires', '', 80],
    ['A', 'Webinaire', 'Webinaires', 100, ''],
  ];
  const r = reviewReport(g, { timeZone: Z, today: dayNumber(2026, 10, 31) });

  it('puts the group’s reason first on the sidebar card, in French', () => {
    const b = overviewOf(r, 'Revue', 'fr').rows.find((x) => x.name === 'B');
    expect(b?.status).toBe('overdue');
    expect(b?.reasons[0]).toBe(
      'Revu avec le groupe Webinaires, à revoir le 30/07/2026 parce que A (ligne 3) l’est : dernière revue le 01/05/2026.',
    );
    expect(b?.reasons[b.reasons.length - 1]).toBe(
      'Le groupe Webinaires est en retard de 93 jours.',
    );
  });
});
