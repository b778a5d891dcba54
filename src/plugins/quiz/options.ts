// Its one option, where the generator's records are, is validated like the other data-reading plugins'.
export { validateOptions, type PluginOptions, type UserOptions } from '../data-dir-options.ts';
