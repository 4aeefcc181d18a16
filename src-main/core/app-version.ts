/** The app's version as backups' manifests name it; app-version.test.ts keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0';
