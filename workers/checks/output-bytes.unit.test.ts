import { expect } from 'chai';
import { outputBytes } from './output-bytes';
import { spec, syntheticContext } from './synthetic';

/** The encoder's answer against the profile's byte cap. */
describe('output.bytes (synthetic encoding)', () => {
  const limited = { ...spec, maxBytes: 50_000 };

  it('a file within the cap passes, with its size and the cap', () => {
    const outcome = outputBytes.run(
      syntheticContext({ spec: limited, encoded: { fits: true, bytes: 42_000 } }),
    );
    expect(outcome).to.include({ status: 'pass', key: 'check.output.bytes.pass', value: 42_000 });
    expect(outcome.limits).to.deep.equal({ max: 50_000 });
    expect(outcome.params).to.deep.equal({ size: '42 kB', max: '50 kB' });
  });

  it('a file that does not fit fails, sizes in the report language', () => {
    const outcome = outputBytes.run(
      syntheticContext({ lang: 'fr', spec: limited, encoded: { fits: false, bytes: 73_400 } }),
    );
    expect(outcome).to.include({ status: 'fail', key: 'check.output.bytes.fail', value: 73_400 });
    expect(outcome.limits).to.deep.equal({ max: 50_000 });
    expect(outcome.params!.size).to.match(/^73,4\s?ko$/);
  });
});
