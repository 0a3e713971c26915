/**
 * The five program types of the playbook and how users write them in English and French.
 * Content is written either as "Content" or as its kind (Webinar, Email, White paper, Video);
 * a kind also names the group the row is reviewed with when the Group cell is blank, because the
 * playbook reviews content as groups ("all webinars, all emails, all white papers").
 */
import { aliasTable, normalizeKey } from '../text';
import type { Locale, ProgramType } from '../types';

export type ContentKind = 'webinar' | 'email' | 'white_paper' | 'video';

export interface TypeRead {
  readonly type: ProgramType;
  readonly kind: ContentKind | null;
  /** The language of the words the user typed, when they tell (null for "Type", "Email"...). */
  readonly locale: Locale | null;
}

type TypeEntry = readonly [TypeRead, ReadonlyArray<string>];

const en = (type: ProgramType, kind: ContentKind | null = null): TypeRead => ({
  type,
  kind,
  locale: 'en',
});
const fr = (type: ProgramType, kind: ContentKind | null = null): TypeRead => ({
  type,
  kind,
  locale: 'fr',
});
const neutral = (type: ProgramType, kind: ContentKind | null = null): TypeRead => ({
  type,
  kind,
  locale: null,
});

const TYPE_ALIASES: ReadonlyArray<TypeEntry> = [
  [neutral('nurture'), ['nurture', 'nurturing']],
  [en('nurture'), ['Nurture program', 'Nurture programs', 'Nurture campaign', 'Drip']],
  [fr('nurture'), ['Programme de nurturing', 'Programmes de nurturing', 'Nurturing programme']],
  [neutral('automation_rule'), ['automation_rule']],
  [en('automation_rule'), ['Automation rule', 'Automation rules', 'Automation', 'Workflow']],
  [fr('automation_rule'), ["Règle d'automatisation", "Règles d'automatisation", 'Automatisation']],
  [neutral('scoring_rule'), ['scoring_rule', 'Scoring']],
  [en('scoring_rule'), ['Scoring rule', 'Scoring rules', 'Lead scoring', 'Scoring model']],
  [
    fr('scoring_rule'),
    [
      'Règle de scoring',
      'Règles de scoring',
      'Règle de notation',
      'Règles de notation',
      'Notation',
    ],
  ],
  [neutral('lead_assignment'), ['lead_assignment']],
  [
    en('lead_assignment'),
    ['Lead assignment', 'Lead assignments', 'Lead routing', 'Lead assignment program'],
  ],
  [
    fr('lead_assignment'),
    ['Affectation des leads', 'Affectation de leads', 'Attribution des leads', 'Routage des leads'],
  ],
  [neutral('content'), ['content']],
  [en('content'), ['Contents']],
  [fr('content'), ['Contenu', 'Contenus']],
  [en('content', 'webinar'), ['Webinar', 'Webinars']],
  [fr('content', 'webinar'), ['Webinaire', 'Webinaires']],
  [neutral('content', 'email'), ['Email', 'Emails', 'E-mail', 'E-mails']],
  [fr('content', 'email'), ['Courriel', 'Courriels', 'Emailing']],
  [en('content', 'white_paper'), ['White paper', 'White papers', 'Whitepaper', 'Whitepapers']],
  [fr('content', 'white_paper'), ['Livre blanc', 'Livres blancs']],
  [en('content', 'video'), ['Video', 'Videos']],
  [fr('content', 'video'), ['Vidéo', 'Vidéos']],
];

const TYPES = typeTable(TYPE_ALIASES);

/**
 * Like aliasTable, but an alias that normalises the same in both languages ("Vidéo" / "Video")
 * no longer tells the language, so the group name follows the sheet's headers instead.
 */
function typeTable(entries: ReadonlyArray<TypeEntry>): Map<string, TypeRead> {
  const table = new Map<string, TypeRead>();
  for (const [read, aliases] of entries) {
    for (const alias of aliases) {
      const key = normalizeKey(alias);
      const seen = table.get(key);
      if (!seen) table.set(key, read);
      else if (seen.locale !== read.locale) table.set(key, { ...seen, locale: null });
    }
  }
  return table;
}

/** "Règle de notation" → scoring_rule; "Livre blanc" → content (white paper); else null. */
export function parseProgramType(text: string): TypeRead | null {
  return TYPES.get(normalizeKey(text)) ?? null;
}

/** Words for each type, for titles such as a calendar event ("Review nurture program: …"). */
export const PROGRAM_TYPE_LABELS: Readonly<Record<ProgramType, Readonly<Record<Locale, string>>>> =
  {
    nurture: { en: 'nurture program', fr: 'programme de nurturing' },
    automation_rule: { en: 'automation rule', fr: "règle d'automatisation" },
    scoring_rule: { en: 'scoring rule', fr: 'règle de scoring' },
    lead_assignment: { en: 'lead-assignment program', fr: "programme d'affectation des leads" },
    content: { en: 'content', fr: 'contenu' },
  };

/** The group name a content kind implies, in each language. */
export const CONTENT_GROUP_NAMES: Readonly<Record<ContentKind, Readonly<Record<Locale, string>>>> =
  {
    webinar: { en: 'Webinars', fr: 'Webinaires' },
    email: { en: 'Emails', fr: 'E-mails' },
    white_paper: { en: 'White papers', fr: 'Livres blancs' },
    video: { en: 'Videos', fr: 'Vidéos' },
  };

const GROUP_KEYS = aliasTable<ContentKind>([
  ['webinar', ['Webinars', 'Webinar', 'Webinaires', 'Webinaire']],
  ['email', ['Emails', 'Email', 'E-mails', 'E-mail', 'Courriels', 'Courriel', 'Emailing']],
  [
    'white_paper',
    ['White papers', 'White paper', 'Whitepapers', 'Whitepaper', 'Livres blancs', 'Livre blanc'],
  ],
  ['video', ['Videos', 'Video', 'Vidéos', 'Vidéo']],
]);

/**
 * The identity of a group: "Webinaires", "webinars" and an implied webinar group are one group,
 * so a bilingual sheet is still reviewed as one set. Other names compare case-, accent- and
 * punctuation-insensitively.
 */
export function groupKey(groupName: string): string {
  const key = normalizeKey(groupName);
  const kind = GROUP_KEYS.get(key);
  return kind ? `content:${kind}` : key;
}
