import { dayNumber, midnightInZone } from '../../src/core/dates';
import { reasonText } from '../../src/core/i18n/reasons';
import { reviewReport } from '../../src/core/review-report';
import { overviewOf } from '../../src/core/sheet-actions/overview';
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
