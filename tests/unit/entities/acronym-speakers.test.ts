import { describe, expect, it } from 'vitest';
import { entitiesOfText } from '../support/entities';

describe('bodies that speak under their acronym', () => {
  it('are organizations, at the start of a sentence or after a phrase', async () => {
    const text = [
      'IAEA said inspectors had been refused access to the site.',
      'On Tuesday, OECD warned that growth would slow, and FARC denied any role in the attack.',
      'The UNHCR said 40,000 people had crossed the border.',
    ].join('\n\n');
    const organizations = (await entitiesOfText(text)).filter((e) => e.type === 'organization').map((e) => e.name);
    for (const name of ['IAEA', 'OECD', 'FARC', 'UNHCR']) expect(organizations).toContain(name);
  });

  it('leaves roles, places, things and headlines in capitals alone', async () => {
    const text = [
      'The CEO said sales had doubled, and the DA said charges would follow.',
      'UAE said it would reopen its embassy.',
      'The OS reports each crash to the developer.',
      'TALKS COLLAPSE AS OECD SAID GROWTH STALLED',
    ].join('\n\n');
    const names = (await entitiesOfText(text)).filter((e) => e.type === 'organization').map((e) => e.name);
    for (const name of ['CEO', 'DA', 'UAE', 'OS', 'OECD', 'SAID']) expect(names).not.toContain(name);
  });
});

describe("a person's body under its acronym", () => {
  it('is an organization after "of" or before the person\'s name', async () => {
    const text = [
      'Michael Tien of NWSC and Leung Yiu-chung of the ADPL were re-elected.',
      "NPPL's Regina Ip won with 60,760 votes.",
    ].join('\n\n');
    const types = new Map((await entitiesOfText(text)).map((e) => [e.name, e.type]));
    expect(types.get('NWSC')).toBe('organization');
    expect(types.get('ADPL')).toBe('organization');
    expect(types.get('NPPL')).toBe('organization');
    expect(types.get('Regina Ip')).toBe('person');
  });

  it('is no place or role of a person', async () => {
    const text = 'Sarah Jones of the UK met Tom Lee of IT and the CEO of ACME.';
    const names = (await entitiesOfText(text)).filter((e) => e.type === 'organization').map((e) => e.name);
    for (const name of ['UK', 'IT', 'CEO']) expect(names).not.toContain(name);
  });
});
