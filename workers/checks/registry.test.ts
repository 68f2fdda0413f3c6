import { expect } from 'chai';
import * as v from 'valibot';
import { checkIds } from '../../shared/engine';
import { dictionaries } from '../../shared/i18n';
import { profiles } from '../../shared/profiles';
import { CheckLimitsSchema, checkLimits } from '../../shared/profiles/check-limits';
import { checks } from './registry';

describe('check registry', () => {
  it('runs every check of the contract, once, in its order', () => {
    expect(checks.map(check => check.id)).to.deep.equal([...checkIds]);
  });

  it('every check has its messages in French and English', () => {
    for (const id of checkIds)
      for (const lang of ['fr', 'en'] as const) {
        const keys = Object.keys(dictionaries[lang]).filter(key => key.startsWith(`check.${id}.`));
        expect(keys, `${lang} ${id}`).to.include(`check.${id}.pass`);
        expect(keys.length, `${lang} ${id}`).to.be.at.least(2);
      }
  });

  it('every check but the byte cap has default thresholds in the profile schema', () => {
    const defaults = checkLimits({});
    for (const id of checkIds.filter(id => id !== 'output.bytes')) {
      expect(defaults, id).to.have.property(id);
      expect(Object.values(defaults[id as keyof typeof defaults]), id).to.have.length.above(0);
    }
    expect(defaults['face.pose']).to.deep.equal({
      pass: 8,
      warn: 12,
      pitchPass: 12,
      pitchWarn: 16,
      roll: 25,
    });
    expect(defaults['background.uniform']).to.deep.equal({
      pass: 50,
      warn: 120,
      spreadPass: 20,
      spreadWarn: 38,
    });
  });

  it('a profile changes one limit and keeps the other defaults; a wrong one does not validate', () => {
    const limits = checkLimits({ checks: { 'face.pose': { pass: 5 } } });
    expect(limits['face.pose']).to.deep.equal({ pass: 5, warn: 12, pitchPass: 12, pitchWarn: 16, roll: 25 });
    expect(v.safeParse(CheckLimitsSchema, { 'face.pose': { pass: 'five' } }).success).to.equal(false);
    for (const profile of profiles) expect(checkLimits(profile.photo)['light.uniformity'].warn).to.equal(0.1);
  });
});
