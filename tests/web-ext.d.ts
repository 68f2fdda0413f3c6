// web-ext ships no types: what tests/extension-firefox.e2e.ts uses of its node API (lib/cmd/lint.js, addons-linter's
// output object).
declare module 'web-ext' {
  export type LintMessage = {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  };
  export type LintReport = {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  };
  type LintOptions = { sourceDir: string; output?: 'text' | 'json'; boring?: boolean; selfHosted?: boolean };
  const webExt: {
    cmd: { lint(options: LintOptions, deps?: { shouldExitProgram?: boolean }): Promise<LintReport> };
  };
  export default webExt;
}
