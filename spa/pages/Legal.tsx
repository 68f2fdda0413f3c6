import { For } from 'solid-js';
import { version as libheifJsVersion } from 'libheif-js/package.json';
import type { Key } from '../../shared/i18n';
import { t } from '../app/i18n';
import { usePageTitle } from '../app/title';

const licences = {
  MIT: 'https://opensource.org/license/mit',
  'Apache-2.0': 'https://www.apache.org/licenses/LICENSE-2.0',
  'LGPL-3.0': 'https://www.gnu.org/licenses/lgpl-3.0.html',
} as const;

type Software = { name: string; url: string; licence: keyof typeof licences; use: Key };

/**
 * The third-party code the studio ships to the browser (names and addresses are not translated). The LGPL asks
 * that libheif's users can get its source for the exact version: it is read from the installed package.
 */
const software: Software[] = [
  {
    name: `libheif, via libheif-js ${libheifJsVersion}`,
    url: 'https://github.com/catdad-experiments/libheif-js',
    licence: 'LGPL-3.0',
    use: 'legal.use.libheif',
  },
  { name: 'pica', url: 'https://github.com/nodeca/pica', licence: 'MIT', use: 'legal.use.pica' },
  {
    name: 'comlink',
    url: 'https://github.com/GoogleChromeLabs/comlink',
    licence: 'Apache-2.0',
    use: 'legal.use.comlink',
  },
  { name: 'SolidJS', url: 'https://github.com/solidjs/solid', licence: 'MIT', use: 'legal.use.solid' },
  {
    name: '@solidjs/router',
    url: 'https://github.com/solidjs/solid-router',
    licence: 'MIT',
    use: 'legal.use.router',
  },
  { name: 'ky', url: 'https://github.com/sindresorhus/ky', licence: 'MIT', use: 'legal.use.ky' },
  {
    name: 'valibot',
    url: 'https://github.com/open-circle/valibot',
    licence: 'MIT',
    use: 'legal.use.valibot',
  },
];

const libheifSources = [
  'https://github.com/strukturag/libheif',
  'https://github.com/catdad-experiments/libheif-js',
];

export default function Legal() {
  usePageTitle('legal.title');
  return (
    <>
      <h1>{t('legal.title')}</h1>
      <p>{t('legal.intro')}</p>
      <h2>{t('legal.software')}</h2>
      <dl>
        <For each={software}>
          {item => (
            <>
              <dt>
                <a href={item.url}>{item.name}</a>
              </dt>
              <dd>
                {t(item.use)} {t('legal.licence')} <a href={licences[item.licence]}>{item.licence}</a>
              </dd>
            </>
          )}
        </For>
      </dl>
      <h2>{t('legal.libheif.title')}</h2>
      <p>{t('legal.libheif.lazy')}</p>
      <p>{t('legal.libheif.source')}</p>
      <ul>
        <For each={libheifSources}>
          {url => (
            <li>
              <a href={url}>{url}</a>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}
