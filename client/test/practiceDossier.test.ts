import { describe, expect, it } from 'vitest';
import {
  EMPTY_DOSSIER,
  parseDossier,
  sameDossier,
} from '../src/screens/participant/blocks/practice/dossier';
import { draftFrom } from '../src/screens/facilitator/activity/practice/DossierList';

const dossier = {
  title: 'Het zwembad',
  who: 'Wethouder sport',
  stake: 'Sluiten of renoveren.',
  deadline: '',
  named: false,
};

describe('a dossier on the phone', () => {
  it('comes back from its draft after a reload, and a broken draft is no dossier', () => {
    expect(parseDossier(JSON.stringify(dossier))).toEqual(dossier);
    expect(parseDossier(JSON.stringify({ title: 'Half getypt' }))).toEqual({
      ...EMPTY_DOSSIER,
      title: 'Half getypt',
    });
    expect(parseDossier('een oude reflectie als tekst')).toBeNull();
    expect(parseDossier(JSON.stringify({ ...dossier, named: 'ja' }))).toBeNull();
    expect(parseDossier(null)).toBeNull();
  });

  it('is the one the server holds when only spaces around it differ', () => {
    const typed = JSON.stringify({ ...dossier, title: '  Het zwembad ' });
    expect(sameDossier(typed, JSON.stringify(dossier))).toBe(true);
    expect(sameDossier(JSON.stringify({ ...dossier, named: true }), JSON.stringify(dossier))).toBe(
      false,
    );
  });
});

describe('a case for the shortlist, drafted from dossiers', () => {
  const t = ((key: string) =>
    ({ 'console.practice.who': 'Bestuurder:', 'console.practice.deadline': 'Deadline:' })[key] ??
    key) as Parameters<typeof draftFrom>[1];
  const submission = (id: string, title: string, deadline = '') => ({
    id,
    title,
    who: 'De wethouder',
    stake: `Wat er speelt bij ${title}.`,
    deadline,
    author: null,
    named: false,
  });

  it('takes one dossier as it is, each line its own paragraph', () => {
    expect(draftFrom([submission('d-1', 'Zwembad', 'Juni')], t)).toEqual({
      title: 'Zwembad',
      text: 'Bestuurder: De wethouder\n\nWat er speelt bij Zwembad.\n\nDeadline: Juni',
      sources: ['d-1'],
    });
  });

  it('merges several under one title, each dossier under its own bold title', () => {
    const draft = draftFrom([submission('d-1', 'Zwembad'), submission('d-2', 'Laadpalen')], t);
    expect(draft.title).toBe('Zwembad / Laadpalen');
    expect(draft.text.startsWith('**Zwembad**\n\nBestuurder: De wethouder')).toBe(true);
    expect(draft.text).toContain('\n\n**Laadpalen**\n\n');
    expect(draft.sources).toEqual(['d-1', 'd-2']);
  });
});
