import { buildApp } from '../../src-main/cli/build-renderer';

/** One build for all tests; each test's server then starts with --no-build. */
export default function globalSetup(): void {
  if (process.env.BRUECKE_SKIP_BUILD === '1') return;
  buildApp();
}
