// Types of build.mjs, for the TypeScript callers (bench/).
export const root: string;
export function buildAll(): Promise<void>;
export function isStale(): boolean;
