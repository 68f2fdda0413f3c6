import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { linksFor, profiles } from '.';
import { parseProfile, parseProfileJson } from './parse';
import { foreignAddresses, roles, type Profile, type ProfileInput } from './schema';

const dir = new URL('.', import.meta.url);
const files = readdirSync(dir).filter(f => f.endsWith('.json'));
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as ProfileInput;

describe('shipped profiles', () => {
  test.each(files)('%s validates and is shipped', file => {
    const result = parseProfile(read(file));
    expect(result).toMatchObject({ ok: true });
    expect(profiles.map(p => p.id)).toContain(file.replace('.json', ''));
  });

  test('every profile has links for every role, unique ids and the default photo spec', () => {
    for (const profile of profiles) {
      for (const role of roles)
        expect(linksFor(profile, role).length, `${profile.id}/${role}`).toBeGreaterThan(0);
      const ids = profile.links.map(l => l.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(profile.photo).toEqual({
        width: 413,
        height: 531,
        maxBytes: 60_000,
        minQuality: 0.75,
        background: { whiteAllowed: false },
        colourRequired: true,
      });
    }
  });

  test('UCA carries the links of its help pages', () => {
    const urls = profiles.find(p => p.id === 'uca')!.links.map(l => l.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://ent.uca.fr/compte/',
        'https://ent.uca.fr/compte/badge/',
        'https://mail.uca.fr',
        'https://confluence.dsi.uca.fr/display/KBUCA/%5BBadge%5D+-+Demande+de+badge+professionnel+UCA',
        'https://confluence.dsi.uca.fr/pages/viewpage.action?pageId=98808461',
        'https://confluence.dsi.uca.fr/pages/viewpage.action?pageId=96371666',
        'https://confluence.dsi.uca.fr/pages/viewpage.action?pageId=58098484',
        'https://confluence.dsi.uca.fr/pages/viewpage.action?pageId=58098482',
        'https://help.izly.fr/',
        'https://jira.dsi.uca.fr/plugins/servlet/desk/portal/3/create/9',
        'https://dsi.uca.fr/catalogue-de-services/badge-professionnel-uca',
      ]),
    );
  });

  test('links are grouped by task in the fixed order, filtered by role', () => {
    const uca = profiles.find(p => p.id === 'uca')!;
    const staff = linksFor(uca, 'staff').map(g => g.task);
    expect(staff.slice(0, 3)).toEqual(['photo', 'badge', 'card']);
    expect(linksFor(uca, 'student').map(g => g.task)).not.toContain('badge');
    expect(linksFor(uca, 'recruiter').map(g => g.task)).toEqual(['help']);
  });
});

const valid = () => read('demo.json') as Record<string, unknown> & ProfileInput;

/** Each bad profile, and the field its first error must name. */
const invalid: [string, (p: ReturnType<typeof valid>) => unknown, string][] = [
  ['id with capitals', p => ({ ...p, id: 'UCA' }), 'id'],
  ['missing name', ({ name: _, ...p }) => p, 'name'],
  ['empty English name', p => ({ ...p, name: { fr: 'Université', en: ' ' } }), 'name.en'],
  ['ENT origin with a path', p => ({ ...p, entOrigin: 'https://ent.uca.fr/compte/' }), 'entOrigin'],
  ['ENT origin not a URL', p => ({ ...p, entOrigin: 'ent.uca.fr' }), 'entOrigin'],
  ['ENT origin over plain http', p => ({ ...p, entOrigin: 'http://ent.uca.fr' }), 'entOrigin'],
  ['ENT origin as a file', p => ({ ...p, entOrigin: 'file:///etc' }), 'entOrigin'],
  [
    'link in plain http',
    p => ({ ...p, links: [{ ...p.links[0], url: 'http://ent.uca.fr/compte/' }] }),
    'links.0.url',
  ],
  [
    'javascript: link',
    p => ({ ...p, links: [{ ...p.links[0], url: 'javascript:alert(1)' }] }),
    'links.0.url',
  ],
  ['unknown task', p => ({ ...p, links: [{ ...p.links[0], task: 'parking' }] }), 'links.0.task'],
  ['unknown role', p => ({ ...p, links: [{ ...p.links[0], roles: ['teacher'] }] }), 'links.0.roles.0'],
  ['link for nobody', p => ({ ...p, links: [{ ...p.links[0], roles: [] }] }), 'links.0.roles'],
  ['no links', p => ({ ...p, links: [] }), 'links'],
  ['photo width as text', p => ({ ...p, photo: { ...p.photo, width: '413' } }), 'photo.width'],
  ['quality above 1', p => ({ ...p, photo: { ...p.photo, minQuality: 75 } }), 'photo.minQuality'],
  ['unknown upload kind', p => ({ ...p, upload: { kind: 'ftp', endpoint: '/api' } }), 'upload.kind'],
  [
    'hand-off without steps',
    p => ({ ...p, upload: { kind: 'handoff', url: 'https://ent.uca.fr', steps: [] } }),
    'upload.steps',
  ],
  ['no consent choice', p => ({ ...p, consent: { version: '1', choices: [] } }), 'consent.choices'],
  ['a label of a whole page', p => ({ ...p, name: { ...p.name, fr: 'x'.repeat(401) } }), 'name.fr'],
  ['a thousand links', p => ({ ...p, links: new Array(1000).fill(p.links[0]) }), 'links'],
  ['bad support e-mail', p => ({ ...p, support: { email: 'assistance' } }), 'support.email'],
  ['a declared host with a scheme', p => ({ ...p, hosts: ['https://mail.uca.fr'] }), 'hosts.0'],
  ['a declared host in capitals', p => ({ ...p, hosts: ['Mail.UCA.fr'] }), 'hosts.0'],
  [
    'a photo form on another host',
    p => ({ ...p, photoForm: { path: '//evil.example/compte', input: '#photo' } }),
    'photoForm.path',
  ],
  [
    'a photo input selector with an escape',
    p => ({ ...p, photoForm: { path: '/compte/', input: '#\\70 hoto' } }),
    'photoForm.input',
  ],
];

/** Local paths that a browser resolves to another host, or that hide something: each one is refused. */
const leaving = [
  '/\\evil.example',
  '/\\/evil.example',
  '//evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/ /x',
  '/\u0000x',
];

describe('a link to a path of the studio stays on the studio', () => {
  test.each(leaving)('%j is refused (a browser would leave the origin, or it hides a character)', url => {
    const result = parseProfile({ ...valid(), links: [{ ...valid().links[0], url }] });
    expect(result.ok).toBe(false);
    const form = parseProfile({ ...valid(), photoForm: { path: url, input: '#photo' } });
    expect(form.ok).toBe(false);
  });

  test('what the refused ones would be to a browser: another host, or a path that is not what it looks like', () => {
    const hosts = leaving.slice(0, 5).map(url => new URL(url, 'https://studio.example').host);
    expect(hosts).toEqual(['evil.example', 'evil.example', 'evil.example', 'evil.example', 'evil.example']);
  });

  test.each(['/photo', '/badge?flow=staff#top', '/%5Cevil.example', '/a/../b'])('%j is taken', url => {
    expect(parseProfile({ ...valid(), links: [{ ...valid().links[0], url }] }).ok).toBe(true);
  });
});

describe('invalid profiles', () => {
  test.each(invalid)('%s is rejected, naming %s', (_, spoil, field) => {
    const result = parseProfile(spoil(valid()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}\u00a0: \\S`));
  });

  test('the error is in English when asked', () => {
    const result = parseProfile({ ...valid(), entOrigin: 'nope' }, 'en');
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^entOrigin: invalid origin/)] });
  });

  test('text that is not JSON is one readable error', () => {
    expect(parseProfileJson('{ "id": ')).toEqual({
      ok: false,
      errors: ['Ce texte n’est pas du JSON valide.'],
    });
  });
});

describe('limits of a profile passed around', () => {
  test('too long, too many, too big: each refused with the limit said', () => {
    const long = parseProfile({ ...valid(), name: { ...valid().name, fr: 'x'.repeat(401) } });
    expect(long).toEqual({
      ok: false,
      errors: ['name.fr\u00a0: texte trop long\u00a0: 400\u00a0caractères au plus'],
    });
    const many = parseProfile({ ...valid(), links: new Array(61).fill(valid().links[0]) }, 'en');
    expect(many).toEqual({ ok: false, errors: ['links: too many items: 60 at most'] });
    const big = parseProfileJson(JSON.stringify({ ...valid(), padding: 'x'.repeat(70_000) }));
    expect(big).toEqual({ ok: false, errors: ['profil trop grand\u00a0: 64\u00a0Ko au plus'] });
  });
});

describe('addresses that leave the ENT and the hosts a profile declares', () => {
  const profile = (change: Partial<ProfileInput>): Profile => {
    const result = parseProfile({ ...valid(), entOrigin: 'https://ent.exemple.fr', ...change });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.profile;
  };
  const link = valid().links[0]!;

  test('every shipped profile declares the hosts its links lead to', () => {
    for (const shipped of profiles) expect(foreignAddresses(shipped), shipped.id).toEqual([]);
  });

  test('a link to an undeclared host is named with its field, its label and its host', () => {
    const phishing = profile({
      links: [
        { ...link, url: '/photo' },
        { ...link, id: 'mail', url: 'https://mail.exemple.fr' },
        { ...link, id: 'password', url: 'https://ent-exemple.fr.evil.example/mdp' },
        { ...link, id: 'call', url: 'tel:+33100000000' },
      ],
      hosts: ['mail.exemple.fr'],
    });
    expect(foreignAddresses(phishing)).toEqual([
      {
        field: 'links.2.url',
        url: 'https://ent-exemple.fr.evil.example/mdp',
        label: link.label,
        host: 'ent-exemple.fr.evil.example',
      },
    ]);
  });

  test('the hand-off page, the upload endpoint and the help page count too; a subdomain is another host', () => {
    const handoff = profile({
      links: [{ ...link, url: '/photo' }],
      upload: { kind: 'handoff', url: 'https://photo.exemple.fr/depot', steps: [{ fr: 'a', en: 'a' }] },
      support: { url: 'https://aide.evil.example' },
    });
    expect(foreignAddresses(handoff).map(a => [a.field, a.host])).toEqual([
      ['upload.url', 'photo.exemple.fr'],
      ['support.url', 'aide.evil.example'],
    ]);
    const endpoint = profile({ upload: { kind: 'endpoint', endpoint: 'https://collecte.evil.example/api' } });
    expect(foreignAddresses(endpoint).map(a => a.field)).toContain('upload.endpoint');
  });
});
