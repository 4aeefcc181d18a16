/**
 * Electron fuses to flip when packaging (with @electron/fuses' `flipFuses`, once a packaging
 * step exists; the package is not installed yet). Names match its `FuseV1Options`.
 *
 * Why each one: the main process holds the database key, so nothing may turn the signed binary
 * into a plain Node runtime or debugger (RunAsNode, NODE_OPTIONS, --inspect), and the app code
 * must come from the integrity-checked app.asar only, not from a folder planted beside it.
 *
 * Leave GrantFileProtocolExtraPrivileges at its default (on) while the renderer loads from
 * file://; switch it off together with a move to a custom protocol.
 */
export const PACKAGING_FUSES = {
  version: 1,
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
} as const satisfies { version: 1 } & Record<FuseName, boolean>;

type FuseName =
  | 'RunAsNode'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'OnlyLoadAppFromAsar'
  | 'EnableEmbeddedAsarIntegrityValidation';
