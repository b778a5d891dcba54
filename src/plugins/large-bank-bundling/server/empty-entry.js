// The entry of the compilation a process does not bundle (server/one-compilation.ts): nothing to bundle.
export {};
