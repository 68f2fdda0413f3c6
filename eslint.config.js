import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-ext/', '.intake/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['{spa,extension}/**/*.tsx'], ...solid },
  {
    // The studio's shell is French only: English comes through spa/app/i18n.ts, loaded when the page picks it.
    files: ['spa/**/*.{ts,tsx}'],
    ignores: ['spa/build.ts', 'spa/intake/**', '**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/shared/i18n(/index|/en|/sections/\\w+\\.en)?$',
              allowTypeImports: true,
              message:
                'This carries the English dictionary: use spa/app/i18n.ts or shared/i18n/{fr,format,lang}.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine's door is its bridge and its contract (shared/engine.ts): pages and the extension never reach into
    // its stages, so a stage can change without them. Build files serve its model files, nothing more.
    files: ['{spa,extension}/**/*.{ts,tsx}'],
    ignores: ['spa/build.ts', 'extension/build.ts', 'spa/intake/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/workers/(?!bridge$)',
              message: 'Use the engine through workers/bridge and its types from shared/engine.',
            },
          ],
        },
      ],
    },
  },
  { files: ['workers/**/*.test.ts'], languageOptions: { globals: globals.mocha } },
  { files: ['scripts/**', 'tests/**', '**/*.test.{ts,tsx}', '*.config.*'], rules: { 'no-console': 'off' } },
);
