/**
 * Where an interchange file counts as large (zod-free, so the CLI can decide before loading zod):
 * below it, zod's interpreter validates faster than its compiler compiles (compiled.ts); from it,
 * `reenroll evaluate` checks the file in place (in-place-document.ts).
 */
export const COMPILE_WORTH_BYTES = 512 * 1024;
