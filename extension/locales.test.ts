import { describe, expect, it } from 'vitest';
import { dictionaries, langs } from '../shared/i18n';
import { chromeMessages, extensionKeys, messageName } from './locales';
import manifest from './manifest';

const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map(match => match[1]!);

describe('extension locales', () => {
  it('finds the manifest strings', () => {
    expect(used).toEqual(expect.arrayContaining(['ext_name', 'ext_description', 'ext_action']));
  });

  it.each(langs)('has every __MSG_x__ of the manifest as an ext.* key in %s', lang => {
    const names = new Map(extensionKeys.map(key => [messageName(key), key]));
    for (const name of used) {
      const key = names.get(name);
      expect(key, name).toMatch(/^ext\./);
      expect(dictionaries[lang][key!], name).toBeTruthy();
      expect(chromeMessages(lang)[name]?.message).toBe(dictionaries[lang][key!]);
    }
  });

  it('generates the same message names in every language', () => {
    const [first, ...others] = langs.map(lang => Object.keys(chromeMessages(lang)).sort());
    for (const names of others) expect(names).toEqual(first);
  });

  // Chrome Web Store limits: a longer name or description is refused at upload.
  it.each(langs)('keeps the %s name within 75 characters and the description within 132', lang => {
    const messages = chromeMessages(lang);
    expect(messages.ext_name!.message.length).toBeLessThanOrEqual(75);
    expect(messages.ext_description!.message.length).toBeLessThanOrEqual(132);
  });
});
