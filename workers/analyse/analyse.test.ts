import { expect } from 'chai';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();

describe('face analysis (human, WASM, models from /human/)', () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  it('finds the face in a frontal photo and reports it in source pixels', async () => {
    const result = await engine.process(await fixture('photos/franck_02045.jpg'), spec);
    if (!result.ok) throw new Error(result.error.message);
    console.log(
      JSON.stringify({
        face: result.face,
        checks: result.checks.map(c => [c.id, c.status, c.value, c.message]),
        timings: result.timings,
        frame: result.frame,
      }),
    );
    expect(result.face?.count).to.equal(1);
  });
});
